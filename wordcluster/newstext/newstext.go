// Package newstext reads the unlabelled news text that word clusters are
// trained on, as sentences of tokens: raw article files (tokenised and split
// into sentences by newsgraph's tokenize package, so that the cluster
// vocabulary matches run-time tokens), the token column of CoNLL files, and
// the Word column of the Groningen Meaning Bank CSV. Case is kept.
package newstext

import (
	"bufio"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/tokenize"
)

// A Format is how a source's files are read.
type Format int

// The formats of training text.
const (
	// Text is raw article text, tokenised here.
	Text Format = iota
	// CoNLL is one token a line in the first column, sentences separated
	// by blank lines, -DOCSTART- lines between documents.
	CoNLL
	// GMB is the Groningen Meaning Bank CSV (latin-1; a sentence starts
	// at a row whose first field is "Sentence: N").
	GMB
)

// A Source is one body of training text under the data directory.
type Source struct {
	Name   string // short name used on the command line
	Glob   string // files, relative to the data directory
	Format Format
}

// Sources lists the unlabelled news text of ../shared/data that clusters are
// trained on by default, about 4 million tokens. Only training splits and
// unlabelled corpora are used, never a test split.
var Sources = []Source{
	{"bbc", "corpus/bbc/bbc/*/*.txt", Text},
	{"gigaword", "corpus/gigaword-te3/*.txt", Text},
	{"polnear", "quotes/polnear/*/text/*.txt", Text},
	{"gmb", "ner/gmb/ner_dataset.csv", GMB},
	{"conll", "ner/conll2003/eng.train", CoNLL},
}

// SourceByName returns the source named name.
func SourceByName(name string) (Source, bool) {
	for _, s := range Sources {
		if s.Name == name {
			return s, true
		}
	}
	return Source{}, false
}

// Stats counts what Load read.
type Stats struct {
	Files, Sentences int
	Tokens           int64
}

// ErrNoFiles is returned by Load when a source matches no file.
var ErrNoFiles = errors.New("newstext: no files")

// Load reads every file of the sources under dataDir in a fixed order and
// calls emit with each sentence (the slice is reused between calls). It
// returns the counts per source, in the order given.
func Load(ctx context.Context, dataDir string, sources []Source, emit func([]string)) ([]Stats, error) {
	out := make([]Stats, len(sources))
	for i, src := range sources {
		files, err := filepath.Glob(filepath.Join(dataDir, src.Glob))
		if err != nil {
			return nil, fmt.Errorf("newstext: %s: %w", src.Name, err)
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("%w for %s under %s (%s)", ErrNoFiles, src.Name, dataDir, src.Glob)
		}
		slices.Sort(files)
		st := &out[i]
		count := func(s []string) {
			st.Sentences++
			st.Tokens += int64(len(s))
			emit(s)
		}
		for _, file := range files {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if err := readFile(file, src.Format, count); err != nil {
				return nil, err
			}
			st.Files++
		}
	}
	return out, nil
}

func readFile(name string, format Format, emit func([]string)) error {
	fh, err := os.Open(name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("newstext: %s: %w", name, err)
	}
	defer fh.Close()
	switch format {
	case CoNLL:
		err = ReadCoNLL(fh, emit)
	case GMB:
		err = ReadGMB(fh, emit)
	default:
		var b []byte
		b, err = io.ReadAll(fh)
		if err == nil {
			ReadText(string(b), emit)
		}
	}
	if err != nil {
		return fmt.Errorf("newstext: %s: %w", name, err)
	}
	return nil
}

// ReadText tokenises text and calls emit with each sentence. Invalid UTF-8
// is replaced by U+FFFD first.
func ReadText(text string, emit func([]string)) {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	toks := tokenize.Tokenize(text)
	var sent []string
	ti := 0
	for _, s := range tokenize.Sentences(text, toks, tokenize.Paragraphs(text)) {
		sent = sent[:0]
		for ti < len(toks) && toks[ti].Start < s.Start {
			ti++
		}
		for ; ti < len(toks) && toks[ti].End <= s.End; ti++ {
			sent = append(sent, text[toks[ti].Start:toks[ti].End])
		}
		if len(sent) > 0 {
			emit(sent)
		}
	}
}

// ReadCoNLL reads the first column of a CoNLL file (fields separated by
// spaces or tabs) and calls emit with each sentence; -DOCSTART- lines are
// skipped.
func ReadCoNLL(r io.Reader, emit func([]string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var sent []string
	flush := func() {
		if len(sent) > 0 {
			emit(sent)
			sent = sent[:0]
		}
	}
	for sc.Scan() {
		line := sc.Text()
		tok, _, _ := strings.Cut(strings.TrimLeft(line, " \t"), " ")
		tok, _, _ = strings.Cut(tok, "\t")
		switch {
		case tok == "":
			flush()
		case tok == "-DOCSTART-":
			flush()
		default:
			sent = append(sent, tok)
		}
	}
	flush()
	return sc.Err()
}

// ReadGMB reads the Groningen Meaning Bank NER CSV (header
// "Sentence #,Word,POS,Tag", latin-1) and calls emit with the words of each
// sentence.
func ReadGMB(r io.Reader, emit func([]string)) error {
	cr := csv.NewReader(latin1Reader{bufio.NewReader(r)})
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	var sent []string
	line := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			return err
		}
		if line == 1 && len(rec) > 0 && strings.HasPrefix(rec[0], "Sentence #") {
			continue
		}
		if len(rec) < 2 {
			return fmt.Errorf("line %d: want Sentence #,Word,…", line)
		}
		if rec[0] != "" && len(sent) > 0 {
			emit(sent)
			sent = sent[:0]
		}
		if rec[1] != "" {
			sent = append(sent, rec[1])
		}
	}
	if len(sent) > 0 {
		emit(sent)
	}
	return nil
}

// latin1Reader decodes ISO-8859-1 into UTF-8.
type latin1Reader struct{ r *bufio.Reader }

func (l latin1Reader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		b, err := l.r.ReadByte()
		if err != nil {
			if n > 0 {
				return n, nil
			}
			return 0, err
		}
		if b < 0x80 {
			p[n] = b
			n++
			continue
		}
		if n+2 > len(p) {
			l.r.UnreadByte()
			if n == 0 {
				return 0, io.ErrShortBuffer
			}
			break
		}
		n += utf8.EncodeRune(p[n:], rune(b))
	}
	return n, nil
}
