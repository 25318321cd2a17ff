// Command samplediff lists the interaction relations that differ between
// two directories of `newsgraph analyze --format json` outputs, such as
// the OUT/json folders drawsample writes for two binaries: each row a
// file's relation (type, subject, object, trigger words, polarity and
// modality) found by one binary and not the other, with its sentence, so
// that a reader can judge the rows a change added or dropped. Its last
// line counts them: "added N, dropped M". Files present in only one
// directory, or unreadable, are passed over.
//
// Usage, from the repository root:
//
//	go run ./relation/internal/samplediff [-all] OLD/json NEW/json
//
// -all compares every relation type, not only the interactions. The
// sentences it prints are the articles' text: they go to the terminal
// and stay out of the repository.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/relation"
)

func main() {
	all := flag.Bool("all", false, "compare every relation type, not only interactions")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: samplediff [-all] OLD NEW (samples drawn by drawsample, or their json folders)")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 2 {
		flag.Usage()
		os.Exit(2)
	}
	added, dropped, err := diff(os.Stdout, flag.Arg(0), flag.Arg(1), *all)
	if err != nil {
		fmt.Fprintln(os.Stderr, "samplediff:", err)
		os.Exit(1)
	}
	fmt.Printf("added %d, dropped %d\n", added, dropped)
}

// analysis is the part of analyze's JSON the comparison reads.
type analysis struct {
	Text     string `json:"text"`
	Entities []struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	} `json:"entities"`
	Relations []struct {
		Type        string `json:"type"`
		Subject     string `json:"subject"`
		SubjectText string `json:"subject_text"`
		SubjectSpan *span  `json:"subject_span"`
		Object      string `json:"object"`
		ObjectText  string `json:"object_text"`
		ObjectSpan  *span  `json:"object_span"`
		Trigger     span   `json:"trigger"`
		Sentence    span   `json:"sentence"`
		Negated     bool   `json:"negated"`
		Modality    string `json:"modality"`
	} `json:"relations"`
}

// span is a pair of code-point offsets, as analyze writes them.
type span struct{ Start, End int }

// A row is one relation as the comparison keys it: entity ids differ
// between runs, so arguments are named by their entity's name, else
// their text.
type row struct {
	typ, subj, obj, trigger, modality string
	negated                           bool
}

func (r row) String() string {
	neg := ""
	if r.negated {
		neg = " (negated)"
	}
	return fmt.Sprintf("%s: %s > %s [%s] %s%s", r.typ, r.subj, r.obj, r.trigger, r.modality, neg)
}

// rows reads one analysis file into its rows, each with its sentence.
func rows(path string, all bool) (map[row]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var a analysis
	if err := json.Unmarshal(b, &a); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	text := []rune(a.Text)
	cut := func(s span) string {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			return ""
		}
		return string(text[s.Start:s.End])
	}
	names := map[string]string{}
	for _, e := range a.Entities {
		names[e.ID] = e.Name
	}
	arg := func(id, txt string, sp *span) string {
		switch {
		case txt != "":
			return txt
		case names[id] != "":
			return names[id]
		case sp != nil:
			return cut(*sp)
		}
		return id
	}
	out := map[row]string{}
	for _, r := range a.Relations {
		if !all && !relation.IsInteraction(r.Type) {
			continue
		}
		k := row{typ: r.Type, subj: arg(r.Subject, r.SubjectText, r.SubjectSpan), obj: arg(r.Object, r.ObjectText, r.ObjectSpan),
			trigger: cut(r.Trigger), modality: r.Modality, negated: r.Negated}
		out[k] = strings.Join(strings.Fields(cut(r.Sentence)), " ")
	}
	return out, nil
}

// diff writes the rows of each file of dir b missing from the same file
// of dir a ("+") and those of a missing from b ("-"), and counts them.
func diff(w io.Writer, a, b string, all bool) (added, dropped int, err error) {
	a, b = jsonDir(a), jsonDir(b)
	ea, err := os.ReadDir(a)
	if err != nil {
		return 0, 0, err
	}
	if _, err := os.Stat(b); err != nil {
		return 0, 0, err
	}
	compared := 0
	for _, e := range ea {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		ra, err1 := rows(filepath.Join(a, e.Name()), all)
		rb, err2 := rows(filepath.Join(b, e.Name()), all)
		if err1 != nil || err2 != nil {
			continue // in one directory only, or unreadable
		}
		compared++
		for _, side := range []struct {
			mark     string
			from, in map[row]string
			n        *int
		}{{"+", rb, ra, &added}, {"-", ra, rb, &dropped}} {
			var ks []row
			for k := range side.from {
				if _, ok := side.in[k]; !ok {
					ks = append(ks, k)
				}
			}
			slices.SortFunc(ks, func(x, y row) int { return strings.Compare(x.String(), y.String()) })
			for _, k := range ks {
				fmt.Fprintf(w, "%s %s %s\n    %s\n", side.mark, e.Name(), k, side.from[k])
				*side.n++
			}
		}
	}
	if compared == 0 {
		return 0, 0, fmt.Errorf("no analysis (.json) is in both %s and %s", a, b)
	}
	return added, dropped, nil
}

// jsonDir returns dir's json folder when dir is a sample drawn by
// drawsample (its analyses are under json/), else dir.
func jsonDir(dir string) string {
	if fi, err := os.Stat(filepath.Join(dir, "json")); err == nil && fi.IsDir() {
		return filepath.Join(dir, "json")
	}
	return dir
}
