package relation

import (
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/newsgraph/newsgraph/document"
)

// This file settles the modality of the interactions once all are
// found, by the gold set's guidelines (GUIDELINES.md of
// testdata/newsgold): a relation is reported only when it is the content
// of a statement the sentence attributes, not when the speech verb
// merely stands in the same sentence ("Hu said when he met Abe", "he
// said, midway through a visit", "told a meeting"); a statement that is
// itself the speaker's accusation, criticism, support, urging or threat
// is told in the reporter's voice ("Clinton said … and she accused
// Trump"); a backshifted "would" under a report is a plan ("Interfax
// reported that Rybkin would meet"), not a condition; a noun trigger
// takes the modality of its light verb ("will pay state visits").
// Relations found are not touched, only their modality.

// speechActs are the types whose relation may be the statement itself.
var speechActs = map[string]bool{Accuse: true, Criticize: true, Support: true, Urge: true, Threaten: true}

var (
	// reportCues are the words of a quote's cue that attribute its
	// content (the quote layer also gives "seek", "called on" …).
	reportCues = set("said", "says", "say", "saying", "announced", "announces", "told", "tells", "telling",
		"claimed", "claims", "reported", "reports", "added", "stated", "insisted", "confirmed", "alleged",
		"according", "declared", "revealed", "disclosed", "wrote", "noted", "argued", "quoted", "accused",
		"accuses", "quoting", "allegation", "allegations", "accusation", "accusations", "claim", "believes", "believed", "thinks", "thought", "suggested")
	// circumstances open an adjunct clause of the speech verb, not its
	// content: "Hu said when he met Abe".
	circumstances = set("when", "while", "whilst", "during", "upon", "midway", "before", "after")
	// adjunctPreps head a phrase around the speech: "said on arrival",
	// "told Jiang during a visit", "satisfied with discussions".
	adjunctPreps = set("on", "at", "during", "through", "after", "before", "upon", "following", "in", "with",
		"amid", "throughout")
	// addressees are speech verbs whose object is the hearer: "told a
	// meeting".
	addressees = set("told", "tells", "tell", "telling", "addressed", "addresses", "briefed")
	// relPronouns open a relative clause: background, not content.
	relPronouns = set("who", "whom", "which", "whose")
	// nounLightVerbs take a noun trigger: "will pay state visits", "is to
	// hold talks".
	nounLightVerbs = set("pay", "pays", "paying", "hold", "holds", "holding", "have", "has", "having", "make", "makes",
		"making", "conduct", "conducts", "conducting", "attend", "attends", "attending", "begin", "begins",
		"start", "starts", "take", "takes", "taking")
)

// settleMoods revisits the modality of every interaction of f.rels.
func (f *finder) settleMoods() {
	order := make([]int, 0, len(f.rels))
	sents := make([]int, len(f.rels))
	for i, r := range f.rels {
		if IsInteraction(r.Type) {
			sents[i] = f.doc.SentenceAt(r.Sentence.Start)
			if sents[i] >= 0 {
				order = append(order, i)
			}
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return sents[a] - sents[b] })
	f.mcur = 0 // the views are built again from the first sentence
	var s *sentence
	cur := -1
	for _, ri := range order {
		if sents[ri] != cur {
			cur = sents[ri]
			if s = f.kept[cur]; s == nil {
				s = f.sentence(cur)
			} else if keptCheck.Load() {
				f.checkKept(s)
			}
		}
		if s == nil {
			continue
		}
		r := &f.rels[ri]
		if i := s.tokenAt(r.Trigger.Start); i >= 0 {
			r.Modality = f.settleMood(s, i, r)
		}
	}
}

// keep keeps a copy of the view s for settleMoods when the relations
// found in it (f.rels from index from) hold an interaction, so that
// settleMoods need not build it again (building a view asks the resolver
// about every pronoun and description: a twentieth of the stage). The
// rules change no token or argument of a view (they set lastSubj,
// lastObj, main and the parse, which the copy drops), so the copy is the
// view a new build gives; a sentence whose interactions come later
// (inferred, retyped) is built again as before.
func (f *finder) keep(s *sentence, from int) {
	if !slices.ContainsFunc(f.rels[from:], func(r document.Relation) bool { return IsInteraction(r.Type) }) {
		return
	}
	if f.kept == nil {
		f.kept = map[int]*sentence{}
	}
	f.kept[s.idx] = &sentence{idx: s.idx, span: s.span, toks: slices.Clone(s.toks), args: s.args}
}

// keptCheck, set by a test, has settleMoods build again each view it
// has a copy of and compare the two (checkKept): keptCompared counts the
// copies compared, keptDiffer those that differ.
var (
	keptCheck                atomic.Bool
	keptCompared, keptDiffer atomic.Int64
)

// checkKept compares the kept view k with the view built anew.
func (f *finder) checkKept(k *sentence) {
	keptCompared.Add(1)
	n := f.sentence(k.idx)
	if n == nil || n.span != k.span || !slices.Equal(n.toks, k.toks) || !slices.Equal(n.args, k.args) ||
		k.lastSubj != nil || k.lastObj != nil || k.main != nil || k.dep != nil || k.parsed {
		keptDiffer.Add(1)
	}
}

// tokenAt returns the index of the token of s that holds byte offset at,
// -1 if none.
func (s *sentence) tokenAt(at int) int {
	for k := range s.toks {
		if s.toks[k].span.Start <= at && at < s.toks[k].span.End {
			return k
		}
	}
	return -1
}

// tokenEndingAt returns the index of the token of s that ends at byte
// offset end, -1 if none.
func (s *sentence) tokenEndingAt(end int) int {
	for k := range s.toks {
		if s.toks[k].span.End == end {
			return k
		}
	}
	return -1
}

// settleMood returns the modality of interaction r whose trigger starts
// at token i of s.
func (f *finder) settleMood(s *sentence, i int, r *document.Relation) string {
	vg := s.verbGroupStart(i)
	switch r.Modality {
	case document.Hypothetical:
		if f.backshifted(s, i, vg) {
			return document.Planned
		}
	case document.Reported:
		switch {
		case s.obliged(i, vg) || s.question(i) || s.mandated(i, vg):
			return document.Hypothetical
		case s.lightVerbPlanned(i, vg) || r.Time != "" && f.after(r.Time):
			return document.Planned
		case !f.reported(s, i, vg, r):
			return document.Happened
		}
	case document.Happened:
		switch {
		case s.obliged(i, vg) || s.question(i) || s.mandated(i, vg):
			return document.Hypothetical
		case s.lightVerbPlanned(i, vg) || r.Time != "" && f.after(r.Time):
			return document.Planned
		case f.trailingReport(s, i, r):
			return document.Reported
		}
	}
	return r.Modality
}

// mandativeVerbs take a clause of what someone wants done: "demanded
// that Israel withdraw".
var mandativeVerbs = set("demand", "demanded", "demands", "demanding", "insist", "insisted", "insists", "insisting",
	"propose", "proposed", "proposes", "proposing", "urge", "urged", "urges", "urging", "ask", "asked", "asks",
	"asking", "recommend", "recommended", "recommends", "recommending", "suggest", "suggested", "suggests",
	"suggesting", "require", "required", "requires", "requiring", "request", "requested", "requests",
	"requesting", "stipulate", "stipulated", "stipulates")

// mandated reports whether the trigger at i (vg its verb group) is the
// verb of a clause a mandative verb asks for, in the subjunctive: "the
// council demanded that Israel withdraw from Lebanon", "insisted that the
// government should withdraw the bill". What is demanded has not
// happened: the guidelines' hypothetical. The verb must be a bare base
// form or follow "should", so "said that Israel withdrew" and "suggested
// that Israel withdraws" (indicative) stay as they are.
func (s *sentence) mandated(i, vg int) bool {
	if vg != i && !(vg == i-1 && s.low(vg) == "should") {
		return false
	}
	if vg == i {
		l := s.low(i)
		e := lookupLex(l)
		fm, ok := e.form, e.inForms
		if !ok {
			fm, ok = e.fbForm, e.inFbForms
		}
		if !ok || fm.lemma != l || fm.past || fm.part || fm.ing {
			return false
		}
	}
	// the clause's subject, back to "that": a few words, no clause of
	// its own
	for k := vg - 1; k >= 0 && k >= vg-9; k-- {
		if s.low(k) == "that" {
			v := k - 1
			for v >= 0 && isAdverb(s.low(v)) {
				v--
			}
			return k < vg-1 && v >= 0 && s.in(v, wsMandativeVerbs)
		}
		if s.low(k) == "," || isSegmentEnd(s.toks[k].text) || s.verbLike(k) {
			return false
		}
	}
	return false
}

// obliged reports whether the verb group of the trigger at i says what
// must be done, not what was: "must be approved in the next few weeks".
func (s *sentence) obliged(i, vg int) bool {
	for k := vg; k < i; k++ {
		if l := s.low(k); l == "must" || l == "ought" {
			return !(s.low(k+1) == "have" || s.low(k+2) == "have") // "must have met" says it happened
		}
	}
	return false
}

// question reports whether the trigger at i is in a question opened by a
// modal or an auxiliary: "Should the United Kingdom approve the treaty?"
func (s *sentence) question(i int) bool {
	end := i
	for end < len(s.toks) && s.toks[end].text != "?" && s.toks[end].text != "." && s.toks[end].text != "!" {
		end++
	}
	if end == len(s.toks) || s.toks[end].text != "?" {
		return false
	}
	k := i - 1
	for k >= 0 && !isSegmentEnd(s.toks[k].text) && !isQuoteMark(s.toks[k].text) {
		k--
	}
	return s.in(k+1, wsQuestionOpeners)
}

// questionOpeners open a yes-no question.
var questionOpeners = set("should", "would", "could", "will", "can", "may", "might", "shall", "do", "does", "did",
	"is", "are", "was", "were")

// backshifted reports whether the only hypothetical word of the verb
// group of the trigger at i is a "would" that reports a "will": "Jiji
// Press said the minister would visit Japan".
func (f *finder) backshifted(s *sentence, i, vg int) bool {
	would := false
	for k := vg; k < i; k++ {
		switch l := s.low(k); {
		case l == "would" || l == "'d":
			would = true
		case hypothetic[l]:
			return false
		}
	}
	if !would {
		return false
	}
	for k := vg - 1; k >= 0 && !isSegmentEnd(s.toks[k].text); k-- {
		if l := s.low(k); l == "if" || l == "unless" || l == "whether" || l == "provided" || l == "providing" {
			return false
		}
	}
	for k := 0; k < vg; k++ {
		l := s.low(k)
		lLex := s.lexAt(k)
		if (lLex.in(wsReportCues) || l == "report" || l == "reports" || l == "statement") && s.toks[k].arg < 0 && s.governs(k, i, vg) {
			return true
		}
	}
	return false
}

// reported reports whether interaction r, its trigger at i, is the
// content of a statement the sentence attributes to someone other than
// the relation's own speaker-subject.
func (f *finder) reported(s *sentence, i, vg int, r *document.Relation) bool {
	own := func(speaker string) bool { return speechActs[r.Type] && speaker != "" && speaker == r.Subject }
	trig := s.toks[i].span
	for _, qi := range f.quotes.near(s.span) {
		q := f.doc.Quotes[qi]
		parts := q.Contents()
		if !slices.ContainsFunc(parts, func(p document.Span) bool { return p.Contains(trig) }) {
			continue
		}
		if q.Kind != document.QuoteIndirect {
			if !own(q.Speaker) {
				return true
			}
			continue
		}
		if q.Cue == nil || !s.span.Contains(*q.Cue) {
			continue
		}
		k := -1 // the cue's speech word
		for m := range s.toks {
			if q.Cue.Contains(s.toks[m].span) && s.in(m, wsReportCues) {
				k = m
			}
		}
		switch {
		case k < 0 || own(s.activeSpeaker(k, q.Speaker)):
		case k < i && s.governs(k, i, vg):
			return true
		case k > i && !s.inRelative(i, vg):
			return true
		}
	}
	for k := 0; k < vg; k++ {
		if s.in(k, wsSpeech) && !s.toks[k].quoted && s.toks[k].arg < 0 && s.governs(k, i, vg) && !own(s.activeSpeaker(k, f.speakerOf(s, k))) {
			return true
		}
	}
	return f.trailingReport(s, i, r)
}

var (
	// trailingCues attribute the sentence before them when they close
	// it: "…, police said.", "…, a spokeswoman told reporters."
	trailingCues = set("said", "says", "say", "told", "tells", "reported", "reports", "added", "adds", "stated",
		"confirmed", "claimed", "claims", "announced", "wrote", "noted", "insisted", "alleged", "according")
	// invertedCues stand before their speaker: "…, said security
	// sources.", "…, according to witnesses."
	invertedCues = set("said", "says", "reported", "reports", "added", "adds", "wrote", "noted", "stated",
		"claimed", "according")
)

// trailingReport reports whether interaction r, its trigger at i, is
// told in a sentence whose attribution comes at its end, after the
// trigger's clause: "A soldier was killed in the raid, medics and
// eyewitnesses reported." (a speaker named or not). Not when the trigger
// is in the attribution itself, in a clause closed before it by a
// semicolon, colon or dash, before a double quote mark (quotes are the
// quote layer's) or in the adjunct of a speech of its own clause ("said
// on arrival"), nor for an accusation, criticism, support, urging or
// threat, a speech act of its own that the attribution may be the voice
// of.
func (f *finder) trailingReport(s *sentence, i int, r *document.Relation) bool {
	if speechActs[r.Type] {
		return false // "China has asked Malaysia to …, a Foreign Ministry spokesman said": its own voice
	}
	k := f.trailingAttribution(s)
	if k < 0 || i >= k {
		return false
	}
	for m := i + 1; m < k; m++ {
		if t := s.toks[m].text; t == ";" || t == ":" || t == "—" || t == "–" || t == "--" || doubleQuote(t) {
			return false
		}
	}
	return !s.speechAdjunct(i)
}

// speechAdjunct reports whether the trigger at i stands after a speech
// word of its own clause that does not govern it: "Rybkin said on
// arrival in Grozny, Interfax reported" tells the arrival in the
// reporter's voice.
func (s *sentence) speechAdjunct(i int) bool {
	vg := s.verbGroupStart(i)
	for m := vg - 1; m >= 0 && !isSegmentEnd(s.toks[m].text); m-- {
		if s.in(m, wsSpeech) && s.toks[m].arg < 0 {
			return !s.governs(m, i, vg)
		}
	}
	return false
}

// doubleQuote reports whether w is a double quote mark (a single one may
// be an apostrophe: "soldiers' gunfire").
func doubleQuote(w string) bool {
	return w == "\"" || w == "“" || w == "”" || w == "''" || w == "``"
}

// trailingAttribution finds the attribution that closes sentence s: ",
// X said [time]." (X a short noun phrase, named or not: "police", "a
// spokeswoman for the ministry", "he"), ", said X.", ", X told
// reporters." or ", according to X.". It returns the comma that opens
// it, or -1.
func (f *finder) trailingAttribution(s *sentence) int {
	end := len(s.toks)
	for end > 0 && (s.toks[end-1].text == "." || s.toks[end-1].text == "!") {
		end--
	}
	if end == len(s.toks) || end == 0 {
		return -1 // no full stop: a headline, a question or a quote
	}
	c := end - 1
	for c >= 0 && !isSegmentEnd(s.toks[c].text) && !doubleQuote(s.toks[c].text) {
		c--
	}
	if c < 1 || s.toks[c].text != "," || c+1 >= end {
		return -1
	}
	clause := c + 1
	if l := s.low(clause); invertedCues[l] {
		// ", said X", ", according to X": the speaker follows, at most
		// ten words with no clause of its own ("said Chavez, who is
		// visiting China" ends at its comma; "said his country would
		// put" is no attribution)
		if l == "according" && s.low(clause+1) != "to" || end-clause-1 > 10 {
			return -1
		}
		for m := clause + 1; m < end; m++ {
			if l := s.low(m); s.toks[m].arg < 0 && (l == "that" || relPronouns[l] || s.verbLike(m) || pronouns[l] ||
				l == "his" || l == "its" || l == "their") {
				return -1
			}
		}
		return c
	}
	// ", X said [time]": a noun phrase of at most eight words, the speech
	// word, then at most five words of time, place or hearer
	k := clause
	for k < end && k < clause+9 && !s.in(k, wsTrailingCues) {
		if s.toks[k].arg < 0 && (s.verbLike(k) || s.low(k) == "that" || s.in(k, wsRelPronouns) || s.low(k) == "and" && k == clause) {
			return -1
		}
		k++
	}
	if k == clause || k == end || !s.in(k, wsTrailingCues) || s.low(k) == "according" || end-k-1 > 5 {
		return -1
	}
	for m := k + 1; m < end; m++ {
		if l := s.low(m); l == "that" || s.toks[m].arg < 0 && s.verbLike(m) {
			return -1
		}
	}
	return c
}

// speakerOf returns the entity who speaks by the speech word at k: the
// speaker of the quote it cues, else the name or pronoun just before its
// verb group.
func (f *finder) speakerOf(s *sentence, k int) string {
	for _, qi := range f.quotes.near(s.span) {
		q := f.doc.Quotes[qi]
		if q.Cue != nil && q.Cue.Contains(s.toks[k].span) && q.Speaker != "" {
			return q.Speaker
		}
	}
	if a := s.argAt(s.verbGroupStart(k) - 1); a != nil {
		return a.ent
	}
	return ""
}

// governs reports whether the speech word at k has the trigger at i,
// whose verb group starts at vg, in its content: not when the trigger
// stands in an adjunct of the speech ("said when he met", "said on
// arrival", "told Jiang during a visit"), is the hearer ("told a
// meeting"), or in a relative clause, and not when the speech word is in
// a relative clause closed before the trigger ("The Chechens, who
// declared independence in 1991, drove out …").
func (s *sentence) governs(k, i, vg int) bool {
	content, clause := true, false
	for m := k + 1; m < vg; m++ {
		l := s.low(m)
		lLex := s.lexAt(m)
		switch {
		case l == "that" || l == ":" || isQuoteMark(s.toks[m].text):
			content, clause = true, true
		case lLex.in(wsCircumstances) && s.toks[m].arg < 0 && !clause:
			content = false
		case s.toks[m].arg < 0 && s.verbLike(m):
			clause = true // the content's own verb: "Abe said Japan and China have agreed … during his visit"
		}
	}
	if !content || s.inRelative(i, vg) && s.relativeAfter(k, vg) {
		return false
	}
	// the speech word inside a relative clause that closes before the
	// trigger
	for m := k - 1; m >= 0 && !isSegmentEnd(s.toks[m].text); m-- {
		if s.in(m, wsRelPronouns) {
			for n := k + 1; n < vg; n++ {
				if s.toks[n].text == "," {
					return false
				}
			}
			break
		}
	}
	// the trigger heads a phrase after the speech word or a preposition
	m := i - 1
	for m > k && m >= i-5 && s.toks[m].arg < 0 && isLower(s.toks[m].text) && !s.in(m, wsVerbGroup) &&
		!s.in(m, wsAdjunctPreps) && !s.in(m, wsReportCues) && s.low(m) != "that" && !isSegmentEnd(s.toks[m].text) {
		m--
	}
	if m == k && s.in(k, wsAddressees) || m > k && m < i && s.in(m, wsAdjunctPreps) && vg == i && !s.speechClauseBetween(k, m) {
		return false
	}
	return true
}

// verbLike reports whether token m is an auxiliary or a verb form that
// makes a clause of its own.
func (s *sentence) verbLike(m int) bool {
	l := s.low(m)
	lLex := s.lexAt(m)
	return lLex.in(wsVerbGroup) && !isAdverb(l) && l != "as" && l != "well" && l != "both" && l != "just" && l != "even" ||
		isLower(s.toks[m].text) && strings.HasSuffix(l, "ed") && len(l) > 4
}

// speechClauseBetween reports whether a clause of its own (a verb, "that")
// stands between tokens k and m.
func (s *sentence) speechClauseBetween(k, m int) bool {
	for n := k + 1; n < m; n++ {
		if s.toks[n].arg < 0 && (s.verbLike(n) || s.low(n) == "that") {
			return true
		}
	}
	return false
}

// activeSpeaker returns speaker, the one who speaks by the speech word
// at k, unless the word is passive or "accused of", whose subject is the
// one spoken of ("Blair has been accused of criticising Bush"): then "".
func (s *sentence) activeSpeaker(k int, speaker string) string {
	if s.low(k+1) == "of" || k > 0 && s.in(k-1, wsBeForms) {
		return ""
	}
	return speaker
}

// infinitiveMood returns the modality a bare infinitive's "to" at k
// gives the verb after it: hypothetical when it is demanded of someone
// ("urged Iran to withdraw", "calling on Clinton to …", "called for him
// to go") or proposed ("a move to censure China"), "" (none) after a
// judgement ("right to reject", "for Ginsburg to criticize", "willingness
// to back", "a decision not to support": a settled non-act), planned
// otherwise ("agreed to meet", "invited Kim to visit", "Iraq's decision
// to execute"); hypothetical too after "willing", "ready" or "was
// prepared to".
func (s *sentence) infinitiveMood(k int) string {
	p := k - 1
	negated := false
	for p >= 0 && (isAdverb(s.low(p)) || s.in(p, wsNegators)) {
		negated = negated || s.in(p, wsNegators)
		p--
	}
	if p < 0 {
		return document.Planned
	}
	demand := func(b int) bool {
		return b >= 0 && (s.in(b, wsDemanders) || (s.low(b) == "on" || s.low(b) == "for") && s.in(b-1, wsCallers))
	}
	if a := s.argAt(p); a != nil {
		b := a.first - 1
		switch {
		case demand(b):
			return document.Hypothetical // "urged Iran to", "called for him to go"
		case s.low(b) == "for":
			return "" // "for Ginsburg to criticize"
		}
		return document.Planned
	}
	switch l := s.low(p); {
	case proposals[l] || l == "willing" || l == "ready" || l == "prepared" && p > 0 && s.in(p-1, wsBeForms):
		return document.Hypothetical // "was prepared to meet", not "prepared to head to Brussels"
	case threatForms[l]:
		return document.Hypothetical // "threatened to pull out": the guidelines' example
	case l == "decision" && negated:
		return "" // "the decision by Paris not to support": a settled non-act
	case judgementWords[l]:
		return ""
	case aspectVerbs[l] || l == "on" && goForms[s.low(p-1)]:
		return "" // "continued to criticize", "went on to meet": it happened (branch structprobe)
	}
	return document.Planned
}

// aspectVerbs take an infinitive that tells what was done, not what is
// planned: "continued to criticize", "began to attack"; goForms with
// "on" do too ("went on to meet").
var (
	aspectVerbs = set("continued", "continues", "began", "begins", "started", "starts")
	goForms     = set("went", "goes", "go", "gone", "going")
)

var (
	// callers call on or for someone to act.
	callers = set("called", "calls", "call", "calling", "appealed", "appeals", "pressed", "pushed")
	// demanders ask their object to act: what is asked is not yet done.
	demanders = set("urged", "urges", "urge", "urging", "asked", "asks", "ask", "asking", "pressed", "presses",
		"pressing", "demanded", "demands", "told", "tells", "begged", "encouraged", "encourages", "called", "calls")
	// proposals name an act not yet done: "a move to censure".
	proposals = set("move", "motion", "proposal", "resolution",
		"call", "calls", "demand", "demands", "threat", "threats", "offer")
	// threatForms threaten an act not yet done (branch physical).
	threatForms = set("threatened", "threatens", "threaten", "threatening")
	// judgementWords take an infinitive of what is judged, not planned:
	// "was right to reject", "a willingness to back".
	judgementWords = set("right", "wrong", "inappropriate", "appropriate", "unwise", "wise", "willingness", "readiness",
		"tendency", "mistake", "able", "unable")
)

// dateAfter reports whether the TimeML date value begins after the day
// of pub: a day ("2018-05-24"), an ISO week ("2016-W30", from its
// Monday), a month ("2018-06") or a year ("2019").
func dateAfter(value string, pub time.Time) bool {
	day := pub.Format("2006-01-02")
	if len(value) < 4 || strings.Trim(value[:4], "0123456789") != "" {
		return false // "XXXX-03-20", "PRESENT_REF"
	}
	switch {
	case len(value) >= 10 && value[4] == '-' && value[7] == '-':
		return value[:10] > day
	case len(value) >= 8 && value[4] == '-' && value[5] == 'W':
		y, err1 := strconv.Atoi(value[:4])
		w, err2 := strconv.Atoi(value[6:8])
		if err1 != nil || err2 != nil || w < 1 || w > 53 {
			return false
		}
		// the Monday of ISO week w: week 1 holds January 4
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		return monday.Format("2006-01-02") > day
	case len(value) == 7 && value[4] == '-':
		return value > day[:7]
	case len(value) == 4:
		_, err := strconv.Atoi(value)
		return err == nil && value > day[:4]
	}
	return false
}

// inRelative reports whether the trigger at i, its verb group at vg, is
// in a relative clause: ", with whom Chernomyrdin met", ", which …".
func (s *sentence) inRelative(i, vg int) bool {
	for m := vg - 1; m >= 0 && m >= vg-8; m-- {
		if isSegmentEnd(s.toks[m].text) {
			return false
		}
		if s.in(m, wsRelPronouns) {
			p := m - 1
			if p >= 0 && s.in(p, wsPrepsBefore) {
				p--
			}
			return p >= 0 && s.toks[p].text == ","
		}
	}
	return false
}

// relativeAfter reports whether a relative pronoun stands between k and
// vg.
func (s *sentence) relativeAfter(k, vg int) bool {
	for m := k + 1; m < vg; m++ {
		if s.in(m, wsRelPronouns) {
			return true
		}
	}
	return false
}

// lightVerbPlanned reports whether the noun trigger at i (no verb group
// of its own: vg == i) is the object of a light verb whose verb group
// plans it: "will pay successive state visits", "is to hold talks".
func (s *sentence) lightVerbPlanned(i, vg int) bool {
	if vg != i {
		return false
	}
	m := i - 1
	for m >= 0 && m >= i-4 && s.toks[m].arg < 0 && isLower(s.toks[m].text) && !s.in(m, wsNounLightVerbs) && !s.in(m, wsPlanners) &&
		!s.in(m, wsVerbGroup) && !s.in(m, wsPrepsBefore) && !isSegmentEnd(s.toks[m].text) {
		m--
	}
	if m >= 0 && s.in(m, wsPlanners) && strings.HasSuffix(s.low(m), "ing") && s.toks[m].arg < 0 {
		return true // "accuses Georgia of planning military action"
	}
	if m < 0 || !s.in(m, wsNounLightVerbs) {
		return false
	}
	planned := false
	for k := s.verbGroupStart(m); k < m; k++ {
		l := s.low(k)
		lLex := s.lexAt(k)
		if lLex.in(wsHypothetic) || lLex.in(wsNegators) {
			return false
		}
		planned = planned || lLex.in(wsPlanners) || (l == "is" || l == "are" || l == "was" || l == "were") && s.low(k+1) == "to"
	}
	return planned
}
