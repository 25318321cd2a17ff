package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestTrainSyntaxRebuildsShipped checks that "newsgraph train syntax"
// writes the embedded syntax/model.bin byte for byte. Training takes about
// two minutes on two cores, so the test runs only when NEWSGRAPH_TRAIN_SYNTAX is set.
func TestTrainSyntaxRebuildsShipped(t *testing.T) {
	if os.Getenv("NEWSGRAPH_TRAIN_SYNTAX") == "" {
		t.Skip("set NEWSGRAPH_TRAIN_SYNTAX=1 to retrain the syntax model (about two minutes)")
	}
	const data = "../../../shared/data"
	if _, err := os.Stat(filepath.Join(data, "ner", "gum-news", "dep")); err != nil {
		t.Skip("../shared/data is not beside the checkout: skipping the retraining of the syntax model")
	}
	out := filepath.Join(t.TempDir(), "syntax.bin")
	code, _, stderr := run(t, "", "train", "syntax", "-eval=false", "-data", data, "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../syntax/model.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("train syntax writes %d bytes that differ from the shipped syntax/model.bin (%d bytes): retrain it", len(got), len(want))
	}
}

func TestSyntaxUsage(t *testing.T) {
	for _, args := range [][]string{
		{"train", "syntax", "-fold", "7"},
		{"train", "syntax", "extra"},
		{"eval", "syntax", "extra"},
	} {
		if code, _, _ := run(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
