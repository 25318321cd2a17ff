package relation_test

import (
	"strings"
	"testing"
)

// TestPurposeSubject checks clauses.go's purposeSubject on sentences
// written for the test: a purpose infinitive takes the subject of the
// verb it is the purpose of, over that verb's place and time adjuncts,
// and nothing when a party or a noun between them may be the
// infinitive's own subject.
func TestPurposeSubject(t *testing.T) {
	runPairCases(t, []pairCase{
		{"arrived in a place on a day to meet", "[Ken Ward|PER] arrived in [Borduria|LOC] on Friday to meet [Lisa Moore|PER].", "meet", []string{"Ken Ward > Lisa Moore"}},
		{"will travel to a place to meet", "[Ken Ward|PER] will travel to [Borduria|LOC] on Friday to meet [Lisa Moore|PER].", "meet", []string{"Ken Ward > Lisa Moore"}},
		{"flew to a place to hold talks", "[Ken Ward|PER] flew to [Borduria|LOC] to hold talks with [Lisa Moore|PER].", "meet", []string{"Ken Ward > Lisa Moore"}},
		{"in order to after an object", "[Ken Ward|PER] cut short his holiday in order to meet [Lisa Moore|PER].", "meet", []string{"Ken Ward > Lisa Moore"}},
		{"was in the capital to meet", "[Ken Ward|PER] was in the capital on Monday to meet [Lisa Moore|PER].", "meet", []string{"Ken Ward > Lisa Moore"}},
		{"used a speech to criticise", "[Ken Ward|PER] used a speech in [Paris|LOC] to criticise [Lisa Moore|PER].", "criticize", []string{"Ken Ward > Lisa Moore"}},
		{"after a coordinated verb", "[Ken Ward|PER] met [Tom Hale|PER] and then flew to [Borduria|LOC] to meet [Lisa Moore|PER].", "meet", []string{"Ken Ward > Tom Hale", "Ken Ward > Lisa Moore"}},
		// near misses: the infinitive has a subject of its own
		{"object control", "[Ken Ward|PER] sent troops into [Borduria|LOC] to attack [Ruritania|LOC].", "attack", nil},
		{"invitations to others", "[Ken Ward|PER] extended invitations to the two leaders to visit [Borduria|LOC].", "visit", nil},
		{"a noun's infinitive", "[Ken Ward|PER] found no evidence to support [Lisa Moore|PER]'s claims.", "support", nil},
		{"a name as object", "[Ken Ward|PER] called [Lisa Moore|PER] in [Paris|LOC] to meet [Tom Hale|PER].", "meet", []string{"Lisa Moore > Tom Hale"}},
		{"appealed to a body", "[Ken Ward|PER] appealed to the [United Nations|ORG] on Monday to meet [Lisa Moore|PER].", "meet", nil},
		// not Ward: the infinitive has its own subject (read as a description by groupargs.go)
		{"for Y to", "[Ken Ward|PER] waited in [Paris|LOC] for the envoy to meet [Lisa Moore|PER].", "meet", []string{"the envoy > Lisa Moore"}},
		{"support of a phrase", "[Ken Ward|PER] is heading to [Borduria|LOC] to defend the world title.", "support", nil},
		{"a clause between", "[Ken Ward|PER] arrived in [Paris|LOC], and officials plan to meet [Lisa Moore|PER].", "meet", nil},
	})
}

// TestControlSubject checks clauses.go's controlSubject and controlMood
// on sentences written for the test: the subject of a passive control
// verb, of a verb of trying or preparing and of "be" or "seem" before
// an adjective of readiness is the infinitive's, with the polarity and
// modality of the whole predicate; want is "subject > object" and
// mood the modality, "!" before it when negated.
func TestControlSubject(t *testing.T) {
	tests := []struct {
		name, text, typ, want, mood string
	}{
		{"invited to visit", "[Ken Ward|PER] has been invited to visit [Borduria|LOC] next year.", "visit", "Ken Ward > Borduria", "planned"},
		{"asked to meet", "[Ken Ward|PER] was asked to meet [Lisa Moore|PER] on Friday.", "meet", "Ken Ward > Lisa Moore", "hypothetical"},
		{"allowed to visit", "[Ken Ward|PER] was allowed to visit [Borduria|LOC] last week.", "visit", "Ken Ward > Borduria", "planned"},
		{"not allowed to visit", "[Ken Ward|PER] was not allowed to visit [Borduria|LOC] last week.", "visit", "Ken Ward > Borduria", "!planned"},
		{"forced to withdraw", "[Ruritania|LOC] was forced to withdraw from [Borduria|LOC] in 1990.", "withdraw", "Ruritania > Borduria", "planned"},
		{"preparing to attack", "[Ruritania|LOC] is preparing to attack [Borduria|LOC].", "attack", "Ruritania > Borduria", "planned"},
		{"seems ready to back", "[Ken Ward|PER] seems ready to back [Lisa Moore|PER] in the vote.", "support", "Ken Ward > Lisa Moore", "hypothetical"},
		{"not been able to visit", "[Ken Ward|PER] said he has not been able to visit [Borduria|LOC] since March.", "visit", "Ken Ward > Borduria", "!reported"},
		{"a chain", "[Ken Ward|PER] hopes to be able to meet [Lisa Moore|PER] soon.", "meet", "Ken Ward > Lisa Moore", "planned"},
		// near misses
		{"an active control verb", "[Ken Ward|PER] asked [Tom Hale|PER] to meet [Lisa Moore|PER].", "meet", "Tom Hale > Lisa Moore", "hypothetical"},
		{"no be before the participle", "The envoy [Ken Ward|PER] invited to visit [Borduria|LOC] declined.", "visit", "", ""},
		{"support of a phrase", "[Ken Ward|PER] was ready to endorse a candidate in the race.", "support", "", ""},
		{"a possessor's aide", "[Ken Ward|PER]'s aide was asked to meet [Lisa Moore|PER] on Friday.", "meet", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeText(t, tc.text)
			var got []string
			for _, r := range doc.Relations {
				if r.Type != tc.typ {
					continue
				}
				m := r.Modality
				if r.Negated {
					m = "!" + m
				}
				got = append(got, name(doc, r.Subject)+" > "+name(doc, r.Object)+" "+m)
			}
			want := []string{}
			if tc.want != "" {
				want = append(want, tc.want+" "+tc.mood)
			}
			if strings.Join(got, "; ") != strings.Join(want, "; ") {
				t.Errorf("%s: got %q, want %q", tc.typ, got, want)
			}
		})
	}
}

// TestCoordinatedSubject checks clauses.go's coordinatedSubject on
// sentences written for the test: a fallback verb after "and" takes the
// subject of the interaction whose object ends right before the "and",
// and nothing when "and" joins names or clauses.
func TestCoordinatedSubject(t *testing.T) {
	runPairCases(t, []pairCase{
		{"supports and encourages", "[Ken Ward|PER] said the [EU|ORG] supports the plan and encourages [Borduria|LOC] to take action.", "urge", []string{"EU > Borduria"}},
		{"a comma before and", "The [EU|ORG] backed the plan, and encouraged [Borduria|LOC] to take action.", "urge", []string{"EU > Borduria"}},
		{"but", "The [EU|ORG] criticised the plan but encouraged [Borduria|LOC] to talk.", "urge", []string{"EU > Borduria"}},
		// near misses
		{"and joins clauses", "[Ken Ward|PER] backed [Tom Hale|PER] and the council encourages [Borduria|LOC] to act.", "urge", nil},
		{"a noun's actor before", "[Ken Ward|PER] pointed to [Lisa Moore|PER]'s support for the plan and urged her to act.", "urge", nil},
		{"a noun's actor before an adjective", "[Ken Ward|PER] pointed to [Lisa Moore|PER]'s current support for the plan and encouraged her to act.", "urge", nil},
		{"a passive's agent before", "[Ken Ward|PER] was criticised by [Lisa Moore|PER] and encouraged [Borduria|LOC] to act.", "urge", nil},
		{"no interaction before", "The [EU|ORG] read the plan and encourages [Borduria|LOC] to act.", "urge", nil},
	})
}

// TestClauseArguments checks the argument readers of clauses.go on
// sentences written for the test: the person set off after a
// possessor's title, the antecedent of "whose", and the control and
// purpose readers in the fallback tier.
func TestClauseArguments(t *testing.T) {
	runPairCases(t, []pairCase{
		{"an agent after a possessor's title", "[Ken Ward|PER] was criticised by [Borduria|LOC]'s president, [Tom Hale|PER], on Monday.", "criticize", []string{"Tom Hale > Ken Ward"}},
		{"an agent after a possessor's role noun", "[Ken Ward|PER] was criticised by [Ruritania|LOC]'s top diplomat, [Tom Hale|PER].", "criticize", []string{"Tom Hale > Ken Ward"}},
		{"whose visit", "[Ken Ward|PER], whose visit to [Borduria|LOC] ends on Friday, said it went well.", "visit", []string{"Ken Ward > Borduria"}},
		{"whose three-day visit", "[Ken Ward|PER], whose three-day visit to [Borduria|LOC] ends on Friday, said it went well.", "visit", []string{"Ken Ward > Borduria"}},
		{"seek to persuade", "[Ken Ward|PER] will seek to persuade [Lisa Moore|PER] to resign.", "urge", []string{"Ken Ward > Lisa Moore"}},
		{"a purpose in the fallback tier", "[Ken Ward|PER] flew to [Borduria|LOC] on Monday to press [Lisa Moore|PER] to resign.", "urge", []string{"Ken Ward > Lisa Moore"}},
		{"a passive control verb in the fallback tier", "[Ken Ward|PER] was asked to persuade [Lisa Moore|PER] to resign.", "urge", []string{"Ken Ward > Lisa Moore"}},
		// near misses
		{"a list after the title", "[Ken Ward|PER] was criticised by [Borduria|LOC]'s president, [Tom Hale|PER] and others.", "criticize", nil},
		{"whose after a preposition", "Talks with [Ken Ward|PER], whose visit to [Borduria|LOC] ends on Friday, went well.", "visit", nil},
		{"whose without a comma", "The man whose visit to [Borduria|LOC] ends on Friday met [Ken Ward|PER].", "visit", nil},
	})
}
