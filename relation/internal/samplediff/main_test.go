package main

import (
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
