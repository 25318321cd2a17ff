package screen

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// xmlWalker streams an XML list file, decoding the record elements one at
// a time so that an error names the record and its line.
type xmlWalker struct {
	file string
	d    *xml.Decoder
	// count of records seen per element name, for messages.
	count map[string]int
}

func newXMLWalker(file string, data []byte) *xmlWalker {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	d.CharsetReader = func(charset string, in io.Reader) (io.Reader, error) {
		if strings.EqualFold(charset, "utf-8") || strings.EqualFold(charset, "us-ascii") {
			return in, nil
		}
		return nil, fmt.Errorf("encoding %q is not supported (want UTF-8)", charset)
	}
	return &xmlWalker{file: file, d: d, count: map[string]int{}}
}

// errorf returns a FormatError at the decoder's position.
func (w *xmlWalker) errorf(element, format string, args ...any) error {
	line, _ := w.d.InputPos()
	return &FormatError{File: w.file, Line: line, Element: element, Msg: fmt.Sprintf(format, args...)}
}

// wrap turns a decoder error into a FormatError.
func (w *xmlWalker) wrap(element string, err error) error {
	var fe *FormatError
	if errors.As(err, &fe) {
		return err
	}
	msg := err.Error()
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		msg = se.Msg
		if err == io.ErrUnexpectedEOF || strings.Contains(msg, "unexpected EOF") {
			msg = "unexpected end of file (truncated file?)"
		}
		return &FormatError{File: w.file, Line: se.Line, Element: element, Msg: msg}
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		msg = "unexpected end of file (truncated file?)"
	}
	return w.errorf(element, "%s", msg)
}

// root reads up to the root element and returns it.
func (w *xmlWalker) root() (xml.StartElement, error) {
	for {
		tok, err := w.d.Token()
		if err != nil {
			if err == io.EOF {
				return xml.StartElement{}, w.errorf("", "no root element (empty or truncated file?)")
			}
			return xml.StartElement{}, w.wrap("", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se, nil
		}
	}
}

// walk calls f for each start element below the current element, down to
// its end; f must consume the element (DecodeElement or Skip) and return
// true, or return false to have walk descend into it.
func (w *xmlWalker) walk(parent string, f func(se xml.StartElement) (bool, error)) error {
	for {
		tok, err := w.d.Token()
		if err != nil {
			if err == io.EOF {
				return w.errorf("<"+parent+">", "unexpected end of file: the element is not closed (truncated file?)")
			}
			return w.wrap("<"+parent+">", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			done, err := f(t)
			if err != nil {
				return err
			}
			if !done {
				if err := w.walk(t.Name.Local, f); err != nil {
					return err
				}
			}
		case xml.EndElement:
			return nil
		}
	}
}

// decode decodes the record element se into v, numbering it for messages.
func (w *xmlWalker) decode(se xml.StartElement, v any) (string, error) {
	w.count[se.Name.Local]++
	where := fmt.Sprintf("<%s> #%d", se.Name.Local, w.count[se.Name.Local])
	if err := w.d.DecodeElement(v, &se); err != nil {
		return where, w.wrap(where, err)
	}
	return where, nil
}

// end checks that nothing but white space and comments follows the root.
func (w *xmlWalker) end() error {
	for {
		tok, err := w.d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return w.wrap("", err)
		}
		switch t := tok.(type) {
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return w.errorf("", "text after the root element")
			}
		case xml.StartElement:
			return w.errorf("<"+t.Name.Local+">", "a second root element")
		}
	}
}

// clean trims s and collapses inner runs of white space.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// appendClean appends the cleaned non-empty values of vs to dst, once each.
func appendClean(dst []string, vs ...string) []string {
	for _, v := range vs {
		v = clean(v)
		if v == "" {
			continue
		}
		dup := false
		for _, d := range dst {
			if strings.EqualFold(d, v) {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, v)
		}
	}
	return dst
}
