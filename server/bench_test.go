package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/newsgraph/newsgraph/document"
)

// longDocument returns the fixture repeated until it has at least words
// words, with every layer repeated and shifted: an article of that length
// annotated more densely than real news.
func longDocument(t testing.TB, words int) *document.Document {
	t.Helper()
	one := fullDocument(t)
	sep := "\n\n"
	body := one.Text
	out := &document.Document{Meta: one.Meta, Provenance: one.Provenance, Entities: one.Entities}
	var text strings.Builder
	for i := 0; len(strings.FieldsFunc(text.String(), func(r rune) bool { return unicode.IsSpace(r) })) < words; i++ {
		off := text.Len()
		if i > 0 {
			off += len(sep)
			text.WriteString(sep)
		}
		text.WriteString(body)
		sh := func(s document.Span) document.Span { return document.Span{Start: s.Start + off, End: s.End + off} }
		shp := func(s *document.Span) *document.Span {
			if s == nil {
				return nil
			}
			v := sh(*s)
			return &v
		}
		for _, r := range one.Regions {
			if i > 0 && r.Kind == document.RegionHeadline {
				r.Kind = document.RegionBody
			}
			r.Span = sh(r.Span)
			out.Regions = append(out.Regions, r)
		}
		for _, p := range one.Paragraphs {
			out.Paragraphs = append(out.Paragraphs, sh(p))
		}
		for _, s := range one.Sentences {
			out.Sentences = append(out.Sentences, sh(s))
		}
		for _, s := range one.Tokens {
			out.Tokens = append(out.Tokens, sh(s))
		}
		for _, u := range one.Updates {
			u.Span = sh(u.Span)
			out.Updates = append(out.Updates, u)
		}
		for _, m := range one.Mentions {
			m.Span = sh(m.Span)
			out.Mentions = append(out.Mentions, m)
		}
		for _, q := range one.Quotes {
			q.Span, q.Cue, q.Source = sh(q.Span), shp(q.Cue), shp(q.Source)
			var parts []document.Span
			for _, p := range q.Parts {
				parts = append(parts, sh(p))
			}
			q.Parts = parts
			out.Quotes = append(out.Quotes, q)
		}
		for _, x := range one.Timexes {
			x.Span = sh(x.Span)
			out.Timexes = append(out.Timexes, x)
		}
		for _, e := range one.Timeline {
			e.Timex, e.Sentence = sh(e.Timex), sh(e.Sentence)
			out.Timeline = append(out.Timeline, e)
		}
		for _, r := range one.Relations {
			r.Trigger, r.Sentence = sh(r.Trigger), sh(r.Sentence)
			out.Relations = append(out.Relations, r)
		}
		out.Screening = one.Screening
	}
	out.Text = text.String()
	return out
}

// TestArticleViewSpeed checks the budget: the article view of a 2,000-word
// article renders in under 100 ms of server time.
func TestArticleViewSpeed(t *testing.T) {
	s, _ := newServer(t, Options{})
	doc := longDocument(t, 2000)
	path := addArticle(s, "long", doc)
	req := httptest.NewRequest(http.MethodGet, path, nil)
	best := time.Hour
	for range 5 {
		rec := httptest.NewRecorder()
		start := time.Now()
		s.ServeHTTP(rec, req)
		best = min(best, time.Since(start))
		if rec.Code != 200 {
			t.Fatalf("status %d", rec.Code)
		}
	}
	t.Logf("%d words, %d mentions: best of 5 renders %v", words(doc), len(doc.Mentions), best)
	if best > 100*time.Millisecond {
		t.Errorf("the article view of a 2,000-word article took %v; the budget is 100 ms", best)
	}
}

// BenchmarkArticleView measures the server time of the article view of a
// 2,000-word article with every layer filled (view model, highlighting and
// template), through the whole handler chain.
func BenchmarkArticleView(b *testing.B) {
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	doc := longDocument(b, 2000)
	path := addArticle(s, "long", doc)
	req := httptest.NewRequest(http.MethodGet, path, nil)
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	b.ReportMetric(float64(words(doc)), "words")
	b.ReportMetric(float64(rec.Body.Len()), "html-bytes")
	b.ResetTimer()
	for b.Loop() {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("status %d", rec.Code)
		}
	}
}

// BenchmarkExampleView measures the article view of a bundled example as
// the pipeline analyses it today.
func BenchmarkExampleView(b *testing.B) {
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodGet, "/examples/korea", nil)
	s.ServeHTTP(httptest.NewRecorder(), req)
	for b.Loop() {
		s.ServeHTTP(httptest.NewRecorder(), req)
	}
}
