package relation_test

import "testing"

// TestNomArgs checks the arguments read around a noun trigger (branch
// nomargs, nomargs.go) on sentences written for the test: want lists the
// relations of type typ as "subject > object" (object text for a
// phrase), an empty want none.
func TestNomArgs(t *testing.T) {
	tests := []pairCase{
		// a relative clause after the noun names the actor
		{"talks X held with Y", "[Ken Ward|PER] spoke about the talks [Jan Kos|PER] held on Monday with [Ann Gale|PER].", "meet", []string{"Jan Kos > Ann Gale"}},
		{"talks X held with coordinated nationalities", "[Ken Ward|PER] spoke about the talks [Jan Kos|PER] held earlier in the day with [Lemurian|MISC] and [Ruritanian|MISC] leaders.", "meet",
			[]string{"Jan Kos > Ruritanian", "Jan Kos > Lemurian"}},
		{"the deal X signed with Y", "The deal [Nordfund|ORG] signed with [Acme|ORG] was criticised.", "agree", []string{"Nordfund > Acme"}},
		{"talks X held in a place", "[Ken Ward|PER] spoke about the talks [Jan Kos|PER] held in [Oslo|LOC] with [Ann Gale|PER].", "meet", nil},
		{"the agreement X and Y signed", "The agreement [Norway|LOC] and [Sweden|LOC] signed in 1994 still holds.", "agree", []string{"Norway > Sweden"}},
		{"the talks X and Y held with Z", "The talks [Jan Kos|PER] and [Ken Ward|PER] held with [Ann Gale|PER] were fruitful.", "meet", []string{"Jan Kos > Ann Gale", "Ken Ward > Ann Gale"}},
		{"a relative clause of another verb", "[Ken Ward|PER] spoke about the talks [Jan Kos|PER] wanted with [Ann Gale|PER].", "meet", nil},
		// two names joined by a hyphen
		{"the X-Y summit", "[Jan Kos|PER] and [Ken Ward|PER] spoke before the Kos-Ward summit.", "meet", []string{"Jan Kos > Ken Ward"}},
		{"the X-Y unity talks", "[Nordfund|ORG] and [Acme|ORG] tried again. The Nordfund-Acme unity talks failed.", "meet", []string{"Nordfund > Acme"}},
		{"the upcoming X-Y summit is planned", "[Jan Kos|PER] and [Ken Ward|PER] spoke. The upcoming Kos-Ward summit will focus on trade.", "meet", []string{"Jan Kos > Ken Ward"}},
		{"the X–Y summit with a dash token", "[Nordfund|ORG] and [Norway|LOC] disagree. The [Nordfund|ORG] – [Norway|LOC] summit ended.", "meet", []string{"Nordfund > Norway"}},
		{"Sino-X talks", "[China|LOC] and [Japan|LOC] disagree. The Sino-Japanese talks ended.", "meet", []string{"China > Japan"}},
		{"signed the X-Y treaty", "[Norway|LOC] and [Sweden|LOC] are neighbours. They signed the 1994 Norway-Sweden peace treaty.", "agree", []string{"Norway > Sweden"}},
		{"under the X-Y accord", "[Norway|LOC] and [Sweden|LOC] disagree. Under the Norway-Sweden accord, troops left.", "agree", []string{"Norway > Sweden"}},
		{"halves that name no entity", "Under the Norway-Sweden accord, troops left.", "agree", nil},
		{"talks on the X-Y agreement", "[Norway|LOC] and [Sweden|LOC] disagree. They pushed talks on the Norway-Sweden free trade agreement.", "agree", nil},
		{"a hyphenated name of no party", "[Jan Kos|PER] went to the Tel-Aviv summit.", "meet", nil},
		// talks between named bodies
		{"a body launched talks with a country", "The [EU|ORG] formally launched talks with [Turkey|LOC] last October.", "meet", []string{"EU > Turkey"}},
		{"a firm is in talks with a firm", "[Nokia|ORG] is in talks with [Siemens|ORG] about a merger.", "meet", []string{"Nokia > Siemens"}},
		{"a body's talks with a country", "The [EU|ORG]'s talks with [Turkey|LOC] failed.", "meet", []string{"EU > Turkey"}},
		{"a firm held a meeting with a firm", "[Nokia|ORG] held a meeting with [Siemens|ORG] on Monday.", "meet", []string{"Nokia > Siemens"}},
		{"a body's talks with a town", "The [EU|ORG]'s talks with [Oslo|LOC] failed.", "meet", nil},
		// a frame opening the sentence before a pair of subjects
		{"after their talks, A and B", "After their talks on Thursday, [Jan Kos|PER] and [Ken Ward|PER] signed nothing.", "meet", []string{"Jan Kos > Ken Ward"}},
		{"after their talks, A and his counterpart B", "After their talks on Thursday morning, Prime Minister [Jan Kos|PER] and his visiting [Lemurian|MISC] counterpart [Ken Ward|PER] witnessed the signing.", "meet",
			[]string{"Jan Kos > Ken Ward"}},
		{"after the talks, one subject", "After the talks, [Jan Kos|PER] said he was happy.", "meet", nil},
		{"a frame not opening the sentence", "[Ann Gale|PER] spoke. Later, after their talks, [Jan Kos|PER] and [Ken Ward|PER] left.", "meet", nil},
		// a body's meeting attended
		{"X, which attends the G7 meeting", "[Lemuria|LOC], which attends the [G7|ORG] meeting on Friday, is a newcomer.", "meet", []string{"Lemuria > G7"}},
		{"X is attending the body's summit", "[Jan Kos|PER] is attending the [NATO|ORG] summit as a guest.", "meet", []string{"Jan Kos > NATO"}},
		{"a body's meeting without attending", "[Jan Kos|PER] criticised the [NATO|ORG] summit.", "meet", nil},
		// a sanction's target outside the noun phrase
		{"X protested against Y sanctions", "[Finland|LOC] pulled out of the talks in protest against [Norway|LOC] financial sanctions.", "sanction", []string{"Norway > Finland"}},
		{"X insisted Y sanctions be lifted", "[Finland|LOC] insisted on Monday that [UN|ORG] sanctions imposed after its test must be lifted.", "sanction", []string{"UN > Finland"}},
		{"urging Y to lift sanctions", "[Finland|LOC] freed the officers, but [Norway|LOC] has been urging [Sweden|LOC] to lift a sweeping raft of sanctions.", "sanction", []string{"Sweden > Finland"}},
		{"coordinated actors", "[Finland|LOC] said [UN|ORG] and [Danish|MISC] sanctions would remain in place.", "sanction", []string{"Danish > Finland", "UN > Finland"}},
		{"sanctions with nothing lifted", "[Finland|LOC] said [UN|ORG] sanctions would not work.", "sanction", nil},
		{"the urger is no target", "[Norway|LOC] urged [Sweden|LOC] to lift sanctions.", "sanction", nil},
		{"a person opening the sentence", "[Jan Kos|PER] said [UN|ORG] sanctions must be lifted.", "sanction", nil},
		// a bare plural in a named place as an attack's target
		{"attacks on pubs in a town", "He spoke of the [IRA|ORG] bomb attacks on pubs in [Guildford|LOC] and [Woolwich|LOC] in 1974.", "attack", []string{"IRA > pubs in Guildford and Woolwich"}},
		{"carried out his attack on goers at a club", "After [Jan Kos|PER] carried out his attack on club goers at the [Pulse|ORG] nightclub, [Ken Ward|PER] spoke.", "attack", []string{"Jan Kos > club goers at the Pulse"}},
		{"counted targets", "The [Taliban|ORG] carried out attacks on three police posts last week.", "attack", []string{"Taliban > three police posts"}},
		{"a target with a in a place", "The [Taliban|ORG] carried out an attack on a police station in [Kandahar|LOC] on Monday.", "attack", []string{"Taliban > a police station in Kandahar"}},
		{"a target with a and no place", "The [Taliban|ORG] carried out an attack on a police station on Monday.", "attack", nil},
		{"a singular noun is no bare plural", "The [IRA|ORG] attack on business in [Guildford|LOC] failed.", "attack", nil},
		// a definite description of a place as the object
		{"the nationality's withdrawal from the town", "The strikes came after the [Danish|MISC] withdrawal from the town.", "withdraw", []string{"Danish > the town"}},
		{"sanctions imposed on the state", "He said [Norway|LOC] sanctions imposed last year on the [Stalinist|MISC] state must go.", "sanction", []string{"Norway > the Stalinist state"}},
		{"the town of X is the name's", "The [Danish|MISC] withdrawal from the town of [Jenin|LOC] began.", "withdraw", []string{"Danish > Jenin"}},
		{"imposed a blockade on the nation", "[Norway|LOC] has imposed an economic blockade on the [Baltic|LOC] nation.", "sanction", []string{"Norway > the Baltic nation"}},
		{"a person imposes no sanctions", "[Jan Kos|PER] imposed strict rules on the [Baltic|LOC] nation.", "sanction", nil},
		{"a description with no actor", "The withdrawal from the town began.", "withdraw", nil},
	}
	runPairCases(t, tests)
}

// TestNomArgsMood checks the modality eventMood reads from the noun
// phrase of a hyphenated pair's meeting.
func TestNomArgsMood(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"upcoming", "[Jan Kos|PER] and [Ken Ward|PER] spoke. The upcoming Kos-Ward summit will focus on trade.", "planned"},
		{"to be held", "[Jan Kos|PER] and [Ken Ward|PER] spoke of the first Kos-Ward summit, to be held in May.", "planned"},
		{"possible", "[Jan Kos|PER] and [Ken Ward|PER] spoke of a possible Kos-Ward summit.", "hypothetical"},
		{"ended", "[Jan Kos|PER] and [Ken Ward|PER] spoke after the Kos-Ward summit ended.", "happened"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeText(t, tc.text)
			got := ""
			for _, r := range doc.Relations {
				if r.Type == "meet" && doc.Slice(r.Trigger) == "summit" {
					got = r.Modality
				}
			}
			if got != tc.want {
				t.Errorf("modality %q, want %q (all: %+v)", got, tc.want, doc.Relations)
			}
		})
	}
}
