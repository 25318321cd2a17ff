package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// The third pool (sets 13–15): the Reuters articles of 1996 in the
// CoNLL-2003 English train and dev files (ner/conll2003/eng.train and
// eng.testa), one token a line, "-DOCSTART-" before each document. The
// test file (eng.testb) is never read: conllFiles names the only two files
// the pool opens. An article's path is the file's and the document's
// index in it, "ner/conll2003/eng.train#12" (0-based, in file order);
// its text is made here from the tokens (conllText) and given to the
// binary on its standard input, so no text is written but the analyses
// under OUT/json.
var conllFiles = []string{"ner/conll2003/eng.train", "ner/conll2003/eng.testa"}

// conllMinWords is the least number of words (tokens with a letter) a
// candidate has: shorter ones are mostly briefs and tables.
const conllMinWords = 80

// sports are the labels of sports headlines ("SOCCER - …"): results and
// match reports, left out of the pool.
var sports = []string{"SOCCER", "CRICKET", "BASEBALL", "TENNIS", "CYCLING", "GOLF", "ATHLETICS",
	"RALLYING", "BASKETBALL", "BADMINTON", "MOTORCYCLING", "SQUASH", "MOTOCROSS", "SWIMMING",
	"ROWING", "HOCKEY", "AUSTRALIAN RULES", "ICE HOCKEY", "BOXING", "RUGBY", "MOTOR RACING", "HORSE RACING", "NFL",
	"AMERICAN FOOTBALL", "NHL", "NBA", "SKIING", "SAILING", "JUDO", "WRESTLING", "FORMULA ONE",
	"VOLLEYBALL", "HANDBALL", "TABLE TENNIS", "FENCING", "SHOOTING", "EQUESTRIAN", "TRIATHLON", "GYMNASTICS"}

// A conllDoc is one document of a CoNLL file: its sentences, each a list
// of tokens.
type conllDoc [][]string

var (
	conllMu    sync.Mutex
	conllCache = map[string][]conllDoc{}
)

// conllDocs reads the documents of a CoNLL file under data (once).
func conllDocs(data, file string) ([]conllDoc, error) {
	conllMu.Lock()
	defer conllMu.Unlock()
	key := filepath.Join(data, file)
	if docs, ok := conllCache[key]; ok {
		return docs, nil
	}
	f, err := os.Open(key)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []conllDoc
	var sent []string
	flush := func() {
		if len(sent) > 0 && len(docs) > 0 {
			docs[len(docs)-1] = append(docs[len(docs)-1], sent)
		}
		sent = nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "-DOCSTART-"):
			flush()
			docs = append(docs, nil)
		case line == "":
			flush()
		default:
			tok, _, _ := strings.Cut(line, " ")
			sent = append(sent, tok)
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", key, err)
	}
	conllCache[key] = docs
	return docs, nil
}

// conllCandidates lists the articles of the CoNLL train and dev files
// outside the gold sets that are likely to hold interactions: no sports
// headline, at least conllMinWords words, and prose rather than a table
// (conllProse).
func conllCandidates(data string, gold map[string]bool) []string {
	var out []string
	for _, file := range conllFiles {
		docs, err := conllDocs(data, file)
		if err != nil {
			continue
		}
		for i, d := range docs {
			p := file + "#" + strconv.Itoa(i)
			if !gold[p] && len(d) > 0 && !sportsHeadline(d[0]) && conllProse(d) {
				out = append(out, p)
			}
		}
	}
	return out
}

// sportsHeadline reports whether a headline opens with a sports label in
// capitals before a dash ("SOCCER - …", "RUGBY UNION - …", "NFL AMERICAN
// FOOTBALL-RANDALL …").
func sportsHeadline(h []string) bool {
	var label []string
	for _, t := range h {
		before, _, dash := strings.Cut(t, "-")
		if before != "" {
			label = append(label, before)
		}
		if dash || strings.ToUpper(t) != t {
			break
		}
	}
	l := strings.Join(label, " ")
	for _, s := range sports {
		if strings.HasPrefix(l, s) {
			return true
		}
	}
	return false
}

// conllProse reports whether a document is a prose article: at least
// conllMinWords words, at most a tenth of its tokens numbers, and at least
// six tenths of its tokens in sentences of eight tokens or more that end
// as sentences do (results tables, price lists and digests fail).
func conllProse(d conllDoc) bool {
	var toks, words, nums, prose int
	for _, s := range d {
		toks += len(s)
		for _, t := range s {
			letter, digit := strings.IndexFunc(t, unicode.IsLetter) >= 0, strings.IndexFunc(t, unicode.IsDigit) >= 0
			if letter {
				words++
			} else if digit {
				nums++
			}
		}
		if last := s[len(s)-1]; len(s) >= 8 && (last == "." || last == "?" || last == "!" || last == "\"" || last == "'") {
			prose += len(s)
		}
	}
	return words >= conllMinWords && nums*10 <= toks && prose*10 >= toks*6
}

// conllArticle returns the text of the article at a pool path
// ("ner/conll2003/eng.train#12").
func conllArticle(data, p string) (string, error) {
	file, n, ok := strings.Cut(p, "#")
	i, err := strconv.Atoi(n)
	if !ok || err != nil || !isConllFile(file) {
		return "", fmt.Errorf("not a CoNLL pool path: %s", p)
	}
	docs, err := conllDocs(data, file)
	if err != nil {
		return "", err
	}
	if i < 0 || i >= len(docs) {
		return "", fmt.Errorf("%s: no document %d", file, i)
	}
	return conllText(docs[i]), nil
}

func isConllFile(file string) bool {
	for _, f := range conllFiles {
		if f == file {
			return true
		}
	}
	return false
}

// conllText detokenises a document: one paragraph a sentence (the first
// is the headline, without the full stop the files add to it; a byline
// and a dateline such as "BRUSSELS 1996-08-22" follow as paragraphs of
// their own), the tokens of each joined by spaces but none before
// closing punctuation and clitics ("'s", "n't") nor after opening
// brackets, and double quotes opened and closed by their place (a quote
// at a sentence's start opens; a quote stays open across sentences; one
// that would open at a sentence's end moves to the next one's start); a
// "sentence" of punctuation alone is put back at the end of the one
// before, and a sentence the files split after an abbreviated title
// ("Gov .") joined to the one before.
func conllText(d conllDoc) string {
	var paras []string
	open, carry := false, false
	for i, s := range d {
		if i == 0 && len(s) > 1 && s[len(s)-1] == "." {
			s = s[:len(s)-1]
		}
		if carry {
			s = append([]string{"\""}, s...)
		}
		var text string
		text, carry = detok(s, &open)
		if carry && i == len(d)-1 {
			text += "\""
		}
		switch {
		case len(paras) > 0 && strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0:
			paras[len(paras)-1] += text // a stray full stop the files split off
		case i > 1 && endsInTitle(d[i-1]):
			paras[len(paras)-1] += " " + text // "Gov." | "Richard Lamm …"
		default:
			paras = append(paras, text)
		}
	}
	return strings.Join(paras, "\n\n") + "\n"
}

// titles are the abbreviated titles after which the files may end a
// sentence before the name ("Former Colorado Democratic Gov ." | "Richard
// Lamm has …").
var titles = map[string]bool{"Gov": true, "Sen": true, "Rep": true, "Gen": true, "Mr": true, "Mrs": true,
	"Ms": true, "Dr": true, "Lt": true, "Col": true, "Maj": true, "Capt": true, "Sgt": true, "Prof": true,
	"Rev": true, "Adm": true, "Cmdr": true, "Gens": true, "Sens": true, "Reps": true}

// endsInTitle reports whether a sentence ends with an abbreviated title
// and its full stop.
func endsInTitle(s []string) bool {
	return len(s) > 2 && s[len(s)-1] == "." && titles[s[len(s)-2]]
}

// noSpaceBefore are tokens written against the token before them.
var noSpaceBefore = map[string]bool{",": true, ".": true, ";": true, ":": true, "!": true, "?": true,
	")": true, "]": true, "}": true, "%": true, "'s": true, "'S": true, "n't": true, "N'T": true,
	"'re": true, "'ve": true, "'ll": true, "'d": true, "'m": true, "'": true, "...": true}

// noSpaceAfter are tokens written against the token after them.
var noSpaceAfter = map[string]bool{"(": true, "[": true, "{": true, "$": true}

// detok joins one sentence's tokens; open carries whether a double quote
// is open from the sentences before. A quote that ends the sentence but
// opens (none was open) belongs to the next sentence, where the files'
// sentence splitter took it from ("… per year . \"" | "We will …"): it is
// left out and carry is true.
func detok(s []string, open *bool) (text string, carry bool) {
	var b strings.Builder
	glue := true // no space before the next token
	for i, t := range s {
		if t == "\"" || t == "``" || t == "''" {
			next := ""
			if i+1 < len(s) {
				next = s[i+1]
			}
			if i > 0 && i == len(s)-1 && !*open {
				return b.String(), true
			}
			opening := i == 0 || !*open
			if opening && (next == "" || noSpaceBefore[next]) && i > 0 {
				opening = false
			}
			if opening {
				if !glue {
					b.WriteByte(' ')
				}
				b.WriteByte('"')
				glue, *open = true, true
			} else {
				b.WriteByte('"')
				glue, *open = false, false
			}
			continue
		}
		if !glue && !noSpaceBefore[t] {
			b.WriteByte(' ')
		}
		b.WriteString(t)
		glue = noSpaceAfter[t]
	}
	return b.String(), false
}
