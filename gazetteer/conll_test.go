package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCoNLLDevCoverage measures, on the CoNLL-2003 development set, how
// many gold entities of each type a list matches over exactly their span
// (case-sensitively or not), and for persons how many start with a listed
// first name. It is a check that the lists fit news, not a tagger score.
func TestCoNLLDevCoverage(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "shared", "data", "ner", "conll2003", "eng.testa"))
	if err != nil {
		t.Skip("../shared/data/ner/conll2003/eng.testa not found; skipping the coverage check")
	}
	g := Default()
	type span struct {
		start, end int
		typ        string
	}
	total := map[string]int{}
	whole := map[string]int{}
	byList := map[string]map[string]int{}
	firstName, lastName := 0, 0
	bit := func(name string) uint32 {
		for i, n := range g.Lists() {
			if n == name {
				return 1 << i
			}
		}
		return 0
	}
	first, parts := bit("person.first"), bit("person.name")
	var dst []Tags
	for _, sent := range strings.Split(string(raw), "\n\n") {
		var toks, tags []string
		for _, line := range strings.Split(sent, "\n") {
			f := strings.Fields(line)
			if len(f) < 4 || f[0] == "-DOCSTART-" {
				continue
			}
			toks = append(toks, f[0])
			tags = append(tags, f[3])
		}
		// IOB1: I-X continues an entity of type X; B-X starts one.
		var spans []span
		for i, tag := range tags {
			if tag == "O" {
				continue
			}
			typ := tag[2:]
			if tag[0] == 'B' || i == 0 || tags[i-1] == "O" || tags[i-1][2:] != typ {
				spans = append(spans, span{i, i + 1, typ})
			} else {
				spans[len(spans)-1].end = i + 1
			}
		}
		dst = g.Match(toks, dst)
		for _, s := range spans {
			total[s.typ]++
			var m uint32
			if s.end-s.start == 1 {
				m = dst[s.start].Exact[U] | dst[s.start].Fold[U]
			} else {
				m = (dst[s.start].Exact[B] | dst[s.start].Fold[B]) & (dst[s.end-1].Exact[L] | dst[s.end-1].Fold[L])
			}
			if m != 0 {
				whole[s.typ]++
				if byList[s.typ] == nil {
					byList[s.typ] = map[string]int{}
				}
				for i, name := range g.Lists() {
					if m&(1<<i) != 0 {
						byList[s.typ][name]++
					}
				}
			}
			if s.typ == "PER" {
				if (dst[s.start].Exact[U]|dst[s.start].Exact[B])&(first|parts) != 0 {
					firstName++
				}
				if (dst[s.end-1].Exact[U]|dst[s.end-1].Exact[L])&parts != 0 {
					lastName++
				}
			}
		}
	}
	for _, typ := range []string{"LOC", "PER", "ORG", "MISC"} {
		t.Logf("%-4s %4d entities, %5.1f%% matched whole by a list %v", typ, total[typ], 100*float64(whole[typ])/float64(total[typ]), byList[typ])
	}
	t.Logf("PER: %.1f%% start with a listed first name or name part, %.1f%% end with a listed name part",
		100*float64(firstName)/float64(total["PER"]), 100*float64(lastName)/float64(total["PER"]))
	if float64(whole["LOC"]) < 0.75*float64(total["LOC"]) || float64(whole["MISC"]) < 0.3*float64(total["MISC"]) {
		t.Errorf("coverage of LOC or MISC below the floor (75%%, 30%%)")
	}
}
