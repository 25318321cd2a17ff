package relation_test

import "testing"

// TestDocumentSponsors checks that a document opening its clause acts
// through the sponsors named after it (sponsors.go), on sentences written
// for the test.
func TestDocumentSponsors(t *testing.T) {
	tests := []pairCase{
		{"three sponsors urge", "The resolution, co-sponsored by the [Norway|LOC], [Sweden|LOC] and [Denmark|LOC], demands that [Ruritania|LOC] release the prisoners.", "urge",
			[]string{"Norway > Ruritania", "Sweden > Ruritania", "Denmark > Ruritania"}},
		{"a motion presented by X representing Y", "A motion presented by [Norway|LOC] representing the [Nordic Council|ORG] called on [Ruritania|LOC] to free the prisoners.", "urge",
			[]string{"Norway > Ruritania"}},
		{"a report by X", "A report by the [Oslo Institute|ORG] criticised [Acme Corp|ORG] for its safety record.", "criticize",
			[]string{"Oslo Institute > Acme Corp"}},
		{"a document no subject", "[Sweden|LOC] welcomed a resolution sponsored by [Norway|LOC], which demands that [Ruritania|LOC] release the prisoners.", "urge", nil},
		{"an owned document", "Its resolution, sponsored by [Norway|LOC], demands that [Ruritania|LOC] release the prisoners.", "urge", nil},
		{"a place no sponsor", "The resolution, drafted by officials in [Oslo|LOC], demands that [Ruritania|LOC] release the prisoners.", "urge", nil},
	}
	runQuotedCases(t, tests)
}

// TestConditionalWarnings checks "X warned that measures are possible if
// Y does not …" as X's threat to Y (sponsors.go), on sentences written
// for the test.
func TestConditionalWarnings(t *testing.T) {
	tests := []pairCase{
		{"warned of sanctions unless", "[Norway|LOC] warned of sanctions unless [Sweden|LOC] releases the prisoners.", "threaten", []string{"Norway > Sweden"}},
		{"measures if Y does not", "[Norway|LOC] warned that further measures were possible if [Sweden|LOC] does not release the prisoners.", "threaten", []string{"Norway > Sweden"}},
		{"the sponsors warn", "The resolution, sponsored by the [Norway|LOC] and [Denmark|LOC], demands that [Sweden|LOC] free the prisoners, warning that further measures are possible if [Sweden|LOC] does not comply.", "threaten",
			[]string{"Norway > Sweden", "Denmark > Sweden"}},
		{"a condition without refusal", "[Norway|LOC] warned that sanctions were likely if [Sweden|LOC] wins.", "threaten", nil},
		{"no consequence named", "[Norway|LOC] warned that talks would fail unless [Sweden|LOC] compromised.", "threaten", nil},
	}
	runQuotedCases(t, tests)
}
