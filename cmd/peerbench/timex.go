package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	dps "github.com/markusmobius/go-dateparser"
	dpdate "github.com/markusmobius/go-dateparser/date"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/format/timeml"
	"github.com/newsgraph/newsgraph/timex"
	"github.com/newsgraph/newsgraph/timex/tempeval"
	"github.com/newsgraph/newsgraph/tokenize"
)

// benchTimex scores newsgraph's time tagger, go-dateparser's search and
// chrono-node on the same TimeML documents with the same TempEval-3
// scorer, and times each on the same text.
//
// chrono-node runs in Node.js (cmd/peerbench/chrono/chrono.mjs); it is
// installed there with npm on first use. Neither peer gives durations or
// sets, and neither gives TimeML values: their dates are written as TimeML
// values at the precision the peer says it is certain of (chrono) or
// reports (go-dateparser's Period), DATE or TIME by that precision.
func benchTimex(args []string) error {
	fs := flag.NewFlagSet("timex", flag.ContinueOnError)
	chronoDir := fs.String("chrono", filepath.Join("cmd", "peerbench", "chrono"), "folder of chrono.mjs and its node_modules")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var docs []*timeml.Document
	var names []string
	for _, a := range fs.Args() {
		files := []string{a}
		if st, err := os.Stat(a); err == nil && st.IsDir() {
			files, _ = filepath.Glob(filepath.Join(a, "*.tml"))
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			d, err := timeml.Parse(data)
			if err != nil {
				return fmt.Errorf("%s: %w", f, err)
			}
			docs = append(docs, d)
			names = append(names, strings.TrimSuffix(filepath.Base(f), ".tml"))
		}
	}
	if len(docs) == 0 {
		return errors.New("timex: no .tml files given")
	}
	bytes := 0
	for _, d := range docs {
		bytes += len(d.Text)
	}
	fmt.Printf("%d documents, %d bytes, %d gold expressions\n\n", len(docs), bytes, goldCount(docs))
	fmt.Printf("%-16s %7s %7s %7s %7s %7s %7s %8s %8s %9s\n", "system", "strictP", "strictR", "strictF", "relaxP", "relaxR", "relaxF", "typeF1", "valueF1", "MB/s")

	// newsgraph
	preds := make([][]tempeval.Annotation, len(docs))
	start := time.Now()
	for i, d := range docs {
		preds[i] = newsgraphTimexes(d)
	}
	report("newsgraph", docs, preds, bytes, time.Since(start))

	// go-dateparser
	start = time.Now()
	for i, d := range docs {
		preds[i] = dateparserTimexes(d)
	}
	report("go-dateparser", docs, preds, bytes, time.Since(start))

	// chrono-node
	chronoPreds, el, err := chronoTimexes(*chronoDir, docs, names)
	if err != nil {
		return fmt.Errorf("chrono-node: %w", err)
	}
	report("chrono-node", docs, chronoPreds, bytes, el)
	return nil
}

func goldCount(docs []*timeml.Document) int {
	n := 0
	for _, d := range docs {
		n += len(d.Timexes)
	}
	return n
}

func report(name string, docs []*timeml.Document, preds [][]tempeval.Annotation, bytes int, el time.Duration) {
	var c tempeval.Counts
	for i, d := range docs {
		c.Add(tempeval.Score(d.Text, goldAnnotations(d), preds[i]).Counts)
	}
	s, r, t, v := c.StrictPRF(), c.RelaxedPRF(), c.TypePRF(), c.ValuePRF()
	fmt.Printf("%-16s %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %8.2f %8.2f %9.2f\n", name, s.P, s.R, s.F1, r.P, r.R, r.F1, t.F1, v.F1, float64(bytes)/el.Seconds()/1e6)
}

func goldAnnotations(d *timeml.Document) []tempeval.Annotation {
	ix := document.NewIndex(d.Text)
	var out []tempeval.Annotation
	for _, g := range d.Timexes {
		out = append(out, tempeval.Annotation{Start: ix.Runes(g.Start), End: ix.Runes(g.End), Text: g.Text, Type: g.Type, Value: g.Value})
	}
	return out
}

// newsgraphTimexes tags a document as `newsgraph eval timex` does.
func newsgraphTimexes(d *timeml.Document) []tempeval.Annotation {
	doc := document.New(d.Text)
	doc.Meta.Published = d.Published()
	_ = tokenize.Process(context.Background(), doc)
	_ = timex.Process(context.Background(), doc)
	ix := document.NewIndex(d.Text)
	var out []tempeval.Annotation
	for _, t := range doc.Timexes {
		out = append(out, tempeval.Annotation{Start: ix.Runes(t.Start), End: ix.Runes(t.End), Text: t.Text, Type: t.Type, Value: t.Value})
	}
	return out
}

// reference returns the document creation time as go-dateparser and
// chrono take it.
func reference(d *timeml.Document) time.Time {
	p := d.Published()
	if p.IsZero() {
		return time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC)
	}
	if p.DateOnly {
		return p.Time.Add(12 * time.Hour)
	}
	return p.Time
}

// dateparserTimexes runs go-dateparser's search over the text. Its
// results carry their text but no offsets: each is placed at its next
// occurrence after the previous one.
func dateparserTimexes(d *timeml.Document) []tempeval.Annotation {
	cfg := &dps.Configuration{Languages: []string{"en"}, CurrentTime: reference(d), ReturnTimeAsPeriod: true}
	_, res, err := dps.Search(cfg, d.Text)
	if err != nil {
		return nil
	}
	var out []tempeval.Annotation
	pos := 0
	for _, r := range res {
		k := strings.Index(d.Text[pos:], r.Text)
		if k < 0 {
			continue
		}
		s := pos + k
		pos = s + len(r.Text)
		a := tempeval.Annotation{
			Start: utf8.RuneCountInString(d.Text[:s]), End: utf8.RuneCountInString(d.Text[:pos]),
			Text: r.Text, Type: document.DATE,
		}
		t := r.Date.Time
		switch r.Date.Period {
		case dpdate.Year:
			a.Value = t.Format("2006")
		case dpdate.Month:
			a.Value = t.Format("2006-01")
		case dpdate.Day:
			a.Value = t.Format("2006-01-02")
		default:
			a.Value, a.Type = t.Format("2006-01-02T15:04"), document.TIME
		}
		out = append(out, a)
	}
	return out
}

type chronoResult struct {
	Index   int            `json:"index"`
	Text    string         `json:"text"`
	Certain map[string]int `json:"certain"`
	Year    int            `json:"year"`
	Month   int            `json:"month"`
	Day     int            `json:"day"`
	Hour    int            `json:"hour"`
	Minute  int            `json:"minute"`
}

// chronoTimexes runs chrono-node over every document twice (the first
// pass warms up Node's compiler) and returns the second pass's results and
// the time chrono spent parsing in it.
func chronoTimexes(dir string, docs []*timeml.Document, names []string) ([][]tempeval.Annotation, time.Duration, error) {
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "chrono-node")); err != nil {
		fmt.Fprintf(os.Stderr, "peerbench: installing chrono-node with npm in %s\n", dir)
		cmd := exec.Command("npm", "install", "--no-audit", "--no-fund")
		cmd.Dir, cmd.Stdout, cmd.Stderr = dir, os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return nil, 0, fmt.Errorf("npm install: %w", err)
		}
	}
	cmd := exec.Command("node", "chrono.mjs")
	cmd.Dir = dir
	var in strings.Builder
	enc := json.NewEncoder(&in)
	for pass := 0; pass < 2; pass++ {
		for i, d := range docs {
			if err := enc.Encode(map[string]string{"id": fmt.Sprintf("%d:%d", pass, i), "text": d.Text, "dct": reference(d).Format(time.RFC3339)}); err != nil {
				return nil, 0, err
			}
		}
	}
	cmd.Stdin = strings.NewReader(in.String())
	cmd.Stderr = os.Stderr
	outp, err := cmd.Output()
	if err != nil {
		return nil, 0, fmt.Errorf("node chrono.mjs: %w", err)
	}
	preds := make([][]tempeval.Annotation, len(docs))
	var total time.Duration
	sc := bufio.NewScanner(strings.NewReader(string(outp)))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var line struct {
			ID      string         `json:"id"`
			MS      float64        `json:"ms"`
			Results []chronoResult `json:"results"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			return nil, 0, err
		}
		var pass, i int
		if _, err := fmt.Sscanf(line.ID, "%d:%d", &pass, &i); err != nil || i < 0 || i >= len(docs) {
			return nil, 0, fmt.Errorf("bad id %q", line.ID)
		}
		if pass == 0 {
			continue
		}
		total += time.Duration(line.MS * float64(time.Millisecond))
		for _, r := range line.Results {
			preds[i] = append(preds[i], chronoAnnotation(docs[i].Text, r))
		}
	}
	_ = names
	return preds, total, sc.Err()
}

// chronoAnnotation writes one chrono result as a TIMEX3 at the precision
// chrono is certain of. chrono counts UTF-16 units; the scorer re-aligns
// a start that is off by the text.
func chronoAnnotation(text string, r chronoResult) tempeval.Annotation {
	n := utf8.RuneCountInString(r.Text)
	a := tempeval.Annotation{Start: r.Index, End: r.Index + n, Text: r.Text, Type: document.DATE}
	_, hour := r.Certain["hour"]
	_, day := r.Certain["day"]
	_, wd := r.Certain["weekday"]
	_, month := r.Certain["month"]
	d := fmt.Sprintf("%04d-%02d-%02d", r.Year, r.Month, r.Day)
	switch {
	case hour:
		a.Type = document.TIME
		a.Value = fmt.Sprintf("%sT%02d:%02d", d, r.Hour, r.Minute)
	case day || wd:
		a.Value = d
	case month:
		a.Value = d[:7]
	default:
		a.Value = d[:4]
	}
	return a
}
