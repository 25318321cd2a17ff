package timex

import (
	"strings"
	"testing"
	"unicode"
)

// TestLexTableLookup checks the packed lookup against the lexicon map: every
// word is found whatever its case, curly apostrophes fold to straight ones,
// and words the lexicon lacks are not found.
func TestLexTableLookup(t *testing.T) {
	tab := table()
	lex := lexicon()
	var buf []byte
	for w, want := range lex {
		if strings.Contains(w, "’") {
			continue // folded to ' before lookup: only the ' form is reachable
		}
		for _, form := range []string{w, strings.ToUpper(w), titleCase(w)} {
			var got *lexeme
			got, _, buf = tab.lookup(form, buf)
			if strings.ToLower(form) != w {
				continue // ToUpper of a non-ASCII word may not fold back
			}
			if got != want {
				t.Errorf("lookup(%q) = %v, want the lexeme of %q", form, got, w)
			}
		}
	}
	for _, tc := range []struct {
		tok, want string // want "" for none
	}{
		{"O’CLOCK", "o'clock"},
		{"’s", "'s"},
		{"Week", "week"},
		{"weeks", "weeks"},
		{"week-", ""},
		{"weak", ""},
		{"", ""},
		{"wee", ""},
		{"weekk", ""},
		{"Mid-Morning", "mid-morning"},
		{"twenty-seventh", "twenty-seventh"},
		{"TWENTY-SEVENTH", "twenty-seventh"},
		{"twenty-seventhx", ""},
		{"approximately", "approximately"},
		{"a\x00", ""},
		{"€", "€"},
		{"año", ""},
		{"Ünited", ""},
	} {
		got, _, _ := tab.lookup(tc.tok, nil)
		switch {
		case tc.want == "" && got != nil:
			t.Errorf("lookup(%q) = %q, want none", tc.tok, got.word)
		case tc.want != "" && got != lex[tc.want]:
			t.Errorf("lookup(%q) = %v, want %q", tc.tok, got, tc.want)
		}
	}
}

func titleCase(w string) string {
	for i, r := range w {
		return w[:i] + string(unicode.ToUpper(r)) + w[i+len(string(r)):]
	}
	return w
}

// TestLookupHyphen checks that lookup never misses a hyphen, which would
// keep a compound ("third-quarter") from being split.
func TestLookupHyphen(t *testing.T) {
	for _, tok := range []string{"-", "a-b", "third-quarter", "abcdefgh-", "abcdefg-h", "abcdefghijklmno-",
		"x-1990s", "Mid-Morning", "year-ago", "1989-1990", "two-year-old", "a–b", "a-é"} {
		if _, hyphen, _ := table().lookup(tok, nil); !hyphen {
			t.Errorf("lookup(%q) says no hyphen", tok)
		}
	}
	for _, tok := range []string{"a", "third", "abcdefghijklmn", "1990s", "Q3", "ab,cd"} {
		if _, hyphen, _ := table().lookup(tok, nil); hyphen {
			t.Errorf("lookup(%q) says hyphen", tok)
		}
	}
}

// TestSWAR checks the word-at-a-time helpers against byte-by-byte code on
// every ASCII byte in every position.
func TestSWAR(t *testing.T) {
	for c := 0; c < 128; c++ {
		for pos := 0; pos < 8; pos++ {
			x := uint64('k')<<56 | uint64(c)<<(8*pos)
			if pos == 7 {
				x = uint64(c) << 56
			}
			var want uint64
			for k := 0; k < 8; k++ {
				b := byte(x >> (8 * k))
				if 'A' <= b && b <= 'Z' {
					b += 'a' - 'A'
				}
				want |= uint64(b) << (8 * k)
			}
			if got := lowerASCII(x); got != want {
				t.Errorf("lowerASCII(%#x) = %#x, want %#x", x, got, want)
			}
			wantHy := false
			for k := 0; k < 8; k++ {
				wantHy = wantHy || byte(x>>(8*k)) == '-'
			}
			if got := hasByte(x, '-'); got != wantHy {
				t.Errorf("hasByte(%#x, '-') = %v, want %v", x, got, wantHy)
			}
		}
	}
}
