package syntaxtrain

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/cputime"
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
		engine.PassiveAgents(words, tags, heads, labels)
		engine.Coordinate(words, heads, labels)
		engine.NounConjuncts(tags, heads, labels)
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
	WordsPerSecond   float64 // Parse, one goroutine, wall time
	TagWordsPerSec   float64 // Tag
	WordsPerCPU      float64 // Parse, per second of the process's CPU time (steadier on a shared machine)
	TagWordsPerCPU   float64
	// Labels counts, per gold label of GUM dev (punctuation excluded),
	// the words labelled and attached right, the gold words, and the
	// words the parser gave the label.
	Labels map[string][3]int
	// Confusions counts the tagger's errors on CoNLL eng.testa by gold
	// and predicted tag.
	Confusions map[[2]string]int
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

// Evaluate measures tag and parse on the development data. On CoNLL-2003,
// whose one quotation-mark tag ReadCoNLLPOS splits into GUM's “ and ”
// by alternation, either tag counts as right for a quotation mark.
func Evaluate(c *Corpora, tag TagFunc, parse ParseFunc) Result {
	var r Result
	right := 0
	r.Confusions = map[[2]string]int{}
	for _, s := range c.CoNLLDev {
		for i, t := range tag(s.Words) {
			if t == s.Tags[i] || quote(t) && quote(s.Tags[i]) {
				right++
			} else {
				r.Confusions[[2]string{s.Tags[i], t}]++
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
			g := r.Labels[s.Labels[i]]
			g[1]++
			if lOK {
				g[0]++
			}
			r.Labels[s.Labels[i]] = g
			p := r.Labels[labels[i]]
			p[2]++
			r.Labels[labels[i]] = p
		}
	}
	r.POSGUM = ratio(posRight, r.GUMTokens)
	r.UAS, r.LAS = ratio(uas, r.Scored), ratio(las, r.Scored)
	r.UASPunct, r.LASPunct = ratio(uasP, r.GUMTokens), ratio(lasP, r.GUMTokens)

	// Speed: parse the development sentences until a second has passed.
	words := 0
	start, cpu := time.Now(), cputime.Process()
	for time.Since(start) < time.Second {
		for _, s := range c.GUMDev {
			parse(s.Words)
			words += len(s.Words)
		}
	}
	r.WordsPerSecond = float64(words) / time.Since(start).Seconds()
	r.WordsPerCPU = float64(words) / (cputime.Process() - cpu).Seconds()
	words = 0
	start, cpu = time.Now(), cputime.Process()
	for time.Since(start) < time.Second/2 {
		for _, s := range c.GUMDev {
			tag(s.Words)
			words += len(s.Words)
		}
	}
	r.TagWordsPerSec = float64(words) / time.Since(start).Seconds()
	r.TagWordsPerCPU = float64(words) / (cputime.Process() - cpu).Seconds()
	return r
}

// quote reports whether a tag is a quotation mark's: CoNLL-2003 has one
// tag for opening and closing quotes, so that, there, either is right.
func quote(tag string) bool { return tag == "``" || tag == "''" }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// PrintDetails writes the tagger's commonest confusions and the parser's
// figures per label.
func (r Result) PrintDetails(w io.Writer) {
	type kv struct {
		k [2]string
		n int
	}
	var cs []kv
	for k, n := range r.Confusions {
		cs = append(cs, kv{k, n})
	}
	slices.SortFunc(cs, func(a, b kv) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.k[0]+" "+a.k[1], b.k[0]+" "+b.k[1])
	})
	fmt.Fprintln(w, "CoNLL eng.testa tagging errors (gold → predicted):")
	for _, c := range cs[:min(20, len(cs))] {
		fmt.Fprintf(w, "  %-6s → %-6s %d\n", c.k[0], c.k[1], c.n)
	}
	var labels []string
	for l := range r.Labels {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	fmt.Fprintln(w, "GUM dev by gold label (punctuation excluded): label, gold, predicted, precision, recall (LAS sense)")
	for _, l := range labels {
		v := r.Labels[l]
		fmt.Fprintf(w, "  %-14s %5d %5d  P %5.1f  R %5.1f\n", l, v[1], v[2], 100*ratio(v[0], v[2]), 100*ratio(v[0], v[1]))
	}
}

// Print writes the result as a report.
func (r Result) Print(w io.Writer) {
	fmt.Fprintf(w, "POS accuracy  CoNLL-2003 eng.testa  %.2f%% (%d tokens)\n", 100*r.POSCoNLL, r.CoNLLTokens)
	fmt.Fprintf(w, "POS accuracy  GUM dev               %.2f%% (%d words)\n", 100*r.POSGUM, r.GUMTokens)
	fmt.Fprintf(w, "GUM dev, punctuation excluded  UAS %.2f%%  LAS %.2f%% (%d words)\n", 100*r.UAS, 100*r.LAS, r.Scored)
	fmt.Fprintf(w, "GUM dev, punctuation included  UAS %.2f%%  LAS %.2f%% (%d words)\n", 100*r.UASPunct, 100*r.LASPunct, r.GUMTokens)
	fmt.Fprintf(w, "speed  Parse %.0f words/s (%.0f per CPU-second), Tag %.0f words/s (%.0f per CPU-second); one goroutine\n", r.WordsPerSecond, r.WordsPerCPU, r.TagWordsPerSec, r.TagWordsPerCPU)
}
