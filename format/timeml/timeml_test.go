package timeml_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/format/timeml"
)

func TestParseSample(t *testing.T) {
	data, err := os.ReadFile("testdata/sample.tml")
	if err != nil {
		t.Fatal(err)
	}
	d, err := timeml.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "SAMPLE001" || d.DCT != "2018-05-31T05:55:00" {
		t.Errorf("ID %q DCT %q", d.ID, d.DCT)
	}
	if p := d.Published(); p.Format("2006-01-02T15:04") != "2018-05-31T05:55" {
		t.Errorf("Published = %v", p)
	}
	wantText := "\nThe envoys met on Friday & talked for about 4½ hours.\nThey will meet again June 12 — or every week.\nA <CDATA> part: x < y & z and a lone < sign.\n"
	if d.Text != wantText {
		t.Errorf("text\n got %q\nwant %q", d.Text, wantText)
	}
	type row struct{ text, tid, typ, value, mod, quant string }
	var got []row
	for _, x := range d.Timexes {
		if d.Text[x.Start:x.End] != x.Text {
			t.Errorf("%s: span %v does not cover %q", x.TID, x.Span, x.Text)
		}
		got = append(got, row{x.Text, x.TID, x.Type, x.Value, x.Mod, x.Quant})
	}
	want := []row{
		{"Friday", "t1", "DATE", "2018-05-25", "", ""},
		{"about 4½ hours", "t2", "DURATION", "PT4H30M", "APPROX", ""},
		{"June", "t4", "DATE", "XXXX-06", "", ""},
		{"June 12", "t3", "DATE", "2018-06-12", "", ""},
		{"every week", "t5", "SET", "P1W", "", "EVERY"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d timexes %v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("timex %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct {
		in  string
		err string
	}{
		{"<TimeML>no text</TimeML>", "no <TEXT>"},
		{"<TEXT>a <TIMEX3 tid='t1'>b</TEXT>", "unclosed"},
		{"<TEXT>a </TIMEX3> b</TEXT>", "without <TIMEX3>"},
		{"<TEXT>a &#xD800; b</TEXT>", "invalid character reference"},
		{"<TEXT>a &#99999999; b</TEXT>", "invalid character reference"},
		{"<TEXT>\xff</TEXT>", "not UTF-8"},
	} {
		_, err := timeml.Parse([]byte(c.in))
		if err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("%q: error %v, want one with %q", c.in, err, c.err)
		}
	}
	if _, err := timeml.Parse([]byte("<x/>")); !errors.Is(err, timeml.ErrNoText) {
		t.Errorf("want ErrNoText, got %v", err)
	}
}

// TestAgainstScorer checks the reader against timex_eval.py extract on the
// dev data: the same text and the same gold spans, document by document.
func TestAgainstScorer(t *testing.T) {
	const data, script = "../../../shared/data/timex", "../../../shared/eval/timex_eval.py"
	if _, err := os.Stat(data); err != nil {
		t.Skip("../shared/data/timex not found; skipping the comparison with timex_eval.py")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found; skipping the comparison with timex_eval.py")
	}
	if testing.Short() {
		t.Skip("-short: skipping the comparison with timex_eval.py")
	}
	for _, corpus := range []string{"TimeBank", "AQUAINT"} {
		out := t.TempDir()
		cmd := exec.Command("python3", script, "extract", filepath.Join(data, corpus), out)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		files, _ := filepath.Glob(filepath.Join(data, corpus, "*.tml"))
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := timeml.Parse(raw)
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			base := strings.TrimSuffix(filepath.Base(f), ".tml")
			pyText, err := os.ReadFile(filepath.Join(out, base+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(pyText, []byte(d.Text)) {
				t.Errorf("%s: text differs from timex_eval.py's", base)
				continue
			}
			var meta struct {
				DCT  string `json:"dct"`
				Gold []struct {
					Start, End        int
					Text, Type, Value string
				} `json:"gold"`
			}
			js, _ := os.ReadFile(filepath.Join(out, base+".json"))
			if err := json.Unmarshal(js, &meta); err != nil {
				t.Fatal(err)
			}
			if meta.DCT != d.DCT || len(meta.Gold) != len(d.Timexes) {
				t.Errorf("%s: DCT %q/%q, %d/%d timexes", base, d.DCT, meta.DCT, len(d.Timexes), len(meta.Gold))
				continue
			}
			ix := document.NewIndex(d.Text)
			for i, g := range meta.Gold {
				x := d.Timexes[i]
				if ix.Runes(x.Start) != g.Start || ix.Runes(x.End) != g.End || x.Value != g.Value || x.Type != g.Type {
					t.Errorf("%s: timex %d: %q [%d,%d) %s %s, scorer %q [%d,%d) %s %s", base, i, x.Text, ix.Runes(x.Start), ix.Runes(x.End), x.Type, x.Value, g.Text, g.Start, g.End, g.Type, g.Value)
				}
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("testdata/sample.tml"); err == nil {
		f.Add(data)
	}
	for _, s := range []string{"<TEXT>a<TIMEX3 value='1'>b</TIMEX3>c</TEXT>", "<TEXT><![CDATA[<]]><!--x-->&amp;&#65;&#x41;&bogus;</TEXT>", "<DCT><TIMEX3 value=\"x\"/></DCT><TEXT></TEXT>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := timeml.Parse(data)
		if err != nil {
			return
		}
		for _, x := range d.Timexes {
			if x.Start < 0 || x.End < x.Start || x.End > len(d.Text) || d.Text[x.Start:x.End] != x.Text {
				t.Fatalf("bad span %v for %q in %q", x.Span, x.Text, d.Text)
			}
		}
		_ = d.Published()
	})
}
