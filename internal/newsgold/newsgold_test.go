package newsgold

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// goldSets are the gold sets, relative to this package, each with how many
// articles it must hold: the development set (issue 8 asks for at least 30),
// the held-out set C, annotated later and not used to develop rules, and sets
// D and E, chosen by C's procedure and scored unseen once before they became
// development data too, and the held-out set F, chosen by the same procedure
// continued past E, and the development sets G and H, drawn from the
// articles of precision samples 5, 8, 11 and 12 (G) and 6, 9 and 10 (H; their
// READMEs).
// A second annotator's files of some of a set's articles (second) are
// checked the same way but may repeat that set's articles.
var goldSets = []struct {
	dir         string
	minArticles int
	second      bool
}{
	{"../../relation/testdata/newsgold", 30, false},
	{"../../relation/testdata/newsgold-c", 12, false},
	{"../../relation/testdata/newsgold-d", 20, false},
	{"../../relation/testdata/newsgold-d/second-annotator", 5, true},
	{"../../relation/testdata/newsgold-e", 20, false},
	{"../../relation/testdata/newsgold-f", 29, false},
	{"../../relation/testdata/newsgold-f/second-annotator", 6, true},
	{"../../relation/testdata/newsgold-g", 16, false},
	{"../../relation/testdata/newsgold-g/second-annotator", 4, true},
	{"../../relation/testdata/newsgold-h", 16, false},
}

// dataDir is ../shared/data of the repository, relative to this package.
const dataDir = "../../../shared/data"

var types = map[string]bool{
	"role": true, "member_of": true, "nationality": true,
	"based_in": true, "lives_in": true, "located_in": true,
	"meet": true, "visit": true, "invite": true, "sanction": true,
	"accuse": true, "threaten": true, "attack": true, "kill": true,
	"arrest": true, "agree": true, "urge": true, "withdraw": true,
	"support": true, "criticize": true,
}

var modalities = map[string]bool{
	"asserted": true, "planned": true, "reported": true, "hypothetical": true,
}

type span struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  string  `json:"text"`
	Name  *string `json:"name"`
}

type relation struct {
	Type     string `json:"type"`
	Subject  *span  `json:"subject"`
	Object   *span  `json:"object"`
	Trigger  *span  `json:"trigger"`
	Negated  *bool  `json:"negated"`
	Modality string `json:"modality"`
	Time     string `json:"time"`
	Place    string `json:"place"`
	Role     string `json:"role"`
}

type article struct {
	ID        string     `json:"id"`
	Source    string     `json:"source"`
	Relations []relation `json:"relations"`
}

type entry struct{ path, sum string }

// readIndex reads articles.tsv: id, path under ../shared/data, sha256.
func readIndex(t *testing.T, goldDir string) map[string]entry {
	t.Helper()
	f, err := os.Open(filepath.Join(goldDir, "articles.tsv"))
	if err != nil {
		t.Fatalf("opening the index: %v", err)
	}
	defer f.Close()
	idx := make(map[string]entry)
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) != 3 || parts[0] == "" || len(parts[2]) != 64 {
			t.Errorf("articles.tsv:%d: want id, path and sha256 separated by tabs, got %q", n, sc.Text())
			continue
		}
		if _, dup := idx[parts[0]]; dup {
			t.Errorf("articles.tsv:%d: id %s listed twice", n, parts[0])
		}
		idx[parts[0]] = entry{parts[1], parts[2]}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading the index: %v", err)
	}
	return idx
}

// loadArticles reads every ID.json of the gold set, strictly.
func loadArticles(t *testing.T, goldDir string) map[string]article {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(goldDir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files in %s (%v)", goldDir, err)
	}
	arts := make(map[string]article)
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("reading %s: %v", file, err)
		}
		dec := json.NewDecoder(strings.NewReader(string(b)))
		dec.DisallowUnknownFields()
		var a article
		if err := dec.Decode(&a); err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		if want := strings.TrimSuffix(filepath.Base(file), ".json"); a.ID != want {
			t.Errorf("%s: id %q, want %q", file, a.ID, want)
		}
		arts[a.ID] = a
	}
	return arts
}

// TestShape checks what needs no source text: the index and the files
// agree, every type and modality is in the schema, every relation has its
// arguments and trigger, and the gold set is as large as promised.
func TestShape(t *testing.T) {
	for _, set := range goldSets {
		t.Run(filepath.Base(set.dir), func(t *testing.T) { testShape(t, set.dir, set.minArticles) })
	}
}

func testShape(t *testing.T, goldDir string, minArticles int) {
	idx := readIndex(t, goldDir)
	arts := loadArticles(t, goldDir)
	for id := range idx {
		if _, ok := arts[id]; !ok {
			t.Errorf("articles.tsv lists %s, which has no %s.json", id, id)
		}
	}
	interactions := 0
	perType := make(map[string]int)
	for id, a := range arts {
		e, ok := idx[id]
		if !ok {
			t.Errorf("%s.json is not listed in articles.tsv", id)
		} else if e.path != a.Source {
			t.Errorf("%s: source %q, but articles.tsv says %q", id, a.Source, e.path)
		}
		if strings.Contains(a.Source, "/test/") || strings.Contains(strings.ToLower(a.Source), "platinum") {
			t.Errorf("%s: %s is from a held-out test split", id, a.Source)
		}
		for i, r := range a.Relations {
			perType[r.Type]++
			if !types[r.Type] {
				t.Errorf("%s relation %d: type %q not in the schema", id, i, r.Type)
			}
			if !modalities[r.Modality] {
				t.Errorf("%s relation %d: modality %q not in the schema", id, i, r.Modality)
			}
			if r.Negated == nil {
				t.Errorf("%s relation %d: negated missing", id, i)
			}
			for _, s := range []struct {
				what string
				sp   *span
			}{{"subject", r.Subject}, {"object", r.Object}, {"trigger", r.Trigger}} {
				switch {
				case s.sp == nil:
					t.Errorf("%s relation %d: no %s", id, i, s.what)
				case s.sp.Start < 0 || s.sp.End <= s.sp.Start:
					t.Errorf("%s relation %d: %s span [%d, %d) is empty or negative", id, i, s.what, s.sp.Start, s.sp.End)
				case s.what != "trigger" && (s.sp.Name == nil || strings.TrimSpace(*s.sp.Name) == ""):
					t.Errorf("%s relation %d: %s has no name", id, i, s.what)
				}
			}
			switch r.Type {
			case "role", "member_of", "nationality", "based_in", "lives_in", "located_in":
			default:
				interactions++
			}
		}
	}
	if len(arts) < minArticles {
		t.Errorf("%d annotated articles, want at least %d", len(arts), minArticles)
	}
	t.Logf("%d articles, %d interaction relations; per type: %v", len(arts), interactions, perType)
}

// TestSpans checks every span against the source texts in ../shared/data:
// the file is the one annotated (same sha256) and each span's text is the
// text at its code-point offsets.
func TestSpans(t *testing.T) {
	if _, err := os.Stat(dataDir); err != nil {
		t.Skip("../shared/data not found; skipping the check of the gold spans against their sources")
	}
	for _, set := range goldSets {
		t.Run(filepath.Base(set.dir), func(t *testing.T) { testSpans(t, set.dir) })
	}
}

func testSpans(t *testing.T, goldDir string) {
	idx := readIndex(t, goldDir)
	for id, a := range loadArticles(t, goldDir) {
		e, ok := idx[id]
		if !ok {
			continue // reported by TestShape
		}
		b, err := os.ReadFile(filepath.Join(dataDir, filepath.FromSlash(e.path)))
		if err != nil {
			t.Errorf("%s: %v", id, err)
			continue
		}
		sum := sha256.Sum256(b)
		if got := hex.EncodeToString(sum[:]); got != e.sum {
			t.Errorf("%s: sha256 of %s is %s, articles.tsv says %s", id, e.path, got, e.sum)
			continue
		}
		text := []rune(string(b))
		for i, r := range a.Relations {
			for what, sp := range map[string]*span{"subject": r.Subject, "object": r.Object, "trigger": r.Trigger} {
				if sp == nil || sp.Start < 0 || sp.End <= sp.Start {
					continue // reported by TestShape
				}
				if sp.End > len(text) {
					t.Errorf("%s relation %d: %s span [%d, %d) beyond the text's %d code points", id, i, what, sp.Start, sp.End, len(text))
					continue
				}
				if got := string(text[sp.Start:sp.End]); got != sp.Text {
					t.Errorf("%s relation %d: %s [%d, %d) is %q in the source, the gold says %q", id, i, what, sp.Start, sp.End, got, sp.Text)
				}
			}
		}
	}
}

// TestSetsDisjoint checks that no article is in two gold sets: no id and no
// source file twice, so that a set scored unseen shares nothing with the
// sets rules were written from.
func TestSetsDisjoint(t *testing.T) {
	ids := make(map[string]string)   // id → set
	paths := make(map[string]string) // source path → set
	for _, set := range goldSets {
		if set.second {
			continue
		}
		name := filepath.Base(set.dir)
		for id, e := range readIndex(t, set.dir) {
			if other, dup := ids[id]; dup {
				t.Errorf("id %s is in both %s and %s", id, other, name)
			}
			ids[id] = name
			if other, dup := paths[e.path]; dup {
				t.Errorf("%s is in both %s and %s", e.path, other, name)
			}
			paths[e.path] = name
		}
	}
}

// maxShared is the largest share of an article's word 5-grams that another
// set's article may hold: the BBC corpus has retellings of one story under
// two numbers (politics 299 is D's 081 with another headline), which the
// path check of TestSetsDisjoint cannot see.
const maxShared = 0.5

// TestSetsNoNearDuplicates checks that no article of one gold set is a
// near copy of an article of another set: at most maxShared of the smaller
// article's word 5-grams are in the other.
func TestSetsNoNearDuplicates(t *testing.T) {
	if _, err := os.Stat(dataDir); err != nil {
		t.Skip("../shared/data not found; skipping the near-duplicate check")
	}
	type doc struct {
		set, path string
		grams     map[string]bool
	}
	var docs []doc
	for _, set := range goldSets {
		if set.second {
			continue
		}
		for _, e := range readIndex(t, set.dir) {
			b, err := os.ReadFile(filepath.Join(dataDir, filepath.FromSlash(e.path)))
			if err != nil {
				t.Errorf("%s: %v", e.path, err)
				continue
			}
			docs = append(docs, doc{filepath.Base(set.dir), e.path, wordGrams(string(b), 5)})
		}
	}
	for i, a := range docs {
		for _, b := range docs[i+1:] {
			if a.set == b.set {
				continue
			}
			if share := shared(a.grams, b.grams); share > maxShared {
				t.Errorf("%s (%s) and %s (%s) share %.0f%% of their word 5-grams", a.path, a.set, b.path, b.set, 100*share)
			}
		}
	}
}

// wordGrams returns the set of n-grams of the lower-cased words (runs of
// letters and digits) of text.
func wordGrams(text string, n int) map[string]bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	grams := make(map[string]bool)
	for i := 0; i+n <= len(words); i++ {
		grams[strings.Join(words[i:i+n], " ")] = true
	}
	return grams
}

// shared is the share of the smaller set's members that are in the other.
func shared(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	n := 0
	for g := range a {
		if b[g] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// TestShared checks the near-duplicate measure on sentences of our own.
func TestShared(t *testing.T) {
	cases := []struct {
		a, b string
		want float64
	}{
		{"The minister met the mayor in the town hall today.", "The minister met the mayor in the town hall today.", 1},
		{"Tory backing for the plan: the minister met the mayor.", "Conservative backing for the plan: the minister met the mayor.", 5.0 / 6},
		{"The minister met the mayor in the town hall.", "A union called on the council to drop its plan.", 0},
		{"Too short.", "Too short.", 0},
	}
	for _, c := range cases {
		if got := shared(wordGrams(c.a, 5), wordGrams(c.b, 5)); got < c.want-0.01 || got > c.want+0.01 {
			t.Errorf("shared(%q, %q) = %.2f, want %.2f", c.a, c.b, got, c.want)
		}
	}
}
