package relation

import "github.com/newsgraph/newsgraph/document"

// Physical and coercive acts told by a weapon and its path (branch
// physical, docs/relations.md "Fallback tier, physical acts"): "fired 36
// shells at X", "fired artillery rounds aimed at a radio mast in X",
// "retaliated by firing dozens of rounds of artillery into X", "A and B
// exchanged artillery fire", and a threat told by "warned (X) (that) it
// would strike Y".

// projectiles are what is fired in an attack: never words, never a
// ball, never a person dismissed ("fired the manager").
var projectiles = set("shell", "shells", "rocket", "rockets", "missile", "missiles", "mortar", "mortars", "round",
	"rounds", "artillery", "grenade", "grenades", "projectile", "projectiles", "salvo", "salvoes", "salvos",
	"bullets", "bombs", "katyushas", "howitzers", "volleys", "barrages")

// fireVerbs launch projectiles at a target.
var fireVerbs = set("fire", "fired", "fires", "firing", "launch", "launched", "launches", "launching", "lob",
	"lobbed", "lobs", "lobbing")

// firePaths introduce the target of a projectile.
var firePaths = set("at", "into", "on", "toward", "towards")

// projectileQuantity are the words of a count of projectiles: "dozens of
// rounds", "a barrage of rockets".
var projectileQuantity = set("dozens", "hundreds", "scores", "thousands", "several", "barrage", "hail", "volley",
	"salvo", "number", "series", "few", "more", "of", "some")

// firedAt reads a fire verb at i whose object is a projectile and whose
// path names the target: "North Korea fired 36 shells at police posts",
// "fired artillery rounds aimed at a loudspeaker in South Korea" (the
// place the thing stands in), "the South retaliated by firing dozens of
// rounds of artillery into the north". The actor is the verb's subject,
// for a gerund after "by" the subject of the verb before it, for a
// participle after a comma the sentence's opening subject.
func (f *finder) firedAt(s *sentence, i int) []document.Relation {
	if !s.in(i, wsFireVerbs) {
		return nil
	}
	j, ok := s.afterProjectiles(i + 1)
	if !ok {
		return nil
	}
	if s.low(j) == "aimed" || s.low(j) == "directed" {
		j++
	}
	if s.low(j) == "across" && (s.low(j+2) == "border" || s.low(j+2) == "frontier") && s.low(j+3) == "into" {
		j += 3 // "fired rockets across the border into Israel"
	}
	if !s.in(j, wsFirePaths) {
		return nil
	}
	end := j + 1
	subj := f.fireActor(s, i)
	if subj == nil || subj.typ == document.MISC && !s.groupHead(subj) {
		return nil
	}
	r := f.relation(s, Attack, subj, nil, i, end, s.verbGroupStart(i))
	if obj, _ := s.fbObject(end, Attack); obj != nil && obj.ent != subj.ent && (obj.typ != document.MISC || s.groupHead(obj)) {
		sp := obj.span
		r.Object, r.ObjectSpan = obj.ent, &sp
	} else if p := s.placeAfterPhrase(end); p != nil && p.ent != subj.ent {
		sp := p.span // "at a loudspeaker in South Korea": the place hit
		r.Object, r.ObjectSpan = p.ent, &sp
	} else if text, sp := s.targetPhrase(f.doc, end); text != "" {
		r.ObjectText, r.ObjectSpan = text, &sp // "at two police posts"
	} else {
		return nil
	}
	return []document.Relation{r}
}

// afterProjectiles skips the projectiles fired from token j on (up to
// seven words: counts, modifiers, a nationality, "of", "from X") and
// returns the token after them and whether a projectile was named.
func (s *sentence) afterProjectiles(j int) (int, bool) {
	seen := false
	k := j
	for ; k < len(s.toks) && k < j+8; k++ {
		l := s.low(k)
		lLex := s.lexAt(k)
		switch {
		case lLex.in(wsProjectiles):
			seen = true
		case seen && l == "from" && s.argAt(k+1) != nil:
			k = s.argAt(k + 1).last // "fired rockets from Gaza into Israel"
		case seen && lLex.in(wsFirePaths), seen && (l == "aimed" || l == "directed" || l == "across"):
			return k, true
		case lLex.in(wsDeterminers) || lLex.in(wsNumberWords) || isDigits(l) || lLex.in(wsProjectileQuantity):
		case s.toks[k].arg >= 0 && s.args[s.toks[k].arg].typ == document.MISC && !seen:
			k = s.args[s.toks[k].arg].last // "fired Katyusha rockets"
		case s.toks[k].arg < 0 && isLower(s.toks[k].text) && !seen && !lLex.in(wsPrepsBefore) && !lLex.in(wsVerbGroup) && !isSegmentEnd(s.toks[k].text):
			// a modifier: "artillery", "long-range", "anti-tank"
		default:
			return k, false
		}
	}
	return k, false
}

// fireActor returns the one who fires at i: the subject of the verb
// (over its verb group), the subject of the verb before "by" for a
// gerund ("retaliated by firing"), the opening subject for a participle
// after a comma.
func (f *finder) fireActor(s *sentence, i int) *arg {
	l := s.low(i)
	ing := len(l) > 3 && l[len(l)-3:] == "ing"
	switch {
	case ing && s.low(i-1) == "by":
		v := i - 2
		for v > 0 && isAdverb(s.low(v)) {
			v--
		}
		if v < 1 || s.toks[v].arg >= 0 || !isLower(s.toks[v].text) {
			return nil
		}
		return f.fbLeft(s, s.verbGroupStart(v), false)
	case ing && s.low(i-1) == ",":
		if a := s.openingSubject(s.verbGroupStart(i)); a != nil {
			return a
		}
		if s.lastSubj != nil && s.lastSubj.last < i && !s.clauseBetween(s.lastSubj.last+1, i) {
			return s.lastSubj
		}
		return nil
	case ing && !s.in(i-1, wsBeForms):
		return nil // a gerund or a noun: "the firing of rockets"
	}
	vg := s.verbGroupStart(i)
	if vg == i && (l == "fire" || l == "launch" || l == "lob") {
		return nil // a base form needs its verb group: "will fire"
	}
	return f.fbLeft(s, vg, false)
}

// fireNouns are what two sides exchange in a fight: "exchanged fire",
// "traded artillery fire", "exchanged gunfire".
var fireNouns = set("fire", "gunfire", "shots", "shells", "rockets", "salvos")

// exchangeVerbs trade fire.
var exchangeVerbs = set("exchanged", "exchange", "exchanges", "exchanging", "traded", "trade", "trades", "trading")

// exchangedFire reads "A and B exchanged (artillery) fire" and "A
// exchanged fire with B" at i: each side attacks the other.
func (f *finder) exchangedFire(s *sentence, i int) []document.Relation {
	if !s.in(i, wsExchangeVerbs) {
		return nil
	}
	k := i + 1
	for k < len(s.toks) && k < i+4 && !s.in(k, wsFireNouns) && s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.in(k, wsPrepsBefore) && !isSegmentEnd(s.toks[k].text) {
		k++ // "heavy artillery", "small-arms"
	}
	if !s.in(k, wsFireNouns) {
		return nil
	}
	if l := s.low(i); (l == "exchanging" || l == "trading") && !s.in(i-1, wsBeForms) && s.low(i-1) != "," {
		return nil
	}
	vg := s.verbGroupStart(i)
	subj := f.fbLeft(s, vg, false)
	if subj == nil || subj.typ == "PRON" && s.low(subj.first) == "it" {
		return nil
	}
	var other *arg
	if s.low(k+1) == "with" {
		other, _ = s.fbObject(k+2, Attack)
	} else if b := s.beforeDeterminers(subj.first); s.low(b) == "and" {
		other = s.argAt(b - 1) // "North and South Korea exchanged fire"
	}
	if other == nil || other.ent == subj.ent || other.typ == document.MISC && !s.groupHead(other) || subj.typ == document.MISC && !s.groupHead(subj) {
		return nil
	}
	a := f.relation(s, Attack, subj, other, i, k+1, vg)
	b := f.relation(s, Attack, other, subj, i, k+1, vg)
	if s.low(k+1) != "with" && other.first < subj.first {
		return []document.Relation{b, a} // in the order of the text
	}
	return []document.Relation{a, b}
}

// warnVerbs say a warning.
var warnVerbs = set("warned", "warns", "warn", "warning")

// harmVerbs are the acts of force a warning may announce: "warned it
// would strike", "warned that it would respond militarily".
var harmVerbs = set("attack", "strike", "hit", "bomb", "invade", "retaliate", "respond", "punish", "destroy",
	"sanction", "shell", "shoot")

// warnedThat reads a threat told by a warning at i: "X warned (Y) (that)
// it would strike Z" — X's threat to Y, else to Z; X must be the one who
// would act (the pronoun or name after "that" is X), and the act must be
// one of force. "X warned that Y would attack" reports Y's plans and is no
// threat of X's.
func (f *finder) warnedThat(s *sentence, i int) []document.Relation {
	if !s.in(i, wsWarnVerbs) || s.low(i) == "warning" && s.low(i-1) != "," {
		return nil
	}
	vg := s.verbGroupStart(i)
	if s.low(i) == "warn" && vg == i {
		return nil
	}
	subj := f.fbLeft(s, vg, false)
	if s.low(i) == "warning" {
		subj = s.openingSubject(vg)
		if subj == nil {
			subj = s.sponsorOfClause(i) // "The resolution, co-sponsored by X, demands …, warning" (sponsors.go)
		}
	}
	if subj == nil || subj.typ == document.MISC && !s.groupHead(subj) {
		return nil
	}
	if rs := f.warnedIf(s, i, subj, vg); rs != nil {
		return rs // "warned that further measures are possible if Y does not …" (sponsors.go)
	}
	j := i + 1
	warned := s.argAt(j)
	if warned != nil {
		j = warned.last + 1
	}
	if s.low(j) == "that" {
		j++
	}
	k := j + 1
	if actor := s.argAt(j); actor != nil {
		if actor.ent != subj.ent {
			return nil
		}
		k = actor.last + 1
	} else if !ownPronoun(subj, s.low(j)) {
		return nil // no resolver: the pronoun must suit the warner
	}
	if l := s.low(k); l != "would" && l != "will" && l != "could" && l != "'d" && l != "'ll" && l != "might" {
		return nil
	}
	k++
	for k < len(s.toks) && isAdverb(s.low(k)) {
		k++
	}
	lemma := s.lexAt(k).fbForm.lemma
	if lemma == "" {
		lemma = s.low(k)
	}
	if !harmVerbs[lemma] && !(lemma == "take" && (s.low(k+1) == "action" || s.low(k+2) == "action")) && !(lemma == "use" && s.low(k+1) == "force") {
		return nil
	}
	obj := warned
	if obj == nil {
		if s.low(k+1) == "back" {
			k++ // "would hit back at"
		}
		o := k + 1
		if s.low(o) == "at" || s.low(o) == "against" || s.low(o) == "on" {
			o++
		}
		obj, _ = s.fbObject(o, Attack)
	}
	if obj == nil || obj.ent == subj.ent || obj.typ == document.MISC && !s.groupHead(obj) {
		return nil
	}
	return []document.Relation{f.relation(s, Threaten, subj, obj, i, i+1, vg)}
}

// ownPronoun reports whether the pronoun w, which no resolver gave an
// entity, may stand for a: "it" or "they" for a body or a country, "he"
// or "she" for a person, "we" for either.
func ownPronoun(a *arg, w string) bool {
	switch w {
	case "we":
		return true
	case "it", "they":
		return a.typ != document.PER && a.typ != "PRON"
	case "he", "she":
		return a.typ == document.PER
	}
	return false
}

// sharedActor returns the subject of an earlier act of force that a verb
// group at vg is coordinated with over that act's object and adjuncts:
// "the army stormed the square on June 4, 1989 and fired on unarmed
// students" (the army fired). The earlier verb must be a past form of an
// attack, a killing, an arrest or a sanction, so that "said … and fired"
// does not give the speaker.
func (f *finder) sharedActor(s *sentence, vg int) *arg {
	if s.low(vg-1) != "and" {
		return nil
	}
	for k := vg - 2; k >= 1 && k >= vg-12; k-- {
		t := s.toks[k]
		if t.arg >= 0 || t.tx >= 0 || !isLower(t.text) && !isDigits(t.low) && t.text != "," {
			continue
		}
		if isSegmentEnd(t.text) && t.text != "," || t.low == "that" || t.low == "who" || t.low == "which" || t.low == "and" || t.in(wsSpeech) {
			return nil
		}
		ts := t.lex.fbVerbs
		if !t.lex.fbForm.past || len(ts) == 0 {
			continue
		}
		if !harmTypes[ts[0].typ] {
			return nil
		}
		if a := f.fbLeft(s, s.verbGroupStart(k), false); a != nil && a.typ != "PRON" {
			return a
		}
		return nil
	}
	return nil
}

// allegeForms state an allegation.
var allegeForms = set("alleged", "alleges", "alleging")

// allegedThat reads "X alleged that Y had armed the rebels" at i: X
// accuses Y (the guidelines' "allege"). Y must act in the clause: "alleged
// that Y was killed by police" makes Y a victim, no accused.
func (f *finder) allegedThat(s *sentence, i int) []document.Relation {
	if !s.in(i, wsAllegeForms) || s.low(i+1) != "that" || s.in(i-1, wsBeForms) {
		return nil
	}
	if s.low(i) == "alleging" && s.low(i-1) != "," {
		return nil
	}
	accused, v := s.fbObject(i+2, Accuse)
	if accused == nil {
		accused, v = s.describedName(i + 2) // "alleged that Oslo-based militant group X"
	}
	if accused == nil || accused.typ == document.MISC && !s.groupHead(accused) || s.low(v) == "'s" {
		return nil
	}
	if s.in(v, wsBeForms) || s.low(v) == "had" || s.low(v) == "has" || s.low(v) == "have" {
		if n := s.low(v + 1); n == "been" || s.in(v, wsBeForms) && isParticiple(n) && n != "behind" {
			return nil // "alleged that X was killed", "had been beaten"
		}
	} else if l := s.low(v); !isLower(s.tokText(v)) || !(len(l) > 3 && l[len(l)-2:] == "ed") && !verbGroup[l] {
		return nil // a verb must follow: "alleged that X paid", "X would"
	}
	vg := s.verbGroupStart(i)
	var subj *arg
	if s.low(i) == "alleging" {
		subj = s.openingSubject(vg)
	} else {
		subj = f.fbLeft(s, vg, false)
	}
	if subj == nil || subj.ent == accused.ent || !fbFits(s, Accuse, subj, accused) {
		return nil
	}
	return []document.Relation{f.relation(s, Accuse, subj, accused, i, i+1, vg)}
}

// blamedOn reads "X blamed the attack on Y" at i: X accuses Y. The
// thing blamed is a short lower-case phrase with no name in it.
func (f *finder) blamedOn(s *sentence, i int) []document.Relation {
	l := s.low(i)
	if l != "blamed" && l != "blames" && l != "blame" || s.in(i-1, wsBeForms) || s.argAt(i+1) != nil {
		return nil
	}
	k := i + 1
	for ; k < len(s.toks) && k < i+7 && s.low(k) != "on"; k++ {
		t := s.toks[k]
		if t.arg >= 0 && s.args[t.arg].typ != document.MISC || !isLower(t.text) && t.arg < 0 || isSegmentEnd(t.text) || t.in(wsVerbGroup) || t.low == "that" {
			return nil
		}
	}
	if s.low(k) != "on" || k == i+1 {
		return nil
	}
	obj, _ := s.fbObject(k+1, Accuse)
	vg := s.verbGroupStart(i)
	if l == "blame" && vg == i {
		return nil // "the blame on", a base form without its verb group
	}
	subj := f.fbLeft(s, vg, false)
	if obj == nil || subj == nil || !fbFits(s, Accuse, subj, obj) {
		return nil
	}
	return []document.Relation{f.relation(s, Accuse, subj, obj, i, k+1, vg)}
}

// custodyVerbs put someone in custody: "placed X under house arrest",
// "held X without charge".
var custodyVerbs = set("put", "puts", "putting", "placed", "places", "placing", "held", "holds", "holding", "kept", "keeps")

// underArrest reads "put X under (house) arrest" and "held X without
// charge / trial" at i: the subject arrests X.
func (f *finder) underArrest(s *sentence, i int) []document.Relation {
	if !s.in(i, wsCustodyVerbs) || s.in(i-1, wsBeForms) {
		return nil
	}
	obj, next := s.fbObject(i+1, Arrest)
	if obj == nil {
		return nil
	}
	end := next
	switch {
	case s.low(next) == "under" && s.low(next+1) == "arrest":
		end = next + 2
	case s.low(next) == "under" && s.low(next+1) == "house" && s.low(next+2) == "arrest":
		end = next + 3
	case s.low(next) == "without" && (s.low(next+1) == "charge" || s.low(next+1) == "trial"):
		end = next + 2
	default:
		return nil
	}
	vg := s.verbGroupStart(i)
	subj := f.fbLeft(s, vg, false)
	if subj == nil || !fbFits(s, Arrest, subj, obj) {
		return nil
	}
	return []document.Relation{f.relation(s, Arrest, subj, obj, i, end, vg)}
}

// sanctionHits are verbs that take "X with sanctions".
var sanctionHits = set("hit", "hits", "hitting", "slapped", "slaps", "targeted", "targets", "punished", "punishes")

// sanctionNouns name sanctions.
var sanctionNouns = set("sanctions", "embargo", "embargoes")

// hitWithSanctions reads "X hit Y with (new) sanctions" at i: X
// sanctions Y.
func (f *finder) hitWithSanctions(s *sentence, i int) []document.Relation {
	if !s.in(i, wsSanctionHits) || s.in(i-1, wsBeForms) {
		return nil
	}
	obj, next := s.fbObject(i+1, Sanction)
	if obj == nil || s.low(next) != "with" {
		return nil
	}
	k := next + 1
	for k < len(s.toks) && k < next+5 && !s.in(k, wsSanctionNouns) && (s.in(k, wsDeterminers) || s.toks[k].arg < 0 && isLower(s.toks[k].text) && !s.in(k, wsPrepsBefore) && !isSegmentEnd(s.toks[k].text)) {
		k++
	}
	if !s.in(k, wsSanctionNouns) {
		return nil
	}
	vg := s.verbGroupStart(i)
	subj := f.fbLeft(s, vg, false)
	if subj == nil || !fbFits(s, Sanction, subj, obj) {
		return nil
	}
	return []document.Relation{f.relation(s, Sanction, subj, obj, i, k+1, vg)}
}

// themTypes are the acts whose object "them" may be a group an earlier
// act of force in the sentence named by a phrase.
var themTypes = map[string]bool{Accuse: true, Arrest: true, Kill: true, Attack: true, Sanction: true, Threaten: true}

// themGroup returns the group an unresolved "them" at j stands for: the
// phrase object of an earlier arrest, killing, attack or sanction in
// the sentence ("Georgia arrested four Russian soldiers and accused them
// of spying": the four soldiers are accused); the span is the
// pronoun's, the mention nearest the trigger.
func (f *finder) themGroup(s *sentence, j int) (string, document.Span) {
	if s.low(j) != "them" || s.toks[j].arg >= 0 {
		return "", document.Span{}
	}
	for k := len(f.rels) - 1; k >= f.sentFrom; k-- {
		r := f.rels[k]
		if r.Sentence != s.span || r.Object != "" || r.ObjectText == "" || r.ObjectSpan == nil || r.ObjectSpan.End > s.toks[j].span.Start {
			continue
		}
		if r.Type == Arrest || r.Type == Kill || r.Type == Attack || r.Type == Sanction {
			return r.ObjectText, s.toks[j].span
		}
	}
	return "", document.Span{}
}

// wipedOff reads "wipe X off the map" at i, an attack on X (most often
// threatened: "has threatened to wipe Ruritania off the map", which the
// threat rule then also reads as a threat to X).
func (f *finder) wipedOff(s *sentence, i int) []document.Relation {
	if l := s.low(i); l != "wipe" && l != "wiped" && l != "wipes" && l != "wiping" {
		return nil
	}
	obj, next := s.fbObject(i+1, Attack)
	if obj == nil || s.low(next) != "off" || s.low(next+1) != "the" || s.low(next+2) != "map" {
		return nil
	}
	vg := s.verbGroupStart(i)
	subj := f.fbLeft(s, vg, false)
	if subj == nil || subj.ent == obj.ent || subj.typ == document.MISC && !s.groupHead(subj) {
		return nil
	}
	return []document.Relation{f.relation(s, Attack, subj, obj, i, next+3, vg)}
}

// wipeForms start "wipe X off the map".
var wipeForms = set("wipe", "wiped", "wipes", "wiping")

// describedName returns the name after a description at j (determiners,
// a nationality or "X-based", lower-case modifiers: "Oslo-based militant
// group Freedom Front") and the token after it; nil if a verb, a
// preposition or more than five words come first.
func (s *sentence) describedName(j int) (*arg, int) {
	for k := j; k < len(s.toks) && k < j+6; k++ {
		if a := s.argAt(k); a != nil {
			if a.typ != document.MISC {
				return a, a.last + 1
			}
			k = a.last
			continue
		}
		l := s.low(k)
		lLex := s.lexAt(k)
		if !isLower(s.toks[k].text) || lLex.in(wsPrepsBefore) || lLex.in(wsVerbGroup) || isSegmentEnd(s.toks[k].text) || l == "that" || l == "and" {
			return nil, 0
		}
	}
	return nil, 0
}
