package newsgold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadBad checks that a bad gold directory gets an error naming the
// file at fault.
func TestLoadBad(t *testing.T) {
	for _, tc := range []struct{ name, tsv, json, want string }{
		{"empty list", "", "", "articles.tsv: no articles"},
		{"short line", "a1\tx.txt\n", "", "articles.tsv:1: want three"},
		{"id with a path", "../a1\tx.txt\t00\n", "", "articles.tsv:1: want three"},
		{"binary list", "\x00\x01\x02\xff", "", "articles.tsv:1: want three"},
		{"bad json", "a1\tx.txt\t00\n", `{"id":`, "a1.json: "},
		{"missing json", "a2\tx.txt\t00\n", "", "a2.json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "articles.tsv"), []byte(tc.tsv), 0o644); err != nil {
				t.Fatal(err)
			}
			if tc.json != "" {
				if err := os.WriteFile(filepath.Join(dir, "a1.json"), []byte(tc.json), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := Load(dir, t.TempDir())
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), dir) {
				t.Errorf("Load: %v, want an error naming %s with %q", err, dir, tc.want)
			}
		})
	}
}
