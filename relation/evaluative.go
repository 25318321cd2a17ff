package relation

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Evaluations passed in speech, second round (branch relrecall2,
// docs/relations.md "Negated praise, owners of acts"): saidJudgement
// reads two more forms of a speaker's negative judgement of a named
// party's act or statement.
//
//   - negated praise: "X said Y's refusal was not a good thing", “Y's
//     plan is not helpful,” X said, "X said it was not appropriate for Y to …":
//     a closed list of clearly positive evaluations, negated right after
//     the copula, is criticism (a double negation, "is not not good", or
//     praise unnegated gives nothing);
//   - the owner of an act named by a noun with an infinitive after it:
//     "Y's refusal to support him was …", "Y's decision to close the
//     plant is wrong" — before, the object of the infinitive ("him") was
//     taken for the judged party; and acts the statement nouns lacked:
//     "Y's argument", "Y's refusal", "Y's handling".

// negatedPraise are the evaluations that judge when negated: "is not a
// good thing", "was not helpful", "is not acceptable".
var negatedPraise = set("good", "helpful", "acceptable", "appropriate", "constructive", "wise", "sensible",
	"responsible", "fair", "justified", "legitimate", "credible")

// praiseHeads may follow a negated praise and belong to the trigger: "not
// a good thing", "not a wise move", "not a good idea for Y to".
var praiseHeads = set("thing", "idea", "move", "step", "decision", "choice", "sign", "development", "approach")

// judgedActs are nouns of a possessed act or statement a judgement may be
// passed on, beside statementNouns: "Y's refusal to …", "Y's argument".
var judgedActs = set("refusal", "failure", "argument", "arguments", "handling", "response", "move", "attempt",
	"attempts", "bid", "decision", "plan", "plans", "proposal", "call", "demand", "demands", "offer", "remarks",
	"comments", "policy", "policies", "stance", "actions", "action", "conduct", "behaviour", "behavior", "treatment",
	"campaign", "candidacy", "leadership", "record") // r3speech: "Y's campaign was “tragic”"

// negatedPraiseAt reports whether the praise word at i is negated right
// after a copula: it returns the index after the copula (the "not", or a
// quote mark before it), or -1.
// Degree words and "a" may stand between ("not a very good thing",
// “not ‘helpful’”).
func (s *sentence) negatedPraiseAt(i int) int {
	if !s.in(i, wsNegatedPraise) {
		return -1
	}
	k := i - 1
	for k > 0 && (s.in(k, wsJudgeDegree) || isQuoteMark(s.toks[k].text) || s.toks[k].text == "‘" || s.toks[k].text == "'") {
		k--
	}
	if s.low(k) != "not" && s.low(k) != "n't" {
		return -1
	}
	k--
	for k > 0 && (isQuoteMark(s.toks[k].text) || s.toks[k].text == "‘" || s.toks[k].text == "'") {
		k-- // was “not a good thing”
	}
	if !s.in(k, wsBeForms) || s.low(k-1) == "not" || s.low(k-1) == "n't" || s.low(k-1) == "never" {
		return -1
	}
	for m := k - 1; m >= 0 && !isSegmentEnd(s.toks[m].text); m-- {
		if l := s.low(m); l == "if" || l == "unless" || l == "whether" {
			return -1 // a condition: "if indeed Y is not legitimate, then …"
		}
	}
	return k + 1
}

// ownedActTo returns the owner of a possessed act with an infinitive
// ending at k: "Y's refusal to support him" (k at "him"), "Y's decision
// to close the plant"; nil when there is none. Up to three words follow
// the "to", none of them a comma, a quote mark or "and".
func (s *sentence) ownedActTo(k int) *arg {
	for m := k - 1; m >= k-4 && m > 2; m-- {
		w := s.low(m)
		if w == "," || w == "and" || isQuoteMark(s.toks[m].text) {
			return nil
		}
		if w != "to" {
			continue
		}
		if !judgedActs[s.low(m-1)] && !s.in(m-1, wsStatementNouns) {
			return nil
		}
		return s.ownerBefore(m - 1)
	}
	return nil
}

// ownerBefore returns the name before "'s" before the act noun at n (up
// to two lower-case modifiers between: "Y's new plan"), or nil.
func (s *sentence) ownerBefore(n int) *arg {
	m := n - 1
	for m > n-3 && m > 0 && isLower(s.toks[m].text) && s.toks[m].arg < 0 && s.low(m) != "'s" {
		m--
	}
	if s.low(m) != "'s" {
		return nil
	}
	return s.argAt(m - 1)
}

// wantForms are the forms of "want" that voice a demand on someone: "They
// want the government to withdraw the regulations".
var wantForms = set("want", "wants", "wanted")

// wishedStates after "want Y to" make a wish, not a demand: "Putin
// wanted Trump to win".
var wishedStates = set("win", "lose", "succeed", "fail", "be", "become", "stay", "remain", "get", "have", "feel",
	"know", "see", "understand", "hear", "like", "enjoy", "go", "come", "prosper", "thrive", "survive", "run", "take")

// wantUrge reads "X want(s) Y to VERB" at "want" (i): X urges Y, as the
// gold sets annotate it (sets D and E: "The unions want the government
// to withdraw these regulations"). Y is a name, a group or a pronoun the
// resolver gives, right after the verb (determiners aside) and followed
// by "to" and a lower-case word; a negated want ("does not want Y to"),
// a question ("whether she wanted Y to"),
// a want of oneself or of a town gives nothing. The subject is read as
// hopeUrge reads it.
func (f *finder) wantUrge(s *sentence, i int) []document.Relation {
	if !s.in(i, wsWantForms) || s.in(i-1, wsDeterminers) || s.low(i-1) == "'s" {
		return nil
	}
	if p := s.low(i - 1); p == "not" || p == "n't" || p == "never" {
		return nil
	}
	for m := i - 1; m >= 0 && m >= i-4 && !isSegmentEnd(s.toks[m].text); m-- {
		if l := s.low(m); l == "whether" || l == "if" {
			return nil // a question: "asked whether she wanted Y to …"
		}
	}
	j := s.pastDeterminers(i + 1)
	obj := s.argAt(j)
	if obj == nil || obj.first != j || !s.judgedParty(obj) {
		return nil
	}
	end := obj.last + 1
	if obj.typ == document.MISC {
		end = s.groupEnd(obj)
	}
	if s.low(end) != "to" || end+1 >= len(s.toks) || !isLower(s.toks[end+1].text) || s.in(end+1, wsDeterminers) || s.toks[end+1].arg >= 0 ||
		wishedStates[s.low(end+1)] {
		return nil
	}
	vg := s.verbGroupStart(i)
	subj := f.wishSubject(s, i, vg)
	if subj == nil || subj.ent == obj.ent || !fbFits(s, Urge, subj, obj) {
		return nil
	}
	r := f.relation(s, Urge, subj, obj, i, i+1, vg)
	if r.Negated {
		return nil
	}
	return []document.Relation{r}
}

// statementKin are the nouns one statement may be named by again: "Y's
// remarks … These remarks are unacceptable", "Y's comments … The
// comments".
var statementKin = set("remarks", "comments", "statement", "statements", "words", "claims", "remark", "comment", "claim")

// earlierDeterminers open a statement named again: "These remarks",
// "The comments", "Such statements".
var earlierDeterminers = set("these", "those", "this", "that", "the", "such")

// earlierStatement reads a statement named again at the noun k ("These
// remarks are unacceptable," the spokeswoman said): the owner of "Y's
// remarks" (the same noun or one of statementKin, one modifier between)
// in this sentence before k or in the two before it, the latest one; it
// returns an argument of the owner spanning the phrase, or nil.
func (f *finder) earlierStatement(s *sentence, k int) *arg {
	if !statementKin[s.low(k)] && !reportNouns[s.low(k)] || !earlierDeterminers[s.low(k-1)] || s.toks[k-1].arg >= 0 {
		return nil
	}
	from := f.doc.Sentences[max(s.idx-2, 0)].Start // this sentence and the two before
	at := s.toks[k-1].span.Start
	ms := f.doc.Mentions
	for m := sort.Search(len(ms), func(m int) bool { return ms[m].Start >= at }) - 1; m >= 0; m-- {
		men := ms[m]
		if men.End > at {
			continue
		}
		if men.Start < from {
			break
		}
		if men.Entity == "" || !(statementKin[s.low(k)] && ownsStatement(f.doc.Text[men.End:])) &&
			!ownedBefore(f.doc.Text[max(men.Start-40, 0):men.Start], s.low(k)) { // "a report by Y" (speech4.go)
			continue
		}
		e := f.ents[men.Entity]
		if e == nil || e.Type != document.PER && e.Type != document.ORG {
			return nil // the latest owner is no person or body
		}
		sp := document.Span{Start: at, End: s.toks[k].span.End}
		return &arg{first: k - 1, last: k, span: sp, ent: men.Entity, typ: e.Type}
	}
	return nil
}

// ownsStatement reports whether text (after a name) opens a possessed
// statement: "'s remarks", "’s recent comments".
func ownsStatement(text string) bool {
	rest, ok := strings.CutPrefix(text, "'s ")
	if !ok {
		if rest, ok = strings.CutPrefix(text, "’s "); !ok {
			return false
		}
	}
	ws := strings.Fields(rest)
	for n := 0; n < 2 && n < len(ws); n++ {
		w := strings.ToLower(strings.Trim(ws[n], ".,;:!?\"“”'’"))
		if statementKin[w] {
			return true
		}
		if w == "" || w != ws[n] && strings.ToLower(ws[n]) != ws[n] {
			return false
		}
	}
	return false
}
