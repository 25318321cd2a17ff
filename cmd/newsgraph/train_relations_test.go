package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestTrainModelsRebuildShipped checks that the two relation models the
// binary embeds are what their train commands write, byte for byte: the
// pair model from CoNLL04 train, the interaction model from the news gold
// set. A change to the layers their features read must come with the
// models retrained.
func TestTrainModelsRebuildShipped(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the retraining of the relation models")
	}
	const train = "../../../shared/data/relations/conll04/conll04_train.json"
	if _, err := os.Stat(train); err != nil {
		t.Skip("../shared/data is not beside the checkout: skipping the retraining of the relation models")
	}
	tmp := t.TempDir()
	for _, tc := range []struct {
		shipped, out string
		args         []string
	}{
		{"../../relation/model.bin", filepath.Join(tmp, "pairs.bin"), []string{"train", "relations", "-o", filepath.Join(tmp, "pairs.bin"), train}},
		{"../../relation/argmodel.bin", filepath.Join(tmp, "args.bin"), []string{"train", "interactions", "-data", "../../../shared/data", "-o", filepath.Join(tmp, "args.bin"), "../../relation/testdata/newsgold", "../../relation/testdata/newsgold-d", "../../relation/testdata/newsgold-e"}},
	} {
		code, _, stderr := run(t, "", tc.args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, stderr)
		}
		got, err := os.ReadFile(tc.out)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(tc.shipped)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%v writes %d bytes that differ from the shipped %s (%d bytes): retrain it", tc.args[:2], len(got), tc.shipped, len(want))
		}
	}
}
