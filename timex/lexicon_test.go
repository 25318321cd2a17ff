package timex

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestGrammarWordsInLexicon checks that every word the grammar tests for
// with isW or isAny is in the lexicon: a word missing there never matches,
// silently.
func TestGrammarWordsInLexicon(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	call := regexp.MustCompile(`is(?:W|Any)\(([^)]*)\)`)
	lit := regexp.MustCompile(`"([^"]*)"`)
	lex := lexicon()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range call.FindAllStringSubmatch(string(src), -1) {
			for _, m := range lit.FindAllStringSubmatch(c[1], -1) {
				if lex[m[1]] == nil {
					t.Errorf("%s: %q is tested for but not in the lexicon", f, m[1])
				}
			}
		}
	}
}
