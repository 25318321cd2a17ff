package region

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/tokenize"
)

type ending struct {
	name      string
	published string
	text      string
	want      []string // "update TIME | NOTE", "credit NAMES", "body TEXT"
}

func readEndings(t *testing.T) []ending {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "endings.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out []ending
	for _, block := range strings.Split(string(b), "\n=== ")[1:] {
		name, rest, _ := strings.Cut(block, "\n")
		text, want, ok := strings.Cut(rest, "--- want\n")
		if !ok {
			t.Fatalf("case %s: no --- want", name)
		}
		e := ending{name: name}
		if p, r, ok := strings.Cut(text, "\n"); ok && strings.HasPrefix(p, "published: ") {
			e.published = strings.TrimPrefix(p, "published: ")
			text = r
		}
		e.text = text
		for _, l := range strings.Split(strings.TrimRight(want, "\n"), "\n") {
			if l != "" {
				e.want = append(e.want, l)
			}
		}
		out = append(out, e)
	}
	return out
}

func analyse(t *testing.T, text, published string) *document.Document {
	t.Helper()
	d := document.New(text)
	if published != "" {
		pt, err := document.ParseTime(published)
		if err != nil {
			t.Fatal(err)
		}
		d.Meta.Published = pt
	}
	if err := tokenize.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestEndings runs the region finder over the collected article endings in
// testdata/endings.txt and reports how many notes, times and credits it
// gets right; every case must pass.
func TestEndings(t *testing.T) {
	cases := readEndings(t)
	if len(cases) < 40 {
		t.Errorf("only %d endings; the set must have at least 40", len(cases))
	}
	var notes, notesOK, times, timesOK, credits, creditsOK, bodies, bodiesOK int
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := analyse(t, c.text, c.published)
			// What the finder produced, in document order.
			type item struct {
				start int
				s     string
			}
			var got []item
			for _, u := range d.Updates {
				tm := u.Time
				if tm == "" {
					tm = "-"
				}
				got = append(got, item{u.Start, u.Kind + " " + tm + " | " + u.Note})
			}
			for _, cr := range d.Meta.Credits {
				names := strings.Join(cr.Names, "; ")
				if names == "" {
					names = "-"
				}
				got = append(got, item{cr.Start, "credit " + names})
			}
			for i := 1; i < len(got); i++ {
				for j := i; j > 0 && got[j].start < got[j-1].start; j-- {
					got[j], got[j-1] = got[j-1], got[j]
				}
			}
			k := 0
			for _, w := range c.want {
				if body, ok := strings.CutPrefix(w, "body "); ok {
					bodies++
					i := strings.Index(d.Text, body)
					if i >= 0 && d.InBody(document.Span{Start: i, End: i + len(body)}) {
						bodiesOK++
					} else {
						t.Errorf("%q is not in the body; regions %v", body, d.Regions)
					}
					continue
				}
				if k >= len(got) {
					t.Errorf("missing %q", w)
					notes++
					continue
				}
				g := got[k].s
				k++
				if kind, ok := strings.CutPrefix(w, "credit "); ok {
					credits++
					if g == "credit "+kind {
						creditsOK++
					} else {
						t.Errorf("got %q, want %q", g, w)
					}
					continue
				}
				notes++
				wk, wrest, _ := strings.Cut(w, " ")
				wt, wnote, _ := strings.Cut(wrest, " | ")
				gk, grest, _ := strings.Cut(g, " ")
				gt, gnote, _ := strings.Cut(grest, " | ")
				if wk == gk && strings.HasPrefix(gnote, wnote) {
					notesOK++
				} else {
					t.Errorf("got %q, want %q", g, w)
				}
				times++
				if wt == gt {
					timesOK++
				} else {
					t.Errorf("time %q, want %q (note %q)", gt, wt, gnote)
				}
			}
			for ; k < len(got); k++ {
				t.Errorf("unexpected %q", got[k].s)
			}
		})
	}
	t.Logf("%d endings: notes %d/%d, times %d/%d, credits %d/%d, body kept %d/%d",
		len(cases), notesOK, notes, timesOK, times, creditsOK, credits, bodiesOK, bodies)
}

func TestSummitArticleUpdates(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "examples", "summit-article.txt"))
	if err != nil {
		t.Skip("../shared/examples/summit-article.txt not found; skipping")
	}
	d := analyse(t, string(b), "2018-05-31T05:55:00-07:00")
	want := []string{
		"2018-05-31T16:05:00-07:00", "2018-05-31T12:00:00-07:00", "2018-05-31T10:15:00-07:00",
		"2018-05-31T08:20:00-07:00", "2018-05-31T07:55:00-07:00", "2018-05-31T05:55:00-07:00",
	}
	if len(d.Updates) != len(want) {
		t.Fatalf("%d updates, want %d: %+v", len(d.Updates), len(want), d.Updates)
	}
	for i, u := range d.Updates {
		if u.Time != want[i] {
			t.Errorf("update %d time %s, want %s", i, u.Time, want[i])
		}
	}
	if len(d.Meta.Credits) != 1 || strings.Join(d.Meta.Credits[0].Names, ",") != "Sabra Ayres" {
		t.Errorf("credits %+v", d.Meta.Credits)
	}
	if d.Meta.Title != "Senior North Korea official heads to White House as summit pace picks up" {
		t.Errorf("title %q", d.Meta.Title)
	}
	body := d.Body()
	if len(body) != 1 || !strings.HasSuffix(d.Slice(body[0]), "the Russian news agency reported.") {
		t.Errorf("body ends %q", d.Slice(body[0]))
	}
}

func TestFrontMatter(t *testing.T) {
	text := "Pompeo meets envoy\n\nBy Tracy Wilkinson and Noah Bierman\n\nThursday, May 31, 2018\n\nWASHINGTON — The talks went on.\n\nMore text here."
	d := analyse(t, text, "")
	var kinds []string
	for _, r := range d.Regions {
		kinds = append(kinds, string(r.Kind)+":"+d.Slice(r.Span))
	}
	want := []string{"headline:Pompeo meets envoy", "byline:By Tracy Wilkinson and Noah Bierman",
		"dateline:Thursday, May 31, 2018", "dateline:WASHINGTON — ", "body:The talks went on.\n\nMore text here."}
	if strings.Join(kinds, "|") != strings.Join(want, "|") {
		t.Errorf("regions\n got %q\nwant %q", kinds, want)
	}
	if strings.Join(d.Meta.Authors, ",") != "Tracy Wilkinson,Noah Bierman" {
		t.Errorf("authors %q", d.Meta.Authors)
	}
	if d.Meta.Published.String() != "2018-05-31" {
		t.Errorf("published %q", d.Meta.Published.String())
	}
}

func TestDatelines(t *testing.T) {
	for _, tc := range []struct{ text, dateline string }{
		{"PYONGYANG, North Korea (AP) — Kim met the envoy.", "PYONGYANG, North Korea (AP) — "},
		{"NEW YORK (Reuters) - Stocks rose on Monday.", "NEW YORK (Reuters) - "},
		{"Evansville, Indiana, United States - This past week marked the opening.", "Evansville, Indiana, United States - "},
		{"Kim Jong Un — the leader — spoke on Monday.", ""},
		{"Thursday, May 7, 2015 On Tuesday, the government announced a vote.", "Thursday, May 7, 2015 "},
		{"May 7, 2015 — The government announced a vote.", "May 7, 2015 — "},
		{"May 7, 2015 was a quiet day.", ""},
		{"U.S. stocks rose on Monday.", ""},
	} {
		d := analyse(t, tc.text, "")
		got := ""
		for _, r := range d.Regions {
			if r.Kind == document.RegionDateline {
				got = d.Slice(r.Span)
			}
		}
		if got != tc.dateline {
			t.Errorf("%q: dateline %q, want %q", tc.text, got, tc.dateline)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"Head\n\nBody.\n\n4:05 p.m.: The article was updated.", "Updated June 31, 2018", "By X\n\nCorrection (Feb 30): x", "25:99 p.m.: updated", "\n\n\n"} {
		f.Add(s, "2018-05-31T05:55:00-07:00")
	}
	f.Fuzz(func(t *testing.T, text, pub string) {
		d := document.New(text)
		d.Meta.Published, _ = document.ParseTime(pub)
		_ = tokenize.Process(context.Background(), d)
		Find(d)
		for _, r := range d.Regions {
			if r.Start < 0 || r.End > len(text) || r.Start > r.End {
				t.Fatalf("bad region %+v", r)
			}
		}
		for _, u := range d.Updates {
			if u.Start < 0 || u.End > len(text) {
				t.Fatalf("bad update %+v", u)
			}
		}
	})
}
