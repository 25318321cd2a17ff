// Package gumeval measures newsgraph's coreference resolver (package coref)
// against the coreference chains of GUM (the Georgetown University
// Multilayer corpus), read from its CoNLL-U files: for each pronoun and
// each definite description the resolver links to an entity, whether GUM
// puts it in the same chain as a name of that entity (precision), and for
// each one GUM links to a chain with a proper name, whether the resolver
// found it (recall). docs/coref.md, "Evaluation", describes the figures.
package gumeval

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/format/conllu"
)

// A Word is one word of a GUM document.
type Word struct {
	Form string
	UPOS string
	Span document.Span // in the document's Text
	Head int           // index of the head word in the document, -1 for the root
	// Deprel is the dependency relation to the head ("flat", "appos").
	Deprel string
}

// A Mention is one mention of GUM's coreference layer: words [Start, End)
// of the document, in the chain Chain.
type Mention struct {
	Chain string
	// Type is GUM's entity type of the chain: person, organization,
	// place, abstract, event, object, time …
	Type       string
	Start, End int
	// Head is the document index of the mention's syntactic head: its
	// first word whose head lies outside it.
	Head int
}

// A Doc is a GUM document with its words and coreference mentions.
type Doc struct {
	ID       string
	Text     string
	Words    []Word
	Mentions []Mention
	// byWord lists the mentions that start at each word.
	chains map[string][]int
}

// FromCoNLLU reads the coreference layer of a document read by
// format/conllu: the Entity= brackets of the MISC column (GUM's
// "(id-type-…" opens a mention, "id)" closes it, "(id-…)" is one word).
func FromCoNLLU(cd conllu.Document) (*Doc, error) {
	d := &Doc{ID: cd.ID, Text: cd.Text, chains: map[string][]int{}}
	open := map[string][]int{} // chain id → start words of open mentions
	types := map[string]string{}
	for si, s := range cd.Sentences {
		if len(s.Misc) != len(s.Words) || len(s.Spans) != len(s.Words) || len(s.Deprel) != len(s.Words) {
			return nil, fmt.Errorf("gumeval: %s: sentence %d has no CoNLL-U columns", cd.ID, si+1)
		}
		base := len(d.Words)
		for i, w := range s.Words {
			h := -1
			if s.Heads[i] > 0 && s.Heads[i] <= len(s.Words) {
				h = base + s.Heads[i] - 1
			}
			d.Words = append(d.Words, Word{Form: w, UPOS: s.UPOS[i], Span: s.Spans[i], Head: h, Deprel: s.Deprel[i]})
		}
		for i := range s.Words {
			ent := entityField(s.Misc[i])
			if ent == "" {
				continue
			}
			w := base + i
			opens, closes, err := parseBrackets(ent)
			if err != nil {
				return nil, fmt.Errorf("gumeval: %s: sentence %d word %d: %w", cd.ID, si+1, i+1, err)
			}
			for _, o := range opens {
				if o.typ != "" {
					types[o.id] = o.typ
				}
				if o.single {
					d.add(o.id, types[o.id], w, w+1)
				} else {
					open[o.id] = append(open[o.id], w)
				}
			}
			for _, id := range closes {
				st := open[id]
				if len(st) == 0 {
					return nil, fmt.Errorf("gumeval: %s: sentence %d word %d: %s) closes no mention", cd.ID, si+1, i+1, id)
				}
				d.add(id, types[id], st[len(st)-1], w+1)
				open[id] = st[:len(st)-1]
			}
		}
	}
	return d, nil
}

func (d *Doc) add(chain, typ string, start, end int) {
	m := Mention{Chain: chain, Type: typ, Start: start, End: end, Head: start}
	for w := start; w < end; w++ {
		if h := d.Words[w].Head; h < start || h >= end {
			m.Head = w
			break
		}
	}
	d.chains[chain] = append(d.chains[chain], len(d.Mentions))
	d.Mentions = append(d.Mentions, m)
}

// names returns the words of mention m that name it: its head when that
// is a proper noun, and the proper nouns joined to the head as a flat
// name or an apposition ("English defender Kyle Walker": Kyle, Walker).
// "The Obama administration" and "the president of Mexico" have none.
func (d *Doc) names(m Mention) []int {
	var out []int
	if d.Words[m.Head].UPOS == "PROPN" {
		out = append(out, m.Head)
	}
	for w := m.Start; w < m.End; w++ {
		wd := d.Words[w]
		if w == m.Head || wd.UPOS != "PROPN" {
			continue
		}
		rel, _, _ := strings.Cut(wd.Deprel, ":")
		if rel != "flat" && rel != "appos" {
			continue
		}
		// attached to the head, or to a word so attached ("Kyle" <-
		// "Walker" chains run either way)
		for h, n := wd.Head, 0; h >= m.Start && h < m.End && n < 4; h, n = d.Words[h].Head, n+1 {
			if h == m.Head {
				out = append(out, w)
				break
			}
		}
	}
	return out
}

// entityField returns the value of Entity= in a MISC column.
func entityField(misc string) string {
	for _, f := range strings.Split(misc, "|") {
		if v, ok := strings.CutPrefix(f, "Entity="); ok {
			return v
		}
	}
	return ""
}

type opening struct {
	id, typ string
	single  bool
}

// parseBrackets reads one word's Entity value: "(3-person-new-…",
// "(7-time-…)", "3)", in any sequence.
func parseBrackets(v string) (opens []opening, closes []string, err error) {
	for i := 0; i < len(v); {
		if v[i] == '(' {
			j := i + 1
			for j < len(v) && v[j] != '(' && v[j] != ')' {
				j++
			}
			id, rest, _ := strings.Cut(v[i+1:j], "-")
			if !isNumber(id) {
				return nil, nil, fmt.Errorf("bad entity id in %q", v)
			}
			typ, _, _ := strings.Cut(rest, "-")
			o := opening{id: id, typ: typ}
			if j < len(v) && v[j] == ')' {
				o.single = true
				j++
			}
			opens = append(opens, o)
			i = j
			continue
		}
		j := i
		for j < len(v) && v[j] != ')' {
			j++
		}
		if j == len(v) || !isNumber(v[i:j]) {
			return nil, nil, fmt.Errorf("bad closing bracket in %q", v)
		}
		closes = append(closes, v[i:j])
		i = j + 1
	}
	return opens, closes, nil
}

func isNumber(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil && s != "" && s[0] != '-' && s[0] != '+'
}
