// Package evalset builds the evaluation set for name screening from the
// sanctions lists themselves and from real names that are not listed, and
// scores a matcher on it (docs/screening.md describes the set).
//
// Positives are every name and alias of the listed people and
// organisations, and variants of them made by rules that mimic how names
// are really written (surname last, case and punctuation, hyphenated or
// joined syllables, romanisation variants from a table of real spellings,
// one typo, a middle name left out or written as an initial), and names
// the UN list gives in their original script. Negatives are the people and
// organisations named in the news corpora of ../shared/data, less those
// who share a name with a listed one, and near misses: listed names with
// one word replaced by another name of the same kind.
//
// The rules are deliberately independent of the matcher's own variant
// keys; the table of romanisation variants lists spellings seen in the
// lists and in news, not the matcher's reductions.
package evalset

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph/screen"
)

// A Query is one name to screen, with the right answer.
type Query struct {
	Name string
	// Type is screen.Person, screen.Organization or "" (any).
	Type string
	// Category names the kind of query ("exact", "typo", "corpus-person", …).
	Category string
	Positive bool
	// List and ID name the entry a positive query must find.
	List, ID string
	// From is the listed name a variant or near miss was made from.
	From string
}

// A Set is an evaluation set.
type Set struct {
	Queries []Query
	// Excluded are corpus names left out because a listed name has the
	// same words (Saddam Hussein): they may be the listed person.
	Excluded []string
}

// PerCategory bounds the queries of one generated category.
const PerCategory = 3000

// Build makes the evaluation set from lists and the names of people and
// organisations found in unlabelled corpora. The same inputs and seed give
// the same set.
func Build(lists []*screen.List, people, orgs []string, seed uint64) *Set {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	set := &Set{}
	lx := newListed(lists)
	type named struct {
		list  string
		entry *screen.Entry
		name  screen.Name
	}
	var all []named
	for _, l := range lists {
		for i := range l.Entries {
			e := &l.Entries[i]
			if e.Type != screen.Person && e.Type != screen.Organization {
				continue
			}
			for _, n := range e.Names {
				all = append(all, named{l.Name, e, n})
			}
		}
	}
	add := func(cat string, n named, text string) {
		set.Queries = append(set.Queries, Query{Name: text, Type: n.entry.Type, Category: cat, Positive: true, List: n.list, ID: n.entry.ID, From: n.name.Full})
	}
	// Every strong name as written (original-script names go to their own
	// category; weak aliases match only in full and are left out).
	var strong []named
	for _, n := range all {
		switch {
		case n.name.Quality == screen.QualityWeak:
		case n.name.Kind == screen.NameOriginal:
			add("original-script", n, n.name.Full)
		default:
			strong = append(strong, n)
			add("exact", n, n.name.Full)
		}
	}
	gen := []struct {
		cat string
		f   func(rng *rand.Rand, n screen.Name, typ string) string
	}{
		{"reordered", reorder},
		{"case-punctuation", casePunct},
		{"hyphen-join", hyphenJoin},
		{"romanisation", romanise},
		{"typo", typo},
		{"middle-dropped", dropMiddle},
		{"middle-initial", middleInitial},
	}
	for _, g := range gen {
		perm := rng.Perm(len(strong))
		n := 0
		for _, i := range perm {
			if n >= PerCategory {
				break
			}
			s := strong[i]
			v := g.f(rng, s.name, s.entry.Type)
			if v == "" || v == s.name.Full {
				continue
			}
			add(g.cat, s, v)
			n++
		}
	}
	// Negatives from the corpora.
	for _, src := range []struct {
		cat   string
		typ   string
		names []string
	}{{"corpus-person", screen.Person, people}, {"corpus-organization", screen.Organization, orgs}} {
		seen := map[string]bool{}
		for _, name := range src.names {
			key := strings.Join(simpleTokens(name), " ")
			if key == "" || seen[key] {
				continue
			}
			seen[key] = true
			if src.typ == screen.Person && len(simpleTokens(name)) < 2 {
				continue
			}
			if lx.sharesName(name) {
				set.Excluded = append(set.Excluded, name)
				continue
			}
			set.Queries = append(set.Queries, Query{Name: name, Type: src.typ, Category: src.cat})
		}
	}
	set.Queries = append(set.Queries, nearMisses(rng, lists, lx)...)
	return set
}

// A Result is one entry a matcher reports; Name, the name it matched, is
// for reading and plays no part in scoring.
type Result struct{ List, ID, Name string }

// Counts are the outcomes of one category.
type Counts struct {
	Queries int
	// Found counts positives whose entry was reported; Flagged counts
	// negatives with any report.
	Found, Flagged int
	// Misses keeps a few failures, for reading.
	Misses []string
}

// Report holds a matcher's outcomes by category.
type Report struct {
	Categories map[string]*Counts
}

// Evaluate runs match on every query of set, keeping up to keep misses
// and false alarms of each category.
func Evaluate(set *Set, match func(Query) []Result, keep int) Report {
	r := Report{Categories: map[string]*Counts{}}
	for _, q := range set.Queries {
		c := r.Categories[q.Category]
		if c == nil {
			c = &Counts{}
			r.Categories[q.Category] = c
		}
		c.Queries++
		res := match(q)
		if q.Positive {
			if slices.ContainsFunc(res, func(r Result) bool { return r.List == q.List && r.ID == q.ID }) {
				c.Found++
			} else if len(c.Misses) < keep {
				c.Misses = append(c.Misses, q.Name+"  ←  "+q.From+" ("+q.List+" "+q.ID+")")
			}
		} else if len(res) > 0 {
			c.Flagged++
			if len(c.Misses) < keep {
				c.Misses = append(c.Misses, q.Name+"  →  "+res[0].List+" "+res[0].ID+" "+res[0].Name)
			}
		}
	}
	return r
}

// Totals sums the report: true positives, positives, false-positive
// queries and negatives, over the variant categories (everything but the
// exact names and the original scripts) and over all.
func (r Report) Totals(variantsOnly bool) (tp, pos, fp, neg int) {
	for name, c := range r.Categories {
		if strings.HasPrefix(name, "corpus-") || strings.HasPrefix(name, "near-miss") {
			fp += c.Flagged
			neg += c.Queries
			continue
		}
		if variantsOnly && (name == "exact" || name == "original-script") {
			continue
		}
		tp += c.Found
		pos += c.Queries
	}
	return
}

// Names returns the report's categories, positives first.
func (r Report) Names() []string {
	var out []string
	for n := range r.Categories {
		out = append(out, n)
	}
	rank := func(n string) int {
		switch {
		case n == "exact":
			return 0
		case strings.HasPrefix(n, "corpus-"):
			return 3
		case strings.HasPrefix(n, "near-miss"):
			return 4
		case n == "original-script":
			return 2
		}
		return 1
	}
	slices.SortFunc(out, func(a, b string) int {
		if c := cmp.Compare(rank(a), rank(b)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return out
}

// simpleTokens lowercases a name, takes off diacritics and splits it on
// anything that is not a letter or digit: a plain normalisation,
// independent of the matcher's.
func simpleTokens(s string) []string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}
