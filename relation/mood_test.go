package relation_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// TestMood checks the polarity and modality of interactions read from
// sentences written for the test (quotes found by the quote stage), by
// the gold set's guidelines: the relation of type typ from subject to
// object must be found, with modality and negation as given.
func TestMood(t *testing.T) {
	tests := []struct {
		name, text, typ, subj, obj string
		modality                   string
		negated                    bool
	}{
		{"will", "[Ana Ruiz|PER] will meet [Tom Berg|PER] in [Oslo|LOC].", "meet", "Ana Ruiz", "Tom Berg", document.Planned, false},
		{"said met", "[Carl Dunn|PER] said [Ana Ruiz|PER] met [Tom Berg|PER] on Monday.", "meet", "Ana Ruiz", "Tom Berg", document.Reported, false},
		{"if attacks", "If [Ruritania|LOC] attacks [Elbonia|LOC], the region will suffer.", "attack", "Ruritania", "Elbonia", document.Hypothetical, false},
		{"did not meet", "[Ana Ruiz|PER] did not meet [Tom Berg|PER] in [Oslo|LOC].", "meet", "Ana Ruiz", "Tom Berg", document.Happened, true},
		{"plans to visit", "[Ana Ruiz|PER] plans to visit [Peru|LOC].", "visit", "Ana Ruiz", "Peru", document.Planned, false},
		{"was expected to sign", "[Ana Ruiz|PER] was expected to sign a deal with [Tom Berg|PER].", "agree", "Ana Ruiz", "Tom Berg", document.Planned, false},
		{"met", "[Ana Ruiz|PER] met [Tom Berg|PER] in [Oslo|LOC] on Monday.", "meet", "Ana Ruiz", "Tom Berg", document.Happened, false},
		{"refused to meet", "[Ana Ruiz|PER] refused to meet [Tom Berg|PER].", "meet", "Ana Ruiz", "Tom Berg", document.Planned, true},
		// what a mandative verb asks for in the subjunctive has not happened
		{"demanded that withdraw", "The council demanded that [Ruritania|LOC] withdraw from [Elbonia|LOC].", "withdraw", "Ruritania", "Elbonia", document.Hypothetical, false},
		{"insisted that should withdraw", "[Ana Ruiz|PER] insisted that [Ruritania|LOC] should withdraw from [Elbonia|LOC].", "withdraw", "Ruritania", "Elbonia", document.Hypothetical, false},
		{"said that withdrew", "[Ana Ruiz|PER] said that [Ruritania|LOC] withdrew from [Elbonia|LOC].", "withdraw", "Ruritania", "Elbonia", document.Reported, false},
		{"suggested that withdraws", "[Ana Ruiz|PER] suggested that [Ruritania|LOC] withdraws from [Elbonia|LOC] every spring.", "withdraw", "Ruritania", "Elbonia", document.Reported, false},
		// a reported "will" is a plan, not a condition
		{"said would visit", "The agency said [Ana Ruiz|PER] would visit [Peru|LOC] in May.", "visit", "Ana Ruiz", "Peru", document.Planned, false},
		{"would without report", "[Ana Ruiz|PER] would visit [Peru|LOC] if invited.", "visit", "Ana Ruiz", "Peru", document.Hypothetical, false},
		{"said could visit", "The agency said [Ana Ruiz|PER] could visit [Peru|LOC] in May.", "visit", "Ana Ruiz", "Peru", document.Hypothetical, false},
		// a speech verb whose adjunct, not content, holds the trigger
		{"told during a visit", "[Hu Lin|PER] told reporters during a visit to [Peru|LOC] that ties were improving.", "visit", "Hu Lin", "Peru", document.Happened, false},
		{"said on arrival", "[Hu Lin|PER] said on arrival in [Peru|LOC] that ties were improving.", "visit", "Hu Lin", "Peru", document.Happened, false},
		// a speech verb in a relative clause closed before the trigger
		{"relative speech", "[Ruritania|LOC], which declared independence in 1991, attacked [Elbonia|LOC] in 1994.", "attack", "Ruritania", "Elbonia", document.Happened, false},
		// a statement that is the speaker's own criticism
		{"own criticism", "[Lisa Moore|PER] said that [Ken Ward|PER] was being naive about the budget.", "criticize", "Lisa Moore", "Ken Ward", document.Happened, false},
		// the accused is no speaker
		{"accused of criticising", "[Ana Ruiz|PER] has been accused of criticising [Tom Berg|PER].", "criticize", "Ana Ruiz", "Tom Berg", document.Reported, false},
		// a bare infinitive: demanded, judged, planned
		{"urged to withdraw", "[Ana Ruiz|PER] urged [Ruritania|LOC] to withdraw from [Elbonia|LOC].", "withdraw", "Ruritania", "Elbonia", document.Hypothetical, false},
		{"for X to", "[Carl Dunn|PER] said it was inappropriate for [Ana Ruiz|PER] to criticize [Tom Berg|PER].", "criticize", "Ana Ruiz", "Tom Berg", document.Reported, false},
		{"called for him to", "Critics called for [Ana Ruiz|PER] to visit [Peru|LOC].", "visit", "Ana Ruiz", "Peru", document.Hypothetical, false},
		{"decision to", "[Ruritania|LOC]'s decision to withdraw from [Elbonia|LOC] surprised many.", "withdraw", "Ruritania", "Elbonia", document.Planned, false},
		{"decision not to", "[Ruritania|LOC]'s decision not to support [Elbonia|LOC] surprised many.", "support", "Ruritania", "Elbonia", document.Happened, true},
		{"prepared to head", "[Ana Ruiz|PER] prepared to travel to [Peru|LOC].", "visit", "Ana Ruiz", "Peru", document.Planned, false},
		{"was prepared to", "[Ana Ruiz|PER] was prepared to meet [Tom Berg|PER].", "meet", "Ana Ruiz", "Tom Berg", document.Hypothetical, false},
		{"willing to quit", "[Ana Ruiz|PER] is willing to withdraw from [Elbonia|LOC].", "withdraw", "Ana Ruiz", "Elbonia", document.Hypothetical, false},
		// a noun trigger takes its light verb's modality
		{"will pay a visit", "[Ana Ruiz|PER] will pay a state visit to [Peru|LOC].", "visit", "Ana Ruiz", "Peru", document.Planned, false},
		{"paid a visit", "[Ana Ruiz|PER] paid a state visit to [Peru|LOC].", "visit", "Ana Ruiz", "Peru", document.Happened, false},
		// obligations and questions
		{"must withdraw", "[Ruritania|LOC] must withdraw from [Elbonia|LOC].", "withdraw", "Ruritania", "Elbonia", document.Hypothetical, false},
		{"question", "Should [Ruritania|LOC] sanction [Elbonia|LOC]?", "sanction", "Ruritania", "Elbonia", document.Hypothetical, false},
		// a date after publication (2019-03-14) plans it
		{"next week", "[Ana Ruiz|PER] travels to [Peru|LOC] next week.", "visit", "Ana Ruiz", "Peru", document.Planned, false},
		// an attribution that closes the sentence, its speaker named or not
		{"trailing said X", "[Ruritania|LOC] attacked [Elbonia|LOC] on Monday, said security sources.", "attack", "Ruritania", "Elbonia", document.Reported, false},
		{"trailing police said", "[Ana Ruiz|PER] met [Tom Berg|PER] in [Oslo|LOC], police said.", "meet", "Ana Ruiz", "Tom Berg", document.Reported, false},
		{"trailing unnamed pair", "A guard was killed by [Ruritania|LOC] troops near the border, medics and eyewitnesses reported.", "kill", "Ruritania", "", document.Reported, false},
		{"trailing according to", "[Ana Ruiz|PER] visited [Peru|LOC] in secret, according to two aides.", "visit", "Ana Ruiz", "Peru", document.Reported, false},
		{"trailing told reporters", "[Ana Ruiz|PER] met [Tom Berg|PER] twice last year, a spokeswoman told reporters on Friday.", "meet", "Ana Ruiz", "Tom Berg", document.Reported, false},
		{"trailing named", "[Ruritania|LOC] troops arrested [Ken Ward|PER] at dawn, [Lisa Moore|PER] said.", "arrest", "Ruritania", "Ken Ward", document.Reported, false},
		// not: another clause, the speech's adjunct, a speech act, the attribution itself
		{"trailing other clause", "[Ana Ruiz|PER] met [Tom Berg|PER] in [Oslo|LOC]; the talks went well, aides said.", "meet", "Ana Ruiz", "Tom Berg", document.Happened, false},
		{"trailing speech adjunct", "\"Ties are improving,\" [Hu Lin|PER] said on arrival in [Peru|LOC], the agency reported.", "visit", "Hu Lin", "Peru", document.Happened, false},
		{"trailing own urge", "[Ruritania|LOC] urged [Elbonia|LOC] to end the blockade, [Ruritania|LOC] officials said.", "urge", "Ruritania", "Elbonia", document.Happened, false},
		{"trailing criticism", "[Ana Ruiz|PER] criticized [Tom Berg|PER] over the budget, aides and officials reported.", "criticize", "Ana Ruiz", "Tom Berg", document.Happened, false},
		{"said with a clause", "[Ana Ruiz|PER], who visited [Peru|LOC] in May, said ties were improving.", "visit", "Ana Ruiz", "Peru", document.Happened, false},
		{"trailing in attribution", "The border was closed, said [Lisa Moore|PER], who met [Ken Ward|PER] on Monday.", "meet", "Lisa Moore", "Ken Ward", document.Happened, false},
		{"trailing clause after", "[Ana Ruiz|PER] met [Tom Berg|PER] in [Oslo|LOC], aides said that the talks went well and would resume.", "meet", "Ana Ruiz", "Tom Berg", document.Happened, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeQuoted(t, tc.text)
			var r *document.Relation
			for i, x := range doc.Relations {
				if x.Type == tc.typ && name(doc, x.Subject) == tc.subj && name(doc, x.Object) == tc.obj {
					r = &doc.Relations[i]
				}
			}
			if r == nil {
				t.Fatalf("no %s %s > %s in %+v", tc.typ, tc.subj, tc.obj, doc.Relations)
			}
			if r.Modality != tc.modality || r.Negated != tc.negated {
				t.Errorf("modality %q negated %v, want %q %v", r.Modality, r.Negated, tc.modality, tc.negated)
			}
		})
	}
}
