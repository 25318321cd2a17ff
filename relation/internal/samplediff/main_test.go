package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	tests := []struct {
		name           string
		all            bool
		added, dropped int
		want           []string
	}{
		// entity ids differ between the runs; names match the meeting
		{"interactions", false, 1, 0, []string{"+ one.json support: Ana Lund > Bo Dahl [praised] happened\n    Ana Lund praised Bo Dahl.\n"}},
		{"all types", true, 1, 1, []string{"+ one.json support", "- one.json role: Ana Lund > Bo Dahl [met]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			added, dropped, err := diff(&b, "testdata/a", "testdata/b", tc.all)
			if err != nil {
				t.Fatal(err)
			}
			if added != tc.added || dropped != tc.dropped {
				t.Errorf("added %d, dropped %d; want %d, %d\n%s", added, dropped, tc.added, tc.dropped, b.String())
			}
			for _, w := range tc.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, b.String())
				}
			}
		})
	}
}

func TestDiffMissingDir(t *testing.T) {
	var b strings.Builder
	if _, _, err := diff(&b, "testdata/a", "testdata/none", false); err == nil {
		t.Error("no error for a missing directory")
	}
}

// TestDiffSampleDir: a sample folder drawn by drawsample is read through
// its json folder, and two folders with no analysis in common are an
// error, not "added 0, dropped 0".
func TestDiffSampleDir(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, d := range []string{a, b} {
		if err := os.CopyFS(filepath.Join(d, "json"), os.DirFS("testdata/"+map[string]string{a: "a", b: "b"}[d])); err != nil {
			t.Fatal(err)
		}
	}
	var sb strings.Builder
	added, _, err := diff(&sb, a, b, false)
	if err != nil || added != 1 {
		t.Errorf("sample folders: added %d, err %v; want 1, nil", added, err)
	}
	if _, _, err := diff(&sb, t.TempDir(), t.TempDir(), false); err == nil {
		t.Error("no error for folders with no analysis")
	}
}
