package relation

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// TestInnerQuoted checks that a first person after an unclosed inner
// single quotation mark is found, and that apostrophes and a closed inner
// quotation are not taken for one.
func TestInnerQuoted(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{`"The people who said, 'He said this, but I still endorse him' -- that is it," he said.`, true},
		{`"He said, ‘I just need to go to Lemuria because we can't wait.’"`, true},
		{`"I'm sure the players' union will back me," she said.`, false},
		{`"They said 'No' and then I left," he said.`, false},
		{`"I still endorse him," Ward said.`, false},
	}
	for _, tc := range tests {
		doc := &document.Document{Text: tc.text}
		at := strings.Index(tc.text, "I ")
		if at < 0 {
			at = strings.Index(tc.text, "I'")
		}
		if got := innerQuoted(doc, document.Span{Start: at, End: at + 1}, 0); got != tc.want {
			t.Errorf("innerQuoted(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
