package relation_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/relation"
	"github.com/newsgraph/newsgraph/timex"
	"github.com/newsgraph/newsgraph/tokenize"
)

// analyzeText builds a document from text whose names are marked
// "[Viktor Orban|PER]": tokens, sentences and time expressions from their
// stages, mentions and entities (one per distinct name) from the marks,
// so that the rules are tested apart from the tagger. Then it finds the
// relations.
func analyzeText(t *testing.T, marked string) *document.Document {
	t.Helper()
	doc := markedDoc(t, marked)
	if err := relation.Process(context.Background(), doc, nil); err != nil {
		t.Fatal(err)
	}
	return doc
}

// markedDoc is analyzeText up to the relations: tokens, sentences, time
// expressions and the marked mentions.
func markedDoc(t *testing.T, marked string) *document.Document {
	t.Helper()
	pub, err := document.ParseTime("2019-03-14T09:00:00Z")
	if err != nil {
		t.Fatal(err)
	}
	text, marks, err := relation.ParseMarks(marked)
	if err != nil {
		t.Fatal(err)
	}
	doc := &document.Document{Text: text}
	var mentions []document.Mention
	ids := map[string]string{}
	for _, m := range marks {
		id, ok := ids[m.Name]
		if !ok {
			id = fmt.Sprintf("E%d", len(ids)+1)
			ids[m.Name] = id
			doc.Entities = append(doc.Entities, document.Entity{ID: id, Name: m.Name, Type: m.Type})
		}
		mentions = append(mentions, document.Mention{Span: m.Span, Text: m.Name, Type: m.Type, Entity: id})
	}
	doc.Meta.Published = pub
	ctx := context.Background()
	if err := tokenize.Process(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if err := timex.Process(ctx, doc); err != nil {
		t.Fatal(err)
	}
	doc.Mentions = mentions
	return doc
}

// TestSentences checks relations read from sentences written for the test:
// want is "type subject → object" with optional "@time", "#place",
// "!negated" and "~modality"; an empty want means no relation of that type.
func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		typ        string
		want       string // "subject > object", "" for none
		time       string
		place      string
		modality   string
		negated    bool
	}{
		{"met with", "[German|MISC] Chancellor [Angela Merkel|PER] met with [Emmanuel Macron|PER] in [Paris|LOC] on Tuesday.", "meet", "Angela Merkel > Emmanuel Macron", "2019-03-12", "Paris", "happened", false},
		{"passive", "[Viktor Orban|PER] was criticised by [Jean-Claude Juncker|PER] on Monday.", "criticize", "Jean-Claude Juncker > Viktor Orban", "2019-03-11", "", "happened", false},
		{"will visit", "[Narendra Modi|PER] will visit [Japan|LOC] next week.", "visit", "Narendra Modi > Japan", "2019-W12", "Japan", "planned", false},
		{"negated", "[Boris Johnson|PER] did not meet [Leo Varadkar|PER] in [Dublin|LOC].", "meet", "Boris Johnson > Leo Varadkar", "", "Dublin", "happened", true},
		{"hypothetical", "If the talks fail, [Recep Tayyip Erdogan|PER] could sanction [Greece|LOC].", "sanction", "Recep Tayyip Erdogan > Greece", "", "", "hypothetical", false},
		{"reported", "Officials said [Nicolas Maduro|PER] had arrested [Juan Guaido|PER].", "arrest", "Nicolas Maduro > Juan Guaido", "", "", "reported", false},
		{"appositive relative", "[John Smith|PER], who assassinated [Robert Jones|PER], was an actor.", "kill", "John Smith > Robert Jones", "", "", "happened", false},
		{"possessive meeting", "[Theresa May|PER]'s meeting with [Donald Tusk|PER] ended early.", "meet", "Theresa May > Donald Tusk", "", "", "happened", false},
		{"participle", "[France|LOC] has condemned [Syria|LOC], accusing [Bashar al-Assad|PER] of war crimes.", "accuse", "France > Bashar al-Assad", "", "", "happened", false},
		{"no object", "[Angela Merkel|PER] met reporters in [Berlin|LOC].", "meet", "", "", "", "", false},
		{"object in a prepositional phrase", "A spokesman for [Apple|ORG] met the press.", "meet", "", "", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeText(t, tc.text)
			var got []document.Relation
			for _, r := range doc.Relations {
				if r.Type == tc.typ {
					got = append(got, r)
				}
			}
			if tc.want == "" {
				if len(got) > 0 {
					t.Fatalf("want no %s relation, got %+v", tc.typ, got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("want one %s relation, got %+v (all: %+v)", tc.typ, got, doc.Relations)
			}
			r := got[0]
			subj, obj, _ := strings.Cut(tc.want, " > ")
			if n := name(doc, r.Subject); n != subj {
				t.Errorf("subject %q, want %q", n, subj)
			}
			if n := name(doc, r.Object); n != obj {
				t.Errorf("object %q, want %q", n, obj)
			}
			if r.Time != tc.time {
				t.Errorf("time %q, want %q", r.Time, tc.time)
			}
			if n := name(doc, r.Place); n != tc.place {
				t.Errorf("place %q, want %q", n, tc.place)
			}
			if r.Modality != tc.modality {
				t.Errorf("modality %q, want %q", r.Modality, tc.modality)
			}
			if r.Negated != tc.negated {
				t.Errorf("negated %v, want %v", r.Negated, tc.negated)
			}
			if !r.Sentence.Contains(r.Trigger) {
				t.Errorf("trigger %v outside the sentence %v", r.Trigger, r.Sentence)
			}
		})
	}
}

// TestRoles checks who-is-who relations of written sentences.
func TestRoles(t *testing.T) {
	tests := []struct {
		name, text        string
		typ, subj, object string
		role              string
	}{
		{"title", "[Russian|MISC] Foreign Minister [Sergei Lavrov|PER] arrived on Monday.", "role", "Sergei Lavrov", "Russian", "Foreign Minister"},
		{"nationality", "[Russian|MISC] Foreign Minister [Sergei Lavrov|PER] arrived on Monday.", "nationality", "Sergei Lavrov", "Russian", ""},
		{"organisation title", "[Microsoft|ORG] chief executive [Satya Nadella|PER] spoke.", "role", "Satya Nadella", "Microsoft", "chief executive"},
		{"appositive", "The plan was praised by [Mary Jones|PER], an economist at the [International Monetary Fund|ORG], on Friday.", "role", "Mary Jones", "International Monetary Fund", "economist"},
		{"as", "In 2012, the board named [Peter Brown|PER] as chairman of [Siemens|ORG].", "role", "Peter Brown", "Siemens", "chairman"},
		{"based in", "The [Carnegie Endowment|ORG] in [Washington|LOC] published a report.", "based_in", "Carnegie Endowment", "Washington", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeText(t, tc.text)
			for _, r := range doc.Relations {
				if r.Type == tc.typ && name(doc, r.Subject) == tc.subj && name(doc, r.Object) == tc.object && r.Role == tc.role {
					return
				}
			}
			t.Errorf("no %s %s → %s %q in %+v", tc.typ, tc.subj, tc.object, tc.role, doc.Relations)
		})
	}
}

// pairs lists doc's relations of type typ as "subject > object", the
// object by its entity's name or, for a phrase object, by its text.
func pairs(doc *document.Document, typ string) []string {
	var got []string
	for _, r := range doc.Relations {
		if r.Type != typ {
			continue
		}
		obj := name(doc, r.Object)
		if r.Object == "" {
			obj = r.ObjectText
		}
		subj := name(doc, r.Subject)
		if r.Subject == "" {
			subj = r.SubjectText // "police" (phrasesubj.go)
		}
		got = append(got, subj+" > "+obj)
	}
	return got
}

func name(doc *document.Document, id string) string {
	if e := doc.Entity(id); e != nil {
		return e.Name
	}
	return id
}

func TestIsInteraction(t *testing.T) {
	if !relation.IsInteraction("meet") || relation.IsInteraction("role") {
		t.Error("meet is an interaction, role is not")
	}
}

func TestFindEmpty(t *testing.T) {
	for _, doc := range []*document.Document{document.New(""), document.New("No layers at all."), {Text: "x", Tokens: []document.Span{{Start: 0, End: 1}}}, analyzeText(t, "No names here, not one.")} {
		if rs := relation.Find(doc, nil); len(rs) != 0 {
			t.Errorf("relations in an unanalysed document: %+v", rs)
		}
	}
}

// A pairCase is a sentence written for a test, its names marked
// "[text|TYPE]", and the relations of type typ it must give, as "subject
// > object" (none when want is empty).
type pairCase struct {
	name, text, typ string
	want            []string
}

// runPairCases runs each case as a subtest.
func runPairCases(t *testing.T, tests []pairCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeText(t, tc.text)
			got := pairs(doc, tc.typ)
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("%s: got %q, want %q (all: %+v)", tc.typ, got, tc.want, doc.Relations)
			}
		})
	}
}
