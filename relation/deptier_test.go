package relation_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/relation"
)

// A handTree is a parse written by hand for a test sentence.
type handTree struct {
	words, tags, labels []string
	heads               []int
}

// readHandTree reads a parse written "word|TAG|head|label …", heads
// counted from 1 and 0 for the root, as in CoNLL-U.
func readHandTree(t *testing.T, spec string) handTree {
	t.Helper()
	var h handTree
	for _, f := range strings.Fields(spec) {
		parts := strings.Split(f, "|")
		if len(parts) != 4 {
			t.Fatalf("bad word %q in tree %q", f, spec)
		}
		n, err := strconv.Atoi(parts[2])
		if err != nil {
			t.Fatalf("bad head in %q: %v", f, err)
		}
		h.words = append(h.words, parts[0])
		h.tags = append(h.tags, parts[1])
		h.heads = append(h.heads, n-1)
		h.labels = append(h.labels, parts[3])
	}
	// a tree: every head a word or the root, no cycle
	for k := range h.heads {
		w := k
		for steps := 0; w >= 0; steps++ {
			if h.heads[w] >= len(h.heads) || h.heads[w] == w || steps > len(h.heads) {
				t.Fatalf("tree %q: word %d (%s) does not lead to the root", spec, k+1, h.words[k])
			}
			w = h.heads[w]
		}
	}
	return h
}

// prefix returns the parse of words, which the tier may cut short of the
// sentence or (to tag them) take from inside it: the tree's words at
// their place, a head outside them made a root. ok is false when the
// words are not the tree's.
func (h handTree) prefix(words []string) (tags []string, heads []int, labels []string, ok bool) {
	n := len(words)
	for o := 0; o+n <= len(h.words); o++ {
		if !slices.Equal(words, h.words[o:o+n]) {
			continue
		}
		heads = make([]int, n)
		labels = slices.Clone(h.labels[o : o+n])
		for k := range heads {
			heads[k] = h.heads[o+k] - o
			if heads[k] < 0 || heads[k] >= n {
				heads[k], labels[k] = -1, "root"
			}
		}
		return h.tags[o : o+n], heads, labels, true
	}
	return nil, nil, nil, false
}

// A depCase is a sentence written for the test, its names marked, the
// parse of its tokens, and the relations of type typ it must give.
type depCase struct {
	name, text, tree, typ string
	want                  []string
}

// TestDependencyTier checks each path of the dependency tier with
// sentences written for it and their parses written by hand: each case
// must give its relations with the parse, and (so that the case tests
// the tier) not all of them without it.
func TestDependencyTier(t *testing.T) {
	tests := []depCase{
		// "furthermore", an adverb the rules do not pass (they read
		// "sharply" since branch structprobe)
		{"subject over an inserted relative clause",
			"[Ken Ward|PER], whose party lost two seats in the spring, on Monday furthermore criticised [Lisa Moore|PER].",
			"Ken|NNP|16|nsubj Ward|NNP|1|flat ,|,|6|punct whose|WP$|5|nmod:poss party|NN|6|nsubj lost|VBD|1|acl:relcl two|CD|8|nummod seats|NNS|6|obj in|IN|11|case the|DT|11|det spring|NN|6|obl ,|,|6|punct on|IN|14|case Monday|NNP|16|obl furthermore|RB|16|advmod criticised|VBD|0|root Lisa|NNP|16|obj Moore|NNP|17|flat .|.|16|punct",
			"criticize", []string{"Ken Ward > Lisa Moore"}},
		{"the agent of a passive far from its verb",
			"[Lisa Moore|PER] was on Monday, after weeks of debate among the members, endorsed by the [Green Party|ORG].",
			"Lisa|NNP|15|nsubj:pass Moore|NNP|1|flat was|VBD|15|aux:pass on|IN|5|case Monday|NNP|15|obl ,|,|8|punct after|IN|8|case weeks|NNS|15|obl of|IN|10|case debate|NN|8|nmod among|IN|13|case the|DT|13|det members|NNS|10|nmod ,|,|8|punct endorsed|VBN|0|root by|IN|19|case the|DT|19|det Green|NNP|19|compound Party|NNP|15|obl:agent .|.|15|punct",
			"support", []string{"Green Party > Lisa Moore"}},
		{"the preposition's object after an adverbial",
			"[Ken Ward|PER], the mayor, met in the capital with [Lisa Moore|PER].",
			"Ken|NNP|7|nsubj Ward|NNP|1|flat ,|,|5|punct the|DT|5|det mayor|NN|1|appos ,|,|5|punct met|VBD|0|root in|IN|10|case the|DT|10|det capital|NN|7|obl with|IN|12|case Lisa|NNP|7|obl Moore|NNP|12|flat .|.|7|punct",
			"meet", []string{"Ken Ward > Lisa Moore"}},
		{"subject control of an adjective over an adverbial",
			"[Ken Ward|PER] has never before been willing, despite pressure from the party, to back [Lisa Moore|PER].",
			"Ken|NNP|7|nsubj Ward|NNP|1|flat has|VBZ|7|aux never|RB|7|advmod before|RB|7|advmod been|VBN|7|cop willing|JJ|0|root ,|,|10|punct despite|IN|10|case pressure|NN|7|obl from|IN|13|case the|DT|13|det party|NN|10|nmod ,|,|10|punct to|TO|16|mark back|VB|7|xcomp Lisa|NNP|16|obj Moore|NNP|17|flat .|.|7|punct",
			"support", []string{"Ken Ward > Lisa Moore"}},
		{"object control: the government of a country urged to act",
			"[Ken Ward|PER] has for years urged the government of [Norway|LOC] to condemn [Ruritania|LOC].",
			"Ken|NNP|6|nsubj Ward|NNP|1|flat has|VBZ|6|aux for|IN|5|case years|NNS|6|obl urged|VBN|0|root the|DT|8|det government|NN|6|obj of|IN|10|case Norway|NNP|8|nmod to|TO|12|mark condemn|VB|6|xcomp Ruritania|NNP|12|obj .|.|6|punct",
			"criticize", []string{"Norway > Ruritania"}},
		{"the antecedent of who",
			"Reporters asked [Ken Ward|PER], who in a long speech to the assembly of the party on Tuesday had praised [Lisa Moore|PER], about the vote.",
			"Reporters|NNS|2|nsubj asked|VBD|0|root Ken|NNP|2|obj Ward|NNP|3|flat ,|,|20|punct who|WP|20|nsubj in|IN|10|case a|DT|10|det long|JJ|10|amod speech|NN|20|obl to|IN|13|case the|DT|13|det assembly|NN|10|nmod of|IN|16|case the|DT|16|det party|NN|13|nmod on|IN|18|case Tuesday|NNP|20|obl had|VBD|20|aux praised|VBN|3|acl:relcl Lisa|NNP|20|obj Moore|NNP|21|flat ,|,|20|punct about|IN|26|case the|DT|26|det vote|NN|2|obl .|.|2|punct",
			"support", []string{"Ken Ward > Lisa Moore"}},
		{"an apposition names the object",
			"[Ken Ward|PER] on Friday briefly met the new leader of the party, [Lisa Moore|PER].",
			"Ken|NNP|6|nsubj Ward|NNP|1|flat on|IN|4|case Friday|NNP|6|obl briefly|RB|6|advmod met|VBD|0|root the|DT|9|det new|JJ|9|amod leader|NN|6|obj of|IN|12|case the|DT|12|det party|NN|9|nmod ,|,|14|punct Lisa|NNP|9|appos Moore|NNP|14|flat .|.|6|punct",
			"meet", []string{"Ken Ward > Lisa Moore"}},
		{"a possessor acts in a nominalisation",
			"[Russia|LOC]'s long and costly support for [Ruritania|LOC] has angered its neighbours.",
			"Russia|NNP|6|nmod:poss 's|POS|1|case long|JJ|6|amod and|CC|5|cc costly|JJ|3|conj support|NN|10|nsubj for|IN|8|case Ruritania|NNP|6|nmod has|VBZ|10|aux angered|VBN|0|root its|PRP$|12|nmod:poss neighbours|NNS|10|obj .|.|10|punct",
			"support", []string{"Russia > Ruritania"}},
		{"a coordinated verb shares the subject",
			"[Ken Ward|PER] arrived in [Oslo|LOC] on Monday and, two days later, after a tense session of the council, condemned [Ruritania|LOC].",
			"Ken|NNP|3|nsubj Ward|NNP|1|flat arrived|VBD|0|root in|IN|5|case Oslo|NNP|3|obl on|IN|7|case Monday|NNP|3|obl and|CC|22|cc ,|,|12|punct two|CD|11|nummod days|NNS|12|obl:npmod later|RB|22|advmod ,|,|12|punct after|IN|17|case a|DT|17|det tense|JJ|17|amod session|NN|22|obl of|IN|20|case the|DT|20|det council|NN|17|nmod ,|,|17|punct condemned|VBD|3|conj Ruritania|NNP|22|obj .|.|3|punct",
			"criticize", []string{"Ken Ward > Ruritania"}},
		{"a light verb's object and its preposition on the verb",
			"The [European Union|ORG], which has long been divided on the issue, yesterday imposed tough new trade sanctions on [Ruritania|LOC].",
			"The|DT|3|det European|NNP|3|compound Union|NNP|15|nsubj ,|,|9|punct which|WDT|9|nsubj:pass has|VBZ|9|aux long|RB|9|advmod been|VBN|9|aux:pass divided|VBN|3|acl:relcl on|IN|12|case the|DT|12|det issue|NN|9|obl ,|,|9|punct yesterday|NN|15|obl:tmod imposed|VBD|0|root tough|JJ|19|amod new|JJ|19|amod trade|NN|19|compound sanctions|NNS|15|obj on|IN|21|case Ruritania|NNP|15|obl .|.|15|punct",
			"sanction", []string{"European Union > Ruritania"}},
		{"the people a nationality names",
			"[Emile Lahoud|PER] on Monday once more called on the [Lebanese|MISC] people to unite.",
			"Emile|NNP|7|nsubj Lahoud|NNP|1|flat on|IN|4|case Monday|NNP|7|obl once|RB|7|advmod more|RBR|5|advmod called|VBD|0|root on|IN|11|case the|DT|11|det Lebanese|JJ|11|amod people|NNS|7|obl to|TO|13|mark unite|VB|7|xcomp .|.|7|punct",
			"urge", []string{"Emile Lahoud > Lebanese"}},
		{"a counted group killed, the actor an attack's in a passive",
			"Four [Ruritanian|MISC] militants were killed and two others wounded in two airstrikes performed by [Norwegian|MISC] army aircraft in the north.",
			"Four|CD|3|nummod Ruritanian|JJ|3|amod militants|NNS|5|nsubj:pass were|VBD|5|aux:pass killed|VBN|0|root and|CC|9|cc two|CD|8|nummod others|NNS|9|nsubj:pass wounded|VBN|5|conj in|IN|12|case two|CD|12|nummod airstrikes|NNS|5|obl performed|VBN|12|acl by|IN|17|case Norwegian|JJ|16|amod army|NN|17|compound aircraft|NN|13|obl:agent in|IN|20|case the|DT|20|det north|NN|13|obl .|.|5|punct",
			"kill", []string{"Norwegian > Four Ruritanian militants"}},
		{"a named group acts",
			"As the vote neared, the [Green Lives|ORG] group is calling on [Lisa Moore|PER] to resign.",
			"As|IN|4|mark the|DT|3|det vote|NN|4|nsubj neared|VBD|11|advcl ,|,|4|punct the|DT|9|det Green|NNP|8|compound Lives|NNP|9|compound group|NN|11|nsubj is|VBZ|11|aux calling|VBG|0|root on|IN|14|case Lisa|NNP|14|compound Moore|NNP|11|obl to|TO|16|mark resign|VB|11|xcomp .|.|11|punct",
			"urge", []string{"Green Lives > Lisa Moore"}},
		{"a name beside a common noun, the agent on the noun's object",
			"Residents have long asked about the killing of local teenager [Ken Ward|PER] by police officer [Jan Kos|PER].",
			"Residents|NNS|4|nsubj have|VBP|4|aux long|RB|4|advmod asked|VBN|0|root about|IN|7|case the|DT|7|det killing|NN|4|obl of|IN|10|case local|JJ|10|amod teenager|NN|7|nmod Ken|NNP|10|appos Ward|NNP|11|flat by|IN|15|case police|NN|15|compound officer|NN|10|nmod Jan|NNP|15|flat Kos|NNP|15|flat .|.|4|punct",
			"kill", []string{"Jan Kos > Ken Ward"}},
		{"a passive's agent hung on a place",
			"[Ken Ward|PER] and his aides were welcomed at the [Oslo|LOC] airport by [Lisa Moore|PER] and [Jan Kos|PER].",
			"Ken|NNP|7|nsubj:pass Ward|NNP|1|flat and|CC|5|cc his|PRP$|5|nmod:poss aides|NNS|1|conj were|VBD|7|aux:pass welcomed|VBN|0|root at|IN|11|case the|DT|11|det Oslo|NNP|11|compound airport|NN|7|obl by|IN|13|case Lisa|NNP|11|nmod Moore|NNP|13|flat and|CC|16|cc Jan|NNP|13|conj Kos|NNP|16|flat .|.|7|punct",
			"meet", []string{"Jan Kos > Ken Ward", "Lisa Moore > Ken Ward"}},
		{"coordinated objects of an infinitive's preposition",
			"[Ken Ward|PER] was due on Monday to meet in the capital with [Lisa Moore|PER] and [Jan Kos|PER].",
			"Ken|NNP|4|nsubj Ward|NNP|1|flat was|VBD|4|cop due|JJ|0|root on|IN|6|case Monday|NNP|4|obl to|TO|8|mark meet|VB|4|xcomp in|IN|11|case the|DT|11|det capital|NN|8|obl with|IN|14|case Lisa|NNP|14|compound Moore|NNP|8|obl and|CC|17|cc Jan|NNP|17|compound Kos|NNP|14|conj .|.|4|punct",
			"meet", []string{"Ken Ward > Jan Kos", "Ken Ward > Lisa Moore"}},
		{"a participle clause takes the subject of its verb",
			"[Norway|LOC] has long refused to reopen the border, on Monday once again sharply accusing [Lemuria|LOC] of arming rebels.",
			"Norway|NNP|4|nsubj has|VBZ|4|aux long|RB|4|advmod refused|VBN|0|root to|TO|6|mark reopen|VB|4|xcomp the|DT|8|det border|NN|6|obj ,|,|15|punct on|IN|11|case Monday|NNP|15|obl once|RB|13|advmod again|RB|15|advmod sharply|RB|15|advmod accusing|VBG|4|advcl Lemuria|NNP|15|obj of|IN|18|mark arming|VBG|15|advcl rebels|NNS|18|obj .|.|4|punct",
			"accuse", []string{"Norway > Lemuria"}},
		{"the owner of a statement criticised",
			"[Norway|LOC], [Sweden|LOC] and others at the talks rejected a [Lemuria|LOC] proposal for a merger.",
			"Norway|NNP|9|nsubj ,|,|3|punct Sweden|NNP|1|conj and|CC|5|cc others|NNS|1|conj at|IN|8|case the|DT|8|det talks|NNS|5|nmod rejected|VBD|0|root a|DT|12|det Lemuria|NNP|12|compound proposal|NN|9|obj for|IN|15|case a|DT|15|det merger|NN|12|nmod .|.|9|punct",
			"criticize", []string{"Norway > Lemuria", "Sweden > Lemuria"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tree := readHandTree(t, tc.tree)
			parsed := false
			restore := relation.SetParser(func(words []string) ([]string, []int, []string) {
				tags, heads, labels, ok := tree.prefix(words)
				parsed = parsed || ok
				return tags, heads, labels
			}, true)
			defer restore()
			doc := analyzeText(t, tc.text)
			got := pairs(doc, tc.typ)
			slices.Sort(got)
			if !parsed {
				t.Fatalf("the tree's words %q are not the sentence's tokens", tree.words)
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("%s: got %q, want %q (all: %+v)", tc.typ, got, tc.want, doc.Relations)
			}
			relation.SetParser(nil, false)
			without := pairs(analyzeText(t, tc.text), tc.typ)
			slices.Sort(without)
			if strings.Join(without, "; ") == strings.Join(tc.want, "; ") {
				t.Errorf("the rules find %q without the parse: the case does not test the tier", without)
			}
		})
	}
}

// TestDependencyTierGuards checks what the tier must not add to the
// rules' relations, whatever the parse says: an adjective "visiting" is
// no visit, a pair that meets someone else does not meet each other, an
// indefinite nationality is no party.
func TestDependencyTierGuards(t *testing.T) {
	tests := []depCase{
		{"visiting before a title",
			"[Ken Ward|PER] told visiting [Norwegian|MISC] Defense Minister [Lisa Moore|PER] that the plan was wise.",
			"Ken|NNP|3|nsubj Ward|NNP|1|flat told|VBD|0|root visiting|VBG|3|xcomp Norwegian|JJ|8|amod Defense|NNP|8|compound Minister|NNP|8|compound Lisa|NNP|4|obj Moore|NNP|8|flat that|IN|14|mark the|DT|12|det plan|NN|14|nsubj was|VBD|14|cop wise|JJ|3|ccomp .|.|3|punct",
			"visit", nil},
		{"visiting before a nationality, parsed as a clause",
			"[Ken Ward|PER] told visiting [Norwegian|MISC] Defense Minister [Lisa Moore|PER] that the plan was wise.",
			"Ken|NNP|3|nsubj Ward|NNP|1|flat told|VBD|0|root visiting|VBG|3|advcl Norwegian|JJ|8|amod Defense|NNP|8|compound Minister|NNP|8|compound Lisa|NNP|4|obj Moore|NNP|8|flat that|IN|14|mark the|DT|12|det plan|NN|14|nsubj was|VBD|14|cop wise|JJ|3|ccomp .|.|3|punct",
			"visit", nil},
		{"a pair meeting someone else",
			"[Ken Ward|PER] and [Lisa Moore|PER], who arrived on Monday, were due to meet with reporters in the hall.",
			"Ken|NNP|13|nsubj Ward|NNP|1|flat and|CC|4|cc Lisa|NNP|1|conj Moore|NNP|4|flat ,|,|8|punct who|WP|8|nsubj arrived|VBD|1|acl:relcl on|IN|10|case Monday|NNP|8|obl ,|,|8|punct were|VBD|13|cop due|JJ|0|root to|TO|15|mark meet|VB|13|xcomp with|IN|17|case reporters|NNS|15|obl in|IN|20|case the|DT|20|det hall|NN|15|obl .|.|13|punct",
			"meet", nil},
		{"a possessor parsed as a subject",
			"The paper had chided [Ken Ward|PER] for continuing his holiday in [Lisa Moore|PER]'s villa instead of making an immediate visit to [Lemuria|LOC].",
			"The|DT|2|det paper|NN|4|nsubj had|VBD|4|aux chided|VBN|0|root Ken|NNP|4|obj Ward|NNP|5|flat for|IN|8|mark continuing|VBG|4|advcl his|PRP$|10|nmod:poss holiday|NN|8|obj in|IN|18|mark Lisa|NNP|18|nsubj Moore|NNP|12|flat 's|POS|12|case villa|NN|12|flat instead|RB|18|mark of|IN|16|fixed making|VBG|8|advcl an|DT|21|det immediate|JJ|21|amod visit|NN|18|obj to|TO|23|case Lemuria|NNP|21|nmod .|.|4|punct",
			"visit", nil},
		{"an indefinite nationality",
			"[Ken Ward|PER] did not need to meet with a [Mexican|MISC] to know that.",
			"Ken|NNP|5|nsubj Ward|NNP|1|flat did|VBD|5|aux not|RB|5|advmod need|VB|0|root to|TO|7|mark meet|VB|5|xcomp with|IN|10|case a|DT|10|det Mexican|NNP|7|obl to|TO|12|mark know|VB|7|advcl that|DT|12|obj .|.|5|punct",
			"meet", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tree := readHandTree(t, tc.tree)
			restore := relation.SetParser(func(words []string) ([]string, []int, []string) {
				tags, heads, labels, ok := tree.prefix(words)
				if !ok {
					t.Errorf("the tree's words %q do not begin with the words parsed %q", tree.words, words)
				}
				return tags, heads, labels
			}, true)
			defer restore()
			got := pairs(analyzeText(t, tc.text), tc.typ)
			relation.SetParser(nil, false)
			if without := pairs(analyzeText(t, tc.text), tc.typ); !slices.Equal(got, without) {
				t.Errorf("%s: got %q with the parse, %q without", tc.typ, got, without)
			}
		})
	}
}

// TestDependencyTierParses checks which sentences the tier parses
// (parsing is its cost): a trigger no rule used, with a party before it
// and one close after it, as an infinitive (not in a relative clause), as
// a passive with a far agent, with a party named through a group or
// statement word, or a noun with a possessor or "by" agent.
func TestDependencyTierParses(t *testing.T) {
	tests := []struct {
		text  string
		parse bool
	}{
		{"[Ken Ward|PER], the mayor, said he had a duty to meet with [Lisa Moore|PER].", true},
		{"The firm said [Norway|LOC], which has allied itself with [Sweden|LOC], would win.", false},
		{"[Ken Ward|PER] was on Saturday scheduled to praise the weather.", false},
		{"[Ken Ward|PER] met [Lisa Moore|PER] on Monday.", false},
		{"[Ken Ward|PER] arrived on Monday and praised the rain in [Oslo|LOC].", false},
		{"[Ken Ward|PER] was not ready to discuss the plans with a friend of [Lisa Moore|PER].", false},
		{"Residents asked about the murder of local teenager [Ken Ward|PER] by police officer [Jan Kos|PER].", true},
		{"[Ken Ward|PER] and his aides were welcomed at the airport by [Lisa Moore|PER].", true},
		{"[Ken Ward|PER] was welcomed by [Lisa Moore|PER] at the airport.", false},
		{"As the vote neared, the [Green Lives|ORG] group is calling on [Lisa Moore|PER] to resign.", true},
		{"[Norway|LOC] and others at the talks rejected a [Lemuria|LOC] proposal for a merger.", true},
		{"[Norway|LOC] and others at the talks rejected [Lemuria|LOC] for a merger.", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			parsed := false
			restore := relation.SetParser(func(words []string) ([]string, []int, []string) {
				parsed = true
				// a flat parse whose tags say what the words are
				tags, heads, labels := make([]string, len(words)), make([]int, len(words)), make([]string, len(words))
				for k, w := range words {
					tags[k], heads[k], labels[k] = "NN", -1, "root"
					switch {
					case w == "to":
						tags[k] = "TO"
					case strings.HasSuffix(w, "ed") || w == "met":
						tags[k] = "VBN"
					case w == "meet" || w == "praise":
						tags[k] = "VB"
					}
				}
				return tags, heads, labels
			}, false)
			defer restore()
			analyzeText(t, tc.text)
			if parsed != tc.parse {
				t.Errorf("parsed %v, want %v", parsed, tc.parse)
			}
		})
	}
}
