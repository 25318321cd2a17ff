package relation

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/document"
)

// The pair model: a multinomial logistic regression over ordered pairs of
// names in one sentence (person–organisation, person–place,
// organisation–place, place–place, person–person), trained on CoNLL04's
// training split (newsgraph train relations). Its classes are "" (no
// relation) and the types below.
var pairClasses = []string{"", Role, LivesIn, BasedIn, LocatedIn, Kill}

// pairSignature tells which classes an ordered pair of entity types may
// take.
func pairSignature(a, b string) []string {
	switch {
	case a == document.PER && b == document.ORG:
		return []string{Role}
	case a == document.PER && b == document.LOC:
		return []string{LivesIn}
	case a == document.ORG && b == document.LOC:
		return []string{BasedIn}
	case a == document.LOC && b == document.LOC:
		return []string{LocatedIn}
	case a == document.PER && b == document.PER:
		return []string{Kill}
	}
	return nil
}

// A Model holds the pair model's weights.
type Model struct {
	weights map[string][]float32 // feature → one weight per class
	// Threshold is the probability a pair's best class needs.
	Threshold float64
}

//go:embed model.txt
var modelText string

// DefaultModel returns the embedded pair model, nil if it cannot be read.
var DefaultModel = sync.OnceValue(func() *Model {
	m, err := ReadModel(strings.NewReader(modelText))
	if err != nil {
		return nil
	}
	return m
})

// ReadModel reads a model written by Model.Write: a first line
// "threshold T", then one line per feature, the feature and its weights
// separated by tabs.
func ReadModel(r io.Reader) (*Model, error) {
	m := &Model{weights: map[string][]float32{}, Threshold: 0.5}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if line == 1 && strings.HasPrefix(fields[0], "threshold ") {
			t, err := strconv.ParseFloat(strings.TrimPrefix(fields[0], "threshold "), 64)
			if err != nil {
				return nil, fmt.Errorf("relation model: line 1: %w", err)
			}
			m.Threshold = t
			continue
		}
		if len(fields) != len(pairClasses)+1 {
			return nil, fmt.Errorf("relation model: line %d: %d fields, want %d", line, len(fields), len(pairClasses)+1)
		}
		w := make([]float32, len(pairClasses))
		for i, f := range fields[1:] {
			v, err := strconv.ParseFloat(f, 32)
			if err != nil {
				return nil, fmt.Errorf("relation model: line %d: %w", line, err)
			}
			w[i] = float32(v)
		}
		m.weights[fields[0]] = w
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("relation model: %w", err)
	}
	return m, nil
}

// Write writes the model in the form ReadModel reads, features sorted,
// weights near zero left out.
func (m *Model) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "threshold %g\n", m.Threshold)
	keys := make([]string, 0, len(m.weights))
	for k, ws := range m.weights {
		keep := false
		for _, v := range ws {
			keep = keep || math.Abs(float64(v)) >= 0.005
		}
		if keep {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		bw.WriteString(k)
		for _, v := range m.weights[k] {
			bw.WriteByte('\t')
			bw.WriteString(strconv.FormatFloat(float64(v), 'f', 3, 32))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// probs returns the class probabilities of a pair's features.
func (m *Model) probs(feats []string, dst []float64) []float64 {
	dst = dst[:0]
	for range pairClasses {
		dst = append(dst, 0)
	}
	for _, f := range feats {
		if w, ok := m.weights[f]; ok {
			for i, v := range w {
				dst[i] += float64(v)
			}
		}
	}
	softmax(dst)
	return dst
}

func softmax(x []float64) {
	mx := x[0]
	for _, v := range x {
		mx = max(mx, v)
	}
	sum := 0.0
	for i, v := range x {
		x[i] = math.Exp(v - mx)
		sum += x[i]
	}
	for i := range x {
		x[i] /= sum
	}
}

// candidates calls fn for each ordered pair of names of the sentence that
// the pair model may relate.
func (s *sentence) candidates(fn func(a, b *arg)) {
	for i := range s.args {
		a := &s.args[i]
		if a.typ == "PRON" || a.typ == document.MISC {
			continue
		}
		for j := range s.args {
			b := &s.args[j]
			if i == j || b.typ == "PRON" || b.typ == document.MISC || a.ent == b.ent || pairSignature(a.typ, b.typ) == nil {
				continue
			}
			fn(a, b)
		}
	}
}

// features returns the features of the ordered pair (a, b).
func (s *sentence) features(a, b *arg) []string {
	tp := a.typ + "-" + b.typ
	first, second := a, b
	order := "ab"
	if b.first < a.first {
		first, second, order = b, a, "ba"
	}
	out := make([]string, 0, 32)
	add := func(f string) { out = append(out, f, tp+"|"+order+"|"+f) }
	out = append(out, "bias", "T="+tp, "T="+tp+"|"+order)
	between := second.first - first.last - 1
	add("D=" + bucket(between))
	others, comma := 0, false
	var words []string
	for k := first.last + 1; k < second.first; k++ {
		if s.toks[k].arg >= 0 {
			if k == s.args[s.toks[k].arg].first {
				others++
				words = append(words, "<"+s.args[s.toks[k].arg].typ+">")
			}
			continue
		}
		l := s.toks[k].low
		comma = comma || l == ","
		words = append(words, shape(l))
	}
	add("O=" + bucket(others))
	if comma {
		add("comma")
	}
	if len(words) <= 8 {
		for i, w := range words {
			add("W=" + w)
			if i+1 < len(words) {
				add("WW=" + w + "_" + words[i+1])
			}
		}
		if len(words) <= 4 {
			add("ALL=" + strings.Join(words, "_"))
		}
	} else {
		add("far")
		for _, w := range words {
			if lex.verbs[w] != nil || w == "of" || w == "in" || w == "at" || w == "from" {
				add("FW=" + w)
			}
		}
	}
	if len(words) > 0 {
		add("F=" + words[0])
		add("L=" + words[len(words)-1])
	} else {
		add("adjacent")
	}
	add("P=" + shape(s.low(first.first-1)))
	add("PP=" + shape(s.low(first.first-2)) + "_" + shape(s.low(first.first-1)))
	add("N=" + shape(s.low(second.last+1)))
	add("AL=" + shape(s.low(a.last)))
	add("BL=" + shape(s.low(b.last)))
	if b.place {
		if isCountry(s.words(b.first, b.last+1)) {
			add("Bcountry")
		} else if inLists(s.words(b.first, b.last+1), "region") {
			add("Bregion")
		} else if inLists(s.words(b.first, b.last+1), "city") {
			add("Bcity")
		}
	}
	if a.typ == document.LOC && inLists(s.words(a.first, a.last+1), "city") {
		add("Acity")
	}
	return out
}

// shape folds numbers so that ages and years generalise.
func shape(w string) string {
	if w == "" {
		return "<s>"
	}
	if w[0] >= '0' && w[0] <= '9' {
		return "<num>"
	}
	return w
}

func bucket(n int) string {
	switch {
	case n <= 3:
		return strconv.Itoa(n)
	case n <= 5:
		return "4-5"
	case n <= 8:
		return "6-8"
	case n <= 12:
		return "9-12"
	}
	return "13+"
}

// pairs adds the relations the pair model is confident of, for pairs the
// rules left unrelated.
func (f *finder) pairs(s *sentence) {
	m := DefaultModel()
	if m == nil || len(s.args) < 2 {
		return
	}
	related := map[[2]string]bool{}
	for _, r := range f.rels {
		if r.Sentence == s.span && r.Object != "" {
			related[[2]string{r.Subject, r.Object}] = true
			related[[2]string{r.Object, r.Subject}] = true
		}
	}
	var p []float64
	s.candidates(func(a, b *arg) {
		if related[[2]string{a.ent, b.ent}] || tooFar(a, b) {
			return
		}
		p = m.probs(s.features(a, b), p)
		allowed := pairSignature(a.typ, b.typ)
		best, bp := "", 0.0
		for i, c := range pairClasses {
			if c != "" && p[i] > bp && contains(allowed, c) {
				best, bp = c, p[i]
			}
		}
		if best == "" || bp < m.Threshold || best == Kill && !s.killWord(a, b) {
			return
		}
		f.rels = append(f.rels, f.pairRelation(s, best, a, b))
	})
}

// tooFar reports whether two names are too far apart for the pair model
// to relate them (its features see little beyond ten words).
func tooFar(a, b *arg) bool {
	if b.first < a.first {
		a, b = b, a
	}
	return b.first-a.last > 11
}

// killWord reports whether a word of killing stands between or around
// the pair: the model may say Kill only where the text says it.
func (s *sentence) killWord(a, b *arg) bool {
	lo, hi := min(a.first, b.first), max(a.last, b.last)
	for k := max(0, lo-3); k <= hi+3 && k < len(s.toks); k++ {
		l := s.low(k)
		if killNouns[l] {
			return true
		}
		for _, t := range lex.verbs[l] {
			if t.typ == Kill {
				return true
			}
		}
	}
	return false
}

var killNouns = set("assassin", "assassination", "killer", "murderer", "murder", "killing", "slaying", "assassinated", "killed")

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// pairRelation builds the relation the pair model found; its trigger is
// the text between the names (the object's name when they touch).
func (f *finder) pairRelation(s *sentence, typ string, a, b *arg) document.Relation {
	as, bs := a.span, b.span
	r := document.Relation{Type: typ, Subject: a.ent, Object: b.ent, SubjectSpan: &as, ObjectSpan: &bs,
		Sentence: s.span, Modality: document.Happened}
	first, second := a, b
	if b.first < a.first {
		first, second = b, a
	}
	i, j := first.last+1, second.first
	for i < j && (s.toks[i].text == "," || determiners[s.toks[i].low]) {
		i++
	}
	for j > i && (s.toks[j-1].text == "," || determiners[s.toks[j-1].low]) {
		j--
	}
	if i < j {
		r.Trigger = document.Span{Start: s.toks[i].span.Start, End: s.toks[j-1].span.End}
	} else {
		r.Trigger = b.span
	}
	if s.toks[first.first].quoted {
		r.Modality = document.Reported
	}
	return r
}
