package polnear

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// headStop are the capitalised words that are never a source's head word.
var headStop = map[string]bool{}

func init() {
	// A small constant table; building it is cheap.
	for _, w := range strings.Fields(`The A An This That These Those He She It They We I
		You His Her Its Their Our My Your Jr Sr II III IV
		Mr Mrs Ms Dr Rep Sen Gov Gen Lt Col Sgt Prof Rev
		Some Many Most Several Both All Other Others Another One
		Two Three In On At For But And Or According As Who Which`) {
		headStop[w] = true
	}
}

// wordTokens returns the scorer's tokens: a letter or digit followed by
// letters, digits and _ . ' ’ & -.
func wordTokens(s string) []string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !pyIsAlnum(rs[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(rs) && (pyIsAlnum(rs[j]) || strings.ContainsRune("_.'\u2019&-", rs[j])) {
			j++
		}
		out = append(out, string(rs[i:j]))
		i = j
	}
	return out
}

// cleanToken strips a possessive ('s, ’s, ' or ’) and then dots,
// apostrophes, hyphens and ampersands at both ends.
func cleanToken(tok string) string {
	for _, suf := range []string{"'s", "\u2019s", "'", "\u2019"} {
		if strings.HasSuffix(tok, suf) {
			tok = tok[:len(tok)-len(suf)]
			break
		}
	}
	return strings.Trim(tok, ".'\u2019-&")
}

func upperInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

var (
	parenRe   = regexp.MustCompile(`\([^)]*\)`)
	clauseCut = regexp.MustCompile(`,|;|[\s\v\x{85}\p{Z}\x{1c}-\x{1f}](?:who|which|that|whose)[\s\v\x{85}\p{Z}\x{1c}-\x{1f}]`)
)

// HeadWord returns the head word of a gold source, the scorer's
// definition: the last capitalised token that is not a function word,
// honorific or name suffix, after removing parentheticals, cutting the
// span at its first comma, semicolon or relative pronoun, and at " of "
// when the two tokens before it are capitalised ("Rep. Charles B. Rangel
// of New York" → "Rangel"). It returns "" when there is none (pronouns,
// "sources", "a spokesman").
func HeadWord(source string) string {
	t := parenRe.ReplaceAllString(source, " ")
	if loc := clauseCut.FindStringIndex(t); loc != nil {
		t = t[:loc[0]]
	}
	before, _, hasOf := strings.Cut(t, " of ")
	if hasOf {
		var caps, toks []string
		for _, w := range wordTokens(before) {
			c := cleanToken(w)
			toks = append(toks, c)
			if c != "" && upperInitial(c) && !headStop[c] {
				caps = append(caps, c)
			}
		}
		if len(toks) >= 2 && toks[len(toks)-1] != "" && upperInitial(toks[len(toks)-1]) &&
			toks[len(toks)-2] != "" && upperInitial(toks[len(toks)-2]) && len(caps) > 0 {
			t = before
		}
	}
	best := ""
	for _, w := range wordTokens(t) {
		c := cleanToken(w)
		if c != "" && upperInitial(c) && !headStop[c] {
			best = c
		}
	}
	return best
}

// nameTokens returns the lower-cased cleaned tokens of a name.
func nameTokens(name string) map[string]bool {
	out := map[string]bool{}
	for _, w := range wordTokens(name) {
		if c := cleanToken(w); c != "" {
			out[strings.ToLower(c)] = true
		}
	}
	return out
}
