package analyze

import (
	"context"
	"errors"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/extract"
)

func TestIsHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html>", true},
		{"\xef\xbb\xbf\n  <HTML lang=en>", true},
		{"<!-- saved page --><html>", true},
		{"<div><p>fragment</p></div>", true},
		{"Headline\n\nThe <b>minister</b> said.", false},
		{"<3 love this", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsHTML([]byte(tt.in)); got != tt.want {
			t.Errorf("IsHTML(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestAnalyzeHTMLInput(t *testing.T) {
	page := []byte(`<html><head><title>Rain expected | Daily</title><meta property="article:published_time" content="2020-02-03T08:00:00Z"></head>
<body><article><h1>Rain expected</h1><p>Forecasters said on Monday that heavy rain would reach the coast by Wednesday, with flooding possible in low-lying areas.</p>
<p>The national weather service issued warnings for three counties and urged drivers to avoid flooded roads.</p></article></body></html>`)
	a := New(Options{})
	doc, err := a.Analyze(context.Background(), Input{Data: page, Name: "page"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Title != "Rain expected" || doc.Meta.Published.String() != "2020-02-03T08:00:00Z" || doc.Provenance.Rules["extract"] == "" {
		t.Errorf("meta %+v, provenance %+v", doc.Meta, doc.Provenance)
	}
	if doc.Meta.Language != "en" || len(doc.Sentences) != 3 {
		t.Errorf("language %q, %d sentences", doc.Meta.Language, len(doc.Sentences))
	}
	// --published wins over the page; Kind forces text.
	pub, _ := document.ParseTime("2020-02-04")
	doc, err = a.Analyze(context.Background(), Input{Data: page, Published: pub})
	if err != nil || doc.Meta.Published != pub {
		t.Errorf("published %v, %v", doc.Meta.Published, err)
	}
	doc, err = a.Analyze(context.Background(), Input{Data: page, Kind: KindText})
	if err != nil || doc.Meta.Title == "Rain expected" {
		t.Errorf("KindText analysed as HTML: %v", err)
	}
	_, err = a.Analyze(context.Background(), Input{Data: []byte("<html><body></body></html>"), Name: "empty.html"})
	if !errors.Is(err, extract.ErrNoArticle) {
		t.Errorf("err = %v, want no article", err)
	}
}
