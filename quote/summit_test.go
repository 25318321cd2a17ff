package quote_test

import (
	"context"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/coref"
	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/quote"
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

// TestSummitArticleQuotes runs the standard pipeline on the example
// article.
func TestSummitArticleQuotes(t *testing.T) {
	groups := readExpected(t)
	data, err := os.ReadFile(summitText)
	if err != nil {
		t.Skip("../shared/examples/summit-article.txt not found; skipping the example article")
	}
	doc, err := analyze.New(analyze.Options{}).Analyze(context.Background(), analyze.Input{Data: data, Name: "summit"})
	if err != nil {
		t.Fatal(err)
	}
	checkGroups(t, doc, groups)
}

// TestSummitArticleQuotesWithMentions gives coreference the mentions a
// tagger would find (built by string search), as the standard pipeline
// does once the entity tagger runs before it.
func TestSummitArticleQuotesWithMentions(t *testing.T) {
	groups := readExpected(t)
	data, err := os.ReadFile(summitText)
	if err != nil {
		t.Skip("../shared/examples/summit-article.txt not found; skipping the example article")
	}
	a := analyze.New(analyze.Options{})
	text, _, err := a.Text(analyze.Input{Data: data})
	if err != nil {
		t.Fatal(err)
	}
	doc := document.New(text)
	ctx := context.Background()
	for _, step := range a.Pipeline().Steps {
		if step.Name == "coref" {
			break
		}
		if err := step.Stage.Process(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
	doc.Mentions = tagByName(text, map[string]string{
		"Trump": "PER", "Kim Jong Un": "PER", "Kim Yong Chol": "PER", "Kim": "PER", "Mike Pompeo": "PER",
		"Pompeo": "PER", "Jonathan Pollack": "PER", "Pollack": "PER", "Sergei Lavrov": "PER", "Lavrov": "PER",
		"Jo Myong-rok": "PER", "Clinton": "PER", "Xi Jinping": "PER", "Shinzo Abe": "PER", "Moon Jae-in": "PER",
		"North Korea": "LOC", "U.S.": "LOC", "United States": "LOC", "United Nations": "ORG", "White House": "LOC",
		"U.N. Security Council": "ORG", "CIA": "ORG", "Brookings Institution": "ORG", "North Korean": "MISC",
		"Russian": "MISC", "Interfax": "ORG", "Pyongyang": "LOC", "New York": "LOC", "Washington": "LOC",
	})
	if err := coref.Process(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if err := quote.Process(ctx, doc, func(d *document.Document) quote.Resolver { return coref.NewResolver(d) }); err != nil {
		t.Fatal(err)
	}
	checkGroups(t, doc, groups)
}

// tagByName returns a mention for every whole-word occurrence of the
// names, longest first, without overlaps.
func tagByName(text string, names map[string]string) []document.Mention {
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return len(b) - len(a) })
	taken := make([]bool, len(text))
	var out []document.Mention
	word := func(c byte) bool { return c == '-' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }
	for _, k := range keys {
		for off := 0; ; {
			i := strings.Index(text[off:], k)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(k)
			off = e
			if (s > 0 && word(text[s-1])) || (e < len(text) && word(text[e])) || slices.Contains(taken[s:e], true) {
				continue
			}
			for j := s; j < e; j++ {
				taken[j] = true
			}
			out = append(out, document.Mention{Span: document.Span{Start: s, End: e}, Text: k, Type: names[k]})
		}
	}
	slices.SortFunc(out, func(a, b document.Mention) int { return a.Start - b.Start })
	return out
}

func checkGroups(t *testing.T, doc *document.Document, groups []expectedGroup) {
	t.Helper()
	if len(groups) != 14 {
		t.Fatalf("parsed %d quote groups from the expected file, want 14", len(groups))
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
