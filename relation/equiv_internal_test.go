package relation

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/newsgraph/newsgraph/examples"
)

// TestLastWord: lastWord gives the last of the lower-cased words
// strings.Fields splits, for texts with ASCII and Unicode spaces, trailing
// spaces, no word at all and bytes that are no UTF-8.
func TestLastWord(t *testing.T) {
	for _, s := range []string{
		"", " ", "\t\n", "Leader", "North Korean Leader", "the party's Chairman ", "vice\u00a0president",
		"prime\u0085minister", "chief\u2005Envoy\u3000", "ÉTAT Major", "bad\xc2 byte", "bad \xe2\x80", "x\xc2\x85\x85",
		"trailing\v", "a\fb\rc", "\u212a", "Mr \u212aELVIN", "\u0130stanbul Governor", "x \xff\xfe",
	} {
		ws := strings.Fields(strings.ToLower(s))
		want := ""
		if len(ws) > 0 {
			want = ws[len(ws)-1]
		}
		if got := lastWord(s); got != want {
			t.Errorf("lastWord(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestOnlyTFoldsToT: countryEpithet passes over a span whose first byte
// is no "t" or "T", since no other character folds to "t" (as "K", the
// Kelvin sign, folds to "k").
func TestOnlyTFoldsToT(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r != 't' && r != 'T' && strings.EqualFold(string(r), "t") {
			t.Errorf("%U folds to t", r)
		}
	}
}

// TestSetSwitches: isSegmentEnd, isDeterminer and isPrepBefore answer
// as their sets (segmentEnd, determiners, prepsBefore) for the sets'
// words, their neighbours and every token and character of the bundled
// articles.
func TestSetSwitches(t *testing.T) {
	sets := []struct {
		name string
		is   func(string) bool
		set  map[string]bool
	}{
		{"segmentEnd", isSegmentEnd, segmentEnd},
		{"determiners", isDeterminer, determiners},
		{"prepsBefore", isPrepBefore, prepsBefore},
	}
	common := []string{"", ",,", ";;", "-", "—-", "'", "’", "‘", "„", "(a", "a)", "and", "The", "A", "thee", "o", "ofs"}
	texts := exampleTexts(t)
	for _, tc := range sets {
		words := slices.Clone(common)
		for w := range tc.set {
			words = append(words, w, w+" ", " "+w, strings.ToUpper(w), w+"s", w[:len(w)-1])
		}
		for _, text := range texts {
			words = append(words, strings.Fields(text)...)
			for _, r := range text {
				words = append(words, string(r))
			}
		}
		for _, w := range words {
			if got, want := tc.is(w), tc.set[w]; got != want {
				t.Errorf("%s: %q gives %v, want %v", tc.name, w, got, want)
			}
		}
	}
}

// exampleTexts returns the texts of the bundled articles.
func exampleTexts(t *testing.T) []string {
	t.Helper()
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
	return texts
}

// TestThreeWords: threeWords says whether strings.Fields finds three
// words or more.
func TestThreeWords(t *testing.T) {
	for _, s := range []string{"", "the", "the state", "the Jewish state", " the  Jewish\tstate ", "the\u00a0Jewish\u2005state",
		"a b", "a b c d", "\xffa b\xfe c", "the war-torn country"} {
		if got, want := threeWords(s), len(strings.Fields(s)) >= 3; got != want {
			t.Errorf("threeWords(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFoldLow: foldLow's shortcuts give what lowering and replacing the
// closing single quote give.
func TestFoldLow(t *testing.T) {
	for _, s := range []string{"“", "”", "‘", "’", "—", "–", "…", "’s", "Kim’s", "ÉTAT", "\u212a"} {
		want := strings.ReplaceAll(strings.ToLower(s), "’", "'")
		if got := foldLow(s); got != want {
			t.Errorf("foldLow(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestASCIILoweredAllBytes: asciiLowered lowers the ASCII capitals of texts of
// every length from 0 to 40 of all bytes (each byte value in each
// position of an eight-byte word), and nothing else.
func TestASCIILoweredAllBytes(t *testing.T) {
	slow := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	for c := 0; c < 256; c++ {
		for n := 0; n <= 40; n++ {
			b := make([]byte, n)
			for i := range b {
				b[i] = byte((c + 37*i) % 256)
			}
			if got, want := asciiLowered(string(b)), slow(string(b)); got != want {
				t.Fatalf("asciiLowered(%q) = %q, want %q", b, got, want)
			}
		}
	}
	s := "The U.S. Envoy met KIM in Pyongyang’s “Old Town”, ÉTAT [Z]@`{ 1990s"
	if got, want := asciiLowered(s), slow(s); got != want {
		t.Errorf("asciiLowered(%q) = %q, want %q", s, got, want)
	}
}
