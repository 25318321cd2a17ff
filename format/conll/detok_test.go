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
