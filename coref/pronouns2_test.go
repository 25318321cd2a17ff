package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// TestPronounArguments checks the rules of pronouns2.go on sentences
// written for them.
func TestPronounArguments(t *testing.T) {
	per := document.PER
	tests := []pronounCase{
		{"a description opening the sentence before",
			"Foreign Minister Jan Kos arrived in Oslo on Monday.\n\nThe foreign minister said he was satisfied with talks with Prime Minister Ken Ward. He was holding talks Friday at the ministry.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "He was", "Jan Kos"},
		{"a description after 'But'",
			"Finance Minister Jan Kos spoke on Monday.\n\nEd Lee said the cuts hurt. But the finance minister said Mr Lee was never at the meetings. He said the union leader was wrong.",
			map[string]string{"Jan Kos": per, "Ed Lee": per, "Lee": per}, "He said the", "Jan Kos"},
		{"a speaker named before an apposition",
			"Ed Lee's comments came a day after Jan Kos, the new police chief, said he was in favour of the plan.",
			map[string]string{"Jan Kos": per, "Ed Lee": per}, "he was", "Jan Kos"},
		{"an object him is not the subject he of its clause",
			"Jan Kos played down his ties with Ken Ward and denied he often met him to discuss business.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "him to", "Ken Ward"},
		{"an object him is not the named subject of its clause",
			"Ken Ward spoke in Oslo on Monday. Jan Kos sharply criticized him on Tuesday.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "him on", "Ken Ward"},
		{"nor after a title before the subject",
			"Ken Ward spoke in Oslo on Monday. Later, Minister Jan Kos met him in Bergen.",
			map[string]string{"Jan Kos": per, "Ken Ward": per}, "him in", "Ken Ward"},
		{"a name after a verb is no subject",
			"Ken Ward spoke in Oslo on Monday. Ann Lee met Jan Kos and praised him on Friday.",
			map[string]string{"Jan Kos": per, "Ken Ward": per, "Ann Lee": per}, "him on", "Jan Kos"},
		{"a possessive her after she is hers",
			"Ann Lee spoke on Monday. She said she praised her staff.",
			map[string]string{"Ann Lee": per}, "her staff", "Ann Lee"},
	}
	runPronounCases(t, tests)
}
