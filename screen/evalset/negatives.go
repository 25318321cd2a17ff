package evalset

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/encoding/charmap"

	"github.com/newsgraph/newsgraph/screen"
)

// listed indexes the listed names by word, to find corpus names that a
// listed name contains word for word (or contains them).
type listed struct {
	sets   [][]string // each name's distinct simple tokens
	byWord map[string][]int
}

func newListed(lists []*screen.List) *listed {
	lx := &listed{byWord: map[string][]int{}}
	for _, l := range lists {
		for _, e := range l.Entries {
			for _, n := range e.Names {
				ts := dedupe(simpleTokens(n.Full))
				if len(ts) == 0 {
					continue
				}
				id := len(lx.sets)
				lx.sets = append(lx.sets, ts)
				for _, t := range ts {
					lx.byWord[t] = append(lx.byWord[t], id)
				}
			}
		}
	}
	return lx
}

func dedupe(ts []string) []string {
	slices.Sort(ts)
	return slices.Compact(ts)
}

// sharesName reports whether a listed name has all the words of name, or
// name all the words of a listed name of two words or more.
func (lx *listed) sharesName(name string) bool {
	ts := dedupe(simpleTokens(name))
	if len(ts) == 0 {
		return false
	}
	for _, id := range lx.byWord[ts[0]] {
		if subset(ts, lx.sets[id]) {
			return true
		}
	}
	for _, t := range ts {
		for _, id := range lx.byWord[t] {
			if len(lx.sets[id]) >= 2 && subset(lx.sets[id], ts) {
				return true
			}
		}
	}
	return false
}

func subset(a, b []string) bool {
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); !ok {
			return false
		}
	}
	return true
}

// levenshtein is the plain edit distance, for telling near misses from
// typos.
func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// nearMisses makes names one word away from a listed name: a person's
// surname or first given name replaced by another of the same list, an
// organisation's most distinctive word by another organisation's. The
// replacement differs clearly (another first letter, three edits or more)
// and the result is no listed name.
func nearMisses(rng *rand.Rand, lists []*screen.List, lx *listed) []Query {
	var surnames, givens, orgWords []string
	type src struct {
		n   screen.Name
		typ string
	}
	var srcs []src
	for _, l := range lists {
		for _, e := range l.Entries {
			for _, n := range e.Names {
				if n.Quality == screen.QualityWeak || n.Kind == screen.NameOriginal {
					continue
				}
				switch e.Type {
				case screen.Person:
					if n.Surname == "" {
						continue
					}
					surnames = append(surnames, n.Surname)
					if g := strings.Fields(n.Given); len(g) > 0 {
						givens = append(givens, g[0])
					}
					srcs = append(srcs, src{n, e.Type})
				case screen.Organization:
					// Only names with another distinctive word left after
					// the replacement: else the near miss is the other
					// organisation's name.
					if w := distinctive(n.Full); w != "" && distinctive(strings.Replace(n.Full, w, "", 1)) != "" {
						orgWords = append(orgWords, w)
						srcs = append(srcs, src{n, e.Type})
					}
				}
			}
		}
	}
	var out []Query
	counts := map[string]int{}
	clearly := func(a, b string) bool {
		a, b = strings.ToLower(a), strings.ToLower(b)
		return a != "" && b != "" && a[0] != b[0] && levenshtein(a, b) >= 3
	}
	for _, i := range rng.Perm(len(srcs)) {
		s := srcs[i]
		var cat, name string
		switch s.typ {
		case screen.Person:
			g := strings.Fields(s.n.Given)
			if rng.IntN(2) == 0 {
				r := surnames[rng.IntN(len(surnames))]
				if !clearly(r, s.n.Surname) {
					continue
				}
				cat, name = "near-miss-person", s.n.Given+" "+r
			} else {
				r := givens[rng.IntN(len(givens))]
				if len(g) == 0 || !clearly(r, g[0]) {
					continue
				}
				g[0] = r
				cat, name = "near-miss-person", strings.Join(g, " ")+" "+s.n.Surname
			}
		case screen.Organization:
			w := distinctive(s.n.Full)
			r := orgWords[rng.IntN(len(orgWords))]
			if !clearly(r, w) {
				continue
			}
			cat, name = "near-miss-organization", strings.Replace(s.n.Full, w, r, 1)
		}
		if counts[cat] >= PerCategory || lx.sharesName(name) {
			continue
		}
		counts[cat]++
		out = append(out, Query{Name: name, Type: s.typ, Category: cat, From: s.n.Full})
	}
	return out
}

// distinctive returns the longest word of an organisation's name that is
// not a common word of company names, or "".
func distinctive(name string) string {
	best := ""
	for _, w := range strings.Fields(name) {
		w = strings.Trim(w, ".,()'\"")
		lw := strings.ToLower(w)
		if len(w) < 4 || commonOrgWords()[lw] {
			continue
		}
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

var commonOrgWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`company corporation limited trading general group holding holdings international
	enterprise enterprises industries industrial services import export investment investments development commercial
	compania empresa sociedad societe establishment partners management logistics technology technologies solutions
	systems office agency foundation organization organisation association center centre bank shipping national
	islamic republic ministry state committee institute university network front army movement brigade brigades`) {
		m[w] = true
	}
	return m
})

// CorpusNames reads the names of people and organisations in the
// annotated corpora under data (../shared/data): CoNLL-2003 training and
// development sets, the Groningen Meaning Bank and CoNLL04. The
// CoNLL-2003 test set is not read.
func CorpusNames(data string) (people, orgs []string, err error) {
	for _, f := range []string{"ner/conll2003/eng.train", "ner/conll2003/eng.testa"} {
		p, o, err := conllNames(filepath.Join(data, f))
		if err != nil {
			return nil, nil, err
		}
		people, orgs = append(people, p...), append(orgs, o...)
	}
	p, o, err := gmbNames(filepath.Join(data, "ner/gmb/ner_dataset.csv"))
	if err != nil {
		return nil, nil, err
	}
	people, orgs = append(people, p...), append(orgs, o...)
	for _, f := range []string{"relations/conll04/conll04_train.json", "relations/conll04/conll04_dev.json"} {
		p, o, err := conll04Names(filepath.Join(data, f))
		if err != nil {
			return nil, nil, err
		}
		people, orgs = append(people, p...), append(orgs, o...)
	}
	return people, orgs, nil
}

// spans collects the names a tagged token sequence holds; tags are
// "B-PER", "I-PER" (IOB1 or IOB2) or "O".
type spans struct {
	cur     []string
	curType string
	people  []string
	orgs    []string
}

func (s *spans) flush() {
	if len(s.cur) > 0 {
		name := strings.Join(s.cur, " ")
		switch s.curType {
		case "PER":
			s.people = append(s.people, name)
		case "ORG":
			s.orgs = append(s.orgs, name)
		}
	}
	s.cur, s.curType = nil, ""
}

func (s *spans) add(word, tag string) {
	bio, typ, _ := strings.Cut(tag, "-")
	typ = strings.ToUpper(typ)
	if tag == "O" || typ == "" {
		s.flush()
		return
	}
	if bio == "B" || typ != s.curType {
		s.flush()
	}
	s.curType = typ
	s.cur = append(s.cur, word)
}

func conllNames(path string) ([]string, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var s spans
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 4 || fs[0] == "-DOCSTART-" {
			s.flush()
			continue
		}
		s.add(fs[0], fs[len(fs)-1])
	}
	s.flush()
	return s.people, s.orgs, sc.Err()
}

func gmbNames(path string) ([]string, []string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	data, err := charmap.ISO8859_1.NewDecoder().Bytes(raw)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	var s spans
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil || len(rec) < 4 {
			continue
		}
		if rec[0] != "" {
			s.flush()
		}
		s.add(rec[1], strings.Replace(strings.Replace(rec[3], "-per", "-PER", 1), "-org", "-ORG", 1))
	}
	s.flush()
	return s.people, s.orgs, nil
}

func conll04Names(path string) ([]string, []string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var docs []struct {
		Tokens   []string `json:"tokens"`
		Entities []struct {
			Type       string `json:"type"`
			Start, End int
		} `json:"entities"`
	}
	if err := json.Unmarshal(b, &docs); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	var people, orgs []string
	for _, d := range docs {
		for _, e := range d.Entities {
			if e.Start < 0 || e.End > len(d.Tokens) || e.Start >= e.End {
				continue
			}
			name := strings.Join(d.Tokens[e.Start:e.End], " ")
			switch e.Type {
			case "Peop":
				people = append(people, name)
			case "Org":
				orgs = append(orgs, name)
			}
		}
	}
	return people, orgs, nil
}
