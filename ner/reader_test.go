package ner

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/format/conll"
	"github.com/newsgraph/newsgraph/gazetteer"
)

func TestReaderSpans(t *testing.T) {
	// Each case: a sentence (tokens separated by spaces), the spans the
	// tagger might give it ("start end TYPE" by token index), and the
	// spans after the reader's rules.
	for _, tc := range []struct {
		sentence, in, want string
	}{
		// Named wars are MISC.
		{"Both veterans fought in the Korean War .", "5 7 ORG", "5 7 MISC"},
		{"He wrote a history of World War II .", "5 8 LOC", "5 8 MISC"},
		{"The U.S. Civil War ended in 1865 .", "1 4 ORG", "1 4 MISC"},
		{"She loved the Star Wars films .", "3 5 ORG", "3 5 MISC"},
		{"He was named head of the Ministry of War .", "6 9 ORG", "6 9 ORG"},
		{"The War Office issued a statement .", "1 3 ORG", "1 3 ORG"},
		{"War broke out .", "0 1 ORG", "0 1 ORG"},
		// Seats of government are the institution.
		{"The White House said the talks would go on .", "1 3 LOC", "1 3 ORG"},
		{"A Kremlin spokesman denied it .", "1 2 LOC", "1 2 ORG"},
		{"The White Houses of the world .", "1 3 LOC", "1 3 LOC"},
		// A person's name ends in no kind of place or organisation.
		{"Residents of Cameron Parish fled .", "2 4 PER", "2 4 LOC"},
		{"Floods hit Dan Sai District .", "2 5 PER", "2 5 LOC"},
		{"He joined Drexel Burnham Lambert Inc. in 1980 .", "2 6 PER", "2 6 ORG"},
		{"Derby County won .", "0 2 ORG", "0 2 ORG"},
		{"She taught at Oberlin College .", "3 5 LOC", "3 5 ORG"},
		{"They staged the Boston Tea Party again .", "3 6 MISC", "3 6 MISC"},
		{"He fished in Cook County .", "3 5 LOC", "3 5 LOC"},
		{"District said no .", "0 1 PER", "0 1 PER"},
		{"The Bharatiya Janata Party won .", "1 4 PER", "1 4 ORG"},
		{"Smith Jones said no .", "0 2 PER", "0 2 PER"},
		// A country in the plural.
		{"The war divided the two Koreas .", "5 6 MISC", "5 6 LOC"},
		{"The Germans voted .", "1 2 MISC", "1 2 MISC"},
		// Places written with common nouns, from the location list.
		{"Troops patrol the demilitarized zone every day .", "", "3 5 LOC"},
		{"Tension rose on the Korean peninsula again .", "4 5 MISC", "4 6 LOC"},
		{"Ships crossed the persian gulf at night .", "", "3 5 LOC"},
		{"Tanks massed on the west bank of the river .", "", ""},
		{"a demilitarized zone was proposed .", "", ""},
		// A place the tagger found already is left alone.
		{"Talks were held in the Demilitarized Zone .", "5 7 LOC", "5 7 LOC"},
		// A nationality and a landform noun.
		{"Boats sank off the Libyan coast on Sunday .", "4 5 MISC", "4 6 LOC"},
		{"They crossed the Syrian desert by truck .", "3 4 MISC", "3 5 LOC"},
		{"He lives on the South Korean coast .", "4 6 MISC", "4 7 LOC"},
		{"They met the Libyan coast guard .", "3 4 MISC", "3 4 MISC"},
		// Not a nationality, not after "the", not a landform.
		{"Storms hit the Pacific coast .", "3 4 LOC", "3 4 LOC"},
		{"Libyan coast guards saved them .", "0 1 MISC", "0 1 MISC"},
		{"They closed the Turkish border .", "3 4 MISC", "3 4 MISC"},
		// A name nothing knows, listed among common nouns.
		{"We had filet mignon , Burrata buffalo milk cheese and corn puree .", "5 6 LOC", ""},
		{"They sell soap , Zoodle shampoo or razors .", "4 5 ORG", ""},
		// Not among common nouns, or known.
		{"We had steak in Burrata and corn .", "4 5 LOC", "4 5 LOC"},
		{"We had steak , Burrata , and corn .", "4 5 LOC", "4 5 LOC"},
		{"Farms , Burrata fields and barns .", "2 3 LOC", "2 3 LOC"},
		{"Citing sources , Zoodle said the deal was off and prices fell .", "3 4 ORG", "3 4 ORG"},
		{"On the way back from that school , Zoodle called me and said it was over .", "7 8 PER", "7 8 PER"},
		{"We had wheat , Kansas corn and beans .", "4 5 LOC", "4 5 LOC"},
		{"We had wheat , Zoodle corn and Iowa beans .", "4 5 LOC", "4 5 LOC"},
		// A person's name ends before a weekday or a month.
		{"Minister Ken Ward Monday thanked the envoy .", "1 4 PER", "1 3 PER"},
		{"They met Ward Friday .", "2 4 PER", "2 3 PER"},
		{"Talks with Ken Ward December 3 failed .", "2 5 PER", "2 4 PER"},
		{"Sheffield Wednesday won .", "0 2 ORG", "0 2 ORG"},
		{"They met Theresa May .", "2 4 PER", "2 4 PER"},
		{"Monday came .", "0 1 PER", "0 1 PER"},
		{"Earlier Monday , he left .", "0 2 PER", ""},
		{"Ken Ward Monday left .", "0 3 PER", "0 2 PER"},
		// Sanctioned groups are organisations.
		{"The Taliban claimed the attack .", "1 2 MISC", "1 2 ORG"},
		{"Islamic Jihad claimed the attack .", "0 2 LOC", "0 2 ORG"},
		{"Hamas won the vote .", "0 1 MISC", "0 1 ORG"},
		{"The Germans voted in Gaza .", "1 2 MISC 4 5 LOC", "1 2 MISC 4 5 LOC"},
		{"They prayed at al-Aqsa .", "3 4 MISC", "3 4 MISC"},
		{"They prayed in the al-Aqsa mosque .", "4 5 LOC", "4 5 LOC"},
		{"Police held two Islamic Jihad activists .", "3 5 LOC", "3 5 ORG"},
		// A title inside a name typed ORG.
		{"Senate Majority Leader Mitch McConnell spoke .", "0 5 ORG", "3 5 PER"},
		{"Russian Foreign Minister Sergei Lavrov spoke .", "0 5 ORG", "0 1 MISC 3 5 PER"},
		{"Party Leader Zoodle Holdings fell .", "0 4 ORG", "0 4 ORG"},
		{"Roman Emperor Julius Caesar died .", "0 4 PER", "0 4 PER"},
		{"Democratic Party Chairman Howard Dean said .", "0 5 ORG", "0 2 ORG 3 5 PER"},
		// Squares and harbours are places.
		{"Crowds filled Tiananmen Square .", "2 4 ORG", "2 4 LOC"},
		{"Ships left Pearl Harbor .", "2 4 PER", "2 4 LOC"},
	} {
		words := strings.Fields(tc.sentence)
		unknown := func(w string) bool { return w == "Burrata" || w == "Zoodle" }
		got := readerSpans(words, parseSpans(tc.in), gazetteer.Default(), unknown, nil)
		if want := parseSpans(tc.want); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("%s\n  %v → %v, want %v", tc.sentence, tc.in, got, want)
		}
		// The same with the tagger's gazetteer tags given.
		pre := gazetteerTags(make([][]uint32, len(words)), shippedGazetteer{}.Match(nil, words))
		if got2 := readerSpans(words, parseSpans(tc.in), gazetteer.Default(), unknown, pre); !reflect.DeepEqual(got, got2) {
			t.Errorf("%s\n  with the tagger's tags %v, without %v", tc.sentence, got2, got)
		}
	}
}

// parseSpans reads "start end TYPE, …".
func parseSpans(s string) []conll.Span {
	var out []conll.Span
	f := strings.Fields(s)
	for i := 0; i+2 < len(f); i += 3 {
		out = append(out, conll.Span{Start: atoi(f[i]), End: atoi(f[i+1]), Type: f[i+2]})
	}
	return out
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = 10*n + int(c-'0')
	}
	return n
}

func TestNamedWar(t *testing.T) {
	for words, want := range map[string]bool{
		"Korean War": true, "World War Two": true, "World Wars": true, "Gulf War": true,
		"War": false, "War Office": false, "Ministry of War": false, "War II": false, "the War": false,
	} {
		if got := namedWar(strings.Fields(words)); got != want {
			t.Errorf("namedWar(%q) = %v, want %v", words, got, want)
		}
	}
}

func TestPropagate(t *testing.T) {
	// Each case: a document's sentences (" | " between them, tokens
	// separated by spaces), the tagger's spans of each sentence ("start
	// end TYPE", " | " between sentences), and the spans after
	// propagation.
	for _, tc := range []struct{ doc, in, want string }{
		// An occurrence the tagger left untagged takes the name's type.
		{"‘ Black Lives Matter ’ sends a message | The Black Lives Matter movement spoke .", " | 1 4 ORG", "1 4 ORG | 1 4 ORG"},
		{"But Deutsche Boerse said no . | Deutsche Boerse fell .", " | 0 2 ORG", "1 3 ORG | 0 2 ORG"},
		{"He met Zoodle in Paris . | Zoodle Ward spoke .", "4 5 LOC | 0 2 PER", "4 5 LOC | 0 2 PER"},
		// Not a one-word name opening a sentence, nor next to a capitalised word.
		{"Rice said no . | Later Rice spoke .", " | 1 2 PER", " | 1 2 PER"},
		{"Calls Trump Putin Remarks | He met Putin .", " | 2 3 PER", " | 2 3 PER"},
		{"Big Ward Group said no . | Ann met Ward Group .", " | 2 4 ORG", " | 2 4 ORG"},
		{"The Ward Group said no . | Ann met Ward Group .", " | 2 4 ORG", "1 3 ORG | 2 4 ORG"},
		// A tie between types leaves it untagged.
		{"Ward spoke . | They met Ward . | Ward Inc said no . | He saw Ward there .", " | 2 3 PER | | 2 3 ORG", " | 2 3 PER | | 2 3 ORG"},
		// A surname typed ORG after the full name is the person.
		{"Augusto Pinochet ruled . | Pinochet victims rejoiced .", "0 2 PER | 0 1 ORG", "0 2 PER | 0 1 PER"},
		{"Gerald Ford spoke . | Shares in Ford fell .", "0 2 PER | 2 3 ORG", "0 2 PER | 2 3 ORG"},
		{"Rosneft-owned Yugansk fell . | Gazprom needs Yugansk .", "0 2 PER | 2 3 ORG", "0 2 PER | 2 3 ORG"},
		{"Philippe Sands QC wrote . | He hired a QC .", "0 3 PER | 3 4 ORG", "0 3 PER | 3 4 ORG"},
	} {
		var sents [][]string
		for _, s := range strings.Split(tc.doc, " | ") {
			sents = append(sents, strings.Fields(s))
		}
		parse := func(s string) [][]conll.Span {
			out := make([][]conll.Span, len(sents))
			for k, p := range strings.Split(s, "|") {
				out[k] = parseSpans(p)
			}
			return out
		}
		got := propagate(sents, parse(tc.in), gazetteer.Default())
		want := parse(tc.want)
		for k := range sents {
			if len(got[k]) != 0 || len(want[k]) != 0 {
				if !reflect.DeepEqual(got[k], want[k]) {
					t.Errorf("%s\n  sentence %d: %v → %v, want %v", tc.doc, k, tc.in, got[k], want[k])
				}
			}
		}
	}
}
