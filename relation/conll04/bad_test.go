package conll04

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadBad checks that empty and sentence-less files are errors.
func TestLoadBad(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"empty", "", "empty input"},
		{"blank", " \n", "empty input"},
		{"empty array", "[]", "no sentences"},
		{"null", "null", "no sentences"},
		{"object", `{"tokens":[]}`, "cannot unmarshal"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "x.json")
			if err := os.WriteFile(p, []byte(tc.data), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(p)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), p) {
				t.Errorf("Load: %v, want an error naming the file with %q", err, tc.want)
			}
		})
	}
}
