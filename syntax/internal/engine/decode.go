package engine

import (
	"strings"

	"github.com/newsgraph/newsgraph/wordcluster"
)

// Decoder tags and parses sentences with a model. It holds buffers: one
// per goroutine.
type Decoder struct {
	m      *Model
	cl     *wordcluster.Clusters
	toks   []Token
	feats  []uint64
	scores [256]int32
	state  State
	Tags   []int
	// The scores of the items' own features (ItemFeatures), by role and
	// item, computed once per sentence: cache[(r*(n+2)+x+1)*K:][:K].
	cache  []int32
	cached []bool
	ifeats []uint64
}

// NewDecoder returns a decoder over m and the word clusters cl (nil for
// none; the model must have been trained with the same).
func NewDecoder(m *Model, cl *wordcluster.Clusters) *Decoder {
	return &Decoder{m: m, cl: cl}
}

// Tokens computes the attributes of words (normalised with Norm).
func (d *Decoder) Tokens(words []string) []Token {
	d.toks = AppendTokens(d.toks[:0], words, d.cl)
	return d.toks
}

// Tag tags the words whose attributes d.Tokens computed, greedily left to
// right, and returns the tags' class numbers (valid until the next call).
func (d *Decoder) Tag(toks []Token) []int {
	d.Tags = d.Tags[:0]
	k := len(d.m.Tags)
	for i := range toks {
		p1, p2 := -1, -1
		if i > 0 {
			p1 = d.Tags[i-1]
		}
		if i > 1 {
			p2 = d.Tags[i-2]
		}
		d.feats = TaggerFeatures(d.feats[:0], toks, i, p1, p2)
		clear(d.scores[:k])
		d.m.Tagger.Score(&d.scores, d.feats)
		sc := d.scores[:k]
		best := 0
		for c := 1; c < len(sc); c++ {
			if sc[c] > sc[best] {
				best = c
			}
		}
		d.Tags = append(d.Tags, best)
	}
	return d.Tags
}

// itemScores returns the scores of the features of item x (-1 for none,
// len(toks) for the root) in role r, computing them on first use in the
// sentence.
func (d *Decoder) itemScores(r, x int, toks []Token, tags []int, K int) []int32 {
	slot := r*(len(toks)+2) + x + 1
	v := d.cache[slot*K : slot*K+K]
	if !d.cached[slot] {
		d.ifeats = ItemFeatures(d.ifeats[:0], r, x, toks, tags)
		var sc [256]int32
		d.m.Parser.Score(&sc, d.ifeats)
		copy(v, sc[:K])
		d.cached[slot] = true
	}
	return v
}

// Parse parses the words whose attributes and tags are given and returns
// the state at the end (valid until the next call): heads (N for the root)
// and labels.
func (d *Decoder) Parse(toks []Token, tags []int) *State {
	s := &d.state
	s.Reset(len(toks))
	L := len(d.m.Labels)
	k := Classes(L)
	K := ModelClasses(L)
	root := d.m.Root
	slots := NumRoles * (len(toks) + 2)
	if cap(d.cached) < slots {
		d.cached = make([]bool, slots)
		d.cache = make([]int32, slots*K)
	}
	d.cached = d.cached[:slots]
	clear(d.cached)
	for !s.Done() {
		// Forced moves need no scores: SHIFT onto an empty stack, the
		// last item's arc to the root.
		if len(s.Stack) == 0 {
			s.Apply(0, L)
			continue
		}
		if s.B == s.N && len(s.Stack) == 1 {
			s.Apply(1+root, L)
			continue
		}
		// The scores start from the items' own (cached), then the
		// context features' are added.
		sc := d.scores[:K]
		v0 := d.itemScores(RoleS0, s.Item(RoleS0), toks, tags, K)[:len(sc)]
		v1 := d.itemScores(RoleS1, s.Item(RoleS1), toks, tags, K)[:len(sc)]
		v2 := d.itemScores(RoleS2, s.Item(RoleS2), toks, tags, K)[:len(sc)]
		v3 := d.itemScores(RoleN0, s.Item(RoleN0), toks, tags, K)[:len(sc)]
		v4 := d.itemScores(RoleN1, s.Item(RoleN1), toks, tags, K)[:len(sc)]
		v5 := d.itemScores(RoleN2, s.Item(RoleN2), toks, tags, K)[:len(sc)]
		for c := range sc {
			sc[c] = v0[c] + v1[c] + v2[c] + v3[c] + v4[c] + v5[c]
		}
		d.feats = ContextFeatures(d.feats[:0], s, toks, tags)
		d.m.Parser.Score(&d.scores, d.feats)
		mShift, mLeft, mRight := sc[k], sc[k+1], sc[k+2]
		// The first valid transition of the highest score, in class
		// order (as State.Valid tells them): SHIFT while the buffer
		// lasts; LEFT(l) but LEFT(root) while the buffer lasts (then
		// only LEFT(root), which the forced move above takes); RIGHT(l)
		// but RIGHT(root) with two items on the stack.
		best, bestScore := -1, int32(0)
		if s.B < s.N {
			best, bestScore = 0, sc[0]+mShift
			if c, v := firstMax(sc[1:L+1], root); c >= 0 && v+mLeft > bestScore {
				best, bestScore = 1+c, v+mLeft
			}
		}
		if len(s.Stack) >= 2 {
			if c, v := firstMax(sc[L+1:2*L+1], root); c >= 0 && (best < 0 || v+mRight > bestScore) {
				best, bestScore = L+1+c, v+mRight
			}
		}
		s.Apply(best, L)
	}
	return s
}

// firstMax returns the first index of the highest of scores but the one
// at skip, and the score; -1 if there is none.
func firstMax(scores []int32, skip int) (int, int32) {
	best, v := -1, int32(0)
	for c, x := range scores {
		if (best < 0 || x > v) && c != skip {
			best, v = c, x
		}
	}
	return best, v
}

// PassiveAgents relabels as "obl:agent" an "obl" introduced by "by" (its
// "case" dependent) whose head is a passive verb, as UD's guidelines
// define the label: GUM has few of them (76 in its news and interviews)
// and the parser learns them poorly. A verb is passive when it has an
// "aux:pass" or "nsubj:pass" dependent, or is a past participle (VBN)
// without auxiliaries that modifies or complements another word (acl,
// advcl, amod, xcomp: "a lawyer hired by the family"); "has travelled by
// train" is not passive.
func PassiveAgents(words, tags []string, heads []int, labels []string) {
	for i, l := range labels {
		if l != "obl" || heads[i] < 0 {
			continue
		}
		by := false
		for j, h := range heads {
			if h == i && labels[j] == "case" && strings.EqualFold(words[j], "by") {
				by = true
			}
		}
		if !by {
			continue
		}
		v := heads[i]
		passive, aux := false, false
		for j, h := range heads {
			if h != v {
				continue
			}
			switch labels[j] {
			case "aux:pass", "nsubj:pass", "csubj:pass":
				passive = true
			case "aux":
				aux = true
			}
		}
		if !passive && !aux && tags[v] == "VBN" {
			switch labels[v] {
			case "acl", "acl:relcl", "advcl", "amod", "xcomp":
				passive = true
			}
		}
		if passive {
			labels[i] = "obl:agent"
		}
	}
}

// Coordinate repairs a coordination the parser flattened: UD gives a
// predicate at most one subject and one object, so when a word has two
// dependents of one of the labels nsubj, nsubj:pass, obj and iobj, and the
// later one has a "cc" dependent ("and", "or") between the two, the later
// one becomes a "conj" of the earlier ("Maria and her brother founded …").
func Coordinate(words []string, heads []int, labels []string) {
	for d2 := range heads {
		switch labels[d2] {
		case "nsubj", "nsubj:pass", "obj", "iobj":
		default:
			continue
		}
		h := heads[d2]
		if h < 0 {
			continue
		}
		d1 := -1
		for j := d2 - 1; j >= 0; j-- {
			if heads[j] == h && labels[j] == labels[d2] {
				d1 = j
				break
			}
		}
		if d1 < 0 {
			continue
		}
		cc := false
		for j := d1 + 1; j < d2; j++ {
			if heads[j] == d2 && labels[j] == "cc" {
				cc = true
			}
		}
		if cc {
			heads[d2], labels[d2] = d1, "conj"
		}
	}
}

// NounConjuncts repairs a nominal conjunct the parser hung on the verb:
// a "conj" tagged as a noun or pronoun whose head is a verb, with a
// nominal argument of that verb (obj, iobj, nsubj, nsubj:pass, obl) before
// it and no verb between the two, becomes a conjunct of the nearest such
// argument ("Police arrested two men and a woman": "woman" joins "men").
func NounConjuncts(tags []string, heads []int, labels []string) {
	nominal := func(t string) bool {
		return strings.HasPrefix(t, "NN") || t == "PRP" || t == "CD"
	}
	for d, l := range labels {
		v := heads[d]
		if l != "conj" || v < 0 || v >= d || !nominal(tags[d]) || !strings.HasPrefix(tags[v], "VB") {
			continue
		}
		x := -1
		for j := d - 1; j > v; j-- {
			if strings.HasPrefix(tags[j], "VB") || tags[j] == "MD" {
				break
			}
			if heads[j] != v || !nominal(tags[j]) {
				continue
			}
			switch labels[j] {
			case "obj", "iobj", "nsubj", "nsubj:pass", "obl":
				x = j
			}
			if x >= 0 {
				break
			}
		}
		if x >= 0 {
			heads[d] = x
		}
	}
}
