package coref

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Gender of a person entity, when the text tells it.
type gender uint8

const (
	unknown gender = iota
	male
	female
)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// titleWords are titles and roles that may precede a name ("Secretary of
// State Mike Pompeo", "North Korean leader Kim Jong Un"); lower case, with
// and without a final period.
var titleWords = sync.OnceValue(func() map[string]bool {
	return setOf(`president vice secretary sen sen. senator rep rep. representative gov gov.
		governor mayor gen gen. general adm adm. admiral col col. colonel lt lt. lieutenant maj maj.
		major capt capt. captain sgt sgt. sergeant dr dr. prof prof. professor judge justice chief
		minister prime foreign speaker leader chairman chairwoman chair director ambassador
		attorney commissioner sheriff officer spokesman spokeswoman spokesperson rev rev.
		reverend father sister pope king queen prince princess lord lady sir dame former deputy
		assistant acting marshal candidate nominee pastor rabbi coach anchor host author
		economist analyst adviser advisor lawyer founder ceo executive manager councilman
		councilwoman delegate congressman congresswoman lawmaker official chancellor premier
		emperor sultan sheikh crown correspondent special envoy counsel strategist pollster
		mr mr. mrs mrs. ms ms. miss supreme commander inspector superintendent treasurer
		auditor clerk senior junior first lady gen. lt.gen. vice-president co-founder
		state defense interior homeland security treasury labor education energy commerce
		agriculture transportation health justice navy army air force intelligence
		u.s. us american`)
})

// roleHeads are the words that make a run of title words a role: the
// run "State" alone is not a role, "Secretary of State" is.
var roleHeads = sync.OnceValue(func() map[string]bool {
	return setOf(`president secretary senator sen sen. rep rep. representative gov gov. governor
		mayor gen gen. general adm adm. admiral col col. colonel lt lt. lieutenant maj maj. major
		capt capt. captain sgt sgt. sergeant dr dr. prof prof. professor judge justice chief
		minister speaker leader chairman chairwoman chair director ambassador attorney
		commissioner sheriff officer spokesman spokeswoman spokesperson rev rev. reverend pope
		king queen prince princess lord lady sir dame marshal candidate nominee pastor rabbi
		coach anchor host author economist analyst adviser advisor lawyer founder ceo
		executive manager councilman councilwoman delegate congressman congresswoman lawmaker
		official chancellor premier emperor sultan sheikh correspondent envoy counsel
		strategist pollster commander inspector superintendent treasurer auditor clerk
		vice-president co-founder`)
})

// honorifics give a gender and are not descriptions.
var honorifics = map[string]gender{
	"mr": male, "mr.": male, "mrs": female, "mrs.": female, "ms": female, "ms.": female,
	"miss": female, "sir": male, "lady": female, "dame": female, "lord": male,
	"king": male, "queen": female, "prince": male, "princess": female,
}

// nameSuffixes follow a name and are not part of its key.
var nameSuffixes = setOf(`jr jr. sr sr. ii iii iv`)

// Common first names by gender, for the gender of speakers ("he"
// resolves to a man). The lists are short and English-centred on purpose:
// an unknown name simply leaves the gender open.
const maleNames = `aaron abdul abe abraham adam adrian ahmed al alan albert alberto alex alexander
alexei alfred ali allen alvin amir andre andrew andy angel angelo anthony antonio arnold arthur
ashton austin barack barry ben benjamin bernie bernard bill billy bob bobby boris brad bradley
brandon brent brett brian bruce bryan byron calvin carl carlos cary cecil chad charles charlie
chester chris christian christopher chuck clarence claude clay clayton clifford clint
cody colin corey craig curtis dale dan daniel danny darrell darren dave david dean dennis derek
dick dmitry don donald doug douglas duane dustin dwight earl ed eddie edgar eduardo edward edwin
elijah elliot emmanuel enrique eric erik ernest eugene evan felix fernando francis francisco
frank franklin fred frederick gabriel gary gavin gene geoffrey george gerald gilbert glenn gordon
graham grant greg gregory guy harold harry harvey hector henry herbert herman howard hugh hugo
ian igor isaac ivan jack jackson jacob jake james jamie jared jason javier jay jeb jeff jeffrey
jeremy jerome jerry jesse jesus jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh
joshua juan julian justin karl keith ken kenneth kevin kirk kurt kyle lamar lance larry
lawrence lee leo leon leonard leroy lester lewis lloyd louis luis luke malcolm manuel marc
marco marcus mario mark marshall martin marvin matt matthew maurice max michael micah miguel mike
mitch mitchell mitt mohammed muhammad nathan neil nicholas nick nicolas noah norman oliver omar
oscar owen pablo patrick paul pedro peter phil philip pierre rafael ralph randall randy ray
raymond reggie reince ricardo richard rick ricky rob robert roberto rod rodney roger roland ron
ronald ross roy ruben rudy russell ryan sam samuel scott sean sergei sergey seth shane shawn
sidney stanley stephen steve steven stuart ted terry theodore thomas tim timothy todd tom tommy
tony travis trey troy tyler vernon victor vincent vladimir wade walter warren wayne wesley will
william willie xavier yuri zachary`

const femaleNames = `abigail ada alexandra alexis alice alicia alison allison amanda amber amy
ana andrea angela angelina ann anna anne annie april ashley audrey barbara betsy betty beverly
brenda bridget brittany caitlin carla carly carmen carol caroline carolyn catherine cathy
charlotte chelsea cheryl christina christine cindy claire clara claudia colleen connie courtney
cynthia daisy dana danielle deborah debbie debra denise diana diane dolores donna dora doris
dorothy edith eileen elaine eleanor elena elizabeth ella ellen emily emma erica erin esther
eva evelyn faith florence frances gabrielle gail gina gloria grace gretchen gwen hannah harriet
heather heidi helen hillary holly hope irene isabel jackie jacqueline jane janet janice jasmine
jean jeanne jennifer jenny jessica jill joan joanna joanne jocelyn josephine joy joyce judith
judy julia julie june karen kate katherine kathleen kathryn kathy katie kay kayla kelly
kellyanne kirsten kristen laura lauren leah linda lisa lois loretta lori lorraine louise
lucy lydia lynn madeline madison margaret maria marie marilyn marion marsha martha mary megan
melania melanie melissa michele michelle mildred miriam molly monica nancy naomi natalie nicole
nikki nina nora norma olivia pamela patricia patty paula pauline peggy penny phyllis priscilla
rachel rebecca regina renee rhonda rita roberta robin rosa rose ruth sabra samantha sandra
sara sarah sharon sheila shirley sonia sophia stacy stephanie sue susan suzanne sylvia tamara
tammy tanya teresa theresa tiffany tina tracy valerie vanessa veronica victoria virginia
vivian wanda wendy whitney yolanda yvonne zoe`

var firstNames = sync.OnceValue(func() map[string]gender {
	m := map[string]gender{}
	for _, n := range strings.Fields(maleNames) {
		m[n] = male
	}
	for _, n := range strings.Fields(femaleNames) {
		m[n] = female
	}
	return m
})

// nameGender guesses a gender from a first name.
func nameGender(first string) gender {
	return firstNames()[strings.ToLower(first)]
}

// fields splits a name into words, keeping abbreviations' periods.
func fields(s string) []string { return strings.Fields(s) }

// firstField returns the first of strings.Fields(s) and whether there
// are more, without splitting s.
func firstField(s string) (first string, more bool) {
	start := -1
	for i, c := range s {
		if unicode.IsSpace(c) {
			if start >= 0 && first == "" {
				first = s[start:i]
			}
		} else if start < 0 {
			start = i
		} else if first != "" {
			return first, true
		}
	}
	if start >= 0 && first == "" {
		first = s[start:]
	}
	return first, false
}

// appendFields appends the words of s, as strings.Fields splits them, to
// dst.
func appendFields(dst []string, s string) []string {
	start := -1
	for i, c := range s {
		if unicode.IsSpace(c) {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// stripPossessive removes a final 's or ’s (or a bare apostrophe).
func stripPossessive(s string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, suf) {
			return strings.TrimSpace(s[:len(s)-len(suf)])
		}
	}
	return s
}

// key returns the comparison form of a name: lower case, without dots
// and possessives.
func key(s string) string {
	s = strings.ToLower(stripPossessive(s))
	return strings.ReplaceAll(s, ".", "")
}

func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// acronym returns the initials of a multi-word name ("United Nations" →
// "UN", "Central Intelligence Agency" → "CIA"), skipping function words.
func acronym(name string) string {
	var b strings.Builder
	words := fields(name)
	if len(words) < 2 {
		return ""
	}
	for _, w := range words {
		switch strings.ToLower(w) {
		case "of", "the", "and", "for", "on", "in", "&":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

// asAcronym returns s as a bare acronym ("U.N." → "UN", "CIA" → "CIA"),
// or "" when it is not one.
func asAcronym(s string) string {
	s = strings.ReplaceAll(stripPossessive(s), ".", "")
	if len(s) < 2 || len(s) > 6 {
		return ""
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return ""
		}
	}
	return s
}
