package examples

import (
	"strings"
	"testing"
)

func TestList(t *testing.T) {
	arts, err := List()
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) < 5 {
		t.Fatalf("%d articles", len(arts))
	}
	for _, a := range arts {
		text, err := Text(a.File)
		if err != nil {
			t.Errorf("%s: %v", a.File, err)
			continue
		}
		if !strings.HasPrefix(text, a.Title) {
			t.Errorf("%s does not start with its title %q", a.File, a.Title)
		}
		if a.License != "CC BY 2.5" || !strings.HasPrefix(a.URL, "https://en.wikinews.org/") {
			t.Errorf("%s: licence %q url %q", a.File, a.License, a.URL)
		}
	}
}
