package relation_test

import (
	"context"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/relation"
	"github.com/newsgraph/newsgraph/timex"
	"github.com/newsgraph/newsgraph/tokenize"
)

// FuzzFind runs the finder over arbitrary text whose capitalised tokens are
// made mentions of rotating types: it must not panic, and every relation
// must lie inside the text with its trigger inside its sentence.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Secretary of State Mike Pompeo met with Kim Yong Chol in New York on Thursday.",
		"Kim, a North Korean spy chief, was sanctioned by the United States, Japan and Korea , , and",
		"He urged Kim to “seize this opportunity,” adding that he thought",
		"In 2010, the Obama administration placed him on a blacklist as chief of North Korea's agency, the",
		"Lavrov invited Kim to visit Russia. They held talks. Trump, Ryan and Priebus will hold a meeting",
		"as as as , , 's 's the the and and",
	} {
		f.Add(s)
	}
	types := []string{document.PER, document.ORG, document.LOC, document.MISC}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			return
		}
		doc := document.New(text)
		ctx := context.Background()
		if err := tokenize.Process(ctx, doc); err != nil {
			return
		}
		_ = timex.Process(ctx, doc)
		for i, tok := range doc.Tokens {
			r, _ := utf8.DecodeRuneInString(doc.Slice(tok))
			if unicode.IsUpper(r) {
				id := "E" + string(rune('A'+i%4))
				doc.Mentions = append(doc.Mentions, document.Mention{Span: tok, Text: doc.Slice(tok), Type: types[i%4], Entity: id})
			}
		}
		for _, typ := range []string{"A", "B", "C", "D"} {
			doc.Entities = append(doc.Entities, document.Entity{ID: "E" + typ, Name: typ, Type: types[int(typ[0]-'A')]})
		}
		// without a resolver, and with one that resolves every pronoun
		// and description
		for _, res := range []relation.Resolver{nil, resolveAll{}} {
			for _, r := range relation.Find(doc, res) {
				if r.Trigger.End > len(text) || r.Sentence.End > len(text) || !r.Sentence.Contains(r.Trigger) && !r.Trigger.Empty() {
					t.Fatalf("relation outside the text or its sentence: %+v", r)
				}
			}
		}
	})
}

// resolveAll resolves every span to entity EA.
type resolveAll struct{}

func (resolveAll) Speaker(document.Span) string { return "EA" }
