package quote

import "strings"

// Word classes used to read noun phrases and verb groups without a
// part-of-speech tagger. All entries are lower case.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	// personal pronouns that can be a source.
	subjPronouns = set("he", "she", "they", "i", "we", "you", "it")
	// relative pronouns are sources by themselves (PolNeAR convention).
	relPronouns = set("who", "which", "that")
	determiners = set("the", "a", "an", "this", "these", "those", "some", "many", "most",
		"several", "few", "both", "all", "other", "another", "any", "each", "every", "no",
		"his", "her", "their", "its", "our", "my", "your", "more", "fewer", "two", "three",
		"four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "such")
	// auxiliaries, modals and negation join a cue's verb group.
	auxiliaries = set("has", "have", "had", "having", "was", "were", "is", "are", "be", "been", "being",
		"will", "would", "could", "should", "can", "may", "might", "must", "do", "does", "did",
		"not", "n't", "'s", "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll", "to")
	// adverbs that join a verb group.
	cueAdverbs = set("also", "later", "previously", "repeatedly", "often", "still", "further",
		"again", "even", "recently", "just", "already", "once", "publicly", "privately", "then",
		"reportedly", "frequently", "never", "always", "first", "initially", "earlier", "since",
		"subsequently", "separately", "simply", "flatly", "openly", "long", "now", "ultimately",
		"quickly", "immediately", "finally", "twice", "in", "fact",
		// adverbs without -ly that stand before a verb (branch
		// structprobe): "Trump sometimes criticizes" has Trump as source
		"sometimes", "seldom", "soon", "almost", "perhaps", "maybe", "indeed", "thus", "therefore",
		"nonetheless", "nevertheless", "likewise")
	// prepositions and conjunctions end a noun phrase read leftwards.
	npStops = set("in", "at", "on", "for", "with", "from", "by", "to", "into", "about", "after",
		"before", "during", "since", "than", "as", "like", "over", "under", "through", "against",
		"and", "or", "but", "nor", "so", "yet", "if", "because", "while", "although", "though",
		"when", "where", "whether", "that", "who", "which", "whom", "whose", "what", "how", "why",
		"not", "n't", "also", "there", "here", "then", "now", "still", "just", "even", "only",
		"very", "too", "up", "out", "off", "down", "back", "around", "among", "between", "without",
		"within", "upon", "via", "per", "until", "unless", "despite", "toward", "towards", "across",
		"behind", "beyond", "near", "inside", "outside", "amid", "including", "be", "been",
		"being", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
		"should", "can", "may", "might", "must", "do", "does", "did", "said", "says", "say",
		"told", "him", "them", "me", "us", "it", "this", "these", "those", "whom", "mr", "yes", "no",
		"however", "instead", "meanwhile", "indeed", "perhaps", "maybe", "already", "again",
		"later", "earlier", "today", "yesterday", "tomorrow", "tonight", "ago", "last", "next",
		"week", "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "morning", "afternoon", "evening", "night", "recently", "before")
	// titles that precede a name and belong to the source.
	titles = set("president", "vice", "secretary", "sen.", "sen", "senator", "rep.", "rep",
		"representative", "gov.", "gov", "governor", "mayor", "gen.", "gen", "general", "adm.",
		"col.", "lt.", "maj.", "capt.", "sgt.", "dr.", "dr", "mr.", "mrs.", "ms.", "mr", "mrs",
		"ms", "prof.", "professor", "judge", "justice", "chief", "minister", "prime", "foreign",
		"speaker", "leader", "chairman", "chairwoman", "chair", "director", "ambassador", "attorney",
		"commissioner", "sheriff", "officer", "spokesman", "spokeswoman", "spokesperson", "rev.",
		"father", "sister", "pope", "king", "queen", "prince", "princess", "lord", "lady", "sir",
		"dame", "former", "deputy", "assistant", "acting", "state", "marshal", "candidate",
		"nominee", "pastor", "rabbi", "coach", "anchor", "host", "author", "economist", "analyst",
		"adviser", "advisor", "lawyer", "founder", "ceo", "executive", "manager", "councilman",
		"councilwoman", "delegate", "congressman", "congresswoman", "lawmaker", "official")
	// gerunds of a following attribution end a content at a comma:
	// "…, adding that …".
	contentBreakers = set("according")
	// months and weekdays and similar words that may sit between a cue
	// and its content ("said Thursday that").
	timeWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"today", "yesterday", "tonight", "recently", "earlier", "later", "last", "this", "week",
		"month", "year", "morning", "afternoon", "evening", "night", "on", "in", "at", "during",
		"a", "an", "the", "his", "her", "their", "its", "statement", "interview", "speech",
		"news", "conference", "press", "call", "with", "reporters", "rally", "email", "e-mail",
		"tweet", "twitter", "post", "letter", "radio", "television", "tv", "appearance", "hearing",
		"briefing", "release", "facebook", "sunday's", "monday's", "separate", "recent", "written",
		"telephone", "phone", "brief", "before", "after", "event", "campaign", "stop", "remarks",
		"an", "op-ed", "told", "to", "of", "for", "by", "broadcast", "show", "program", "debate",
		"meeting", "forum", "town", "hall", "session", "video", "message", "emailed", "late",
		"early", "candidly", "bluntly", "flatly", "repeatedly", "publicly", "privately", "again",
		"also", "then", "once", "twice", "simply", "plainly", "clearly", "openly", "online",
		"friday's", "tuesday's", "wednesday's", "thursday's", "saturday's")
	// recipients of tell-type verbs.
	recipientVerbs = set("tell", "ask", "inform", "assure", "reassure", "warn", "remind",
		"advise", "urge", "instruct", "order", "implore", "beg", "email", "e-mail", "text", "thank")
)

// isTimeWord reports whether token i may sit between a cue and its content
// as part of a time or manner phrase: a word of timeWords, a number or a
// year ("said in 2008 that", "in ’08").
func (v *view) isTimeWord(i int) bool {
	w := v.lower[i]
	if timeWords[w] {
		return true
	}
	w = strings.TrimLeft(w, "'’")
	if w == "" || len(w) > 4 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isNumber reports whether w is written in digits ("95", "1,409", "4.5").
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return w[0] >= '0' && w[0] <= '9'
}
