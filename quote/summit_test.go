package quote_test

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
)

const (
	summitText     = "../../shared/examples/summit-article.txt"
	summitExpected = "../../shared/examples/summit-article.expected.md"
)

// normalize folds curly apostrophes and quotation marks and white space
// so that the expected file's straight quotes match the article's.
func normalize(s string) string {
	r := strings.NewReplacer("’", "'", "‘", "'", "“", "", "”", "", "\"", "")
	return strings.Join(strings.Fields(r.Replace(s)), " ")
}

type expectedGroup struct {
	line      string
	speaker   string
	fragments []string
}

var (
	parenRe  = regexp.MustCompile(`\([^)]*\)`)
	quotedRe = regexp.MustCompile(`"([^"]+)"`)
	itemRe   = regexp.MustCompile(`^\d+\. ([^:]+): (.*)$`)
)

// readExpected parses the "Who said what" list of the expected file:
// "N. Speaker: "quoted" … "quoted" (comment)".
func readExpected(t *testing.T) []expectedGroup {
	data, err := os.ReadFile(summitExpected)
	if err != nil {
		t.Skip("../shared/examples/summit-article.expected.md not found; skipping the example article")
	}
	var out []expectedGroup
	in := false
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "## ") {
			in = strings.HasPrefix(line, "## Who said what")
			continue
		}
		m := itemRe.FindStringSubmatch(line)
		if !in || m == nil {
			continue
		}
		g := expectedGroup{line: line, speaker: m[1]}
		for _, q := range quotedRe.FindAllStringSubmatch(parenRe.ReplaceAllString(m[2], ""), -1) {
			// The expected file elides with "…": keep the longest piece.
			best := ""
			for _, piece := range strings.Split(q[1], "…") {
				if p := strings.TrimSpace(piece); len(p) > len(best) {
					best = p
				}
			}
			g.fragments = append(g.fragments, normalize(best))
		}
		out = append(out, g)
	}
	return out
}

// speakerMatches reports whether entity e is the expected speaker: its
// name or an alias, or the name's last words ("Pompeo" for "Mike
// Pompeo"; "the U.S." for the entity "United States", alias "U.S.").
func speakerMatches(e *document.Entity, want string) bool {
	if e == nil {
		return false
	}
	want = strings.TrimPrefix(want, "the ")
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if n == want || strings.HasSuffix(n, " "+want) {
			return true
		}
	}
	return false
}

func TestSummitArticleQuotes(t *testing.T) {
	groups := readExpected(t)
	data, err := os.ReadFile(summitText)
	if err != nil {
		t.Skip("../shared/examples/summit-article.txt not found; skipping the example article")
	}
	if len(groups) != 14 {
		t.Fatalf("parsed %d quote groups from the expected file, want 14", len(groups))
	}
	doc, err := analyze.New(analyze.Options{}).Analyze(context.Background(), analyze.Input{Data: data, Name: "summit"})
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, g := range groups {
		ok := true
		for _, frag := range g.fragments {
			// the narrowest quote holding the fragment (a quote nested in
			// reported speech is its own quote)
			var q *document.Quote
			for i := range doc.Quotes {
				c := &doc.Quotes[i]
				if strings.Contains(normalize(c.Text), frag) && c.Kind != document.QuoteIndirect && (q == nil || len(c.Text) < len(q.Text)) {
					q = c
				}
			}
			switch {
			case q == nil:
				t.Errorf("%s\n\tquote %q not found", g.line, frag)
				ok = false
			case !speakerMatches(doc.Entity(q.Speaker), g.speaker):
				name := "(none)"
				if e := doc.Entity(q.Speaker); e != nil {
					name = e.Name
				}
				t.Errorf("%s\n\tquote %q attributed to %s, want %s", g.line, frag, name, g.speaker)
				ok = false
			}
		}
		if ok {
			found++
		}
	}
	t.Logf("%d of %d quote groups found and attributed", found, len(groups))
}
