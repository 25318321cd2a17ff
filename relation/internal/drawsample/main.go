// Command drawsample redraws the precision samples of interaction
// relations in relation/testdata/precision-sample (see its README.md):
// articles of the unlabelled corpus outside every news gold set, ordered by
// a hash of their path, analysed by a newsgraph binary, and the interaction
// relations found drawn in a fixed pseudo-random order. It writes stand-off
// rows only; the analyses it keeps under OUT/json hold news text and stay
// out of the repository.
//
// Usage, from the repository root:
//
//	go run ./relation/internal/drawsample [-sets 1,2,3] ../shared/data BINARY OUT
//
// -sets names the samples to draw (default 1, 2 and 3, the first three);
// set 4 reads articles 1600 to 1900 of the order, past the 900 that follow
// set 3 (read in diffs when the sense guards were checked), so that it
// shares no article with sets 1–3 or with them; set 5 reads articles 1900
// to 2200, the 300 after set 4, none of them read before it was drawn;
// set 6 the 300 after set 5 (2200 to 2500); set 7 the 300 after set 6
// (2500 to 2800); set 8 the 300 after set 7 (2800 to 3100); set 9 the rest
// after set 8 (3100 to the end of the candidates, under 300).
//
// Set 9 used up that pool. Set 10 draws from a second pool, the train and
// dev texts of PolNeAR (quotes/polnear/{train,dev}/text, US political news
// of 2015–2016; its test split is never read), outside every news gold
// set and ordered by the sha256 of "relprec-polnear|" + path: set 10 reads
// the first 300 of that order, set 11 the next 300 (300 to 600), drawn
// once after the rules written from set 10 (session of 2026-11-29d) as
// their blind check, and set 12 the rest (600 to the end of the pool,
// under 300), the blind check of the rules written from set 11.
//
// Set 12 used up the second pool. Sets 13 to 15 draw from a third, the
// Reuters articles of 1996 in the CoNLL-2003 English train and dev files
// (ner/conll2003/eng.train and eng.testa; the test file is never read),
// detokenised here and given to the binary on its standard input
// (conll.go), the sports headlines, documents under 80 words and tables
// left out, ordered by the sha256 of "relprec-conll|" + path (the path is
// the file's and the document's index, "ner/conll2003/eng.train#12"): set
// 13 reads the first 300 of that order, set 14 the next 130 (300 to 430)
// and set 15 the rest (430 to the end, 130 articles).
//
// Each pool's order is fixed by the gold sets A+B, C, D and E (orderSets); the
// articles of a gold set added later (set F, held out) keep their places
// in it but are left out of every sample, so that no session runs
// newsgraph on them or reads its output there. A gold set annotated from
// the samples' own articles (sets G and H, sampleSets) changes nothing:
// its articles stay in their samples.
//
// -whowhere also draws, from the same articles, the sample of who-is-who
// and where relations (role, member_of, nationality, based_in, lives_in,
// located_in) that whowhere-sample.tsv judges, to OUT/whowhere-draw.tsv.
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// interactions are the relation types the samples draw from.
var interactions = map[string]bool{
	"meet": true, "visit": true, "invite": true, "sanction": true, "accuse": true,
	"threaten": true, "attack": true, "kill": true, "arrest": true, "agree": true,
	"urge": true, "withdraw": true, "support": true, "criticize": true,
}

// The candidate pools: the bbc and gigaword-te3 news of sets 1–9, and the
// PolNeAR train and dev texts of set 10.
const (
	poolCorpus  = "corpus"
	poolPolNeAR = "polnear"
	poolCoNLL   = "conll"
)

// orderPrefix is the prefix hashed with a candidate's path to order each
// pool.
var orderPrefix = map[string]string{poolCorpus: "relprec|", poolPolNeAR: "relprec-polnear|", poolCoNLL: "relprec-conll|"}

// A set is one sample: its name, the pool and the range of its candidate
// articles it reads, and how many relations it draws.
type set struct {
	name   string
	pool   string
	lo, hi int
	n      int
}

var sets = []set{
	{"1", poolCorpus, 0, 300, 120}, {"2", poolCorpus, 300, 500, 80}, {"3", poolCorpus, 500, 700, 80},
	{"4", poolCorpus, 1600, 1900, 80}, {"5", poolCorpus, 1900, 2200, 80}, {"6", poolCorpus, 2200, 2500, 80},
	{"7", poolCorpus, 2500, 2800, 80}, {"8", poolCorpus, 2800, 3100, 80}, {"9", poolCorpus, 3100, 3400, 80},
	{"10", poolPolNeAR, 0, 300, 80}, {"11", poolPolNeAR, 300, 600, 80}, {"12", poolPolNeAR, 600, 900, 80},
	{"13", poolCoNLL, 0, 300, 80}, {"14", poolCoNLL, 300, 430, 80}, {"15", poolCoNLL, 430, 600, 80},
}

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// sortByHash orders xs by the hex sha256 of prefix+x.
func sortByHash(xs []string, prefix string) {
	keys := make(map[string]string, len(xs))
	for _, x := range xs {
		keys[x] = hash(prefix + x)
	}
	slices.SortFunc(xs, func(a, b string) int { return strings.Compare(keys[a], keys[b]) })
}

// orderSets are the news gold sets the candidate orders were fixed with:
// their articles are not candidates. A gold set added later (the held-out
// set F) must not move any sample, so its articles keep their places in the
// orders and are only left out of the samples (heldOut).
var orderSets = []string{"newsgold", "newsgold-c", "newsgold-d", "newsgold-e"}

// sampleSets are the news gold sets annotated from the samples' own
// articles: set G (newsgold-g, a development set) takes its articles from
// samples 5, 8, 11 and 12, set H (newsgold-h, a development set) from
// samples 6, 9 and 10, each by a fixed procedure (its README). Leaving them
// out as held out would change those recorded samples, so their articles
// stay candidates and stay in their samples, as if the set were not there.
var sampleSets = []string{"newsgold-g", "newsgold-h"}

// goldPaths returns the article paths of the news gold sets beside the
// samples' directory, the path column of each newsgold*/articles.tsv
// (globbed), nothing else: those of orderSets, which are not candidates,
// and those of every later set, held out: never analysed nor drawn, in a
// place of the order that stays empty. The sets of sampleSets, annotated
// from the samples' articles, are neither: their articles stay in the
// samples. No gold set found is an error: the samples would not be outside
// them.
func goldPaths(testdata string) (order, heldOut map[string]bool, err error) {
	tsvs, err := filepath.Glob(filepath.Join(testdata, "newsgold*", "articles.tsv"))
	if err != nil {
		return nil, nil, err
	}
	if len(tsvs) == 0 {
		return nil, nil, fmt.Errorf("no newsgold*/articles.tsv under %s (run from the repository root)", testdata)
	}
	order, heldOut = map[string]bool{}, map[string]bool{}
	for _, tsv := range tsvs {
		name := filepath.Base(filepath.Dir(tsv))
		if slices.Contains(sampleSets, name) {
			continue
		}
		paths := heldOut
		if slices.Contains(orderSets, name) {
			paths = order
		}
		if err := readPaths(tsv, paths); err != nil {
			return nil, nil, err
		}
	}
	return order, heldOut, nil
}

// readPaths adds the path column of an articles.tsv to paths.
func readPaths(tsv string, paths map[string]bool) error {
	f, err := os.Open(tsv)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if cols := strings.Split(sc.Text(), "\t"); len(cols) > 1 {
			paths[cols[1]] = true
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", tsv, err)
	}
	return nil
}

// candidates lists the articles of a pool the samples may draw from, in
// the pool's order.
func candidates(data, pool string, gold map[string]bool) []string {
	var out []string
	switch pool {
	case poolPolNeAR:
		out = polnearCandidates(data, gold)
	case poolCoNLL:
		out = conllCandidates(data, gold)
	default:
		out = corpusCandidates(data, gold)
	}
	sortByHash(out, orderPrefix[pool])
	return out
}

// polnearCandidates lists the PolNeAR train and dev texts outside the gold
// sets (never the test split).
func polnearCandidates(data string, gold map[string]bool) []string {
	var out []string
	for _, split := range []string{"train", "dev"} {
		sub := "quotes/polnear/" + split + "/text"
		ents, err := os.ReadDir(filepath.Join(data, sub))
		if err != nil {
			continue
		}
		for _, e := range ents {
			p := sub + "/" + e.Name()
			if strings.HasSuffix(e.Name(), ".txt") && !gold[p] {
				out = append(out, p)
			}
		}
	}
	return out
}

// corpusCandidates lists the bbc and gigaword-te3 articles outside the
// gold sets.
func corpusCandidates(data string, gold map[string]bool) []string {
	var out []string
	for _, sub := range []string{"corpus/gigaword-te3", "corpus/bbc/bbc/politics", "corpus/bbc/bbc/business", "corpus/bbc/bbc/world"} {
		ents, err := os.ReadDir(filepath.Join(data, sub))
		if err != nil {
			continue
		}
		for _, e := range ents {
			f := e.Name()
			p := sub + "/" + f
			if strings.HasSuffix(f, ".txt") && !gold[p] && (strings.HasPrefix(f, "AFP_") || strings.HasPrefix(f, "XIN_") || strings.Contains(sub, "bbc")) {
				out = append(out, p)
			}
		}
	}
	return out
}

// withoutHeldOut returns the articles of arts not in heldOut, in order.
func withoutHeldOut(arts []string, heldOut map[string]bool) []string {
	var out []string
	for _, p := range arts {
		if !heldOut[p] {
			out = append(out, p)
		}
	}
	return out
}

type span struct{ Start, End int }

type analysis struct {
	Relations []struct {
		Type     string `json:"type"`
		Subject  string `json:"subject"`
		Object   string `json:"object"`
		Trigger  span   `json:"trigger"`
		Sentence span   `json:"sentence"`
	} `json:"relations"`
}

// rows analyses the articles (once: an analysis already under out/json is
// reused) and returns one stand-off row per relation whose type is in
// types.
func rows(data, binary, out string, arts []string, types map[string]bool) ([]string, error) {
	var rs []string
	for _, p := range arts {
		jf := filepath.Join(out, "json", strings.NewReplacer("/", "_", "#", "_").Replace(p)+".json")
		if _, err := os.Stat(jf); err != nil {
			cmd := exec.Command(binary, "analyze", "--format", "json", "--compact", filepath.Join(data, p))
			if strings.HasPrefix(p, "ner/conll2003/") {
				text, err := conllArticle(data, p)
				if err != nil {
					return nil, err
				}
				cmd = exec.Command(binary, "analyze", "--format", "json", "--compact", "-")
				cmd.Stdin = strings.NewReader(text)
			}
			b, err := cmd.Output()
			if err != nil {
				return nil, fmt.Errorf("analyze %s: %w", p, err)
			}
			if err := os.WriteFile(jf, b, 0o644); err != nil {
				return nil, err
			}
		}
		b, err := os.ReadFile(jf)
		if err != nil {
			return nil, err
		}
		var a analysis
		if err := json.Unmarshal(b, &a); err != nil {
			return nil, fmt.Errorf("%s: %w", jf, err)
		}
		for _, r := range a.Relations {
			if !types[r.Type] {
				continue
			}
			rs = append(rs, fmt.Sprintf("%s\t%d\t%d\t%s\t%d\t%d\t%s\t%s", p, r.Sentence.Start, r.Sentence.End, r.Type, r.Trigger.Start, r.Trigger.End, r.Subject, r.Object))
		}
	}
	return rs, nil
}

// whoWhere are the who-is-who and where types of the -whowhere sample.
var whoWhere = []string{"role", "member_of", "nationality", "based_in", "lives_in", "located_in"}

// drawWhoWhere draws the sample of who-is-who and where relations of the
// articles arts (README, "Who is who and where"): rows ordered by sha256
// of "whoprec-sample|" + row, the first 15 of each type, then the first
// rows not yet drawn up to 120, in that order; each row is given its rank,
// its half (A when the first hex digit of sha256 of "whoprec-half|" +
// path is below 8) and its set.
func drawWhoWhere(data, binary, out string, arts []string, setOf map[string]string) error {
	types := map[string]bool{}
	for _, t := range whoWhere {
		types[t] = true
	}
	rs, err := rows(data, binary, out, arts, types)
	if err != nil {
		return err
	}
	sortByHash(rs, "whoprec-sample|")
	drawn := map[int]bool{}
	for _, t := range whoWhere {
		n := 0
		for i, r := range rs {
			if n < 15 && strings.Split(r, "\t")[3] == t {
				drawn[i] = true
				n++
			}
		}
	}
	for i := 0; i < len(rs) && len(drawn) < 120; i++ {
		drawn[i] = true
	}
	var b strings.Builder
	b.WriteString("# rank\thalf\tset\tpath\tsent_start\tsent_end\ttype\ttrig_start\ttrig_end\tsubject\tobject\n")
	rank := 0
	for i, r := range rs {
		if !drawn[i] {
			continue
		}
		rank++
		path := strings.Split(r, "\t")[0]
		half := "B"
		if hash("whoprec-half|" + path)[0] < '8' {
			half = "A"
		}
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\n", rank, half, setOf[path], r)
	}
	fmt.Printf("who-is-who and where: %d relations, %d drawn\n", len(rs), rank)
	return os.WriteFile(filepath.Join(out, "whowhere-draw.tsv"), []byte(b.String()), 0o644)
}

func run(data, binary, out string, want map[string]bool, whowhere bool) error {
	gold, heldOut, err := goldPaths(filepath.Join("relation", "testdata"))
	if err != nil {
		return err
	}
	pools := map[string][]string{}
	var all []string
	setOf := map[string]string{}
	if err := os.MkdirAll(filepath.Join(out, "json"), 0o755); err != nil {
		return err
	}
	for _, s := range sets {
		if !want[s.name] {
			continue
		}
		cands, ok := pools[s.pool]
		if !ok {
			cands = candidates(data, s.pool, gold)
			pools[s.pool] = cands
		}
		arts := withoutHeldOut(cands[min(s.lo, len(cands)):min(s.hi, len(cands))], heldOut)
		for _, p := range arts {
			setOf[p] = s.name
		}
		all = append(all, arts...)
		if err := os.WriteFile(filepath.Join(out, "articles-"+s.name+".txt"), []byte(strings.Join(arts, "\n")+"\n"), 0o644); err != nil {
			return err
		}
		rs, err := rows(data, binary, out, arts, interactions)
		if err != nil {
			return err
		}
		sortByHash(rs, "relprec-sample-"+s.name+"|")
		var b strings.Builder
		b.WriteString("# path\tsent_start\tsent_end\ttype\ttrig_start\ttrig_end\tsubject\tobject\n")
		for _, r := range rs[:min(s.n, len(rs))] {
			b.WriteString(r + "\n")
		}
		if err := os.WriteFile(filepath.Join(out, "sample-"+s.name+".tsv"), []byte(b.String()), 0o644); err != nil {
			return err
		}
		fmt.Printf("set %s: %d articles, %d interactions, %d drawn\n", s.name, len(arts), len(rs), min(s.n, len(rs)))
	}
	if whowhere {
		return drawWhoWhere(data, binary, out, all, setOf)
	}
	return nil
}

func main() {
	names := flag.String("sets", "1,2,3", "comma-separated names of the samples to draw (1 to 15)")
	whowhere := flag.Bool("whowhere", false, "also draw the sample of who-is-who and where relations of the sets' articles (OUT/whowhere-draw.tsv)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: go run ./relation/internal/drawsample [-sets 1,2,3] [-whowhere] DATA_DIR NEWSGRAPH_BINARY OUT_DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 3 {
		flag.Usage()
		os.Exit(2)
	}
	want := map[string]bool{}
	for _, n := range strings.Split(*names, ",") {
		if !slices.ContainsFunc(sets, func(s set) bool { return s.name == n }) {
			fmt.Fprintf(os.Stderr, "drawsample: no sample %q\n", n)
			os.Exit(2)
		}
		want[n] = true
	}
	if err := run(flag.Arg(0), flag.Arg(1), flag.Arg(2), want, *whowhere); err != nil {
		fmt.Fprintln(os.Stderr, "drawsample:", err)
		os.Exit(1)
	}
}
