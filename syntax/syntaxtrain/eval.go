package syntaxtrain

import (
	"fmt"
	"io"
	"time"

	"github.com/newsgraph/newsgraph/syntax/internal/engine"
	"github.com/newsgraph/newsgraph/wordcluster"
)

// A ParseFunc tags and parses one sentence: tags, heads (-1 for the root)
// and labels.
type ParseFunc func(words []string) (tags []string, heads []int, labels []string)

// A TagFunc tags one sentence.
type TagFunc func(words []string) []string

// FromModel returns the tagging and parsing functions of a model file (as
// Train writes it), for measuring a model before it is shipped. They are
// not safe for concurrent use.
func FromModel(data []byte) (TagFunc, ParseFunc, error) {
	m, err := engine.Read(data)
	if err != nil {
		return nil, nil, err
	}
	d := engine.NewDecoder(m, wordcluster.Default())
	tag := func(words []string) []string {
		out := make([]string, len(words))
		for i, c := range d.Tag(d.Tokens(words)) {
			out[i] = m.Tags[c]
		}
		return out
	}
	parse := func(words []string) ([]string, []int, []string) {
		toks := d.Tokens(words)
		tc := d.Tag(toks)
		s := d.Parse(toks, tc)
		tags, heads, labels := make([]string, len(words)), make([]int, len(words)), make([]string, len(words))
		for i := range words {
			tags[i] = m.Tags[tc[i]]
			heads[i] = s.Heads[i]
			if heads[i] >= len(words) {
				heads[i] = -1
			}
			labels[i] = "dep"
			if s.Labels[i] >= 0 {
				labels[i] = m.Labels[s.Labels[i]]
			}
		}
		return tags, heads, labels
	}
	return tag, parse, nil
}

// Result holds the measures of a model.
type Result struct {
	POSCoNLL, POSGUM float64 // tagging accuracy on CoNLL eng.testa, GUM dev
	CoNLLTokens      int
	GUMTokens        int
	UAS, LAS         float64 // GUM dev, punctuation excluded
	UASPunct         float64 // punctuation included
	LASPunct         float64
	Scored           int     // GUM dev words scored without punctuation
	WordsPerSecond   float64 // Parse, one goroutine
	TagWordsPerSec   float64 // Tag
	Labels           map[string][3]int
}

// punct reports whether a gold tag is punctuation (excluded from UAS and
// LAS in the usual way).
func punct(tag string) bool {
	switch tag {
	case ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP", "#", "$":
		return tag != "$" && tag != "#"
	}
	return false
}

// Evaluate measures tag and parse on the development data.
func Evaluate(c *Corpora, tag TagFunc, parse ParseFunc) Result {
	var r Result
	right := 0
	for _, s := range c.CoNLLDev {
		for i, t := range tag(s.Words) {
			if t == s.Tags[i] {
				right++
			}
			r.CoNLLTokens++
		}
	}
	r.POSCoNLL = ratio(right, r.CoNLLTokens)
	r.Labels = map[string][3]int{}
	posRight, uas, las, uasP, lasP := 0, 0, 0, 0, 0
	for _, s := range c.GUMDev {
		tags, heads, labels := parse(s.Words)
		for i := range s.Words {
			r.GUMTokens++
			if tags[i] == s.Tags[i] {
				posRight++
			}
			hOK := heads[i] == s.Heads[i]
			lOK := hOK && labels[i] == s.Labels[i]
			if hOK {
				uasP++
			}
			if lOK {
				lasP++
			}
			if punct(s.Tags[i]) {
				continue
			}
			r.Scored++
			if hOK {
				uas++
			}
			if lOK {
				las++
			}
			g, p := r.Labels[s.Labels[i]], r.Labels[labels[i]]
			g[1]++
			r.Labels[s.Labels[i]] = g
			p[2]++
			r.Labels[labels[i]] = p
			if lOK {
				g = r.Labels[s.Labels[i]]
				g[0]++
				r.Labels[s.Labels[i]] = g
			}
		}
	}
	r.POSGUM = ratio(posRight, r.GUMTokens)
	r.UAS, r.LAS = ratio(uas, r.Scored), ratio(las, r.Scored)
	r.UASPunct, r.LASPunct = ratio(uasP, r.GUMTokens), ratio(lasP, r.GUMTokens)

	// Speed: parse the development sentences until a second has passed.
	words := 0
	start := time.Now()
	for time.Since(start) < time.Second {
		for _, s := range c.GUMDev {
			parse(s.Words)
			words += len(s.Words)
		}
	}
	r.WordsPerSecond = float64(words) / time.Since(start).Seconds()
	words = 0
	start = time.Now()
	for time.Since(start) < time.Second/2 {
		for _, s := range c.GUMDev {
			tag(s.Words)
			words += len(s.Words)
		}
	}
	r.TagWordsPerSec = float64(words) / time.Since(start).Seconds()
	return r
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Print writes the result as a report.
func (r Result) Print(w io.Writer) {
	fmt.Fprintf(w, "POS accuracy  CoNLL-2003 eng.testa  %.2f%% (%d tokens)\n", 100*r.POSCoNLL, r.CoNLLTokens)
	fmt.Fprintf(w, "POS accuracy  GUM dev               %.2f%% (%d words)\n", 100*r.POSGUM, r.GUMTokens)
	fmt.Fprintf(w, "GUM dev, punctuation excluded  UAS %.2f%%  LAS %.2f%% (%d words)\n", 100*r.UAS, 100*r.LAS, r.Scored)
	fmt.Fprintf(w, "GUM dev, punctuation included  UAS %.2f%%  LAS %.2f%% (%d words)\n", 100*r.UASPunct, 100*r.LASPunct, r.GUMTokens)
	fmt.Fprintf(w, "speed  Parse %.0f words/s, Tag %.0f words/s (one goroutine)\n", r.WordsPerSecond, r.TagWordsPerSec)
}
