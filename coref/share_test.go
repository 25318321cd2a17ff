package coref

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/quote"
)

// shareTexts are invented stories with quotes, pronouns of people named
// by one word (whose gender only a pronoun tells), descriptions and
// groups: what the quote stage asks a resolver about.
var shareTexts = []struct {
	text  string
	names map[string]string
}{
	{"Kos met Ann Lee in Vilnia on Monday.\n\n" +
		"“We agreed on a lot,” Kos said. He told reporters the talks would go on.\n\n" +
		"“It went well,” she said. The minister later left for Dorin.\n\n" +
		"Lee, the Ruritanian finance minister, said her team was ready.",
		map[string]string{"Kos": "PER", "Ann Lee": "PER", "Lee": "PER", "Vilnia": "LOC", "Dorin": "LOC"}},
	{"The Ruritanian foreign minister said on Friday that the talks would resume. Jan Vek told reporters he was hopeful.\n\n" +
		"The Dorin Party rejected the plan. “They have no mandate,” the party said. Its leader, Mara Holt, said they would vote against it.\n\n" +
		"Vek said he would meet Holt. “I respect her,” he said. She did not comment.",
		map[string]string{"Jan Vek": "PER", "Vek": "PER", "Dorin Party": "ORG", "Mara Holt": "PER", "Holt": "PER"}},
	{"Police arrested Tal on Tuesday. They said he had fled to Vilnia, where his brother Ozan lives.\n\n" +
		"“He is innocent,” Ozan said. The police chief said his officers acted lawfully.",
		map[string]string{"Tal": "PER", "Ozan": "PER", "Vilnia": "LOC"}},
}

// sharedDoc runs coreference and the quote stage over the test text
// through Shared, as analyze's quote stage does.
func sharedDoc(t *testing.T, text string, names map[string]string) *document.Document {
	t.Helper()
	doc := tagged(t, text, names)
	if err := Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := quote.Process(context.Background(), doc, func(d *document.Document) quote.Resolver { return Shared(d) }); err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) == 0 {
		t.Fatalf("no quotes found in %q", text)
	}
	return doc
}

// probes returns the spans a later stage may ask about: every token,
// and every "the" with the one to three words after it.
func probes(doc *document.Document) []document.Span {
	var out []document.Span
	for k, tok := range doc.Tokens {
		out = append(out, tok)
		if strings.EqualFold(doc.Slice(tok), "the") {
			for j := k + 1; j < len(doc.Tokens) && j <= k+3; j++ {
				out = append(out, document.Span{Start: tok.Start, End: doc.Tokens[j].End})
			}
		}
	}
	return out
}

// TestSharedAnswersAsNew: the resolver the quote stage used, taken again
// through Shared, answers every question as a resolver built afresh on
// the document with its quotes does.
func TestSharedAnswersAsNew(t *testing.T) {
	for _, tc := range shareTexts {
		doc := sharedDoc(t, tc.text, tc.names)
		left, _ := doc.Scratch(sharedKey{}).(*Resolver)
		if left == nil {
			t.Fatalf("the quote stage left no resolver on the document")
		}
		r := Shared(doc)
		if r != left {
			t.Fatalf("Shared built a new resolver though the layers are unchanged")
		}
		fresh := NewResolver(doc)
		answered := 0
		for _, sp := range probes(doc) {
			got, want := r.Speaker(sp), fresh.Speaker(sp)
			if got != want {
				t.Errorf("%q: shared resolver says %q, a new one %q (text %.40q…)", doc.Slice(sp), got, want, tc.text)
			}
			if want != "" {
				answered++
			}
		}
		if answered == 0 {
			t.Errorf("no probe resolved in %.40q…: the test compares nothing", tc.text)
		}
	}
}

// TestResetForgetsGender: a pronoun resolved to a person of unknown
// gender gives that person its gender, which Reset takes back.
func TestResetForgetsGender(t *testing.T) {
	doc := tagged(t, "Kos arrived in Vilnia on Monday. He met reporters there.",
		map[string]string{"Kos": "PER", "Vilnia": "LOC"})
	if err := Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	r := Shared(doc)
	kos := r.byID[entityAt(t, doc, "Kos", 0).ID]
	if kos.gender != unknown {
		t.Fatalf("Kos has a gender before any pronoun: %v", kos.gender)
	}
	if got := r.Speaker(pronounAt(doc, "He met")); got != kos.id {
		t.Fatalf("He = %q, want Kos %q", got, kos.id)
	}
	if kos.gender != male {
		t.Fatalf("resolving He left Kos's gender %v, want male", kos.gender)
	}
	r.Spoke(kos.id, pronounAt(doc, "He met"))
	if Shared(doc) != r {
		t.Fatal("Shared built a new resolver though the layers are unchanged")
	}
	if kos.gender != unknown || len(r.spoken) != 0 || len(r.gendered) != 0 {
		t.Errorf("after Reset: gender %v, %d speakers, %d gendered; want unknown, 0, 0", kos.gender, len(r.spoken), len(r.gendered))
	}
}

// TestSharedRebuilds: a resolver is not taken again once a layer it was
// built from has been replaced, nor for another document.
func TestSharedRebuilds(t *testing.T) {
	tc := shareTexts[0]
	for _, change := range []struct {
		name string
		edit func(*document.Document)
	}{
		{"mentions", func(d *document.Document) { d.Mentions = slices.Clone(d.Mentions) }},
		{"entities", func(d *document.Document) { d.Entities = slices.Clone(d.Entities) }},
		{"fewer mentions", func(d *document.Document) { d.Mentions = d.Mentions[:len(d.Mentions)-1] }},
		{"tokens", func(d *document.Document) { d.Tokens = slices.Clone(d.Tokens) }},
		{"sentences", func(d *document.Document) { d.Sentences = slices.Clone(d.Sentences) }},
		{"paragraphs", func(d *document.Document) { d.Paragraphs = slices.Clone(d.Paragraphs) }},
		{"regions", func(d *document.Document) { d.Regions = append(d.Regions, document.Region{}) }},
		{"text", func(d *document.Document) { d.Text = strings.Clone(d.Text) }},
	} {
		doc := sharedDoc(t, tc.text, tc.names)
		left := doc.Scratch(sharedKey{}).(*Resolver)
		change.edit(doc)
		if r := Shared(doc); r == left {
			t.Errorf("%s replaced: Shared took the old resolver", change.name)
		} else if doc.Scratch(sharedKey{}) != r {
			t.Errorf("%s replaced: Shared did not leave its new resolver", change.name)
		}
	}
	doc := sharedDoc(t, tc.text, tc.names)
	other := *doc
	other.ClearScratch()
	other.SetScratch(sharedKey{}, doc.Scratch(sharedKey{}))
	if Shared(&other) == doc.Scratch(sharedKey{}) {
		t.Error("Shared took the resolver of another document")
	}
}
