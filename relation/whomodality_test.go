package relation_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
)

// TestWhoModality checks that a who-is-who relation is reported only in a
// speaker's own words (a direct quote): a title or description inside
// reported speech ("blamed Gen. Kos for", "said Kos, a former general,
// would …") is the writer's.
func TestWhoModality(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`"Our new envoy, Jan Kos, a former general, will arrive on Monday," said Ann Gale.`, document.Reported},
		{`The ministry blamed Gen. Jan Kos for the attack, officials said.`, document.Happened},
		{`Ann Gale said Jan Kos, a former general, would arrive on Monday.`, document.Happened},
	} {
		doc, err := analyze.New(analyze.Options{}).Analyze(context.Background(), analyze.Input{Data: []byte(tc.text), Name: "t"})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, r := range doc.Relations {
			if r.Type != "role" {
				continue
			}
			found = true
			if r.Modality != tc.want {
				t.Errorf("%.40q: role %q is %s, want %s", tc.text, doc.Slice(r.Trigger), r.Modality, tc.want)
			}
		}
		if !found {
			t.Errorf("%.40q: no role found", tc.text)
		}
	}
}
