package relation

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	_ "embed"

	"github.com/newsgraph/newsgraph/document"
)

// The interaction model is a statistical alternative to the interaction
// rules: every (trigger, subject, object) of a sentence whose trigger is
// a word of the interaction lexicons and whose arguments are the names,
// pronouns and descriptions the rules see is scored by a multiclass
// logistic model over "none" and the trigger's types. It is trained on
// the news gold set (newsgraph train interactions) and adds the
// relations the rules did not find. It is off unless UseArgModel is set.

// UseArgModel makes Find add the interactions the embedded interaction
// model finds to those of the rules. Off by default.
var UseArgModel atomic.Bool

// An ArgCandidate is one (trigger, subject, object) triple of a
// sentence the interaction model scores.
type ArgCandidate struct {
	// Types are the interaction types the trigger word may have.
	Types    []string
	Trigger  document.Span
	Sentence document.Span
	Subject  string // entity IDs
	Object   string
	subjSpan document.Span
	objSpan  document.Span
	quoted   bool
	feats    []uint64
	// of a dependency candidate: the trigger's stem, the types the
	// lexicons give it, and what its features are made of
	stem     string
	lexTypes []string
	dep      *depFeatInput
	// ruleTrigger marks a trigger a relation of the rules used
	ruleTrigger bool
}

// RuleTrigger reports whether a relation of the rules used the
// candidate's trigger (only DepArgCandidates with keep gives such).
func (c *ArgCandidate) RuleTrigger() bool { return c.ruleTrigger }

// Dependency reports whether c is a dependency candidate.
func (c *ArgCandidate) Dependency() bool { return c.dep != nil }

// Stem returns the stem of a dependency candidate's trigger word.
func (c *ArgCandidate) Stem() string { return c.stem }

// LexiconTypes returns the types the lexicons give the trigger word.
func (c *ArgCandidate) LexiconTypes() []string { return c.lexTypes }

// Retyped returns c with the trigger types types (in Interactions
// order), its features made anew; a candidate other than a dependency
// one is returned as it is.
func (c ArgCandidate) Retyped(types []string) ArgCandidate {
	if c.dep == nil {
		return c
	}
	c.Types = types
	c.feats = c.dep.features(types, nil)
	return c
}

// Relation returns the relation the candidate makes with type typ.
func (c *ArgCandidate) Relation(typ string) document.Relation {
	as, bs := c.subjSpan, c.objSpan
	r := document.Relation{Type: typ, Subject: c.Subject, Object: c.Object, SubjectSpan: &as, ObjectSpan: &bs,
		Trigger: c.Trigger, Sentence: c.Sentence, Modality: document.Happened}
	if c.quoted {
		r.Modality = document.Reported
	}
	return r
}

// argClass returns the model's class index of an interaction type (1…),
// 0 for none.
func argClass(typ string) int {
	for i, t := range Interactions {
		if t == typ {
			return i + 1
		}
	}
	return 0
}

// triggerTypes returns the interaction types a word may trigger, with its
// lemma, from all the lexicons of the rules and the fallback.
func triggerTypes(low string) (types []string, lemma string) {
	add := func(t string) {
		if !slices.Contains(types, t) {
			types = append(types, t)
		}
	}
	lemma = low
	lx := lookupLex(low)
	for _, t := range lx.verbs {
		add(t.typ)
		lemma = lx.form.lemma
	}
	for _, t := range lx.fbVerbs {
		if !t.wordnet { // the model is trained without WordNet's verbs
			add(t.typ)
			lemma = lx.fbForm.lemma
		}
	}
	if t, ok := nounTriggers[low]; ok {
		add(t)
	}
	if t, ok := fbNouns[low]; ok {
		add(t)
	}
	if t, ok := fbAdjectives[low]; ok {
		add(t.typ)
	}
	// in a fixed order: the fallback's lexicon is built from a map
	slices.SortFunc(types, func(a, b string) int { return argClass(a) - argClass(b) })
	return types, lemma
}

// maxArgDist is the most tokens between a trigger and an argument.
const maxArgDist = 30

// argCandidates returns the candidates of sentence s.
func (f *finder) argCandidates(s *sentence) []ArgCandidate {
	var out []ArgCandidate
	var wc []string // the word classes of the tokens, once a trigger is seen
	for t := range s.toks {
		if s.toks[t].arg >= 0 {
			continue
		}
		types, lemma := triggerTypes(s.toks[t].low)
		if len(types) == 0 {
			continue
		}
		if wc == nil {
			wc = make([]string, len(s.toks))
			for k := range s.toks {
				wc[k] = wordClass(s.toks[k])
			}
		}
		for ai := range s.args {
			a := &s.args[ai]
			if a.dateline || abs(a.first-t) > maxArgDist {
				continue
			}
			for bi := range s.args {
				b := &s.args[bi]
				if bi == ai || b.ent == a.ent || b.dateline || abs(b.first-t) > maxArgDist {
					continue
				}
				if s.namesBetween(t, a) > maxNamesBetween || s.namesBetween(t, b) > maxNamesBetween {
					continue
				}
				c := ArgCandidate{Types: types, Trigger: s.toks[t].span, Sentence: s.span, Subject: a.ent, Object: b.ent,
					subjSpan: a.span, objSpan: b.span, quoted: s.toks[t].quoted}
				c.feats = s.argFeatures(t, lemma, types, a, b, wc, nil)
				out = append(out, c)
			}
		}
	}
	return out
}

// closedWords are the words the features keep as written; any other
// word between a trigger and its arguments is reduced to its class, so
// that forty articles teach patterns rather than their own vocabulary.
var closedWords = set("of", "in", "at", "on", "for", "from", "with", "to", "by", "under", "against", "about", "into", "between",
	"over", "after", "before", "during", "and", "or", "but", "that", "who", "which", "whom", "whose", "while", "when", "as",
	"a", "an", "the", "its", "his", "her", "their", "this", "these", "those", "not", "n't", "never", "has", "have", "had",
	"was", "were", "is", "are", "be", "been", "being", "will", "would", "could", "can", "may", "might", "should", "must",
	"said", "says", "say", "told", "also", ",", ".", ":", ";", "(", ")", "\"", "'s", "-", "--", "—", "he", "she", "they",
	"it", "we", "i", "him", "them", "leader", "president", "minister", "government", "officials", "spokesman")

// wordClass returns w itself when it is a closed-class word, else its
// class: a word of the interaction lexicons, a capitalised word, a
// number, a word ending in -ed or -ing, or any other.
func wordClass(tok token) string {
	if tok.in(wsClosedWords) {
		return tok.low
	}
	if ts, _ := triggerTypes(tok.low); len(ts) > 0 {
		return "TRIG"
	}
	switch {
	case tok.text != "" && tok.text[0] >= 'A' && tok.text[0] <= 'Z':
		return "Cap"
	case tok.text != "" && tok.text[0] >= '0' && tok.text[0] <= '9':
		return "Num"
	case strings.HasSuffix(tok.low, "ed"):
		return "-ed"
	case strings.HasSuffix(tok.low, "ing"):
		return "-ing"
	}
	return "w"
}

// maxNamesBetween is the most other arguments between a trigger and a
// candidate argument.
// (Cross-validated on the development articles: with none between,
// two thirds of the reachable gold is lost; with two or more, the
// negatives grow faster than the positives.)
const maxNamesBetween = 1

// namesBetween counts the arguments between token t and argument x.
func (s *sentence) namesBetween(t int, x *arg) int {
	i, j := x.last+1, t
	if x.first > t {
		i, j = t+1, x.first
	}
	n, last := 0, -1
	for k := i; k < j; k++ {
		if a := s.toks[k].arg; a >= 0 && a != last {
			n++
			last = a
		}
	}
	return n
}

var passiveAux = set("was", "were", "been", "being", "is", "are", "be", "got", "get")
var relWords = set("that", "who", "which", "whom", "whose", "while", "but", "and", "after", "before", "when", "as")

// argFeatures returns the hashed features of trigger t with subject a and
// object b; wc holds the word classes of the sentence's tokens.
func (s *sentence) argFeatures(t int, lemma string, types []string, a, b *arg, wc []string, dst []uint64) []uint64 {
	h := func(parts ...string) {
		x := fnvOffset
		for _, p := range parts {
			x = x.add(p)
		}
		dst = append(dst, uint64(x))
	}
	tw := s.toks[t].low
	twLex := s.lexAt(t)
	pos := func(x *arg) string {
		if x.last < t {
			return "L"
		}
		return "R"
	}
	order := pos(a) + pos(b)
	if a.first < b.first {
		order += "ab"
	} else {
		order += "ba"
	}
	h("bias")
	h("lem", lemma)
	h("w", tw)
	h("ord", order)
	h("lem.ord", lemma, order)
	h("st", a.typ)
	h("ot", b.typ)
	h("st.ot", a.typ, b.typ)
	h("lem.st.ot", lemma, a.typ, b.typ)
	for _, ty := range types {
		h("ty", ty)
		h("ty.ord", ty, order)
		h("ty.st.ot", ty, a.typ, b.typ)
	}
	frm := twLex.form
	if e := lookupLex(tw); e.inFbForms && frm.lemma == "" && !e.wordnetOnly {
		frm = e.fbForm
	}
	shapeOf := "base"
	switch {
	case frm.ing:
		shapeOf = "ing"
	case frm.past:
		shapeOf = "past"
	}
	h("form", shapeOf)
	h("form.ord", shapeOf, order)
	h("prev", s.class(wc, t-1))
	h("next", s.class(wc, t+1))
	h("lem.next", lemma, s.class(wc, t+1))
	h("lem.prev", lemma, s.class(wc, t-1))
	passive := frm.past && s.in(t-1, wsPassiveAux) || frm.past && s.in(t-2, wsPassiveAux) && s.low(t-1) != ""
	if passive {
		h("passive")
		h("passive.ord", order)
	}
	if s.toks[t].quoted {
		h("quoted")
	}
	// the words between the trigger and each argument
	between := func(role string, x *arg) {
		i, j := x.last+1, t
		if x.first > t {
			i, j = t+1, x.first
		}
		d := j - i
		h(role+".dist", bucket(d))
		h(role+".lem.dist", lemma, bucket(d))
		if d == 0 {
			h(role+".adjacent", pos(x))
		}
		names, commas := 0, 0
		for k := i; k < j; k++ {
			w := s.toks[k].low
			wLex := s.lexAt(k)
			if k < 0 || k >= len(s.toks) {
				continue
			}
			if s.toks[k].arg >= 0 {
				names++
				continue
			}
			if w == "," {
				commas++
			}
			h(role+".bag", pos(x), wc[k])
			if wLex.in(wsRelWords) {
				h(role+".rel", pos(x), w)
			}
			if e := lookupLex(w); e.inForms || len(wLex.fbVerbs) > 0 && !e.wordnetOnly {
				h(role+".verb", pos(x))
			}
		}
		if d > 0 {
			h(role+".first", pos(x), wc[i])
			h(role+".last", pos(x), wc[j-1])
			h(role+".lem.first", lemma, pos(x), wc[i])
			h(role+".lem.last", lemma, pos(x), wc[j-1])
			h(role+".first.last", pos(x), wc[i], wc[j-1])
		}
		h(role+".names", strconv.Itoa(min(names, 3)))
		h(role+".commas", strconv.Itoa(min(commas, 2)))
		h(role+".typ", x.typ, pos(x))
		h(role+".before", s.class(wc, x.first-1))
		h(role+".lem.before", lemma, s.class(wc, x.first-1))
		h(role+".after", s.class(wc, x.last+1))
	}
	between("s", a)
	between("o", b)
	if pos(a) == "L" && pos(b) == "R" && passive {
		h("passive.sLoR")
	}
	if s.low(b.first-1) == "by" || s.low(a.first-1) == "by" {
		h("by", strconv.FormatBool(s.low(b.first-1) == "by"), order)
	}
	return dst
}

// class returns the word class of token i (wc holds those of the
// sentence's words), "" outside the sentence and the argument's type on
// an argument.
func (s *sentence) class(wc []string, i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	if a := s.toks[i].arg; a >= 0 {
		return argTypeClass[s.args[a].typ]
	}
	return wc[i]
}

var argTypeClass = map[string]string{"PER": "ARG.PER", "ORG": "ARG.ORG", "LOC": "ARG.LOC", "MISC": "ARG.MISC", "PRON": "ARG.PRON"}

// An ArgModel is the interaction model: a weight per feature hash. A
// candidate's score for type T sums the weights of its features alone
// (shared by all types: where the arguments stand) and of its features
// joined with T; none scores 0, and a softmax over none and the
// trigger's types gives the probabilities.
//
// Its weights are a table read in place from the model file's bytes.
type ArgModel struct {
	tab       table
	Threshold float64
	// Dep marks a model over dependency candidates (format 3); the
	// older formats are over adjacency candidates.
	Dep bool
}

// triggerKey returns the key that marks, in a dependency model's table,
// trigger stem stem as having type typ in the training gold.
func triggerKey(stem, typ string) uint64 {
	return uint64(fnvOffset.add("gold-trigger").add(stem).add(typ))
}

// liveKey returns the key that marks, in a dependency model's table,
// trigger stem stem as one the model asks about; liveKey("") marks a
// model that asks only about those.
func liveKey(stem string) uint64 {
	return uint64(fnvOffset.add("live-trigger").add(stem))
}

// live reports whether the model asks about trigger stem stem.
func (m *ArgModel) live(stem string) bool {
	if m.tab.find(liveKey("")) < 0 {
		return true
	}
	return m.tab.find(liveKey(stem)) >= 0
}

// goldTypes returns the types the training gold gave trigger stem
// stem, beyond the lexicons'.
func (m *ArgModel) goldTypes(stem string) []string {
	var out []string
	for _, t := range Interactions {
		if m.tab.find(triggerKey(stem, t)) >= 0 {
			out = append(out, t)
		}
	}
	return out
}

// newArgModel returns the model of the weights, every feature kept.
func newArgModel(weights map[uint64]float32, threshold float64) *ArgModel {
	keys := make([]uint64, 0, len(weights))
	for k := range weights {
		keys = append(keys, k)
	}
	tab := tableOf(1, keys, func(k uint64) []float32 { return []float32{weights[k]} })
	return &ArgModel{tab: tab, Threshold: threshold}
}

// newDepArgModel returns the dependency model of the weights, with
// the training gold's trigger stems (stem → types) marked in its table.
//
// With live (not nil), the model asks only about the trigger stems it
// holds, marked too.
func newDepArgModel(weights map[uint64]float32, threshold float64, triggers map[string][]string, live map[string]bool) *ArgModel {
	for stem, types := range triggers {
		for _, t := range types {
			weights[triggerKey(stem, t)] = 1
		}
	}
	if live != nil {
		weights[liveKey("")] = 1
		for stem := range live {
			weights[liveKey(stem)] = 1
		}
	}
	m := newArgModel(weights, threshold)
	m.Dep = true
	return m
}

// weight returns feature f's weight, 0 if the model lacks it.
func (m *ArgModel) weight(f uint64) float32 {
	if i := m.tab.find(f); i >= 0 {
		return math.Float32frombits(binary.LittleEndian.Uint32(m.tab.vals[4*i:]))
	}
	return 0
}

// typed returns the hash of feature f joined with class k.
func typed(f uint64, k int) uint64 {
	x := hasher(f)
	x ^= hasher(k + 1)
	x *= 1099511628211
	x ^= 0x5a
	x *= 1099511628211
	return uint64(x)
}

// probs returns the probabilities of none and of each of the candidate's
// types (in that order).
func (m *ArgModel) probs(c *ArgCandidate) []float64 {
	p := make([]float64, 1+len(c.Types))
	for i, t := range c.Types {
		k := argClass(t)
		for _, f := range c.feats {
			p[i+1] += float64(m.weight(f)) + float64(m.weight(typed(f, k)))
		}
	}
	softmax(p)
	return p
}

// Best returns the candidate's most probable type other than none and
// its probability (below a half, none may be likelier: the threshold
// decides).
func (m *ArgModel) Best(c *ArgCandidate) (string, float64) {
	p := m.probs(c)
	best, bp := "", -1.0
	for i, t := range c.Types {
		if p[i+1] > bp {
			best, bp = t, p[i+1]
		}
	}
	return best, bp
}

// ArgCandidates returns the interaction model's adjacency candidates
// of doc's body and headlines, as Find sees their sentences.
func ArgCandidates(doc *document.Document, r Resolver) []ArgCandidate {
	return argCandidatesOf(doc, r, false, nil, false)
}

// DepArgCandidates returns the interaction model's dependency
// candidates of doc's body and headlines; triggers gives the types a
// trigger stem has beyond the lexicons' (nil: none). The words of the
// triggers of doc's relations (the rules') are no triggers unless keep,
// which marks their candidates instead (RuleTrigger).
func DepArgCandidates(doc *document.Document, r Resolver, triggers map[string][]string, keep bool) []ArgCandidate {
	return argCandidatesOf(doc, r, true, func(stem string) []string { return triggers[stem] }, keep)
}

func argCandidatesOf(doc *document.Document, r Resolver, dep bool, extra func(string) []string, keep bool) []ArgCandidate {
	if len(doc.Tokens) == 0 || len(doc.Sentences) == 0 {
		return nil
	}
	f := newFinder(doc, r)
	body := doc.Body()
	heads := headlines(doc)
	var out []ArgCandidate
	for i := range doc.Sentences {
		if !slices.ContainsFunc(body, doc.Sentences[i].Overlaps) && !slices.ContainsFunc(heads, doc.Sentences[i].Overlaps) {
			continue
		}
		s := f.sentence(i)
		if s != nil {
			s = s.plain() // no phrase arguments, as argModel reads it
		}
		switch {
		case s == nil:
		case dep:
			var have []document.Relation
			for _, r := range doc.Relations {
				if r.Sentence == s.span {
					have = append(have, r)
				}
			}
			out = append(out, f.depCandidates(s, extra, have, keep, nil)...)
		default:
			out = append(out, f.argCandidates(s)...)
		}
	}
	return out
}

// Predict returns the relations the model finds among cands at its
// threshold, one per sentence, type and pair of entities (the most
// probable), skipping those of have (the rules' relations).
func (m *ArgModel) Predict(cands []ArgCandidate, have []document.Relation) []document.Relation {
	type key struct {
		sent      int
		typ, s, o string
	}
	// A meeting is symmetric: its key names the smaller entity ID first.
	mk := func(sent int, typ, s, o string) key {
		if typ == Meet && o < s {
			s, o = o, s
		}
		return key{sent, typ, s, o}
	}
	seen := map[key]int{}
	for _, r := range have {
		seen[mk(r.Sentence.Start, r.Type, r.Subject, r.Object)] = -1
	}
	var out []document.Relation
	var probs []float64
	for i := range cands {
		c := &cands[i]
		typ, p := m.Best(c)
		if typ == "" || p < m.Threshold {
			continue
		}
		k := mk(c.Sentence.Start, typ, c.Subject, c.Object)
		j, ok := seen[k]
		switch {
		case ok && j < 0:
			continue
		case ok:
			if p > probs[j] {
				out[j], probs[j] = c.Relation(typ), p
			}
		default:
			seen[k] = len(out)
			out = append(out, c.Relation(typ))
			probs = append(probs, p)
		}
	}
	return out
}

// argModelMagic starts an interaction model file. Version 1 listed the
// weights as records (hash, weight) that had to be decoded into a map; it
// is still read.
// Version 3 is version 2's layout over dependency candidates, its
// table also marking the training gold's trigger stems (triggerKey).
const (
	argModelMagicDep = "newsgraph-relation-interactions/3\n"
	argModelMagic    = "newsgraph-relation-interactions/2\n"
	argModelMagicV1  = "newsgraph-relation-interactions/1\n"
)

// Write writes the model: the magic line, the threshold (float64), then
// the weight table (see table: the features' hashes in increasing order
// under a bucket index, then one float32 weight per feature),
// little-endian; weights near zero are left out.
func (m *ArgModel) Write(w io.Writer) error {
	t := &m.tab
	keys := make([]uint64, 0, t.n)
	vals := make([]float32, 0, t.n)
	for i := range t.n {
		if x := t.val(i, 0); math.Abs(float64(x)) >= 1e-4 {
			keys = append(keys, t.key(i))
			vals = append(vals, x)
		}
	}
	buf := []byte(argModelMagic)
	if m.Dep {
		buf = []byte(argModelMagicDep)
	}
	buf = binary.LittleEndian.AppendUint64(buf, math.Float64bits(m.Threshold))
	buf = appendTable(buf, 1, keys, vals)
	_, err := w.Write(buf)
	return err
}

// ReadArgModel reads a model written by ArgModel.Write, in place: the
// model refers to data, which must not change. Version 1 files are read
// too, by decoding.
func ReadArgModel(data []byte) (*ArgModel, error) { return readArgModel(data, true) }

// readArgModel reads a model as ReadArgModel does; unless check, without
// walking its table (readTableCheck): for the embedded model.
func readArgModel(data []byte, check bool) (*ArgModel, error) {
	rest, ok := bytes.CutPrefix(data, []byte(argModelMagic))
	dep := false
	if !ok {
		rest, ok = bytes.CutPrefix(data, []byte(argModelMagicDep))
		dep = true
	}
	if !ok {
		return readArgModelV1(data)
	}
	if len(rest) < 8 {
		return nil, errors.New("interaction model: truncated header")
	}
	m := &ArgModel{Threshold: math.Float64frombits(binary.LittleEndian.Uint64(rest)), Dep: dep}
	tab, err := readTableCheck(rest[8:], 1, check)
	if err != nil {
		return nil, fmt.Errorf("interaction model: %w", err)
	}
	m.tab = tab
	return m, nil
}

// readArgModelV1 reads a model of version 1: the magic line, the
// threshold (float64), the number of weights (uint32), then per weight
// its feature hash (uint64) and value (float32), little-endian.
func readArgModelV1(data []byte) (*ArgModel, error) {
	rest, ok := bytes.CutPrefix(data, []byte(argModelMagicV1))
	if !ok || len(rest) < 12 {
		return nil, errors.New("not an interaction model")
	}
	threshold := math.Float64frombits(binary.LittleEndian.Uint64(rest))
	n := int(binary.LittleEndian.Uint32(rest[8:]))
	rest = rest[12:]
	if len(rest)%12 != 0 || len(rest)/12 != n {
		return nil, fmt.Errorf("interaction model: %d bytes of weights, want %d records of 12", len(rest), n)
	}
	weights := make(map[uint64]float32, n)
	for i := 0; i < n; i++ {
		e := rest[i*12:]
		weights[binary.LittleEndian.Uint64(e)] = math.Float32frombits(binary.LittleEndian.Uint32(e[8:]))
	}
	return newArgModel(weights, threshold), nil
}

//go:embed argmodel.bin
var argModelBin []byte

// DefaultArgModel returns the embedded interaction model, read once; nil
// if it cannot be read.
var DefaultArgModel = sync.OnceValue(func() *ArgModel {
	m, err := readArgModel(argModelBin, false) // TestShippedModelsCheck checks it
	if err != nil {
		return nil
	}
	return m
})

// argModel adds the interactions the model finds in s to f.rels, those
// of the rules aside.
func (f *finder) argModel(s *sentence) {
	s = s.plain() // no phrase arguments (phrasesubj.go)
	m := DefaultArgModel()
	if m == nil {
		return
	}
	var have []document.Relation
	for _, r := range f.rels {
		if r.Sentence == s.span {
			have = append(have, r)
		}
	}
	var cands []ArgCandidate
	if m.Dep {
		cands = f.depCandidates(s, m.goldTypes, have, false, m.live)
	} else {
		cands = f.argCandidates(s)
	}
	if len(cands) == 0 {
		return
	}
	f.rels = append(f.rels, m.Predict(cands, have)...)
}
