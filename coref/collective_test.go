package coref

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// TestCollectives resolves "they", "them" and "their" to organisations,
// countries and groups, and leaves them alone where a plural noun, a
// coordination, a place or another clause's party is the likelier
// referent; sentences written for the test.
func TestCollectives(t *testing.T) {
	per, org, loc, misc := document.PER, document.ORG, document.LOC, document.MISC
	tests := []struct {
		name    string
		text    string
		names   map[string]string
		pronoun string // the pronoun with the word after it, first occurrence
		want    string
	}{
		{"the organisation that says",
			"The Harbour Board said they would appeal.",
			map[string]string{"Harbour Board": org}, "they would", "Harbour Board"},
		{"a possessive",
			"The Labour Party launched their campaign on Monday.",
			map[string]string{"Labour Party": org}, "their campaign", "Labour Party"},
		{"a country",
			"Norway rejected the plan, and they will vote again.",
			map[string]string{"Norway": loc}, "they will", "Norway"},
		{"a group by a plural nationality",
			"The Ruritanians said they were ready.",
			map[string]string{"Ruritanians": misc}, "they were", "Ruritanians"},
		{"a city is none",
			"Bergen said they would build roads.",
			map[string]string{"Bergen": loc}, "they would", ""},
		{"a plural noun between",
			"Harbour Board officials said they would appeal.",
			map[string]string{"Harbour Board": org}, "they would", ""},
		{"a plural noun after a name",
			"Jan Kos attacked Labour Party proposals before their publication.",
			map[string]string{"Jan Kos": per, "Labour Party": org}, "their publication", ""},
		{"two people",
			"Jan Kos and Ken Ward met in Norway, and they agreed to talk.",
			map[string]string{"Jan Kos": per, "Ken Ward": per, "Norway": loc}, "they agreed", ""},
		{"two organisations",
			"The Harbour Board and the Labour Party said they agree.",
			map[string]string{"Harbour Board": org, "Labour Party": org}, "they agree", ""},
		{"two countries",
			"Work in Sweden or Norway, where they pay well.",
			map[string]string{"Sweden": loc, "Norway": loc}, "they pay", ""},
		{"a country as a place",
			"A crowd gathered in Norway before they marched.",
			map[string]string{"Norway": loc}, "they marched", ""},
		{"the complement of a noun",
			"Stewards from the Harbour Board said they would strike.",
			map[string]string{"Harbour Board": org}, "they would", ""},
		{"an object of the same clause",
			"The Labour Party will offer them a choice.",
			map[string]string{"Labour Party": org}, "them a", ""},
		{"an object of another clause",
			"The Labour Party says voters trust it, and it will offer them a choice.",
			map[string]string{"Labour Party": org}, "them a", ""},
		{"an example of a plural",
			"Other parties such as the Labour Party said they agree.",
			map[string]string{"Labour Party": org}, "they agree", ""},
		{"a possessor",
			"Norway's media reserve their praise for Jan Kos.",
			map[string]string{"Norway": loc, "Jan Kos": per}, "their praise", ""},
		{"a modifier after an article",
			"A Labour Party spokesman said their posters were removed.",
			map[string]string{"Labour Party": org}, "their posters", ""},
		{"an object is no antecedent",
			"Ministers called on Norway to act, saying the dispute hurt their trade.",
			map[string]string{"Norway": loc}, "their trade", ""},
		{"inside a quote",
			"The Harbour Board told reporters: \"Primarily they were interested in money.\"",
			map[string]string{"Harbour Board": org}, "they were", ""},
		{"after but",
			"The Harbour Board backed the plan, but they voted against it.",
			map[string]string{"Harbour Board": org}, "they voted", ""},
		{"a number of them",
			"The Harbour Board bought six of them.",
			map[string]string{"Harbour Board": org}, "them.", ""},
		{"the sentence before opened by the organisation",
			"The Labour Party met on Monday. They agreed to back Jan Kos.",
			map[string]string{"Labour Party": org, "Jan Kos": per}, "They agreed", "Labour Party"},
		{"the sentence before, in the paragraph before",
			"The Labour Party called on Jan Kos to resign, they said.\n\nThey also urged Ken Ward to stay.",
			map[string]string{"Labour Party": org, "Jan Kos": per, "Ken Ward": per}, "They also", "Labour Party"},
		{"the sentence before names it as an object",
			"Jan Kos criticised the Labour Party on Monday. They agreed to back him.",
			map[string]string{"Labour Party": org, "Jan Kos": per}, "They agreed", ""},
		{"the sentence before opened by two",
			"The Labour Party and the Green Party met. They agreed to back Jan Kos.",
			map[string]string{"Labour Party": org, "Green Party": org, "Jan Kos": per}, "They agreed", ""},
		{"the same referent as an earlier they",
			"Activists said they were proud of what the Labour Party achieved in their towns.",
			map[string]string{"Labour Party": org}, "their towns", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.Index(tc.text, tc.pronoun)
			if i < 0 {
				t.Fatalf("%q not in text", tc.pronoun)
			}
			w := strings.TrimRight(strings.Fields(tc.pronoun)[0], ".")
			if got := resolvedName(t, tagged(t, tc.text, tc.names), i, i+len(w)); got != tc.want {
				t.Errorf("%q resolved to %q, want %q", w, got, tc.want)
			}
		})
	}
}

// TestGovernmentDescriptions resolves descriptions headed by a noun of
// government or a plural group noun.
func TestGovernmentDescriptions(t *testing.T) {
	per, org, loc := document.PER, document.ORG, document.LOC
	tests := []struct {
		name  string
		text  string
		names map[string]string
		desc  string // the description, its last occurrence
		want  string
	}{
		{"the government of the country just named",
			"Jan Kos flew to Norway on Monday. He said the government had invited him.",
			map[string]string{"Jan Kos": per, "Norway": loc}, "the government", "Norway"},
		{"the regime",
			"Norway expelled two diplomats. Critics said the regime feared them.",
			map[string]string{"Norway": loc}, "the regime", "Norway"},
		{"the nationality must be the country's",
			"Jan Kos flew to Norway on Monday. He said the Swedish government had invited him.",
			map[string]string{"Jan Kos": per, "Norway": loc}, "the Swedish government", ""},
		{"the matching nationality",
			"Jan Kos flew to Norway on Monday. He said the Norwegian government had invited him.",
			map[string]string{"Jan Kos": per, "Norway": loc}, "the Norwegian government", "Norway"},
		{"too far back",
			"Jan Kos flew to Norway on Monday. He met students. He spoke. He said the government had invited him.",
			map[string]string{"Jan Kos": per, "Norway": loc}, "the government", ""},
		{"an organisation with the noun in its name first",
			"Norway and the Ruritanian Government signed a deal. Later the government said it was pleased.",
			map[string]string{"Norway": loc, "Ruritanian Government": org}, "the government", "Ruritanian Government"},
		{"a city is no government",
			"Jan Kos flew to Bergen on Monday. He said the government had invited him.",
			map[string]string{"Jan Kos": per, "Bergen": loc}, "the government", ""},
		{"an of-phrase names another",
			"Jan Kos flew to Norway on Monday. He met the government of Sweden.",
			map[string]string{"Jan Kos": per, "Norway": loc, "Sweden": loc}, "the government", ""},
		{"the rebels called so after the name",
			"Zanto rebels attacked a town in Norway. The army said the rebels fled.",
			map[string]string{"Zanto": org, "Norway": loc}, "the rebels", "Zanto"},
		{"the rebels of no group",
			"The Harbour Board met in Norway. The army said the rebels fled.",
			map[string]string{"Harbour Board": org, "Norway": loc}, "the rebels", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.LastIndex(tc.text, tc.desc)
			if i < 0 {
				t.Fatalf("%q not in text", tc.desc)
			}
			if got := resolvedName(t, tagged(t, tc.text, tc.names), i, i+len(tc.desc)); got != tc.want {
				t.Errorf("%q resolved to %q, want %q", tc.desc, got, tc.want)
			}
		})
	}
}
