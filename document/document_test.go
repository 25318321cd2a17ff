package document

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// sample returns a document with every layer and every span-bearing field
// filled, over text with multi-byte characters.
func sample(t *testing.T) *Document {
	t.Helper()
	text := "Senior official heads to White House\n\n“I look forward to it,” Trump said in Seoul — 4½ hours later. 한국 talks."
	at := func(sub string) Span {
		i := strings.Index(text, sub)
		if i < 0 {
			t.Fatalf("%q not in sample text", sub)
		}
		return Span{i, i + len(sub)}
	}
	pub, err := ParseTime("2018-05-31T05:55:00-07:00")
	if err != nil {
		t.Fatal(err)
	}
	cue, src := at("said"), at("Trump")
	quote := at("“I look forward to it,”")
	d := &Document{
		Text: text,
		Meta: Meta{
			Title: "Senior official heads to White House", URL: "https://example.org/a", Site: "Example",
			Authors: []string{"A. Writer"}, Published: pub, Modified: Time{Time: pub.Add(time.Hour)},
			Language: "en", Credits: []Credit{{Span: at("talks."), Text: "talks.", Names: []string{"X"}}},
		},
		Provenance: Provenance{Newsgraph: "test", Models: map[string]string{"ner": "1"}, Rules: map[string]string{"timex": "1"},
			Lists: []ListVersion{{Name: "ofac-sdn", Date: "2021-07-01"}}, Stages: []string{"tokenize"}},
		Regions:    []Region{{Span: at("Senior official heads to White House"), Kind: RegionHeadline}},
		Paragraphs: []Span{at("Senior official heads to White House")},
		Sentences:  []Span{at("“I look forward to it,” Trump said in Seoul — 4½ hours later.")},
		Tokens:     []Span{at("“"), at("I"), at("한국")},
		Updates:    []Update{{Span: at("4½ hours later."), Time: "2018-05-31T16:05:00-07:00", Note: "x", Kind: "update"}},
		Mentions:   []Mention{{Span: at("Seoul"), Text: "Seoul", Type: LOC, Entity: "E1"}},
		Entities:   []Entity{{ID: "E1", Name: "Seoul", Type: LOC, Aliases: []string{"Seoul"}, Descriptions: []string{"city"}}},
		Quotes: []Quote{{Span: quote, Text: d0(text, quote), Parts: []Span{quote}, Kind: QuoteDirect,
			Cue: &cue, Source: &src, Speaker: "E2"}},
		Timexes:   []Timex{{Span: at("4½ hours"), Text: "4½ hours", Type: DURATION, Value: "PT4H30M", Mod: "APPROX"}},
		Timeline:  []TimelineEntry{{Value: "2018-05-31", Start: "x", End: "y", Timex: at("4½ hours"), Sentence: at("Trump said"), Entities: []string{"E1"}}},
		Relations: []Relation{{Type: "meet", Subject: "E1", Object: "E2", SubjectSpan: ptr(at("한국")), ObjectSpan: ptr(at("Seoul")), Timex: ptr(at("4½ hours")), Trigger: at("talks"), Sentence: at("한국 talks."), Modality: Happened}},
		Screening: []Hit{{Entity: "E1", List: "ofac", ListID: "12211", Name: "KIM, Yong Chol", Score: 0.9, Explanation: "x"}},
		Warnings:  []Warning{{Stage: "ner", Message: "m"}},
	}
	return d
}

func d0(text string, s Span) string { return text[s.Start:s.End] }

func ptr(s Span) *Span { return &s }

func TestRoundTrip(t *testing.T) {
	d := sample(t)
	var buf bytes.Buffer
	if err := Encode(&buf, d, EncodeOptions{Layers: Layers}); err != nil {
		t.Fatal(err)
	}
	var got Document
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("unmarshal: %v\n%s", err, buf.String())
	}
	if !reflect.DeepEqual(d, &got) {
		t.Errorf("round trip changed the document:\nwant %+v\ngot  %+v", d, &got)
	}
	// And the second encoding is byte-identical to the first.
	var buf2 bytes.Buffer
	if err := Encode(&buf2, &got, EncodeOptions{Layers: Layers}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Errorf("second encoding differs")
	}
}

func TestJSONCountsCodePoints(t *testing.T) {
	d := sample(t)
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Text     string
		Mentions []struct{ Start, End int }
		Timexes  []struct{ Start, End int }
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	runes := []rune(raw.Text)
	if got := string(runes[raw.Mentions[0].Start:raw.Mentions[0].End]); got != "Seoul" {
		t.Errorf("mention slices %q in code points, want Seoul", got)
	}
	if got := string(runes[raw.Timexes[0].Start:raw.Timexes[0].End]); got != "4½ hours" {
		t.Errorf("timex slices %q in code points, want 4½ hours", got)
	}
}

func TestEveryKeyPresent(t *testing.T) {
	b, err := json.Marshal(New(""))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"format", "text", "meta", "provenance", "regions", "paragraphs", "sentences", "updates",
		"mentions", "entities", "quotes", "timexes", "timeline", "relations", "screening", "warnings"} {
		v, ok := m[k]
		if !ok {
			t.Errorf("key %q missing", k)
			continue
		}
		if k != "format" && k != "text" && k != "meta" && k != "provenance" && string(v) != "[]" {
			t.Errorf("key %q = %s, want []", k, v)
		}
	}
	if _, ok := m["tokens"]; ok {
		t.Errorf("tokens written without being asked for")
	}
	var meta map[string]json.RawMessage
	if err := json.Unmarshal(m["meta"], &meta); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"title", "url", "site", "authors", "published", "modified", "language", "credits"} {
		if _, ok := meta[k]; !ok {
			t.Errorf("meta.%s missing", k)
		}
	}
	if string(m["format"]) != `"newsgraph/1"` {
		t.Errorf("format = %s", m["format"])
	}
}

func TestLayerSelection(t *testing.T) {
	d := sample(t)
	var buf bytes.Buffer
	if err := Encode(&buf, d, EncodeOptions{Layers: []string{LayerMentions}}); err != nil {
		t.Fatal(err)
	}
	var got Document
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Mentions) != 1 || len(got.Quotes) != 0 || len(got.Tokens) != 0 {
		t.Errorf("layers: mentions %d quotes %d tokens %d, want 1 0 0", len(got.Mentions), len(got.Quotes), len(got.Tokens))
	}
}

func TestUnmarshalRejects(t *testing.T) {
	for name, in := range map[string]string{
		"wrong format": `{"format":"newsgraph/9","text":"x"}`,
		"no format":    `{"text":"x"}`,
		"span outside": `{"format":"newsgraph/1","text":"abc","sentences":[{"start":0,"end":9}]}`,
		"negative":     `{"format":"newsgraph/1","text":"abc","sentences":[{"start":-1,"end":2}]}`,
		"not json":     `{"format":`,
	} {
		t.Run(name, func(t *testing.T) {
			var d Document
			err := json.Unmarshal([]byte(in), &d)
			if err == nil {
				t.Fatal("no error")
			}
			if name == "wrong format" && !errors.Is(err, ErrFormat) {
				t.Errorf("err = %v, want ErrFormat", err)
			}
		})
	}
}

// TestEachSpanVisitsEverySpan fills every Span-typed field reachable from a
// Document by reflection and checks that eachSpan visits each of them, so a
// new layer cannot be forgotten by the offset conversion.
func TestEachSpanVisitsEverySpan(t *testing.T) {
	var d Document
	n := 0
	fill(reflect.ValueOf(&d).Elem(), &n)
	if n == 0 {
		t.Fatal("filled no spans")
	}
	seen := map[int]bool{}
	d.eachSpan(func(s *Span) { seen[s.Start] = true })
	if len(seen) != n {
		t.Errorf("eachSpan visits %d spans, the Document has %d: a Span field is not visited", len(seen), n)
	}
	// clone must deep-copy every span: changing the clone leaves d alone.
	c := d.clone()
	c.eachSpan(func(s *Span) { s.Start = -1 })
	d.eachSpan(func(s *Span) {
		if s.Start == -1 {
			t.Errorf("clone shares a span with the original")
		}
	})
}

var spanType = reflect.TypeOf(Span{})

// fill gives every Span reachable from v a distinct Start, creating one
// element in each slice and allocating each pointer.
func fill(v reflect.Value, n *int) {
	switch {
	case v.Type() == spanType:
		*n++
		v.Set(reflect.ValueOf(Span{Start: *n, End: *n}))
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n)
			}
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0), n)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	}
}

func TestIndex(t *testing.T) {
	for _, text := range []string{"", "abc", "4½ hours", "한국어 text “quoted” €5", "😀x😀", "ä"} {
		ix := NewIndex(text)
		r := 0
		for b := range text {
			if got := ix.Runes(b); got != r {
				t.Errorf("%q: Runes(%d) = %d, want %d", text, b, got, r)
			}
			if got := ix.Bytes(r); got != b {
				t.Errorf("%q: Bytes(%d) = %d, want %d", text, r, got, b)
			}
			r++
		}
		if got := ix.Runes(len(text)); got != utf8.RuneCountInString(text) {
			t.Errorf("%q: Runes(len) = %d", text, got)
		}
		if got := ix.Bytes(r); got != len(text) {
			t.Errorf("%q: Bytes(%d) = %d, want %d", text, r, got, len(text))
		}
	}
	// An offset inside a character maps to that character.
	ix := NewIndex("a½b")
	if got := ix.Runes(2); got != 1 {
		t.Errorf("Runes inside ½ = %d, want 1", got)
	}
}

func FuzzIndex(f *testing.F) {
	for _, s := range []string{"", "abc", "4½ hours", "한국어 “q” €", "😀x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ix := NewIndex(text)
		r := 0
		for b := range text {
			if ix.Runes(b) != r || ix.Bytes(r) != b {
				t.Fatalf("%q: byte %d rune %d: Runes %d Bytes %d", text, b, r, ix.Runes(b), ix.Bytes(r))
			}
			r++
		}
	})
}

func TestParseTime(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		err      bool
	}{
		{"2018-05-31T05:55:00-07:00", "2018-05-31T05:55:00-07:00", false},
		{"2018-05-31T05:55-07:00", "2018-05-31T05:55:00-07:00", false},
		{"2018-05-31", "2018-05-31", false},
		{"2018-05-31T12:00:00", "2018-05-31T12:00:00Z", false},
		{"", "", false},
		{"31/05/2018", "", true},
		{"tomorrow", "", true},
	} {
		got, err := ParseTime(tc.in)
		if (err != nil) != tc.err {
			t.Errorf("ParseTime(%q) error = %v", tc.in, err)
			continue
		}
		if got.String() != tc.want {
			t.Errorf("ParseTime(%q) = %q, want %q", tc.in, got.String(), tc.want)
		}
	}
}

func TestSentenceAt(t *testing.T) {
	d := &Document{Text: "A b. C d. E.", Sentences: []Span{{0, 4}, {5, 9}, {10, 12}}}
	for off, want := range map[int]int{0: 0, 3: 0, 4: -1, 5: 1, 8: 1, 11: 2, 12: -1} {
		if got := d.SentenceAt(off); got != want {
			t.Errorf("SentenceAt(%d) = %d, want %d", off, got, want)
		}
	}
}

func TestQuoteContents(t *testing.T) {
	whole := Span{Start: 3, End: 40}
	parts := []Span{{Start: 3, End: 12}, {Start: 25, End: 40}}
	for _, tc := range []struct {
		name string
		q    Quote
		want []Span
	}{
		{"one piece", Quote{Span: whole}, []Span{whole}},
		{"split by its attribution", Quote{Span: whole, Parts: parts}, parts},
	} {
		if got := tc.q.Contents(); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: Contents() = %v, want %v", tc.name, got, tc.want)
		}
	}
}
