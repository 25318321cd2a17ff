package conll

import (
	"strings"
	"testing"
)

func TestDetokenize(t *testing.T) {
	for _, tc := range []struct{ tokens, want string }{
		{"EU rejects German call to boycott British lamb .", "EU rejects German call to boycott British lamb."},
		{"Peter Blackburn", "Peter Blackburn"},
		{`He said : " It is n't over . "`, `He said: "It isn't over."`},
		{"Germany 's representative ( Werner Zwingmann ) said , 10 % .", "Germany's representative (Werner Zwingmann) said, 10%."},
		{"`` Quote '' , he said", "``Quote'', he said"},
		{`" A " and " B "`, `"A" and "B"`},
		{"", ""},
	} {
		toks := strings.Fields(tc.tokens)
		text, starts := Detokenize(toks)
		if text != tc.want {
			t.Errorf("Detokenize(%q) = %q, want %q", tc.tokens, text, tc.want)
		}
		if len(starts) != len(toks) {
			t.Fatalf("%d offsets for %d tokens", len(starts), len(toks))
		}
		for i, tok := range toks {
			if s := starts[i]; s < 0 || s+len(tok) > len(text) || text[s:s+len(tok)] != tok {
				t.Errorf("%q: token %d %q not at offset %d of %q", tc.tokens, i, tok, s, text)
			}
			if i > 0 && starts[i] < starts[i-1]+len(toks[i-1]) {
				t.Errorf("%q: token %d overlaps the one before", tc.tokens, i)
			}
		}
	}
}

// FuzzDetokenize checks that every token is found at its offset, in order,
// whatever the tokens.
func FuzzDetokenize(f *testing.F) {
	f.Add(`He said : " It is n't over . "`)
	f.Add("( a ) [ b ] `` c '' 's")
	f.Fuzz(func(t *testing.T, s string) {
		toks := strings.Fields(s)
		text, starts := Detokenize(toks)
		end := 0
		for i, tok := range toks {
			if starts[i] < end || starts[i]+len(tok) > len(text) || text[starts[i]:starts[i]+len(tok)] != tok {
				t.Fatalf("token %d %q not at %d in %q", i, tok, starts[i], text)
			}
			end = starts[i] + len(tok)
		}
	})
}
