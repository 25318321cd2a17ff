package relation_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/relation"
)

// TestPrecisionSamples checks the stand-off rows of the precision samples
// (testdata/precision-sample, README there): known columns, offsets in
// order, interaction types, verdicts and causes from the README's lists,
// and no news text (every field is a path, a number, an id or a word of
// those lists).
func TestPrecisionSamples(t *testing.T) {
	files, err := filepath.Glob("testdata/precision-sample/sample-*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample files: %v", err)
	}
	types := map[string]bool{}
	for _, ty := range []string{relation.Meet, relation.Visit, relation.Invite, relation.Sanction, relation.Accuse,
		relation.Threaten, relation.Attack, relation.Kill, relation.Arrest, relation.Agree, relation.Urge,
		relation.Withdraw, relation.Support, relation.Criticize} {
		types[ty] = true
	}
	causes := map[string]bool{"": true, "sense": true, "subject": true, "object": true, "not-event": true, "modality": true}
	states := map[string]bool{"kept": true, "dropped": true, "reargued": true}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		rows := 0
		whole := false // "# whole set: …": the set gave fewer than 80 rows, all drawn
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			if strings.HasPrefix(line, "#") {
				whole = whole || strings.HasPrefix(line, "# whole set:")
				continue
			}
			rows++
			c := strings.Split(line, "\t")
			if len(c) < 10 {
				t.Errorf("%s:%d: %d columns, want at least 10", f, n, len(c))
				continue
			}
			if !samplePath(c[0]) {
				t.Errorf("%s:%d: path %q", f, n, c[0])
			}
			var off [4]int
			for i, k := range []int{1, 2, 4, 5} {
				if off[i], err = strconv.Atoi(c[k]); err != nil || off[i] < 0 {
					t.Errorf("%s:%d: offset %q", f, n, c[k])
				}
			}
			if off[0] >= off[1] || off[2] >= off[3] || off[2] < off[0] || off[3] > off[1] {
				t.Errorf("%s:%d: trigger %d-%d outside sentence %d-%d", f, n, off[2], off[3], off[0], off[1])
			}
			if !types[c[3]] {
				t.Errorf("%s:%d: type %q", f, n, c[3])
			}
			for _, id := range c[6:8] {
				if id != "" && (id[0] != 'E' || strings.Trim(id[1:], "0123456789") != "") {
					t.Errorf("%s:%d: entity id %q", f, n, id)
				}
			}
			if c[8] != "right" && c[8] != "wrong" || !causes[c[9]] || c[8] == "wrong" && (c[9] == "" || c[9] == "modality") {
				t.Errorf("%s:%d: verdict %q cause %q", f, n, c[8], c[9])
			}
			for _, s := range c[10:] {
				if !states[s] {
					t.Errorf("%s:%d: state %q", f, n, s)
				}
			}
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		if rows < 80 && !whole {
			t.Errorf("%s: %d rows, want at least 80", f, rows)
		}
	}
}

// TestPrecisionChanges checks the stand-off rows of the re-judged changes
// of a sample (changes-N.tsv): a row of the sample, a path, a type,
// offsets, a state, entity ids and a verdict, and no news text.
func TestPrecisionChanges(t *testing.T) {
	states := map[string]bool{"dropped": true, "reargued": true, "retyped": true}
	for _, r := range standOffRows(t, "changes-*.tsv", 12) {
		c := r.c
		for _, k := range []int{0, 3, 4, 8, 9} {
			if _, err := strconv.Atoi(c[k]); err != nil && c[k] != "" {
				t.Errorf("%s: number %q", r.where, c[k])
			}
		}
		checkStandOff(t, r.where, c[1], c[6:8])
		if !relation.IsInteraction(c[2]) || !states[c[5]] {
			t.Errorf("%s: type %q state %q", r.where, c[2], c[5])
		}
		if c[10] != "right" && c[10] != "wrong" || !judgedCauses[c[11]] {
			t.Errorf("%s: verdict %q cause %q", r.where, c[10], c[11])
		}
	}
}

// TestPrecisionAdded checks the stand-off rows of the judged relations a
// branch added (added-*.tsv): a set, a path, offsets, a type, entity ids,
// a verdict and what became of the row, and no news text.
func TestPrecisionAdded(t *testing.T) {
	for _, r := range standOffRows(t, "added-*.tsv", 12) {
		c := r.c
		for _, k := range []int{0, 2, 3, 5, 6} {
			if _, err := strconv.Atoi(c[k]); err != nil {
				t.Errorf("%s: number %q", r.where, c[k])
			}
		}
		checkStandOff(t, r.where, c[1], c[7:9])
		if !relation.IsInteraction(c[4]) {
			t.Errorf("%s: type %q", r.where, c[4])
		}
		if c[9] != "right" && c[9] != "wrong" || !judgedCauses[c[10]] || c[11] != "kept" && c[11] != "dropped" {
			t.Errorf("%s: verdict %q cause %q after %q", r.where, c[9], c[10], c[11])
		}
	}
}

// judgedCauses are the causes a judged row may carry (README).
var judgedCauses = map[string]bool{"": true, "sense": true, "subject": true, "object": true, "not-event": true, "modality": true}

// A standOffRow is one row of a stand-off file: where it is (file:line)
// and its columns.
type standOffRow struct {
	where string
	c     []string
}

// standOffRows reads the rows of the files of testdata/precision-sample
// matching glob, comment lines left out; a row without cols columns is an
// error and left out.
func standOffRows(t *testing.T, glob string, cols int) []standOffRow {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata/precision-sample", glob))
	if err != nil || len(files) == 0 {
		t.Fatalf("no %s files: %v", glob, err)
	}
	var rows []standOffRow
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for n, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			where := fmt.Sprintf("%s:%d", f, n+1)
			c := strings.Split(line, "\t")
			if len(c) != cols {
				t.Errorf("%s: %d columns, want %d", where, len(c), cols)
				continue
			}
			rows = append(rows, standOffRow{where, c})
		}
	}
	return rows
}

// samplePath reports whether p is the path of an article a sample may
// draw from (README): under corpus/, a PolNeAR train or dev text (never
// its test split), or a document of the CoNLL-2003 train or dev file
// ("ner/conll2003/eng.train#12"; never the test file), with no space or
// quote in it.
func samplePath(p string) bool {
	if strings.ContainsAny(p, " \"") {
		return false
	}
	for _, f := range []string{"ner/conll2003/eng.train#", "ner/conll2003/eng.testa#"} {
		if n, ok := strings.CutPrefix(p, f); ok {
			return n != "" && strings.Trim(n, "0123456789") == ""
		}
	}
	return strings.HasPrefix(p, "corpus/") || strings.HasPrefix(p, "quotes/polnear/train/text/") || strings.HasPrefix(p, "quotes/polnear/dev/text/")
}

// checkStandOff reports a path that is not a corpus path and entity ids
// that are not newsgraph's (E and a number): a field of news text would
// be one or the other.
func checkStandOff(t *testing.T, where, path string, ids []string) {
	t.Helper()
	if !samplePath(path) {
		t.Errorf("%s: path %q", where, path)
	}
	for _, id := range ids {
		if id != "" && (id[0] != 'E' || strings.Trim(id[1:], "0123456789") != "") {
			t.Errorf("%s: entity id %q", where, id)
		}
	}
}

// TestPrecisionWhoWhere checks the stand-off rows of the judged sample of
// who-is-who and where relations (whowhere-sample.tsv, README): a rank, a
// half, a set, a path, offsets, a who-is-who or where type, entity ids,
// a verdict with a cause from the README's list and what the branch's
// rules did with the row, and no news text.
func TestPrecisionWhoWhere(t *testing.T) {
	types := map[string]bool{relation.Role: true, relation.MemberOf: true, relation.Nationality: true,
		relation.BasedIn: true, relation.LivesIn: true, relation.LocatedIn: true}
	causes := map[string]bool{"": true, "not-stated": true, "type": true, "subject": true, "object": true, "title": true}
	states := map[string]bool{"kept": true, "dropped": true, "retyped": true}
	rows := standOffRows(t, "whowhere-*.tsv", 14)
	if len(rows) < 120 {
		t.Errorf("%d rows, want at least 120", len(rows))
	}
	for _, r := range rows {
		c := r.c
		for _, k := range []int{0, 2, 4, 5, 7, 8} {
			if _, err := strconv.Atoi(c[k]); err != nil {
				t.Errorf("%s: number %q", r.where, c[k])
			}
		}
		checkStandOff(t, r.where, c[3], c[9:11])
		if c[1] != "A" && c[1] != "B" || !types[c[6]] {
			t.Errorf("%s: half %q type %q", r.where, c[1], c[6])
		}
		if c[11] != "right" && c[11] != "wrong" || !causes[c[12]] || (c[11] == "wrong") != (c[12] != "") || !states[c[13]] {
			t.Errorf("%s: verdict %q cause %q after %q", r.where, c[11], c[12], c[13])
		}
	}
}

// TestPrecisionWhoGuard checks the stand-off rows of the judged drops of
// branch whoguard's guards (whoguard-dropped.tsv, README): a set, dev
// (sets 4–9) or check (10–14), a path, offsets, a where type, entity ids,
// the guard that dropped the row, a verdict with a cause, a borderline
// mark, and no news text.
func TestPrecisionWhoGuard(t *testing.T) {
	types := map[string]bool{relation.Nationality: true, relation.LivesIn: true, relation.LocatedIn: true, relation.BasedIn: true}
	guards := map[string]bool{"not-based": true, "not-person": true, "post": true, "team": true, "who-is-in": true, "place-before": true,
		"possessive": true, "event-object": true, "workplace": true, "place-out-of-place": true, "inferred": true}
	causes := map[string]bool{"": true, "not-stated": true, "type": true, "subject": true, "object": true, "title": true}
	rows := standOffRows(t, "whoguard-dropped.tsv", 14)
	parts := map[string]int{}
	for _, r := range rows {
		c := r.c
		set, err := strconv.Atoi(c[0])
		if err != nil || c[1] == "dev" && (set < 4 || set > 9) || c[1] == "check" && (set < 10 || set > 14) {
			t.Errorf("%s: set %q part %q", r.where, c[0], c[1])
		}
		parts[c[1]]++
		for _, k := range []int{3, 4, 6, 7} {
			if _, err := strconv.Atoi(c[k]); err != nil {
				t.Errorf("%s: number %q", r.where, c[k])
			}
		}
		checkStandOff(t, r.where, c[2], c[8:10])
		if !types[c[5]] || !guards[c[10]] {
			t.Errorf("%s: type %q guard %q", r.where, c[5], c[10])
		}
		if c[11] != "right" && c[11] != "wrong" || !causes[c[12]] || (c[11] == "wrong") != (c[12] != "") || c[13] != "" && c[13] != "yes" {
			t.Errorf("%s: verdict %q cause %q borderline %q", r.where, c[11], c[12], c[13])
		}
	}
	if parts["dev"] < 108 || parts["check"] < 40 {
		t.Errorf("rows: %v, want every dev drop and at least 40 check drops", parts)
	}
}
