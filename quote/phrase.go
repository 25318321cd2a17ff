package quote

import "strings"

// Noun phrases and verb groups, read from the tokens around a cue without
// a part-of-speech tagger: capitalised runs, determiners, titles and the
// word classes of words.go.

// isCueVerb reports whether token i is a cue verb used as a verb, and
// returns its entry. Tokens inside quotations, capitalised words that do
// not start a sentence, and words after a determiner ("the report") are
// not cue verbs.
func (v *view) isCueVerb(i int) (cueWord, bool) {
	if i < 0 || i >= len(v.words) || v.inQ[i] >= 0 || v.para[i] < 0 {
		return cueWord{}, false
	}
	if v.lex[i] == nil {
		return cueWord{}, false
	}
	c := *v.lex[i]
	if v.capitalized(i) && !v.sentStart(i) {
		return c, false
	}
	// A noun after a determiner or possessive: "the report", "his call".
	if j := i - 1; j >= 0 && v.sent[j] == v.sent[i] {
		switch v.lower[j] {
		case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
			"those", "no", "any", "each", "every", "'s", "’s", "new", "first", "last", "latest",
			"whose", "of", "own", "same", "such", "one":
			return c, false
		}
	}
	if i > 0 && (v.lower[i-1] == "you" || v.lower[i-1] == "i") && (c.lemma == "know" || c.lemma == "see" || c.lemma == "mean" || c.lemma == "think") &&
		i+1 < len(v.words) && (v.words[i+1] == "," || v.words[i+1] == "." || v.words[i+1] == "?") {
		return c, false // "you know," "I mean,": discourse markers
	}
	if i+1 < len(v.words) {
		next := v.lower[i+1]
		switch {
		case c.lemma == "think" && (next == "tank" || next == "tanks"):
			return c, false
		case c.form == "d" && (next == "as" || next == "by") && c.class&cueSpeech == 0:
			// a passive or participle: "described as", "known as",
			// "criticized by"
			return c, false
		case c.form == "d" && next == "as" && c.lemma != "say":
			return c, false
		case c.lemma == "call" && (next == "off" || next == "up" || next == "back" || next == "in"):
			return c, false // "called off the deal"
		case c.lemma == "add" && (next == "up" || next == "to" && !v.recipientAt(i+2)):
			// "adding to her lead", "added up to": not speech; but
			// "added to reporters", "added to People"
			return c, false
		case c.form == "d" && (next == "delegate" || next == "delegates"):
			return c, false // "pledged delegates": a compound noun
		case c.lemma == "find" && reflexives[next]:
			return c, false // "found himself embroiled in controversy"
		case c.lemma == "thank" && c.form == "s" && next == "to":
			return c, false // "thanks to a big win": a preposition
		}
	}
	return c, true
}

// recipientAt reports whether token i reads as the person spoken to: an
// object pronoun, "reporters", or a name that is no possessor.
func (v *view) recipientAt(i int) bool {
	if i >= len(v.words) {
		return false
	}
	switch v.lower[i] {
	case "him", "her", "them", "me", "us", "reporters", "journalists":
		return i+1 >= len(v.words) || !v.isWord(i+1) || v.lower[i] != "her"
	}
	if !v.capitalized(i) {
		return false
	}
	j := i
	for j+1 < len(v.words) && v.capitalized(j+1) {
		j++
	}
	return j+1 >= len(v.words) || !v.isPossessive(j+1)
}

// reflexives are the reflexive pronouns.
var reflexives = set("himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves", "oneself")

// isAccording reports whether tokens i, i+1 are "according to".
func (v *view) isAccording(i int) bool {
	return i+1 < len(v.words) && v.lower[i] == "according" && v.lower[i+1] == "to" && v.inQ[i] < 0 && v.para[i] >= 0
}

func (v *view) isAdverb(i int) bool {
	w := v.lower[i]
	if cueAdverbs[w] {
		return w != "in" && w != "fact" || (w == "in" && i+1 < len(v.words) && v.lower[i+1] == "fact") ||
			(w == "fact" && i > 0 && v.lower[i-1] == "in")
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !v.capitalized(i) && w != "only" && w != "early" && w != "family" && w != "ally" && w != "rally"
}

// cueGroup returns the verb group around cue verb c: auxiliaries,
// negation and adverbs before it, and a particle after it ("pointed out",
// "called for", "according to").
func (v *view) cueGroup(c int) (int, int) {
	a, b := c, c+1
	for j := c - 1; j >= 0 && v.sent[j] == v.sent[c] && v.inQ[j] < 0; j-- {
		w := v.lower[j]
		if (auxiliaries[w] && w != "'s" && w != "’s") || v.isAdverb(j) || w == "however" {
			a = j
			continue
		}
		break
	}
	// the group starts with a verb or adverb, never with "to"
	for a < c && v.lower[a] == "to" {
		a++
	}
	if b < len(v.words) && v.sent[b] == v.sent[c] {
		switch v.lower[b] {
		case "to":
			if v.lower[c] == "according" || strings.HasPrefix(v.lower[c], "refer") || strings.HasPrefix(v.lower[c], "object") ||
				((strings.HasPrefix(v.lower[c], "point") || strings.HasPrefix(v.lower[c], "respon")) && b+1 < len(v.words) && !v.isCueVerbForm(b+1)) {
				b++ // "pointed to her record", "responded to the remarks"
			}
		case "with":
			if strings.HasPrefix(v.lower[c], "agree") || strings.HasPrefix(v.lower[c], "disagree") {
				b++ // "agreed with the analysis"
			}
		case "out":
			if strings.HasPrefix(v.lower[c], "point") {
				b++
			}
		case "for":
			if strings.HasPrefix(v.lower[c], "call") || strings.HasPrefix(v.lower[c], "ask") || strings.HasPrefix(v.lower[c], "argu") || strings.HasPrefix(v.lower[c], "plead") {
				b++
			}
		case "about":
			if strings.HasPrefix(v.lower[c], "talk") || strings.HasPrefix(v.lower[c], "complain") || strings.HasPrefix(v.lower[c], "warn") || strings.HasPrefix(v.lower[c], "spoke") || strings.HasPrefix(v.lower[c], "speak") || strings.HasPrefix(v.lower[c], "worr") || strings.HasPrefix(v.lower[c], "joke") || strings.HasPrefix(v.lower[c], "boast") || strings.HasPrefix(v.lower[c], "brag") {
				b++
			}
		case "on":
			if strings.HasPrefix(v.lower[c], "call") || strings.HasPrefix(v.lower[c], "comment") || strings.HasPrefix(v.lower[c], "insist") || strings.HasPrefix(v.lower[c], "agree") {
				b++
			}
		}
	}
	// "said in a statement:" and "said:" — a colon right after joins.
	if b < len(v.words) && v.sent[b] == v.sent[c] && v.words[b] == ":" {
		b++
	}
	return a, b
}

// isCueVerbForm reports whether token i looks like a verb after "to": a
// lower-case word that is not a determiner or pronoun ("to respond" rather
// than "to her record").
func (v *view) isCueVerbForm(i int) bool {
	w := v.lower[i]
	if v.capitalized(i) || determiners[w] || w == "him" || w == "them" || w == "me" || w == "us" || w == "it" || !v.isWord(i) {
		return false
	}
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed")
}

func (v *view) isPossessive(i int) bool {
	switch v.words[i] {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

// npLeft reads a noun phrase that ends just before token end, not
// crossing token lim. A pronoun is a phrase of its own.
func (v *view) npLeft(end, lim int) (int, bool) {
	j := end - 1
	if j < lim || j < 0 || v.inQ[j] >= 0 {
		return 0, false
	}
	if w := v.lower[j]; subjPronouns[w] || relPronouns[w] {
		return j, true
	}
	a := end
	n := 0
	for j >= lim && n < 14 && v.inQ[j] < 0 {
		w := v.lower[j]
		ok := false
		stop := false
		switch {
		case v.words[j] == ")":
			k := j - 1
			for k >= lim && k > j-10 && v.words[k] != "(" {
				k--
			}
			if k >= lim && v.words[k] == "(" && a == end {
				// "(D-S.C.)" after a name: skip it and go on.
				j = k
				ok = true
			}
		case v.isPossessive(j):
			ok = a < end
		case determiners[w]:
			// "She and her husband": a coordinated phrase goes on
			ok = true
			stop = !(j-2 >= lim && v.lower[j-1] == "and" && (subjPronouns[v.lower[j-2]] || v.capitalized(j-2)))
		case subjPronouns[w] && j+1 < end && v.lower[j+1] == "and" && a <= j+1:
			ok = true // "She and her husband"
		case v.capitalized(j):
			if npStops[w] || subjPronouns[w] {
				// A capitalised function word ("But", "In") starts a
				// sentence: the phrase begins after it.
				break
			}
			ok = true
		case w == "of" || w == "for" || w == "at":
			// "Secretary of State", "director of the CIA", "a
			// spokesman for the campaign".
			ok = a < end && j > lim && (w == "of" || v.isNounish(j-1))
		case w == "&":
			ok = a < end
		case w == "and":
			// "Google and Yahoo", "She and her husband"
			ok = a < end && j > lim && (v.capitalized(j+1) || determiners[v.lower[j+1]]) &&
				(v.capitalized(j-1) || subjPronouns[v.lower[j-1]])
		case v.isNounish(j):
			// a past participle is a verb unless a determiner makes it
			// an adjective ("a retired general"): "They held formal"
			ok = !strings.HasSuffix(w, "ed") || (j > lim && determiners[v.lower[j-1]])
		}
		if !ok {
			break
		}
		a = j
		j--
		n++
		if stop {
			break
		}
	}
	// A phrase never starts with a linking word or a possessive.
	for a < end {
		w := v.lower[a]
		if w == "of" || w == "for" || w == "at" || w == "and" || w == "&" || v.isPossessive(a) {
			a++
			continue
		}
		break
	}
	last := end - 1
	if v.words[last] == ")" {
		// "Sen. Elizabeth Warren (D-MA)": the name before the brackets
		for last > a && v.words[last] != "(" {
			last--
		}
		last--
	}
	if a >= end || last < a || !v.isWord(last) {
		return 0, false
	}
	return a, true
}

// isNounish reports whether token i could be a lower-case noun or
// adjective of a noun phrase: a word that is not a function word, a cue
// verb or an adverb.
func (v *view) isNounish(i int) bool {
	w := v.lower[i]
	if !v.isWord(i) || npStops[w] || auxiliaries[w] || determiners[w] || v.isAdverb(i) {
		return false
	}
	if _, ok := lookupCue(w); ok {
		// "officials" is not a cue, "report" is but also a noun: a
		// cue word ends a noun phrase unless it is plural-like.
		return false
	}
	return true
}

// npRight reads a noun phrase that starts at token start, not reaching
// token lim: a pronoun, a name with its titles and descriptors
// ("Secretary of State Mike Pompeo", "Rep. Jim Clyburn (D-S.C.)", "IMF
// chief economist Maury Obstfeld"), a determiner and nouns ("the
// president", "a senior official") or bare nouns ("officials"). It
// returns the end.
func (v *view) npRight(start, lim int) (int, bool) {
	j := start
	if j >= lim || v.inQ[j] >= 0 {
		return 0, false
	}
	w := v.lower[j]
	if subjPronouns[w] {
		return j + 1, true
	}
	n := 0
	det := false
	if determiners[w] || v.isPossessiveDet(j) {
		det = true
		j++
		if v.isPossessiveDet(start) {
			j++ // "Trump's lawyer"
		}
	}
	for j < lim && n < 12 && v.inQ[j] < 0 {
		w := v.lower[j]
		switch {
		case v.capitalized(j) && !npStops[w] && !subjPronouns[w]:
		case titles[w] && (n == 0 || det || v.capitalized(j-1)):
		case w == "of" && n > 0 && j+1 < lim && (v.capitalized(j+1) || (v.lower[j+1] == "the" && j+2 < lim && v.capitalized(j+2))):
		case (w == "and" || w == "&") && n > 0 && j+1 < lim && v.capitalized(j+1) && !titles[v.lower[j+1]]:
		case v.isPossessive(j) && n > 0:
		case v.words[j] == "(" && n > 0:
			k := j + 1
			for k < lim && k < j+10 && v.words[k] != ")" {
				k++
			}
			if k < lim && v.words[k] == ")" {
				j = k + 1
				n++
				continue
			}
			return v.trimNP(start, j)
		case det && v.isCueNoun(j, lim):
			// "the report says", "the statement said"
		case det && n == 0 && v.nounAfterDet(j, lim):
			// "according to the report, …"
		case v.isNounish(j) && (det || !strings.HasSuffix(w, "ing")):
			// Lower-case words: after a determiner ("the band
			// leader"), inside a name ("Tulsa police Chief Chuck
			// Jordan"), or bare nouns at the start ("officials").
			k := j
			for k < lim && k < j+3 && v.isNounish(k) && !v.capitalized(k) {
				k++
			}
			if k == j {
				return v.trimNP(start, j) // a capitalised pronoun: "… He"
			}
			next := k < lim && (v.capitalized(k) || titles[v.lower[k]]) && !npStops[v.lower[k]]
			if !det && n > 0 && !next {
				return v.trimNP(start, j)
			}
			if !det && n == 0 && !next && strings.HasSuffix(v.lower[k-1], "ed") {
				return v.trimNP(start, j)
			}
			n += k - j
			j = k
			continue
		default:
			return v.trimNP(start, j)
		}
		j++
		n++
	}
	return v.trimNP(start, j)
}

// isCueNoun reports whether token i is a cue word used as the head noun
// of a subject, a cue verb following it: "the report says".
func (v *view) isCueNoun(i, lim int) bool {
	if _, ok := lookupCue(v.lower[i]); !ok || i+1 >= lim {
		return false
	}
	c, ok := v.isCueVerb(i + 1)
	return ok && c.form != "g" && c.form != ""
}

// nounAfterDet reports whether cue word i, in a phrase opened by a
// determiner, is a noun: a base or -s form followed by punctuation or a
// preposition that does not link a verb to its content.
func (v *view) nounAfterDet(i, lim int) bool {
	c, ok := lookupCue(v.lower[i])
	if !ok || (c.form != "" && c.form != "s" && !ingNouns[v.lower[i]]) {
		return false
	}
	if i+1 >= lim {
		return true
	}
	switch v.lower[i+1] {
	case ",", ".", ";", ":", "of", "by", "from", "in", "that", ")", "—":
		return true
	}
	return false
}

func (v *view) trimNP(a, b int) (int, bool) {
	if b > a && (determiners[v.lower[a]] || v.isPossessiveDet(a)) && b <= a+1 {
		return 0, false
	}
	for b > a && (v.lower[b-1] == "of" || v.lower[b-1] == "and" || v.lower[b-1] == "&" || v.isPossessive(b-1) || v.words[b-1] == "(") {
		b--
	}
	if b <= a {
		return 0, false
	}
	return b, true
}

func (v *view) isPossessiveDet(i int) bool {
	return i+1 < len(v.words) && v.isPossessive(i+1) && v.capitalized(i)
}

// subject returns the noun phrase that is the subject of the clause that
// token i belongs to: the first phrase of the sentence, after an opening
// adverbial that ends with a comma ("Adding to the suspense, Secretary of
// State Mike Pompeo met …").
func (v *view) subject(i int) (int, int, bool) {
	s := v.sent[i]
	if s < 0 {
		return 0, 0, false
	}
	a, b := v.sents[s][0], i
	for a < b && !v.isWord(a) {
		a++
	}
	if a >= b {
		return 0, 0, false
	}
	// A conjunction opens the sentence: "But the court said …".
	switch v.lower[a] {
	case "but", "and", "so", "yet", "or":
		a++
		if a < b && v.words[a] == "," {
			a++
		}
		if a >= b {
			return 0, 0, false
		}
	}
	// Skip an opening adverbial: a first word that cannot start a
	// subject, up to the first comma.
	first := v.lower[a]
	if npStops[first] || v.isAdverb(a) || strings.HasSuffix(first, "ing") || strings.HasSuffix(first, "ed") || first == "still" {
		k := a
		for k < b && k < a+60 && v.words[k] != "," {
			k++
		}
		if k >= b {
			return 0, 0, false
		}
		a = k + 1
	}
	e, ok := v.npRight(a, b)
	if !ok {
		return 0, 0, false
	}
	return a, e, true
}
