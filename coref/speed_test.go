package coref

import (
	"strings"
	"testing"
)

// The fast paths of the resolver must answer as the plain tests they
// stand for.
func TestFastPathsAgree(t *testing.T) {
	words := []string{"president", "Minister", "company", "rebels", "country", "nation", "city",
		"capital", "town", "state", "province", "government", "said", "Said", "told", "asks",
		"results", "year", "", "s", "the", "The", "THE", "a", "An", "an", "thee", "sen.", "Sen",
		"contender", "firm's", "firms"}
	for _, set := range []map[string]bool{roleHeads(), personNouns, extraPersonNouns, orgNouns, stateNouns, groupNouns, speechVerbs, titleWords()} {
		for w := range set {
			words = append(words, w, strings.ToUpper(w[:1])+w[1:], w+"s")
		}
	}
	for _, w := range words {
		if got, want := descriptionKind(w), kindOf(w); got != want {
			t.Errorf("descriptionKind(%q) = %v, kindOf says %v", w, got, want)
		}
		if got, want := isSpeechVerb(w), speechVerbs[w]; got != want {
			t.Errorf("isSpeechVerb(%q) = %v, want %v", w, got, want)
		}
		want := ""
		for _, a := range []string{"the", "a", "an"} {
			if strings.EqualFold(w, a) {
				want = a
			}
		}
		if got := article(w); got != want {
			t.Errorf("article(%q) = %q, want %q", w, got, want)
		}
		for _, sg := range []string{"firm", "rebel", "", w} {
			if got, want := plural(w, sg), w == sg+"s"; got != want {
				t.Errorf("plural(%q, %q) = %v, want %v", w, sg, got, want)
			}
		}
	}
	if descriptionKind("president") != descPerson || descriptionKind("bank") != descOrg || descriptionKind("year") != descNone {
		t.Error("descriptionKind lost its lists")
	}
}

// mayDescribe must hold of every description that description reads on.
func TestMayDescribe(t *testing.T) {
	for _, c := range []struct {
		words string
		want  bool
	}{
		{"president", true},
		{"Pakistani president", true},
		{"company says", true}, // the verb is left out
		{"company's", true},
		{"Sen.", true},
		{"past year", false},
		{"results", false},
		{"dollar higher", false},
		{"bank chief economist", true},
	} {
		ws := strings.Fields(c.words)
		if got := mayDescribe(ws); got != c.want {
			t.Errorf("mayDescribe(%q) = %v, want %v", c.words, got, c.want)
		}
		dw := descWords(ws)
		full := len(dw) > 0 && (descriptionKind(dw[len(dw)-1]) != descNone || len(dw) > 1 && descriptionKind(dw[len(dw)-2]) != descNone)
		if full && !mayDescribe(ws) {
			t.Errorf("mayDescribe(%q) is false for a description", c.words)
		}
	}
}

func TestAppendFields(t *testing.T) {
	for _, s := range []string{"", " ", "the  president", " the president ", "a\tb\nc", "x\u00a0y\u2003z", "\xffab \xfe", "one", "Kim’s  aide\u3000said", "  Ann ", " Ann  Lee  Kos"} {
		first, more := firstField(s)
		if ws := strings.Fields(s); len(ws) > 0 && first != ws[0] || len(ws) == 0 && first != "" || more != (len(ws) > 1) {
			t.Errorf("firstField(%q) = %q, %v; fields %q", s, first, more, ws)
		}
		got := appendFields([]string{"kept"}, s)
		want := append([]string{"kept"}, strings.Fields(s)...)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
	}
}
