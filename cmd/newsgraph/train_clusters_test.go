package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/wordcluster"
)

func TestTrainClusters(t *testing.T) {
	data := t.TempDir()
	dir := filepath.Join(data, "corpus", "bbc", "bbc", "world")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for i := range 200 {
		day := []string{"Monday", "Tuesday", "Friday"}[i%3]
		who := []string{"Kim", "Moon", "Abe"}[i%3]
		text.WriteString("Talks resumed on " + day + " in Seoul. " + who + " said the talks went well.\n\n")
	}
	if err := os.WriteFile(filepath.Join(dir, "001.txt"), []byte(text.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	out, bin := filepath.Join(tmp, "brown.txt"), filepath.Join(tmp, "brown.bin")
	code, _, stderr := run(t, "", "train", "clusters", "-data", data, "-sources", "bbc", "-c", "6", "-min-count", "1", "-o", out, "-bin", bin)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "corpus: 400 sentences, 2800 tokens, 17 types") {
		t.Errorf("stderr lacks the corpus size:\n%s", stderr)
	}
	fh, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	cl, err := wordcluster.Read(fh)
	if err != nil {
		t.Fatal(err)
	}
	if cl.NumClusters() != 6 {
		t.Errorf("%d clusters, want 6", cl.NumClusters())
	}
	if a, b := cl.Cluster("Monday"), cl.Cluster("Friday"); a != b || a < 0 {
		t.Errorf("Monday and Friday in clusters %d and %d", a, b)
	}
	// The binary form is the compiled text form, and -from rebuilds it.
	raw, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := cl.MarshalBinary()
	if string(raw) != string(want) {
		t.Errorf("%s is not the compiled %s", bin, out)
	}
	bin2 := filepath.Join(tmp, "again.bin")
	if code, _, stderr := run(t, "", "train", "clusters", "-from", out, "-bin", bin2); code != 0 {
		t.Fatalf("train clusters -from: exit %d: %s", code, stderr)
	}
	if raw2, _ := os.ReadFile(bin2); string(raw2) != string(raw) {
		t.Errorf("train clusters -from gives another binary form")
	}

	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"-sources", "bbc,reddit"}, `train clusters: unknown source "reddit"`},
		{[]string{"-data", data, "-sources", "gmb"}, "train clusters: newstext: no files for gmb"},
		{[]string{"extra"}, "train clusters: unexpected argument extra"},
	} {
		code, _, stderr := run(t, "", append([]string{"train", "clusters"}, tc.args...)...)
		if code == 0 || !strings.Contains(stderr, tc.msg) {
			t.Errorf("train clusters %v: exit %d, stderr %q; want %q", tc.args, code, stderr, tc.msg)
		}
	}
}
