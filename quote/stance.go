package quote

// Stances stated with an adjective or a noun rather than a verb: "they're
// supportive of same-sex marriage", "she has been critical of the deal",
// "his support for the senator", "Cruz's attacks on the bill". PolNeAR
// annotates them as attributions: the subject or possessor is the source,
// the adjective or noun with its preposition is the cue, and the noun
// phrase after it is the content.

// stanceAdjectives maps adjectives of stance to the preposition that
// introduces what the stance is about.
var stanceAdjectives = map[string]string{
	"supportive": "of", "critical": "of", "skeptical": "of", "sceptical": "of", "wary": "of",
	"enamored": "of", "enamoured": "of", "dismissive": "of", "suspicious": "of", "distrustful": "of",
	"contemptuous": "of", "scornful": "of", "appreciative": "of", "protective": "of", "tolerant": "of",
	"intolerant": "of", "hostile": "to", "opposed": "to", "sympathetic": "to", "receptive": "to",
	"resistant": "to", "averse": "to",
}

// stanceNouns maps nouns of stance to the preposition that introduces
// their content.
var stanceNouns = map[string]string{
	"support": "for", "criticism": "of", "criticisms": "of", "opposition": "to", "endorsement": "of",
	"attack": "on", "attacks": "on", "critique": "of", "praise": "for", "condemnation": "of",
	"denunciation": "of", "rejection": "of", "embrace": "of", "disdain": "for", "contempt": "for",
	"admiration": "for", "hostility": "toward", "skepticism": "of", "scepticism": "of",
}

// stanceLinks are verbs that link a subject to a stance adjective.
// "'s" is "is" here: a possessive takes no adjective with a preposition
// ("he’s also supportive of").
var stanceLinks = set("is", "are", "was", "were", "be", "been", "being", "'re", "’re", "'m", "’m", "'s", "’s",
	"remain", "remains", "remained", "become", "becomes", "became", "grown", "grew", "seem", "seems", "seemed")

// stanceDegree are words of degree that may sit between the link and the
// adjective ("less hostile to", "so vehemently opposed to").
var stanceDegree = set("less", "more", "so", "very", "too", "most", "least", "both", "all", "not", "n't", "n’t",
	"never", "increasingly", "deeply", "highly", "openly", "sharply", "fiercely", "sternly", "vehemently",
	"strongly", "also", "still", "often", "always", "long", "generally", "largely", "quite", "somewhat")

// stanceAt handles a stance adjective or noun at token c and reports
// whether it made an attribution.
func (f *finder) stanceAt(c int) bool {
	v := f.v
	if v.inQ[c] >= 0 || c+2 >= len(v.words) || v.sent[c+1] != v.sent[c] || v.inQ[c+1] >= 0 {
		return false
	}
	w := v.lower[c]
	if v.capitalized(c) {
		return false // a headline in title case
	}
	if p, ok := stanceAdjectives[w]; ok && v.lower[c+1] == p {
		return f.stanceAdjectiveAt(c)
	}
	if p, ok := stanceNouns[w]; ok && v.lower[c+1] == p {
		return f.stanceNounAt(c)
	}
	return false
}

// stanceAdjectiveAt: "SOURCE (has been) (less) ADJ PREP CONTENT".
func (f *finder) stanceAdjectiveAt(c int) bool {
	v := f.v
	lim := f.sentStart(c)
	ga := c
	link := false
	for j := c - 1; j >= lim && v.inQ[j] < 0; j-- {
		w := v.lower[j]
		switch {
		case stanceLinks[w]:
			link = true
		case stanceDegree[w] || (v.isAdverb(j) && !link) || (link && auxiliaries[w] && w != "to"):
		default:
			j = lim // stop
			continue
		}
		ga = j
	}
	if !link {
		return false
	}
	src, ante, ok := f.sourceBefore(ga, c)
	if !ok {
		return false
	}
	return f.stanceContent(c, ga, src, ante, false)
}

// stanceNounAt: "POSSESSOR (ADJ) NOUN PREP CONTENT".
func (f *finder) stanceNounAt(c int) bool {
	v := f.v
	lim := f.sentStart(c)
	j := c - 1
	// up to two modifiers: "his energetic endorsement of", "her long support for"
	for n := 0; n < 2 && j > lim && !npStops[v.lower[j]] && !determiners[v.lower[j]] && !v.capitalized(j) && v.isWord(j) && !v.isPossessive(j); n++ {
		j--
	}
	if j < lim || j < 0 || v.inQ[j] >= 0 {
		return false
	}
	var src [2]int
	switch p := v.lower[j]; {
	case p == "his" || p == "her" || p == "their" || p == "its" || p == "our" || p == "my":
		src = [2]int{j, j + 1}
	case v.isPossessive(j) && j > lim:
		a, ok := v.npLeft(j, lim)
		if !ok {
			return false
		}
		src = [2]int{a, j}
	default:
		return false
	}
	return f.stanceContent(c, j+1, src, [2]int{}, true)
}

// stanceContent adds the attribution with cue [ga, c+2) and the noun
// phrase after the preposition as content. After a noun, the phrase is
// often the subject of a verb, which ends it: "his critique of the policy
// was as polite as it was pointed".
func (f *finder) stanceContent(c, ga int, src, ante [2]int, noun bool) bool {
	v := f.v
	cs := c + 2
	ce := f.contentEndNP(cs, cs, true)
	// "they're less hostile to regulation and generally agree that …": a
	// second verb of the subject ends the phrase, and so does a clause of
	// time or reason ("critical of Trump since they both ran").
	for i := cs + 1; i+1 < ce; i++ {
		if stanceClauseEnds[v.lower[i]] {
			ce = i
			break
		}
		if v.lower[i] != "and" {
			continue
		}
		k := i + 1
		for k < ce && v.isAdverb(k) {
			k++
		}
		if _, ok := v.isCueVerb(k); ok && k < ce {
			ce = i
			break
		}
	}
	if noun {
		for i := cs + 1; i < ce; i++ {
			if w := v.lower[i]; (auxiliaries[w] && w != "to" && w != "not" && w != "n't" && !v.isPossessive(i)) || w == "comes" || w == "came" {
				ce = i
				break
			}
		}
		for ce > cs+1 && (relPronouns[v.lower[ce-1]] || v.lower[ce-1] == "and" || v.lower[ce-1] == ",") {
			ce--
		}
	}
	if ce <= cs || f.words(cs, ce) < 1 {
		return false
	}
	for i := ga; i < ce; i++ {
		// "his criticism of “New York values”": words in marks are
		// seldom the holder's own, and the direct patterns see them.
		if f.owner[i] >= 0 || v.inQ[i] >= 0 {
			return false
		}
	}
	id := f.add(attribution{cue: [2]int{ga, c + 2}, src: src, ante: ante, parts: [][2]int{{cs, ce}}, inherit: -1})
	if src[1] > src[0] {
		f.claim(id, [][2]int{src})
	}
	return true
}

// stanceClauseEnds start a clause that ends a stance's content.
var stanceClauseEnds = set("since", "because", "while", "although", "though", "when", "after", "before", "until", "unless")
