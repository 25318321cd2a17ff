// Package conll reads and writes the CoNLL-2003 named-entity format and
// scores taggers on it the way conlleval does.
//
// A CoNLL file has one token a line, its first whitespace-separated column
// the token and, in gold files, its last column the entity tag; blank lines
// separate sentences and "-DOCSTART-" lines separate documents. Tags are
// IOB1 (the original CoNLL-2003 files: an entity may start with I-, and B-
// appears only between two adjacent entities of one type) or IOB2 (every
// entity starts with B-). Spans turns either into entity spans with
// conlleval's semantics; WriteIOB2 writes tags back in IOB2.
package conll

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// DocStart is the token that marks a document boundary.
const DocStart = "-DOCSTART-"

// maxLine bounds the length of one line; longer lines are an error rather
// than a reason to exhaust memory.
const maxLine = 1 << 20

// ErrEmpty is returned by Read for input without a single token.
var ErrEmpty = errors.New("conll: the input has no tokens")

// A Sentence is a run of token lines between blank lines.
type Sentence struct {
	// Tokens are the first columns of the lines.
	Tokens []string
	// Tags are the last columns, when the reader was asked for them.
	Tags []string
	// Line is the line number of the first token, counting from 1.
	Line int
	// Blanks is the number of blank lines that follow the sentence in
	// the input, so that a writer can reproduce the layout.
	Blanks int
}

// A Document is the run of sentences after a -DOCSTART- line (or from the
// start of the input when it has none).
type Document struct {
	// Start is the -DOCSTART- line exactly as read, "" for text before the
	// first one (or in a file without any).
	Start string
	// Blanks is the number of blank lines between Start and the first
	// sentence.
	Blanks    int
	Sentences []Sentence
}

// Tokens returns the number of tokens in the document.
func (d *Document) Tokens() int {
	n := 0
	for _, s := range d.Sentences {
		n += len(s.Tokens)
	}
	return n
}

// Options says what Read expects of its input. The zero value reads tokens
// only, as "newsgraph tag --conll" does.
type Options struct {
	// Tags asks for the last column of every token line as its tag; a
	// line with a single column or a tag that is neither O nor B-, I-
	// followed by a type is then an error.
	Tags bool
}

// A SyntaxError is a malformed line.
type SyntaxError struct {
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// Read parses a CoNLL stream into documents. It returns a *SyntaxError for
// a malformed line (invalid UTF-8, a line longer than 1 MiB, a missing or
// malformed tag when opts.Tags is set) and ErrEmpty when the input holds no
// token at all.
func Read(r io.Reader, opts Options) ([]Document, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	var (
		docs   []Document
		cur    *Sentence
		line   int
		tokens int
	)
	doc := func() *Document {
		if len(docs) == 0 {
			docs = append(docs, Document{})
		}
		return &docs[len(docs)-1]
	}
	flush := func() {
		if cur != nil {
			d := doc()
			d.Sentences = append(d.Sentences, *cur)
			cur = nil
		}
	}
	blank := func() {
		d := doc()
		if n := len(d.Sentences); n > 0 {
			d.Sentences[n-1].Blanks++
		} else {
			d.Blanks++
		}
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		if line == 1 {
			l = strings.TrimPrefix(l, "\ufeff")
		}
		if !utf8.ValidString(l) {
			return nil, &SyntaxError{line, "invalid UTF-8"}
		}
		fields := strings.Fields(l)
		switch {
		case len(fields) == 0:
			flush()
			blank()
			continue
		case fields[0] == DocStart:
			flush()
			docs = append(docs, Document{Start: l})
			continue
		}
		if cur == nil {
			cur = &Sentence{Line: line}
		}
		cur.Tokens = append(cur.Tokens, fields[0])
		tokens++
		if opts.Tags {
			if len(fields) < 2 {
				return nil, &SyntaxError{line, fmt.Sprintf("token %q has no tag column", clip(fields[0]))}
			}
			tag := fields[len(fields)-1]
			if !ValidTag(tag) {
				return nil, &SyntaxError{line, fmt.Sprintf("tag %q is not O, B-TYPE or I-TYPE", clip(tag))}
			}
			cur.Tags = append(cur.Tags, tag)
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, &SyntaxError{line + 1, "line longer than 1 MiB"}
		}
		return nil, fmt.Errorf("conll: line %d: %w", line+1, err)
	}
	flush()
	if tokens == 0 {
		return nil, ErrEmpty
	}
	return docs, nil
}

func clip(s string) string {
	if len(s) > 40 {
		i := 40
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		return s[:i] + "…"
	}
	return s
}

// ValidTag reports whether tag is O or B-TYPE / I-TYPE with a non-empty
// type.
func ValidTag(tag string) bool {
	if tag == "O" {
		return true
	}
	return len(tag) > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-'
}

// WriteIOB2 writes docs as "token<TAB>tag" lines in IOB2, with the
// -DOCSTART- lines and blank lines of the input reproduced. tags holds one
// tag slice per sentence, in document order; tags in IOB1 are converted.
func WriteIOB2(w io.Writer, docs []Document, tags [][]string) error {
	bw := bufio.NewWriter(w)
	k := 0
	var buf []string
	for _, d := range docs {
		if d.Start != "" {
			bw.WriteString(d.Start)
			bw.WriteByte('\n')
		}
		blanks(bw, d.Blanks)
		for _, s := range d.Sentences {
			if k >= len(tags) || len(tags[k]) != len(s.Tokens) {
				return fmt.Errorf("conll: sentence at line %d: %d tokens but no matching tags", s.Line, len(s.Tokens))
			}
			buf = IOB2(buf[:0], tags[k])
			k++
			for i, tok := range s.Tokens {
				bw.WriteString(tok)
				bw.WriteByte('\t')
				bw.WriteString(buf[i])
				bw.WriteByte('\n')
			}
			blanks(bw, s.Blanks)
		}
	}
	return bw.Flush()
}

func blanks(w *bufio.Writer, n int) {
	for range n {
		w.WriteByte('\n')
	}
}
