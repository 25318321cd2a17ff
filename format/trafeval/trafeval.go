// Package trafeval reads the evaluation set of the trafilatura project
// (evaldata.json: for each URL, the file holding the page and the text
// chunks that an extractor's output must and must not contain) and scores
// extracted text against it exactly as the set's own evaluate.py does
// (eval_common.py count_item and ConfusionMatrix): each "with" chunk found
// in the whitespace-normalised output is a true positive, each one missing
// a false negative; each "without" chunk found is a false positive, each one
// missing a true negative. A page an extractor fails on counts as empty
// output, a full miss.
package trafeval

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// An Item is the annotation of one page.
type Item struct {
	URL     string   `json:"-"`
	File    string   `json:"file"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

// Read decodes evaldata.json and returns its items sorted by URL, the order
// in which evaluate.py reads the corpus.
func Read(r io.Reader) ([]Item, error) {
	var m map[string]Item
	if err := json.NewDecoder(r).Decode(&m); err != nil {
		return nil, fmt.Errorf("trafeval: %w", err)
	}
	if len(m) == 0 {
		return nil, fmt.Errorf("trafeval: no annotations")
	}
	items := make([]Item, 0, len(m))
	for url, it := range m {
		if it.File == "" {
			return nil, fmt.Errorf("trafeval: %s: no file", url)
		}
		it.URL = url
		items = append(items, it)
	}
	sort.Slice(items, func(i, j int) bool { return items[i].URL < items[j].URL })
	return items, nil
}

// ReadFile reads the annotations from path.
func ReadFile(path string) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f)
}

// Resolve returns the path of an item's page under root, looking in
// root/tests/cache, root/tests/eval, root/cache and root/eval as
// eval_common.py's resolve does (the archive unpacks into tests/).
func Resolve(root, file string) (string, error) {
	for _, dir := range []string{"tests/cache", "tests/eval", "cache", "eval"} {
		p := filepath.Join(root, dir, file)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, nil
		}
	}
	return "", fmt.Errorf("trafeval: %s not found under %s", file, root)
}

// Counts is a confusion matrix, as evaluate.py's ConfusionMatrix.
type Counts struct {
	TP, FP, FN, TN int
}

// Add accumulates o into c.
func (c *Counts) Add(o Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
	c.TN += o.TN
}

// Precision is TP/(TP+FP), 0 when undefined (as evaluate.py).
func (c Counts) Precision() float64 { return div(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when undefined.
func (c Counts) Recall() float64 { return div(c.TP, c.TP+c.FN) }

// Accuracy is (TP+TN) over all chunks.
func (c Counts) Accuracy() float64 { return div(c.TP+c.TN, c.TP+c.TN+c.FP+c.FN) }

// F1 is 2TP/(2TP+FP+FN), 0 when undefined.
func (c Counts) F1() float64 { return div(2*c.TP, 2*c.TP+c.FP+c.FN) }

func div(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score counts one item against an extractor's output; ok is false when
// the extractor failed, which scores as empty output.
func Score(it Item, output string, ok bool) Counts {
	var c Counts
	if ok {
		out := Norm(output)
		for _, w := range it.With {
			if strings.Contains(out, Norm(w)) {
				c.TP++
			}
		}
		for _, w := range it.Without {
			if strings.Contains(out, Norm(w)) {
				c.FP++
			}
		}
	}
	c.FN = len(it.With) - c.TP
	c.TN = len(it.Without) - c.FP
	return c
}

// Norm collapses every run of white space to one space and trims the ends,
// as Python's re.sub(r"\s+", " ", text).strip() does: its \s is the
// characters str.isspace() accepts, which are Go's unicode.IsSpace plus the
// information separators U+001C to U+001F.
func Norm(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// DefaultArchive is where the set's pages are, relative to the repository
// root.
const DefaultArchive = "../shared/data/extract/trafilatura-eval/eval-html.tar.gz"

// ReadArchive reads the pages of the set from its gzipped tar archive
// (eval-html.tar.gz) without unpacking it to disk, keyed by base name. When
// want is not nil, only the files it names are kept.
func ReadArchive(path string, want map[string]bool) (map[string][]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("trafeval: %s: %w", path, err)
	}
	tr := tar.NewReader(zr)
	out := map[string][]byte{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("trafeval: %s: %w", path, err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		name := filepath.Base(h.Name)
		if want != nil && !want[name] {
			continue
		}
		if _, dup := out[name]; dup {
			continue // tests/cache wins over tests/eval, as in resolve
		}
		data, err := io.ReadAll(io.LimitReader(tr, 64<<20))
		if err != nil {
			return nil, fmt.Errorf("trafeval: %s: %s: %w", path, h.Name, err)
		}
		out[name] = data
	}
	return out, nil
}

// Evaluate scores an extractor on items whose pages are in pages (keyed by
// file name); a missing page or a failed extraction scores as empty output.
func Evaluate(items []Item, pages map[string][]byte, extract func(html []byte, url string) (string, error)) Counts {
	var c Counts
	for _, it := range items {
		data, ok := pages[it.File]
		out, err := "", error(nil)
		if ok {
			out, err = extract(data, it.URL)
		}
		c.Add(Score(it, out, ok && err == nil))
	}
	return c
}
