package coref

import "strings"

// frontedLead reports whether lead, the text of a sentence starting at
// start before its first name, is a fronted phrase or clause opened by a
// preposition, a conjunction or a participle and closed by a comma,
// "the" allowed after it (branch descargs): in "Despite giving their
// backing to ID cards, the Conservatives insisted …" the Conservatives
// are the subject a next sentence's "They" goes on with, and in "On
// Monday, the company denied …" the company is the next "It".
func (r *Resolver) frontedLead(start int, lead string) bool {
	lead = strings.TrimSuffix(strings.TrimSuffix(lead, " the"), " The")
	if !strings.HasSuffix(lead, ",") || strings.Count(lead, ",") > 1 || strings.ContainsAny(lead, `"“”;:`) {
		return false
	}
	k := r.m.tokenAt(start)
	if k >= len(r.m.doc.Tokens) {
		return false
	}
	return openers[strings.ToLower(r.m.tok(k))] || r.participle(k)
}
