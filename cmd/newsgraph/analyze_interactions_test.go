package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/relation"
)

// TestAnalyzeInteractionsEnv checks that NEWSGRAPH_INTERACTIONS=1 turns
// the trained interaction model on in analyze (it adds relations to the
// rules' on a Wikinews article, CC BY 2.5), that any other value leaves
// it off, and that the setting does not outlive the command.
func TestAnalyzeInteractionsEnv(t *testing.T) {
	count := func(t *testing.T, val string) int {
		t.Helper()
		var out, errb bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(k string) string {
			if k == "NEWSGRAPH_INTERACTIONS" {
				return val
			}
			return ""
		}}
		if code := Run(context.Background(), e, []string{"analyze", filepath.Join("..", "..", "examples", "wikinews", "asylum.txt")}); code != 0 {
			t.Fatalf("NEWSGRAPH_INTERACTIONS=%q: exit %d: %s", val, code, errb.String())
		}
		if relation.UseArgModel.Load() {
			t.Errorf("NEWSGRAPH_INTERACTIONS=%q: the model is still on after analyze", val)
		}
		var d document.Document
		if err := json.Unmarshal(out.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		return len(d.Relations)
	}
	off := count(t, "")
	for _, tc := range []struct {
		val  string
		more bool
	}{
		{"", false},
		{"0", false},
		{"yes", false},
		{"1", true},
	} {
		if n := count(t, tc.val); (n > off) != tc.more || n < off {
			t.Errorf("NEWSGRAPH_INTERACTIONS=%q: %d relations, off %d; want more: %v", tc.val, n, off, tc.more)
		}
	}
}
