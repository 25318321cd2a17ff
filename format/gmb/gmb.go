// Package gmb reads the named-entity data of the Groningen Meaning Bank in
// its widely shared CSV form ("Sentence #,Word,POS,Tag", Latin-1, one token
// a row, the sentence number on a sentence's first row only, tags in IOB2
// over GMB's types geo, gpe, org, per, tim, art, eve and nat), and maps its
// tags onto the CoNLL-2003 types.
package gmb

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// A Sentence is one GMB sentence.
type Sentence struct {
	Tokens, POS, Tags []string
	// Line is the line number of the sentence's first row.
	Line int
}

// Read parses the CSV form of the GMB entity data. Its encoding is Latin-1.
func Read(r io.Reader) ([]Sentence, error) {
	cr := csv.NewReader(charmap.ISO8859_1.NewDecoder().Reader(r))
	cr.FieldsPerRecord = 4
	cr.ReuseRecord = true
	var out []Sentence
	first := true
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("gmb: %w", err)
		}
		line, _ := cr.FieldPos(0)
		if first {
			first = false
			if rec[0] == "Sentence #" {
				continue
			}
		}
		if rec[0] != "" || len(out) == 0 {
			out = append(out, Sentence{Line: line})
		}
		s := &out[len(out)-1]
		tag := rec[3]
		if tag != "O" && (len(tag) < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') {
			return nil, fmt.Errorf("gmb: line %d: tag %q is not IOB2", line, tag)
		}
		s.Tokens = append(s.Tokens, rec[1])
		s.POS = append(s.POS, rec[2])
		s.Tags = append(s.Tags, tag)
	}
	return out, nil
}

// CoNLLTags returns the sentence's tags over the CoNLL-2003 types: per →
// PER, org → ORG, geo → LOC, gpe → LOC for proper nouns ("Britain") and
// MISC for adjectives ("British"), art, eve and nat → MISC, and tim → O
// (CoNLL does not annotate times).
func (s *Sentence) CoNLLTags() []string {
	out := make([]string, len(s.Tags))
	for i, t := range s.Tags {
		out[i] = "O"
		if t == "O" {
			continue
		}
		typ := ""
		switch t[2:] {
		case "per":
			typ = "PER"
		case "org":
			typ = "ORG"
		case "geo":
			typ = "LOC"
		case "gpe":
			typ = "LOC"
			if !strings.HasPrefix(s.POS[i], "NNP") {
				typ = "MISC"
			}
		case "art", "eve", "nat":
			typ = "MISC"
		default:
			continue
		}
		out[i] = t[:2] + typ
	}
	return out
}
