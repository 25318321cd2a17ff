package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"

	edlib "github.com/hbollon/go-edlib"
	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph/screen"
	"github.com/newsgraph/newsgraph/screen/evalset"
)

// benchScreen compares newsgraph's name screening with a token-level
// Jaro-Winkler matcher of the kind common screening tools use (each query
// word against its best listed word and back, averaged; names lowercased,
// accents and punctuation removed, no transliteration), on a sample of
// the evaluation set of `newsgraph eval screen`, in one run.
func benchScreen(args []string) error {
	fs := flag.NewFlagSet("screen", flag.ContinueOnError)
	data := fs.String("data", filepath.Join("..", "shared", "data"), "the shared data directory")
	sample := fs.Int("sample", 2000, "queries sampled from the evaluation set (the Jaro-Winkler matcher compares each with every listed name)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	lists, err := evalset.LoadLists(*data)
	if err != nil {
		return err
	}
	people, orgs, err := evalset.CorpusNames(*data)
	if err != nil {
		return err
	}
	set := evalset.Build(lists, people, orgs, 1)
	step := max(1, len(set.Queries)/(*sample))
	sub := &evalset.Set{}
	for i := 0; i < len(set.Queries); i += step {
		sub.Queries = append(sub.Queries, set.Queries[i])
	}
	lists = evalset.WithoutOriginalScript(lists)
	ix := screen.NewIndex(lists...)
	jw := newJW(lists)

	// Scores of every query: the target's best score for positives, the
	// top score for negatives; a threshold sweep then costs nothing.
	type outcome struct {
		cat      string
		positive bool
		score    float64
	}
	run := func(score func(q evalset.Query) float64) ([]outcome, time.Duration) {
		out := make([]outcome, len(sub.Queries))
		cpu, _ := evalset.Timed(func() {
			for i, q := range sub.Queries {
				out[i] = outcome{q.Category, q.Positive, score(q)}
			}
		})
		return out, cpu
	}
	ngOut, ngCPU := run(func(q evalset.Query) float64 {
		ms := ix.Screen(screen.Query{Name: q.Name, Type: q.Type}, screen.Options{Limit: 50})
		best := 0.0
		for _, m := range ms {
			if !q.Positive || (m.List == q.List && m.Entry.ID == q.ID) {
				best = max(best, m.NameScore)
			}
		}
		return best
	})
	jwOut, jwCPU := run(func(q evalset.Query) float64 { return jw.score(q) })

	summarize := func(out []outcome, t float64) (recallVar, recallAll, far, prec float64) {
		var tpV, posV, tp, pos, fp, neg int
		for _, o := range out {
			hit := o.score >= t && o.score > 0
			switch {
			case !o.positive:
				neg++
				if hit {
					fp++
				}
			default:
				pos++
				if hit {
					tp++
				}
				if o.cat != "exact" && o.cat != "original-script" {
					posV++
					if hit {
						tpV++
					}
				}
			}
		}
		r := func(a, b int) float64 {
			if b == 0 {
				return 0
			}
			return float64(a) / float64(b)
		}
		return r(tpV, posV), r(tp, pos), r(fp, neg), r(tp, tp+fp)
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "%d queries sampled from %d (every %dth)\n\n", len(sub.Queries), len(set.Queries), step)
	fmt.Fprintln(w, "system\tthreshold\trecall (variants)\trecall (all)\tfalse alarms\tprecision\t")
	row := func(name string, out []outcome, t float64) {
		rv, ra, fa, p := summarize(out, t)
		fmt.Fprintf(w, "%s\t%.2f\t%.4f\t%.4f\t%.4f\t%.4f\t\n", name, t, rv, ra, fa, p)
	}
	row("newsgraph", ngOut, screen.DefaultThreshold) // its scores stop at its threshold
	for _, t := range []float64{0.85, 0.88, 0.90, 0.92, 0.94, 0.96} {
		row("token Jaro-Winkler", jwOut, t)
	}
	w.Flush()
	fmt.Printf("\nspeed on one core: newsgraph %.0f names/s, Jaro-Winkler %.0f names/s (newsgraph %.0f× faster)\n",
		float64(len(sub.Queries))/ngCPU.Seconds(), float64(len(sub.Queries))/jwCPU.Seconds(), jwCPU.Seconds()/ngCPU.Seconds())
	return nil
}

// jwMatcher is the baseline: every listed name, as plain lowercase words.
type jwMatcher struct {
	names []jwName
}

type jwName struct {
	list, id, typ string
	words         []string
}

func newJW(lists []*screen.List) *jwMatcher {
	m := &jwMatcher{}
	for _, l := range lists {
		for _, e := range l.Entries {
			for _, n := range e.Names {
				if n.Quality == screen.QualityWeak {
					continue
				}
				if ws := plainWords(n.Full); len(ws) > 0 {
					m.names = append(m.names, jwName{l.Name, e.ID, e.Type, ws})
				}
			}
		}
	}
	return m
}

// score compares the query with every listed name and returns the best
// score of its target (positives) or of any name (negatives).
func (m *jwMatcher) score(q evalset.Query) float64 {
	qw := plainWords(q.Name)
	if len(qw) == 0 {
		return 0
	}
	best := 0.0
	for i := range m.names {
		n := &m.names[i]
		if q.Type != "" && n.typ != q.Type {
			continue
		}
		// Every name is scored, as a screening tool does; a positive
		// counts its target's score.
		s := tokenJW(qw, n.words)
		if !q.Positive || (n.list == q.List && n.id == q.ID) {
			best = max(best, s)
		}
	}
	return best
}

// tokenJW averages each word's best Jaro-Winkler similarity with the other
// name's words, both ways.
func tokenJW(a, b []string) float64 {
	side := func(x, y []string) float64 {
		sum := 0.0
		for _, s := range x {
			best := float32(0)
			for _, t := range y {
				best = max(best, edlib.JaroWinklerSimilarity(s, t))
			}
			sum += float64(best)
		}
		return sum
	}
	return (side(a, b) + side(b, a)) / float64(len(a)+len(b))
}

func plainWords(s string) []string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}
