package extract

import (
	"errors"
	"os"
	"testing"
)

// FuzzHTML feeds arbitrary bytes through the whole HTML path: decoding,
// the pre-pass, the tree, cleaning, content extraction, metadata and the
// Document. It must never panic, and it fails only with the documented
// errors.
func FuzzHTML(f *testing.F) {
	if data, err := os.ReadFile("testdata/news.html"); err == nil {
		f.Add(data)
	}
	f.Add([]byte(`<html><body><article><p>Text</p></article></body></html>`))
	f.Add([]byte(`<svg><p>x<math><template><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[[{}]]}]}</script>`))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"))
	f.Add([]byte(`<meta charset="shift_jis"><title>a | b | c</title><time datetime="2019-02-30">`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := HTML(data, Options{URL: "https://example.com/2019/01/02/x"})
		if err != nil {
			if !errors.Is(err, ErrNoArticle) && !errors.Is(err, ErrNotHTML) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		doc := a.Document()
		for _, p := range doc.Paragraphs {
			if p.Start < 0 || p.End > len(doc.Text) || p.Start > p.End {
				t.Fatalf("paragraph %v outside text of %d bytes", p, len(doc.Text))
			}
		}
	})
}
