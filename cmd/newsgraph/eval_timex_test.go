package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const timexData = "../../../shared/data/timex"

// TestEvalTimexAgreesWithScorer runs `newsgraph eval timex` on the dev
// data and scores the predictions it writes with timex_eval.py: the two
// reports must be the same, line by line.
func TestEvalTimexAgreesWithScorer(t *testing.T) {
	if _, err := os.Stat(timexData); err != nil {
		t.Skip("../shared/data/timex not found; skipping the comparison with timex_eval.py")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found; skipping the comparison with timex_eval.py")
	}
	if testing.Short() {
		t.Skip("-short: skipping the comparison with timex_eval.py")
	}
	script := filepath.Join("..", "..", "..", "shared", "eval", "timex_eval.py")
	gold, pred := t.TempDir(), t.TempDir()
	var dirs []string
	for _, c := range []string{"TimeBank", "AQUAINT"} {
		dir := filepath.Join(timexData, c)
		dirs = append(dirs, dir)
		if b, err := exec.Command("python3", script, "extract", dir, gold).CombinedOutput(); err != nil {
			t.Fatalf("extract %s: %v\n%s", c, err, b)
		}
	}
	code, ours, stderr := run(t, "", append([]string{"eval", "timex", "--write", pred}, dirs...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	theirs, err := exec.Command("python3", script, "score", gold, pred).Output()
	if err != nil {
		t.Fatalf("score: %v", err)
	}
	if ours != string(theirs) {
		t.Errorf("newsgraph eval timex and timex_eval.py disagree\nnewsgraph:\n%s\ntimex_eval.py:\n%s", ours, theirs)
	}
}

// TestEvalTimexFloor keeps the figures on the dev data from falling: it
// fails below floors a little under those recorded in BENCHMARKS.md.
func TestEvalTimexFloor(t *testing.T) {
	if _, err := os.Stat(timexData); err != nil {
		t.Skip("../shared/data/timex not found; skipping the accuracy floor")
	}
	code, out, stderr := run(t, "", "eval", "timex", filepath.Join(timexData, "TimeBank"), filepath.Join(timexData, "AQUAINT"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	f := strings.Fields(lines[len(lines)-1]) // relaxed_F1 X strict_F1 Y value_F1 Z
	if len(f) != 6 {
		t.Fatalf("last line %q", lines[len(lines)-1])
	}
	floors := map[string]float64{"relaxed_F1": 94, "strict_F1": 89, "value_F1": 83.3}
	for i := 0; i < 6; i += 2 {
		v, err := strconv.ParseFloat(f[i+1], 64)
		if err != nil {
			t.Fatal(err)
		}
		if v < floors[f[i]] {
			t.Errorf("%s %.2f fell below %.2f", f[i], v, floors[f[i]])
		}
	}
}

func TestEvalTimexUsage(t *testing.T) {
	if code, _, stderr := run(t, "", "eval", "timex"); code != 2 || !strings.Contains(stderr, "no files given") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	dir := t.TempDir()
	if code, _, stderr := run(t, "", "eval", "timex", dir); code != 1 || !strings.Contains(stderr, "no .tml files") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	bad := writeFile(t, "bad.tml", []byte("<TEXT><TIMEX3 tid='t1'>x</TEXT>"))
	if code, _, stderr := run(t, "", "eval", "timex", bad); code != 1 || !strings.Contains(stderr, "unclosed") || strings.Count(stderr, "\n") > 2 {
		t.Errorf("exit %d: %s", code, stderr)
	}
}

// TestEvalTimexKinds checks that --kinds sorts the wrong values of the dev
// data into kinds whose counts add up to the matches listed, and leaves
// the summary line last.
func TestEvalTimexKinds(t *testing.T) {
	if _, err := os.Stat(timexData); err != nil {
		t.Skip("../shared/data/timex not found; skipping --kinds")
	}
	code, out, stderr := run(t, "", "eval", "timex", "--kinds", filepath.Join(timexData, "AQUAINT"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !strings.HasPrefix(lines[len(lines)-1], "relaxed_F1 ") {
		t.Errorf("last line %q, want the summary", lines[len(lines)-1])
	}
	total, sum := -1, 0
	for _, l := range lines {
		if rest, ok := strings.CutPrefix(l, "wrong value or type, by kind ("); ok {
			total, _ = strconv.Atoi(strings.Fields(rest)[0])
			continue
		}
		if f := strings.Fields(l); total >= 0 && len(f) > 1 && !strings.HasPrefix(l, "         ") {
			if n, err := strconv.Atoi(f[0]); err == nil {
				sum += n
			}
		}
	}
	if total <= 0 || sum != total {
		t.Errorf("kinds add up to %d, header says %d\n%s", sum, total, out)
	}
}

// TestHalfOf checks the split of the documents into halves A and B.
func TestHalfOf(t *testing.T) {
	files := []string{"d/TimeBank/b.tml", "d/AQUAINT/z.tml", "d/TimeBank/a.tml", "d/AQUAINT/y.tml", "d/TimeBank/c.tml"}
	cases := []struct {
		half string
		want string
	}{
		{"A", "d/AQUAINT/y.tml d/TimeBank/a.tml d/TimeBank/c.tml"},
		{"b", "d/AQUAINT/z.tml d/TimeBank/b.tml"},
	}
	for _, c := range cases {
		got, err := halfOf(files, c.half)
		if err != nil {
			t.Fatal(err)
		}
		if s := strings.Join(got, " "); s != c.want {
			t.Errorf("half %s: got %s, want %s", c.half, s, c.want)
		}
	}
	if _, err := halfOf(files, "C"); err == nil {
		t.Error("half C: no error")
	}
}
