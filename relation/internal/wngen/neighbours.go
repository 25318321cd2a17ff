package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// neighbours prints, for review, the WordNet neighbours of the trigger
// verbs the relation package's lexicons already hold (branch triggers5,
// docs/triggers-vetted.md): for each type and each of a seed verb's first
// two senses, the synset's other lemmas (syn), its direct hypernyms'
// (hyper) and direct hyponyms' (tropo), and the nouns derived from all
// of them (noun), that no lexicon reads yet, with how often each occurs
// (inflected) in the news text under corpus. Lines are "type kind word
// count seed.sense gloss", most frequent first within a type; words
// seen fewer than five times are left out. The seeds and the words
// known are read from relDir's generated lexdata_gen.go (every word with
// a trigger reading or a noun mark) and its noun maps.
func neighbours(wn *wordnet, relDir, corpus string, w io.Writer) error {
	seeds, known, err := lexiconWords(relDir)
	if err != nil {
		return err
	}
	counts, err := countWords(corpus)
	if err != nil {
		return err
	}
	type cand struct {
		typ, kind, word, from, gloss string
		n                            int
	}
	var out []cand
	seen := map[string]bool{}
	types := make([]string, 0, len(seeds))
	for typ := range seeds {
		types = append(types, typ)
	}
	sort.Strings(types)
	for _, typ := range types {
		lemmas := make([]string, 0, len(seeds[typ]))
		for l := range seeds[typ] {
			lemmas = append(lemmas, l)
		}
		sort.Strings(lemmas)
		for _, l := range lemmas {
			for i, off := range wn.senses[strings.ReplaceAll(l, " ", "_")] {
				if i >= 2 {
					break
				}
				s := wn.synsets[off]
				from := fmt.Sprintf("%s.%d", l, i+1)
				groups := []struct {
					kind string
					offs []string
				}{{"syn", []string{off}}, {"hyper", s.hypers}, {"tropo", s.hypos}}
				for _, g := range groups {
					for _, o := range g.offs {
						t := wn.synsets[o]
						for _, v := range t.words {
							v = strings.ReplaceAll(v, "_", " ")
							key := typ + "\t" + v
							if known[v] || seeds[typ][v] || seen[key] {
								continue
							}
							seen[key] = true
							if n := countVerb(counts, v); n >= 5 {
								out = append(out, cand{typ, g.kind, v, from, t.gloss, n})
							}
						}
						for _, v := range t.nouns {
							v = strings.ReplaceAll(v, "_", " ")
							key := typ + "\tn:" + v
							if known[v] || seen[key] {
								continue
							}
							seen[key] = true
							if n := counts[v] + counts[nounPlural(v)]; n >= 5 {
								out = append(out, cand{typ, "noun", v, from, t.gloss, n})
							}
						}
					}
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].typ != out[j].typ {
			return out[i].typ < out[j].typ
		}
		return out[i].n > out[j].n
	})
	for _, c := range out {
		gloss := c.gloss
		if len(gloss) > 90 {
			gloss = gloss[:90]
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%s\t%s\n", c.typ, c.kind, c.word, c.n, c.from, gloss)
	}
	return nil
}

var (
	lexLine  = regexp.MustCompile(`// "([^"]+)"$`)
	trigLine = regexp.MustCompile(`^\s*\{typ: "([a-z]+)", verb: "([^"]+)", words: (nil|\[\]string\{"(?:with|to|on|in|at|for|against|from|of)"\})`)
	fbTyp    = regexp.MustCompile(`\{typ: "([a-z]+)", prep: "[a-z]*", to: (?:true|false), words: nil`)
	fbLemma  = regexp.MustCompile(`fbForm: form\{lemma: "([^"]+)"`)
	nounKey  = regexp.MustCompile(`"([a-z][a-z-]*)":\s*(Meet|Visit|Invite|Sanction|Accuse|Threaten|Attack|Kill|Arrest|Agree|Urge|Withdraw|Support|Criticize)\b`)
	wordRe   = regexp.MustCompile(`[a-z]+(?:-[a-z]+)*`)
)

// lexiconWords reads the seed verbs by type and the words known to the
// lexicons from relDir's Go files.
func lexiconWords(relDir string) (map[string]map[string]bool, map[string]bool, error) {
	seeds := map[string]map[string]bool{}
	known := map[string]bool{}
	addSeed := func(typ, l string) {
		if seeds[typ] == nil {
			seeds[typ] = map[string]bool{}
		}
		seeds[typ][l] = true
	}
	b, err := os.ReadFile(filepath.Join(relDir, "lexdata_gen.go"))
	if err != nil {
		return nil, nil, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if m := trigLine.FindStringSubmatch(line); m != nil {
			addSeed(m[1], m[2])
			continue
		}
		m := lexLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		if strings.Contains(line, "verbs:") || strings.Contains(line, "fbVerbs:") || strings.Contains(line, "noun: true") {
			known[m[1]] = true
		}
		if l := fbLemma.FindStringSubmatch(line); l != nil {
			known[l[1]] = true
			for _, t := range fbTyp.FindAllStringSubmatch(line, -1) {
				addSeed(t[1], l[1])
			}
		}
	}
	files, err := filepath.Glob(filepath.Join(relDir, "*.go"))
	if err != nil {
		return nil, nil, err
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, err
		}
		for _, m := range nounKey.FindAllStringSubmatch(string(b), -1) {
			known[m[1]] = true
		}
	}
	return seeds, known, nil
}

// countWords counts the lower-case words and word pairs and triples of
// the .txt files under the comma-separated directories dirs.
func countWords(dirs string) (map[string]int, error) {
	counts := map[string]int{}
	for _, dir := range strings.Split(dirs, ",") {
		if err := countDir(dir, counts); err != nil {
			return nil, err
		}
	}
	return counts, nil
}

// countDir adds the counts of the .txt files under dir to counts.
func countDir(dir string, counts map[string]int) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		ws := wordRe.FindAllString(strings.ToLower(string(b)), -1)
		for i, w := range ws {
			counts[w]++
			if i+1 < len(ws) {
				counts[w+" "+ws[i+1]]++
			}
			if i+2 < len(ws) {
				counts[w+" "+ws[i+1]+" "+ws[i+2]]++
			}
		}
		return nil
	})
}

// countVerb sums the counts of a verb lemma's regular forms (the first
// word inflected, up to three words).
func countVerb(counts map[string]int, lemma string) int {
	ws := strings.Fields(lemma)
	if len(ws) > 3 {
		return 0
	}
	rest := ""
	if len(ws) > 1 {
		rest = " " + strings.Join(ws[1:], " ")
	}
	v := ws[0]
	forms := map[string]bool{v: true, v + "s": true, v + "ed": true, v + "ing": true, v + "d": true, v + "es": true}
	if strings.HasSuffix(v, "e") {
		forms[v[:len(v)-1]+"ing"] = true
	}
	if strings.HasSuffix(v, "y") {
		forms[v[:len(v)-1]+"ies"], forms[v[:len(v)-1]+"ied"] = true, true
	}
	n := 0
	for f := range forms {
		n += counts[f+rest]
	}
	return n
}

// nounPlural returns the regular plural of w.
func nounPlural(w string) string {
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "x"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsAny(w[len(w)-2:len(w)-1], "aeiou"):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}
