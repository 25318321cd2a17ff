package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Clause structure (branch clauses): subjects that stand in another
// clause than the trigger's and that the adjacency readers of
// interact.go do not reach. Each reader here is a fallback of
// subjectOf, asked only when the trigger's own clause gave no subject.

// purposeSubject returns the subject of a purpose infinitive whose verb
// group starts at vg ("to meet", "in order to meet"): the subject of the
// verb the purpose is of, reached over that verb's adjuncts — place
// phrases, time expressions, adverbs and a lower-case object — "X
// arrived in Paris on Monday to meet Y", "X will travel to Y on Friday to
// meet Z", "X cut short his holiday in order to meet Y". Nil when a name
// stands between the verb and the infinitive other than a place after a
// preposition (it may be the infinitive's subject: "invited Y to", "for
// Y to", "appealed to the UN to"), when the verb's object may control the
// infinitive ("sent troops to", "asked the court to"), or when a clause
// boundary comes first.
func (f *finder) purposeSubject(s *sentence, vg int) *arg {
	if s.low(vg) != "to" {
		return nil
	}
	k := vg - 1
	marked := false
	if l := s.low(k); l == "order" && s.low(k-1) == "in" || l == "as" && s.low(k-1) == "so" {
		k -= 2
		marked = true
	}
	stop := k - 16
	skipped, object, nounLast := 0, false, false
	noun := -1 // the last lower-case noun seen, walking back
	head := -1
	for ; k >= 0 && k > stop; k-- {
		t := s.toks[k]
		if t.arg >= 0 {
			a := &s.args[t.arg]
			if !s.afterPrep(a.first) || !a.place || a.dateline || s.low(a.last+1) == "'s" {
				return nil // "invited Y to", "appealed to the UN to", "Y's"
			}
			k = a.first
			skipped++
			noun = -1
			continue
		}
		if t.tx >= 0 {
			skipped++
			continue // "on Monday", "next week"
		}
		w := s.low(k)
		if isSegmentEnd(t.text) || isQuoteMark(t.text) || purposeStops[w] {
			return nil
		}
		if s.purposeHead(k) {
			head = k
			break
		}
		if !isLower(t.text) && !isDigits(w) {
			return nil
		}
		switch {
		case isPrepBefore(w):
			if noun >= 0 && !purposePlaces[s.low(noun)] && (w == "to" || w == "for" || w == "with" || w == "on" || w == "upon") {
				return nil // "extended invitations to the two to": the two may go
			}
			noun = -1
		case s.in(k, wsDeterminers) || isAdverb(w) || w == "here" || w == "there" || w == "home" || w == "back":
		default:
			if skipped == 0 {
				nounLast = true // "found evidence to support": the noun's infinitive
			}
			if noun < 0 {
				noun = k
			}
			if s.in(k, wsControlNouns) {
				return nil // "a plan to", "invitations to"
			}
			object = true // "cut short his holiday", "a two-day visit"
		}
		skipped++
	}
	if head < 0 || skipped == 0 {
		return nil
	}
	lemma := s.lexAt(head).form.lemma
	if lemma == "" {
		lemma = s.lexAt(head).fbForm.lemma
	}
	hl := s.low(head)
	if !marked && lemma != "use" && hl != "used" && (nounLast && !purposePlaces[s.low(vg-1)] || !purposeMovers[hl] && !beForms[hl]) {
		return nil // "found evidence to support", "gave airlines six months to withdraw"
	}
	if objectControllers[hl] || objectControllers[lemma] || object && objectControl[hl] {
		return nil
	}
	if s.low(head+1) == "on" || s.low(head+1) == "upon" {
		return nil // "called on the government in Paris to"
	}
	hvg := s.verbGroupStart(head)
	if a := s.subjectLeft(hvg); a != nil {
		return a
	}
	if b := s.low(hvg - 1); (b == "and" || b == "but") && s.lastSubj != nil {
		return s.lastSubj // "X met Y and flew to Z to meet W"
	}
	return nil
}

// purposeHead reports whether the token at k is the verb a purpose
// infinitive may modify: a past form ("arrived", "flew"), a verb after
// an auxiliary or "to" ("will travel", "is heading"), or a form of "be"
// ("was in Paris to meet").
func (s *sentence) purposeHead(k int) bool {
	w := s.low(k)
	if !isLower(s.tokText(k)) {
		return false
	}
	if beForms[w] && w != "'s" {
		return true
	}
	if s.in(k, wsDeterminers) || isPrepBefore(w) {
		return false
	}
	lx := s.lexAt(k)
	if lx.form.past || lx.fbForm.past || s.in(k, wsIrregularPast) {
		return true
	}
	if (strings.HasSuffix(w, "ed") && len(w) > 4 || w == "used") && !s.in(k-1, wsDeterminers) {
		return true
	}
	if p := s.low(k - 1); verbGroup[p] && p != "as" && p != "well" && p != "both" && p != "set" && p != "due" && !isAdverb(w) {
		return true // "will travel", "is heading"
	}
	return false
}

// purposeMovers are the verbs of going somewhere whose purpose an
// infinitive after their place and time says without "in order": "flew
// to Paris on Monday to meet", "is heading to Russia to".
var purposeMovers = set("arrive", "arrives", "arrived", "arriving", "fly", "flies", "flew", "flown", "flying",
	"travel", "travels", "travelled", "traveled", "travelling", "traveling", "go", "goes", "went", "gone", "going",
	"come", "comes", "came", "coming", "head", "heads", "headed", "heading", "leave", "leaves", "left", "leaving",
	"return", "returns", "returned", "returning", "stop", "stops", "stopped", "stopping", "stay", "stays", "stayed",
	"rush", "rushed", "hurried", "journeyed", "sailed", "drove", "driven", "moved", "land", "landed", "gather",
	"gathered", "assembled", "convened", "flocked", "descended", "set", "sets", "setting")

// purposeStops end the walk back from a purpose infinitive: a clause
// begins or a relative pronoun or "for" opens the infinitive's own
// subject ("for Y to").
var purposeStops = set("and", "or", "but", "who", "which", "that", "whom", "whose", "when", "while", "where",
	"because", "if", "said", "says", "told", "tells", "for", "than", "like", "as")

// objectControllers are verbs whose object (or person after a
// preposition) may do what the infinitive after it says: "sent troops
// to attack", "asked the court to", "hired a lawyer to sue".
var objectControllers = set("send", "sends", "sent", "dispatch", "dispatched", "deploy", "deployed", "hire", "hired",
	"ask", "asks", "asked", "urge", "urges", "urged", "order", "orders", "ordered", "invite", "invites", "invited",
	"tell", "told", "pay", "pays", "paid", "appoint", "appointed", "elect", "elected", "choose", "chose", "chosen",
	"authorise", "authorised", "authorize", "authorized", "encourage", "encouraged", "warn", "warned", "advise", "advised",
	"instruct", "instructed", "train", "trained", "recruit", "recruited", "mobilise", "mobilised", "mobilize", "mobilized",
	"commission", "commissioned", "task", "tasked", "press", "pressed", "push", "pushed", "require", "required",
	"challenge", "challenged", "remind", "reminded", "beg", "begged", "call", "called", "appeal", "appealed",
	"plead", "pleaded", "pled", "signal", "signaled", "signalled", "wait", "waited", "arrange", "arranged", "get", "got",
	"leave", "left", "bring", "brought", "name", "named", "nominate", "nominated", "pick", "picked", "select", "selected",
	"tell", "persuade", "persuaded", "force", "forced", "allow", "allowed", "permit", "permitted", "help", "helped",
	"enable", "enabled", "lead", "led", "cause", "caused", "prompt", "prompted", "convince", "convinced", "inspire", "inspired",
	"inviting", "asking", "urging", "sending", "ordering", "telling", "calling", "hiring", "paying", "encouraging")

// purposePlaces are lower-case nouns of places a purpose infinitive may
// follow: "arrived in the capital to meet", "flew to the region to".
var purposePlaces = set("capital", "city", "country", "region", "town", "village", "area", "island", "port", "base",
	"headquarters", "airport", "border", "province", "state", "kingdom", "republic", "territory", "zone",
	"camp", "hospital", "embassy", "palace", "house", "office", "venue", "site", "scene", "front")

// controlSubject returns the subject of an infinitive whose verb group
// starts at vg ("to visit") after a predicate that gives it its own
// subject and that the verb group does not cover: the passive of a verb
// whose object does what the infinitive says ("X was invited to visit
// Y", "X has been asked to meet Y", "X was allowed (forced) to …"), a
// verb of trying or preparing in any form ("X is preparing to attack
// Y", "X has been trying to meet Y") and an adjective of readiness or
// likelihood after "be" or "seem" ("X seems ready to back Y", "X is
// unlikely to meet Y"). The subject is that predicate's, found by
// subjectOf, so that a chain of them ("X hopes to be able to meet Y")
// and their coordination ("X arrived and was invited to visit Y") are
// read too.
func (f *finder) controlSubject(s *sentence, vg int) *arg {
	k := s.controlHead(vg)
	if k < 0 {
		return nil
	}
	hvg := s.verbGroupStart(k)
	if hvg >= vg || hvg <= 0 {
		return nil
	}
	a := f.subjectOf(s, hvg, k, s.lexAt(k).form)
	if a == nil || s.toks[a.first].quoted != s.toks[vg].quoted {
		return nil
	}
	return a
}

// controlHead returns the predicate controlSubject reads before the
// infinitive at vg: the participle, the verb, or the copula before the
// adjective; -1 if none.
func (s *sentence) controlHead(vg int) int {
	if s.low(vg) != "to" {
		return -1
	}
	k := vg - 1
	w := s.low(k)
	switch {
	case passiveControllers[w]:
		b := k - 1
		for b >= 0 && (isAdverb(s.low(b)) || s.in(b, wsNegators)) {
			b-- // "was repeatedly asked", "was not allowed"
		}
		if !beForms[s.low(b)] || s.low(b) == "'s" {
			return -1
		}
	case subjectControllers[w]:
	case readyAdjectives[w]:
		b := k - 1
		for b >= 0 && (isAdverb(s.low(b)) || s.in(b, wsNegators) || degreeWords[s.low(b)]) {
			b-- // "is very keen", "seems not ready"
		}
		if !beForms[s.low(b)] && !readyCopulas[s.low(b)] || s.low(b) == "'s" {
			return -1
		}
		k = b
	default:
		return -1
	}
	return k
}

// clauseSubject returns the subject controlSubject, else purposeSubject,
// reads for the infinitive whose verb group starts at vg, and records
// which of them gave it (for clauseGave); nil if neither does.
func (f *finder) clauseSubject(s *sentence, vg int) *arg {
	if a := f.controlSubject(s, vg); a != nil {
		f.clauseSent, f.clauseVG, f.clauseCtrl = s, vg, true
		return a
	}
	if a := f.purposeSubject(s, vg); a != nil {
		f.clauseSent, f.clauseVG, f.clauseCtrl = s, vg, false
		return a
	}
	return nil
}

// clauseGave reports whether a reader of this file gave subj, the
// subject of the infinitive whose verb group starts at vg, and no other
// reader.
func (f *finder) clauseGave(s *sentence, vg int, subj *arg) bool {
	if f.clauseSent != s || f.clauseVG != vg || s.low(vg) != "to" {
		return false
	}
	if f.clauseCtrl {
		return s.controlHead(vg) >= 0 && f.controlSubject(s, vg) == subj
	}
	return f.purposeSubject(s, vg) == subj
}

// clauseDrop reports whether an interaction of type typ with subj and
// obj at the infinitive whose verb group starts at vg is to be dropped:
// support of a phrase ("was ready to endorse a candidate", "heading to
// Russia to defend the title") when a reader of this file gave the
// subject — a subject read across clauses and an object that is no name
// are two weak links for the type whose words most often mean something
// else. The verbs coordinated after it do not take its subject then.
func (f *finder) clauseDrop(s *sentence, typ string, vg int, subj, obj *arg) bool {
	return typ == Support && obj == nil && f.clauseGave(s, vg, subj)
}

// clauseMood reads polarity and modality of r, an interaction at the
// infinitive [i, …) whose verb group starts at vg, from the verb group
// of the predicate controlling it as well, when controlSubject gave its
// subject (and no other reader): "has not been able to visit" is
// negated, "was invited to visit" planned, "was asked to meet"
// hypothetical.
func (f *finder) clauseMood(s *sentence, r *document.Relation, i, vg int, subj *arg) {
	if !f.clauseCtrl || !f.clauseGave(s, vg, subj) {
		return
	}
	k := s.controlHead(vg)
	r.Negated, r.Modality = f.mood(s, i, s.verbGroupStart(k), r.Time)
	if r.Modality == document.Planned && s.in(k, wsDemanders) {
		r.Modality = document.Hypothetical // "was asked to meet": what is demanded
	}
}

// passiveControllers are the participles whose passive subject does what
// the infinitive after them says: "was invited to visit".
var passiveControllers = set("invited", "asked", "allowed", "forced", "urged", "told", "ordered", "encouraged",
	"persuaded", "required", "authorised", "authorized", "permitted", "pressed", "pressured", "pressured", "compelled",
	"obliged", "chosen", "elected", "appointed", "sent", "called", "advised", "instructed", "tasked", "mandated",
	"summoned", "requested", "recruited", "hired", "begged", "implored", "expected", "scheduled", "due", "set",
	"believed", "thought", "said", "reported", "known", "understood", "alleged", "rumoured", "rumored", "supposed", "slated")

// subjectControllers are verbs (any form) whose infinitive has their
// subject and that the verb group of the lexicon's patterns lacks.
var subjectControllers = set("preparing", "prepare", "prepares", "prepared", "trying", "try", "tries", "tried",
	"attempting", "attempt", "attempts", "attempted", "seek", "seeking", "planning", "hoping", "aiming", "aim", "aims", "aimed",
	"threatening", "promising", "vowing", "pledging", "continuing", "beginning", "starting", "struggling",
	"working", "fighting", "pushing", "moving", "rushing", "scrambling", "racing", "striving", "strive", "strives", "strove",
	"endeavouring", "endeavoring", "wishing", "wish", "wishes", "wished",
	"managed", "manages", "manage", "managing", "chose", "choose", "chooses", "choosing",
	"opted", "opt", "opts", "opting", "volunteered", "volunteer", "volunteers", "offered", "offer", "offers", "offering",
	"deciding", "agreeing", "intending", "expecting", "wanting", "needing", "seemed", "seems", "seem",
	"appeared", "appears", "appear", "tended", "tends", "tend", "happened", "happens", "proceeded", "proceeds",
	"went", "go", "goes", "came", "come", "comes", "learned", "learnt")

// readyAdjectives give the infinitive after them the subject of "be" or
// "seem" before them: "is ready to back", "seems unlikely to meet".
var readyAdjectives = set("ready", "willing", "eager", "keen", "determined", "anxious", "likely", "certain", "sure",
	"able", "free", "poised", "prepared", "happy", "glad", "set", "due", "bound", "about", "expected", "scheduled",
	"slated", "going", "hoping")

// readyCopulas stand for "be" before an adjective of readiness: "seems
// ready", "remains determined".
var readyCopulas = set("seem", "seems", "seemed", "appear", "appears", "appeared", "remain", "remains", "remained",
	"look", "looks", "looked", "become", "becomes", "became", "feel", "feels", "felt", "sound", "sounds", "sounded", "stay", "stays", "stayed")

// degreeWords stand between a copula and its adjective: "is very keen".
var degreeWords = set("very", "more", "most", "less", "so", "too", "quite", "all", "now", "still", "also", "not",
	"increasingly", "highly", "fully", "perfectly", "as", "even", "much", "far", "rather", "pretty", "extremely")

// coordinatedSubject returns the subject of a fallback verb whose verb
// group starts at vg after "and" or "but" that coordinates it with an
// interaction an earlier tier found just before: "the EU supports the
// resolution and encourages Lebanon to act" (the EU, whose support the
// trigger rules read), "X condemned the attack and demanded that …".
// The interaction's object (or, without one, its trigger) must end
// right before the conjunction, so that "and" joins the two verb
// phrases, not two names or two clauses; its trigger must be a verb
// with its subject before it (not a noun: "pointed to Y's support for
// licences and praised her"; not a passive's agent); nil if none is.
func (f *finder) coordinatedSubject(s *sentence, vg int) *arg {
	c := s.low(vg - 1)
	if c != "and" && c != "but" || vg < 3 || isSegmentEnd(s.toks[vg-2].text) && s.low(vg-2) != "," {
		return nil
	}
	end := vg - 2
	if s.low(end) == "," {
		end-- // "X backed the plan, and urged Y to"
	}
	if end < 0 {
		return nil
	}
	at := s.toks[end].span.End
	for x := len(f.rels) - 1; x >= f.sentFrom; x-- {
		r := &f.rels[x]
		if r.Sentence != s.span || !IsInteraction(r.Type) || r.SubjectSpan == nil || r.Subject == "" || r.Trigger.End > at {
			continue
		}
		last := r.Trigger.End
		if r.ObjectSpan != nil && r.ObjectSpan.End > last {
			last = r.ObjectSpan.End
		}
		if last != at || r.SubjectSpan.End > r.Trigger.Start {
			continue // a passive's agent is no subject of the next verb
		}
		t := -1 // the trigger's first token: a verb, not a noun ("Y's support for")
		for k := range s.toks {
			if s.toks[k].span.Start == r.Trigger.Start {
				t = k
				break
			}
		}
		if t < 1 || s.low(t-1) == "'s" || s.in(t-1, wsDeterminers) || len(s.lexAt(t).verbs) == 0 && len(s.lexAt(t).fbVerbs) == 0 {
			continue
		}
		for k := range s.toks {
			if s.toks[k].span.Start == r.SubjectSpan.Start {
				if a := s.argAt(k); a != nil && a.ent == r.Subject && s.low(a.last+1) != "'s" {
					return a // not the possessor of a noun: "Y's current support for"
				}
				break
			}
		}
	}
	return nil
}

// apposedAgent returns the agent at j after "by" that is a person set
// off by a comma after a possessor's title: "was criticised by
// Borduria's president, Tom Hale," (objectAt gives none: the possessor
// only modifies the title). Nil otherwise.
func (s *sentence) apposedAgent(j int) *arg {
	a := s.argAt(s.pastDeterminers(j))
	if a == nil || a.typ == document.MISC || s.low(a.last+1) != "'s" {
		return nil
	}
	m := a.last + 2
	for m < len(s.toks) && m < a.last+6 && s.toks[m].arg < 0 && (s.in(m, wsTitleWords) || s.in(m, wsRoleNouns)) {
		m++
	}
	return s.apposedTitleHolder(a, m)
}

// apposedTitleHolder returns the person set off by a comma after a
// possessor's title, "Borduria's president, Tom Hale" (a the possessor,
// m the token after its title words): the person holds the title. The person must
// close the apposition (a comma, a full stop or the sentence's end
// after him); nil otherwise.
func (s *sentence) apposedTitleHolder(a *arg, m int) *arg {
	if m <= a.last+2 || s.low(m) != "," || !s.in(m-1, wsTitleWords) && !s.in(m-1, wsRoleNouns) {
		return nil
	}
	p := s.argAt(m + 1)
	if p == nil || p.typ != document.PER || p.first != m+1 || p.ent == a.ent {
		return nil
	}
	if next := s.tokText(p.last + 1); next != "," && next != "." && next != "" {
		return nil
	}
	return p
}

// clauseSettle does for the fallback tier's relations rs at the trigger
// i, whose verb group starts at vg, what clauseDrop and clauseMood do
// for the trigger rules': when a reader of this file gave their subject,
// support of a phrase is dropped and the mood is read from the
// controlling predicate's verb group.
func (f *finder) clauseSettle(s *sentence, rs []document.Relation, i, vg int) []document.Relation {
	if len(rs) == 0 || f.clauseSent != s || f.clauseVG != vg || s.low(vg) != "to" {
		return rs
	}
	var a *arg
	if f.clauseCtrl {
		a = f.controlSubject(s, vg)
	} else {
		a = f.purposeSubject(s, vg)
	}
	if a == nil {
		return rs
	}
	out := rs[:0]
	for _, r := range rs {
		if r.SubjectSpan != nil && *r.SubjectSpan == a.span {
			if r.Type == Support && r.Object == "" {
				continue
			}
			if f.clauseCtrl {
				f.clauseMood(s, &r, i, vg, a)
			}
		}
		out = append(out, r)
	}
	return out
}

// whoseBefore returns the antecedent of a relative "whose" among the
// tokens [k, i) before a noun at i ("whose three-day visit"), nil if
// none.
func (s *sentence) whoseBefore(k, i int) *arg {
	for m := i - 1; m >= k && m >= 0; m-- {
		if s.low(m) == "whose" {
			return s.whoseAntecedent(m)
		}
	}
	return nil
}

// whoseAntecedent returns the name a relative "whose" at k stands for,
// set off by a comma before it: "Ward, whose visit to Paris ends on
// Friday" (Ward's visit), "Ruritania, whose troops attacked". Nil when k
// is no such "whose" or the name follows a preposition ("the talks with
// Ward, whose …" may be the talks').
func (s *sentence) whoseAntecedent(k int) *arg {
	if s.low(k) != "whose" || s.low(k-1) != "," {
		return nil
	}
	a := s.argAt(k - 2)
	if a == nil || a.typ == document.MISC || a.last != k-2 || s.afterPrep(a.first) {
		return nil
	}
	return a
}
