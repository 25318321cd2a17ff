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

// FuzzDependencyTier runs the dependency tier over arbitrary text with
// arbitrary parses (tags, heads and labels drawn from the seed, cycles
// and all), every sentence parsed: it must not panic, and every relation
// must lie inside the text.
func FuzzDependencyTier(f *testing.F) {
	f.Add("Ken Ward, who met Lisa Moore, was scheduled to meet with the Green Party group by Monday.", uint64(1))
	f.Add("Russia's support for Ruritania was criticised by Norway and Sweden, which attend the EU meeting.", uint64(7))
	f.Add("Four Ruritanian militants were killed in airstrikes carried out by Norwegian army aircraft.", uint64(42))
	tags := []string{"NN", "NNS", "NNP", "VB", "VBD", "VBG", "VBN", "VBZ", "JJ", "IN", "DT", "TO", "PRP", "MD", ","}
	labels := []string{"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod", "nmod:poss", "conj", "cc",
		"appos", "compound", "flat", "amod", "xcomp", "ccomp", "acl", "acl:relcl", "advcl", "aux", "aux:pass", "case",
		"det", "mark", "fixed", "punct", "root"}
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		if !utf8.ValidString(text) || len(text) > 2000 {
			return
		}
		restore := relation.SetParser(func(words []string) ([]string, []int, []string) {
			x := seed | 1
			next := func(n int) int { // xorshift
				x ^= x << 13
				x ^= x >> 7
				x ^= x << 17
				return int(x % uint64(n))
			}
			tg, hd, lb := make([]string, len(words)), make([]int, len(words)), make([]string, len(words))
			for k := range words {
				tg[k], hd[k], lb[k] = tags[next(len(tags))], next(len(words)+1)-1, labels[next(len(labels))]
			}
			return tg, hd, lb
		}, true)
		defer restore()
		doc := document.New(text)
		ctx := context.Background()
		if err := tokenize.Process(ctx, doc); err != nil {
			return
		}
		types := []string{document.PER, document.ORG, document.LOC, document.MISC}
		for i, tok := range doc.Tokens {
			r, _ := utf8.DecodeRuneInString(doc.Slice(tok))
			if unicode.IsUpper(r) {
				doc.Mentions = append(doc.Mentions, document.Mention{Span: tok, Text: doc.Slice(tok), Type: types[i%4], Entity: "E" + string(rune('A'+i%4))})
			}
		}
		for _, typ := range []string{"A", "B", "C", "D"} {
			doc.Entities = append(doc.Entities, document.Entity{ID: "E" + typ, Name: typ, Type: types[int(typ[0]-'A')]})
		}
		for _, res := range []relation.Resolver{nil, resolveAll{}} {
			for _, r := range relation.Find(doc, res) {
				if r.Trigger.End > len(text) || r.Sentence.End > len(text) {
					t.Fatalf("relation outside the text: %+v", r)
				}
			}
		}
	})
}
