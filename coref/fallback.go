package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Guessing names when no tagger ran: runs of capitalised words in the body
// ("Secretary of State Mike Pompeo", "Brookings Institution"), typed by
// their words. A one-word run at the start of a sentence counts only when
// the word also appears capitalised inside a sentence.

var notNames = setOf(`the a an and or but if in on at for of to by with from as that this these
	those there here he she it they we i you his her its their our my your who what when where why
	how which after before while although though because since until during despite however
	meanwhile still yet so then now also even just only not no yes some many most several few
	all both each every another other such one two three four five six seven eight nine ten
	monday tuesday wednesday thursday friday saturday sunday january february march april may
	june july august september october november december mr mrs ms dr today yesterday tomorrow
	asked according said says told like over under about into through against among between
	without within more less much very well back again once twice never always`)

var orgWords = setOf(`department ministry agency institution institute council committee party
	university college school house senate congress court bureau administration office
	association foundation fund union commission corporation corp inc co company group bank
	times post news journal tribune network service services police army navy force forces
	command campaign center centre organization organisation program team club league
	federation board authority assembly parliament government press reuters interfax nations
	pentagon`)

var placeWords = setOf(`korea korean china russia japan washington moscow pyongyang singapore
	america states york london paris beijing tokyo seoul iran iraq syria israel mexico canada
	europe asia africa germany france britain ukraine california texas florida virginia ohio
	pennsylvania carolina michigan chicago peninsula river`)

// guessNames returns name candidates from the body's capitalised words.
func guessNames(doc *document.Document) []document.Mention {
	toks := doc.Tokens
	text := doc.Text
	word := func(i int) string { return text[toks[i].Start:toks[i].End] }
	inSent := map[string]bool{} // capitalised words seen inside sentences
	si := 0
	sentStart := make([]bool, len(toks))
	for i := range toks {
		for si < len(doc.Sentences) && doc.Sentences[si].End <= toks[i].Start {
			si++
		}
		if si < len(doc.Sentences) && (i == 0 || toks[i-1].End <= doc.Sentences[si].Start) {
			sentStart[i] = true
		}
		if i > 0 && !sentStart[i] && isCapitalized(word(i)) && !isQuoteOrPunct(word(i-1)) {
			inSent[word(i)] = true
		}
	}
	var out []document.Mention
	for i := 0; i < len(toks); {
		w := word(i)
		if !isNameWord(w) || !doc.InBody(toks[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Start <= toks[j-1].End+1 && !sentStart[j] {
			n := word(j)
			if isNameWord(n) {
				j++
				continue
			}
			if (n == "of" || n == "de" || n == "bin" || n == "al" || n == "&") && j+1 < len(toks) && isNameWord(word(j+1)) {
				j++
				continue
			}
			break
		}
		if j-i == 1 && (sentStart[i] || (i > 0 && isQuoteOrPunct(word(i-1)) && sentStart[i-1])) && !inSent[w] {
			i = j
			continue
		}
		if sentStart[i] && strings.HasSuffix(w, "ly") {
			i++ // "Technically North …"
			continue
		}
		if j-i == 1 && i > 0 && strings.EqualFold(word(i-1), "the") && asAcronym(w) == "" {
			i = j // "the two Koreas", "the Pentagon" stays unknown
			continue
		}
		span := document.Span{Start: toks[i].Start, End: toks[j-1].End}
		out = append(out, document.Mention{Span: span, Text: text[span.Start:span.End], Type: guessType(text[span.Start:span.End])})
		i = j
	}
	return out
}

func isQuoteOrPunct(w string) bool {
	switch w {
	case "“", "\"", "''", "‘", "(", "[", "—", "-", ":":
		return true
	}
	return false
}

// isNameWord reports whether w can be part of a name: capitalised and not
// a function word, weekday or month.
func isNameWord(w string) bool {
	if !isCapitalized(w) || notNames[strings.ToLower(strings.TrimSuffix(w, "."))] {
		return false
	}
	return !strings.ContainsAny(w, "“”\"")
}

// guessType types a guessed name from its words.
func guessType(s string) string {
	ws := fields(s)
	last := strings.ToLower(stripPossessive(ws[len(ws)-1]))
	first := strings.ToLower(ws[0])
	switch {
	case honorifics[first] != unknown || (titleWords()[first] && roleHeads()[first] && len(ws) > 1):
		return document.PER
	case nameGender(ws[0]) != unknown && len(ws) > 1:
		return document.PER
	case orgWords[last] || asAcronym(s) != "" && len(ws) == 1:
		return document.ORG
	case placeWords[last]:
		return document.LOC
	case len(ws) == 1 && isNationality(ws[0]):
		return document.MISC
	}
	return document.PER
}
