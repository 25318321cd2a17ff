package timeline_test

import (
	"context"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/timeline"
	"github.com/newsgraph/newsgraph/timex"
	"github.com/newsgraph/newsgraph/tokenize"
)

func TestBuild(t *testing.T) {
	text := "Kim met Trump on Friday. On May 24, Trump pulled out. Pompeo spoke for 4½ hours. In the last 72 hours Kim and Pompeo made progress. It is happening now."
	doc := document.New(text)
	doc.Meta.Published, _ = document.ParseTime("2018-05-31T05:55:00-07:00")
	_ = tokenize.Process(context.Background(), doc)
	_ = timex.Process(context.Background(), doc)
	at := func(s string, from int) document.Span {
		i := strings.Index(text[from:], s) + from
		return document.Span{Start: i, End: i + len(s)}
	}
	doc.Mentions = []document.Mention{
		{Span: at("Kim", 0), Entity: "E1"}, {Span: at("Trump", 0), Entity: "E2"},
		{Span: at("Trump", 30), Entity: "E2"}, {Span: at("Kim", 60), Entity: "E1"},
		{Span: at("Pompeo", 60), Entity: "E3"}, {Span: at("Pompeo", 100), Entity: "E3"},
	}
	got := timeline.Build(doc)
	type row struct{ value, start, end, timex, sentence, entities string }
	var rows []row
	for _, e := range got {
		rows = append(rows, row{e.Value, e.Start, e.End, doc.Slice(e.Timex), doc.Slice(e.Sentence), strings.Join(e.Entities, ",")})
	}
	want := []row{
		{"2018-05-24", "2018-05-24T07:00:00Z", "2018-05-25T07:00:00Z", "May 24", "On May 24, Trump pulled out.", "E2"},
		{"2018-05-25", "2018-05-25T07:00:00Z", "2018-05-26T07:00:00Z", "Friday", "Kim met Trump on Friday.", "E1,E2"},
		{"PT72H", "2018-05-28T12:55:00Z", "2018-05-31T12:55:00Z", "the last 72 hours", "In the last 72 hours Kim and Pompeo made progress.", "E1,E3"},
	}
	if !slices.Equal(rows, want) {
		t.Errorf("timeline\n got %+v\nwant %+v", rows, want)
	}
}

func TestBuildUnderspecifiedLast(t *testing.T) {
	doc := document.New("They met on June 12. They met again on May 24, 2018.")
	_ = tokenize.Process(context.Background(), doc)
	_ = timex.Process(context.Background(), doc)
	got := timeline.Build(doc)
	if len(got) != 2 || got[0].Value != "2018-05-24" || got[0].Start != "2018-05-24T00:00:00Z" || got[1].Value != "XXXX-06-12" || got[1].Start != "" {
		t.Errorf("got %+v", got)
	}
}

// TestSummitArticle checks the example article against every row of the
// timeline table in ../shared/examples/summit-article.expected.md: with
// the publication time each expression has the value the table gives;
// without it, each value the publication time decides stays
// underspecified.
func TestSummitArticle(t *testing.T) {
	text, err1 := os.ReadFile("../../shared/examples/summit-article.txt")
	expected, err2 := os.ReadFile("../../shared/examples/summit-article.expected.md")
	if err1 != nil || err2 != nil {
		t.Skip("../shared/examples/summit-article.* not found; skipping")
	}
	rows := timelineRows(t, string(expected))
	if len(rows) < 10 {
		t.Fatalf("read %d rows of the timeline table", len(rows))
	}
	a := analyze.New(analyze.Options{})
	pub, _ := document.ParseTime("2018-05-31T05:55:00-07:00")
	with, err := a.Analyze(context.Background(), analyze.Input{Data: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	without, err := a.Analyze(context.Background(), analyze.Input{Data: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		for _, expr := range r.exprs {
			x := find(with.Timexes, expr)
			if x == nil {
				t.Errorf("%q: not found", expr)
				continue
			}
			if !r.accepts(*x) {
				t.Errorf("%q: got %s %s %s, want %s", expr, x.Type, x.Value, x.Mod, r.value)
			}
			y := find(without.Timexes, expr)
			switch {
			case y == nil:
				t.Errorf("%q: not found without a publication time", expr)
			case y.Value != x.Value && !strings.Contains(y.Value, "X"):
				t.Errorf("%q: %s without a publication time (%s with it): a guess", expr, y.Value, x.Value)
			}
		}
	}
	// the timeline shows the dated statements in time order
	var last string
	for _, e := range with.Timeline {
		if e.Start == "" {
			continue
		}
		if e.Start < last {
			t.Errorf("timeline out of order at %s", e.Value)
		}
		last = e.Start
	}
	if len(with.Timeline) < 12 {
		t.Errorf("timeline has %d entries", len(with.Timeline))
	}
}

// A row of the expected timeline table: the expressions of its text
// column and the values its value column allows.
type row struct {
	exprs []string
	value string
}

var (
	cellValue = regexp.MustCompile(`\b(P[0-9A-Z]+|[0-9]{4}(-[0-9]{2}){0,2}|[0-9]{3}X?)\b`)
	paren     = regexp.MustCompile(`\([^)]*\)`)
)

// accepts reports whether x has a value the row allows. "2018-05-30
// (night)" allows the night of that day, and a day any part of it; "199X" and "199" are the same
// decade; "durations" allows any duration; a value in parentheses is an
// alternative ("2018-05-25 (or the duration P1D, mod LESS_THAN)").
func (r row) accepts(x document.Timex) bool {
	if strings.TrimSpace(r.value) == "durations" {
		return x.Type == document.DURATION
	}
	for _, v := range cellValue.FindAllString(r.value, -1) {
		switch {
		case x.Value == v, x.Value == strings.TrimSuffix(v, "X"):
			return true
		case strings.Contains(r.value, "night") && x.Value == v+"TNI":
			return true
		case len(v) == 10 && strings.HasPrefix(x.Value, v+"T") && x.Type == document.TIME:
			return true // "Thursday morning" is a part of 2018-05-31
		}
	}
	return false
}

// timelineRows reads the table under "## Timeline".
func timelineRows(t *testing.T, md string) []row {
	_, sec, ok := strings.Cut(md, "## Timeline")
	if !ok {
		t.Fatal("no timeline table")
	}
	sec, _, _ = strings.Cut(sec, "\n## ")
	var rows []row
	for _, line := range strings.Split(sec, "\n") {
		cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
		if len(cells) != 2 || strings.HasPrefix(strings.TrimSpace(cells[0]), "---") || strings.TrimSpace(cells[0]) == "text" {
			continue
		}
		var exprs []string
		for _, p := range regexp.MustCompile(`[;/]`).Split(paren.ReplaceAllString(cells[0], ""), -1) {
			if p = strings.TrimSpace(p); p != "" {
				exprs = append(exprs, p)
			}
		}
		rows = append(rows, row{exprs: exprs, value: cells[1]})
	}
	return rows
}

// find returns the timex whose text is expr, or expr less a preposition
// ("on Friday" is tagged "Friday"), or nil.
func find(ts []document.Timex, expr string) *document.Timex {
	cands := []string{expr}
	for _, p := range []string{"on ", "in ", "since ", "at "} {
		if len(expr) > len(p) && strings.EqualFold(expr[:len(p)], p) {
			cands = append(cands, expr[len(p):])
		}
	}
	for i := range ts {
		for _, c := range cands {
			if strings.EqualFold(ts[i].Text, c) {
				return &ts[i]
			}
		}
	}
	return nil
}
