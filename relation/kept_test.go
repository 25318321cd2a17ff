package relation_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/examples"
	"github.com/newsgraph/newsgraph/relation"
)

// TestKeptViewsAreNewBuilds runs the standard pipeline on the bundled
// Wikinews articles (and those of ../shared/examples/wikinews, when it
// is there) with settleMoods building again every sentence view
// it kept a copy of (relation.go's keep) and checks that each copy is
// what the new build gives: settleMoods reads the copies instead.
func TestKeptViewsAreNewBuilds(t *testing.T) {
	arts, err := examples.List()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, art := range arts {
		text, err := examples.Text(art.File)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, text)
	}
	files, _ := filepath.Glob("../../shared/examples/wikinews/*.txt")
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(data))
		}
	}
	c0, d0 := relation.CheckKept(true)
	defer relation.CheckKept(false)
	a := analyze.New(analyze.Options{})
	p := analyze.Standard()
	for _, text := range texts {
		clean, _, err := a.Text(analyze.Input{Data: []byte(text)})
		if err != nil {
			t.Fatal(err)
		}
		doc := document.New(clean)
		for _, s := range p.Steps {
			if err := s.Stage.Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
		}
	}
	c1, d1 := relation.CheckKept(false)
	if c1-c0 < 5 {
		t.Errorf("only %d kept views compared over %d articles", c1-c0, len(texts))
	}
	if d1 != d0 {
		t.Errorf("%d of %d kept views differ from a new build", d1-d0, c1-c0)
	}
	t.Logf("%d kept views compared over %d articles", c1-c0, len(texts))
}
