package relation

import (
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/country"
	"github.com/newsgraph/newsgraph/document"
)

// The fallback tier (docs/relations.md, "Fallback tier") reads the
// interactions the patterns left: a trigger verb of its own, wider
// lexicon, the subject the nearest suitable name before it in the same
// clause and the object the nearest suitable name after it, with type
// constraints on both. It trades some precision for recall and runs
// after the patterns, on trigger words they did not use.
//
// Its lexicon is kept apart from the patterns' (lex), which the pair
// model's features read: it can grow without moving the model.

// A fbTrigger is one way the fallback reads a verb: its type, the
// preposition that introduces the object ("" for a direct object) and
// whether the object must be followed by an infinitive ("urged X to").
type fbTrigger struct {
	typ  string
	prep string
	to   bool
	// words must follow the verb before the preposition, determiners
	// and possessive pronouns aside: "pay tribute to", "throw (his)
	// weight behind".
	words []string
	// reverse phrases name the one acted on as subject and the actor
	// after the preposition: "X came under fire from Y" (Y criticised X).
	reverse bool
	// wordnet marks the verbs of triggers_wordnet.go and of the third
	// round (fallback3.go), which the interaction model's features do
	// not read (argmodel.go): it is trained with the hand-written
	// lexicon and stays as shipped.
	wordnet bool
}

// fallbackSpecs lists the fallback's verbs by type: a lemma, a lemma and
// the preposition before the object ("meet with"), or a lemma with "X to"
// ("ask X to") for a request. Close to ACE's and CAMEO's event verbs.
var fallbackSpecs = map[string][]string{
	Meet: {"meet", "meet with", "host", "talk with", "confer with", "negotiate with", "huddle with", "consult with",
		"sit down with", "dine with", "receive"},
	Visit: {"visit", "tour", "arrive", "arrive in", "arrive at", "travel to", "fly to", "go to", "head to", "come to", "land in",
		"fly into", "travel into", "stop in", "stop at"},
	Invite:   {"invite"},
	Sanction: {"sanction", "blacklist", "embargo", "expel", "ban"},
	Accuse:   {"accuse", "blame", "implicate", "fault"},
	Threaten: {"threaten", "menace"},
	Attack: {"attack", "strike", "bomb", "shell", "raid", "invade", "storm", "ambush", "assault",
		"fire on", "fire at", "shoot at", "besiege", "bombard", "clash with", "overrun", "hack",
		"pound", "strafe", "rocket", "blow up", "firebomb", "open fire on", "open fire at"},
	Kill: {"kill", "assassinate", "murder", "execute", "behead", "slay", "massacre", "lynch", "shoot dead", "gun down"},
	Arrest: {"arrest", "detain", "capture", "indict", "convict", "sentence", "jail", "imprison", "prosecute",
		"extradite", "apprehend", "charge"},
	Agree: {"agree with", "sign with", "settle with", "ally with", "agree"},
	Urge: {"urge", "call on", "call upon", "press", "appeal to", "implore", "exhort", "ask X to", "tell X to",
		"encourage X to", "order X to", "warn X to", "pressure X to", "push X to", "advise X to", "challenge X to",
		"lobby", "beg X to", "demand"},
	Withdraw: {"withdraw from", "pull out of", "resign from", "drop out of", "step down from", "defect from",
		"quit", "disengage from", "retreat from", "pull back from", "walk out of", "exit"},
	Support: {"support", "back", "endorse", "praise", "defend", "vote for", "hail", "applaud", "thank",
		"congratulate", "commend", "laud", "salute", "champion", "side with", "stand by", "campaign for",
		"welcome", "embrace", "rally behind", "stand behind", "get behind", "compliment", "credit", "cheer",
		"approve of", "rally to", "back up", "admire", "extol", "appreciate", "stand with", "vouch for",
	},
	Criticize: {"criticise", "criticize", "condemn", "denounce", "deplore", "slam", "blast", "oppose",
		"protest against", "lambaste", "rebuke", "chide", "berate", "castigate", "censure", "assail",
		"ridicule", "mock", "reject", "scold", "reprimand", "rubbish", "deride", "disparage", "repudiate", "snub",
		"hit out at", "lash out at", "rail against", "round on", "take on", "brand", "regret", "decry", "excoriate", "pillory",
		"bash", "lambast", "poke at", "swipe at", "sneer at", "scoff at",
		// recall audit 2 (unseen US political news): "began vilifying her",
		// "grilled Wells Fargo CEO John Stumpf"
		"vilify", "grill"},
}

// fallbackPhrases are the fallback's multi-word phrases: a verb, the
// words after it and the preposition before the object. A leading "<"
// marks a phrase whose subject is acted on and whose object acts.
var fallbackPhrases = map[string][]string{
	Meet:  {"have talks with", "get together with", "hold a meeting with", "hold discussions with"},
	Visit: {"set foot in", "touch down in", "make a trip to", "pay a call on"},
	Support: {"stand up for", "speak highly of", "come to the defence of", "come to the defense of", "pay tribute to", "throw weight behind", "give backing to", "lend support to", "express support for",
		"offer support to", "come out for", "speak up for", "stick up for", "come out in favour of",
		"<win praise from", "<win backing from", "<win the backing of", "<win the support of", "<receive support from",
		"<win the endorsement of", "<get the endorsement of", "<get the backing of", "<earn praise from",
		"stand in solidarity with", "express solidarity with", "show solidarity with", "voice solidarity with",
		// recall audit 2: "held a fund-raiser for Hillary Clinton", "plans to
		// caucus for him"
		"hold a fund-raiser for", "host a fund-raiser for", "hold a fundraiser for", "host a fundraiser for",
		"caucus for"},
	Criticize: {"take issue with", "find fault with", "pour scorn on", "hit back at", "lay into", "tear into", "poke fun at",
		"<come under fire from", "<come under attack from", "<draw criticism from", "<face criticism from",
		"<draw fire from", "<draw condemnation from", "<face condemnation from", "<come under criticism from",
		"<receive criticism from", "<draw criticism from", "<attract criticism from",
		"take shots at", "take some shots at", "take potshots at"}, // recall audit 2: "took some shots at Sanders"
	Agree: {"ink a deal with", "forge an alliance with", "form a coalition with"},
	Attack: {"carry out an attack on", "launch a raid on", "launch an offensive against", "wage war on", "mount raids on",
		"fire rockets at", "fire rockets into", "fire missiles at", "fire missiles into", "fire shells at",
		"fire mortars at", "launch rockets at", "launch rockets into", "lob mortars at"},
	Sanction: {"sever ties with", "cut ties with", "suspend aid to", "cut off aid to", "cut aid to", "suspend ties with", "break off relations with",
		"impose restrictions on"},
	Arrest: {"press charges against"},
	Withdraw: {"withdraw troops from", "withdraw forces from", "withdraw soldiers from", "pull troops out of", "pull forces out of",
		"pull soldiers out of", "withdraw support from", "withdraw backing from", "pull support from"},
	Accuse:   {"lay the blame on", "put the blame on"},
	Invite:   {"<receive an invitation from", "<accept an invitation from"},
	Threaten: {"issue a warning to"},
}

// fbAdjectives are adjectives with the preposition before their object
// ("critical of", "opposed to"), read like verbs: "X is critical of Y",
// "a resolution critical of Y".
var fbAdjectives = map[string]fbTrigger{
	"critical": {typ: Criticize, prep: "of"}, "supportive": {typ: Support, prep: "of"},
	"opposed": {typ: Criticize, prep: "to"}, "hostile": {typ: Criticize, prep: "to"},
	// anger at someone: "was still miffed over Ryan's lack of support"
	"angry": {typ: Criticize, prep: "at"}, "furious": {typ: Criticize, prep: "at"}, "miffed": {typ: Criticize, prep: "at"},
	"incensed": {typ: Criticize, prep: "at"}, "outraged": {typ: Criticize, prep: "at"},
}

// fbAdjPreps are the other prepositions an adjective of fbAdjectives
// takes: "angry with", "miffed over".
var fbAdjPreps = map[string][]string{
	"angry": {"with", "over"}, "furious": {"with", "over"}, "miffed": {"with", "over", "by"}, "incensed": {"by", "over"},
	"outraged": {"by", "over"},
}

// adjTrigger returns the adjective trigger of w when its preposition is
// p.
func adjTrigger(w, p string) (fbTrigger, bool) {
	t, ok := fbAdjectives[w]
	if !ok {
		if t, ok := stanceAdjectives.trigger(w, p); ok {
			return t, true
		}
		if t, ok := phraseAdjectives.trigger(w, p); ok {
			return t, true // phrasestance.go
		}
		return cameoAdjectives.trigger(w, p) // triggers_cameo.go
	}
	if p == t.prep {
		return t, true
	}
	for _, q := range fbAdjPreps[w] {
		if p == q {
			t.prep = q
			return t, true
		}
	}
	return t, false
}

// fbIrregular are irregular forms of the fallback's verbs the patterns'
// table lacks.
var fbIrregular = map[string][2]string{"fight": {"fought", "fought"}, "lead": {"led", "led"}, "stand": {"stood", "stood"},
	"win": {"won", "won"}, "draw": {"drew", "drawn"}, "lay": {"laid", "laid"}, "tear": {"tore", "torn"},
	"lend": {"lent", "lent"}, "stick": {"stuck", "stuck"}, "find": {"found", "found"}, "get": {"got", "got"},
	"set": {"set", "set"}, "speak": {"spoke", "spoken"}, "cut": {"cut", "cut"}, "break": {"broke", "broken"},
	"stab": {"stabbed", "stabbed"}, "lob": {"lobbed", "lobbed"}, "shoot": {"shot", "shot"},
	"waylay": {"waylaid", "waylaid"}, "overthrow": {"overthrew", "overthrown"}, "freeze": {"froze", "frozen"}}

type fbLexicon struct {
	verbs map[string][]fbTrigger
	// block is where the build grows the lists of verbs (add): a few
	// large allocations rather than one per list and growth (nil once
	// built)
	block []fbTrigger
	// cameoRound is set while the build adds the CAMEO round's words:
	// add marks those it is the first to add cameoOnly
	cameoRound bool
	forms      map[string]form
	// wordnetOnly holds the forms only WordNet's verbs bring.
	wordnetOnly map[string]bool
	// cameoOnly holds the forms the CAMEO round brings first.
	cameoOnly map[string]bool
}

// fbLex returns the fallback tier's lexicon, built on first use.
var fbLex = sync.OnceValue(buildFallbackLexicon)

func buildFallbackLexicon() *fbLexicon { return buildFallbackLexiconWith(fbInflect) }

// buildFallbackLexiconWith builds the lexicon with infl's forms (a test's
// reference inflection).
func buildFallbackLexiconWith(infl func(string) verbForms) *fbLexicon {
	l := &fbLexicon{verbs: make(map[string][]fbTrigger, fbLexSize), forms: make(map[string]form, fbLexSize), wordnetOnly: make(map[string]bool, fbLexSize), cameoOnly: map[string]bool{}}
	for w, t := range fbAdjectives {
		if w != "opposed" {
			l.add(w, t)
			l.forms[w] = form{lemma: w, past: true}
		}
	}
	for typ, specs := range byType(fallbackPhrases) {
		for _, spec := range specs {
			spec, reverse := strings.CutPrefix(spec, "<")
			ws := strings.Fields(spec)
			t := fbTrigger{typ: typ, reverse: reverse, words: ws[1 : len(ws)-1], prep: ws[len(ws)-1]}
			fs := infl(ws[0])
			for _, p := range fs.all() {
				l.add(p.f, t)
				l.forms[p.f] = p.info
			}
		}
	}
	for typ, specs := range byType(fallbackSpecs) {
		for _, spec := range specs {
			l.addSpec(typ, spec, false, infl)
		}
	}
	// then the third round's (fallback3.go), which the interaction
	// model does not read either
	for typ, specs := range byType(relrulesSpecs) {
		for _, spec := range specs {
			l.addSpec(typ, spec, true, infl)
		}
	}
	l.addPhrases(relrulesPhrases, infl)
	// then the stance round's (fallback4.go)
	for typ, specs := range byType(stanceSpecs) {
		for _, spec := range specs {
			l.addSpec(typ, spec, true, infl)
		}
	}
	l.addAdjectives(stanceAdjectives)
	l.addAdjectives(phraseAdjectives)  // phrasestance.go
	l.addPhrases(stance3Phrases, infl) // stance3.go
	// then the removal-request round's (control.go)
	for typ, specs := range byType(controlSpecs) {
		for _, spec := range specs {
			l.addSpec(typ, spec, true, infl)
		}
	}
	// then the CAMEO round's (triggers_cameo.go), whose new words the
	// dependency tier does not start from
	// (add marks them)
	l.cameoRound = true
	for typ, specs := range byType(cameoSpecs) {
		for _, spec := range specs {
			l.addSpec(typ, spec, true, infl)
		}
	}
	l.addAdjectives(cameoAdjectives)
	// and round 3's classes (r3trig.go), also new to the dependency tier
	for typ, specs := range byType(r3trigSpecs) {
		for _, spec := range specs {
			l.addSpec(typ, spec, true, infl)
		}
	}
	// and the WordNet-neighbour round's (triggers5.go)
	for typ, specs := range byType(triggers5Specs) {
		for _, spec := range specs {
			l.addSpec(typ, spec, true, infl)
		}
	}
	l.cameoRound = false
	// then WordNet's verbs (triggers_wordnet.go) where they add a reading
	for typ, specs := range byType(wordnetSpecs) {
		for _, spec := range specs {
			l.addSpec(typ, spec, true, infl)
		}
	}
	l.block = nil
	return l
}

// byType yields the specs of each type in the order of the types' names:
// a word's readings come in that order within a round (its map's would
// change from one process to the next).
func byType(m map[string][]string) iter.Seq2[string, []string] {
	return func(yield func(string, []string) bool) {
		for _, typ := range slices.Sorted(maps.Keys(m)) {
			if !yield(typ, m[typ]) {
				return
			}
		}
	}
}

// add appends t to the readings of word w, growing the list in l.block.
func (l *fbLexicon) add(w string, t fbTrigger) {
	ts := l.verbs[w]
	if l.cameoRound && len(ts) == 0 {
		l.cameoOnly[w] = true
	}
	if len(ts) == cap(ts) {
		n := max(2*len(ts), 1)
		if len(l.block) < n {
			l.block = make([]fbTrigger, max(n, 1024))
		}
		grown := l.block[:len(ts):n]
		l.block = l.block[n:]
		copy(grown, ts)
		ts = grown
	}
	l.verbs[w] = append(ts, t)
}

// addAdjectives adds the adjectives of tab, each with its prepositions, as
// words only the fallback tier reads.
func (l *fbLexicon) addAdjectives(tab adjTable) {
	for w, a := range tab {
		for _, p := range a.preps {
			l.add(w, fbTrigger{typ: a.typ, prep: p, wordnet: true})
		}
		if _, ok := l.forms[w]; !ok {
			l.forms[w], l.wordnetOnly[w] = form{lemma: w, past: true}, true
		}
	}
}

// addSpec adds a verb of fallbackSpecs' form, unless the lexicon already
// reads it so; wordnet marks a verb of wordnetSpecs, which keeps the
// forms the hand-written verbs gave.
func (l *fbLexicon) addSpec(typ, spec string, wordnet bool, infl func(string) verbForms) {
	ws := strings.Fields(spec)
	t := fbTrigger{typ: typ, wordnet: wordnet}
	switch {
	case len(ws) == 3 && ws[1] == "X" && ws[2] == "to":
		t.to = true
	case len(ws) == 4 && ws[2] == "X" && ws[3] == "to":
		t.to, t.words = true, ws[1:2] // "call for X to"
	case len(ws) >= 2:
		// "meet with", "hit out at": the last word introduces the
		// object, the ones between must follow the verb
		t.words, t.prep = ws[1:len(ws)-1], ws[len(ws)-1]
	}
	fs := infl(ws[0])
	for _, p := range fs.all() {
		f, info := p.f, p.info
		if slices.ContainsFunc(l.verbs[f], func(u fbTrigger) bool {
			return u.typ == t.typ && u.prep == t.prep && u.to == t.to && !u.reverse && slices.Equal(u.words, t.words)
		}) {
			continue
		}
		l.add(f, t)
		if _, ok := l.forms[f]; !ok || !wordnet {
			l.forms[f] = info
			l.wordnetOnly[f] = wordnet
		}
	}
}

// fbDoubles are the fallback's verbs that double their last consonant
// ("slam", "slammed") which the patterns' inflect does not know.
var fbDoubles = set("expel", "regret", "slam", "snub", "stab", "lob", "gun", "nab", "jab", "bar", "travel")

// fbInflect is inflect with the fallback's irregular and doubled forms.
func fbInflect(lemma string) verbForms {
	out := inflect(lemma)
	if fbDoubles[lemma] || cameoDoubles[lemma] {
		c := lemma[len(lemma)-1:]
		out.set(lemma+c+"ed", form{lemma: lemma, past: true, part: true})
		out.set(lemma+c+"ing", form{lemma: lemma, ing: true})
	}
	if lemma == "have" {
		out.set("has", form{lemma: lemma}) // "has reservations about"
	}
	irr, ok := fbIrregular[lemma]
	if !ok {
		irr, ok = cameoIrregular[lemma]
	}
	if ok {
		out.deleteFunc(func(p formPair) bool { return p.info.past || p.info.part })
		out.set(irr[0], form{lemma: lemma, past: true, part: irr[0] == irr[1]})
		if irr[1] != irr[0] {
			out.set(irr[1], form{lemma: lemma, part: true})
		}
	}
	return out
}

// fbModals are the words before a base form that make it a verb.
var fbModals = set("to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do",
	"not", "n't", "'ll", "'d", "never", "also", "shall")

// An interactionSet holds interactions by type and parties; a meeting or
// an agreement is the same either way round.
type interactionSet map[[3]string]bool

func (h interactionSet) add(r document.Relation) { h[[3]string{r.Type, r.Subject, r.Object}] = true }

func (h interactionSet) has(r document.Relation) bool {
	return h[[3]string{r.Type, r.Subject, r.Object}] ||
		(r.Type == Meet || r.Type == Agree) && h[[3]string{r.Type, r.Object, r.Subject}]
}

// triggersUsed returns the interactions among rels (a sentence's
// relations) and which tokens of s stand in their triggers, for the tiers
// that read only the trigger words no earlier rule used.
func (s *sentence) triggersUsed(rels []document.Relation) ([]bool, interactionSet) {
	used := make([]bool, len(s.toks))
	have := interactionSet{}
	for _, r := range rels {
		if !IsInteraction(r.Type) {
			continue
		}
		have.add(r)
		for k := range s.toks {
			if s.toks[k].span.Overlaps(r.Trigger) {
				used[k] = true
			}
		}
	}
	return used, have
}

// fallback runs the fallback tier on sentence s; from is the index in
// f.rels of the first relation found in s.
func (f *finder) fallback(s *sentence, from int) {
	used, have := s.triggersUsed(f.rels[from:])
	for i := range s.toks {
		if used[i] || s.toks[i].arg >= 0 {
			continue
		}
		var rs []document.Relation
		if lx := s.lexOf(i); !lx.fbGate {
			// the reported-speech round's heads stay outside the gate, so
			// that "right", "show" or "judge" run no other rule
			if !lx.speech {
				// evaluative adjectives (evallex.go) run only the
				// judgement reader
				if !lx.in(wsEvalNeg) && !lx.in(wsEvalPos) {
					continue
				}
				if rs = f.saidJudgement(s, i); rs == nil {
					continue
				}
			} else if rs = f.speechStance(s, i); rs == nil { // speechstance.go
				continue
			}
		} else {
			rs = f.fbVerb(s, i)
		}
		if rs == nil {
			rs = f.removalRequest(s, i) // control.go, before the nouns' "demand"
		}
		if rs == nil {
			rs = f.fbNoun(s, i)
		}
		if rs == nil {
			rs = f.behind(s, i)
		}
		if rs == nil {
			rs = f.claimed(s, i)
		}
		if rs == nil {
			rs = f.visitingGuest(s, i)
		}
		if rs == nil {
			rs = f.resignedAs(s, i)
		}
		if rs == nil {
			rs = f.theTwo(s, i)
		}
		if rs == nil {
			rs = f.calledNames(s, i)
		}
		if rs == nil {
			rs = f.judgedPhrase(s, i) // control.go
		}
		if rs == nil {
			rs = f.discussedWith(s, i)
		}
		if rs == nil {
			rs = f.inAgreement(s, i)
		}
		if rs == nil {
			rs = f.withWhom(s, i)
		}
		if rs == nil {
			rs = f.stancePhrase(s, i)
		}
		if rs == nil {
			rs = f.agreeWithStatement(s, i)
		}
		if rs == nil {
			rs = f.callFor(s, i)
		}
		if rs == nil {
			rs = f.saidJudgement(s, i)
		}
		if rs == nil {
			rs = f.speechStance(s, i) // speechstance.go
		}
		if rs == nil {
			rs = f.hopeUrge(s, i)
		}
		if rs == nil {
			rs = f.wantUrge(s, i) // evaluative.go
		}
		if rs == nil {
			rs = f.timeForUrge(s, i) // r3speech.go
		}
		if rs == nil {
			rs = f.provoked(s, i)
		}
		if rs == nil {
			rs = f.firedAt(s, i) // physical.go
		}
		if rs == nil {
			rs = f.exchangedFire(s, i)
		}
		if rs == nil {
			rs = f.warnedThat(s, i)
		}
		if rs == nil {
			rs = f.allegedThat(s, i)
		}
		if rs == nil {
			rs = f.blamedOn(s, i)
		}
		if rs == nil {
			rs = f.underArrest(s, i)
		}
		if rs == nil {
			rs = f.hitWithSanctions(s, i)
		}
		if rs == nil {
			rs = f.wipedOff(s, i)
		}
		if rs == nil {
			rs = f.nominal2(s, i) // nominal2.go
		}
		if rs == nil {
			rs = f.nomArgs(s, i) // nomargs.go
		}
		if rs == nil {
			rs = f.stance3(s, i) // stance3.go
		}
		if rs == nil {
			rs = f.underFrom(s, i) // audit1.go
		}
		if rs == nil {
			rs = f.frontedGreeting(s, i) // audit1.go
		}
		if rs == nil {
			rs = f.journeyTo(s, i) // audit1.go
		}
		if rs == nil {
			rs = f.r3nom(s, i) // r3nom.go
		}
		if rs == nil {
			rs = f.speech4(s, i) // speech4.go
		}
		if len(rs) == 0 {
			rs = f.triggers5(s, i) // triggers5.go; also after a rule that read no pair
		}
		if len(rs) == 0 {
			rs = f.audit3(s, i) // audit3.go; also after a verb rule that read no pair
		}
		for _, r := range rs {
			for m := i; m < len(s.toks) && s.toks[m].span.Start < r.Trigger.End; m++ {
				used[m] = true // "won the backing of": not "backing" again
			}
			if have.has(r) {
				continue
			}
			have.add(r)
			if r.SubjectSpan != nil {
				if a := s.argCovering(*r.SubjectSpan); a != nil {
					s.lastSubj = a // a participle or a coordinated verb after it
				}
			}
			f.add(s, r)
		}
	}
	f.eventRecall(s, from)     // events2.go
	f.sanctionTargets(s, from) // nomargs.go
	// coordinated objects of the noun triggers and of the tier's own
	// relations: "state visits to Britain, Germany and Spain"
	for _, r := range f.rels[from:] {
		if !IsInteraction(r.Type) || r.ObjectSpan == nil || r.Object == "" {
			continue
		}
		obj := s.argCovering(*r.ObjectSpan)
		if obj == nil {
			continue
		}
		for _, a := range s.coordinated(obj.last + 1) {
			x := r
			sp := a.span
			x.Object, x.ObjectSpan = a.ent, &sp
			if have.has(x) || a.ent == r.Subject {
				continue
			}
			have.add(x)
			if x.Type == Visit && a.place {
				x.Place = a.ent
			}
			f.add(s, x)
		}
	}
	f.coordinatedSubjects(s, from)
	f.coordinatedPremods(s, from) // nominal2.go
	f.dropSelfMeetings(from)
	f.dropFactAgreements(s, from)
	f.ownedPhraseObjects(s, from)
	f.infinitiveSubjects(s, from)
	f.visitedPlaces(s, from)
	f.threats(s, from)
}

// fbVerb reads a fallback verb trigger at token i and returns its
// relations.
func (f *finder) fbVerb(s *sentence, i int) []document.Relation {
	low := s.toks[i].low
	wl := s.lexOf(i)
	ts := wl.fbVerbs
	if len(ts) == 0 {
		return nil
	}
	fm := wl.fbForm
	prev := s.low(i - 1)
	prevLex := s.lexAt(i - 1)
	if prevLex.in(wsDeterminers) && !(prev == "that" && fm.past) || prev == "'s" || prevLex.in(wsNumberWords) {
		return nil // a noun: "the attack", "Kim's visit"; not "an attack that killed"
	}
	vg := s.verbGroupStart(i)
	passive := fm.part && s.passiveBefore(i)
	if fm.part && !passive && prev == "and" && i >= 2 && (s.lexAt(i-2).fbForm.part || s.lexAt(i-2).form.part || strings.HasSuffix(s.low(i-2), "ed")) && s.passiveBefore(i-2) {
		// "was kidnapped and killed by": coordinated participles
		passive, vg = true, s.verbGroupStart(i-2)
	}
	participle := fm.ing && prev == "," // ", killing seven soldiers"
	// "met Xi before travelling to" (coordination.go), "On arriving in X,
	// Y said" (audit1.go)
	adverbial := fm.ing && vg == i && (prevLex.in(wsAdverbialGerunds) || s.openingOn(i))
	opening := fm.ing && vg == i && s.openingParticiple(i) // stance3.go: "Praising X, Y said"
	if adj, ok := adjTrigger(low, s.low(s.skipInsert(i+1))); ok {
		// "is opposed to": an adjective, not a passive
		ts, passive, fm = []fbTrigger{adj}, false, form{lemma: low, past: true}
		if s.in(vg-1, wsCopulas) {
			vg = s.verbGroupStart(vg - 1) // "remain strongly opposed to"
		}
	}
	switch {
	case fm.ing:
		// a progressive ("is meeting") or a participle clause after a
		// comma; gerunds are the patterns'
		if (!s.in(i-1, wsBeForms) || s.low(i-1) == "'s") && !participle && !adverbial && !opening && !prevLex.in(wsDocumentNouns) {
			return nil
		}
	case fm.past || fm.part:
		if !passive && fm.part && !fm.past && !s.perfectBefore(vg, i) {
			return nil // "had been shaken", a bare participle; not "has frozen"
		}
	case low == fm.lemma:
		// a base form needs a modal or "to" before it: "will meet"
		if (vg == i || !s.in(i-1, wsFbModals) && !s.in(vg, wsFbModals)) && !s.coordinatedInfinitive(i) && !s.presentAfterPronoun(i) {
			return nil
		}
	default:
		// a third-person form: a name, a pronoun or an auxiliary word
		// before it, never a noun phrase ("rocket attacks")
		if i == 0 || s.toks[i-1].arg < 0 && !prevLex.in(wsVerbGroup) && !isAdverb(prev) && !(prev == "," && s.sponsorsBefore(i) != nil) &&
			!((prev == "and" || prev == "but") && f.coordinatedSubject(s, i) != nil) { // "supports the plan and encourages" (clauses.go)
			return nil // (a document's sponsors before: "The resolution, co-sponsored by X, demands" (sponsors.go))
		}
		if a := s.argAt(i - 1); a != nil && a.typ == document.MISC && !s.groupHead(a) {
			return nil // a noun after a nationality: "African champions Tunisia"
		}
	}
	var out []document.Relation
	for _, t := range ts {
		j := i + 1
		if len(t.words) > 0 {
			if j = s.matchWords(j, t.words); j < 0 {
				continue
			}
		}
		if t.prep != "" {
			j = s.skipInsert(j)
			if s.low(j) != t.prep {
				continue
			}
			j++
		}
		end := i + 1
		if t.prep != "" {
			end = j
		}
		var subj, obj *arg
		next := j
		groupText, groupSpan, groupName := "", document.Span{}, (*arg)(nil)
		if passive {
			if t.to || t.prep != "" || t.reverse {
				continue
			}
			obj = f.fbLeft(s, vg, possessive[t.typ])
			subj = s.agent(j)
		} else {
			if participle {
				subj = s.openingSubject(vg)
				if subj == nil && s.lastSubj != nil && s.lastSubj.last < vg && !s.clauseBetween(s.lastSubj.last+1, vg) {
					subj = s.lastSubj // "a JMB squad bombed a bus …, killing two judges"
				}
			} else if adverbial {
				subj = s.adverbialSubject(vg, i)
			} else if opening {
				subj = s.openingClauseSubject(i)
			} else if fm.ing && vg == i && prevLex.in(wsDocumentNouns) && f.documentIssuer(s, i-1) != nil {
				subj = f.documentIssuer(s, i-1) // "vetoed a Security Council resolution condemning" (stance3.go)
			} else {
				subj = f.fbLeft(s, vg, false)
			}
			if subj == nil && t.typ == Kill {
				// "Israeli shelling killed three civilians": the attack's actor
				subj = f.attackAgent(s, vg)
			}
			if subj == nil && !participle && themTypes[t.typ] {
				subj = f.sharedActor(s, vg) // "stormed the square in 1989 and fired on" (physical.go)
			}
			if subj == nil && (fm.ing || fbAdjectives[low].typ != "") && s.in(i-1, wsDocumentNouns) {
				// "sponsored a resolution critical of China", "UN
				// resolutions criticising Burma": the body that issues it
				subj = f.documentActor(s, i-1)
			}
			obj, next = s.fbObject(j, t.typ)
			if headStance[fm.lemma+" "+t.prep] {
				obj = nil // "committed to" a plan, not to a country
			}
			if obj == nil && t.prep == "" && len(t.words) == 0 {
				if k := s.skipTimeAdverbs(j); k > j {
					obj, next = s.fbObject(k, t.typ) // "condemned on Monday the attack by X"
				}
			}
			if obj == nil && t.typ == Visit && (t.prep == "" || t.prep == "in" || t.prep == "to") && s.low(i+1) == "here" && f.dateline != nil {
				obj = f.dateline // "arrived here Monday", the dateline's city
			}
			if obj == nil && possessive[t.typ] {
				obj = f.possessedObject(s, j) // "slammed his proposal"
			}
			if (t.to || t.prep == "on" || t.prep == "upon") && obj == nil && t.typ == Urge {
				// "advised its embassies to", "ordered X's office to":
				// a body named by a noun phrase
				groupText, groupSpan, groupName = s.urgedGroup(f.doc, j)
				if groupText == "" {
					continue
				}
			} else if t.to {
				next = s.pastControlled(next) // control.go: "ordered A and B to", ", along with X, to"
				if s.low(next) == "not" {
					next++
				}
				if obj == nil || s.low(next) != "to" {
					continue
				}
			}
		}
		if subj == nil && t.typ == Meet && obj == nil {
			continue
		}
		if subj == nil {
			continue
		}
		if groupText != "" {
			r := f.relation(s, t.typ, subj, nil, i, end, vg)
			r.ObjectText, r.ObjectSpan = groupText, &groupSpan
			out = append(out, r)
			if groupName != nil && fbFits(s, t.typ, subj, groupName) {
				out = append(out, f.relation(s, t.typ, subj, groupName, i, end, vg))
			}
			break
		}
		if k := s.beforeDeterminers(subj.first); obj == nil && (t.typ == Meet || t.typ == Agree) && !passive && s.low(k) == "and" {
			// "Ahern and Blair met", "Japan and the United States agreed"
			if other := s.argAt(k - 1); other != nil && other.typ != document.MISC && other.ent != subj.ent {
				obj, subj = subj, other
			}
		}
		if obj == nil && !passive && t.typ == Attack && physicalAttack[fm.lemma] && t.prep == "" && subj.typ != "PRON" && subj.typ != document.PER && (!subj.place || isCountryArg(s, subj)) {
			// a building or a vehicle: "a JMB squad bombed a court
			// microbus" (these verbs are never said of words)
			if objText, objSpan := s.targetPhrase(f.doc, j); objText != "" {
				r := f.relation(s, t.typ, subj, nil, i, end, vg)
				r.ObjectText, r.ObjectSpan = objText, &objSpan
				out = append(out, r)
				break
			}
		}
		if obj == nil && !passive && (t.typ == Criticize || t.typ == Support) && t.prep == "" && len(t.words) == 0 {
			// "slammed the proposal as reprehensible": a statement or an
			// action named by a noun phrase (the guidelines' object)
			if text, sp := s.nounPhrase(f.doc, j); text != "" && s.argIn(j, sp) == nil {
				k := s.past(j, sp)
				if w := lastWord(text); (statementNouns[w] || actionNouns[w] || phraseHeads[w]) && s.low(k) != "that" {
					// not "rejected the idea that …", the denial of a claim
					r := f.relation(s, t.typ, subj, nil, i, end, vg)
					r.ObjectText, r.ObjectSpan = text, &sp
					out = append(out, r)
					break
				}
			}
		}
		if obj == nil && !passive && (t.typ == Criticize || t.typ == Support) && len(t.words) == 0 {
			// "back controversial government plans", "objected to
			// subsidies", "supports keeping troops there" (phrasestance.go)
			if r, ok := f.phraseStance(s, t, fm.lemma, subj, i, end, j, vg); ok {
				out = append(out, r)
				break
			}
		}
		if t.typ == Withdraw && phraseWithdrawals[fm.lemma] {
			obj = nil // "boycotted the elections", not "boycotted Hamas"
		}
		if obj == nil && !passive && t.typ == Withdraw {
			// a withdrawal from an event or a pact named by a noun
			// phrase (CAMEO round, triggers_cameo.go): "boycotted the
			// elections", "reneged on the deal", "stormed out of the talks"
			if text, sp := s.nounPhrase(f.doc, j); text != "" && s.argIn(j, sp) == nil && withdrawnFrom[lastWord(text)] {
				r := f.relation(s, t.typ, subj, nil, i, end, vg)
				r.ObjectText, r.ObjectSpan = text, &sp
				out = append(out, r)
				break
			}
		}
		if obj == nil && !passive && t.typ == Visit && t.prep == "" {
			obj = s.placeAfterPhrase(j) // "visited troops in Iraq"
		}
		if obj == nil && !passive && themTypes[t.typ] {
			// "arrested four soldiers and accused them of spying" (physical.go)
			if text, sp := f.themGroup(s, j); text != "" {
				r := f.relation(s, t.typ, subj, nil, i, end, vg)
				r.ObjectText, r.ObjectSpan = text, &sp
				out = append(out, r)
				break
			}
		}
		if obj == nil && !passive && (t.typ == Kill || t.typ == Arrest || t.typ == Attack || t.typ == Sanction && fm.lemma == "expel") && subj.typ != "PRON" && (!subj.place || isCountryArg(s, subj)) {
			// a specific group of people: "killing seven security
			// personnel", "arrested three activists"
			if objText, objSpan := s.victimPhrase(f.doc, j); objText != "" {
				r := f.relation(s, t.typ, subj, nil, i, end, vg)
				r.ObjectText, r.ObjectSpan = objText, &objSpan
				out = append(out, r)
				break
			}
		}
		if obj == nil {
			continue
		}
		if t.typ == Agree && t.prep == "" && (s.in(next, wsBeForms) || s.in(next, wsVerbGroup)) {
			continue // "agrees Trump is an opportunist": a fact agreed, no deal
		}
		typ := t.typ
		if t.reverse {
			if s.in(j, wsQuantifiers) || s.in(j, wsNumberWords) || isDigits(s.low(j)) {
				continue // "earned the backing of two of the state's Republicans": not the state (stance3)
			}
			subj, obj = obj, subj
		}
		if typ == Attack && isPerson(subj) && isPerson(obj) {
			typ = Criticize // people attack people in words
		}
		if !fbFits(s, typ, subj, obj) {
			continue
		}
		out = append(out, f.relation(s, typ, subj, obj, i, end, vg))
		break
	}
	return f.clauseSettle(s, out, i, vg) // (clauses.go)
}

// fbLeft returns the subject (or a passive's object) of the verb group
// starting at vg: the patterns' subject if they find one, else the
// nearest name before it in the same clause, over a prepositional phrase
// after the name ("troops in the West Bank"), institution words ("the
// Israeli army", "Russia's forces"), auxiliaries and adverbs.
//
// possessed, for a passive of support or criticism, lets a possessive
// stand for its owner: "Makarov's case was backed by …".
func (f *finder) fbLeft(s *sentence, vg int, possessed bool) *arg {
	if rel := s.low(vg - 1); (rel == "who" || rel == "which") && s.low(vg-2) != "," {
		// "the Popular Resistance Committees, an umbrella organisation
		// which has carried out …": the name the appositive describes
		k := vg - 2
		for k > 0 && k > vg-6 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.in(k, wsDeterminers) && !s.in(k, wsPrepsBefore) {
			k--
		}
		if (s.low(k) == "a" || s.low(k) == "an") && s.low(k-1) == "," {
			if a := s.argAt(k - 2); a != nil && a.typ != document.MISC && a.typ != "PRON" {
				return a
			}
		}
	}
	if rel := s.low(vg - 1); (rel == "who" || rel == "which") && s.low(vg-2) == "," {
		// "denied by Jack Straw, who accused …": the antecedent, a
		// preposition before it or not
		if a := s.argAt(vg - 3); a != nil && (rel == "who" || !s.afterPrep(a.first)) {
			return f.fbActor(s, a) // "which": not "the bombing in Pyatigorsk, which"
		}
		return nil
	}
	if s.low(vg-1) == "and" {
		if a, ok := s.andInRelative(vg); ok {
			// "a union that has broken away … and endorsed X": the
			// union (relsubj.go)
			if a == nil {
				return nil
			}
			return f.fbActor(s, a)
		}
	}
	if c := s.low(vg - 1); c == "and" || c == "or" {
		// "to step aside and back a Congress government": the
		// infinitive's subject
		if k := s.infinitiveBefore(vg); k >= 0 {
			if a := f.fbLeft(s, k, possessed); a != nil {
				return a
			}
		}
	}
	if s.low(vg) == "to" {
		// "called on X to quit", "urged X to attack": the one urged
		if a := s.argAt(vg - 1); a != nil && s.urgedAt(s.beforeDeterminers(a.first)) {
			return f.fbActor(s, a)
		}
		// "wants the United Front, which faces a vote, to back …": the
		// object of a verb of wanting does what it is wanted to
		if a := s.controlledObject(vg); a != nil {
			return f.fbActor(s, a)
		}
	}
	if a := s.documentSponsor(vg); a != nil {
		return a // "The resolution, co-sponsored by X, demands that" (sponsors.go)
	}
	if a := s.subjectLeft(vg); a != nil {
		return f.fbActor(s, a)
	}
	if a := s.relativeSubject(vg); a != nil {
		return f.fbActor(s, a) // "Hamas, which won the vote, slammed"
	}
	if a := s.othersBefore(vg); a != nil {
		return a // "France, Germany and others rejected"
	}
	if a := f.andClauseSubject(s, vg); a != nil {
		return a // "He held talks Friday and on Saturday was to meet"
	}
	if a := f.coordinatedSubject(s, vg); a != nil {
		return f.fbActor(s, a) // "supports the plan and encourages Y to" (clauses.go)
	}
	if c := s.low(vg - 1); (c == "and" || c == ",") && vg >= 2 {
		// coordinated verbs share the subject: "troops shot and killed"
		if lx := s.lexAt(vg - 2); lx.fbForm.past || lx.form.past {
			return f.fbLeft(s, s.verbGroupStart(vg-2), false)
		}
		if c == "and" {
			// "Weaver, who came out and endorsed Clinton": the relative
			// clause's antecedent; "Farage said …, and accused X": the
			// sentence's subject
			for k := vg - 2; k >= 1 && !isSegmentEnd(s.toks[k].text); k-- {
				if (s.low(k) == "who" || s.low(k) == "which") && s.low(k-1) == "," {
					if a := s.argAt(k - 2); a != nil {
						return f.fbActor(s, a)
					}
					break
				}
			}
			if s.low(vg-2) == "," {
				if a := s.mainSubject(vg); a != nil && a.typ != "PRON" && s.opensSegment(s.beforeDeterminers(a.first)+1) {
					return f.fbActor(s, a)
				}
			}
		}
	}
	if s.low(vg) == "to" {
		// an infinitive: "his bid to disengage", "for Trump to praise";
		// else its subject is the patterns' ("wants the court to
		// censure")
		if a := f.fbController(s, vg); a != nil {
			return f.fbActor(s, a)
		}
		if a := s.argAt(vg - 1); a != nil && s.low(s.beforeDeterminers(a.first)) == "for" && a.typ != document.MISC {
			return a
		}
		if k := s.purposeOf(vg); k >= 0 {
			// "Rice arrived here Monday evening to show support …":
			// the subject of the verb the purpose is of
			return f.fbLeft(s, s.verbGroupStart(k), false)
		}
		if s.in(vg-1, wsControlVerbs) || s.in(vg-1, wsReadyWords) && s.in(s.verbGroupStart(vg-1), wsBeForms) {
			// "Sanders has pledged to support Clinton": the subject of
			// the verb the infinitive completes
			return f.fbLeft(s, s.verbGroupStart(vg-1), false)
		}
		if a := f.clauseSubject(s, vg); a != nil {
			return f.fbActor(s, a) // "was asked to persuade Y to", "flew to Paris to press Y to" (clauses.go)
		}
		return nil
	}
	pps := 0
	for k := vg - 1; k >= 0 && k >= vg-12; k-- {
		t := s.toks[k]
		if t.arg >= 0 {
			a := &s.args[t.arg]
			if ante, ok := s.relativeObject(a, vg); ok {
				// "the senator who met X criticized": not X (relsubj.go)
				if ante == nil {
					return nil
				}
				return f.fbActor(s, ante)
			}
			if p := s.beforeDeterminers(a.first); (s.low(p) == "for" || s.low(p) == "of") && s.in(p-1, wsSpeakerNouns) && a.typ != document.PER {
				return f.fbActor(s, a) // "A spokesman for UKIP called on …": the body speaks
			}
			if s.afterPrep(a.first) {
				// skip the phrase: back to its preposition
				m := a.first - 1
				for m >= 0 && !s.in(m, wsPrepsBefore) {
					m--
				}
				if pps++; pps > 1 || m < 1 || s.low(m) == "of" && !s.in(m-1, wsInstitution) {
					return nil
				}
				k = m
				continue
			}
			if s.low(a.last+1) == "'s" && !s.in(a.last+2, wsInstitution) {
				if possessed && s.beforeDeterminers(a.first) < 0 || possessed && isSegmentEnd(s.tokText(s.beforeDeterminers(a.first))) {
					return a // "Makarov's case has been backed by …": Makarov's
				}
				return nil
			}
			if a.typ == document.MISC && !s.groupHead(a) && !s.in(a.last+1, wsInstitution) && f.countryOf(s, a) == "" {
				return nil
			}
			if a.typ == document.MISC && !s.groupHead(a) && !s.in(a.last+1, wsInstitution) {
				return a // a nationality before a force: "Israeli army jeeps"
			}
			return f.fbActor(s, a)
		}
		switch l := t.low; {
		case t.tx >= 0, verbGroup[l] && !speech[l], isAdverb(l), institution[l], l == "'s":
			continue
		case fbGroupNouns[l] && (k+1 == vg || s.toks[k+1].tx >= 0), titleWords[l] && s.in(k+1, wsFbGroupNouns) && l != "of" && l != "and":
			continue // "European Union foreign ministers agreed": the body acts
		case orgPartNouns[l] && k > 0 && s.toks[k-1].arg >= 0:
			continue // "the Al-Qaida branch in Iraq claimed"
		case forceNouns[l] && k+1 == vg || s.in(k+1, wsForceNouns) && k+2 == vg && isLower(t.text) && !isPrepBefore(l):
			// "Israeli army jeeps stormed": the force's country acts
			continue
		case (l == "its" || l == "his" || l == "her" || l == "their") && s.in(k+1, wsInstitution) && k+1 < vg:
			// "Israel said its forces had arrested": the owner acts
			if a := f.possessor(s, k+1); a != nil {
				return a
			}
			return nil
		case isDeterminer(l) && k+1 < vg && s.in(k+1, wsInstitution):
			continue
		case possessed && isLower(t.text) && (s.low(k-1) == "'s" || s.low(k-2) == "'s" && isLower(s.tokText(k-1))):
			continue // the noun the possessive owns: "Makarov's case"
		}
		return nil
	}
	return nil
}

// fbActor keeps a subject that can act: not a bare nationality.
func (f *finder) fbActor(s *sentence, a *arg) *arg {
	if a == nil || a.typ == document.MISC && !s.groupHead(a) && !s.in(a.last+1, wsInstitution) {
		return nil
	}
	return a
}

// fbObject returns the object at j: the patterns' object if they find
// one, else a name after up to three determiners, titles or modifiers
// ("the embattled Ruritanian government"), or after an institution word
// and "of" ("the government of Ruritania"); it returns the token after
// it.
//
// For the types in possessive a possessive name is the object: "praised
// Lord Scarman's ability" supports Scarman (docs/relations.md: what is
// criticised or supported is a named person's action or statement).
func (s *sentence) fbObject(j int, typ string) (*arg, int) {
	if s.in(j, wsQuantifiers) && s.low(j+1) == "of" {
		if !possessive[typ] {
			return nil, 0
		}
	} else if a, next := s.objectAt(j); a != nil {
		return a, next
	} else if p := s.lowerTitledPerson(j); p != nil {
		return p, p.last + 1 // "pressured ex-chief financial officer Scott Sullivan"
	}
	np := false   // inside a noun phrase: modifiers may follow
	part := false // after "some of": only a possessive is the object
	for k := j; k < len(s.toks) && k < j+4; k++ {
		t := s.toks[k]
		if t.arg >= 0 {
			a := &s.args[t.arg]
			if part && s.low(a.last+1) != "'s" {
				return nil, 0 // "several of his Wales team-mates"
			}
			if s.low(a.last+1) == "'s" {
				if possessive[typ] && a.typ != document.MISC {
					return a, a.last + 1
				}
				return nil, 0
			}
			if possessive[typ] && (np || s.demonymArg(a)) && a.typ != "PRON" && s.ownsAction(a.last+1) {
				// "regretted the U.S. veto", "condemned the Israeli
				// attacks": what is criticised is the owner's
				if a.typ != document.MISC || s.groupHead(a) || isCountryArg(s, a) || s.demonymArg(a) {
					return a, a.last + 1
				}
			}
			if p := s.placeLedPerson(a); p != nil {
				return p, p.last + 1 // "Chicago teenager Laquan McDonald"
			}
			if n := s.low(a.last + 1); a.place && titleWords[n] && n != "and" && n != "of" && isLower(s.tokText(a.last+1)) && s.argAt(a.last+2) == nil {
				return nil, 0 // "slamming the Texas senator": a description, not Texas
			}
			if a.typ == document.MISC && !s.groupHead(a) && !s.in(a.last+1, wsInstitution) {
				// "Vietnamese communist party chief Do Muoi": the
				// person the nationality and title lead to
				if p := s.titledAfter(a.last + 1); p != nil {
					return p, p.last + 1
				}
				return nil, 0
			}
			return a, a.last + 1
		}
		l := t.low
		lLex := t.lex
		if possessive[typ] && (lLex.in(wsActionNouns) || lLex.in(wsStatementNouns)) && (s.low(k+1) == "of" || s.low(k+1) == "by") && np {
			// "the human rights record of Burma", "a decision by an
			// Iranian foundation"
			if a, next := s.objectAt(k + 2); a != nil && a.typ != "PRON" {
				return a, next
			}
			return nil, 0
		}
		if (lLex.in(wsInstitution) || lLex.in(wsOfPlaceNouns) || l == "people" && (typ == Support || typ == Criticize)) && s.low(k+1) == "of" {
			if a := s.argAt(k + 2); a != nil && a.typ != document.MISC {
				return a, a.last + 1
			}
			return nil, 0
		}
		if possessive[typ] && k == j && lLex.in(wsQuantifiers) && s.low(k+1) == "of" {
			np, part = true, true // "some of Trump's proposals"
			k++
			continue
		}
		if lLex.in(wsDeterminers) || lLex.in(wsTitleWords) || lLex.in(wsFormerWords) || lLex.in(wsHonorifics) || lLex.in(wsNumberWords) || isDigits(l) || l == "another" {
			np = true
			continue
		}
		if possessive[typ] && np && isLower(t.text) && k+1 < len(s.toks) && s.toks[k+1].arg < 0 && (s.in(k+1, wsActionNouns) || s.in(k+1, wsStatementNouns)) {
			continue // "the human rights record of", "a recent decision by"
		}
		if !np || !isLower(t.text) || isSegmentEnd(t.text) || lLex.in(wsPrepsBefore) || lLex.in(wsVerbGroup) || lLex.in(wsClauseOpeners) ||
			len(lLex.fbVerbs) > 0 || lLex.in(wsSpeech) || l == "and" || l == "or" || l == "that" || l == "who" || l == "which" {
			return nil, 0
		}
	}
	return nil, 0
}

// fbFits checks the argument types a relation type allows.
func fbFits(s *sentence, typ string, subj, obj *arg) bool {
	if subj.ent == obj.ent {
		return false
	}
	if obj.typ == "PRON" && s.low(obj.first) == "it" {
		return false // "opposed extending it": "it" is seldom a party
	}
	person := func(a *arg) bool { return a.typ == document.PER || a.typ == "PRON" }
	switch typ {
	case Meet:
		return (person(subj) || person(obj)) && !obj.place && !subj.place
	case Visit:
		return !subj.place && (obj.place || obj.typ == document.PER || s.facilityObject(obj))
	case Kill, Arrest:
		return !obj.place && obj.typ != document.LOC && (!subj.place || isCountryArg(s, subj))
	case Invite, Urge, Accuse, Threaten, Support, Criticize, Sanction, Agree:
		// a country's short name counts ("US sanctions imposed on Iran";
		// branch relrecall)
		return !subj.place || subj.typ != document.LOC || isCountryArg(s, subj) || country.IsAlias(strings.Join(s.words(subj.first, subj.last+1), " ")) && !s.headsPerson(subj.last+1)
	}
	return true
}

// isCountryArg reports whether a place argument names a country (which
// acts: "Ruritania condemned …"), not a city or region.
func isCountryArg(s *sentence, a *arg) bool {
	return isCountry(s.words(a.first, a.last+1))
}

// speakerNouns are the people who act for a body named after "for" or
// "of": "a spokesman for UKIP".
var speakerNouns = set("spokesman", "spokeswoman", "spokesperson", "spokesmen", "representative", "representatives")

// urgedAt reports whether token k ends a request verb or "call on" whose
// object is the subject of an infinitive after it.
func (s *sentence) urgedAt(k int) bool {
	l := s.low(k)
	lLex := s.lexAt(k)
	if (l == "on" || l == "upon" || l == "for") && s.lexAt(k-1).form.lemma == "call" {
		return true
	}
	for _, t := range lLex.fbVerbs {
		if t.typ == Urge || t.typ == Invite {
			return true
		}
	}
	return false
}

// possessive are the types whose object may be named by a possessive:
// what is criticised, supported or urged is the owner's.
var possessive = map[string]bool{Support: true, Criticize: true, Accuse: true, Sanction: true, Threaten: true}

// titledAfter returns the person named after lower-case words and a
// title from token k on ("communist party chief Do Muoi"), nil if none.
func (s *sentence) titledAfter(k int) *arg {
	for m := k; m < len(s.toks) && m < k+5; m++ {
		if a := s.argAt(m); a != nil {
			if a.typ == document.PER && m > k && s.in(m-1, wsTitleWords) {
				return a
			}
			return nil
		}
		if !isLower(s.toks[m].text) && !s.in(m, wsTitleWords) || s.in(m, wsPrepsBefore) || s.in(m, wsVerbGroup) || isSegmentEnd(s.toks[m].text) {
			return nil
		}
	}
	return nil
}

// fbNouns are the nouns the fallback reads besides the patterns' nouns:
// more nominalisations of the types.
var fbNouns = map[string]string{
	"negotiation": Meet, "summits": Meet, "dinners": Meet, "lunch": Meet,
	"trial": Arrest, "prosecution": Arrest, "execution": Kill, "executions": Kill, "murders": Kill,
	"embargoes": Sanction, "bans": Sanction,
	"rejection": Criticize, "denunciation": Criticize, "attacks": Attack,
	"warning": Threaten, "warnings": Threaten, "appeal": Urge, "appeals": Urge, "plea": Urge,
	"withdrawals": Withdraw, "agreements": Agree, "deal": Agree, "deals": Agree, "treaties": Agree,
	"invitations": Invite, "praise": Support, "defence": Support, "defense": Support, "solidarity": Support,
	"insurgency": Attack, "war": Attack, "action": Attack,
	"displeasure": Criticize, "anger": Criticize, "outrage": Criticize, "indignation": Criticize,
	// round 3 (r3trig): the other nouns of displeasure at someone
	"dismay": Criticize, "disgust": Criticize, "fury": Criticize, "exasperation": Criticize,
	"complaint": Accuse, "complaints": Accuse, "allegations": Accuse, "accusations": Accuse, "accusation": Accuse,
}

// conflictNouns name a state of fighting rather than a strike at a
// target: a place in a locative phrase after them ("in", "across",
// "throughout") is where it happens, never its object; "war against X",
// "an attack on X", "the invasion of X" keep theirs.
var conflictNouns = set("insurgency", "insurgencies", "war", "wars", "fighting", "violence",
	"campaign", "campaigns", "conflict", "conflicts", "rebellion", "uprising", "hostilities")

// fbLightVerbs add to lightVerbs the verbs that carry out an attack or
// an arrest: "carried out rocket attacks against Israel".
var fbLightVerbs = set("carried", "carry", "carries", "carrying", "conducted", "conduct", "conducts", "staged",
	"stage", "stages", "waged", "wage", "wages", "showing", "showed", "shown", "made")

// meetingVerbs make their subject a party to the meeting of a body they
// address: "Sir Ian told a meeting of the Police Authority".
var meetingVerbs = set("told", "tells", "addressed", "addresses", "attended", "attends", "chaired", "chairs")

// fbNounPreps are the prepositions before the object of the fallback's
// noun triggers, by type.
var fbNounPreps = map[string]map[string]bool{
	Meet: set("with"), Visit: set("to", "in"), Withdraw: set("from"), Arrest: set("of"), Kill: set("of"),
	Support: set("for", "of", "to", "with"), Criticize: set("of", "to"), Invite: set("to"), Sanction: set("on", "against", "of"),
	Accuse: set("against"), Threaten: set("against", "to"), Agree: set("with"), Attack: set("on", "against"),
	Urge: set("to"),
}

// fbNoun reads a noun trigger at i the patterns left: its object after
// the type's preposition, its actor the possessor ("Blair's visit to"),
// the agent after "by", a name or nationality before it (not for
// meetings and visits), or the subject of a light verb or of a frame
// ("X is in talks with Y", "X arrived for talks with Y").
func (f *finder) fbNoun(s *sentence, i int) []document.Relation {
	low := s.toks[i].low
	lowLex := s.lexAt(i)
	typ, ok := "", false
	if lowLex.in(wsNounTypeWords) { // a key of one of nounMapType's maps
		typ, ok = nounMapType(low) // nomargs.go
	}
	if !ok {
		typ, ok = triggers5Nouns[low] // triggers5.go
	}
	if !ok && lowLex.in(wsAttackNouns) {
		typ, ok = Attack, true
	}
	if !ok {
		typ, ok = audit1Noun(low) // audit1.go: "a tirade against"
	}
	if ok && typ == Meet && s.low(i+1) == "between" {
		return f.meetingBetween(s, i)
	}
	if !ok || s.low(i+1) == "between" {
		return nil
	}
	j := s.nounGap(i, typ) // "talks Tuesday with", "talks in Beijing with"
	if low == "war" && s.low(j) != "on" && s.low(j) != "against" {
		return nil // "the war in Iraq" names no target
	}
	if low == "action" && s.low(i-1) != "military" {
		return nil // "legal action against" is no attack
	}
	if rs := f.invitedBy(s, i); rs != nil {
		return rs // "at X's invitation"
	}
	if typ == Meet && s.low(j) == "of" && (low == "meeting" || low == "meetings" || low == "summit") {
		return f.meetingOf(s, i, j)
	}
	if typ == Meet && !fbNounPreps[typ][s.low(j)] && (low == "meeting" || low == "meetings" || low == "talks") {
		if rs := f.theirMeeting(s, i); rs != nil {
			return rs // "X told Y at the start of their meeting"
		}
		return f.groupMeeting(s, i)
	}
	ownPrep := f.audit1Prep(s, i, j) // audit1.go: "a tour of X", "a jab at X"
	if typ == Visit && !ownPrep && (!fbNounPreps[typ][s.low(j)] || s.low(j) == "in" && j+1 < len(s.toks) && s.toks[j+1].tx >= 0) {
		return f.placeVisit(s, i) // "a Washington visit in early April"
	}
	if p := j + 1; !fbNounPreps[typ][s.low(j)] && p < len(s.toks) && s.toks[j].arg < 0 && isParticiple(s.low(j)) && typ != Meet && typ != Visit {
		for p < len(s.toks) && p < j+4 && s.toks[p].tx >= 0 {
			p++ // "sanctions imposed last year on" (branch relrecall)
		}
		if fbNounPreps[typ][s.low(p)] {
			j = p // "a complaint filed against", "sanctions imposed on"
		}
	}
	if rs := f.patientPossessor(s, i, typ); rs != nil {
		return rs // "X's detention by Y"
	}
	// "an Israeli attack in Beit Hanoun" names the target after "in"; a
	// conflict noun does not: "the Taliban insurgency in southern
	// Afghanistan" is where the fighting is, no attack on the country
	attackIn := typ == Attack && s.low(j) == "in" && !lowLex.in(wsConflictNouns) && s.closeActor(f.premodActor(s, i), i)
	// "displeasure with", "anger over": emotions take other prepositions
	emotion := lowLex.in(wsEmotionNouns) && (s.low(j) == "with" || s.low(j) == "over" || s.low(j) == "at")
	if !fbNounPreps[typ][s.low(j)] && !attackIn && !emotion && !ownPrep {
		return nil
	}
	obj, next := s.fbObject(j+1, typ)
	if attackIn && (obj == nil || !obj.place || obj.dateline) {
		return nil
	}
	if a := f.premodActor(s, i); attackIn && a != nil && a.typ == document.MISC && f.countryOf(s, a) != "" && f.countryOf(s, a) == f.countryOf(s, obj) {
		return nil // "Iraqi military action in northern Iraq": no attack on one's own country
	}
	objText, objSpan := "", document.Span{}
	openPhrase := false // an open stance noun's phrase (phrasestance.go)
	if obj == nil && (typ == Support || typ == Criticize) && !emotion {
		// "expressed their support for the 'one China' policy": a
		// statement or an action named by a noun phrase
		objText, objSpan = s.statementPhrase(f.doc, j+1)
		if objText == "" && s.openStanceNoun(i) {
			// "Trump's support for abortion rights" (phrasestance.go)
			objText, objSpan = s.stanceObject(f.doc, j+1, false, true)
			openPhrase = objText != ""
		}
		next = j + 1
	}
	if obj == nil && (typ == Kill || typ == Arrest || typ == Attack) && !attackIn {
		// "the execution of 148 Shiite civilians"
		objText, objSpan = s.victimPhrase(f.doc, j+1)
		next = j + 1
	}
	if obj == nil && objText == "" {
		return nil
	}
	subj := f.fbPossessor(s, i)
	if subj == nil {
		subj, _ = s.openingLightSubject(i) // "Despite giving their backing to X, Y insisted" (speech4)
	}
	if a := s.voicedBy(i, subj); a != nil && (typ == Support || typ == Criticize) {
		subj = a // "X voiced Moscow's opposition to Y"
	}
	if subj == nil && (typ == Kill || typ == Attack) {
		subj = s.culprit(i) // "X was convicted of the murder of Y"
	}
	if subj == nil && s.low(next) == "by" {
		subj, _ = s.objectAt(next + 1)
		if p := s.placeLedPerson(subj); p != nil {
			subj = p // "by Chicago police officer Jason Van Dyke"
		}
		if subj != nil && subj.typ == document.MISC {
			if p := s.titledAfter(subj.last + 1); p != nil {
				subj = p // "by Spanish Judge Baltasar Garzon"
			}
		}
	}
	if subj == nil && s.low(i+1) == "by" {
		subj, _ = s.objectAt(i + 2)
	}
	if subj == nil && typ != Meet && typ != Visit && typ != Agree && typ != Withdraw {
		subj = f.premodActor(s, i)
	}
	if subj == nil && !s.verbBetween(i) {
		subj = s.lightVerbSubject(i)
	}
	if subj == nil {
		subj = f.carriedOut(s, i)
	}
	if subj == nil && (typ == Agree || typ == Meet || typ == Accuse) {
		subj = f.joinedSubject(s, i) // "he joined an electoral alliance with", "lodged a complaint against"
	}
	if subj == nil {
		// "arrived here to show support to Jordan": the infinitive's
		// subject
		k := i - 1
		for k > 0 && k >= i-3 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.in(k, wsLightVerbs) && !s.in(k, wsPrepsBefore) && !s.in(k, wsVerbGroup) {
			k--
		}
		if s.in(k, wsLightVerbs) && s.low(k-1) == "to" {
			subj = f.fbLeft(s, k-1, false)
		}
	}
	if subj == nil && (typ == Meet || typ == Visit) {
		subj = f.frameSubject(s, i)
	}
	if subj == nil && (typ == Meet || typ == Visit || typ == Agree && s.partOf(i)) {
		subj = s.framedBy(i, obj) // "as part of an agreement with Y"
	}
	if subj == nil && (typ == Meet || typ == Visit) {
		subj = f.eventOwner(s, i)
	}
	if subj == nil {
		subj = s.accusedOfDoing(i) // "accuses Georgia of planning military action against"
	}
	if subj == nil || subj.typ == document.MISC && f.countryOf(s, subj) == "" && !s.groupHead(subj) {
		return nil
	}
	if openPhrase && bodyPossessive(s, subj) {
		return nil
	}
	if objText != "" {
		r := f.relation(s, typ, subj, nil, i, i+1, i)
		r.ObjectText, r.ObjectSpan = objText, &objSpan
		return []document.Relation{r}
	}
	if typ == Attack && isPerson(subj) && isPerson(obj) {
		typ = Criticize
	}
	if !fbFits(s, typ, subj, obj) {
		return nil
	}
	r := f.relation(s, typ, subj, obj, i, i+1, i)
	return []document.Relation{r}
}

// frameSubject returns the actor of a meeting or visit noun at i framed
// by a preposition after a verb: "X has been locked in talks with Y", "X
// arrived for talks with Y", "X is on a visit to Y": the verb's subject.
func (f *finder) frameSubject(s *sentence, i int) *arg {
	k := i - 1
	for k > 0 && k >= i-4 && s.toks[k].arg < 0 && (isLower(s.toks[k].text) || isDigits(s.low(k))) && !s.in(k, wsPrepsBefore) &&
		!s.in(k, wsVerbGroup) && !isSegmentEnd(s.toks[k].text) {
		k-- // "in lengthy talks", "on a four-day visit"
	}
	if l := s.low(k); l != "in" && l != "for" && l != "on" && l != "into" && l != "during" {
		return nil
	}
	k--
	if k < 1 || s.toks[k].arg >= 0 || !isLower(s.toks[k].text) || s.in(k, wsPrepsBefore) || s.in(k, wsDeterminers) || isSegmentEnd(s.toks[k].text) {
		return nil
	}
	vg := s.verbGroupStart(k)
	if vg == k && !s.in(k, wsBeForms) && len(s.lexAt(k).fbVerbs) == 0 && !strings.HasSuffix(s.low(k), "ed") {
		return nil // no verb before the frame
	}
	return f.fbActor(s, s.subjectLeft(vg))
}

// forceNouns are armed forces and their machines, which act for the
// country named before them: "Israeli army jeeps", "Ethiopian tanks".
var forceNouns = set("jeeps", "tanks", "vehicles", "helicopters", "planes", "aircraft", "warplanes", "gunships",
	"gunboats", "warships", "bulldozers", "soldiers", "settlers", "artillery", "units", "patrols", "patrol",
	"battalion", "brigade", "division", "squads", "special", "squad", "cell", "cells", "guerrillas", "gunmen",
	"militiamen", "commandos")

// ofPlaceNouns head a phrase naming a place after "of": "the city of
// Ramallah".
var ofPlaceNouns = set("city", "town", "village", "capital", "province", "region", "state", "port", "island",
	"district", "republic", "kingdom", "territory", "enclave", "county", "area")

// verbBetween reports whether a word ending in "-ed" stands between a
// noun at i and the words before it up to a light verb, without a
// determiner before it: "has witnessed frequent attacks" (the light verb
// "has" is an auxiliary there).
func (s *sentence) verbBetween(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		l := s.low(k)
		lLex := s.lexAt(k)
		if lLex.in(wsLightVerbs) || isSegmentEnd(s.toks[k].text) || s.toks[k].arg >= 0 {
			return false
		}
		if strings.HasSuffix(l, "ed") && !s.in(k-1, wsDeterminers) && !isAdverb(s.low(k-1)) && !lLex.in(wsLightVerbs) {
			return true
		}
	}
	return false
}

// honorifics may stand before a name in an object: "Lord Scarman".
var honorifics = set("lord", "lady", "sir", "dame", "baroness", "baron")

// fbControlNouns add to controlNouns the nouns of readiness: "a
// willingness to back up Putin".
var fbControlNouns = set("willingness", "readiness", "eagerness", "determination", "intention", "desire", "failure", "right", "ability")

// fbController returns the actor of a control noun before the
// infinitive whose verb group starts at vg: the possessor ("his bid to",
// "Trump's willingness to") or a name before it; nil if none.
func (f *finder) fbController(s *sentence, vg int) *arg {
	if a := f.controller(s, vg); a != nil {
		return a
	}
	k := vg - 1
	if !s.in(k, wsControlNouns) && !s.in(k, wsFbControlNouns) || s.toks[k].arg >= 0 {
		return nil
	}
	if a := f.possessor(s, k); a != nil {
		return a
	}
	if s.in(k, wsFbControlNouns) {
		return s.lightVerbSubject(k) // "Trump has shown a willingness to back up Putin"
	}
	return nil
}

// carriedOut returns the subject of a verb of fbLightVerbs whose object
// the noun at i heads: "Hamas has carried out rocket attacks", "X, which
// has previously carried out attacks".
func (f *finder) carriedOut(s *sentence, i int) *arg {
	k := i - 1
	for k > 0 && k >= i-4 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.in(k, wsFbLightVerbs) && !s.in(k, wsPrepsBefore) &&
		!s.in(k, wsVerbGroup) && !isSegmentEnd(s.toks[k].text) {
		k--
	}
	if s.low(k) == "of" && s.in(k-1, wsSeriesNouns) {
		// "carried out a series of arrests" (branch nomevent, nominal2.go)
		for k -= 2; k > 0 && k >= i-8 && (s.in(k, wsDeterminers) || s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.in(k, wsFbLightVerbs) &&
			!s.in(k, wsPrepsBefore) && !s.in(k, wsVerbGroup) && !isSegmentEnd(s.toks[k].text)); k-- {
		}
	}
	if s.low(k) == "out" {
		k--
	}
	if !s.in(k, wsFbLightVerbs) {
		return nil
	}
	return f.fbLeft(s, s.verbGroupStart(k), false)
}

// meetingOf reads "X told a meeting of Y" at the noun i whose "of" is at
// j: X meets the body Y.
func (f *finder) meetingOf(s *sentence, i, j int) []document.Relation {
	obj := s.argAt(j + 1)
	if obj == nil {
		if s.in(j+1, wsDeterminers) {
			obj = s.argAt(j + 2)
		}
	}
	if obj == nil || obj.typ != document.ORG {
		return nil
	}
	k := i - 1
	for k > 0 && k >= i-3 && (s.in(k, wsDeterminers) || isLower(s.toks[k].text) && !s.in(k, wsPrepsBefore) && !s.in(k, wsMeetingVerbs)) && s.toks[k].arg < 0 {
		k--
	}
	if !s.in(k, wsMeetingVerbs) {
		return nil
	}
	subj := f.fbLeft(s, s.verbGroupStart(k), false)
	if subj == nil || subj.ent == obj.ent || !isPerson(subj) {
		return nil
	}
	return []document.Relation{f.relation(s, Meet, subj, obj, i, i+1, i)}
}

// argCovering returns the argument whose span is sp, nil if none.
func (s *sentence) argCovering(sp document.Span) *arg {
	for i := range s.args {
		if s.args[i].span == sp {
			return &s.args[i]
		}
	}
	return nil
}

// controlVerbs take an infinitive whose subject is their own: "pledged
// to support", "vowed to attack" (the patterns' verb group has some).
var controlVerbs = set("pledged", "pledges", "pledge", "promised", "promises", "vowed", "vows", "decided", "decides",
	"agreed", "agrees", "refused", "refuses", "declined", "declines", "tried", "tries", "sought", "seeks", "hoped",
	"hopes", "planned", "plans", "intended", "intends", "threatened", "threatens", "offered", "offers", "continued",
	"continues", "began", "begins", "started", "starts", "failed", "fails", "managed", "voted", "votes", "moved",
	"chose", "opted", "attempted", "attempts", "wanted", "wants", "expects", "expected", "prepared", "prepares",
	"rushed", "went", "came", "appeared", "seemed", "stopped", "ceased", "needed", "needs", "used")

// possessedObject returns the owner of a statement or action named by a
// possessive pronoun at j ("slammed his proposal"), nil if the pronoun
// is unresolved or the noun names no statement.
func (f *finder) possessedObject(s *sentence, j int) *arg {
	l := s.low(j)
	if l != "his" && l != "her" && l != "their" && l != "its" {
		return nil
	}
	k := j + 1
	for k < len(s.toks) && k < j+3 && !s.in(k, wsStatementNouns) && isLower(s.toks[k].text) && s.toks[k].arg < 0 {
		k++
	}
	if !s.in(k, wsStatementNouns) {
		return nil
	}
	return f.possessor(s, k)
}

// openingSubject returns the name opening the sentence, up to two
// capitalised or lower-case modifiers before it ("Suspected Tiger
// rebels blew up a tractor, killing …"): the subject a participle clause
// after a comma shares; nil if the sentence opens otherwise.
func (s *sentence) openingSubject(vg int) *arg {
	for k := 0; k < 3 && k < vg; k++ {
		if a := s.argAt(k); a != nil {
			if a.typ == "PRON" || a.typ == document.MISC && !s.groupHead(a) || s.low(a.last+1) == "'s" || s.clauseBetween(a.last+1, vg) {
				return nil
			}
			for m := a.last + 1; m < vg; m++ {
				if s.in(m, wsSpeech) || s.low(m) == "who" || s.low(m) == "which" {
					return nil
				}
			}
			return a
		}
		if l := s.low(k); isDeterminer(l) || isPrepBefore(l) || isSegmentEnd(s.toks[k].text) || s.toks[k].tx >= 0 || clauseOpeners[l] {
			return nil
		}
	}
	return nil
}

// victimNouns head a phrase naming a counted group of people.
var victimNouns = set("judges", "officials", "diplomats", "lawmakers", "tourists", "worshippers", "civilians", "soldiers", "troops", "personnel", "policemen", "officers", "militants",
	"insurgents", "rebels", "gunmen", "fighters", "activists", "members", "men", "women", "children", "hostages",
	"prisoners", "workers", "protesters", "demonstrators", "students", "suspects", "guards", "passengers",
	"journalists", "pilgrims", "settlers", "villagers", "residents", "policeman", "soldier", "officer", "militant")

// victimPhrase returns a phrase at j that counts people: a number, up
// to three modifiers (nationalities among them) and a noun of
// victimNouns: "seven security personnel", "two Palestinian militants".
func (s *sentence) victimPhrase(doc *document.Document, j int) (string, document.Span) {
	k := j
	if s.low(k) == "at" && s.low(k+1) == "least" {
		k += 2
	}
	if !s.in(k, wsNumberWords) && !isDigits(s.low(k)) && s.low(k) != "a" && s.low(k) != "an" && s.low(k) != "another" {
		// a bare plural after at most two modifiers: "fired on unarmed
		// demonstrators"
		for m := k; m < len(s.toks) && m < k+3 && s.toks[m].arg < 0 && isLower(s.toks[m].text) && !s.in(m, wsPrepsBefore) &&
			!s.in(m, wsDeterminers) && !s.in(m, wsVerbGroup); m++ {
			if s.in(m, wsVictimNouns) && strings.HasSuffix(s.low(m), "s") {
				return s.text(doc, j, m+1), document.Span{Start: s.toks[j].span.Start, End: s.toks[m].span.End}
			}
		}
		return "", document.Span{}
	}
	for n := 0; n < 4 && k+1 < len(s.toks); n++ {
		k++
		if s.in(k, wsVictimNouns) {
			return s.text(doc, j, k+1), document.Span{Start: s.toks[j].span.Start, End: s.toks[k].span.End}
		}
		if a := s.argAt(k); a != nil {
			if a.typ != document.MISC {
				break
			}
			k = a.last
			continue
		}
		if !isLower(s.toks[k].text) || s.in(k, wsPrepsBefore) || isSegmentEnd(s.toks[k].text) || s.in(k, wsVerbGroup) {
			break
		}
	}
	return "", document.Span{}
}

// matchWords matches the words of a phrase from token j on, determiners
// and possessive pronouns in the text aside ("threw his weight behind");
// it returns the token after them, -1 if they do not follow.
func (s *sentence) matchWords(j int, words []string) int {
	for _, w := range words {
		if isDeterminer(w) {
			if s.low(j) == w {
				j++
			}
			continue
		}
		for (s.in(j, wsDeterminers) || s.in(j, wsIntensifiers) || j < len(s.toks) && isQuoteMark(s.toks[j].text)) && s.low(j) != w {
			j++ // "came under heavy criticism from"
		}
		if s.low(j) != w {
			return -1
		}
		j++
	}
	return j
}

// behind reads an accusation reported by a speech verb: "Rybkin said
// Kulikov was behind the bombing", "Police claimed the Tigers were
// responsible for the attack" — the speaker accuses the one said to be
// behind it. A reporter's own "X was behind" is no accusation.
func (f *finder) behind(s *sentence, i int) []document.Relation {
	l := s.low(i)
	if l != "behind" && !(l == "responsible" && s.low(i+1) == "for") {
		return nil
	}
	k := i - 1
	for k > 0 && (isAdverb(s.low(k)) || s.low(k) == "not" || s.low(k) == "also") {
		k--
	}
	if !s.in(k, wsBeForms) || s.low(k) == "'s" {
		return nil
	}
	k--
	if s.low(k) == "had" || s.low(k) == "have" || s.low(k) == "has" {
		k-- // "had been behind"
	}
	accused := s.argAt(k)
	if accused == nil && (s.low(k) == "which" || s.low(k) == "who") {
		// "the Islamic Jihad movement which was behind …"
		m := k - 1
		for m > 0 && m > k-3 && s.toks[m].arg < 0 && (isLower(s.toks[m].text) || s.in(m, wsInstitution)) && !s.in(m, wsPrepsBefore) {
			m--
		}
		if s.low(m) == "," {
			m--
		}
		accused = s.argAt(m)
		if accused == nil || accused.typ == document.MISC {
			return nil
		}
		return f.behindAttack(s, i, accused, -1)
	}
	if accused == nil || accused.typ == document.MISC && !s.groupHead(accused) {
		return nil
	}
	v := s.beforeDeterminers(accused.first) // "said the Tigers were"
	if s.low(v) == "that" {
		v--
	}
	if v < 1 || !s.in(v, wsSpeech) || s.toks[v].quoted {
		return f.behindAttack(s, i, accused, -1)
	}
	speaker := f.fbLeft(s, s.verbGroupStart(v), false)
	if speaker == nil || speaker.ent == accused.ent {
		return nil
	}
	r := f.relation(s, Accuse, speaker, accused, i, i+1, s.verbGroupStart(v))
	return []document.Relation{r}
}

// behindAttack reads "X was behind the attack on Y" at "behind" (i):
// X attacked Y (a name, or a phrase after "on" or "against"); nil when no
// attack noun follows.
//
// noun, when not negative, is the attack noun's index, found by the
// caller ("claimed responsibility for the bombings on Y").
func (f *finder) behindAttack(s *sentence, i int, actor *arg, noun int) []document.Relation {
	k := noun
	if noun < 0 {
		if s.low(i) != "behind" {
			return nil
		}
		k = i + 1
		for k < len(s.toks) && k < i+5 && s.toks[k].arg < 0 && !s.in(k, wsAttackNouns) && isLower(s.toks[k].text) && !s.in(k, wsPrepsBefore) {
			k++ // "a suicide bombing"
		}
	}
	if !s.in(k, wsAttackNouns) || s.low(k+1) != "on" && s.low(k+1) != "against" {
		return nil
	}
	obj, _ := s.fbObject(k+2, Attack)
	r := f.relation(s, Attack, actor, obj, k, k+1, i)
	if obj == nil {
		text, sp := s.nounPhrase(f.doc, k+2)
		if text == "" {
			return nil
		}
		r.ObjectText, r.ObjectSpan = text, &sp
	} else if obj.ent == actor.ent {
		return nil
	}
	return []document.Relation{r}
}

// documentNouns are what a body issues: their stance is the body's.
var documentNouns = set("resolution", "resolutions", "motion", "motions", "report", "declaration", "statement", "letter", "bill")

// documentActor returns who issued the document noun at k: the subject
// of the verb whose object it is ("The EU has jointly sponsored a
// resolution", "ministers agreed to go ahead with UN resolutions" — then
// the name before the noun, "UN", is not taken: the issuer is the
// clause's subject), nil if none.
func (f *finder) documentActor(s *sentence, k int) *arg {
	m := k - 1
	for m > 0 && m > k-4 && s.toks[m].arg < 0 && isLower(s.toks[m].text) && !s.in(m, wsDeterminers) && !s.in(m, wsPrepsBefore) {
		m--
	}
	if a := s.argAt(m); a != nil && a.typ != "PRON" && m == k-1 {
		m = a.first - 1 // "UN resolutions": a modifier, not the issuer
	}
	if s.in(m, wsDeterminers) {
		m--
	}
	if (s.low(m) == "with" || s.low(m) == "for") && (s.low(m-1) == "ahead" || s.low(m-1) == "forward") {
		m -= 2 // "go ahead with UN resolutions"
	}
	m = s.particleHead(m) // audit1.go: "put forward a motion"
	if m < 1 || s.toks[m].arg >= 0 || !isLower(s.toks[m].text) || s.in(m, wsPrepsBefore) || isSegmentEnd(s.toks[m].text) {
		return nil
	}
	if vg := s.verbGroupStart(m); s.low(vg) == "to" {
		return f.fbLeft(s, vg, false) // "agreed to go ahead with"
	}
	return f.fbActor(s, s.subjectLeft(s.verbGroupStart(m)))
}

// accusedOfDoing returns the accused of "accused X of VERBing" when the
// noun at i is the gerund's object ("accuses Georgia of planning
// military action against"), nil otherwise.
func (s *sentence) accusedOfDoing(i int) *arg {
	k := i - 1
	for k > 0 && k > i-4 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !strings.HasSuffix(s.low(k), "ing") && !s.in(k, wsPrepsBefore) {
		k--
	}
	if !strings.HasSuffix(s.low(k), "ing") || s.low(k-1) != "of" {
		return nil
	}
	a := s.argAt(k - 2)
	if a == nil || a.typ == document.MISC && !s.groupHead(a) {
		return nil
	}
	m := s.beforeDeterminers(a.first)
	for m > 0 && s.toks[m].arg < 0 && s.in(m, wsTitleWords) {
		m--
	}
	for _, t := range s.lexAt(m).fbVerbs {
		if t.typ == Accuse {
			return a
		}
	}
	return nil
}

// actionNouns name what someone did or said, whose owner a criticism or
// a support is for: "the U.S. veto", "the Israeli attacks", "the record
// of Burma". statementNouns has the statements.
var actionNouns = set("veto", "vetoes", "attack", "attacks", "raid", "raids", "offensive", "invasion", "occupation",
	"actions", "action", "conduct", "treatment", "behaviour", "behavior", "practices", "crackdown", "handling",
	"refusal", "move", "moves", "policy", "decision", "record", "rule", "bombing", "bombings", "shelling", "incursion")

// ownsAction reports whether the words from k on are an action or
// statement noun the name before k modifies, up to one lower-case word
// between ("the Israeli military offensive"), and nothing after it that
// names another owner.
func (s *sentence) ownsAction(k int) bool {
	if k < len(s.toks) && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.in(k, wsActionNouns) && !s.in(k, wsStatementNouns) {
		k++
	}
	if k >= len(s.toks) || s.toks[k].arg >= 0 || !s.in(k, wsActionNouns) && !s.in(k, wsStatementNouns) {
		return false
	}
	return s.low(k+1) != "of" && s.low(k+1) != "by" && s.low(k+1) != "'s"
}

// physicalAttack are the fallback's attack verbs said only of force,
// never of words: their object may be a thing ("bombed a bus").
var physicalAttack = set("bomb", "shell", "raid", "storm", "firebomb", "strafe", "bombard", "rocket", "blow up")

// targetNouns head a target phrase of a physical attack.
var targetNouns = set("bus", "microbus", "car", "vehicle", "convoy", "building", "office", "offices", "headquarters",
	"embassy", "station", "post", "checkpoint", "camp", "base", "hotel", "hotels", "mosque", "church", "temple",
	"market", "school", "hospital", "house", "home", "homes", "village", "town", "compound", "bridge", "court",
	"courthouse", "prison", "airport", "port", "plant", "barracks", "outpost", "patrol", "positions", "targets")

// targetPhrase returns the phrase at j naming a target: a determiner or
// a number, up to three modifiers and a noun of targetNouns ("a court
// microbus", "two police posts").
func (s *sentence) targetPhrase(doc *document.Document, j int) (string, document.Span) {
	if !s.in(j, wsDeterminers) && !s.in(j, wsNumberWords) && !isDigits(s.low(j)) {
		return "", document.Span{}
	}
	for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
		if s.toks[k].arg >= 0 || !isLower(s.toks[k].text) || s.in(k, wsPrepsBefore) || isSegmentEnd(s.toks[k].text) || s.in(k, wsVerbGroup) {
			return "", document.Span{}
		}
		if s.in(k, wsTargetNouns) && !s.in(k+1, wsTargetNouns) {
			return s.text(doc, j, k+1), document.Span{Start: s.toks[j].span.Start, End: s.toks[k].span.End}
		}
	}
	return "", document.Span{}
}

// readyWords are adjectives of readiness whose infinitive's subject is
// their own: "we are ready to negotiate with Israel".
var readyWords = set("ready", "willing", "prepared", "eager", "determined", "keen")

// isParticiple reports whether w looks like a past participle: a
// lexicon's or a regular "-ed" form ("filed", "imposed", "brought").
func isParticiple(w string) bool {
	lx := lookupLex(w)
	return lx.form.part || lx.fbForm.part || strings.HasSuffix(w, "ed") && len(w) > 4 ||
		w == "brought" || w == "made" || w == "laid" || w == "levelled" || w == "leveled" || w == "launched"
}

// placeVisit reads a visit noun at i led by a place name: "during a
// United States lecture tour", "his Japan trip" — the place is visited;
// the visitor is the possessor or the subject of the verb the noun's
// phrase follows ("she gave during a … tour").
func (f *finder) placeVisit(s *sentence, i int) []document.Relation {
	if !s.in(i, wsVisitNouns) {
		return nil // "the Iraq mission" is a deployment
	}
	k := i - 1
	for k > 0 && k > i-3 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.in(k, wsDeterminers) && !s.in(k, wsPrepsBefore) && !s.in(k, wsVerbGroup) {
		k-- // "lecture", "state"
	}
	obj := s.argAt(k)
	if obj == nil {
		return f.beInForVisit(s, i, k) // "Hu is in Hanoi for a state visit" (descriptors.go)
	}
	if obj.dateline || s.low(obj.last+1) == "'s" {
		return nil
	}
	subj := f.possessor(s, obj.first)
	if !obj.place {
		// "his British trip", "Obama's French visit": a country's
		// adjective stands for the country when an owner says whose the
		// trip is (branch argrecall); "a British trip" stays unread
		if !s.demonymArg(obj) || subj == nil || obj.last+1 != i {
			return nil
		}
	}
	if subj == nil {
		subj = f.frameSubject(s, obj.first)
	}
	if subj == nil {
		subj = s.framedBy(obj.first, obj) // "X spoke during a Washington visit"
	}
	if subj == nil || subj.place || subj.ent == obj.ent || obj.place && !fbFits(s, Visit, subj, obj) {
		return nil
	}
	r := f.relation(s, Visit, subj, obj, i, i+1, i)
	if obj.place {
		r.Place = obj.ent
	}
	return []document.Relation{r}
}

// hostVerbs are what a host does to a visiting guest, face to face.
var hostVerbs = set("told", "tells", "assured", "assures", "briefed", "thanked", "thanks", "urged", "urges", "asked",
	"asks", "praised", "praises", "greeted", "greets", "accompanied", "presented", "gave", "gives", "showed")

// visitingGuest reads "Li told visiting French Defense Minister Charles
// Millon that …" at "visiting" (i): the host and the guest meet.
func (f *finder) visitingGuest(s *sentence, i int) []document.Relation {
	if s.low(i) != "visiting" || !s.in(i-1, wsHostVerbs) {
		return nil
	}
	k := i + 1
	if a := s.argAt(k); a != nil && (a.typ == document.MISC || a.place) && a.last+1 < len(s.toks) && s.argAt(a.last+1) == nil {
		k = a.last + 1 // "visiting French Defense Minister …"
	}
	obj := s.titledAfter(k)
	if obj == nil {
		if a := s.argAt(i + 1); a != nil && a.typ == document.PER {
			obj = a
		}
	}
	if obj == nil {
		return nil
	}
	subj := f.fbLeft(s, s.verbGroupStart(i-1), false)
	if subj == nil || !fbFits(s, Meet, subj, obj) {
		return nil
	}
	return []document.Relation{f.relation(s, Meet, subj, obj, i-1, i, s.verbGroupStart(i-1))}
}

// visitNouns are the nouns of a visit a place name may lead.
var visitNouns = set("visit", "visits", "tour", "tours", "trip", "trips")

// objectControl are verbs whose object is the subject of the infinitive
// after it: "wants X to back Y", "forced X to withdraw".
var objectControl = set("want", "wants", "wanted", "expect", "expects", "expected", "allow", "allows", "allowed",
	"force", "forces", "forced", "persuade", "persuades", "persuaded", "help", "helps", "helped", "enable", "enables",
	"enabled", "need", "needs", "needed", "convince", "convinced", "prompt", "prompted", "lead", "led")

// controlledObject returns the object of a verb of objectControl that
// stands before the infinitive at vg ("to"), over a relative clause
// between commas after it; nil if none.
func (s *sentence) controlledObject(vg int) *arg {
	k := vg - 1
	if s.low(k) == "," {
		// ", which faces a vote of confidence on April 11,"
		m := k - 1
		for m > 0 && m > k-16 && s.low(m) != "," {
			m--
		}
		if s.low(m) != "," || s.low(m+1) != "which" && s.low(m+1) != "who" {
			return nil
		}
		k = m - 1
	}
	a := s.argAt(k)
	if a == nil || a.typ == "PRON" && s.low(a.first) == "it" {
		return nil
	}
	if !s.in(s.beforeDeterminers(a.first), wsObjectControl) {
		return nil
	}
	return a
}

// coordinatedInfinitive reports whether the base form at i follows "and"
// after an infinitive: "to step aside and back".
func (s *sentence) coordinatedInfinitive(i int) bool {
	if c := s.low(i - 1); c != "and" && c != "or" {
		return false
	}
	return s.infinitiveBefore(i) >= 0
}

// purposeOf returns the verb a purpose infinitive at vg ("to") follows
// over time words and "here": "arrived here Monday evening to show";
// -1 if none. A verb right before "to" is not taken: its infinitive
// may be its object ("wanted to").
func (s *sentence) purposeOf(vg int) int {
	k := vg - 1
	skipped := 0
	for k > 0 && s.toks[k].arg < 0 && (s.toks[k].tx >= 0 || s.in(k, wsInserts)) {
		k--
		skipped++
	}
	if skipped == 0 || k < 0 || s.toks[k].arg >= 0 {
		return -1
	}
	lLex := s.lexAt(k)
	if lLex.fbForm.past || lLex.form.past && len(lLex.verbs) > 0 {
		return k
	}
	return -1
}

// quantifiers may open an object before "of": "some of Trump's
// proposals".
var quantifiers = set("some", "many", "most", "several", "all", "each", "parts", "part", "much", "one")

// fbGroupNouns are plural people who act for the body named before them:
// "EU foreign ministers", "Labour MPs".
var fbGroupNouns = set("ministers", "lawmakers", "legislators", "envoys", "delegates", "mps", "senators", "deputies",
	"spokesmen", "representatives", "negotiators", "officials")

// orgPartNouns are parts of an organisation named with a place: "the
// Al-Qaida branch in Iraq claimed …" (the organisation acts).
var orgPartNouns = set("branch", "wing", "faction", "arm", "offshoot", "affiliate", "chapter", "cell", "unit")

// groupMeeting reads a meeting held by a listed group, "Trump, Ryan and
// Priebus will also hold a separate meeting", "X attended a BNP
// meeting", at the noun i: every pair of the group meets, or the one who
// attends meets the body named before the noun.
func (f *finder) groupMeeting(s *sentence, i int) []document.Relation {
	k := i - 1
	for k > 0 && k > i-4 && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.in(k, wsDeterminers) && !s.in(k, wsLightVerbs) && !s.in(k, wsMeetingVerbs) {
		k-- // "a separate", "private"
	}
	if body := s.argAt(k); body != nil && body.typ == document.ORG && body.last == i-1 {
		// "attended a BNP meeting"
		m := body.first - 1
		if s.in(m, wsDeterminers) {
			m--
		}
		if l := s.low(m); l != "attended" && l != "attend" && l != "attends" && l != "addressed" && l != "address" && l != "chaired" {
			return nil
		}
		subj := f.fbLeft(s, s.verbGroupStart(m), false)
		if subj == nil || !isPerson(subj) || subj.ent == body.ent {
			return nil
		}
		return []document.Relation{f.relation(s, Meet, subj, body, i, i+1, s.verbGroupStart(m))}
	}
	if s.in(k, wsDeterminers) {
		k--
	}
	l := s.low(k)
	if l != "hold" && l != "held" && l != "holds" && l != "have" && l != "had" && l != "has" {
		return nil
	}
	vg := s.verbGroupStart(k)
	subj := s.argAt(vg - 1)
	if subj == nil {
		return nil
	}
	list := s.subjectList(subj)
	if len(list) < 2 {
		return nil
	}
	var out []document.Relation
	for a := 0; a < len(list); a++ {
		for b := a + 1; b < len(list); b++ {
			if list[a].ent == list[b].ent || !isPerson(list[a]) && !isPerson(list[b]) {
				continue
			}
			out = append(out, f.relation(s, Meet, list[a], list[b], i, i+1, vg))
		}
	}
	return out
}

// closeActor reports whether the actor a names the noun at i as its
// modifier: nothing but lower-case modifiers between them, no
// conjunction ("an Israeli artillery bombardment in Beit Hanun"; not
// "in northern Iraq while mortar strikes in Baghdad").
func (s *sentence) closeActor(a *arg, i int) bool {
	if a == nil {
		return false
	}
	for k := a.last + 1; k < i; k++ {
		if l := s.low(k); l == "'s" {
			continue
		} else if !isLower(s.toks[k].text) || clauseOpeners[l] || l == "and" || l == "or" || l == "while" || l == "as" || isPrepBefore(l) || isSegmentEnd(s.toks[k].text) {
			return false
		}
	}
	// a nationality after a preposition still modifies the noun: "killed
	// in Israeli incursion in Beit Hanoun" (branch relrecall)
	return !s.afterPrep(a.first) || s.low(a.first-1) == "an" || s.low(a.first-1) == "a" || s.low(a.first-1) == "the" ||
		a.typ == document.MISC && strikePreps[s.low(a.first-1)]
}

// strikePreps open a phrase naming an event that happened: "killed in
// Israeli incursion in Beit Hanoun", "after Israeli shelling in"; not
// "against Iraqi military action in northern Iraq".
var strikePreps = set("in", "during", "by", "after", "following", "from", "amid")

// resignVerbs leave a post: "resigned as UKIP's branch chairman".
var resignVerbs = set("resigned", "resigns", "resign", "resigning", "quit", "quits", "quitting", "stepped", "steps", "step", "stepping")

// resignedAs reads "X resigned as Y's chairman", "X stepped down as
// chairman of Y" at the verb (i): X withdraws from the body Y.
func (f *finder) resignedAs(s *sentence, i int) []document.Relation {
	if !s.in(i, wsResignVerbs) {
		return nil
	}
	j := i + 1
	if strings.HasPrefix(s.low(i), "step") {
		if s.low(j) != "down" {
			return nil
		}
		j++
	}
	if s.low(j) != "as" {
		return nil
	}
	var obj *arg
	k := j + 1
	if s.in(k, wsDeterminers) {
		k++
	}
	if a := s.argAt(k); a != nil && a.typ == document.ORG && s.low(a.last+1) == "'s" {
		obj = a // "as UKIP's branch chairman"
	} else {
		for m := k; m < len(s.toks) && m < k+4; m++ {
			if s.low(m) == "of" {
				if a := s.argAt(m + 1); a != nil && a.typ == document.ORG {
					obj = a // "as chairman of the Rowing Club"
				} else if a := s.argAt(m + 2); a != nil && a.typ == document.ORG && s.in(m+1, wsDeterminers) {
					obj = a
				}
				break
			}
			if s.toks[m].arg >= 0 || !isLower(s.toks[m].text) && !s.in(m, wsTitleWords) {
				break
			}
		}
	}
	if obj == nil {
		return nil
	}
	vg := s.verbGroupStart(i)
	subj := f.fbLeft(s, vg, false)
	if subj == nil || subj.ent == obj.ent || !isPerson(subj) {
		return nil
	}
	return []document.Relation{f.relation(s, Withdraw, subj, obj, i, j, vg)}
}

// inAgreement reads "X and Y are in agreement" at "agreement" (i): the
// pair agrees.
func (f *finder) inAgreement(s *sentence, i int) []document.Relation {
	if s.low(i) != "agreement" || s.low(i-1) != "in" || !s.in(i-2, wsBeForms) || s.low(i-2) == "'s" {
		return nil
	}
	vg := s.verbGroupStart(i - 2)
	subj := s.argAt(vg - 1)
	if subj == nil {
		return nil
	}
	if s.low(i+1) == "with" {
		obj, _ := s.fbObject(i+2, Agree)
		if obj == nil || obj.ent == subj.ent {
			return nil
		}
		return []document.Relation{f.relation(s, Agree, subj, obj, i, i+1, vg)}
	}
	list := s.subjectList(subj)
	if len(list) != 2 || list[0].ent == list[1].ent {
		return nil
	}
	return []document.Relation{f.relation(s, Agree, list[0], list[1], i, i+1, vg)}
}

// placeAfterPhrase returns the place named after "in" behind a short
// lower-case phrase at j: "visited troops in Iraq", "visited a school in
// Bergen"; nil if none.
func (s *sentence) placeAfterPhrase(j int) *arg {
	for k := j; k < len(s.toks) && k < j+5; k++ {
		if s.low(k) == "in" && k > j {
			if a := s.argAt(k + 1); a != nil && a.place && !a.dateline {
				return a
			}
			return nil
		}
		if s.toks[k].arg >= 0 || !isLower(s.toks[k].text) || s.in(k, wsPrepsBefore) || s.in(k, wsVerbGroup) || isSegmentEnd(s.toks[k].text) || s.toks[k].tx >= 0 {
			return nil
		}
	}
	return nil
}

// intensifiers may stand inside a phrase of the fallback's: "came under
// heavy fire from", "threw its full weight behind".
var intensifiers = set("heavy", "fierce", "strong", "sharp", "harsh", "growing", "intense", "renewed", "strongest",
	"full", "widespread", "scathing", "stinging", "fresh", "further", "international", "public", "unanimous", "warm", "high")

// emotionNouns are the nouns of anger at someone, which take "with",
// "over" and "at" before the one they are about ("voiced displeasure
// with"); "criticism over X" names a topic, not a target.
var emotionNouns = set("displeasure", "anger", "outrage", "indignation",
	// round 3 (r3trig): "expressed his dismay at the military";
	// "frustration" and "disappointment" were left out, as their
	// holder is often no party ("amid growing frustration with Sudan")
	"dismay", "disgust", "fury", "exasperation")

// phraseHeads are more heads of what is criticised or supported: "the
// bill", "the deal", "the ruling".
var phraseHeads = set("law", "laws", "legislation", "measure", "measures", "ruling",
	"verdict", "vote", "referendum", "ban", "war", "invasion", "bombing", "attack", "attacks", "killing", "killings",
	"violence", "program", "programme", "scheme", "initiative", "reform", "tax", "cuts", "sanctions", "resolution", "motion")

// argIn returns the first argument inside the span sp from token j on,
// nil if none: a phrase that holds a name is read for the name.
func (s *sentence) argIn(j int, sp document.Span) *arg {
	for k := j; k < len(s.toks) && s.toks[k].span.Start < sp.End; k++ {
		if a := s.argAt(k); a != nil {
			return a
		}
	}
	return nil
}

// fbGateWords calls add with every word a rule of the tier's loop starts
// from, repeats included: wordLexes marks them (wordLex.fbGate), so that
// the other words are passed over with one look-up.
func fbGateWords(add func(string)) {
	for _, w := range []string{"behind", "responsible", "responsibility", "visiting", "two", "agreement", "protest", "call", "calls"} {
		add(w)
	}
	for w := range fbLex().verbs {
		add(w)
	}
	for _, m := range []map[string]string{nounTriggers, fbNouns, wordnetNouns, relrulesNouns, cameoNouns} {
		for w := range m {
			add(w)
		}
	}
	triggers5Gate(add) // triggers5.go
	for w := range negatedPraise {
		add(w)
	}
	stance3Gate(add)
	audit3Gate(add)   // audit3.go
	r3SpeechGate(add) // r3speech.go
	r3nomGate(add)    // r3nom.go
	for _, m := range []map[string]bool{invectiveNouns, greetParticiples} {
		for w := range m {
			add(w) // audit1.go
		}
	}
	for _, m := range []map[string]string{judgements, epithets, speechJudgements} {
		for w := range m {
			add(w)
		}
	}
	for _, m := range []map[string]bool{fireVerbs, exchangeVerbs, warnVerbs, allegeForms, custodyVerbs, sanctionHits, wipeForms, attackNouns, resignVerbs, nameVerbs, discussForms, tryWords, hopeForms, wantForms, requestNouns, nominal2Words, callWords, directCallers} {
		for w := range m {
			add(w)
		}
	}
}

// fbLexSize is about the number of words of the fallback lexicon (1,618
// forms): its maps are made that large at once rather than grown.
const fbLexSize = 2048
