package conll04

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/gazetteer"
)

func TestLoadAndText(t *testing.T) {
	sents, err := Load("testdata/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 {
		t.Fatalf("%d sentences, want 1", len(sents))
	}
	text, offs := sents[0].Text()
	if !strings.HasPrefix(text, "Jane Roe , a lawyer") {
		t.Errorf("text %q", text)
	}
	start := strings.Index(text, "Acme Corp")
	e, ok := TokenSpan(offs, start, start+len("Acme Corp"))
	if !ok || e.Start != 6 || e.End != 8 {
		t.Errorf("TokenSpan(Acme Corp) = %+v, %v; want [6, 8)", e, ok)
	}
	if _, ok := TokenSpan(offs, len(text)+5, len(text)+6); ok {
		t.Error("a span past the text covers tokens")
	}
	gold := sents[0].Gold()
	if len(gold) != 2 || gold[0].Type != "Work_For" || gold[0].Tail.Type != "Org" {
		t.Errorf("gold %+v", gold)
	}
}

func TestNaturalText(t *testing.T) {
	s := Sentence{Tokens: strings.Fields("Bosnia 's capital , Sarajevo ( the city ) is 5 % larger , Mass . ` ` yes ' '")}
	text, offs := s.NaturalText()
	if want := "Bosnia's capital, Sarajevo (the city) is 5% larger, Mass . ` ` yes ' '"; text != want {
		t.Errorf("NaturalText = %q, want %q", text, want)
	}
	for i, tok := range s.Tokens {
		if got := text[offs[i][0]:offs[i][1]]; got != tok {
			t.Errorf("token %d at %v is %q, want %q", i, offs[i], got, tok)
		}
	}
}

func TestReadRejects(t *testing.T) {
	for name, in := range map[string]string{
		"not json":          `{`,
		"span out of range": `[{"tokens": ["a"], "entities": [{"type": "Peop", "start": 0, "end": 2}], "relations": []}]`,
		"empty span":        `[{"tokens": ["a"], "entities": [{"type": "Peop", "start": 1, "end": 1}], "relations": []}]`,
		"bad reference":     `[{"tokens": ["a"], "entities": [{"type": "Peop", "start": 0, "end": 1}], "relations": [{"type": "Kill", "head": 0, "tail": 3}]}]`,
	} {
		if _, err := Read(strings.NewReader(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestScore(t *testing.T) {
	peop, org, loc := Entity{"Peop", 0, 2}, Entity{"Org", 6, 8}, Entity{"Loc", 11, 12}
	gold := []Triple{{"Work_For", peop, org}, {"Live_In", peop, loc}}
	var sc Score
	sc.Add(gold, []Triple{
		{"Work_For", peop, org},                  // right
		{"Work_For", peop, org},                  // repeated: counts once
		{"Live_In", loc, peop},                   // wrong direction
		{"Located_In", loc, Entity{"Loc", 0, 1}}, // not in gold
	})
	if sc.TP["Work_For"] != 1 || sc.FP["Live_In"] != 1 || sc.FN["Live_In"] != 1 || sc.FP["Located_In"] != 1 {
		t.Errorf("counts TP %v FP %v FN %v", sc.TP, sc.FP, sc.FN)
	}
	p, r, f := sc.PRF("")
	if p != 100.0/3 || r != 50 || f < 39.9 || f > 40.1 {
		t.Errorf("micro P %.2f R %.2f F1 %.2f, want 33.33 50 40", p, r, f)
	}
	var buf bytes.Buffer
	if err := sc.Write(&buf); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if last := lines[len(lines)-1]; last != "F1 40.00" {
		t.Errorf("last line %q, want \"F1 40.00\"", last)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(`[{"tokens": ["a", "b"], "entities": [{"type": "Peop", "start": 0, "end": 1}, {"type": "Loc", "start": 1, "end": 2}], "relations": [{"type": "Live_In", "head": 0, "tail": 1}]}]`)
	f.Add(`[]`)
	f.Add(`[{"tokens": null}]`)
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range sents {
			text, offs := s.Text()
			for _, g := range s.Gold() {
				if g.Head.End > len(offs) || g.Tail.End > len(offs) {
					t.Fatalf("gold span outside the tokens: %+v", g)
				}
				_, _ = TokenSpan(offs, offs[g.Head.Start][0], offs[g.Head.End-1][1])
			}
			_ = text
			// the gold names as mentions, read back through the convention
			// mapping: every entity stays inside the sentence
			types := []string{document.PER, document.LOC, document.ORG, document.MISC}
			var ms [][3]any
			for i, e := range s.Entities {
				ms = append(ms, [3]any{e.Start, e.End, types[i%len(types)]})
			}
			doc, offs := sentenceDoc(s.Tokens, ms...)
			for _, e := range Entities(doc, offs) {
				if e.Start < 0 || e.End > len(s.Tokens) || e.Start >= e.End {
					t.Fatalf("entity %+v outside the %d tokens", e, len(s.Tokens))
				}
			}
		}
	})
}

// sentenceDoc builds a document of the tokens joined by spaces with a
// mention of each (first, end, type) token span.
func sentenceDoc(tokens []string, mentions ...[3]any) (*document.Document, [][2]int) {
	text, offs := Sentence{Tokens: tokens}.Text()
	doc := document.New(text)
	for _, m := range mentions {
		i, j := m[0].(int), m[1].(int)
		sp := document.Span{Start: offs[i][0], End: offs[j-1][1]}
		doc.Mentions = append(doc.Mentions, document.Mention{Span: sp, Text: text[sp.Start:sp.End], Type: m[2].(string)})
	}
	return doc, offs
}

func TestEntitiesConventions(t *testing.T) {
	for _, tc := range []struct {
		name     string
		tokens   []string
		mentions [][3]any
		want     []Entity // per mention
	}{
		{"head of state's title", strings.Fields("Booth assassinated President Lincoln ."),
			[][3]any{{0, 1, document.PER}, {3, 4, document.PER}}, []Entity{{"Peop", 0, 1}, {"Peop", 2, 4}}},
		{"courtesy title", strings.Fields("said Mrs. Jane Roe"),
			[][3]any{{2, 4, document.PER}}, []Entity{{"Peop", 1, 4}}},
		{"other titles stay out", strings.Fields("said Sen. Jane Roe"),
			[][3]any{{2, 4, document.PER}}, []Entity{{"Peop", 2, 4}}},
		{"title after a name stays out", strings.Fields("U.S. President Bush said"),
			[][3]any{{0, 1, document.LOC}, {2, 3, document.PER}}, []Entity{{"Loc", 0, 1}, {"Peop", 2, 3}}},
		{"lower-case title stays out", strings.Fields("the president Bush said"),
			[][3]any{{2, 3, document.PER}}, []Entity{{"Peop", 2, 3}}},
		{"birthplace joined", strings.Fields("Thoreau was born in Concord , Mass ."),
			[][3]any{{0, 1, document.PER}, {4, 5, document.LOC}, {6, 7, document.LOC}}, []Entity{{"Peop", 0, 1}, {"Loc", 4, 7}, {"Loc", 4, 7}}},
		{"born … in", strings.Fields("Holly was born Charles Holley in Lubbock , Texas ."),
			[][3]any{{0, 1, document.PER}, {3, 5, document.PER}, {6, 7, document.LOC}, {8, 9, document.LOC}},
			[]Entity{{"Peop", 0, 1}, {"Peop", 3, 5}, {"Loc", 6, 9}, {"Loc", 6, 9}}},
		{"Washington , D.C. joined", strings.Fields("a theatre in Washington , D.C. ."),
			[][3]any{{3, 4, document.LOC}, {5, 6, document.LOC}}, []Entity{{"Loc", 3, 6}, {"Loc", 3, 6}}},
		{"other town and state apart", strings.Fields("She lives in Ocala , Fla. ."),
			[][3]any{{3, 4, document.LOC}, {5, 6, document.LOC}}, []Entity{{"Loc", 3, 4}, {"Loc", 5, 6}}},
	} {
		doc, offs := sentenceDoc(tc.tokens, tc.mentions...)
		got := Entities(doc, offs)
		for i, m := range doc.Mentions {
			if got[m.Span] != tc.want[i] {
				t.Errorf("%s: mention %q → %+v, want %+v", tc.name, m.Text, got[m.Span], tc.want[i])
			}
		}
	}
}

func TestPredictDropsHalves(t *testing.T) {
	doc, offs := sentenceDoc(strings.Fields("Thoreau was born in Concord , Mass ."),
		[3]any{0, 1, document.PER}, [3]any{4, 5, document.LOC}, [3]any{6, 7, document.LOC})
	a, b, c := doc.Mentions[0].Span, doc.Mentions[1].Span, doc.Mentions[2].Span
	doc.Relations = []document.Relation{
		{Type: "located_in", SubjectSpan: &b, ObjectSpan: &c},
		{Type: "lives_in", SubjectSpan: &a, ObjectSpan: &b},
	}
	got := Predict(doc, offs)
	want := []Triple{{"Live_In", Entity{"Peop", 0, 1}, Entity{"Loc", 4, 7}}}
	if len(got) != 1 || got[0] != want[0] {
		t.Errorf("Predict = %+v, want %+v", got, want)
	}
}

func TestPredictEveryMention(t *testing.T) {
	doc, offs := sentenceDoc(strings.Fields("the General Accounting Office ( GAO ) in Washington"),
		[3]any{1, 4, document.ORG}, [3]any{5, 6, document.ORG}, [3]any{8, 9, document.LOC})
	doc.Mentions[0].Entity, doc.Mentions[1].Entity, doc.Mentions[2].Entity = "e1", "e1", "e2"
	org, loc := doc.Mentions[0].Span, doc.Mentions[2].Span
	doc.Relations = []document.Relation{{Type: "based_in", Subject: "e1", Object: "e2", SubjectSpan: &org, ObjectSpan: &loc,
		Sentence: document.Span{Start: 0, End: len(doc.Text)}}}
	got := Predict(doc, offs)
	want := []Triple{
		{"OrgBased_In", Entity{"Org", 1, 4}, Entity{"Loc", 8, 9}},
		{"OrgBased_In", Entity{"Org", 5, 6}, Entity{"Loc", 8, 9}},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Predict = %+v, want %+v", got, want)
	}
}

func TestCoNLL2003(t *testing.T) {
	tests := []struct {
		name   string
		tokens string
		ents   []Entity
		want   []Entity
	}{
		{"title out", "President Abraham Lincoln was shot", []Entity{{"Peop", 0, 3}}, []Entity{{document.PER, 1, 3}}},
		{"two titles out", "Mr. Sen. Smith", []Entity{{"Peop", 0, 3}}, []Entity{{document.PER, 2, 3}}},
		{"a title alone stays", "President said", []Entity{{"Peop", 0, 1}}, []Entity{{document.PER, 0, 1}}},
		{"town and state", "born in Concord , Mass .", []Entity{{"Loc", 2, 5}}, []Entity{{document.LOC, 2, 3}, {document.LOC, 4, 5}}},
		{"trailing comma", "in Fort Worth , Texas , on", []Entity{{"Loc", 1, 6}}, []Entity{{document.LOC, 1, 3}, {document.LOC, 4, 5}}},
		{"org with a comma stays", "the State , County Union", []Entity{{"Org", 1, 5}}, []Entity{{document.ORG, 1, 5}}},
		{"dates and amounts dropped", "on Oct. 15 , 1979 , 42 percent April rice", []Entity{{"Other", 1, 5}, {"Other", 6, 8}, {"Other", 8, 9}, {"Other", 9, 10}}, nil},
		{"names are MISC", "World War II Americans", []Entity{{"Other", 0, 3}, {"Other", 3, 4}}, []Entity{{document.MISC, 0, 3}, {document.MISC, 3, 4}}},
		{"sorted", "Smith of IBM in Paris", []Entity{{"Loc", 4, 5}, {"Peop", 0, 1}, {"Org", 2, 3}}, []Entity{{document.PER, 0, 1}, {document.ORG, 2, 3}, {document.LOC, 4, 5}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Sentence{Tokens: strings.Fields(tc.tokens), Entities: tc.ents}
			if got := s.CoNLL2003(); !slices.Equal(got, tc.want) {
				t.Errorf("CoNLL2003() = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestAddNationalities(t *testing.T) {
	toks := strings.Fields("the American envoy met Chinese officials of the American Legion")
	ents := []Entity{{document.ORG, 7, 10}}
	got := AddNationalities(gazetteer.Default(), toks, ents)
	want := []Entity{{document.MISC, 1, 2}, {document.MISC, 4, 5}, {document.ORG, 7, 10}}
	if !slices.Equal(got, want) {
		t.Errorf("AddNationalities = %v, want %v", got, want)
	}
}
