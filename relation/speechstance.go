package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// The fallback tier's reported-speech round (branch critspeech,
// docs/relations.md "Fallback tier, reported judgements"): a speaker's
// negative judgement of a named party said in reported speech or a quote
// — "X said Y had made a serious mistake", "Y cannot be trusted, X says",
// “Y has no credibility,” X said (criticism), "X said Y had lied to
// parliament", "Y broke the ceasefire, X said" (accusation). The speaker
// is the subject of a speech or opinion verb right before the judged
// clause, else the speaker the quote layer gives the direct or indirect
// quote that holds the judgement. The judged party is the subject of the
// predicate: a name, or a pronoun the resolver gives. A negated
// predicate ("did not make a mistake", "never lied") gives nothing, and so
// does a judgement without a speaker (the reporter's own) or a speaker's
// judgement of himself ("he admitted he had made a mistake").

// speechPredSpecs are the predicates of the round, in a small pattern
// language: words separated by spaces (as the tokenizer splits them:
// "ca n't", "does n't"); "a|an" are alternatives; a
// trailing "?" makes a word optional; "*" stands for up to two
// lower-case modifiers ("a serious mistake", "a very bad decision"); the
// word marked "^" is the head the tier's loop starts from.
var speechPredSpecs = map[string][]string{
	Criticize: {
		"made|make|makes|making a|an * ^mistake|^mistakes|^error|^errors|^blunder|^misjudgement|^misjudgment",
		"made|make|makes|making a|an|the * bad|wrong|poor|terrible|disastrous|foolish|stupid ^decision|^decisions|^choice|^call",
		"has|have|had no ^credibility|^legitimacy|^consistency|^integrity",
		"^lacks|^lack|^lacked|^lacking * credibility|legitimacy|judgement|judgment|integrity|leadership|courage|vision|competence",
		"cannot be ^trusted",
		"can|ca|could not|n't be ^trusted",
		"not in a position to ^judge",
		"cannot ^judge",
		"can|ca|could not|n't ^judge",
		"^shows|^showed|^show|^showing bias",
		"is|was|are|were|being ^biased",
		"is|was|are|were * out of ^touch",
		"^betrayed|^betraying|^betray|^betrays",
		"does|do|did not|n't ^speak for",
		"has|have|had no ^right to",
		"is|was|are|were ^interfering in|with",
		"^interfered|^interferes in|with",
		"did|doing|done|does|do a|an terrible|bad|poor|lousy|horrible|awful|disastrous|miserable|dreadful|lousy|pathetic ^job",
	},
	// speech4: praise and blame of someone's work, "X said Y was doing
	// a great job", "Y deserves credit"
	Support: {
		"did|doing|done|does|do a|an great|good|fantastic|terrific|excellent|wonderful|superb|tremendous|remarkable|brilliant|outstanding|phenomenal|incredible|amazing|magnificent ^job",
		"^deserves|^deserve|^deserved the? credit|praise",
	},
	Accuse: {
		"^lied",
		"was|were|is|are|been ^lying",
		"^misled|^misleading|^deceived|^deceiving the? * parliament|public|voters|people|country|nation|commons|congress|court|inquiry|committee|police|investigators",
		"^covered|^covering up",
		"^broke|^broken|^breached|^breaching|^violated|^violating|^flouted|^flouting the|a|its|their|his|her|an * law|laws|rules|rule|convention|agreement|ceasefire|cease-fire|truce|code|promise|pledge|constitution|treaty|accord|resolution|embargo|deal",
		"is|was|are|were to ^blame",
		// speech4: "X said Y fabricated the story"
		"^fabricated|^fabricating|^fabricates|^faked|^faking the|a|an|his|her|its|their * story|stories|evidence|claims|claim|quotes|quote|figures|data|account|accounts|report|reports|documents|results|records",
		"^rigged|^rigging the|a * election|elections|vote|ballot|primary|system",
	},
}

// speechJudgements are judgement words the round adds to the stance
// round's (judgements, epithets), read by saidJudgement after a copula:
// "X said Y was mistaken", "X said Y's plan was unrealistic", "X said it
// was a mistake for Y to …".
var speechJudgements = map[string]string{
	"mistaken": Criticize, "mistake": Criticize, "blunder": Criticize, "disingenuous": Criticize, "unrealistic": Criticize,
	"foolish": Criticize, "irrational": Criticize, "ill-advised": Criticize, "ill-judged": Criticize, "provocative": Criticize,
	"unhelpful": Criticize, "counterproductive": Criticize, "counter-productive": Criticize, "unjustified": Criticize,
	"unfair": Criticize, "baseless": Criticize, "groundless": Criticize, "misleading": Criticize, "short-sighted": Criticize,
	"shortsighted": Criticize, "undemocratic": Criticize, "unconstitutional": Criticize, "unworkable": Criticize,
}

// A predWord is one word of a predicate pattern: its alternatives,
// whether it may be left out, whether it stands for modifiers, and
// whether it is the head.
type predWord struct {
	alts      []string
	optional  bool
	modifiers bool
	head      bool
}

// A speechPred is a parsed predicate pattern with its relation type.
type speechPred struct {
	typ   string
	words []predWord
}

// speechPreds maps each head word to the patterns it heads.
var speechPreds = func() map[string][]speechPred {
	m := map[string][]speechPred{}
	for typ, specs := range speechPredSpecs {
		for _, spec := range specs {
			p := speechPred{typ: typ}
			var heads []string
			for _, tok := range strings.Fields(spec) {
				w := predWord{}
				if tok == "*" {
					w.modifiers = true
					p.words = append(p.words, w)
					continue
				}
				if strings.HasSuffix(tok, "?") {
					w.optional, tok = true, strings.TrimSuffix(tok, "?")
				}
				for _, a := range strings.Split(tok, "|") {
					if strings.HasPrefix(a, "^") {
						a = strings.TrimPrefix(a, "^")
						w.head = true
						heads = append(heads, a)
					}
					w.alts = append(w.alts, a)
				}
				p.words = append(p.words, w)
			}
			for _, h := range heads {
				m[h] = append(m[h], p)
			}
		}
	}
	return m
}()

// predModifierStop are words a pattern's "*" never passes over.
var predModifierStop = set("not", "no", "never", "n't", "and", "or", "but", "that", "which", "who", "to", "of", "by", "for",
	"with", "in", "on", "at", "from", "about")

// match reports where pattern p, started at token j, ends (the index after
// it) when its head lands on token h.
func (p speechPred) match(s *sentence, j, h int) (int, bool) {
	return p.matchFrom(s, 0, j, h, false)
}

func (p speechPred) matchFrom(s *sentence, w, j, h int, headSeen bool) (int, bool) {
	if w == len(p.words) {
		return j, headSeen
	}
	if w > 0 && j < len(s.toks) && j != h && (isQuoteMark(s.toks[j].text) || s.toks[j].text == "‘" || s.toks[j].text == "’") {
		return p.matchFrom(s, w, j+1, h, headSeen) // scare quotes inside: he “fabricated” the story (speech4)
	}
	pw := p.words[w]
	if pw.modifiers {
		for n := 0; n <= 2; n++ {
			if n > 0 {
				k := j + n - 1
				if k >= len(s.toks) || k == h || s.toks[k].arg >= 0 || !isLower(s.toks[k].text) || s.in(k, wsPredModifierStop) {
					break
				}
			}
			if end, ok := p.matchFrom(s, w+1, j+n, h, headSeen); ok {
				return end, true
			}
		}
		return 0, false
	}
	if pw.optional {
		if end, ok := p.matchFrom(s, w+1, j, h, headSeen); ok {
			return end, true
		}
	}
	if j >= len(s.toks) || s.toks[j].arg >= 0 {
		return 0, false
	}
	l := s.low(j)
	for _, a := range pw.alts {
		if a == l {
			if pw.head && j == h {
				headSeen = true
			} else if j == h {
				return 0, false // the head word in a place that is not the head's
			}
			return p.matchFrom(s, w+1, j+1, h, headSeen)
		}
	}
	return 0, false
}

// speechNegators are the words of a verb group that negate it.
var speechNegators = set("not", "n't", "never", "no")

// speechStance reads a reported judgement at its head word (i): the
// predicate's subject is the judged party, the speaker of the clause or
// quote that holds it judges.
func (f *finder) speechStance(s *sentence, i int) []document.Relation {
	pats := speechPreds[s.low(i)]
	for _, p := range pats {
		for j := max(1, i-6); j <= i; j++ {
			end, ok := p.match(s, j, i)
			if !ok {
				continue
			}
			if rs := f.speechStanceAt(s, p.typ, j, end); rs != nil {
				return rs
			}
		}
	}
	return nil
}

// speechStanceAt reads the judged party before the predicate [j, end) and
// the speaker who judges it.
func (f *finder) speechStanceAt(s *sentence, typ string, j, end int) []document.Relation {
	// the verb group before the predicate: auxiliaries, modals, adverbs;
	// a negation gives nothing
	k := j - 1
	for k > 0 && (s.in(k, wsBeForms) || s.low(k) == "has" || s.low(k) == "have" || s.low(k) == "had" || s.in(k, wsFbModals) ||
		s.in(k, wsSpeechNegators) || isAdverb(s.low(k)) || s.low(k) == "also" || s.low(k) == "already" ||
		isQuoteMark(s.toks[k].text)) && s.toks[k].arg < 0 {
		if s.in(k, wsSpeechNegators) {
			return nil
		}
		k--
	}
	if s.low(k) == "to" {
		return nil // "refused to …", "wants to …": no clause of its own
	}
	for m := j; m < end; m++ {
		if s.low(m) == "never" {
			return nil
		}
	}
	judged := s.argAt(k)
	if judged == nil && s.in(k, wsStatementNouns) {
		// "Y's comments show bias": the owner
		m := k - 1
		for m > k-3 && m > 0 && isLower(s.toks[m].text) && s.toks[m].arg < 0 && s.low(m) != "'s" {
			m--
		}
		if s.low(m) == "'s" {
			if judged = s.argAt(m - 1); judged != nil && judged.last != m-1 {
				judged = nil
			}
		}
	} else if judged == nil && s.in(k, wsPredCoordinators) {
		// "X said Y was never present and so could not judge": the
		// subject that opens the speech verb's clause
		judged = s.clauseSubjectBefore(k)
	} else if judged != nil && judged.last != k {
		judged = nil
	}
	if judged == nil {
		return nil
	}
	if !s.judgedParty(judged) {
		return nil
	}
	if s.afterPrep(judged.first) || !s.judgedSubjectSlot(judged.first) {
		return nil // "the leader of Y made a mistake", "a case involving Y was biased": not Y
	}
	if judged.typ == "PRON" && s.low(judged.first) == "it" {
		return nil
	}
	// the speaker: of a speech or opinion verb right before the judged
	// clause, else the speaker of the quote (direct or indirect) that
	// holds the predicate
	vg := s.verbGroupStart(j)
	speaker, ovg, negated := f.opinionSpeaker(s, s.beforeDeterminers(judged.first), true)
	if negated {
		return nil // "did not say Y lied"
	}
	if ovg >= 0 {
		vg = ovg
	}
	if speaker == nil {
		speaker = s.claimOwner(judged.first) // "a report by X that Y lied" (speech4.go)
	}
	if speaker == nil {
		speaker = f.quoteSpeakerArg(s, j)
		if speaker != nil && f.cueNegated(s, j) {
			return nil // "X did not say Y lied"
		}
	}
	if speaker == nil || speaker.ent == judged.ent || !fbFits(s, typ, speaker, judged) {
		return nil
	}
	if f.holdsPost(speaker.ent, judged.ent) {
		return nil // (speech4) "The FBI made a 'mistake', Comey has said": his own body
	}
	if judged.typ == "PRON" && s.otherPersonBefore(judged, speaker) {
		return nil // "he said that as Y was never present, he could not judge": whose "he"?
	}
	r := f.relation(s, typ, speaker, judged, j, end, vg)
	r.Negated = false
	return []document.Relation{r}
}

// speechStanceTrigger reports whether a trigger's text holds the head of
// one of the round's predicates (for the argument guards, which let a
// quote's speaker after the trigger stand: speakerJudged).
func speechStanceTrigger(trigger string) bool {
	for _, w := range strings.Fields(strings.ToLower(trigger)) {
		if _, ok := speechPreds[normLow(w)]; ok {
			return true
		}
	}
	return false
}

// predCoordinators join a second predicate to a clause's first: "was
// never present and so could not judge".
var predCoordinators = set("and", "so", "therefore", "thus", "hence")

// clauseSubjectBefore returns the subject that opens the complement
// clause of the nearest speech or opinion verb before token k ("said
// (that) Y …"), nil when there is none, when a comma, a quote mark, a
// relative pronoun or a second speech verb stands between, or when the
// clause has a subordinate conjunction of its own.
func (s *sentence) clauseSubjectBefore(k int) *arg {
	for v := k - 1; v >= 1; v-- {
		w := s.low(v)
		wLex := s.lexAt(v)
		if w == "," || w == ";" || isQuoteMark(s.toks[v].text) || w == "who" || w == "which" || w == "because" ||
			w == "if" || w == "when" || w == "while" || w == "although" {
			return nil
		}
		if !(wLex.in(wsOpinionVerbs) || w == "say") || s.toks[v].quoted || s.toks[v].arg >= 0 {
			continue
		}
		a := s.argAt(s.pastThatAndDeterminers(v + 1))
		if a == nil || a.last >= k-1 {
			return nil
		}
		return a
	}
	return nil
}

// cueNegated reports whether the speech verb of the quote that holds
// token j is negated: "X did not say Y lied", "X never claimed …".
func (f *finder) cueNegated(s *sentence, j int) bool {
	sp := s.toks[j].span
	for _, q := range f.doc.Quotes {
		if !q.Span.Contains(sp) || q.Cue == nil {
			continue
		}
		for c := range s.toks {
			if q.Cue.Contains(s.toks[c].span) && s.in(c, wsSpeechNegators) {
				return true // the cue "did not say"
			}
			if s.toks[c].span.Start != q.Cue.Start {
				continue
			}
			for m := c - 1; m >= 0 && m >= c-3; m-- {
				if s.in(m, wsSpeechNegators) {
					return true
				}
				if !s.in(m, wsFbModals) && !isAdverb(s.low(m)) {
					break
				}
			}
		}
		return false
	}
	return false
}

// clauseOpeners are the words after which a name may open a clause: a
// conjunction, a comma, a quote mark.
var judgedClauseOpeners = set(",", ";", ":", "--", "—", "(", "that", "and", "but", "or", "because", "if", "when", "while",
	"although", "though", "as", "since", "so", "after", "before", "until", "unless", "whether")

// tellVerbs take an addressee before their clause: "telling delegates Y
// cannot be trusted".
var tellVerbs = set("told", "tells", "tell", "telling", "warned", "warns", "warning", "assured", "reminded", "informed")

// contentNouns take a "that" clause that is their content, not a
// speaker's: "Trump's criticism that Bush lied", "evidence that Y was
// biased", "acknowledges the fact that Y made the wrong call".
var contentNouns = set("fact", "evidence", "criticism", "criticisms", "claim", "allegation", "allegations", "suggestion",
	"suggestions", "accusation", "accusations", "charge", "charges", "assertion", "assertions", "notion", "idea", "belief",
	"view", "argument", "arguments", "rumours", "rumors", "rumour", "rumor", "speculation", "proof", "sign", "signs",
	"possibility", "concern", "concerns", "fear", "fears", "news", "impression", "perception", "assumption", "theory",
	"complaint", "complaints", "insistence", "denial", "denials", "question", "doubt", "doubts", "hope", "hopes")

// judgedSubjectSlot reports whether a name at token i may be the subject of a
// judged clause: at the start of the sentence or a quote, or after a
// speech or opinion verb, a verb's addressee ("telling delegates"), "that"
// (not a content noun's: "the fact that") or a conjunction; not after a
// participle or a noun ("a case involving Y").
func (s *sentence) judgedSubjectSlot(i int) bool {
	v := s.beforeDeterminers(i)
	if s.low(i-1) == "that" {
		v = i - 1 // "that" is among the determiners
	}
	if v < 0 || isQuoteMark(s.toks[v].text) {
		return true
	}
	w := s.low(v)
	wLex := s.lexAt(v)
	if w == "that" {
		return v == 0 || !s.in(v-1, wsContentNouns) || s.toks[v-1].arg >= 0 // "the fact that", not "told Fox News that"
	}
	if wLex.in(wsJudgedClauseOpeners) || wLex.in(wsOpinionVerbs) || wLex.in(wsSpeech) || w == "say" {
		return true
	}
	return s.in(v-1, wsTellVerbs) || s.in(v-2, wsTellVerbs) && s.in(v-1, wsDeterminers)
}

// otherPersonBefore reports whether a person other than the judged
// pronoun's entity and the speaker is named before the pronoun in the
// sentence: the pronoun may be that person's, whatever the resolver said.
func (s *sentence) otherPersonBefore(judged, speaker *arg) bool {
	for _, a := range s.args {
		if a.last < judged.first && a.typ == document.PER && a.ent != judged.ent && a.ent != speaker.ent {
			return true
		}
	}
	return false
}

// opinionSpeaker reads the speaker of a speech or opinion verb at v, the
// word right before a judged clause (or before its "that"): the verb's
// left subject, with vg its verb group's start (-1 and no speaker when
// no such verb stands there). With negators, a negator in the verb group
// ("did not say Y lied") makes negated true, and the judgement stops.
func (f *finder) opinionSpeaker(s *sentence, v int, negators bool) (speaker *arg, vg int, negated bool) {
	vg = -1
	if v < 1 {
		return nil, vg, false
	}
	if s.low(v) == "that" {
		v--
	}
	if v < 1 || !s.in(v, wsOpinionVerbs) || s.toks[v].quoted {
		return nil, vg, false
	}
	vg = s.verbGroupStart(v)
	if negators {
		for m := vg; m < v; m++ {
			if s.in(m, wsSpeechNegators) {
				return nil, vg, true
			}
		}
	}
	return f.fbLeft(s, vg, false), vg, false
}
