// Package extract turns a news web page into the plain text of its article,
// with its paragraph structure, and the article's metadata: title, authors,
// publication and modification times, site name, canonical URL, language
// and section.
//
// The main text comes from go-trafilatura's content extractor (kept in
// internal/trafilatura; see its README for why it is a copy), walked
// element by element so that paragraphs survive, and around it news-aware
// rules that go-trafilatura lacks: captions, "read more" and newsletter
// blocks, related-story lists, cookie banners and paywall prompts are
// dropped; update, correction and editor's notes are moved to the end of
// the text, where the region stage turns them into the update log; live-blog
// entries keep their time stamps.
//
// The metadata comes from the page's markup in an order of trust: meta
// tags, then JSON-LD, then <time> elements, then the URL, then a date line
// in the text. No date is read from a script or from a run of digits that
// could be a phone number, and no date later than the fetch is accepted.
//
// Extract reads no network and no files; package fetch gets pages.
package extract

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/extract/internal/trafilatura"
)

// Version identifies the extraction rules, for provenance.
const Version = "extract-1"

// DefaultMaxMarkup bounds the markup that goes into the document tree once
// scripts, styles and inline data are removed: far above any article page,
// and it bounds memory on pathological ones.
const DefaultMaxMarkup = 4 << 20

// Errors. They are wrapped with context.
var (
	// ErrNoArticle means the page holds no article text (a front page,
	// a login form, an empty page).
	ErrNoArticle = errors.New("no article found")
	// ErrNotHTML means the input is not an HTML page (binary data).
	ErrNotHTML = errors.New("not an HTML page")
)

// Options configures extraction. The zero value is ready to use.
type Options struct {
	// URL is the address of the page, if known: it resolves relative
	// links, gives a date when the path holds one, and names the site.
	URL string
	// ContentType is the HTTP Content-Type header, if any; its charset
	// is one hint for decoding.
	ContentType string
	// Fetched is when the page was fetched; dates after it are refused
	// as publication or modification times. Zero means now.
	Fetched time.Time
	// MaxMarkup bounds the markup kept for the tree; 0 means
	// DefaultMaxMarkup.
	MaxMarkup int
}

// An Article is what extraction found on a page.
type Article struct {
	// Meta is the article's metadata; Meta.Credits is left to the region
	// stage.
	Meta document.Meta
	// Body holds the article's paragraphs in reading order; the first
	// may repeat the headline.
	Body []string
	// Notes are the update, correction and editor's notes found on the
	// page, in page order.
	Notes []string
	// Warnings records what extraction repaired or dropped.
	Warnings []string
}

// minArticleRunes is the least text that counts as an article.
const minArticleRunes = 120

// HTML extracts the article from the bytes of a page. It returns an error
// wrapping ErrNotHTML for binary data and ErrNoArticle when the page holds
// no article text.
func HTML(data []byte, opts Options) (*Article, error) {
	if opts.MaxMarkup <= 0 {
		opts.MaxMarkup = DefaultMaxMarkup
	}
	if opts.Fetched.IsZero() {
		opts.Fetched = time.Now()
	}
	if looksBinary(data) {
		return nil, fmt.Errorf("%w: the content is binary data", ErrNotHTML)
	}
	page, _, note := Decode(data, opts.ContentType)
	a := &Article{}
	if note != "" {
		a.Warnings = append(a.Warnings, note)
	}
	markup, hd := prepass(page, opts.MaxMarkup)
	if hd.truncated {
		a.Warnings = append(a.Warnings, fmt.Sprintf("the page's markup exceeds %d bytes; the rest was not read", opts.MaxMarkup))
	}
	root, err := html.Parse(bytes.NewReader(markup))
	if err != nil {
		return nil, fmt.Errorf("extract: parse: %w", err)
	}
	base := parseURL(opts.URL)

	// Metadata first: cleaning removes the elements (bylines, time
	// stamps) that it reads.
	mc := collectMeta(root, hd, base, opts.Fetched)

	dek := findDek(root)
	stampLiveEntries(root)
	notes := clean(root)
	alt := dense(root)
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{
		OriginalURL:     base,
		ExcludeComments: true,
	})
	if err != nil && !errors.Is(err, trafilatura.ErrTooShort) {
		return nil, fmt.Errorf("extract: %w", err)
	}
	var paras []para
	if res != nil {
		paras = paragraphs(res.ContentNode)
	}
	// The second opinion, as go-trafilatura's fallback: when the densest
	// block of the page holds far more text than go-trafilatura found, ask
	// Readability, and take its text when it is more than twice as long.
	if t := runes(paras); runes(alt) > 2*t || t < trafilatura.DefaultConfig().MinExtractedSize {
		if r := readable(markup, base); runes(r) > 2*t {
			paras = r
		}
	}
	// A page that renders its article with JavaScript may still give the
	// text as JSON-LD articleBody.
	if ld := ldBody(mc.ld.body); runes(paras) < trafilatura.DefaultConfig().MinExtractedSize && runes(ld) > runes(paras) {
		paras = ld
	}
	paras = filter(paras)
	a.Meta = mc.meta(paras)
	for _, p := range paras {
		a.Body = append(a.Body, p.text)
	}
	a.Body = addDek(a.Body, dek, a.Meta.Title)
	a.Body, a.Notes = splitNotes(a.Body, notes)
	n := 0
	for _, p := range a.Body {
		n += utf8.RuneCountInString(p)
	}
	if n < minArticleRunes {
		return nil, fmt.Errorf("%w (%d characters of text)", ErrNoArticle, n)
	}
	return a, nil
}

// Main returns the article's text as found on the page: its body
// paragraphs and notes, separated by blank lines.
func (a *Article) Main() string {
	return strings.Join(append(a.Body[:len(a.Body):len(a.Body)], a.Notes...), "\n\n")
}

// Document returns the article as a Document for the analysis pipeline:
// the headline, a byline when the authors are known, the body paragraphs
// and the notes, one paragraph each, separated by blank lines, with
// Paragraphs and Meta set. The region stage then finds the headline,
// byline, body and update log in it, as in a plain-text article.
func (a *Article) Document() *document.Document {
	var b strings.Builder
	var spans []document.Span
	add := func(p string) {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(p)
		spans = append(spans, document.Span{Start: start, End: b.Len()})
	}
	if a.Meta.Title != "" {
		add(a.Meta.Title)
	}
	if by := byline(a.Meta.Authors); by != "" {
		add(by)
	}
	for _, p := range dropTitle(a.Body, a.Meta.Title) {
		add(p)
	}
	for _, p := range a.Notes {
		add(p)
	}
	doc := document.New(b.String())
	doc.Paragraphs = spans
	doc.Meta = a.Meta
	for _, w := range a.Warnings {
		doc.Warn("extract", w)
	}
	return doc
}

func runes(ps []para) int {
	n := 0
	for _, p := range ps {
		n += utf8.RuneCountInString(p.text)
	}
	return n
}

// ldBody splits a JSON-LD articleBody (plain text, or HTML) into
// paragraphs.
func ldBody(s string) []para {
	if s == "" {
		return nil
	}
	if strings.Contains(s, "<") {
		if n, err := html.Parse(strings.NewReader(s)); err == nil {
			return paragraphs(n)
		}
	}
	var out []para
	for _, p := range strings.Split(s, "\n") {
		if p = collapse(p); p != "" {
			out = append(out, para{text: p})
		}
	}
	return out
}

// readable runs Readability over a fresh tree of the page, cleaned as
// for go-trafilatura.
func readable(markup []byte, base *url.URL) []para {
	root, err := html.Parse(bytes.NewReader(markup))
	if err != nil {
		return nil
	}
	clean(root)
	art, err := readability.FromDocument(root, base)
	if err != nil || art.Node == nil {
		return nil
	}
	return paragraphs(art.Node)
}

// byline writes "By A, B and C" for the region stage to find, or "" when
// a name does not read as one (an agency in lower case, say).
func byline(authors []string) string {
	if len(authors) == 0 {
		return ""
	}
	for _, n := range authors {
		r, _ := utf8.DecodeRuneInString(n)
		if !isUpper(r) {
			return ""
		}
	}
	if len(authors) == 1 {
		return "By " + authors[0]
	}
	return "By " + strings.Join(authors[:len(authors)-1], ", ") + " and " + authors[len(authors)-1]
}

// looksBinary reports whether data is binary rather than markup: NUL
// bytes or many control characters in its first 8 KiB.
func looksBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if len(bytes.TrimSpace(head)) == 0 {
		return false
	}
	if bytes.HasPrefix(head, []byte("\xff\xfe")) || bytes.HasPrefix(head, []byte("\xfe\xff")) {
		return false // UTF-16 has NUL bytes
	}
	ctrl := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*50 > len(head)
}

// lazyRegexp compiles a pattern on first use, so that the package costs
// nothing at process start.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
