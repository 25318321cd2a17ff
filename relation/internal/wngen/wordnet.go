package main

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	wordnetdb "github.com/newsgraph/newsgraph/relation/internal/wordnet"
)

// A synset is one verb synset of WordNet's data.verb.
type synset struct {
	offset string
	words  []string // lemmas, "_" for spaces
	hypos  []string // offsets of the direct hyponyms ("~")
	hypers []string // offsets of the direct hypernyms ("@")
	nouns  []string // derivationally related nouns ("+"), lemmas
	gloss  string
}

// A wordnet holds WordNet's verbs: the synsets by offset and each lemma's
// synsets in sense order (index.verb), and the nouns' lemmas by offset
// and word number (data.noun).
type wordnet struct {
	synsets map[string]*synset
	senses  map[string][]string
	nouns   map[string][]string
}

// A derivation is a "+" pointer from a verb synset to a noun.
type derivation struct {
	from   *synset
	offset string
	target int // the noun's word number in its synset, from 1
}

// load reads data.verb, data.noun and index.verb from the WordNet dict
// directory dir.
func load(dir string) (*wordnet, error) {
	wn := &wordnet{synsets: map[string]*synset{}, nouns: map[string][]string{}}
	var derivs []derivation
	err := wordnetdb.ReadData(filepath.Join(dir, "data.verb"), func(d *wordnetdb.Synset) error {
		s := &synset{offset: d.Offset, words: d.Words, gloss: d.Gloss}
		for _, p := range d.Pointers {
			switch {
			case p.Symbol == "~" && p.POS == "v":
				s.hypos = append(s.hypos, p.Offset)
			case p.Symbol == "@" && p.POS == "v":
				s.hypers = append(s.hypers, p.Offset)
			case p.Symbol == "+" && p.POS == "n":
				derivs = append(derivs, derivation{from: s, offset: p.Offset, target: p.Target})
			}
		}
		wn.synsets[s.offset] = s
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = wordnetdb.ReadData(filepath.Join(dir, "data.noun"), func(d *wordnetdb.Synset) error {
		wn.nouns[d.Offset] = d.Words
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, d := range derivs {
		ws := wn.nouns[d.offset]
		if d.target >= 1 && d.target <= len(ws) {
			d.from.nouns = append(d.from.nouns, ws[d.target-1])
		}
	}
	if wn.senses, err = wordnetdb.ReadIndex(filepath.Join(dir, "index.verb")); err != nil {
		return nil, err
	}
	return wn, nil
}

// sense returns the synset of "lemma.n" (the n-th verb sense of lemma).
func (wn *wordnet) sense(key string) (*synset, error) {
	lemma, num, ok := strings.Cut(key, ".")
	n, err := strconv.Atoi(num)
	if !ok || err != nil {
		return nil, fmt.Errorf("bad sense %q: want lemma.n", key)
	}
	ss := wn.senses[lemma]
	if n < 1 || n > len(ss) {
		return nil, fmt.Errorf("sense %q: %s has %d verb senses", key, lemma, len(ss))
	}
	return wn.synsets[ss[n-1]], nil
}
