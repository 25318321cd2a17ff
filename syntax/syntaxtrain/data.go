// Package syntaxtrain trains and measures package syntax's models: the
// part-of-speech tagger on CoNLL-2003's English training set and GUM's
// training files, the dependency parser on GUM's training files. It reads
// the corpora from newsgraph's shared data directory (../shared/data).
package syntaxtrain

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/tokenize"
)

// A Sentence is one sentence of a corpus: words with their Penn Treebank
// tags and, for GUM, their heads (-1 for the root) and labels.
type Sentence struct {
	Words  []string
	Tags   []string
	Heads  []int
	Labels []string
}

// GUMDir and CoNLLDir are the corpora's places under the data directory.
const (
	GUMDir   = "ner/gum-news/dep"
	CoNLLDir = "ner/conll2003"
)

// GUMFiles returns GUM's CoNLL-U files under data, sorted by name and split:
// every fifth file (the 5th, 10th, … in that order) is for development,
// the others for training.
func GUMFiles(data string) (train, dev []string, err error) {
	return GUMFold(data, 4)
}

// GUMFold is GUMFiles with another fifth of the files held out: those at
// positions i (from 0, in name order) with i%5 == fold. GUMFiles is fold
// 4; the others serve to check a change on other data than the dev set.
func GUMFold(data string, fold int) (train, dev []string, err error) {
	files, err := filepath.Glob(filepath.Join(data, GUMDir, "*.conllu"))
	if err != nil {
		return nil, nil, err
	}
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("no CoNLL-U files in %s", filepath.Join(data, GUMDir))
	}
	slices.Sort(files)
	for i, f := range files {
		if i%5 == fold {
			dev = append(dev, f)
		} else {
			train = append(train, f)
		}
	}
	return train, dev, nil
}

// ReadGUM reads the sentences of CoNLL-U files. Multi-word token ranges
// and empty nodes are skipped. Each sentence is retokenised as newsgraph's
// tokenizer splits its text (see Retokenise).
func ReadGUM(files []string) ([]Sentence, error) {
	var out []Sentence
	for _, f := range files {
		ss, err := readCoNLLU(f)
		if err != nil {
			return nil, err
		}
		out = append(out, ss...)
	}
	return out, nil
}

func readCoNLLU(path string) ([]Sentence, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), maxLine)
	var out []Sentence
	var cur Sentence
	var glue []bool // no space after the word
	line := 0
	flush := func() error {
		if len(cur.Words) == 0 {
			return nil
		}
		for i, h := range cur.Heads {
			if h < -1 || h >= len(cur.Words) || h == i {
				return fmt.Errorf("%s: sentence ending at line %d: word %d has head %d", path, line, i+1, h+1)
			}
		}
		out = append(out, Retokenise(cur, glue))
		cur, glue = Sentence{}, nil
		return nil
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		if err := checkText(l); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if l == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		if strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 10", path, line, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue
		}
		h, err := strconv.Atoi(cols[6])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: head %q", path, line, cols[6])
		}
		cur.Words = append(cur.Words, cols[1])
		cur.Tags = append(cur.Tags, cols[4])
		cur.Heads = append(cur.Heads, h-1)
		cur.Labels = append(cur.Labels, cols[7])
		glue = append(glue, strings.Contains(cols[9], "SpaceAfter=No"))
	}
	if err := sc.Err(); err != nil {
		return nil, scanError(path, line, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// Retokenise rebuilds a sentence's text from its words (glue[i]: no space
// after word i) and splits it with newsgraph's tokenizer; where newsgraph
// keeps several of the corpus's words as one token ("all-girl" for GUM's
// "all", "-", "girl"), they become one word, with the tag, head and label
// of the one among them whose head lies outside. Where a token would cut
// a word, the sentence is returned as it is.
func Retokenise(s Sentence, glue []bool) Sentence {
	var b strings.Builder
	starts := make([]int, len(s.Words))
	for i, w := range s.Words {
		starts[i] = b.Len()
		b.WriteString(w)
		if !glue[i] && i+1 < len(s.Words) {
			b.WriteByte(' ')
		}
	}
	text := b.String()
	spans := tokenize.Tokenize(text)
	group := make([]int, len(s.Words))
	k := 0
	for i := range s.Words {
		start, end := starts[i], starts[i]+len(s.Words[i])
		for k < len(spans) && spans[k].End <= start {
			k++
		}
		if k >= len(spans) || spans[k].Start > start || spans[k].End < end {
			return s // the token does not cover the word
		}
		if spans[k].Start < start && (i == 0 || group[i-1] != k) {
			return s
		}
		group[i] = k
	}
	if group[len(group)-1] == len(s.Words)-1 && len(spans) == len(s.Words) {
		return s
	}
	// Number the groups 0.. in order; each group's head is the member
	// whose head lies outside it (the last such).
	idx := make([]int, len(s.Words))
	var members [][]int
	for i, g := range group {
		if i == 0 || g != group[i-1] {
			members = append(members, nil)
		}
		idx[i] = len(members) - 1
		members[len(members)-1] = append(members[len(members)-1], i)
	}
	out := Sentence{}
	for _, ms := range members {
		head := ms[len(ms)-1]
		for _, m := range ms {
			if h := s.Heads[m]; h < 0 || idx[h] != idx[m] {
				head = m
			}
		}
		sp := spans[group[ms[0]]]
		out.Words = append(out.Words, text[sp.Start:sp.End])
		out.Tags = append(out.Tags, s.Tags[head])
		h := s.Heads[head]
		if h >= 0 {
			h = idx[h]
		}
		out.Heads = append(out.Heads, h)
		out.Labels = append(out.Labels, s.Labels[head])
	}
	return out
}

// ReadCoNLLPOS reads the words and POS tags of a CoNLL-2003 file, leaving
// out -DOCSTART- lines, with the tags in GUM's spelling ("(" → "-LRB-",
// a straight quote “ or ” by whether it opens or closes).
func ReadCoNLLPOS(path string) ([]Sentence, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	var out []Sentence
	var cur Sentence
	quotes := 0
	line := 0
	for sc.Scan() {
		line++
		if err := checkText(sc.Text()); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			if len(cur.Words) > 0 {
				out = append(out, cur)
			}
			cur, quotes = Sentence{}, 0
			continue
		}
		if f[0] == "-DOCSTART-" || len(f) < 2 {
			continue
		}
		tag := f[1]
		switch tag {
		case "(":
			tag = "-LRB-"
		case ")":
			tag = "-RRB-"
		case `"`:
			tag = "``"
			if quotes%2 == 1 {
				tag = "''"
			}
			quotes++
		case "NN|SYM":
			tag = "NN"
		}
		cur.Words = append(cur.Words, f[0])
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, scanError(path, line, err)
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// maxLine is the longest line the corpus readers take.
const maxLine = 1 << 24

// checkText rejects a line that is not text: invalid UTF-8 or a NUL byte,
// as in a binary file given in a corpus's place.
func checkText(l string) error {
	if !utf8.ValidString(l) || strings.IndexByte(l, 0) >= 0 {
		return errors.New("not UTF-8 text (a binary file?)")
	}
	return nil
}

// scanError words a scanner's error with the file and the line after the
// last one read.
func scanError(path string, line int, err error) error {
	if errors.Is(err, bufio.ErrTooLong) {
		return fmt.Errorf("%s:%d: line longer than %d bytes", path, line+1, maxLine)
	}
	return fmt.Errorf("%s:%d: %w", path, line+1, err)
}
