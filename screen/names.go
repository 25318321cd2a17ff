package screen

import (
	"strings"
	"sync"
)

// Token roles in a name.
const (
	roleCore     uint8 = iota // must match for the name to match
	roleOptional              // may be left out: a patronymic, a middle name, a second surname
	roleParticle              // al-, bin, van, de: weighs little
	roleGeneric               // Corp, Trading, Company: never matches on its own
)

// A token is one word of a folded name.
type token struct {
	text    string // folded: "chol"
	variant string // variantKey(text): "col"
	cons    string // consonantKey(variant): "cl"
	role    uint8
	// weight is the token's information content, set from the index's
	// word frequencies.
	weight float32
	// unseen marks a query word no listed name has; it weighs what the
	// word it matches weighs.
	unseen bool
	// abjad marks a word written in Arabic script, without its short
	// vowels: only its consonants can be compared.
	abjad bool
	// equiv is the word's group in equivalents, 0 if none.
	equiv uint8
}

// honorifics are titles written in or before names ("Dr. Ayman",
// "Colonel Abbud", "Sheik Ahmed", "Gen. Kim"); they are not part of the
// name.
var honorifics = set("dr", "mr", "mrs", "ms", "miss", "mme", "mlle", "sir", "gen", "col", "colonel",
	"maj", "capt", "captain", "lt", "sgt", "brig", "adm", "admiral", "president", "minister",
	"sheikh", "shaykh", "sheik", "shaikh", "shaykhah", "imam", "mullah", "mulla", "maulana", "mawlana", "maulvi", "mawlawi",
	"haji", "hajji", "alhaj", "alhajj", "prof", "professor", "rev", "reverend", "herr", "frau", "senator", "sen", "rep",
	"gov", "governor", "judge", "marshal", "commander", "cmdr")

// particles are the small words of names.
var particles = set("al", "el", "ul", "ud", "ad", "ar", "as", "at", "az", "ash", "an", "bin", "ibn", "bint", "ben", "binti",
	"bte", "bt", "da", "de", "del", "della", "der", "di", "do", "dos", "das", "du", "la", "le", "van", "von", "den", "ter",
	"y", "e", "and", "of", "the", "for", "und", "et")

// generic are the words of organisation names that say nothing about
// which organisation it is. They never make a match on their own.
var generic = set("corp", "corporation", "co", "company", "companies", "inc", "incorporated", "ltd", "limited",
	"llc", "llp", "lp", "plc", "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "ab", "kg",
	"jsc", "ojsc", "cjsc", "pjsc", "oao", "zao", "ooo", "pao", "eood", "ood", "ead", "fze", "fzco", "fzc", "fz",
	"bhd", "sdn", "pte", "pty", "kft", "zrt", "doo", "cv", "cia", "trading", "trade", "traders", "general",
	"group", "holding", "holdings", "international", "intl", "enterprise", "enterprises", "industries", "industry",
	"industrial", "services", "service", "global", "import", "export", "imports", "exports", "investment", "investments",
	"development", "commercial", "compania", "empresa", "sociedad", "societe", "establishment", "est", "firm",
	"partners", "management", "logistics", "technology", "technologies", "tech", "solutions", "systems", "office",
	"agency", "foundation", "organization", "organisation", "association", "center", "centre", "store", "shop",
	"ltda", "gie", "se", "as", "aps", "a", "s", "l", "c", "v")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// eastAsianSurnames are common Korean and Chinese surnames as the lists
// romanise them; after one of them, a two-word given name ("Yong Chol")
// is one name in two syllables, and both must match.
var eastAsianSurnames = set("kim", "ri", "rhee", "yi", "lee", "li", "pak", "park", "choe", "choi", "chwe", "jang", "chang",
	"jo", "cho", "kang", "han", "ko", "o", "oh", "yun", "jon", "chon", "jeon", "hwang", "son", "so", "sin", "shin", "song",
	"hong", "ju", "ryu", "yu", "kwon", "jong", "chong", "jung", "ryom", "paek", "pang", "mun", "moon", "nam", "ro", "roh",
	"ri", "im", "yim", "an", "ahn", "hyon", "hyun", "sim", "kye", "tong", "wang", "zhang", "liu", "chen", "yang", "huang",
	"zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao", "tan", "zheng", "xie", "deng")

// isPatronymic reports whether a folded token is a Slavic, Turkic or
// similar patronymic, which news reports usually leave out.
func isPatronymic(t string) bool {
	if len(t) < 6 {
		return false
	}
	for _, suf := range []string{"ovich", "evich", "ovych", "evych", "yevich", "ovna", "evna", "ichna", "ogly", "oglu", "kyzy", "qizi", "ovic", "evic"} {
		if strings.HasSuffix(t, suf) {
			return true
		}
	}
	return false
}

// syllabic reports whether t is shaped like one romanised Korean or
// Chinese syllable ("yong", "chol", "un", "myong").
func syllabic(t string) bool {
	if len(t) > 6 {
		return false
	}
	k := variantKey(t)
	vowels := 0
	for i := 0; i < len(k); i++ {
		if k[i] == 'a' || k[i] == 'o' {
			vowels++
		}
	}
	return vowels == 1
}

// words splits folded text into words.
func words(folded string) []string { return strings.Fields(folded) }

// nameTokens analyses a name into tokens with roles. typ is the entry's
// type (Person, Organization, …, or "" if unknown); surname and given are
// the parts of a person's name when known.
func nameTokens(full, typ, surname, given string) ([]token, []string) {
	folded, scripts := fold(full)
	var toks []token
	add := func(w string, role uint8) {
		switch {
		case generic[w] && typ != Person:
			role = roleGeneric
		case particles[w]:
			role = roleParticle
		case isPatronymic(w) && typ != Organization:
			role = roleOptional
		}
		// "Abdul", "Abdel": "Abd al".
		if typ != Organization {
			switch w {
			case "abdul", "abdel", "abdal", "abdol", "abdoul":
				v := "abd"
				toks = append(toks, token{text: v, role: role})
				w, role = "al", roleParticle
			}
		}
		toks = append(toks, token{text: w, role: role})
	}
	dropTitles := func(ws []string) []string {
		out := ws[:0:0]
		for i, w := range ws {
			if typ != Organization && honorifics[w] && len(ws) > 1 {
				continue
			}
			if typ == Person && w == "general" && i < len(ws)-1 {
				continue
			}
			out = append(out, w)
		}
		return out
	}
	if surname != "" && given != "" {
		fs, _ := fold(surname)
		fg, _ := fold(given)
		sw, gw := dropTitles(words(fs)), dropTitles(words(fg))
		first := true
		for _, w := range sw {
			role := roleCore
			if !particles[w] {
				if !first {
					role = roleOptional // a second surname: GUZMAN LOERA
				}
				first = false
			}
			add(w, role)
		}
		compound := len(gw) == 2 && (eastAsian(sw) || (syllabic(gw[0]) && syllabic(gw[1])))
		nth := 0
		for _, w := range gw {
			role := roleCore
			if !particles[w] {
				if nth > 0 && !compound {
					role = roleOptional // a middle name
				}
				nth++
			}
			add(w, role)
		}
	} else {
		ws := dropTitles(words(folded))
		for _, w := range ws {
			add(w, roleCore)
		}
	}
	// A name made only of generic words ("Trading and Transport Services
	// Company") is its generic words.
	substantive := false
	for _, t := range toks {
		if t.role == roleCore || t.role == roleOptional {
			substantive = true
			break
		}
	}
	abjad := false
	for _, sc := range scripts {
		if sc == scriptArabic {
			abjad = true
		}
	}
	for i := range toks {
		toks[i].abjad = abjad
		if !substantive && toks[i].role == roleGeneric {
			toks[i].role = roleCore
		}
		toks[i].variant = variantKey(toks[i].text)
		toks[i].cons = consonantKey(toks[i].variant)
		toks[i].equiv = equivalents[toks[i].text]
	}
	return toks, scripts
}

// genericTypo reports whether w is one typo away from a generic word of
// six letters or more ("limted", "tcrading"), which makes it generic too.
func genericTypo(w string) bool {
	if len(w) < 5 {
		return false
	}
	g := genericNeighbours()
	if g[w] {
		return true
	}
	for i := range len(w) {
		if g[w[:i]+w[i+1:]] {
			return true
		}
	}
	return false
}

// genericNeighbours holds the long generic words and their one-letter
// deletions.
var genericNeighbours = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for w := range generic {
		if len(w) < 6 {
			continue
		}
		m[w] = true
		for i := range len(w) {
			m[w[:i]+w[i+1:]] = true
		}
	}
	return m
})

func eastAsian(surname []string) bool {
	return len(surname) == 1 && eastAsianSurnames[surname[0]]
}

// equivalents are romanisations of one Korean name that no spelling rule
// relates: 이/리 is Lee, Ri, Rhee or Yi; 박 Pak or Park; 최 Choe or Choi.
var equivalents = func() map[string]uint8 {
	m := map[string]uint8{}
	for i, g := range [][]string{
		{"ri", "lee", "rhee", "yi", "i"}, {"pak", "park", "bak"}, {"choe", "choi", "chwe"},
		{"jong", "jeong", "chong", "chung", "jung"}, {"kang", "gang"}, {"kwang", "gwang"}, {"yun", "yoon"},
		{"sin", "shin"}, {"o", "oh"}, {"ryu", "yu", "yoo"}, {"rim", "lim", "im"}, {"ro", "roh", "no"},
		{"kim", "gim"}, {"jo", "cho"}, {"jang", "chang"}, {"jon", "chon", "jeon"}, {"hyon", "hyun", "hyeon"},
	} {
		for _, w := range g {
			m[w] = uint8(i + 1)
		}
	}
	return m
}()
