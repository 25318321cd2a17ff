package relation

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Phrase subjects (branch phrasesubj): "police arrested Griffin", "a
// federal judge ordered the prosecutor to …", "the government withdrew
// their passports". The actor is a party named by its role, no entity;
// the relation then has no Subject and a SubjectText ("police", "a
// federal judge"), as a relation with a phrase object has ObjectText.
//
// The sentence view marks such a noun phrase as an argument whose entity
// is a placeholder (phraseID) once every entity, pronoun and description
// the resolver knows has had its turn, so that a name, or a description
// resolved to one, always wins over the phrase. The rules then read it as
// they read a name; Find turns the placeholder into SubjectText at the
// end and drops every relation that has it anywhere else (as an object,
// in a role or a location).

// agentHeads are the head nouns of a phrase that can act as a party: a
// body or a group that arrests, rules, attacks, orders, meets.
var agentHeads = set("police", "policemen", "troops", "soldiers", "army", "military", "navy",
	"forces", "rebels", "militants", "insurgents", "guerrillas", "gunmen", "protesters", "demonstrators",
	"judge", "court", "tribunal", "prosecutor", "prosecutors", "government", "cabinet", "commission",
	"presidency", "unions", "enforcement", "lords", "ministers", "parliament", "junta")

// agentNeedsModifier are heads that are a party only with a modifier
// before them: "law enforcement", "law lords", "the shadow cabinet".
var agentNeedsModifier = set("enforcement", "lords", "unions", "commission", "cabinet", "ministers")

// vagueModifiers make a phrase generic or vague ("some police", "many
// soldiers", "other courts"), no party.
var vagueModifiers = set("some", "many", "several", "other", "most", "few", "all", "any", "more", "no",
	"such", "both", "each", "every", "former", "foreign", "local", "opposition", "individual", "hundreds",
	"thousands", "dozens", "scores", "anti-government", "pro-government", "off-duty", "male", "female")

// compoundAfter are nouns an agent head modifies ("police station",
// "army chief", "court ruling"): the head is none then.
var compoundAfter = set("spokesman", "spokeswoman", "spokesperson", "spokesmen", "chief", "chiefs", "officer",
	"officers", "official", "officials", "station", "stations", "headquarters", "ruling", "rulings", "order",
	"orders", "source", "sources", "statement", "report", "records", "record", "case", "cases", "decision",
	"building", "base", "bases", "commander", "commanders", "custody", "documents", "papers", "hearing",
	"proceedings", "minister", "ministers", "member", "members", "leader", "leaders", "figures", "data",
	"plan", "plans", "policy", "policies", "department", "agency", "vehicle", "vehicles", "unit", "units")

// phrasePrefix opens a placeholder entity id; no entity id starts so.
const phrasePrefix = "\x00phrase:"

// phraseArgs adds the agent phrases of sentence s that no argument
// covers. It runs after every other argument was found, and before the
// view marks the quotes and time expressions: a head in a quote, direct
// or reported, is taken ("Police detained X on Friday, the group said"
// is the police's act as the group reports it).
func (f *finder) phraseArgs(s *sentence) {
	for k := range s.toks {
		t := s.toks[k]
		if t.arg >= 0 || !t.in(wsAgentHeads) {
			continue
		}
		// the head: the last agent noun of a run ("security forces",
		// "government troops")
		if k+1 < len(s.toks) && s.toks[k+1].arg < 0 && s.in(k+1, wsAgentHeads) && isLower(s.toks[k+1].text) {
			continue
		}
		if !isLower(t.text) && !(k == 0 || s.in(k-1, wsDeterminers) && k == 1) {
			continue // "Police detain …" opening a headline, no "Army" in a name
		}
		next := s.low(k + 1)
		nextLex := s.lexAt(k + 1)
		if next == "'s" || next == "’s" || next == "of" || next == "-" || nextLex.in(wsCompoundAfter) {
			continue // "the government's plan", "the government of Iraq"
		}
		if k+1 < len(s.toks) && s.toks[k+1].arg >= 0 {
			continue // "the court Monday", a name glued on
		}
		// modifiers before the head: plain lower-case words, at most
		// two, then at most one determiner
		start := k
		for start > 0 && start > k-3 && s.toks[start-1].arg < 0 && isLower(s.toks[start-1].text) &&
			!s.in(start-1, wsDeterminers) && !s.in(start-1, wsPrepsBefore) && !s.in(start-1, wsVerbGroup) &&
			!isSegmentEnd(s.toks[start-1].text) && !s.in(start-1, wsConjunctions) && !s.in(start-1, wsClauseOpeners) && s.low(start-1) != "and" &&
			s.low(start-1) != "or" && len(s.lexOf(start-1).verbs) == 0 && !strings.HasSuffix(s.low(start-1), "ed") &&
			!strings.HasSuffix(s.low(start-1), "ing") && !isAdverb(s.low(start-1)) && !s.in(start-1, wsWhWords) {
			start--
		}
		if start > 0 && s.in(start-1, wsSmallNumbers) && (start-1 == 0 || isQuoteMark(s.toks[start-2].text)) && start > k-4 {
			start-- // "Five public sector unions met …" opening the sentence (branch relrecall)
		}
		if start == k && t.in(wsAgentNeedsModifier) && !s.in(k-1, wsSmallNumbers) {
			continue
		}
		det := ""
		if start > 0 && s.in(start-1, wsDeterminers) {
			det = s.low(start - 1)
			if det != "the" && det != "a" && det != "an" {
				continue // "their troops", "its army": the possessor's
			}
			start--
		}
		vague := false
		for m := start; m < k; m++ {
			if s.in(m, wsVagueModifiers) || isDigits(s.low(m)) && !s.in(m, wsSmallNumbers) {
				vague = true
			}
		}
		if vague {
			continue
		}
		// a name before the phrase makes it the name's ("Israeli
		// troops", "Iraq's army"): the rules read that already
		if start > 0 {
			if b := s.toks[start-1]; b.arg >= 0 || b.low == "'s" || b.low == "’s" || isCapitalised(b.text) && start-1 > 0 {
				continue
			}
		}
		// one of a list of groups: "Opposition parties, civic
		// organisations and private-sector unions"
		if p := s.low(start - 1); (p == "and" || p == "or") && start > 1 && s.toks[start-2].arg < 0 && isLower(s.toks[start-2].text) &&
			strings.HasSuffix(s.low(start-2), "s") && len(s.lexOf(start-2).verbs) == 0 && !s.in(start-2, wsAgentHeads) {
			continue
		}
		// a bare singular head is no party: "government" alone, "court";
		// a bare plural is ("police", "rebels")
		if det == "" && start == k && t.in(wsSingularHead) {
			continue
		}
		if !s.subjectSlot(start, k) {
			continue
		}
		sp := document.Span{Start: s.toks[start].span.Start, End: t.span.End}
		id := phrasePrefix + f.doc.Text[sp.Start:sp.End]
		s.addArg(arg{first: start, last: k, span: sp, ent: id, typ: document.ORG})
	}
	// "police said they had arrested …": a pronoun no one else took
	for k := range s.toks {
		t := s.toks[k]
		if t.arg >= 0 || t.low != "they" {
			continue
		}
		if id := s.saidSubject(k); isPhrase(id) {
			s.addArg(arg{first: k, last: k, span: t.span, ent: id, typ: "PRON"})
		}
	}
}

// singularHead are the agent heads that need a determiner or a modifier
// to name a party.
var singularHead = set("army", "military", "navy", "judge", "court", "tribunal", "prosecutor", "government",
	"cabinet", "commission", "presidency", "parliament", "junta")

// whWords open a relative or question clause.
var whWords = set("who", "which", "that", "whom", "whose", "what", "when", "where", "why", "how")

// smallNumbers count a specific group: "two policemen", "five unions".
var smallNumbers = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")

// isPhrase reports whether an argument id is a phrase placeholder.
func isPhrase(id string) bool { return strings.HasPrefix(id, phrasePrefix) }

// phraseSubjects turns placeholder subjects of interactions into
// SubjectText and drops the relations that have a placeholder anywhere
// else: a phrase is no object here, and no party to a role or a place.
// A phrase subject keeps only what such a party plainly does:
//   - no visit (the guidelines leave moves of troops out) and no
//     agreement ("a district judge agreed with the Democrats" is a
//     ruling, no accord);
//   - a phrase object only for a named party's body ("Emanuel's office"),
//     or for an arrest, a killing or an attack, and then
//     only a definite or counted one ("the three men", "34 pupils", "the
//     site", "Chinese milk bosses"), not a generic or vague one ("street protesters", "an
//     unknown number of rebels", "roughly 100 demonstrators") nor one
//     that runs on into the next clause ("a man but said the");
//   - no trigger inside quotation marks the subject is outside of (a
//     slogan chanted by demonstrators is not theirs to act on).
func phraseSubjects(doc *document.Document, rs []document.Relation) []document.Relation {
	out := rs[:0]
	for _, r := range rs {
		if isPhrase(r.Object) || isPhrase(r.Place) {
			continue
		}
		if isPhrase(r.Subject) {
			if !IsInteraction(r.Type) || r.Type == Visit || r.Type == Agree {
				continue
			}
			if r.Object == "" && r.ObjectText != "" && !countedObject(r.Type, r.ObjectText) {
				continue
			}
			if r.SubjectSpan != nil && quotedApart(doc, r.Trigger, *r.SubjectSpan) {
				continue
			}
			r.SubjectText, r.Subject = strings.TrimPrefix(r.Subject, phrasePrefix), ""
		}
		out = append(out, r)
	}
	return out
}

// countedObject reports whether a phrase object of an interaction by a
// phrase subject names a definite or counted party an arrest, killing or
// attack can have.
func countedObject(typ, text string) bool {
	if f := strings.Fields(text); len(f) > 1 && isCapitalised(f[0]) && (strings.HasSuffix(f[0], "'s") || strings.HasSuffix(f[0], "’s")) {
		return true // a named party's body: "ordered Emanuel's office to release …"
	}
	if typ != Arrest && typ != Kill && typ != Attack {
		return false
	}
	if f := strings.Fields(text); len(f) > 1 && isCapitalised(f[0]) {
		return true // "detain Chinese milk bosses"
	}
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) == 0 || slices.Contains(ws, "but") || slices.Contains(ws, "number") || slices.Contains(ws, "unknown") {
		return false
	}
	first := ws[0]
	return first == "the" || first == "a" || first == "an" || first == "this" || first == "that" || first == "these" ||
		first == "those" || first == "his" || first == "her" || first == "its" || first == "their" ||
		smallNumbers[first] || isDigits(first)
}

// quotedApart reports whether a quotation mark pair opens or closes
// between the subject and the trigger (an odd number of marks between
// them): the trigger is in words quoted apart from the subject, as in
// "The demonstrators, chanting slogans such as "Bush, get out of
// Argentina," …". (The quote layer is no help here: an indirect or
// partial quote is often the subject's own statement — "The government
// has denied the charge and blames the MQM" — and its span covers more
// than the marked words.)
func quotedApart(doc *document.Document, trig, subj document.Span) bool {
	from, to := subj.End, trig.Start
	if trig.End <= subj.Start {
		from, to = trig.End, subj.Start
	}
	if from >= to || to > len(doc.Text) {
		return false
	}
	n := 0
	for _, r := range doc.Text[from:to] {
		if r == '"' || r == '“' || r == '”' {
			n++
		}
	}
	return n%2 == 1
}

// subjectSlot reports whether the phrase in tokens [start, head] stands
// where a subject does: opening a clause (or after "by", a passive's
// agent) and before a verb, an auxiliary, an adverb, a relative pronoun
// or a comma. A phrase elsewhere ("fired on unarmed demonstrators",
// "calls on the government and …") is left to the rules' objects.
// Time expressions are not marked yet when it runs (the sentence view
// marks them after the arguments), so "police on Tuesday arrested" is
// none; marking them first was measured: one row more on sets 4–14, a
// wrong one.
func (s *sentence) subjectSlot(start, head int) bool {
	b := start - 1
	if b >= 0 && !isSegmentEnd(s.toks[b].text) && !isQuoteMark(s.toks[b].text) && !s.in(b, wsClauseOpeners) &&
		s.low(b) != "and" && s.low(b) != "that" && s.low(b) != "by" && s.low(b) != "if" && s.low(b) != "--" {
		return false
	}
	n := head + 1
	if n >= len(s.toks) || sentenceEnd(s.toks[n].text) {
		return s.low(b) == "by" // "was killed by the rebels." (audit4.go)
	}
	w := s.low(n)
	wLex := s.lexAt(n)
	switch {
	case wLex.in(wsVerbGroup) || wLex.in(wsSpeech) || wLex.in(wsWhWords) || w == "," || isAdverb(w) || wLex.in(wsPreverbAdverbs) || w == "also" || w == "then":
		return true
	case len(s.lexOf(n).verbs) > 0 || strings.HasSuffix(w, "ed") && isLower(s.toks[n].text):
		return true
	case s.low(b) == "by" && (isSegmentEnd(s.toks[n].text) || wLex.in(wsPrepsBefore) || w == "and"):
		return true // "were detained by the police."
	}
	return false
}

// plain returns the view of s without its phrase arguments (s itself
// when it has none): the pair model and the interaction model were
// trained on names, pronouns and resolved descriptions, and read the
// same sentences as before.
func (s *sentence) plain() *sentence {
	if !slices.ContainsFunc(s.args, func(a arg) bool { return isPhrase(a.ent) }) {
		return s
	}
	c := *s
	c.args = make([]arg, 0, len(s.args))
	c.toks = slices.Clone(s.toks)
	for k := range c.toks {
		c.toks[k].arg = -1
	}
	for _, a := range s.args {
		if isPhrase(a.ent) && a.orig != nil {
			a = *a.orig // the name a group phrase replaced (groupargs.go)
		}
		if isPhrase(a.ent) {
			continue
		}
		for k := a.first; k <= a.last; k++ {
			c.toks[k].arg = len(c.args)
		}
		c.args = append(c.args, a)
	}
	c.lastSubj, c.lastObj, c.main = nil, nil, nil
	return &c
}
