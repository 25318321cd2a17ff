package polnear

import (
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

const devDir = "../../../shared/data/quotes/polnear/dev"

func loadDev(t *testing.T) []*Article {
	t.Helper()
	if _, err := os.Stat(devDir); err != nil {
		t.Skip("../shared/data/quotes/polnear/dev not found; skipping PolNeAR scorer checks")
	}
	arts, err := Load(devDir)
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

// goldDoc returns the gold annotation of a as a Document.
func goldDoc(a *Article) *document.Document {
	doc := document.New(a.Text)
	ix := document.NewIndex(a.Text)
	b := func(s Seg) document.Span { return document.Span{Start: ix.Bytes(s.Start), End: ix.Bytes(s.End)} }
	for i, u := range a.Gold {
		q := document.Quote{Span: document.Span{Start: b(u.Content[0]).Start, End: b(u.Content[len(u.Content)-1]).End}, Kind: u.Kind}
		if q.Kind == document.QuotePartial {
			q.Kind = document.QuoteIndirect
		}
		if len(u.Content) > 1 {
			for _, s := range u.Content {
				q.Parts = append(q.Parts, b(s))
			}
		}
		if u.Cue != nil {
			c := document.Span{Start: b(u.Cue[0]).Start, End: b(u.Cue[len(u.Cue)-1]).End}
			q.Cue = &c
		}
		if u.Source != nil {
			s := document.Span{Start: b(u.Source[0]).Start, End: b(u.Source[len(u.Source)-1]).End}
			q.Source = &s
			q.Speaker = "E" + string(rune('0'+i%10))
		}
		doc.Quotes = append(doc.Quotes, q)
	}
	return doc
}

func TestGoldScoresPerfect(t *testing.T) {
	arts := loadDev(t)
	var gold, empty Score
	for _, a := range arts {
		preds, err := a.Predictions(goldDoc(a))
		if err != nil {
			t.Fatal(err)
		}
		gold.Add(a, preds)
		empty.Add(a, nil)
	}
	for name, v := range map[string]float64{
		"direct F1": gold.Direct.F1(), "direct N F1": gold.Direct.F1N(), "all F1": gold.All.F1(),
		"direct source": gold.Direct.SourceAcc(), "all source": gold.All.SourceAcc(),
	} {
		if v != 100 {
			t.Errorf("gold as predictions: %s = %.2f, want 100", name, v)
		}
	}
	if gold.Kinds["direct"] != 428 || gold.Kinds["partial"] != 293 || gold.Kinds["indirect"] != 1471 {
		t.Errorf("gold kinds = %v, want the reference scorer's 428/293/1471", gold.Kinds)
	}
	if empty.Direct.F1() != 0 || empty.All.F1() != 0 {
		t.Errorf("empty predictions score %.2f/%.2f", empty.Direct.F1(), empty.All.F1())
	}
}

func TestHeadWord(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Rep. Charles B. Rangel of New York", "Rangel"},
		{"Secretary of State Hillary Clinton", "Clinton"},
		{"Sterling Pratt, wine director at Schaefer's", "Pratt"},
		{"he", ""},
		{"a spokesman", ""},
		{"Mrs. Clinton's", "Clinton"},
		{"Sen. Mike Lee (R-Utah)", "Lee"},
		{"the officials who spoke", ""},
		{"The Tax Policy Center at the Urban Institute", "Institute"},
	} {
		if got := HeadWord(c.in); got != c.want {
			t.Errorf("HeadWord(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestQuotedRegions(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`He said "yes" and ''no'' then “maybe”.`, "yes|no|maybe"},
		{"\"open\nnext", "open"},
		{`"he calls it "hell" here"`, `he calls it "hell" here`},
	} {
		rs := []rune(c.in)
		var got []string
		for _, r := range quotedRegions(rs) {
			got = append(got, string(rs[r.Start:r.End]))
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("quotedRegions(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
