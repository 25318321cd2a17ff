package screen

import (
	"strings"
	"testing"
)

// TestMatch screens names against the fixture lists.
func TestMatch(t *testing.T) {
	ix := fixtureIndex(t)
	tests := []struct {
		name, typ string
		want      string // list entry ID expected among the hits; "" for none
		how       string // in the explanation
	}{
		{"Kim Yong Chol", Person, "12211", "3 of 3 words identical"},
		{"KIM, Yong Chol", "", "17614", "identical"},
		{"kim yong-chol", "", "12211", ""},
		{"Yong Chol Kim", Person, "12211", "surname first"},
		{"Kim Yongchol", Person, "12211", "joined"},
		{"Kim Young Cheol", Person, "12211", ""},
		{"Kim Yong Chul", Person, "17614", "spelling variant"},
		{"김영철", Person, "12211", "transliterated from Hangul"},
		{"Сергей Зубков", Person, "32211", "transliterated from Cyrillic"},
		{"Siarhei Zubkou", Person, "32211", ""},
		{"Sergei Yevgenevich Zubkov", Person, "32211", ""},
		{"Ayman al-Zawahiri", Person, "2676", ""},
		{"Ayman Zawahiri", Person, "2676", ""},
		{"Aiman al Zawahri", Person, "2676", ""},
		{"أيمن الظواهري", Person, "2676", "Arabic"},
		{"Ayman al-Zawahiry", Person, "2676", ""},
		{"Banco Nacional de Cuba", Organization, "306", ""},
		{"Banko Nacional de Cuba", Organization, "306", "spelling variant"},
		{"Banco Nacionl de Cuba", Organization, "306", "typo"},
		{"Adoon General Trading", Organization, "32152", ""},
		{"Adoon Trading LLC", Organization, "32152", ""},
		{"Reconnaissance General Bureau", "", "12210", ""},
		{"Aerocaribbean", Organization, "36", "joined"},
		// Generic words never match on their own; nor does an acronym.
		{"General Trading Company", Organization, "", ""},
		{"Caribbean Trading Corp", Organization, "", ""},
		{"BNC", Organization, "", ""},
		// Not the listed people.
		{"Kim Yong", Person, "", ""},
		{"Kim Song Chol", Person, "", ""},
		{"Kim Jong Il", Person, "", ""},
		{"Mike Pompeo", Person, "", ""},
		{"Ayman Hassan", Person, "", ""},
		{"Kim Yong Chol", Organization, "", ""},
	}
	for _, tt := range tests {
		ms := ix.Screen(Query{Name: tt.name, Type: tt.typ}, Options{})
		if tt.want == "" {
			if len(ms) > 0 {
				t.Errorf("%q: unexpected hit %s %s %q (%.2f): %s", tt.name, ms[0].List, ms[0].Entry.ID, ms[0].Name.Full, ms[0].Score, ms[0].Explanation)
			}
			continue
		}
		found := false
		for _, m := range ms {
			if m.Entry.ID == tt.want {
				found = true
				if m.Score < DefaultThreshold || m.Score > 1 {
					t.Errorf("%q: score %.3f", tt.name, m.Score)
				}
				if !strings.Contains(m.Explanation, tt.how) {
					t.Errorf("%q: explanation %q does not say %q", tt.name, m.Explanation, tt.how)
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not found; hits: %v", tt.name, tt.want, matchList(ms))
		}
	}
}

func matchList(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.List+" "+m.Entry.ID+" "+m.Explanation)
	}
	return out
}

// TestHomonyms ranks two listed people of one name by birth year and
// says why.
func TestHomonyms(t *testing.T) {
	ix := fixtureIndex(t)
	ms := ix.Screen(Query{Name: "Kim Yong Chol", Type: Person, Context: Context{BornFrom: 1945, BornTo: 1946, BornWhy: "72 years old in 2018"}}, Options{})
	rank := map[string]int{}
	for i, m := range ms {
		rank[m.Entry.ID] = i + 1
	}
	if rank["12211"] == 0 || rank["17614"] == 0 || rank["12211"] > rank["17614"] {
		t.Fatalf("12211 must rank above 17614: %v", matchList(ms))
	}
	m := ms[rank["17614"]-1]
	if m.Score >= m.NameScore || !strings.Contains(m.Explanation, "1962-02-18 does not fit") {
		t.Errorf("17614: %.2f (name %.2f): %s", m.Score, m.NameScore, m.Explanation)
	}
	// And the other way round for a man born in 1962 from Iran's KOMID.
	ms = ix.Screen(Query{Name: "Kim Yong Chol", Type: Person, Context: Context{BornFrom: 1962, BornTo: 1962, BornWhy: "given", Countries: []string{"KP"}, Descriptions: []string{"KOMID representative"}}}, Options{})
	if len(ms) == 0 || (ms[0].Entry.ID != "17614" && ms[0].Entry.ID != "KPi.024") {
		t.Errorf("born 1962: %v", matchList(ms))
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"KIM, Yong-Chol":      "kim  yong chol",
		"Müller-Lüdenscheidt": "muller ludenscheidt",
		"O'Brien":             "obrien",
		"Ким Чен Ын":          "kim chen yn",
		"김정은":                 " kim  jong  un ",
		"Ødegård":             "odegard",
		"Straße":              "strasse",
	} {
		if got, _ := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
	for _, group := range [][]string{{"chol", "chul", "cheol"}, {"yong", "young", "yeong"}, {"mohammed", "muhammad", "mohamad"}, {"hussein", "husayn", "hussain"}} {
		for _, w := range group[1:] {
			if variantKey(w) != variantKey(group[0]) {
				t.Errorf("variantKey(%q) = %q, variantKey(%q) = %q", w, variantKey(w), group[0], variantKey(group[0]))
			}
		}
	}
	for _, pair := range [][2]string{{"ki", "ka"}, {"hasan", "hussein"}, {"yong", "song"}} {
		if variantKey(pair[0]) == variantKey(pair[1]) {
			t.Errorf("%q and %q share the variant key %q", pair[0], pair[1], variantKey(pair[0]))
		}
	}
}
