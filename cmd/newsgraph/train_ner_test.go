package main

import (
	"strings"
	"testing"
)

func TestTrainNERRefusesCoNLL04Evaluation(t *testing.T) {
	for _, name := range []string{"conll04_dev.json", "conll04_test.json", "CoNLL04-Test.json"} {
		t.Run(name, func(t *testing.T) {
			code, _, stderr := run(t, "", "train", "ner", "-data", t.TempDir(), "-o", t.TempDir()+"/m.bin", "-conll04", "/nowhere/"+name)
			if code == 0 || !strings.Contains(stderr, "training split only") {
				t.Errorf("exit %d, stderr %q; want a refusal", code, stderr)
			}
		})
	}
}
