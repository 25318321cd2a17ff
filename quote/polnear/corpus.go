// Package polnear reads the PolNeAR attribution corpus (Newell, Margolin and
// Ruths, LREC 2018) and scores quote predictions against it with the
// definitions of the project's reference scorer (../shared/eval/quote_eval.py
// score): the direct/partial/indirect classification of gold contents,
// one-to-one matching at 50% overlap of trimmed characters, merging of
// predicted quotations that share a cue, and strict and lenient source
// accuracy. The figures it prints are the scorer's, line for line.
//
// The corpus layout is DIR/text/NAME.txt beside DIR/attributions/NAME.ann
// (or NAME_ANNOTATOR.ann when several annotators annotated the article; the
// first in sort order is used). All offsets in this package are Unicode
// code points into the article text, as in the .ann files.
package polnear

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/format/brat"
)

// ErrNoArticles is returned by Load when a directory holds no annotated
// article.
var ErrNoArticles = errors.New("polnear: no annotated articles (want DIR/text/NAME.txt with DIR/attributions/NAME[_annotator].ann)")

// A Seg is a half-open range of code points.
type Seg struct{ Start, End int }

// An Article is one annotated text.
type Article struct {
	Name string
	// Annotator is the annotator whose file was read ("" for NAME.ann).
	Annotator string
	// Text is the article with line breaks normalised to "\n", as the
	// reference scorer reads it.
	Text string
	// Published is the publication date from the file name
	// (publisher_YYYY-MM-DD_slug), zero if it has none.
	Published document.Time
	Gold      []Unit

	runes []rune
}

// A Unit is one gold attribution.
type Unit struct {
	ID      string
	Content []Seg // sorted, merged
	Trimmed []Seg // Content without quotation marks and space at the edges
	Source  []Seg // nil when the attribution has no source
	Cue     []Seg // nil when it has no cue
	Kind    string
	// Head is the source's head word (see HeadWord), "" if none.
	Head       string
	SourceText string
}

var annName = regexp.MustCompile(`^(.*)_([0-9a-f]{4})$`)

// Load reads the articles of a corpus directory: dir/text and
// dir/attributions.
func Load(dir string) ([]*Article, error) {
	return LoadDirs(filepath.Join(dir, "text"), filepath.Join(dir, "attributions"))
}

// LoadDirs reads the articles in textDir that have an annotation in annDir,
// in name order.
func LoadDirs(textDir, annDir string) ([]*Article, error) {
	for _, d := range []string{textDir, annDir} {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			return nil, fmt.Errorf("polnear: %s is not a directory", d)
		}
	}
	anns, err := filepath.Glob(filepath.Join(annDir, "*.ann"))
	if err != nil {
		return nil, err
	}
	sort.Strings(anns)
	files := map[string]map[string]string{}
	for _, p := range anns {
		base := strings.TrimSuffix(filepath.Base(p), ".ann")
		name, ann := base, ""
		if m := annName.FindStringSubmatch(base); m != nil {
			name, ann = m[1], m[2]
		}
		if files[name] == nil {
			files[name] = map[string]string{}
		}
		files[name][ann] = p
	}
	texts, err := filepath.Glob(filepath.Join(textDir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(texts)
	var out []*Article
	for _, tp := range texts {
		name := strings.TrimSuffix(filepath.Base(tp), ".txt")
		choices := files[name]
		if choices == nil {
			continue
		}
		keys := make([]string, 0, len(choices))
		for k := range choices {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		data, err := os.ReadFile(tp)
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		a, err := readArticle(name, string(data), choices[keys[0]])
		if err != nil {
			return nil, err
		}
		a.Annotator = keys[0]
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, ErrNoArticles
	}
	return out, nil
}

func readArticle(name, text, annPath string) (*Article, error) {
	// Python's text mode: universal newlines.
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	f, err := os.Open(annPath)
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	defer f.Close()
	ann, err := brat.Read(f)
	if err != nil {
		return nil, fmt.Errorf("polnear: %s: %w", annPath, err)
	}
	a := &Article{Name: name, Text: text, runes: []rune(text), Published: dateFromName(name)}
	a.Gold = goldUnits(a.runes, ann)
	return a, nil
}

// dateFromName reads the date in "publisher_YYYY-MM-DD_slug".
func dateFromName(name string) document.Time {
	parts := strings.SplitN(name, "_", 3)
	if len(parts) < 2 {
		return document.Time{}
	}
	t, err := time.Parse("2006-01-02", parts[1])
	if err != nil {
		return document.Time{}
	}
	return document.Time{Time: t, DateOnly: true}
}

// goldUnits turns the events of an annotation into units. Every role of an
// event counts by its name without trailing digits ("Content2" is
// "Content"); events without content are skipped.
func goldUnits(text []rune, ann *brat.Annotation) []Unit {
	spans := map[string][]Seg{}
	for _, tb := range ann.TextBounds {
		var segs []Seg
		for _, f := range tb.Fragments {
			segs = append(segs, Seg{f.Start, f.End})
		}
		spans[tb.ID] = segs
	}
	mask := quotedMask(text)
	var units []Unit
	for _, ev := range ann.Events {
		roles := map[string][]Seg{}
		args := append([]brat.Arg{{Role: ev.Type, ID: ev.Trigger}}, ev.Args...)
		for _, arg := range args {
			segs, ok := spans[arg.ID]
			if !ok {
				continue
			}
			role := strings.TrimRight(arg.Role, "0123456789")
			roles[role] = append(roles[role], segs...)
		}
		content := normSegs(roles["Content"], len(text))
		if len(content) == 0 {
			continue
		}
		u := Unit{ID: ev.ID, Content: content, Trimmed: trimSegs(text, content)}
		u.Source = normSegs(roles["Source"], len(text))
		u.Cue = normSegs(roles["Cue"], len(text))
		u.Kind = quoteKind(text, mask, content)
		if u.Source != nil {
			var parts []string
			for _, s := range u.Source {
				parts = append(parts, string(text[s.Start:s.End]))
			}
			u.SourceText = strings.Join(parts, " ")
			u.Head = HeadWord(u.SourceText)
		}
		units = append(units, u)
	}
	return units
}

// normSegs sorts, clips to [0, n) (n < 0: no clipping) and merges segments,
// dropping empty ones. It returns nil for no segments.
func normSegs(segs []Seg, n int) []Seg {
	s := slices.Clone(segs)
	slices.SortFunc(s, func(a, b Seg) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	var out []Seg
	for _, g := range s {
		if n >= 0 {
			g.Start = max(0, min(g.Start, n))
			g.End = max(0, min(g.End, n))
		}
		if g.End <= g.Start {
			continue
		}
		if len(out) > 0 && g.Start <= out[len(out)-1].End {
			out[len(out)-1].End = max(out[len(out)-1].End, g.End)
			continue
		}
		out = append(out, g)
	}
	return out
}

func segLen(segs []Seg) int {
	n := 0
	for _, s := range segs {
		n += s.End - s.Start
	}
	return n
}

// segOverlap counts the code points two sorted segment lists share.
func segOverlap(a, b []Seg) int {
	tot, j := 0, 0
	for _, s := range a {
		for j < len(b) && b[j].End <= s.Start {
			j++
		}
		for k := j; k < len(b) && b[k].Start < s.End; k++ {
			tot += max(0, min(s.End, b[k].End)-max(s.Start, b[k].Start))
		}
	}
	return tot
}
