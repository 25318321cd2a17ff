// Package timeml reads TimeML documents (.tml files, as in TimeBank,
// AQUAINT and the TempEval-3 data): the text of the <TEXT> element with
// every tag removed and XML character references decoded, the document
// creation time from <DCT>, and the TIMEX3 annotations with their offsets
// into that text, so that newsgraph's time tagger can be measured against
// them.
//
// The reading follows ../shared/eval/timex_eval.py (extract) exactly, so
// that both see the same text and the same gold spans: comments and
// processing instructions vanish, CDATA sections keep their content, other
// text (new lines included) is kept as it is, and empty <TIMEX3/> tags,
// which cover no text, are skipped.
package timeml

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/document"
)

// ErrNoText is returned for input without a <TEXT> element.
var ErrNoText = errors.New("timeml: no <TEXT> element")

// A Timex is one gold TIMEX3 annotation. Its Span holds byte offsets into
// Document.Text.
type Timex struct {
	document.Span
	Text  string
	TID   string
	Type  string
	Value string
	Mod   string
	Quant string
	Freq  string
}

// A Document is one TimeML file.
type Document struct {
	// ID is the content of <DOCID>, "" when absent.
	ID string
	// Text is the content of <TEXT> with the tags removed.
	Text string
	// DCT is the value of the document creation time's TIMEX3
	// ("1998-02-13T14:26:00", "1989-11-02"), "" when absent.
	DCT string
	// Timexes are the TIMEX3 annotations inside <TEXT>, sorted by start
	// and end.
	Timexes []Timex
}

// Published returns the creation time as a publication time, for
// resolving relative expressions. A DCT without a zone is taken as UTC
// (TimeML gives none); the zero Time is returned when the DCT is absent or
// unreadable.
func (d *Document) Published() document.Time {
	v := d.DCT
	if len(v) > 19 && v[10] == 'T' && !strings.ContainsAny(v[19:], "Z+-") {
		v = v[:19] // fractional seconds or junk
	}
	t, err := document.ParseTime(v)
	if err != nil {
		if len(v) >= 10 {
			if t, err := document.ParseTime(v[:10]); err == nil {
				return t
			}
		}
		return document.Time{}
	}
	return t
}

type regexps struct{ text, dct, docID, timex, attr, name *regexp.Regexp }

var patterns = sync.OnceValue(func() *regexps {
	return &regexps{
		text:  regexp.MustCompile(`(?s)<TEXT\b[^>]*>(.*?)</TEXT\s*>`),
		docID: regexp.MustCompile(`(?s)<DOCID\b[^>]*>(.*?)</DOCID\s*>`),
		dct:   regexp.MustCompile(`(?s)<DCT\b[^>]*>(.*?)</DCT\s*>`),
		timex: regexp.MustCompile(`<TIMEX3\b[^>]*>`),
		attr:  regexp.MustCompile(`([A-Za-z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)')`),
		name:  regexp.MustCompile(`^</?\s*([A-Za-z_:][-\w:.]*)`),
	}
})

// Read reads one TimeML document from r.
func Read(r io.Reader) (*Document, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("timeml: %w", err)
	}
	return Parse(data)
}

// Parse reads one TimeML document. It returns ErrNoText without a <TEXT>
// element, and an error naming the byte offset for unbalanced TIMEX3 tags,
// invalid character references and text that is not UTF-8.
func Parse(data []byte) (*Document, error) {
	if !utf8.Valid(data) {
		return nil, errors.New("timeml: not UTF-8")
	}
	raw := string(data)
	p := patterns()
	m := p.text.FindStringSubmatchIndex(raw)
	if m == nil {
		return nil, ErrNoText
	}
	bodyStart := m[2]
	body := raw[m[2]:m[3]]
	doc := &Document{}
	if d := p.docID.FindStringSubmatch(raw); d != nil {
		doc.ID = strings.TrimSpace(d[1])
	}
	if d := p.dct.FindStringSubmatch(raw); d != nil {
		if t := p.timex.FindString(d[1]); t != "" {
			a, err := attrs(t)
			if err != nil {
				return nil, fmt.Errorf("timeml: <DCT>: %w", err)
			}
			doc.DCT = a["value"]
		}
	}
	var (
		out   strings.Builder
		stack []open
		last  int
	)
	out.Grow(len(body))
	emit := func(s string) error {
		u, err := unescape(s)
		if err != nil {
			return err
		}
		out.WriteString(u)
		return nil
	}
	for i := 0; i < len(body); {
		lt := strings.IndexByte(body[i:], '<')
		if lt < 0 {
			break
		}
		lt += i
		end, kind := tagEnd(body, lt)
		if end < 0 {
			i = lt + 1 // a lone '<' is text
			continue
		}
		if err := emit(body[last:lt]); err != nil {
			return nil, fmt.Errorf("timeml: offset %d: %w", bodyStart+last, err)
		}
		last = end
		i = end
		tag := body[lt:end]
		switch kind {
		case tagCDATA:
			out.WriteString(tag[len("<![CDATA[") : len(tag)-len("]]>")])
			continue
		case tagComment:
			continue
		}
		if strings.HasPrefix(tag, "<?") {
			continue
		}
		nm := p.name.FindStringSubmatch(tag)
		if nm == nil || nm[1] != "TIMEX3" {
			continue
		}
		switch {
		case strings.HasPrefix(tag, "</"):
			if len(stack) == 0 {
				return nil, fmt.Errorf("timeml: offset %d: </TIMEX3> without <TIMEX3>", bodyStart+lt)
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			doc.Timexes = append(doc.Timexes, Timex{
				Span: document.Span{Start: o.start, End: out.Len()},
				TID:  o.a["tid"], Type: o.a["type"], Value: o.a["value"],
				Mod: o.a["mod"], Quant: o.a["quant"], Freq: o.a["freq"],
			})
		case strings.HasSuffix(strings.TrimRight(tag, " \t\r\n\f\v"), "/>"):
			// An empty TIMEX3 covers no text.
		default:
			a, err := attrs(tag)
			if err != nil {
				return nil, fmt.Errorf("timeml: offset %d: %w", bodyStart+lt, err)
			}
			stack = append(stack, open{start: out.Len(), a: a})
		}
	}
	if len(stack) > 0 {
		return nil, errors.New("timeml: unclosed <TIMEX3>")
	}
	if err := emit(body[last:]); err != nil {
		return nil, fmt.Errorf("timeml: offset %d: %w", bodyStart+last, err)
	}
	doc.Text = out.String()
	for i := range doc.Timexes {
		doc.Timexes[i].Text = doc.Text[doc.Timexes[i].Start:doc.Timexes[i].End]
	}
	slices.SortStableFunc(doc.Timexes, func(a, b Timex) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	return doc, nil
}

type open struct {
	start int
	a     map[string]string
}

const (
	tagPlain = iota
	tagComment
	tagCDATA
)

// tagEnd returns the end of the markup starting at body[lt] == '<' and its
// kind, or -1 when the '<' starts no markup (no '>' follows). It mirrors
// the alternation <!--.*?--> | <![CDATA[.*?]]> | <[^>]*>.
func tagEnd(body string, lt int) (int, int) {
	rest := body[lt:]
	if strings.HasPrefix(rest, "<!--") {
		if k := strings.Index(rest[4:], "-->"); k >= 0 {
			return lt + 4 + k + 3, tagComment
		}
	}
	if strings.HasPrefix(rest, "<![CDATA[") {
		if k := strings.Index(rest[9:], "]]>"); k >= 0 {
			return lt + 9 + k + 3, tagCDATA
		}
	}
	if k := strings.IndexByte(rest, '>'); k >= 0 {
		return lt + k + 1, tagPlain
	}
	return -1, tagPlain
}

// attrs returns the attributes of a start tag, their values unescaped.
func attrs(tag string) (map[string]string, error) {
	a := map[string]string{}
	for _, m := range patterns().attr.FindAllStringSubmatchIndex(tag, -1) {
		var v string
		if m[4] >= 0 {
			v = tag[m[4]:m[5]]
		} else {
			v = tag[m[6]:m[7]]
		}
		u, err := unescape(v)
		if err != nil {
			return nil, err
		}
		a[tag[m[2]:m[3]]] = u
	}
	return a, nil
}

var named = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}

// unescape decodes the five XML entities and numeric character references;
// anything else that starts with '&' is kept as it is.
func unescape(s string) (string, error) {
	if !strings.Contains(s, "&") {
		return s, nil
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '&')
		if i < 0 {
			b.WriteString(s)
			return b.String(), nil
		}
		b.WriteString(s[:i])
		s = s[i:]
		semi := strings.IndexByte(s, ';')
		if semi < 0 {
			b.WriteString(s)
			return b.String(), nil
		}
		name := s[1:semi]
		if r, ok := named[name]; ok {
			b.WriteString(r)
			s = s[semi+1:]
			continue
		}
		if c, ok, err := charRef(name); ok {
			if err != nil {
				return "", err
			}
			b.WriteRune(c)
			s = s[semi+1:]
			continue
		}
		b.WriteByte('&')
		s = s[1:]
	}
}

// charRef decodes "#123" or "#x7B". ok reports whether name has that form.
func charRef(name string) (r rune, ok bool, err error) {
	if len(name) < 2 || name[0] != '#' {
		return 0, false, nil
	}
	digits, base := name[1:], 10
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	if digits == "" {
		return 0, false, nil
	}
	for _, c := range digits {
		if !(c >= '0' && c <= '9' || base == 16 && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
			return 0, false, nil
		}
	}
	n, perr := strconv.ParseUint(digits, base, 32)
	if perr != nil || n > utf8.MaxRune || (n >= 0xD800 && n <= 0xDFFF) {
		return 0, true, fmt.Errorf("invalid character reference &%s;", name)
	}
	return rune(n), true, nil
}
