package trafeval

import (
	"strings"
	"testing"
)

func TestNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a \n\t b  ", "a b"},
		{"a\u00a0\u2009b", "a b"},
		{"a\x1cb", "a b"},
		{"", ""},
		{"\u200bzero", "\u200bzero"}, // not white space for Python either
	}
	for _, tt := range tests {
		if got := Norm(tt.in); got != tt.want {
			t.Errorf("Norm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestScore(t *testing.T) {
	it := Item{With: []string{"first  part", "missing"}, Without: []string{"Impressum", "Teilen"}}
	got := Score(it, "The first\npart of it.\n\nImpressum", true)
	if want := (Counts{TP: 1, FN: 1, FP: 1, TN: 1}); got != want {
		t.Errorf("Score = %+v, want %+v", got, want)
	}
	if got, want := Score(it, "", false), (Counts{FN: 2, TN: 2}); got != want {
		t.Errorf("Score(failed) = %+v, want %+v", got, want)
	}
	var c Counts
	c.Add(Counts{TP: 3, FP: 1, FN: 1, TN: 5})
	if f := c.F1(); f != 0.75 {
		t.Errorf("F1 = %v, want 0.75", f)
	}
}

func TestRead(t *testing.T) {
	items, err := Read(strings.NewReader(`{"https://b/": {"file": "b.html", "with": ["x"], "without": ["y"]},
		"https://a/": {"file": "a.html", "with": ["x"], "without": ["y"]}}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 || items[0].URL != "https://a/" || items[1].File != "b.html" {
		t.Errorf("Read = %+v", items)
	}
	if _, err := Read(strings.NewReader(`{}`)); err == nil {
		t.Error("Read({}) succeeded")
	}
}
