package coref

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/internal/cputime"
	"github.com/newsgraph/newsgraph/tokenize"
)

// TestManyNames: a text naming thousands of different people stays fast.
func TestManyNames(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 4000; i++ {
		fmt.Fprintf(&b, "Then Xa%db Yo%dc met Zed%d and he said it. ", i, i, i%50)
	}
	doc, r, since := resolved(t, b.String())
	for i, tk := range doc.Tokens {
		if i%7 == 0 {
			r.Speaker(tk)
		}
	}
	if d := since(); d > 3*time.Second {
		t.Errorf("took %v for %d entities", d, len(doc.Entities))
	}
	t.Logf("%d entities in %v", len(doc.Entities), since())
}

// TestManyDescriptions: descriptions in a text naming thousands of
// organisations, people and places stay fast.
func TestManyDescriptions(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&b, "President Xa%db met Yo%d Corp in Oslo. The company and the president left the country, the bank and the capital.\n\n", i, i)
	}
	doc, r, since := resolved(t, b.String())
	n := 0
	for i, tk := range doc.Tokens {
		if doc.Text[tk.Start:tk.End] == "the" && i+1 < len(doc.Tokens) {
			r.Speaker(document.Span{Start: tk.Start, End: doc.Tokens[i+1].End})
			n++
		}
	}
	if d := since(); d > 3*time.Second {
		t.Errorf("took %v for %d descriptions and %d entities", d, n, len(doc.Entities))
	}
	t.Logf("%d descriptions, %d entities in %v", n, len(doc.Entities), since())
}

// TestManyTheys: "they" and "their" in long sentences naming many
// organisations stay fast (each looks back a bounded number of words, and
// one decides a later one of its sentence once).
func TestManyTheys(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 400; i++ {
		b.WriteString("The Harbour Board said")
		for j := 0; j < 40; j++ {
			fmt.Fprintf(&b, " that Yo%d Corp and they and their group", j)
		}
		b.WriteString(".\n\n")
	}
	doc, r, since := resolved(t, b.String())
	n := 0
	for _, tk := range doc.Tokens {
		if w := doc.Text[tk.Start:tk.End]; w == "they" || w == "their" {
			r.Speaker(tk)
			n++
		}
	}
	if d := since(); d > 3*time.Second {
		t.Errorf("took %v for %d pronouns", d, n)
	}
	t.Logf("%d pronouns in %v", n, since())
}

// resolved tokenizes text, runs coreference on it and returns the
// document, its resolver and a clock started with coreference: the CPU
// time the process has spent since (so that a loaded machine does not
// fail the test), or the wall time where CPU time cannot be read.
func resolved(t *testing.T, text string) (*document.Document, *Resolver, func() time.Duration) {
	t.Helper()
	doc := document.New(text)
	if err := tokenize.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	start, c0 := time.Now(), cputime.Process()
	since := func() time.Duration {
		if c := cputime.Process() - c0; c > 0 {
			return c
		}
		return time.Since(start)
	}
	if err := Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	return doc, NewResolver(doc), since
}
