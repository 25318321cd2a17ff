package relation

import (
	"iter"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/syntax"
)

// The dependency tier (docs/relations.md, "Dependency tier") reads the
// arguments of the trigger words no earlier rule used off a dependency
// parse of the sentence: the subject is the trigger verb's nsubj (or a
// passive's agent), the object its obj or the obl/nmod with the
// preposition the trigger needs; control, coordination, relative clauses,
// appositions and possessors are followed in the tree rather than guessed
// from adjacency. Parsing is its cost: only sentences where a trigger
// has two parties in a shape adjacency handles badly (depWorth) are
// tagged and then parsed, once each and only up to the farthest object.

// ParseFunc parses a sentence's words into Penn Treebank tags, a head
// per word (-1 for the root) and UD relation labels (with GUM's subtypes:
// "nsubj:pass", "obl:agent", "nmod:poss", "acl:relcl" …).
type ParseFunc func(words []string) (tags []string, heads []int, labels []string)

// parser is the parse the dependency tier uses (package syntax's; nil
// turns the tier off).
var parser ParseFunc = func(words []string) ([]string, []int, []string) {
	t := syntax.Parse(words)
	return t.Tags, t.Heads, t.Labels
}

// tagger tags a sentence's words before the tier decides whether it is
// worth parsing (package syntax's; tagging costs a tenth of parsing).
var tagger = syntax.Tag

// parseAll makes the tier parse every sentence with a trigger and two
// parties, whatever depWorth says (tests of the argument paths).
var parseAll bool

// NoDependencyTier turns the dependency tier off (to compare; `newsgraph
// eval relations -nodeps`).
var NoDependencyTier atomic.Bool

// maxParseTokens bounds the sentences the tier parses: syntax.Parse
// parses a longer one in unconnected pieces of 400 words, whose paths
// between the pieces' words the tier could not follow anyway.
const maxParseTokens = 400

// A depTree is one sentence's parse, with the children of each word.
type depTree struct {
	tags, labels []string
	heads        []int
	kids         [][]int
}

// tree returns the parse of sentence s's first n tokens, parsing them on
// first use; nil when no parser is set or the parse does not fit the
// tokens.
func (f *finder) tree(s *sentence, n int) *depTree {
	if s.parsed {
		return s.dep
	}
	s.parsed = true
	if f.parse == nil {
		return nil
	}
	tags, heads, labels := f.parse(s.words(0, n))
	if len(tags) != n || len(heads) != n || len(labels) != n {
		return nil
	}
	t := &depTree{tags: tags, heads: heads, labels: labels, kids: make([][]int, n)}
	for k, h := range heads {
		if h >= n || h < -1 || h == k {
			return nil
		}
		if h >= 0 {
			t.kids[h] = append(t.kids[h], k)
		}
	}
	// a tree: from every word the heads reach the root (no cycle)
	state := make([]byte, n) // 0 unseen, 1 on the current path, 2 reaches the root
	for k := range heads {
		var path []int
		for w := k; w >= 0 && state[w] != 2; w = heads[w] {
			if state[w] == 1 {
				return nil
			}
			state[w] = 1
			path = append(path, w)
		}
		for _, w := range path {
			state[w] = 2
		}
	}
	s.dep = t
	return t
}

// tags returns the tags of sentence s's tokens lo to hi (tagged alone,
// the others left empty); nil when no tagger is set or its tags do not
// fit the tokens.
func (f *finder) tags(s *sentence, lo, hi int) []string {
	if f.tag == nil {
		return nil
	}
	tags := f.tag(s.words(lo, hi))
	if len(tags) != hi-lo {
		return nil
	}
	out := make([]string, len(s.toks))
	copy(out[lo:], tags)
	return out
}

// tagPrefix returns how many of sentence s's first tokens need tagging
// for token v to get the tag a tagging of the whole sentence gives it
// (f.tags(s, 0, n)): two words past v. syntax.Tag tags greedily left to
// right, and the features of a word read the words at most two after
// it, so the tags of a prefix that reaches two words past v are the
// whole sentence's up to v, when both are tagged in one piece (at most
// 400 words) and agree on having a lower-case letter (a word that is
// all capitals is read as in a headline): a v starting with one says
// they do. Otherwise the whole sentence. TestTagPrefix checks it.
func tagPrefix(s *sentence, v int) int {
	n := len(s.toks)
	if w := s.tokText(v); v+3 < n && n <= maxTagWords && w != "" && w[0] >= 'a' && w[0] <= 'z' {
		return v + 3
	}
	return n
}

// maxTagWords is the most words syntax.Tag tags in one piece.
const maxTagWords = 400

// label returns the relation of word k to its head, "" outside the tree.
func (t *depTree) label(k int) string {
	if k < 0 || k >= len(t.labels) {
		return ""
	}
	return t.labels[k]
}

// head returns the head of word k, -1 for the root or outside the tree.
func (t *depTree) head(k int) int {
	if k < 0 || k >= len(t.heads) {
		return -1
	}
	return t.heads[k]
}

// child returns the first child of k whose label is one of labels, -1 if
// none.
func (t *depTree) child(k int, labels ...string) int {
	for _, c := range t.kids[k] {
		for _, l := range labels {
			if t.labels[c] == l {
				return c
			}
		}
	}
	return -1
}

// isVerb reports whether word k is tagged a verb.
func (t *depTree) isVerb(k int) bool { return strings.HasPrefix(t.tags[k], "VB") }

// isNoun reports whether word k is tagged a noun.
func (t *depTree) isNoun(k int) bool { return strings.HasPrefix(t.tags[k], "NN") }

// caseOf returns the lower-case preposition marking word k ("with" in
// "with Rice"; "out of" is "of"), "" if none.
func (t *depTree) caseOf(s *sentence, k int) string {
	p := ""
	for _, c := range t.kids[k] {
		if c < k && t.labels[c] == "case" {
			p = s.low(c)
			for _, d := range t.kids[c] {
				if t.labels[d] == "fixed" && d > c {
					p = s.low(d) // "out of", "because of": the last word
				}
			}
		}
	}
	return p
}

// A depReading is one way the tier reads a trigger: its type, the
// preposition before its object ("" for a direct object), words that must
// follow the trigger ("throw (his) weight behind") and whether the object
// must be followed by an infinitive ("urged X to").
type depReading struct {
	typ, prep string
	words     []string
	to        bool
}

// depGateWords calls add with the words the tier starts from (the verbs,
// nouns and adjectives of both lexicons), repeats included: wordLexes
// marks them (wordLex.depGate).
func depGateWords(add func(string)) {
	lx, fb := lex(), fbLex()
	for _, m := range []map[string]form{lx.forms, fb.forms} {
		for w := range m {
			if fb.cameoOnly[w] && lx.forms[w].lemma == "" {
				continue // the CAMEO round's words: rare, and a tagging costs
			}
			for r := range readingsOf(lx.verbs[w], fb.verbs[w], fb.forms[w].lemma) {
				if len(r.words) == 0 {
					add(w) // not "have" for "have talks with": the noun's
					break
				}
			}
		}
	}
	for w := range fbAdjectives {
		add(w)
	}
	for _, m := range []map[string]string{nounTriggers, fbNouns, wordnetNouns} {
		for w := range m {
			add(w)
		}
	}
	for w := range attackNouns {
		add(w)
	}
}

// verbReadings returns the readings of a verb form low: the patterns'
// phrases that are a verb, a verb and a preposition ("meet with", "pull
// out of") or "X to", then the fallback's.
func verbReadings(low string) []depReading {
	var out []depReading
	for r := range readings(low) {
		// (the words are fields: comparing them is comparing them
		// joined)
		if !slices.ContainsFunc(out, func(o depReading) bool {
			return o.typ == r.typ && o.prep == r.prep && o.to == r.to && slices.Equal(o.words, r.words)
		}) {
			out = append(out, r)
		}
	}
	return out
}

// readings yields the readings of verb form low in verbReadings' order,
// repeats included: depGateWords asks only whether one has no words.
func readings(low string) iter.Seq[depReading] {
	e := lookupLex(low)
	return readingsOf(e.verbs, e.fbVerbs, e.fbForm.lemma)
}

// readingsOf yields the readings of a verb form with the trigger
// lexicons' entries verbs and fbVerbs, and fbLemma its lemma in the
// fallback lexicon (depGateWords reads the lexicons' maps, which
// lexData is built from).
func readingsOf(verbs []*trigger, fbVerbs []fbTrigger, fbLemma string) iter.Seq[depReading] {
	return func(yield func(depReading) bool) {
		for _, t := range verbs {
			ws := t.words
			r := depReading{typ: t.typ}
			switch {
			case len(ws) == 0:
			case len(ws) == 2 && ws[0] == "X" && ws[1] == "to":
				r.to = true
			case slices.Contains(ws, "X"):
				continue // "place X on a blacklist": the patterns' own
			case isPrepBefore(ws[len(ws)-1]) || ws[len(ws)-1] == "on" || ws[len(ws)-1] == "upon":
				r.prep, r.words = ws[len(ws)-1], ws[:len(ws)-1]
			default:
				continue // "hold talks": the noun's reading
			}
			if !yield(r) {
				return
			}
		}
		for _, t := range fbVerbs {
			if t.reverse || t.typ == Withdraw && phraseWithdrawals[fbLemma] {
				continue // "boycotted Hamas" is no withdrawal (triggers_cameo.go)
			}
			if !yield(depReading{typ: t.typ, prep: t.prep, words: t.words, to: t.to}) {
				return
			}
		}
	}
}

// nounType returns the type of a noun trigger, "" if low is none.
func nounType(low string) string {
	if t, ok := nounTriggers[low]; ok {
		return t
	}
	if t, ok := fbNouns[low]; ok {
		return t
	}
	if t, ok := wordnetNouns[low]; ok {
		return t
	}
	if attackNouns[low] {
		return Attack
	}
	return ""
}

// depTier runs the dependency tier on sentence s; from is the index in
// f.rels of the first relation found in s.
func (f *finder) depTier(s *sentence, from int) {
	if f.parse == nil || NoDependencyTier.Load() || len(s.toks) > maxParseTokens {
		return
	}
	// two parties at least
	first, two := "", false
	for _, a := range s.args {
		if a.dateline {
			continue
		}
		if first == "" {
			first = a.ent
		} else if a.ent != first {
			two = true
			break
		}
	}
	if !two {
		return
	}
	used, have := s.triggersUsed(f.rels[from:])
	var cands []int
	lo, hi := len(s.toks), 0
	for i := range s.toks {
		if used[i] || s.toks[i].arg >= 0 || !s.lexOf(i).depGate {
			continue
		}
		end := s.depWorth(i, nil)
		if parseAll {
			end = len(s.toks)
		}
		if end > 0 {
			cands = append(cands, i)
			lo, hi = min(lo, i), max(hi, end)
		}
	}
	if len(cands) == 0 {
		return
	}
	// the tags tell verbs from nouns ("attacks", "support"): parse only
	// when a candidate is worth it as what it is, and only the words up
	// to the farthest object (parsing is the tier's cost); the tags are
	// those of the words from the candidates (and three before them) to
	// the objects, which is all depWorth reads
	tags := f.tags(s, max(lo-3, 0), hi)
	if tags == nil {
		return
	}
	end := 0
	cands = slices.DeleteFunc(cands, func(i int) bool {
		e := s.depWorth(i, tags)
		if parseAll {
			e = len(s.toks)
		}
		end = max(end, e)
		return e == 0
	})
	if len(cands) == 0 {
		return
	}
	t := f.tree(s, end)
	if t == nil {
		return
	}
	for _, i := range cands {
		for _, r := range f.depRelations(s, t, i) {
			if have.has(r) {
				continue
			}
			have.add(r)
			f.add(s, r)
		}
	}
}

// depWorth decides whether the trigger word i, given the sentence's tags
// (nil before tagging: then both a verb's and a noun's readings count),
// is worth parsing the sentence for, and returns where the parse may stop
// (0: not worth it): two words past the object's argument (past a name
// that follows within them: "police officer Jason Van Dyke"). Parsing is
// the tier's cost, so it needs
//   - an object close after the trigger: a party (another than the
//     nearest before it) within eight words and no finite verb between,
//     for a verb after the preposition of one of its readings (within six
//     words) or followed by "to" for "urged X to", for a noun after its
//     type's preposition right after it (or "by");
//   - an actor: a party before it, or a "by" phrase after it;
//   - for a verb, an infinitive (farSubject), a passive whose "by" is not
//     right after it, or a party named through a group, institution or
//     statement word (ownedParty); for a noun, a possessor, a light verb
//     or a "by" phrase (possessedNoun).
func (s *sentence) depWorth(i int, tags []string) int {
	before := ""
	for k := i - 1; k >= 0; k-- {
		if a := s.argAt(k); a != nil && !a.dateline {
			before = a.ent
			break
		}
	}
	finite := func(k int) bool {
		if tags == nil || tags[k] == "" {
			return s.in(k, wsFiniteWords) // before tagging, the common ones
		}
		t := tags[k]
		return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD"
	}
	// party returns the first token of a party other than before from
	// k on within n tokens, no finite verb between; -1 if none.
	party := func(k, n int) int {
		for end := min(k+n, len(s.toks)); k < end && !finite(k); k++ {
			if a := s.argAt(k); a != nil && !a.dateline && a.ent != before {
				return k
			}
		}
		return -1
	}
	// upTo returns where the parse may stop for an object at token k:
	// two words after its argument (k < 0: 0, not worth parsing).
	upTo := func(k int) int {
		if k < 0 {
			return 0
		}
		end := s.argAt(k).last + 3
		for m := end - 2; m <= end && m < len(s.toks); m++ {
			if a := s.argAt(m); a != nil {
				end = a.last + 3 // "Chicago police officer Jason Van Dyke"
				m = a.last
			}
		}
		return min(end, len(s.toks))
	}
	// prep returns the first party after a word of preps from k on
	// within n tokens (at most four words after the word), -1 if none.
	prep := func(k, n int, preps func(string) bool) int {
		for end := min(k+n, len(s.toks)); k < end && !finite(k); k++ {
			if preps(s.low(k)) {
				if p := party(k+1, 4); p >= 0 {
					return p
				}
			}
		}
		return -1
	}
	if party(i+1, 8) < 0 {
		return 0
	}
	byAgent := prep(i+1, 8, func(p string) bool { return p == "by" })
	if before == "" && byAgent < 0 {
		return 0 // no actor: none before it, no "by X" after it
	}
	tag := ""
	if tags != nil {
		tag = tags[i]
	}
	low := s.toks[i].low
	lowLex := s.lexAt(i)
	noun := tag == "" || strings.HasPrefix(tag, "NN")
	verb := tag == "" || strings.HasPrefix(tag, "VB") || tag == "JJ"
	if noun && s.possessedNoun(i) {
		if typ := nounType(low); typ != "" {
			if k := prep(i+1, 3, func(p string) bool { return nounPreps[typ][p] || fbNounPreps[typ][p] || p == "by" }); k >= 0 {
				return max(upTo(k), upTo(byAgent)) // "the murder of X by Y"
			}
		}
	}
	participle := tag == "VBN" || tag == "" && (lowLex.form.part || lowLex.fbForm.part)
	if verb && before != "" && participle && byAgent >= 0 && !s.byRightAfter(i) {
		// a passive whose agent the rules' adjacency misses: "were
		// greeted at the airport by X" (not "was praised by X")
		return upTo(byAgent)
	}
	if verb && before != "" && (s.farSubject(i) || s.ownedParty(i)) {
		rds := verbReadings(low)
		if adj, ok := fbAdjectives[low]; ok {
			rds = append(rds, depReading{typ: adj.typ, prep: adj.prep})
		}
		for _, rd := range rds {
			j := i + 1
			if len(rd.words) > 0 {
				if j = s.matchWords(j, rd.words); j < 0 {
					continue // "take issue with": not "took"
				}
			}
			switch {
			case rd.to:
				if k := party(j, 6); k >= 0 && s.toAfter(k) {
					return min(upTo(k)+2, len(s.toks)) // the infinitive too
				}
			case rd.prep != "":
				if k := prep(j, 6, func(p string) bool { return p == rd.prep }); k >= 0 {
					return upTo(k)
				}
			default:
				if k := party(j, 8); k >= 0 {
					return upTo(k)
				}
			}
		}
	}
	return 0
}

// farSubject reports whether the verb at i stands where the rules'
// adjacency seldom reaches its subject and the parse does: an infinitive
// ("was scheduled to meet", "is not ready to support"). Verbs in a
// relative clause ("which has allied itself with"), after a conjunction
// or a comma, or with other words before them were parsed too at first;
// on the development sets they added nothing and doubled to quadrupled
// the parses (relative clauses are long).
func (s *sentence) farSubject(i int) bool {
	return s.low(i-1) == "to" || s.low(i-1) == "not" && s.low(i-2) == "to"
}

// ownedParty reports whether a party of the verb at i is named by a word
// that stands for its owner, which the tree's owner path reads and
// adjacency does not: a group, institution or vehicle word right before
// the verb group with a name among the three words before it ("the BLM
// group is calling on", "an Israeli reconnaissance drone fired"), or a
// group or statement noun after the verb with a name right before it
// ("called on the Lebanese people", "rejected a US proposal").
func (s *sentence) ownedParty(i int) bool {
	owned := func(k int) bool {
		lLex := s.lexAt(k)
		return k >= 0 && k < len(s.toks) && s.toks[k].arg < 0 && (lLex.in(wsInstitution) || lLex.in(wsGroupNouns) || lLex.in(wsPeopleNouns))
	}
	vg := s.verbGroupStart(i)
	if k := vg - 1; k >= 0 && owned(k) {
		for m := k - 1; m >= 0 && m >= k-3; m-- {
			if s.toks[m].arg >= 0 {
				return true
			}
		}
	}
	for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
		if s.toks[k].arg >= 0 {
			a := s.argAt(k)
			lLex := s.lexAt(a.last + 1)
			return owned(a.last+1) || lLex.in(wsStatementNouns) || lLex.in(wsActionNouns)
		}
	}
	return false
}

// possessedNoun reports whether a noun at i may have an actor the parse
// finds: a possessor before it ("Russia's long and costly support"), a
// light verb before it ("imposed tough new trade sanctions"), or a "by"
// agent after it.
func (s *sentence) possessedNoun(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch l := s.low(k); {
		case l == "'s" || l == "his" || l == "her" || l == "its" || l == "their":
			return true
		case k >= i-4 && (s.in(k, wsLightVerbs) || s.in(k, wsFbLightVerbs) || s.lexAt(k).form.lemma == "impose"):
			return true
		}
	}
	for k := i + 1; k < len(s.toks) && k <= i+8; k++ {
		if s.low(k) == "by" {
			return true
		}
	}
	return false
}

// finiteWords are finite verbs common enough to end an object's search
// before the sentence is tagged.
var finiteWords = set("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
	"might", "must", "should", "says", "said", "do", "does", "did")

// byRightAfter reports whether "by" follows the verb at i directly or
// over one word ("was praised by", "was backed strongly by"), where the
// rules read the agent.
func (s *sentence) byRightAfter(i int) bool {
	return s.low(i+1) == "by" || s.low(i+2) == "by"
}

// toAfter reports whether "to" follows the argument at token k, at most
// one word after it: "urged Tehran to", "asked the government to".
func (s *sentence) toAfter(k int) bool {
	a := s.argAt(k)
	return a != nil && (s.low(a.last+1) == "to" || s.low(a.last+2) == "to")
}

// depRelations reads the relations of the trigger word i off the tree.
func (f *finder) depRelations(s *sentence, t *depTree, i int) []document.Relation {
	low := s.toks[i].low
	switch {
	case t.isVerb(i):
		return f.depVerb(s, t, i, verbReadings(low))
	case t.tags[i] == "JJ" || t.tags[i] == "VBN":
		if adj, ok := fbAdjectives[low]; ok {
			return f.depVerb(s, t, i, []depReading{{typ: adj.typ, prep: adj.prep}})
		}
	case t.isNoun(i):
		if typ := nounType(low); typ != "" {
			return f.depNoun(s, t, i, typ)
		}
	}
	return nil
}

// depVerb reads a verb (or adjective) trigger at i.
func (f *finder) depVerb(s *sentence, t *depTree, i int, readings []depReading) []document.Relation {
	if len(readings) == 0 {
		return nil
	}
	if t.tags[i] == "VBG" && t.child(i, "aux") < 0 {
		switch t.label(i) {
		case "advcl", "acl", "conj", "acl:relcl", "ccomp":
			if a := s.argAt(i + 1); s.low(i-1) != "," && (s.in(i+1, wsTitleWords) || a != nil && a.typ == document.MISC) {
				return nil // "told visiting French Minister X": an adjective
			}
		default:
			return nil
		}
	}
	passive := t.child(i, "nsubj:pass", "aux:pass") >= 0 || t.label(i) == "acl" && t.tags[i] == "VBN"
	vg := s.verbGroupStart(i)
	for _, rd := range readings {
		end := i + 1
		if len(rd.words) > 0 {
			if end = s.matchWords(i+1, rd.words); end < 0 {
				continue
			}
		}
		var subjs, objs []*arg
		ow := -1
		if passive {
			if rd.prep != "" || rd.to || len(rd.words) > 0 {
				continue
			}
			subjs = f.depArgs(s, t, t.agent(s, i))
			if len(subjs) == 0 && (rd.typ == Kill || rd.typ == Attack) {
				subjs = f.strikeActor(s, t, i) // "were killed in airstrikes carried out by X"
			}
			ow = t.patient(i)
			objs = f.depArgs(s, t, ow)
		} else {
			subjs = f.depArgs(s, t, t.subject(s, i, 0))
			switch {
			case rd.prep != "":
				for _, c := range t.prepObjects(s, i, end, rd.prep) {
					if objs = f.depArgs(s, t, c); len(objs) > 0 {
						ow = c
						break
					}
				}
			default:
				ow = t.child(i, "obj")
				if ow < 0 {
					ow = t.child(i, "iobj")
				}
				objs = f.depArgs(s, t, ow)
			}
			if rd.to && (ow < 0 || t.child(i, "xcomp") < 0) {
				continue
			}
		}
		if ow >= 0 && (rd.typ == Kill || rd.typ == Arrest || rd.typ == Attack) && s.argAt(ow) == nil {
			objs = nil // "killed four Ruritanian soldiers": the soldiers, not Ruritania
		}
		if len(objs) == 0 && ow >= 0 && !passive && possessive[rd.typ] {
			objs = f.statementOwner(s, t, ow) // "rejected a US proposal"
		}
		if len(subjs) == 0 {
			continue
		}
		if len(objs) == 0 && (rd.typ == Meet || rd.typ == Agree) && !passive && rd.prep == "" && len(subjs) >= 2 && !t.hasObject(s, i) {
			// "Ahern and Blair met": the pair
			objs, subjs = subjs[1:], subjs[:1]
		}
		if len(objs) == 0 && ow >= 0 && (rd.typ == Kill || rd.typ == Arrest || rd.typ == Attack) && rd.prep == "" {
			// a counted group of people: "killed four soldiers", "two
			// militants were arrested by X"
			if text, sp := s.victimPhrase(f.doc, t.phraseStart(ow)); text != "" && sp.End == s.toks[ow].span.End {
				var out []document.Relation
				for _, subj := range subjs {
					if subj.dateline || subj.typ == "PRON" || subj.place && !isCountryArg(s, subj) {
						continue
					}
					r := f.relation(s, rd.typ, subj, nil, i, i+1, vg)
					r.ObjectText, r.ObjectSpan = text, &sp
					out = append(out, r)
				}
				if len(out) > 0 {
					return out
				}
			}
		}
		if len(objs) == 0 {
			continue
		}
		if out := f.depBuild(s, rd.typ, subjs, objs, i, i+1, vg); len(out) > 0 {
			return out
		}
	}
	return nil
}

// phraseStart returns the first word of the noun phrase headed by w: its
// leftmost determiner, number, modifier or compound.
func (t *depTree) phraseStart(w int) int {
	start := w
	for _, c := range t.kids[w] {
		if c < start {
			switch t.labels[c] {
			case "det", "nummod", "amod", "compound", "advmod", "nmod:poss":
				if s := t.phraseStart(c); s < start {
					start = s
				}
			}
		}
	}
	return start
}

// strikeActor returns the actor of an attack named in a passive's "in"
// phrase: "were killed in an Israeli air strike", "in airstrikes carried
// out by Israeli army aircraft".
func (f *finder) strikeActor(s *sentence, t *depTree, k int) []*arg {
	for _, c := range t.kids[k] {
		if !strings.HasPrefix(t.labels[c], "obl") || t.caseOf(s, c) != "in" || !s.in(c, wsAttackNouns) {
			continue
		}
		for _, d := range t.kids[c] {
			if d > c && t.labels[d] == "acl" && t.tags[d] == "VBN" {
				if ag := t.agent(s, d); ag >= 0 {
					return f.depArgs(s, t, ag)
				}
			}
		}
		for _, d := range t.kids[c] {
			if d < c && (t.labels[d] == "amod" || t.labels[d] == "compound" || t.labels[d] == "nmod:poss") {
				if a := s.argAt(d); a != nil && a.typ != "PRON" && (a.typ != document.MISC || f.countryOf(s, a) != "") {
					return []*arg{a}
				}
			}
		}
	}
	return nil
}

// depNoun reads a noun trigger at i of type typ: its object after the
// type's preposition (on the noun, or on the verb whose object it is:
// "imposed sanctions on Iran"), its actor the possessor ("Russia's
// support"), "by X", a name modifying it ("U.S. sanctions"; not for
// meetings and visits) or the subject of the light verb whose object it
// is ("held talks with").
func (f *finder) depNoun(s *sentence, t *depTree, i int, typ string) []document.Relation {
	preps := func(p string) bool { return nounPreps[typ][p] || fbNounPreps[typ][p] }
	ow := -1
	for _, c := range t.kids[i] {
		if c > i && strings.HasPrefix(t.labels[c], "nmod") && t.labels[c] != "nmod:poss" && preps(t.caseOf(s, c)) {
			ow = c
			break
		}
	}
	h := t.head(i)
	light := h >= 0 && t.label(i) == "obj" && t.isVerb(h) && (s.in(h, wsLightVerbs) || s.in(h, wsFbLightVerbs) || s.lexAt(h).form.lemma == "impose")
	if ow < 0 && light {
		for _, c := range t.kids[h] {
			if c > i && strings.HasPrefix(t.labels[c], "obl") && preps(t.caseOf(s, c)) {
				ow = c
				break
			}
		}
	}
	objs := f.depArgs(s, t, ow)
	if len(objs) == 0 {
		return nil
	}
	var subjs []*arg
	if p := t.child(i, "nmod:poss"); p >= 0 {
		if a := f.possessive(s, p); a != nil {
			subjs = []*arg{a}
		}
	}
	if subjs == nil {
		// "by X" on the noun, or on its object ("the murder of a
		// teenager by a police officer", attached either way)
		for _, w := range []int{i, ow} {
			if w < 0 {
				continue
			}
			for _, c := range t.kids[w] {
				if c > i && strings.HasPrefix(t.labels[c], "nmod") && t.caseOf(s, c) == "by" {
					subjs = f.depArgs(s, t, c)
					break
				}
			}
			if subjs != nil {
				break
			}
		}
	}
	if subjs == nil {
		// "airstrikes carried out by Israeli aircraft", "sanctions
		// imposed by the EU"
		for _, c := range t.kids[i] {
			if c > i && t.labels[c] == "acl" && t.tags[c] == "VBN" {
				if ag := t.agent(s, c); ag >= 0 {
					subjs = f.depArgs(s, t, ag)
					break
				}
			}
		}
	}
	if subjs == nil && typ != Meet && typ != Visit && typ != Agree && typ != Withdraw {
		for _, c := range t.kids[i] {
			if c < i && (t.labels[c] == "compound" || t.labels[c] == "amod") {
				if a := s.argAt(c); a != nil && a.typ != "PRON" && (a.typ != document.MISC || f.countryOf(s, a) != "") {
					subjs = []*arg{a}
				}
			}
		}
	}
	if subjs == nil && light {
		subjs = f.depArgs(s, t, t.subject(s, h, 0))
	}
	if len(subjs) == 0 {
		return nil
	}
	vg := i
	if light {
		vg = s.verbGroupStart(h)
	}
	return f.depBuild(s, typ, subjs, objs, i, i+1, vg)
}

// depBuild makes the relations of each subject with each object, with
// the type constraints of the fallback tier.
func (f *finder) depBuild(s *sentence, typ string, subjs, objs []*arg, i, end, vg int) []document.Relation {
	var out []document.Relation
	for _, subj := range subjs {
		for _, obj := range objs {
			ty := typ
			if ty == Attack && isPerson(subj) && isPerson(obj) {
				ty = Criticize // people attack people in words
			}
			if subj.dateline || obj.dateline || !fbFits(s, ty, subj, obj) {
				continue
			}
			out = append(out, f.relation(s, ty, subj, obj, i, end, vg))
		}
	}
	return out
}

// subject returns the word that is the subject of the verb k: its nsubj
// (the antecedent of a relative pronoun), else for a coordinated verb the
// first verb's subject, for an infinitive the controller (the object of
// "urged X to", else the subject of "pledged to"), for a participle
// clause the subject of the verb it modifies, for a participle modifying
// a noun ("troops attacking the town") the noun; -1 if none.
func (t *depTree) subject(s *sentence, k, depth int) int {
	if k < 0 || depth > 4 {
		return -1
	}
	if c := t.child(k, "nsubj"); c >= 0 {
		if rel := s.low(c); (rel == "who" || rel == "which" || rel == "that") && t.label(k) == "acl:relcl" {
			return t.head(k)
		}
		if t.child(c, "case") >= 0 {
			return -1 // a subject has no preposition or "'s": a misparse ("in Martha's Vineyard instead of making")
		}
		return c
	}
	h := t.head(k)
	if h < 0 {
		return -1
	}
	switch t.label(k) {
	case "conj":
		if t.isVerb(h) && t.child(h, "nsubj:pass", "aux:pass") < 0 {
			return t.subject(s, h, depth+1)
		}
	case "xcomp":
		if o := t.child(h, "obj"); o >= 0 && o < k {
			return o // "urged Tehran to cooperate"
		}
		if t.isVerb(h) || t.tags[h] == "JJ" {
			return t.subject(s, h, depth+1) // "pledged to support", "ready to negotiate"
		}
	case "advcl":
		if t.tags[k] == "VBG" && t.child(k, "mark") < 0 {
			return t.subject(s, h, depth+1) // ", accusing …"
		}
	case "acl":
		if t.tags[k] == "VBG" {
			return h
		}
	}
	return -1
}

// hasObject reports whether the verb k has an object or a "with" phrase:
// "A and B met with reporters" is no meeting of A and B.
func (t *depTree) hasObject(s *sentence, k int) bool {
	for _, c := range t.kids[k] {
		if t.labels[c] == "obj" || strings.HasPrefix(t.labels[c], "obl") && t.caseOf(s, c) == "with" {
			return true
		}
	}
	return false
}

// agent returns the agent of the passive verb k ("by X"), -1 if none:
// its obl:agent or "by" obl, or a "by" phrase the parse hung on one of
// its obl ("were greeted at the airport by X").
func (t *depTree) agent(s *sentence, k int) int {
	if c := t.child(k, "obl:agent"); c >= 0 {
		return c
	}
	for _, c := range t.kids[k] {
		if c > k && t.labels[c] == "obl" && t.caseOf(s, c) == "by" {
			return c
		}
	}
	for _, c := range t.kids[k] {
		if c > k && strings.HasPrefix(t.labels[c], "obl") {
			for _, d := range t.kids[c] {
				if d > c && strings.HasPrefix(t.labels[d], "nmod") && t.caseOf(s, d) == "by" {
					return d
				}
			}
		}
	}
	return -1
}

// patient returns the one acted on by the passive verb k: its
// nsubj:pass, the noun a reduced relative modifies ("a law backed by
// X"), or for a coordinated passive the first verb's; -1 if none.
func (t *depTree) patient(k int) int {
	if c := t.child(k, "nsubj:pass"); c >= 0 {
		return c
	}
	switch t.label(k) {
	case "acl":
		return t.head(k)
	case "conj":
		if h := t.head(k); h >= 0 && t.isVerb(h) {
			return t.patient(h)
		}
	}
	return -1
}

// prepObjects returns the words after preposition p that depend on the
// verb k (or on a word of its phrase up to end), time expressions aside
// ("called on Monday on X").
func (t *depTree) prepObjects(s *sentence, k, end int, p string) []int {
	var out []int
	for w := k; w < end && w < len(t.kids); w++ {
		for _, c := range t.kids[w] {
			if c >= end && s.toks[c].tx < 0 && (strings.HasPrefix(t.labels[c], "obl") || strings.HasPrefix(t.labels[c], "nmod") || t.labels[c] == "obj") && t.caseOf(s, c) == p {
				out = append(out, c)
			}
		}
	}
	return out
}

// depArgs returns the arguments word w stands for, with the names
// coordinated with it ("Germany, Italy and Spain"); none when w is -1.
func (f *finder) depArgs(s *sentence, t *depTree, w int) []*arg {
	if w < 0 {
		return nil
	}
	var out []*arg
	seen := map[string]bool{}
	var walk func(w, depth int)
	walk = func(w, depth int) {
		if a := f.depArg(s, t, w); a != nil && !seen[a.ent] {
			seen[a.ent] = true
			out = append(out, a)
		}
		if depth > 8 {
			return
		}
		for _, c := range t.kids[w] {
			if t.labels[c] == "conj" && !t.isVerb(c) {
				walk(c, depth+1)
			}
		}
	}
	walk(w, 0)
	return out
}

// depArg returns the argument word w stands for: the mention or resolved
// pronoun or description it is part of, the owner of an institution
// ("the Israeli army", "Russia's forces"), the name set beside a role
// noun ("his counterpart, Ariel Sharon"); nil if none.
func (f *finder) depArg(s *sentence, t *depTree, w int) *arg {
	ok := func(a *arg) bool {
		return a != nil && !a.dateline && (a.typ != document.MISC || f.countryOf(s, a) != "" || s.groupHead(a))
	}
	if a := s.argAt(w); a != nil {
		if a.typ == document.MISC && !s.groupHead(a) {
			return nil // "a Mexican", "the Israeli" (but "Palestinians")
		}
		if ok(a) {
			return a
		}
		return nil
	}
	if a := f.owner(s, t, w, 0); a != nil && ok(a) {
		return a
	}
	lowLex := s.lexAt(w)
	if lowLex.in(wsPlaceNouns) {
		// "the town of Jenin" (roles.go's kinds of place)
		for _, c := range t.kids[w] {
			if c > w && strings.HasPrefix(t.labels[c], "nmod") && t.caseOf(s, c) == "of" {
				if a := s.argAt(c); a != nil && a.place {
					return a
				}
			}
		}
	}
	if t.isNoun(w) && isLower(s.toks[w].text) {
		// the name set beside a noun: "his counterpart, Ariel Sharon",
		// "Chicago teenager Laquan McDonald", "President Lee"
		for _, c := range t.kids[w] {
			if l := t.labels[c]; c > w && (l == "appos" || l == "flat" || l == "compound") {
				if a := s.argAt(c); a != nil && isPerson(a) {
					return a
				}
			}
		}
	}
	return nil
}

// groupNouns stand for the country, body or people that modifies them,
// besides institution words: "the Lebanese people", "Israeli army
// aircraft", "a U.S. navy fleet".
var groupNouns = set("people", "aircraft", "drone", "drones", "tanks", "helicopters", "helicopter", "fleet",
	"planes", "plane", "navy", "force", "unit", "units", "squad", "officers", "spokesman", "spokeswoman",
	"spokesperson", "spokesmen", "representative", "representatives", "embassy", "ambassador",
	"ship", "ships", "warship", "destroyer", "destroyers", "frigate", "frigates", "vessel", "vessels",
	"submarine", "submarines", "carrier", "cruiser", "group", "groups", "movement", "organisation",
	"organization", "network", "faction")

// owner returns the party an institution or group word w stands for:
// the name, nationality or possessor modifying it ("the Israeli army",
// "Russia's forces", "a spokesman for UKIP"), through compounds of such
// words ("Israeli army aircraft"); nil if none.
func (f *finder) owner(s *sentence, t *depTree, w, depth int) *arg {
	lowLex := s.lexAt(w)
	if depth > 2 || !lowLex.in(wsInstitution) && !lowLex.in(wsGroupNouns) && !lowLex.in(wsPeopleNouns) {
		return nil
	}
	for _, c := range t.kids[w] {
		l := t.labels[c]
		if l == "compound" || l == "amod" || l == "nmod:poss" || strings.HasPrefix(l, "nmod") && c > w && (t.caseOf(s, c) == "of" || t.caseOf(s, c) == "for") {
			if a := s.argAt(c); a != nil {
				if a.typ == document.MISC && f.countryOf(s, a) == "" && !lowLex.in(wsInstitution) && !lowLex.in(wsGroupNouns) {
					continue // "Hezbollah militants" yes, "Christian leaders" no
				}
				return a
			}
			if l == "nmod:poss" {
				if a := f.possessive(s, c); a != nil {
					return a
				}
			}
			// "Israeli army aircraft", "the U.S. navy's missile
			// destroyer", "a ship of the Chinese navy"
			if a := f.owner(s, t, c, depth+1); a != nil {
				return a
			}
		}
	}
	return nil
}

// statementOwner returns the party whose statement or action the noun w
// names, for what is supported, criticised, blamed, sanctioned or
// threatened: its possessor, a name or nationality modifying it, or "of"
// or "by" a name ("rejected a US proposal", "opposed to North Korea's
// nuclear program", "the human rights record of Burma"); none if w is no
// such noun.
func (f *finder) statementOwner(s *sentence, t *depTree, w int) []*arg {
	lowLex := s.lexAt(w)
	if s.argAt(w) != nil || !lowLex.in(wsStatementNouns) && !lowLex.in(wsActionNouns) && !lowLex.in(wsPhraseHeads) {
		return nil
	}
	for _, c := range t.kids[w] {
		l := t.labels[c]
		switch {
		case l == "nmod:poss":
			if a := f.possessive(s, c); a != nil {
				return []*arg{a}
			}
		case c < w && (l == "compound" || l == "amod"):
			if a := s.argAt(c); a != nil && a.typ != "PRON" && (a.typ != document.MISC || f.countryOf(s, a) != "") {
				return []*arg{a}
			}
		case c > w && strings.HasPrefix(l, "nmod") && (t.caseOf(s, c) == "of" || t.caseOf(s, c) == "by"):
			if as := f.depArgs(s, t, c); len(as) > 0 {
				return as
			}
		}
	}
	return nil
}

// possessive returns the argument a possessor word k names: a name
// ("Russia's support") or a possessive pronoun the resolver knows ("his
// visit"); nil if none.
func (f *finder) possessive(s *sentence, k int) *arg {
	if a := s.argAt(k); a != nil {
		if a.dateline || a.typ == document.MISC && f.countryOf(s, a) == "" {
			return nil
		}
		return a
	}
	if l := s.low(k); (l == "his" || l == "her" || l == "their" || l == "its") && f.res != nil {
		if id := f.res.Speaker(s.toks[k].span); id != "" {
			return &arg{first: k, last: k, span: s.toks[k].span, ent: id, typ: "PRON"}
		}
	}
	return nil
}
