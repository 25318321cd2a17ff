package analyze

import (
	"bytes"
	"fmt"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/extract"
)

// Input kinds.
const (
	// KindAuto decides from the content: HTML when it reads as markup,
	// text otherwise.
	KindAuto = ""
	// KindText is a plain-text article.
	KindText = "text"
	// KindHTML is a web page.
	KindHTML = "html"
)

// htmlStarts are how an HTML page begins, after white space and comments.
var htmlStarts = [][]byte{
	[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<meta"),
	[]byte("<title"), []byte("<?xml"), []byte("<div"), []byte("<article"), []byte("<p>"), []byte("<p "),
	[]byte("<script"), []byte("<link"), []byte("<section"), []byte("<main"), []byte("<header"),
	[]byte("<h1"), []byte("<table"), []byte("<style"), []byte("<!--"),
}

// IsHTML reports whether data reads as an HTML page: its first
// non-blank bytes open one of the elements a page starts with. A text
// article does not start with markup.
func IsHTML(data []byte) bool {
	head := bytes.TrimPrefix(data[:min(len(data), 1024)], []byte("\xef\xbb\xbf"))
	head = bytes.ToLower(bytes.TrimLeft(head, " \t\r\n\f"))
	for _, s := range htmlStarts {
		if bytes.HasPrefix(head, s) {
			return true
		}
	}
	return false
}

// kind decides the kind of an input.
func kind(in Input) string {
	if in.Kind != KindAuto {
		return in.Kind
	}
	if IsHTML(in.Data) {
		return KindHTML
	}
	return KindText
}

// fromHTML extracts the article of a web page into a Document with text,
// paragraphs and metadata.
func (a *Analyzer) fromHTML(in Input) (*document.Document, error) {
	if int64(len(in.Data)) > a.opts.MaxBytes {
		return nil, fmt.Errorf("%s: %w (%d bytes; the limit is %d, raise it with --max-bytes)", name(in), ErrTooLarge, len(in.Data), a.opts.MaxBytes)
	}
	if len(bytes.TrimSpace(in.Data)) == 0 {
		return nil, fmt.Errorf("%s: %w", name(in), ErrEmpty)
	}
	art, err := extract.HTML(in.Data, extract.Options{URL: in.URL, ContentType: in.ContentType, Fetched: in.Fetched})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name(in), err)
	}
	doc := art.Document()
	if !in.Published.IsZero() {
		doc.Meta.Published = in.Published
	}
	return doc, nil
}
