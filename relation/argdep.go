package relation

import (
	"slices"

	"github.com/newsgraph/newsgraph/document"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/syntax"
)

// The dependency candidates of the interaction model: a trigger word (of
// the lexicons, or a word whose stem the training gold used as a
// trigger) paired with the arguments of the sentence view that a short
// path of the sentence's dependency parse reaches, described by
// features that say how (the path's labels, the preposition of an obl
// or nmod, the voice, negation and modals on the trigger, the
// arguments' entity types) rather than which words the articles used.

// maxDepArcs is the most arcs between a trigger and a candidate
// argument in the parse.
const maxDepArcs = 4

// lightStems are the stems of words that are no trigger on their own
// even when a gold trigger's span holds them ("held talks with",
// "paid a visit to", "made a call").
var lightStems = set("hold", "held", "hav", "ha", "had", "mak", "made", "tak", "took", "giv", "gave", "pay", "paid",
	"be", "is", "was", "were", "been", "do", "did", "go", "went", "get", "got", "put", "set", "com", "came", "call",
	"first", "new", "two", "three", "also", "talk", "said", "say", "tell", "told", "out", "up", "down", "off", "back")

// TriggerStem returns the crude stem the interaction model keys a
// trigger word by ("visited", "visits", "visiting" → "visit";
// "criticised", "criticise" → "criticis"), so that one inflection seen
// in training gold brings the others.
func TriggerStem(w string) string {
	w = strings.ToLower(w)
	switch {
	case len(w) > 4 && (strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "ied")):
		return w[:len(w)-3] + "y"
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		w = w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		w = w[:len(w)-2]
	case len(w) > 4 && strings.HasSuffix(w, "es"):
		w = w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		w = w[:len(w)-1]
	case len(w) > 3 && strings.HasSuffix(w, "e"):
		w = w[:len(w)-1]
	}
	// a doubled final consonant: "slammed" → "slamm" → "slam"
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiousl", rune(w[n-1])) {
		w = w[:n-1]
	}
	return w
}

// GoldTriggerStems returns the stems of the words of a gold trigger's
// text that may stand for a trigger: lower-case words of letters, not
// closed-class nor light ("held talks with" gives "talk" only if it is
// not light; "visited" gives "visit").
func GoldTriggerStems(text string) []string {
	var out []string
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, ".,;:\"'()“”‘’")
		if w == "" || strings.ToLower(w) != w || strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			continue
		}
		st := TriggerStem(w)
		if closedWords[w] || lightStems[st] || lightStems[w] || len(st) < 3 {
			continue
		}
		out = append(out, st)
	}
	return out
}

// depArc returns the label of the arc into word k, with the
// preposition of an obl or nmod ("obl:with", "nmod:against").
func depArc(t *syntax.Tree, k int) string {
	l := t.Labels[k]
	base, _, _ := strings.Cut(l, ":")
	if base != "obl" && base != "nmod" || l == "nmod:poss" {
		return l
	}
	for _, c := range t.Dependents(k, "case") {
		if c < k {
			l = base + ":" + strings.ToLower(t.Words[c])
		}
	}
	if l == "obl:agent" {
		l = "obl:by"
	}
	return l
}

// depPath returns the arcs from word a to word b: "^label" for each
// step up from a, then "v label" for each step down to b; nil, false
// when more than maxDepArcs.
func depPath(t *syntax.Tree, a, b int) ([]string, bool) {
	up := []int{a}
	for x := a; t.Heads[x] >= 0 && len(up) <= len(t.Heads); {
		x = t.Heads[x]
		up = append(up, x)
	}
	var down []int
	for x := b; ; x = t.Heads[x] {
		if i := slices.Index(up, x); i >= 0 {
			if i+len(down) > maxDepArcs {
				return nil, false
			}
			path := make([]string, 0, i+len(down))
			for _, u := range up[:i] {
				path = append(path, "^"+depArc(t, u))
			}
			for j := len(down) - 1; j >= 0; j-- {
				path = append(path, "v"+depArc(t, down[j]))
			}
			return path, true
		}
		down = append(down, x)
		if t.Heads[x] < 0 || len(down) > len(t.Heads) {
			return nil, false
		}
	}
}

// argHead returns the head word of argument x in t: the word of its
// span whose head is outside the span.
func argHead(t *syntax.Tree, x *arg) int {
	for k := x.first; k <= x.last; k++ {
		if h := t.Heads[k]; h < x.first || h > x.last {
			return k
		}
	}
	return x.last
}

var (
	depNegWords   = set("not", "n't", "never", "no")
	depModalWords = set("will", "would", "could", "can", "may", "might", "should", "must", "shall", "'ll", "wo", "ca")
	depBeWords    = set("be", "is", "are", "was", "were", "been", "being", "'s", "'re", "get", "got", "gets")
)

// A depTrig is a trigger word of a sentence with its types.
type depTrig struct {
	t           int
	lemma, stem string
	lexTypes    []string
	types       []string
	used        bool // by a relation of the rules
}

// depCandidates returns the dependency candidates of sentence s; extra
// gives the types a trigger stem has in the training gold beyond the
// lexicons'. A word of the trigger of a relation of have (the rules')
// is no trigger. It parses s only when s has a trigger and two
// entities' arguments within maxArgDist words of it.
//
// With keep, the rules' triggers are kept too, their candidates marked
// (RuleTrigger): training learns from them what the paths say.
//
// live, when not nil, says which trigger stems to ask about.
func (f *finder) depCandidates(s *sentence, extra func(stem string) []string, have []document.Relation, keep bool, live func(stem string) bool) []ArgCandidate {
	var trigs []depTrig
	for t := range s.toks {
		if s.toks[t].arg >= 0 {
			continue
		}
		used := slices.ContainsFunc(have, func(r document.Relation) bool { return r.Trigger.Overlaps(s.toks[t].span) })
		if used && !keep {
			continue
		}
		near := ""
		for ai := range s.args {
			if a := &s.args[ai]; !a.dateline && abs(a.first-t) <= maxArgDist && a.ent != near {
				if near != "" {
					near = "two"
					break
				}
				near = a.ent
			}
		}
		if near != "two" {
			continue
		}
		lt, lemma := triggerTypes(s.toks[t].low)
		stem := TriggerStem(s.toks[t].low)
		if live != nil && !live(stem) {
			continue
		}
		types := slices.Clone(lt)
		if extra != nil && isLowerWord(s.toks[t].low) {
			for _, ty := range extra(stem) {
				if !slices.Contains(types, ty) {
					types = append(types, ty)
				}
			}
		}
		if len(types) == 0 {
			continue
		}
		slices.SortFunc(types, func(a, b string) int { return argClass(a) - argClass(b) })
		if len(lt) == 0 {
			lemma = stem
		}
		trigs = append(trigs, depTrig{t: t, lemma: lemma, stem: stem, lexTypes: lt, types: types, used: used})
	}
	if len(trigs) == 0 {
		return nil
	}
	var usable []int
	ents := map[string]bool{}
	for ai := range s.args {
		if !s.args[ai].dateline {
			usable = append(usable, ai)
			ents[s.args[ai].ent] = true
		}
	}
	if len(ents) < 2 {
		return nil
	}
	tree := syntax.Parse(s.words(0, len(s.toks)))
	heads := make([]int, len(s.args))
	for _, ai := range usable {
		heads[ai] = argHead(&tree, &s.args[ai])
	}
	var out []ArgCandidate
	for _, tg := range trigs {
		type reach struct {
			ai   int
			path []string
		}
		var rs []reach
		for _, ai := range usable {
			if p, ok := depPath(&tree, tg.t, heads[ai]); ok {
				rs = append(rs, reach{ai, p})
			}
		}
		if len(rs) < 2 {
			continue
		}
		info := f.depTrigInfo(s, &tree, tg.t)
		// what else the trigger reaches: the labels of its direct
		// arguments, and each argument's rank by path length
		direct := map[string]bool{}
		for _, r := range rs {
			if len(r.path) == 1 {
				direct[r.path[0]] = true
			}
		}
		rank := func(r reach) int {
			n := 0
			for _, o := range rs {
				if len(o.path) < len(r.path) && s.args[o.ai].ent != s.args[r.ai].ent {
					n++
				}
			}
			return n
		}
		for _, ra := range rs {
			for _, rb := range rs {
				a, b := &s.args[ra.ai], &s.args[rb.ai]
				if a.ent == b.ent {
					continue
				}
				c := ArgCandidate{Types: tg.types, Trigger: s.toks[tg.t].span, Sentence: s.span, Subject: a.ent, Object: b.ent,
					subjSpan: a.span, objSpan: b.span, quoted: s.toks[tg.t].quoted, stem: tg.stem, lexTypes: tg.lexTypes, ruleTrigger: tg.used}
				d := depFeatInput{lemma: tg.lemma, lex: len(tg.lexTypes) > 0, info: info, t: tg.t, a: a, b: b, pa: ra.path, pb: rb.path,
					direct: direct, ranka: rank(ra), rankb: rank(rb)}
				c.feats = d.features(c.Types, nil)
				c.dep = &d
				out = append(out, c)
			}
		}
	}
	return out
}

// depTrigInfo is what the parse says of a trigger word.
type depTrigInfo struct {
	tag, voice string
	neg, modal bool
	inf        bool // "to" before it
	quoted     bool
	speaker    string // the speaker of the quote holding it
}

func (f *finder) depTrigInfo(s *sentence, t *syntax.Tree, k int) depTrigInfo {
	in := depTrigInfo{tag: t.Tags[k], quoted: s.toks[k].quoted, speaker: f.speakerAt(s.toks[k].span)}
	switch {
	case strings.HasPrefix(in.tag, "VB"):
		in.voice = "active"
	case strings.HasPrefix(in.tag, "NN"):
		in.voice = "noun"
	default:
		in.voice = "other"
	}
	be := false
	for _, c := range t.Children(k) {
		w := strings.ToLower(t.Words[c])
		switch l := t.Labels[c]; {
		case l == "aux:pass" || l == "nsubj:pass":
			in.voice = "passive"
		case strings.HasPrefix(l, "aux") && depBeWords[w]:
			be = true
		case strings.HasPrefix(l, "aux") && depModalWords[w]:
			in.modal = true
		case l == "mark" && w == "to":
			in.inf = true
		case l == "advmod" || l == "det" || l == "neg":
			if depNegWords[w] {
				in.neg = true
			}
		}
	}
	if be && in.tag == "VBN" {
		in.voice = "passive"
	}
	return in
}

// depFeatInput is what a dependency candidate's features are made of.
type depFeatInput struct {
	lemma  string
	lex    bool
	info   depTrigInfo
	t      int
	a, b   *arg
	pa, pb []string
	// direct holds the arcs of the arguments one arc from the
	// trigger; ranka and rankb count the arguments nearer in the parse
	// than a and b
	direct       map[string]bool
	ranka, rankb int
}

// features returns the hashed features of the candidate with the
// trigger types types.
func (d *depFeatInput) features(types []string, dst []uint64) []uint64 {
	h := func(parts ...string) {
		x := fnvOffset
		for _, p := range parts {
			x = x.add(p)
		}
		dst = append(dst, uint64(x))
	}
	in := &d.info
	h("d.bias")
	h("d.lem", d.lemma)
	h("d.lex", strconv.FormatBool(d.lex))
	for _, ty := range types {
		h("d.ty", ty)
	}
	if len(types) > 1 {
		h("d.ambiguous")
	}
	h("d.tag", in.tag)
	h("d.voice", in.voice)
	if in.neg {
		h("d.neg")
	}
	if in.modal {
		h("d.modal")
	}
	if in.inf {
		h("d.inf")
	}
	if in.quoted {
		h("d.quoted")
	}
	joined := func(p []string) string { return strings.Join(p, " ") }
	sp, op := joined(d.pa), joined(d.pb)
	for _, l := range []string{"vnsubj", "vnsubj:pass", "vobj", "vobl:by", "vnmod:poss", "^acl:relcl"} {
		if d.direct[l] {
			h("d.direct", l)
		}
	}
	role := func(r string, x *arg, p []string, ps string, rank int) {
		side := "R"
		if x.last < d.t {
			side = "L"
		}
		first, last := p[0], p[len(p)-1]
		h(r+".path", ps)
		h(r+".path.voice", ps, in.voice)
		h(r+".path.side", ps, side)
		h(r+".first", first)
		h(r+".first.voice", first, in.voice)
		h(r+".last", last)
		h(r+".len", strconv.Itoa(len(p)))
		h(r+".typ", x.typ)
		h(r+".typ.first", x.typ, first)
		h(r+".side", side)
		dist := x.first - d.t
		if side == "L" {
			dist = d.t - x.last
		}
		h(r+".dist", bucket(dist-1))
		h(r+".rank", strconv.Itoa(min(rank, 3)))
		h(r+".rank.first", strconv.Itoa(min(rank, 3)), first)
		if len(p) > 1 && d.direct[p[0]] {
			h(r+".direct.taken", p[0])
		}
		if x.ent == in.speaker && in.speaker != "" {
			h(r + ".speaker")
		}
	}
	role("s", d.a, d.pa, sp, d.ranka)
	role("o", d.b, d.pb, op, d.rankb)
	h("d.firsts", d.pa[0], d.pb[0])
	h("d.firsts.voice", d.pa[0], d.pb[0], in.voice)
	h("d.types", d.a.typ, d.b.typ)
	order := "so"
	if d.b.first < d.a.first {
		order = "os"
	}
	h("d.order", order, in.voice)
	return dst
}

// isLowerWord reports whether w is three or more lower-case letters.
func isLowerWord(w string) bool {
	return len(w) >= 3 && strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

// TriggerTypes returns the interaction types the lexicons give word w
// (lower case).
func TriggerTypes(w string) []string {
	ts, _ := triggerTypes(w)
	return ts
}
