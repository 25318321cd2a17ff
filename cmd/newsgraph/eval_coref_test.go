package main

import (
	"strings"
	"testing"
)

func TestEvalCoref(t *testing.T) {
	code, out, stderr := run(t, "", "eval", "coref", "-v", "../../coref/gumeval/testdata/bakery.conllu")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"1 documents\n", "pronouns ", "descriptions ", "overall "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for _, args := range [][]string{{"eval", "coref"}, {"eval", "coref", "-half", "C", "x"}} {
		if code, _, _ := run(t, "", args...); code == 0 {
			t.Errorf("%q: exit 0, want a usage error", args)
		}
	}
}
