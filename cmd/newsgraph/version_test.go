package main

import (
	"strings"
	"testing"
)

func TestVersionNotices(t *testing.T) {
	code, out, stderr := run(t, "", "version")
	if code != 0 || !strings.Contains(out, "model ner ") || !strings.Contains(out, "version --notices") {
		t.Fatalf("version: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	code, out, stderr = run(t, "", "version", "--notices")
	if code != 0 {
		t.Fatalf("version --notices: exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{"GeoNames", "CC BY 4.0", "MIT License", "Unicode", "WordNet", "Princeton University"} {
		if !strings.Contains(out, want) {
			t.Errorf("version --notices lacks %q", want)
		}
	}
}
