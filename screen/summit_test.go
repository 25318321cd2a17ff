package screen

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/region"
	"github.com/newsgraph/newsgraph/tokenize"
)

// summitDoc is the example article with the PER and ORG mentions an
// entity tagger finds in it (every occurrence of the names a careful
// reader lists in summit-article.expected.md).
func summitDoc(t *testing.T) *document.Document {
	t.Helper()
	path := filepath.Join("..", "..", "shared", "examples", "summit-article.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skip("../shared/examples/summit-article.txt not found; skipping")
	}
	doc := document.New(string(b))
	ctx := context.Background()
	if err := tokenize.Process(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if err := region.Process(ctx, doc); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{
		"Kim Yong Chol": document.PER, "Kim Jong Un": document.PER, "Trump": document.PER, "Mike Pompeo": document.PER,
		"Pompeo": document.PER, "Jonathan Pollack": document.PER, "Pollack": document.PER, "Sergei Lavrov": document.PER,
		"Lavrov": document.PER, "Jo Myong-rok": document.PER, "Clinton": document.PER, "Xi Jinping": document.PER,
		"Shinzo Abe": document.PER, "Moon Jae-in": document.PER, "Sabra Ayres": document.PER, "Kim": document.PER, "Obama": document.PER,
		"White House": document.ORG, "State Department": document.ORG, "Reconnaissance General Bureau": document.ORG,
		"Sony Pictures": document.ORG, "European Union": document.ORG, "U.N. Security Council": document.ORG,
		"United Nations": document.ORG, "Brookings Institution": document.ORG, "Pentagon": document.ORG, "CIA": document.ORG,
		"Interfax": document.ORG,
	}
	taken := make([]bool, len(doc.Text))
	// Longest names first, so "Kim Yong Chol" is not also "Kim".
	for _, long := range []bool{true, false} {
		for name, typ := range names {
			if (len(strings.Fields(name)) > 1) != long {
				continue
			}
			for off := 0; ; {
				i := strings.Index(doc.Text[off:], name)
				if i < 0 {
					break
				}
				s := document.Span{Start: off + i, End: off + i + len(name)}
				off = s.End
				if taken[s.Start] || taken[s.End-1] {
					continue
				}
				for k := s.Start; k < s.End; k++ {
					taken[k] = true
				}
				doc.Mentions = append(doc.Mentions, document.Mention{Span: s, Text: name, Type: typ})
			}
		}
	}
	return doc
}

func TestSummitArticle(t *testing.T) {
	doc := summitDoc(t)
	ix := fullIndex(t)
	pub, _ := document.ParseTime("2018-05-31T05:55:00-07:00")
	for _, dated := range []bool{true, false} {
		doc.Meta.Published = document.Time{}
		if dated {
			doc.Meta.Published = pub
		}
		s := &Screener{Index: ix, Now: func() time.Time { return time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC) }}
		if err := s.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		byName := map[string][]document.Hit{}
		for _, h := range doc.Screening {
			byName[h.Mention] = append(byName[h.Mention], h)
			t.Logf("dated=%v %s → %s %s %.3f %s", dated, h.Mention, h.List, h.ListID, h.Score, h.Explanation)
		}
		kim := byName["Kim Yong Chol"]
		if len(kim) < 2 {
			t.Fatalf("Kim Yong Chol: %d hits, want 12211 and 17614", len(kim))
		}
		if kim[0].List != ListOFACSDN || kim[0].ListID != "12211" {
			t.Errorf("Kim Yong Chol's best hit is %s %s, want OFAC 12211 (born c. 1947, the 72-year-old spy chief)", kim[0].List, kim[0].ListID)
		}
		rank := map[string]int{}
		for i, h := range kim {
			rank[h.List+" "+h.ListID] = i
		}
		if r, ok := rank[ListOFACSDN+" 17614"]; !ok || r == 0 || kim[r].Score >= kim[0].Score {
			t.Errorf("17614 (born 1962, KOMID) must rank below 12211: %+v", kim)
		} else if !strings.Contains(kim[r].Explanation, "1962") || !strings.Contains(kim[0].Explanation, "1947") {
			t.Errorf("the explanations must say why: %q / %q", kim[0].Explanation, kim[r].Explanation)
		}
		// Truly listed: Kim Jong Un (SDN 20157) and the Reconnaissance
		// General Bureau (SDN 12210, UN KPe.031) are on the lists too.
		allowed := map[string]bool{"Kim Yong Chol": true, "Kim Jong Un": true, "Reconnaissance General Bureau": true}
		for name, hs := range byName {
			if !allowed[name] {
				t.Errorf("%s: unexpected hit %s %s %q (%.2f): %s", name, hs[0].List, hs[0].ListID, hs[0].Name, hs[0].Score, hs[0].Explanation)
			}
		}
		if len(doc.Provenance.Lists) != 2 {
			t.Errorf("provenance lists: %v", doc.Provenance.Lists)
		}
	}
}
