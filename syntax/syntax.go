// Package syntax tags English sentences with parts of speech and parses
// them into dependency trees.
//
// The tagger is a greedy averaged perceptron over Penn Treebank tags,
// trained on CoNLL-2003's English training set and GUM's training files;
// the parser a greedy, labelled arc-hybrid transition parser with an
// averaged perceptron, trained on GUM with a dynamic oracle. Both models
// are embedded and read in place on first use. docs/syntax.md describes
// the data, the split and the figures.
package syntax

import (
	_ "embed"
	"sync"
	"unsafe"

	"github.com/newsgraph/newsgraph/syntax/internal/engine"
	"github.com/newsgraph/newsgraph/wordcluster"
)

// A Tree is the dependency parse of one sentence, in GUM's conventions
// (Universal Dependencies): content words head function words (the verb
// heads its auxiliaries, a noun its "case" preposition, so that "by the
// president" is an "obl:agent" headed by "president"); a name is "flat"
// with its first word as head ("Eddie" in "Eddie Chu"), a compound noun
// headed by its last; a copula is a dependent ("cop") of its predicate;
// conjuncts hang from the first ("conj"). Subtree gives a word's phrase.
type Tree struct {
	Words  []string // the input words
	Tags   []string // Penn Treebank tags (xpos), one per word
	Heads  []int    // index of each word's head, -1 for the root
	Labels []string // Universal Dependencies relations as GUM writes them, subtypes kept ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "obl:unmarked", "nmod", "nmod:poss", "conj", "cc", "appos", "compound", "flat", "amod", "xcomp", "ccomp", "acl", "acl:relcl", "advcl", "aux", "aux:pass", "cop", "mark", "case", "det", "punct", …; "root" for the root)
}

// modelFile is the shipped model, written by "newsgraph train syntax".
//
//go:embed model.bin
var modelFile string

// maxWords bounds the sentence a Parse call parses: longer input is parsed
// in pieces of this many words, each its own tree whose root is headed by
// nothing (-1).
const maxWords = 400

// model returns the shipped model, read in place once, unchecked
// (TestShippedModelChecks reads it with the checks).
var model = sync.OnceValues(func() (*engine.Model, error) {
	return engine.ReadShipped(unsafe.Slice(unsafe.StringData(modelFile), len(modelFile)))
})

// decoders pools decoders over the shipped model.
var decoders = sync.Pool{New: func() any {
	m, err := model()
	if err != nil {
		panic("syntax: the embedded model is damaged: " + err.Error())
	}
	return engine.NewDecoder(m, wordcluster.Default())
}}

// Parse tags and parses one sentence's words (tokens as newsgraph's
// tokenizer gives them). It is safe for concurrent use; the embedded
// models load on first use. Any input is accepted (empty words, invalid
// UTF-8); a sentence of more than 400 words is parsed in pieces of 400,
// each with a root of its own. The parser's output goes through a few
// repairs (docs/syntax.md, "Post-rules"): passive "by" phrases become
// "obl:agent", flattened coordinations of subjects and objects "conj".
// GUM has no "obl:tmod": it writes "obl:unmarked" for bare temporal and
// other unmarked obliques ("on Tuesday" is "obl", "last year"
// "obl:unmarked").
func Parse(words []string) Tree {
	t := Tree{
		Words:  words,
		Tags:   make([]string, len(words)),
		Heads:  make([]int, len(words)),
		Labels: make([]string, len(words)),
	}
	if len(words) == 0 {
		return t
	}
	d := decoders.Get().(*engine.Decoder)
	defer decoders.Put(d)
	m, _ := model()
	for start := 0; start < len(words); start += maxWords {
		end := min(start+maxWords, len(words))
		toks := d.Tokens(words[start:end])
		tags := d.Tag(toks)
		s := d.Parse(toks, tags)
		for i := range toks {
			t.Tags[start+i] = m.Tags[tags[i]]
			h := s.Heads[i]
			if h < 0 || h >= len(toks) {
				t.Heads[start+i] = -1
			} else {
				t.Heads[start+i] = start + h
			}
			if l := s.Labels[i]; l >= 0 {
				t.Labels[start+i] = m.Labels[l]
			} else {
				t.Labels[start+i] = "dep"
			}
		}
	}
	engine.PassiveAgents(t.Words, t.Tags, t.Heads, t.Labels)
	engine.Coordinate(t.Words, t.Heads, t.Labels)
	engine.NounConjuncts(t.Tags, t.Heads, t.Labels)
	return t
}

// Tag gives the Penn Treebank tags of one sentence's words only (cheaper
// than Parse). It is safe for concurrent use.
func Tag(words []string) []string {
	tags := make([]string, len(words))
	if len(words) == 0 {
		return tags
	}
	d := decoders.Get().(*engine.Decoder)
	defer decoders.Put(d)
	m, _ := model()
	for start := 0; start < len(words); start += maxWords {
		end := min(start+maxWords, len(words))
		for i, c := range d.Tag(d.Tokens(words[start:end])) {
			tags[start+i] = m.Tags[c]
		}
	}
	return tags
}

// Children returns the indices of word i's dependents, in order.
func (t Tree) Children(i int) []int {
	var kids []int
	for j, h := range t.Heads {
		if h == i && j != i {
			kids = append(kids, j)
		}
	}
	return kids
}

// Root returns the index of the tree's first root (-1 for an empty tree).
func (t Tree) Root() int {
	for i, h := range t.Heads {
		if h < 0 {
			return i
		}
	}
	return -1
}

// Dependents returns the dependents of word i whose label is one of
// labels, or whose label's main type is (a label "nsubj" also matches
// "nsubj:pass"), in order.
func (t Tree) Dependents(i int, labels ...string) []int {
	var out []int
	for j, h := range t.Heads {
		if h != i || j == i {
			continue
		}
		for _, l := range labels {
			if t.Labels[j] == l || len(t.Labels[j]) > len(l) && t.Labels[j][len(l)] == ':' && t.Labels[j][:len(l)] == l {
				out = append(out, j)
				break
			}
		}
	}
	return out
}

// Subtree returns the span [start, end) of the words that word i heads,
// itself included (the tree being projective, they are contiguous; for a
// non-projective tree, the span from the leftmost to the rightmost).
func (t Tree) Subtree(i int) (start, end int) {
	start, end = i, i+1
	for j := range t.Heads {
		if j < start || j >= end {
			if t.dominates(i, j) {
				start, end = min(start, j), max(end, j+1)
			}
		}
	}
	return start, end
}

// dominates reports whether word a is an ancestor of word b.
func (t Tree) dominates(a, b int) bool {
	for steps := 0; b >= 0 && b < len(t.Heads) && steps <= len(t.Heads); steps++ {
		if b == a {
			return true
		}
		b = t.Heads[b]
	}
	return false
}

// Warm loads the embedded models now rather than at the first Parse or
// Tag (analyze starts it in the background, as the pipeline starts).
func Warm() {
	model()
	wordcluster.Default()
}
