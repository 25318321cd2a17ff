// Package conllu reads CoNLL-U files (Universal Dependencies, GUM) and the
// Universal NER variant of the format, and rebuilds each document's running
// text with its gold sentence and paragraph spans, so that newsgraph's
// tokenizer, sentence splitter and tagger can be measured against them.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// A Sentence is one sentence of a CoNLL-U file.
type Sentence struct {
	ID   string
	Text string // the "# text =" comment
	// Words are the word forms (multi-word token ranges are skipped), and
	// Tags the third column of UNER-style files (IOB2 entity tags); Tags is
	// nil for standard CoNLL-U.
	Words []string
	Tags  []string
	// For 10-column CoNLL-U, the universal part of speech (UPOS), the
	// head's word number (0 for the root, -1 when not a number), the
	// dependency relation and the MISC column of each word; nil for UNER.
	UPOS   []string
	Heads  []int
	Deprel []string
	Misc   []string
	// Spans are the byte spans of the words in the document's Text,
	// found in order in the sentence's text; a word the text does not
	// have there gets an empty span where the search stood.
	Spans []document.Span
	// NewPar is set when a "# newpar" comment precedes the sentence.
	NewPar bool
}

// A Document is a run of sentences under one "# newdoc" comment, with the
// running text rebuilt from the sentences' texts. Paragraphs ("# newpar")
// are joined by a blank line. Inside a paragraph, a sentence that ends in
// terminal punctuation is followed by a space; one that does not (a caption,
// a list item, a heading inside a block) by a line break, as on the page it
// came from, where nothing but layout separates it from the next. A file
// that marks no paragraphs (Universal NER) gives no layout either: its
// documents are one paragraph, sentences joined by spaces.
type Document struct {
	ID         string
	Sentences  []Sentence
	Text       string
	SentSpans  []document.Span // byte spans of the sentences in Text
	Paragraphs []document.Span
}

// Read parses a CoNLL-U stream into documents. A file without "# newdoc"
// comments is one document. Lines are 10 tab-separated columns for CoNLL-U
// or at least 3 for UNER (index, form, tag).
func Read(r io.Reader) ([]Document, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var docs []Document
	var cur *Sentence
	var doc *Document
	newpar := false
	line := 0
	flush := func() {
		if cur == nil {
			return
		}
		if doc == nil {
			docs = append(docs, Document{})
			doc = &docs[len(docs)-1]
		}
		if cur.Text == "" {
			cur.Text = strings.Join(cur.Words, " ")
		}
		// a sentence that mixes short and 10-column lines: every word
		// gets the columns, empty where its line had none
		for cur.Misc != nil && len(cur.Misc) < len(cur.Words) {
			cur.UPOS = append(cur.UPOS, "")
			cur.Heads = append(cur.Heads, -1)
			cur.Deprel = append(cur.Deprel, "")
			cur.Misc = append(cur.Misc, "")
		}
		doc.Sentences = append(doc.Sentences, *cur)
		cur = nil
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case l == "":
			flush()
			continue
		case strings.HasPrefix(l, "#"):
			key, val, _ := strings.Cut(strings.TrimPrefix(l, "#"), "=")
			key, val = strings.TrimSpace(key), strings.TrimSpace(val)
			switch key {
			case "newdoc id", "newdoc":
				flush()
				docs = append(docs, Document{ID: val})
				doc = &docs[len(docs)-1]
			case "newpar":
				newpar = true
			case "sent_id":
				if cur == nil {
					cur = &Sentence{NewPar: newpar}
					newpar = false
				}
				cur.ID = val
			case "text":
				if cur == nil {
					cur = &Sentence{NewPar: newpar}
					newpar = false
				}
				cur.Text = val
			}
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) < 3 {
			return nil, fmt.Errorf("conllu: line %d: %d columns, want at least 3", line, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue // multi-word token range or empty node
		}
		if cur == nil {
			cur = &Sentence{NewPar: newpar}
			newpar = false
		}
		cur.Words = append(cur.Words, cols[1])
		if len(cols) < 10 {
			cur.Tags = append(cur.Tags, cols[2])
		} else {
			h, err := strconv.Atoi(cols[6])
			if err != nil {
				h = -1
			}
			for len(cur.Misc) < len(cur.Words)-1 {
				cur.UPOS = append(cur.UPOS, "")
				cur.Heads = append(cur.Heads, -1)
				cur.Deprel = append(cur.Deprel, "")
				cur.Misc = append(cur.Misc, "")
			}
			cur.UPOS = append(cur.UPOS, cols[3])
			cur.Heads = append(cur.Heads, h)
			cur.Deprel = append(cur.Deprel, cols[7])
			cur.Misc = append(cur.Misc, cols[9])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu: line %d: %w", line, err)
	}
	flush()
	for i := range docs {
		docs[i].build()
	}
	return docs, nil
}

// build rebuilds the running text and the gold spans.
func (d *Document) build() {
	marked := false
	for _, s := range d.Sentences {
		marked = marked || s.NewPar
	}
	var b strings.Builder
	paraStart := -1
	for i, s := range d.Sentences {
		newPara := i == 0 || s.NewPar
		if i > 0 {
			if newPara {
				d.Paragraphs = append(d.Paragraphs, document.Span{Start: paraStart, End: b.Len()})
				b.WriteString("\n\n")
			} else if !marked || endsSentence(d.Sentences[i-1].Text) {
				b.WriteString(" ")
			} else {
				b.WriteString("\n")
			}
		}
		if newPara {
			paraStart = b.Len()
		}
		start := b.Len()
		b.WriteString(s.Text)
		d.SentSpans = append(d.SentSpans, document.Span{Start: start, End: b.Len()})
		d.Sentences[i].Spans = wordSpans(s.Text, s.Words, start)
	}
	if paraStart >= 0 {
		d.Paragraphs = append(d.Paragraphs, document.Span{Start: paraStart, End: b.Len()})
	}
	d.Text = b.String()
}

// wordSpans finds words in order in text, a sentence that starts at byte
// off of its document, and returns their spans in the document.
func wordSpans(text string, words []string, off int) []document.Span {
	spans := make([]document.Span, len(words))
	pos := 0
	for i, w := range words {
		j := -1
		if w != "" {
			j = strings.Index(text[pos:], w)
		}
		// a word further on than the spaces before it is not there
		if j < 0 || strings.TrimSpace(text[pos:pos+j]) != "" {
			spans[i] = document.Span{Start: off + pos, End: off + pos}
			continue
		}
		pos += j
		spans[i] = document.Span{Start: off + pos, End: off + pos + len(w)}
		pos += len(w)
	}
	return spans
}

// endsSentence reports whether s ends in terminal punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)]» ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}
