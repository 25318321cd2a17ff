package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/document"
)

// A MetaGold is the hand-marked metadata of one page of a development set
// (see docs/extract.md): the headline as the page shows it, the
// publication date as a calendar date ("" when the page shows none) and
// the people (or agency) in the byline.
type MetaGold struct {
	File      string   `json:"file"`
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Published *string  `json:"published"`
	Authors   []string `json:"authors"`
}

// ReadMetaGold reads gold records, one JSON object a line.
func ReadMetaGold(r io.Reader) ([]MetaGold, error) {
	var out []MetaGold
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var g MetaGold
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			return nil, fmt.Errorf("meta gold line %d: %w", n, err)
		}
		if g.File == "" {
			return nil, fmt.Errorf("meta gold line %d: no file", n)
		}
		out = append(out, g)
	}
	return out, sc.Err()
}

// MetaScore counts metadata agreement with gold.
type MetaScore struct {
	Pages int
	// Title, Date and Authors count pages where the value matches: the
	// title after normalising case, quotes, dashes and spaces; the
	// publication date as a calendar date in the zone the page gave
	// (counted over the pages with a gold date); the authors as a set.
	Title, Date, Authors int
	// DateGold counts pages with a gold date, DateFound those of them
	// where a date was found, DateWrong those where it was a different
	// date; DateExtra counts dates given where gold has none (the page
	// shows none, but its markup may hold one).
	DateGold, DateFound, DateWrong, DateExtra int
	// Author names found, in gold, and right, for precision and recall.
	NamesFound, NamesGold, NamesRight int
	// Misses lists the disagreements, one line each.
	Misses []string
}

// Add scores one page's metadata against its gold.
func (s *MetaScore) Add(g MetaGold, m document.Meta) {
	s.Pages++
	if normTitle(m.Title) == normTitle(g.Title) {
		s.Title++
	} else {
		s.Misses = append(s.Misses, fmt.Sprintf("%s\ttitle\t%q\twant %q", g.File, m.Title, g.Title))
	}
	got := ""
	if !m.Published.IsZero() {
		got = m.Published.Format("2006-01-02")
	}
	want := ""
	if g.Published != nil {
		want = *g.Published
	}
	switch {
	case want == "":
		if got != "" {
			s.DateExtra++
		}
	case got == want:
		s.DateGold++
		s.DateFound++
		s.Date++
	default:
		s.DateGold++
		if got != "" {
			s.DateFound++
			s.DateWrong++
		}
		s.Misses = append(s.Misses, fmt.Sprintf("%s\tdate\t%q\twant %q", g.File, got, want))
	}
	gs := map[string]bool{}
	for _, a := range g.Authors {
		gs[normName(a)] = true
	}
	right := 0
	seen := map[string]bool{}
	for _, a := range m.Authors {
		k := normName(a)
		if seen[k] {
			continue
		}
		seen[k] = true
		if gs[k] {
			right++
		}
	}
	s.NamesFound += len(seen)
	s.NamesGold += len(gs)
	s.NamesRight += right
	if right == len(gs) && len(seen) == len(gs) {
		s.Authors++
	} else {
		s.Misses = append(s.Misses, fmt.Sprintf("%s\tauthors\t%q\twant %q", g.File, m.Authors, g.Authors))
	}
}

// NamePrecision and NameRecall score author names one by one.
func (s MetaScore) NamePrecision() float64 { return frac(s.NamesRight, s.NamesFound) }

// NameRecall is the share of gold names found.
func (s MetaScore) NameRecall() float64 { return frac(s.NamesRight, s.NamesGold) }

func frac(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func normTitle(s string) string {
	r := strings.NewReplacer("’", "'", "‘", "'", "′", "'", "“", "\"", "”", "\"", "–", "-", "—", "-", "\u00a0", " ")
	return strings.ToLower(collapse(r.Replace(s)))
}

func normName(s string) string {
	return strings.ToLower(collapse(strings.Map(func(r rune) rune {
		if r == '.' || r == ',' {
			return ' '
		}
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)))
}

// EvalMeta extracts each gold page from pages (keyed by file name) and
// scores its metadata. A page that is missing or fails scores as empty
// metadata.
func EvalMeta(gold []MetaGold, pages map[string][]byte) MetaScore {
	var s MetaScore
	for _, g := range gold {
		var m document.Meta
		if data, ok := pages[g.File]; ok {
			if a, err := HTML(data, Options{URL: g.URL}); err == nil {
				m = a.Meta
			}
		}
		s.Add(g, m)
	}
	return s
}
