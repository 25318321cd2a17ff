package relation

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
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

// A Model holds the pair model's weights, keyed by feature hashes, in a
// table read in place from the model file's bytes.
type Model struct {
	tab table
	// Threshold is the probability a pair's best class needs, unless
	// Thresholds sets one for its class.
	Threshold float64
	// Thresholds are the probabilities each class (in pairClasses'
	// order) needs; 0 takes Threshold.
	Thresholds [nClasses]float64
	// CVF1 is the micro-averaged F1 of the held-out pairs when training
	// chose the thresholds by cross-validation (not written to the file).
	CVF1 float64
}

// need returns the probability class i needs.
func (m *Model) need(i int) float64 {
	if t := m.Thresholds[i]; t > 0 {
		return t
	}
	return m.Threshold
}

// SetThreshold makes every class need probability t.
func (m *Model) SetThreshold(t float64) {
	m.Threshold = t
	m.Thresholds = [nClasses]float64{}
}

const nClasses = 6 // len(pairClasses)

//go:embed model.bin
var modelBin []byte

// DefaultModel returns the embedded pair model, nil if it cannot be read.
var DefaultModel = sync.OnceValue(func() *Model {
	m, err := readModel(modelBin, false) // TestShippedModelsCheck checks it
	if err != nil {
		return nil
	}
	return m
})

// modelMagic starts a model file: the format's name and version.
// Version 1 had no per-class thresholds (its lives_in needed 0.8);
// versions 1 and 2 listed the features as records (hash, then one weight
// per class) that had to be decoded into a map. Both are still read.
const (
	modelMagic   = "newsgraph-relation-pairs/3\n"
	modelMagicV2 = "newsgraph-relation-pairs/2\n"
	modelMagicV1 = "newsgraph-relation-pairs/1\n"
)

// newModel returns the model of the weights, every feature kept.
func newModel(weights map[uint64][nClasses]float32, threshold float64, thresholds [nClasses]float64) *Model {
	keys := make([]uint64, 0, len(weights))
	for k := range weights {
		keys = append(keys, k)
	}
	tab := tableOf(nClasses, keys, func(k uint64) []float32 {
		w := weights[k]
		return w[:]
	})
	return &Model{tab: tab, Threshold: threshold, Thresholds: thresholds}
}

// ReadModel reads a model written by Model.Write, in place: the model
// refers to data, which must not change. The file is the magic line, the
// threshold (float64), one threshold per class (float64), then the
// feature table (see table: the features' hashes in increasing order
// under a bucket index, then one float32 weight per class and feature),
// little-endian. Versions 1 and 2 are read too, by decoding.
func ReadModel(data []byte) (*Model, error) { return readModel(data, true) }

// readModel reads a model as ReadModel does; unless check, without
// walking its table (readTableCheck): for the embedded model.
func readModel(data []byte, check bool) (*Model, error) {
	rest, ok := bytes.CutPrefix(data, []byte(modelMagic))
	if !ok {
		return readModelV2(data)
	}
	header := 8 + 8*nClasses
	if len(rest) < header {
		return nil, errors.New("relation model: truncated header")
	}
	m := &Model{}
	m.Threshold = math.Float64frombits(binary.LittleEndian.Uint64(rest))
	for i := range m.Thresholds {
		m.Thresholds[i] = math.Float64frombits(binary.LittleEndian.Uint64(rest[8+8*i:]))
	}
	tab, err := readTableCheck(rest[header:], nClasses, check)
	if err != nil {
		return nil, fmt.Errorf("relation model: %w", err)
	}
	m.tab = tab
	return m, nil
}

// readModelV2 reads a model of version 1 or 2: the magic line, the
// threshold (float64), one threshold per class (float64, not in version
// 1), the number of features (uint32), then per feature its hash (uint64)
// and one float32 weight per class, little-endian.
func readModelV2(data []byte) (*Model, error) {
	var thresholds [nClasses]float64
	rest, ok := bytes.CutPrefix(data, []byte(modelMagicV2))
	header := 8 + 8*nClasses
	if !ok {
		if rest, ok = bytes.CutPrefix(data, []byte(modelMagicV1)); !ok {
			return nil, errors.New("relation model: not a pair model")
		}
		header = 8
		thresholds[classIndex(LivesIn)] = 0.8
	}
	if len(rest) < header+4 {
		return nil, errors.New("relation model: truncated header")
	}
	threshold := math.Float64frombits(binary.LittleEndian.Uint64(rest))
	if header > 8 {
		for i := range thresholds {
			thresholds[i] = math.Float64frombits(binary.LittleEndian.Uint64(rest[8+8*i:]))
		}
	}
	n := int(binary.LittleEndian.Uint32(rest[header:]))
	rest = rest[header+4:]
	const rec = 8 + 4*nClasses
	if len(rest)%rec != 0 || len(rest)/rec != n {
		return nil, fmt.Errorf("relation model: %d bytes of features, want %d records of %d", len(rest), n, rec)
	}
	weights := make(map[uint64][nClasses]float32, n)
	for i := 0; i < n; i++ {
		r := rest[i*rec:]
		var w [nClasses]float32
		for c := range w {
			w[c] = math.Float32frombits(binary.LittleEndian.Uint32(r[8+4*c:]))
		}
		weights[binary.LittleEndian.Uint64(r)] = w
	}
	return newModel(weights, threshold, thresholds), nil
}

// Write writes the model in the form ReadModel reads, features whose
// weights are all near zero left out.
func (m *Model) Write(w io.Writer) error {
	t := &m.tab
	keys := make([]uint64, 0, t.n)
	vals := make([]float32, 0, t.n*nClasses)
	for i := range t.n {
		keep := false
		for c := range nClasses {
			if math.Abs(float64(t.val(i, c))) >= 0.02 {
				keep = true
				break
			}
		}
		if keep {
			keys = append(keys, t.key(i))
			for c := range nClasses {
				vals = append(vals, t.val(i, c))
			}
		}
	}
	buf := []byte(modelMagic)
	buf = binary.LittleEndian.AppendUint64(buf, math.Float64bits(m.Threshold))
	for _, t := range m.Thresholds {
		buf = binary.LittleEndian.AppendUint64(buf, math.Float64bits(t))
	}
	buf = appendTable(buf, nClasses, keys, vals)
	_, err := w.Write(buf)
	return err
}

// probs returns the class probabilities of a pair's features.
func (m *Model) probs(feats []uint64, dst []float64) []float64 {
	dst = dst[:0]
	for range pairClasses {
		dst = append(dst, 0)
	}
	t := &m.tab
	for _, f := range feats {
		if i := t.find(f); i >= 0 {
			w := t.vals[4*nClasses*i : 4*nClasses*(i+1)]
			for c := range dst {
				dst[c] += float64(math.Float32frombits(binary.LittleEndian.Uint32(w[4*c:])))
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

// A hasher hashes features (FNV-1a, 64 bits) without building their
// strings: a feature is its parts, each followed by a separator.
type hasher uint64

const fnvOffset hasher = 14695981039346656037

func (h hasher) add(s string) hasher {
	for i := 0; i < len(s); i++ {
		h ^= hasher(s[i])
		h *= 1099511628211
	}
	h ^= 0xff // separator
	h *= 1099511628211
	return h
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

// features appends to dst the hashed features of the ordered pair (a,
// b): the types, the words between (each, pairs, all when few), the
// distance, the words around, the names' last words and the gazetteer's
// kind of place. Each is hashed alone and with the pair's types and order.
func (s *sentence) features(a, b *arg, dst []uint64) []uint64 {
	first, second := a, b
	order := "ab"
	if b.first < a.first {
		first, second, order = b, a, "ba"
	}
	typed := fnvOffset.add(a.typ + "-" + b.typ).add(order)
	add := func(h hasher) {
		// the feature alone, and with the pair's types and order
		dst = append(dst, uint64(h), (uint64(h)*0x9E3779B97F4A7C15)^uint64(typed))
	}
	f := func(parts ...string) hasher {
		h := fnvOffset
		for _, p := range parts {
			h = h.add(p)
		}
		return h
	}
	dst = append(dst, uint64(f("bias")), uint64(typed))
	between := second.first - first.last - 1
	add(f("D", bucket(between)))
	others, comma := 0, false
	var words [12]string
	nw := 0
	for k := first.last + 1; k < second.first; k++ {
		if s.toks[k].arg >= 0 {
			if k == s.args[s.toks[k].arg].first {
				others++
				if nw < len(words) {
					words[nw] = "<" + s.args[s.toks[k].arg].typ + ">"
				}
				nw++
			}
			continue
		}
		l := s.toks[k].low
		comma = comma || l == ","
		if nw < len(words) {
			words[nw] = shape(l)
		}
		nw++
	}
	add(f("O", bucket(others)))
	if nw <= len(words) {
		// the skeleton between: names' types and function words
		sk := fnvOffset.add("SK")
		for i := 0; i < nw; i++ {
			if w := words[i]; w[0] == '<' || skeletonWords[w] {
				sk = sk.add(w)
			}
		}
		add(sk)
	}
	if comma {
		add(f("comma"))
	}
	if nw <= 8 {
		all := fnvOffset.add("ALL")
		for i := 0; i < nw; i++ {
			add(f("W", words[i]))
			if i+1 < nw {
				add(f("WW", words[i], words[i+1]))
			}
			all = all.add(words[i])
		}
		if nw <= 4 {
			add(all)
		}
	} else {
		add(f("far"))
		for i := 0; i < min(nw, len(words)); i++ {
			if w := words[i]; lookupLex(w).verbs != nil || w == "of" || w == "in" || w == "at" || w == "from" {
				add(f("FW", w))
			} else {
				add(f("FW2", w))
			}
		}
	}
	if nw > 0 {
		add(f("F", words[0]))
		add(f("L", words[min(nw, len(words))-1]))
		add(f("FL", words[0], words[min(nw, len(words))-1]))
	} else {
		add(f("adjacent"))
	}
	add(f("P", shape(s.low(first.first-1))))
	add(f("PP", shape(s.low(first.first-2)), shape(s.low(first.first-1))))
	add(f("N", shape(s.low(second.last+1))))
	add(f("AL", shape(s.low(a.last))))
	add(f("BL", shape(s.low(b.last))))
	add(f("LDBL", shape(s.low(second.first-1)), shape(s.low(second.last))))
	add(f("FDAL", shape(s.low(first.last+1)), shape(s.low(first.last))))
	if b.place {
		switch {
		case isCountry(s.words(b.first, b.last+1)):
			add(f("Bcountry"))
		case inLists(s.words(b.first, b.last+1), "region"):
			add(f("Bregion"))
		case inLists(s.words(b.first, b.last+1), "city"):
			add(f("Bcity"))
		}
	}
	if a.typ == document.LOC && inLists(s.words(a.first, a.last+1), "city") {
		add(f("Acity"))
	}
	// the names' own words ("University", "Corp.", "County") and whether a
	// title stands before each
	for k := a.first; k <= a.last; k++ {
		add(f("AW", s.low(k)))
	}
	for k := b.first; k <= b.last; k++ {
		add(f("BW", s.low(k)))
	}
	if s.in(a.first-1, wsTitleWords) {
		add(f("Atitle"))
	}
	if s.in(b.first-1, wsTitleWords) {
		add(f("Btitle"))
	}
	// dependency-free cues: the word right after the first name and
	// right before the second ("of", "in", "from", "'s"), with the
	// distance; an appositive (", a … at"), with the word before the
	// second name; a possessive after the first; one name quoted
	add(f("FD", shape(s.low(first.last+1)), bucket(between)))
	add(f("LD", shape(s.low(second.first-1)), bucket(between)))
	add(f("FD1", shape(s.low(first.last+1))))
	add(f("LD1", shape(s.low(second.first-1))))
	add(f("NN", shape(s.low(second.last+1)), shape(s.low(second.last+2))))
	// the names just outside the pair ("<LOC> , X ( <ORG> )")
	add(f("OUT", s.nameNear(first.first-1, -1), s.nameNear(second.last+1, 1)))
	if s.low(first.last+1) == "," && s.in(first.last+2, wsDeterminers) {
		add(f("appos", shape(s.low(second.first-1))))
	}
	if s.low(first.last+1) == "'s" {
		add(f("poss", bucket(between)))
	}
	if s.toks[first.first].quoted != s.toks[second.first].quoted {
		add(f("quote"))
	}
	// trigger lexicon hits: each verb of the lexicon between the names
	// (with its relation type), a word of killing between or around them
	for k := first.last + 1; k < second.first; k++ {
		for _, t := range s.lexAt(k).verbs {
			add(f("TV", t.typ))
		}
		if s.in(k, wsKillNouns) {
			add(f("TK"))
		}
	}
	if s.killWord(a, b) {
		add(f("KW"))
	}
	// a time expression between or right after the pair: an event's
	// place and date ("in Singapore on June 12"), not a home
	for k := first.last + 1; k < second.first; k++ {
		if s.toks[k].tx >= 0 {
			add(f("TXB"))
			break
		}
	}
	for k := second.last + 1; k < len(s.toks) && k <= second.last+3; k++ {
		if s.toks[k].tx >= 0 {
			add(f("TXA"))
			break
		}
	}
	// whether each name is the nearest of its type to the other ("X, of
	// Y, and Z": Z is not Y's nearest person)
	add(f("near", strconv.FormatBool(s.nearest(a, b)), strconv.FormatBool(s.nearest(b, a))))
	return dst
}

// nameNear returns the type of a name within two tokens from k on in
// direction dir, "" if none.
func (s *sentence) nameNear(k, dir int) string {
	for n := 0; n < 2 && k >= 0 && k < len(s.toks); n, k = n+1, k+dir {
		if a := s.toks[k].arg; a >= 0 {
			return s.args[a].typ
		}
	}
	return ""
}

// nearest reports whether no other name of b's type stands closer to a
// than b on b's side of a.
func (s *sentence) nearest(a, b *arg) bool {
	for i := range s.args {
		c := &s.args[i]
		if c == b || c.typ != b.typ || c.ent == a.ent {
			continue
		}
		if b.first > a.last && c.first > a.last && c.first < b.first ||
			b.last < a.first && c.last < a.first && c.last > b.last {
			return false
		}
	}
	return true
}

// skeletonWords are the words the skeleton between two names keeps.
var skeletonWords = set(",", "and", "of", "in", "at", "from", "for", "'s", "(", ")", "who", "which", "said", "--", ";", "by", "to", "the", "a", "an")

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
// rules left unrelated: no who-is-who or where relation across a quote's
// edge, and a lives_in only where homeVerdict keeps it (a country is a
// nationality, an event's place is no home). These guards act on the
// model's answers only, after the pairs it is asked about (asked) have
// been chosen, so training and its thresholds are as before.
func (f *finder) pairs(s *sentence) {
	s = s.plain() // no phrase arguments (phrasesubj.go)
	m := DefaultModel()
	if m == nil || len(s.args) < 2 {
		return
	}
	related := f.related(s)
	var p, rp []float64
	var feats, rfeats []uint64
	s.candidates(func(a, b *arg) {
		if !s.asked(related, a, b) {
			return
		}
		feats = s.features(a, b, feats[:0])
		p = m.probs(feats, p)
		best := m.best(p, a.typ, b.typ)
		if best == "" || best == Role && f.speakerOfQuoted(s, a, b) {
			return
		}
		if a.typ == b.typ {
			// the same class read the other way: keep the likelier
			// direction ("Oswald, who had been shot by Jack Ruby")
			i := classIndex(best)
			pi := p[i]
			rfeats = s.features(b, a, rfeats[:0])
			rp = m.probs(rfeats, rp)
			if rp[i] > pi {
				return
			}
		}
		if best != Kill && s.acrossQuote(a, b) || best == BasedIn && s.notBased(a, b) {
			return
		}
		r := f.pairRelation(s, best, a, b)
		if best == LivesIn {
			typ := f.homeVerdict(s, a, b)
			if typ == "" {
				return
			}
			r = retype(r, typ)
		}
		f.rels = append(f.rels, r)
	})
}

// related returns the pairs of entities the rules related in sentence
// s (both ways round).
func (f *finder) related(s *sentence) map[[2]string]bool {
	related := map[[2]string]bool{}
	for _, r := range f.rels[min(f.sentFrom, len(f.rels)):] {
		if r.Sentence == s.span && r.Object != "" {
			related[[2]string{r.Subject, r.Object}] = true
			related[[2]string{r.Object, r.Subject}] = true
		}
	}
	return related
}

// asked reports whether the pair model is asked about the ordered pair
// (a, b): the rules left it unrelated (related, from finder.related), the
// two are near enough, b is no place that modifies a noun ("an Asia
// scholar" is no one's home), and, since each pair of types allows one
// class, the words that can say it are there (pairEvidence; a seat of
// government is no employer). Training chooses the thresholds over these
// pairs only.
func (s *sentence) asked(related map[[2]string]bool, a, b *arg) bool {
	if related[[2]string{a.ent, b.ent}] || tooFar(a, b) || s.modifies(b) && b.typ == document.LOC {
		return false
	}
	c := pairSignature(a.typ, b.typ)
	return len(c) == 1 && s.pairEvidence(c[0], a, b) && !(c[0] == Role && b.seat)
}

// best returns the class the pair's types allow with the highest
// probability, "" when it does not reach its class's threshold.
func (m *Model) best(p []float64, at, bt string) string {
	allowed := pairSignature(at, bt)
	bi, bp := -1, 0.0
	for i, c := range pairClasses {
		if c != "" && p[i] > bp && contains(allowed, c) {
			bi, bp = i, p[i]
		}
	}
	if bi < 0 || bp < m.need(bi) {
		return ""
	}
	return pairClasses[bi]
}

// tooFar reports whether two names are too far apart for the pair model
// to relate them.
func tooFar(a, b *arg) bool {
	if b.first < a.first {
		a, b = b, a
	}
	return b.first-a.last > maxGap
}

// maxGap is the most tokens between two names the pair model relates
// (CoNLL04 has killers and their victims twenty words apart).
const maxGap = 20

// killWord reports whether a word of killing stands between or around
// the pair: the model may say Kill only where the text says it.
func (s *sentence) killWord(a, b *arg) bool {
	lo, hi := min(a.first, b.first), max(a.last, b.last)
	for k := max(0, lo-3); k <= hi+3 && k < len(s.toks); k++ {
		lLex := s.lexAt(k)
		if lLex.in(wsKillNouns) {
			return true
		}
		for _, t := range lLex.verbs {
			if t.typ == Kill {
				return true
			}
		}
	}
	return false
}

// homeEvidence reports whether the words between a person and a place
// can say where the person lives: the two are close ("Tony Blair of
// Britain", "Britain's Tony Blair"), or a preposition of place, a comma or
// a word of home or birth stands between them. "North Korea's most
// powerful figures will meet President Trump" says nothing of Trump's
// home: a place that possesses something else does not.
func (s *sentence) homeEvidence(a, b *arg) bool {
	lo, hi := a, b
	if b.first < a.first {
		lo, hi = b, a
	}
	if lo.place && s.low(lo.last+1) == "'s" {
		for k := lo.last + 2; k < hi.first; k++ {
			if !s.in(k, wsTitleWords) && !s.in(k, wsFormerWords) && !isCapitalised(s.toks[k].text) {
				return false
			}
		}
		return true
	}
	person, place := a, b
	if a.place {
		person, place = b, a
	}
	if place.dateline {
		return false // where the story was filed
	}
	if place.first > person.last {
		// "Blair, speaking in London": where someone is, not where
		// they live
		k := s.beforeDeterminers(place.first)
		if s.in(k, wsPrepsBefore) && strings.HasSuffix(s.low(k-1), "ing") {
			return false
		}
		// "sit down with Kim in Singapore": the partner of an event, and
		// the place where it is to happen
		if w := s.low(s.beforeDeterminers(place.first)); (w == "in" || w == "at") && place.first-person.last <= 3 && s.low(s.beforeTitles(person.first)) == "with" {
			return false
		}
	}
	for k := person.first - 1; k >= 0 && k >= person.first-6; k-- {
		if s.low(k) == "visiting" {
			return false // "visiting Prime Minister Khai in Beijing"
		}
		if s.toks[k].arg < 0 && !s.in(k, wsTitleWords) && !s.in(k, wsFormerWords) && !isCapitalised(s.toks[k].text) {
			break
		}
	}
	if hi.first-lo.last <= 3 {
		return true
	}
	for k := lo.last + 1; k < hi.first; k++ {
		if l := s.low(k); homeWords[l] || l == "," || strings.HasSuffix(l, "-based") || strings.HasSuffix(l, "-born") {
			return true
		}
	}
	return false
}

// beforeTitles returns the index of the word before token i and the
// titles, former-words and determiners that lead up to it (-1 at the
// sentence's start).
func (s *sentence) beforeTitles(i int) int {
	k := i - 1
	for k >= 0 && (s.in(k, wsTitleWords) || s.in(k, wsFormerWords) || s.low(k) == "the" || s.low(k) == "his" || s.low(k) == "her") {
		k--
	}
	return k
}

// homeWords link a person to a place they live in.
var homeWords = set("in", "of", "from", "at", "near", "outside", "native", "natives", "resident", "residents", "lives",
	"lived", "living", "live", "born", "home", "hometown", "citizen", "citizens", "moved", "grew", "raised", "returned")

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
	for i < j && (s.toks[i].text == "," || s.in(i, wsDeterminers)) {
		i++
	}
	for j > i && (s.toks[j-1].text == "," || s.in(j-1, wsDeterminers)) {
		j--
	}
	if i < j {
		r.Trigger = document.Span{Start: s.toks[i].span.Start, End: s.toks[j-1].span.End}
	} else {
		r.Trigger = b.span
	}
	if s.toks[first.first].direct { // the speaker's words (see who)
		r.Modality = document.Reported
	}
	return r
}

// ThresholdText describes the thresholds: "role 0.35, lives_in 0.8, …".
func (m *Model) ThresholdText() string {
	var parts []string
	for i, c := range pairClasses {
		if c != "" {
			parts = append(parts, fmt.Sprintf("%s %g", c, m.need(i)))
		}
	}
	return strings.Join(parts, ", ")
}
