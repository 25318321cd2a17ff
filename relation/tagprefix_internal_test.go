package relation

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/examples"
	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/tokenize"
)

// TestTagPrefix: for every token of the sentences of the bundled articles
// (and of sentences written for the test: all capitals, a word starting
// with a digit or a capital, a word at the end), the tags of the first
// tagPrefix words give that token the tag a tagging of the whole
// sentence gives it.
func TestTagPrefix(t *testing.T) {
	var sents [][]string
	for _, w := range []string{
		"The council demanded that the minister resign at once .",
		"OFFICIALS DEMANDED THAT THE MINISTER resign AT ONCE TODAY .",
		"OFFICIALS DEMANDED THAT THE MINISTER 9resign AT ONCE TODAY .",
		"Officials urged that Ruritania Withdraw its troops from the border",
		"They asked that Lemuria pay",
	} {
		sents = append(sents, strings.Fields(w))
	}
	arts, err := examples.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, art := range arts {
		text, err := examples.Text(art.File)
		if err != nil {
			t.Fatal(err)
		}
		doc := document.New(text)
		if err := tokenize.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		for _, sp := range doc.Sentences {
			var words []string
			for _, tk := range doc.Tokens {
				if sp.Contains(tk) {
					words = append(words, doc.Slice(tk))
				}
			}
			sents = append(sents, words)
		}
	}
	prefixes := 0
	for _, words := range sents {
		s := &sentence{}
		for _, w := range words {
			s.toks = append(s.toks, token{text: w})
		}
		whole := syntax.Tag(words)
		for v := range words {
			n := tagPrefix(s, v)
			if n < v+1 || n > len(words) {
				t.Fatalf("%q: tagPrefix(%d) = %d", words, v, n)
			}
			if n == len(words) {
				continue
			}
			prefixes++
			if got := syntax.Tag(words[:n]); got[v] != whole[v] {
				t.Errorf("%q: word %d %q tagged %s in the first %d words, %s in all", words, v, words[v], got[v], n, whole[v])
			}
		}
	}
	t.Logf("%d sentences, %d prefixes", len(sents), prefixes)
	if prefixes < 1000 {
		t.Errorf("only %d prefixes tested", prefixes)
	}
}
