package relation_test

import (
	"strings"
	"testing"
)

// TestQuotedFirstPerson checks that a quoted "I", "me", "we" or "us" is
// the quote's speaker, or the body a spokesman speaks for, as subject and
// object of an interaction (firstperson.go); sentences written for the
// test.
func TestQuotedFirstPerson(t *testing.T) {
	tests := []pairCase{
		{"I as subject", "“I will meet [Ken Ward|PER] tomorrow,” [Lisa Moore|PER] said.", "meet",
			[]string{"Lisa Moore > Ken Ward"}},
		{"I in a clause after believe", "“I believe I will be meeting with [Ken Ward|PER] in the capital,” [Lisa Moore|PER] told reporters.", "meet",
			[]string{"Lisa Moore > Ken Ward"}},
		{"we of a premier", "“We condemn the attack by the [Freedom Front|ORG],” Prime Minister [Lisa Moore|PER] told reporters.", "criticize",
			[]string{"Lisa Moore > Freedom Front"}},
		{"we of a spokesman is his body", "[Norway|LOC] wrote to [Sweden|LOC]. “We condemn the attack by the [Freedom Front|ORG],” said [Norwegian|MISC] foreign ministry spokesman [Ken Ward|PER].", "criticize",
			[]string{"Norway > Freedom Front"}},
		{"me as object", "“[Ken Ward|PER] accused me of lying,” [Lisa Moore|PER] said.", "accuse",
			[]string{"Ken Ward > Lisa Moore"}},
		{"us as object", "“[Ken Ward|PER] invited us to [Oslo|LOC],” [Lisa Moore|PER] said.", "invite",
			[]string{"Ken Ward > Lisa Moore"}},
		{"no speaker, no argument", "“I will meet [Ken Ward|PER] tomorrow.”", "meet", nil},
		{"a minister's unnamed body", "“[Ken Ward|PER] will never invite us to [Oslo|LOC],” Deputy Defence Minister [Lisa Moore|PER] said.", "invite", nil},
		{"a prime minister's we is his", "“[Ken Ward|PER] will never invite us to [Oslo|LOC],” Prime Minister [Lisa Moore|PER] said.", "invite",
			[]string{"Ken Ward > Lisa Moore"}},
		{"I of an organisation is nobody", "“I will meet [Ken Ward|PER] tomorrow,” the [Freedom Front|ORG] said.", "meet", nil},
	}
	runQuotedCases(t, tests)
}

// TestQuotedFirstPersonRole checks that the speaker of a quote is not
// read as working for an organisation the quote names (firstperson.go):
// the title after the quote is his own.
func TestQuotedFirstPersonRole(t *testing.T) {
	tests := []pairCase{
		// (the title's role, "Lisa Moore > ", is all)
		{"organisation in the quote", "“They condemn the attack by the [Freedom Front|ORG],” Prime Minister [Lisa Moore|PER] told reporters.", "role",
			[]string{"Lisa Moore > "}},
		{"organisation in the source", "“They condemn the attack,” [Freedom Front|ORG] leader [Lisa Moore|PER] told reporters.", "role",
			[]string{"Lisa Moore > Freedom Front"}},
	}
	runQuotedCases(t, tests)
}

// TestQuotedFirstPersonMood checks the modality of an interaction whose
// argument is a quoted first person: what the speaker will do is
// planned, what he did is reported, his own condemnation asserted (happened).
func TestQuotedFirstPersonMood(t *testing.T) {
	tests := []struct{ name, text, typ, want string }{
		{"will meet", "“I will meet [Ken Ward|PER] next week,” [Lisa Moore|PER] said.", "meet", "planned"},
		{"met", "“We met [Ken Ward|PER] last week,” [Lisa Moore|PER] said.", "meet", "reported"},
		{"condemn", "“We condemn the attack by the [Freedom Front|ORG],” [Lisa Moore|PER] said.", "criticize", "happened"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeQuoted(t, tc.text)
			var got []string
			for _, r := range doc.Relations {
				if r.Type == tc.typ {
					got = append(got, r.Modality)
				}
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("%s: got modalities %q, want %q", tc.typ, got, tc.want)
			}
		})
	}
}

// TestQuotedFirstPersonGuard checks the cases where firstPersonGuard
// drops a quoted first person's interaction: a phrase for object, a
// quote that names its own speaker, a document about sport.
func TestQuotedFirstPersonGuard(t *testing.T) {
	tests := []pairCase{
		{"a phrase for object", "“We strongly oppose the new scheme for the schools,” [Lisa Moore|PER] said.", "criticize", nil},
		{"a body's we with a phrase for object", "“We welcome the new scheme for the schools,” a spokesman for the [Freedom Front|ORG] said.", "support",
			[]string{"Freedom Front > the new scheme"}},
		{"an entity for object", "“We strongly oppose [Ken Ward|PER],” [Lisa Moore|PER] said.", "criticize",
			[]string{"Lisa Moore > Ken Ward"}},
		{"the speaker named inside", "“I will meet [Ken Ward|PER] after [Lisa Moore|PER]'s speech,” she said of [Lisa Moore|PER].", "meet", nil},
		{"a document about sport", "The coach picked his squad for the tournament. “We have fought [Norway|LOC] twice,” coach [Lisa Moore|PER] said.", "attack", nil},
	}
	runQuotedCases(t, tests)
}
