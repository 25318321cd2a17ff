package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestListsAndScreen(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ng.db")
	fixtures := filepath.Join("..", "..", "screen", "testdata")
	code, out, stderr := run(t, "", "lists", "--db", db)
	if code != 0 || !strings.Contains(out, "No lists loaded") {
		t.Fatalf("lists on no database: %d %q %q", code, out, stderr)
	}
	code, out, stderr = run(t, "", "lists", "import", "--db", db, "--date", "2021-07-16", filepath.Join(fixtures, "ofac-csv", "sdn.csv"), filepath.Join(fixtures, "un.xml"))
	if code != 0 || !strings.Contains(out, "us-ofac-sdn: 10 entries") || !strings.Contains(out, "un-sc: 3 entries") {
		t.Fatalf("import: %d %q %q", code, out, stderr)
	}
	code, out, _ = run(t, "", "lists", "--db", db)
	if code != 0 || !strings.Contains(out, "us-ofac-sdn") || !strings.Contains(out, "2021-07-16") {
		t.Errorf("lists: %q", out)
	}

	// A truncated file is rejected with its line, and the list loaded
	// before stays.
	data, err := os.ReadFile(filepath.Join(fixtures, "un.xml"))
	if err != nil {
		t.Fatal(err)
	}
	bad := writeFile(t, "un.xml", data[:len(data)/2])
	code, _, stderr = run(t, "", "lists", "import", "--db", db, bad)
	if code != 1 || !strings.Contains(stderr, "un.xml:") || !strings.Contains(stderr, "nothing was imported") {
		t.Errorf("bad file: %d %q", code, stderr)
	}
	code, out, _ = run(t, "", "lists", "--db", db)
	if !strings.Contains(out, "un-sc") {
		t.Errorf("the old UN list is gone after a bad import: %q", out)
	}

	code, out, stderr = run(t, "", "screen", "--db", db, "Kim", "Young-chul", "--birth-year", "1946")
	if code != 0 || !strings.Contains(out, "1. 1.00  OFAC SDN 12211") || !strings.Contains(out, "17614") {
		t.Errorf("screen: %d %q %q", code, out, stderr)
	}
	code, out, _ = run(t, "", "screen", "--db", db, "--json", "Reconnaissance General Bureau")
	var res struct {
		Matches []struct {
			List   string `json:"list"`
			ListID string `json:"list_id"`
		} `json:"matches"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Matches) != 2 {
		t.Errorf("screen --json: %v %q", err, out)
	}
	code, out, _ = run(t, "", "screen", "--db", db, "Mike Pompeo")
	if code != 0 || !strings.Contains(out, "no match") {
		t.Errorf("screen of an unlisted name: %q", out)
	}
	if code, _, stderr = run(t, "", "screen", "--db", db, "--birth-year", "old", "X Y"); code != 2 {
		t.Errorf("bad --birth-year: %d %q", code, stderr)
	}

	// analyze records the lists it screened against.
	code, out, stderr = run(t, "Kim Yong Chol met the minister on Friday.\n", "analyze", "--db", db, "-")
	if code != 0 {
		t.Fatalf("analyze: %d %q", code, stderr)
	}
	var doc struct {
		Provenance struct {
			Lists []struct{ Name, Date string } `json:"lists"`
		} `json:"provenance"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Provenance.Lists) != 2 {
		t.Errorf("analyze provenance: %v %q", err, out)
	}

	code, _, _ = run(t, "", "lists", "remove", "--db", db, "un-sc")
	code, out, _ = run(t, "", "lists", "--db", db)
	if code != 0 || strings.Contains(out, "un-sc") {
		t.Errorf("after remove: %q", out)
	}
}
