package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
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

// load reads data.verb and index.verb from the WordNet dict directory dir.
func load(dir string) (*wordnet, error) {
	wn := &wordnet{synsets: map[string]*synset{}, senses: map[string][]string{}, nouns: map[string][]string{}}
	var derivs []derivation
	err := eachLine(filepath.Join(dir, "data.verb"), func(line string) error {
		body, gloss, _ := strings.Cut(line, " | ")
		f := strings.Fields(body)
		if len(f) < 4 {
			return fmt.Errorf("short synset line %q", line)
		}
		n, err := strconv.ParseInt(f[3], 16, 0)
		if err != nil {
			return fmt.Errorf("synset %s: word count: %w", f[0], err)
		}
		s := &synset{offset: f[0], gloss: strings.TrimSpace(gloss)}
		k := 4
		for i := 0; i < int(n); i++ {
			s.words = append(s.words, strings.ToLower(f[k]))
			k += 2
		}
		p, err := strconv.Atoi(f[k])
		if err != nil {
			return fmt.Errorf("synset %s: pointer count: %w", f[0], err)
		}
		k++
		for i := 0; i < p; i++ {
			if f[k] == "~" && f[k+2] == "v" {
				s.hypos = append(s.hypos, f[k+1])
			}
			if f[k] == "@" && f[k+2] == "v" {
				s.hypers = append(s.hypers, f[k+1])
			}
			if f[k] == "+" && f[k+2] == "n" {
				t, err := strconv.ParseInt(f[k+3][2:], 16, 0)
				if err != nil {
					return fmt.Errorf("synset %s: pointer %s: %w", f[0], f[k+3], err)
				}
				derivs = append(derivs, derivation{from: s, offset: f[k+1], target: int(t)})
			}
			k += 4
		}
		wn.synsets[s.offset] = s
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(filepath.Join(dir, "data.noun"), func(line string) error {
		f := strings.Fields(line)
		n, err := strconv.ParseInt(f[3], 16, 0)
		if err != nil {
			return fmt.Errorf("noun synset %s: word count: %w", f[0], err)
		}
		for i := 0; i < int(n); i++ {
			wn.nouns[f[0]] = append(wn.nouns[f[0]], strings.ToLower(f[4+2*i]))
		}
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
	err = eachLine(filepath.Join(dir, "index.verb"), func(line string) error {
		f := strings.Fields(line)
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("index entry %q: %w", f[0], err)
		}
		wn.senses[f[0]] = f[len(f)-n:]
		return nil
	})
	if err != nil {
		return nil, err
	}
	return wn, nil
}

// eachLine calls fn on each line of the file at path but WordNet's
// licence header (lines starting with two spaces).
func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") || line == "" {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
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
