package relation_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/relation"
)

// TestLongSentences checks the bounds on absurdly long "sentences" (text
// without stops): the dependency tier parses none of more than 400
// tokens, and the finder skips those of more than MaxSentenceTokens,
// while the short sentence before them keeps its relation.
func TestLongSentences(t *testing.T) {
	clause := "[Anna Berg|PER] met [Carl Dunn|PER] in [Oslo|LOC] and the [Foo Union|ORG] criticised [Ella Finch|PER] and "
	long := func(tokens int) string {
		// a clause is 17 tokens; the sentence ends with a stop
		return strings.Repeat(clause, tokens/17+1) + "they left."
	}
	for _, tc := range []struct {
		name   string
		tokens int
		kept   bool // the long sentence's relations are found
	}{
		{"under the parse bound", 350, true},
		{"over the parse bound", 450, true},
		{"over the finder's bound", relation.MaxSentenceTokens + 100, false},
		{"100,000 tokens", 100000, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			longest := 0
			restore := relation.SetParser(func(words []string) ([]string, []int, []string) {
				longest = max(longest, len(words))
				tags, heads, labels := make([]string, len(words)), make([]int, len(words)), make([]string, len(words))
				for i := range words {
					tags[i], heads[i], labels[i] = "NN", i-1, "dep"
				}
				return tags, heads, labels
			}, true)
			defer restore()
			doc := analyzeText(t, "[Gina Holt|PER] met [Ivan Jones|PER] in [Rome|LOC] on Monday. "+long(tc.tokens))
			if longest > 400 {
				t.Errorf("the tier parsed %d words of one sentence", longest)
			}
			first, inLong := false, false
			for _, r := range doc.Relations {
				if r.Sentence.Start == 0 {
					first = true
				} else {
					inLong = true
				}
			}
			if !first {
				t.Errorf("no relation in the short sentence: %+v", doc.Relations)
			}
			if inLong != tc.kept {
				t.Errorf("relations in the long sentence: %v, want %v", inLong, tc.kept)
			}
		})
	}
}
