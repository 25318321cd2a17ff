package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/document"
)

func step(name string, req, asg []string, english bool, f func(*document.Document) error) Step {
	return Step{Name: name, Requires: req, Assigns: asg, EnglishOnly: english,
		Stage: StageFunc(func(_ context.Context, d *document.Document) error { return f(d) })}
}

func TestCheck(t *testing.T) {
	nop := func(*document.Document) error { return nil }
	p := Pipeline{Steps: []Step{
		step("tokenize", nil, []string{"tokens", "sentences"}, false, nop),
		step("quote", []string{"sentences", "mentions"}, []string{"quotes"}, false, nop),
	}}
	err := p.Check()
	if err == nil || !strings.Contains(err.Error(), "quote: needs mentions") {
		t.Errorf("Check() = %v, want quote: needs mentions", err)
	}
	if err := p.Check("mentions"); err != nil {
		t.Errorf("Check(mentions) = %v", err)
	}
}

func TestRun(t *testing.T) {
	var order []string
	rec := func(name string) func(*document.Document) error {
		return func(*document.Document) error { order = append(order, name); return nil }
	}
	boom := errors.New("boom")
	p := Pipeline{Steps: []Step{
		step("a", nil, nil, false, rec("a")),
		step("en", nil, nil, true, rec("en")),
		step("b", nil, nil, false, rec("b")),
	}}
	t.Run("OK", func(t *testing.T) {
		order = nil
		d := document.New("x")
		d.Meta.Language = "en"
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if strings.Join(order, ",") != "a,en,b" || strings.Join(d.Provenance.Stages, ",") != "a,en,b" {
			t.Errorf("ran %v, provenance %v", order, d.Provenance.Stages)
		}
	})
	t.Run("SkipsEnglishOnly", func(t *testing.T) {
		order = nil
		d := document.New("x")
		d.Meta.Language = "de"
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if strings.Join(order, ",") != "a,b" || len(d.Warnings) != 1 || d.Warnings[0].Stage != "en" {
			t.Errorf("ran %v, warnings %v", order, d.Warnings)
		}
	})
	t.Run("Error", func(t *testing.T) {
		q := Pipeline{Steps: []Step{step("bad", nil, nil, false, func(*document.Document) error { return boom })}}
		err := q.Run(context.Background(), document.New("x"))
		if !errors.Is(err, boom) || !strings.HasPrefix(err.Error(), "bad: ") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("Canceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if err := p.Run(ctx, document.New("x")); !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v", err)
		}
	})
}

// TestRunStartsWarm checks that Run starts each step's Warm function.
func TestRunStartsWarm(t *testing.T) {
	warmed := make(chan string, 2)
	p := &Pipeline{Steps: []Step{
		{Name: "a", Stage: StageFunc(func(context.Context, *document.Document) error { return nil }),
			Warm: func() { warmed <- "a" }},
		{Name: "b", Stage: StageFunc(func(context.Context, *document.Document) error { return nil })},
	}}
	if err := p.Run(context.Background(), document.New("x")); err != nil {
		t.Fatal(err)
	}
	select {
	case got := <-warmed:
		if got != "a" {
			t.Fatalf("warmed %q, want a", got)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not start the step's Warm")
	}

	// An EnglishOnly step on a document known to be in another language
	// is skipped, and so is its Warm.
	q := &Pipeline{Steps: []Step{
		{Name: "en", EnglishOnly: true, Stage: StageFunc(func(context.Context, *document.Document) error { return nil }),
			Warm: func() { warmed <- "en" }},
	}}
	d := document.New("x")
	d.Meta.Language = "de"
	if err := q.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	select {
	case got := <-warmed:
		t.Fatalf("warmed %q for a skipped step", got)
	case <-time.After(100 * time.Millisecond):
	}
}
