package evalset

import (
	"math/rand/v2"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/screen"
)

// spellings are groups of real spellings of one name, as the lists and
// the press write them (Korean: McCune–Reischauer, Revised and DPRK
// romanisations; Arabic and Persian; Russian: BGN/PCGN, ISO and
// English-press forms).
var spellings = [][]string{
	{"chol", "chul", "cheol"}, {"yong", "young", "yeong"}, {"jong", "jeong", "chong"}, {"un", "eun"},
	{"song", "seong", "sung"}, {"myong", "myung", "myeong"}, {"hyon", "hyun", "hyeon"}, {"choe", "choi"},
	{"ri", "lee", "rhee", "yi"}, {"pak", "park"}, {"sok", "seok", "suk"}, {"kwang", "gwang"}, {"il", "il"},
	{"hyok", "hyuk", "hyeok"}, {"chon", "jeon", "jon"}, {"kang", "gang"}, {"jang", "chang"}, {"yun", "yoon"},
	{"mohammed", "muhammad", "mohamed", "mohammad", "muhammed", "mohamad"}, {"ahmed", "ahmad"},
	{"hussein", "husayn", "hussain", "husain"}, {"hassan", "hasan"}, {"hasan", "hassan"}, {"abdullah", "abdallah", "abdulla"},
	{"osama", "usama"}, {"yusuf", "yousef", "youssef", "yousuf"}, {"said", "saeed", "saeid"}, {"omar", "umar"},
	{"khalid", "khaled"}, {"mahmoud", "mahmud", "mahmood"}, {"mustafa", "mostafa", "moustafa"},
	{"qasim", "qassem", "kassem", "qasem"}, {"abu", "abou"}, {"al", "el"}, {"bin", "ibn"}, {"abd", "abdul", "abdel"},
	{"rahman", "rehman"}, {"rahim", "raheem"}, {"karim", "kareem"}, {"jamal", "gamal"}, {"husayn", "hussein"},
	{"ali", "aly"}, {"hamid", "hamed"}, {"mahdi", "mehdi"}, {"reza", "riza"}, {"hossein", "hosein", "hussein"},
	{"jafar", "jaafar", "ja'far"}, {"faisal", "faysal", "feisal"}, {"nasser", "nasir", "naser"}, {"salim", "saleem", "selim"},
	{"sulaiman", "suleiman", "sulayman", "soleiman"}, {"ibrahim", "ebrahim"}, {"ismail", "ismael", "esmail"},
	{"yahya", "yehia"}, {"zakaria", "zakariya", "zakariyya"}, {"hamza", "hamzah"}, {"tariq", "tarek", "tareq"},
	{"sergei", "sergey", "serguei"}, {"yevgeny", "evgeny", "yevgeniy", "evgeni"}, {"aleksandr", "alexander", "aleksander"},
	{"aleksei", "alexey", "aleksey", "alexei"}, {"dmitri", "dmitry", "dmitriy"}, {"yuri", "yury", "yuriy"},
	{"andrei", "andrey"}, {"nikolai", "nikolay"}, {"mikhail", "mihail"}, {"vasili", "vasily", "vasiliy"},
	{"grigori", "grigory", "grigoriy"}, {"arkadi", "arkady", "arkadiy"}, {"viktor", "victor"}, {"yakov", "jakov"},
	{"fyodor", "fedor"}, {"pyotr", "petr"}, {"igor", "ihor"}, {"oleksandr", "olexandr"}, {"volodymyr", "vladimir"},
	{"tkachenko", "tkatchenko"}, {"shcherbakov", "scherbakov"}, {"khodorkovsky", "hodorkovsky"},
	{"muammar", "moammar", "moamar"}, {"qadhafi", "gaddafi", "qaddafi", "kadhafi"}, {"jose", "josé"}, {"gonzalez", "gonzález"},
	{"juan", "joan"}, {"hernandez", "hernández"}, {"rodriguez", "rodríguez"}, {"perez", "pérez"}, {"garcia", "garcía"},
}

// spellingIndex maps each spelling to the others of its group; built on
// first use.
var spellingIndex = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, g := range spellings {
		for _, s := range g {
			for _, t := range g {
				if t != s {
					m[s] = append(m[s], t)
				}
			}
		}
	}
	return m
})

// words splits a name into its words, keeping hyphenated parts apart and
// dropping commas.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
}

// natural writes a person's name given names first.
func natural(n screen.Name) string {
	if n.Surname != "" && n.Given != "" {
		return n.Given + " " + n.Surname
	}
	return strings.ReplaceAll(n.Full, ",", "")
}

func reorder(rng *rand.Rand, n screen.Name, typ string) string {
	if typ != screen.Person {
		return ""
	}
	if n.Surname != "" {
		return n.Given + " " + n.Surname
	}
	ws := words(n.Full)
	if len(ws) < 2 {
		return ""
	}
	return strings.Join(append(ws[1:], ws[0]), " ")
}

func casePunct(rng *rand.Rand, n screen.Name, typ string) string {
	s := natural(n)
	if rng.IntN(2) == 0 {
		return strings.ToLower(strings.NewReplacer(".", "", ",", "", "'", "", "-", " ").Replace(s))
	}
	ws := strings.Fields(s)
	for i, w := range ws {
		r, size := utf8.DecodeRuneInString(w)
		ws[i] = string(unicode.ToUpper(r)) + strings.ToLower(w[size:])
	}
	return strings.Join(ws, " ")
}

func hyphenJoin(rng *rand.Rand, n screen.Name, typ string) string {
	s := natural(n)
	if strings.Contains(s, "-") {
		if rng.IntN(2) == 0 {
			return strings.ReplaceAll(s, "-", " ")
		}
		return strings.ReplaceAll(s, "-", "")
	}
	ws := strings.Fields(s)
	// The two syllables of a Korean or Chinese given name after a short
	// surname: hyphenate or join them.
	if _, g := givenWords(n); typ == screen.Person && len(g) == 2 && syllables(g[0], g[1]) && len(n.Surname) <= 4 {
		sep := "-"
		if rng.IntN(2) == 0 {
			sep = ""
		}
		return g[0] + sep + strings.ToLower(g[1]) + " " + n.Surname
	}
	// "al Zawahiri" → "al-Zawahiri".
	for i := 0; i+1 < len(ws); i++ {
		if l := strings.ToLower(ws[i]); l == "al" || l == "el" {
			return strings.Join(append(append(ws[:i:i], ws[i]+"-"+ws[i+1]), ws[i+2:]...), " ")
		}
	}
	return ""
}

func romanise(rng *rand.Rand, n screen.Name, typ string) string {
	ws := strings.Fields(strings.NewReplacer(",", " ", "-", " ").Replace(natural(n)))
	changed := false
	for i, w := range ws {
		alts := spellingIndex()[strings.ToLower(w)]
		if len(alts) == 0 || (changed && rng.IntN(2) == 0) {
			continue
		}
		ws[i] = alts[rng.IntN(len(alts))]
		changed = true
	}
	if !changed {
		return ""
	}
	return strings.Join(ws, " ")
}

func typo(rng *rand.Rand, n screen.Name, typ string) string {
	ws := strings.Fields(natural(n))
	var long []int
	for i, w := range ws {
		if utf8.RuneCountInString(w) >= 5 {
			long = append(long, i)
		}
	}
	if len(long) == 0 {
		return ""
	}
	i := long[rng.IntN(len(long))]
	r := []rune(strings.ToLower(ws[i]))
	p := 1 + rng.IntN(len(r)-2)
	letter := rune('a' + rng.IntN(26))
	switch rng.IntN(4) {
	case 0: // insert
		r = append(r[:p:p], append([]rune{letter}, r[p:]...)...)
	case 1: // delete
		r = append(r[:p:p], r[p+1:]...)
	case 2: // substitute
		if letter == r[p] {
			letter = 'x'
		}
		r[p] = letter
	default: // transpose
		if r[p] == r[p+1] {
			return ""
		}
		r[p], r[p+1] = r[p+1], r[p]
	}
	ws[i] = string(r)
	return strings.Join(ws, " ")
}

// titles are honorifics the lists write among given names ("TURKI,
// Sheikh Hassan"); a variant keeps them but does not count them as names.
var titles = map[string]bool{"sheikh": true, "shaykh": true, "shaikh": true, "sheik": true, "haji": true, "hajji": true,
	"mullah": true, "mulla": true, "maulana": true, "mawlana": true, "maulvi": true, "mawlawi": true, "u": true, "dr.": true,
	"al": true, "abu": true, "qari": true, "qazi": true, "amir": true, "general": true, "colonel": true}

// givenWords returns the given names of a structured person name, with a
// hyphenated name ("Ch'o'l-so'ng") as one word, and the titles before
// them.
func givenWords(n screen.Name) (lead, given []string) {
	if n.Surname == "" {
		return nil, nil
	}
	ws := strings.Fields(n.Given)
	for len(ws) > 0 && titles[strings.ToLower(ws[0])] {
		lead, ws = append(lead, ws[0]), ws[1:]
	}
	return lead, ws
}

// syllables reports whether two given names read as the two syllables of
// one Korean or Chinese given name.
func syllables(a, b string) bool {
	short := func(s string) bool { return len(strings.ReplaceAll(s, "'", "")) <= 5 }
	return short(a) && short(b)
}

func dropMiddle(rng *rand.Rand, n screen.Name, typ string) string {
	lead, g := givenWords(n)
	if typ != screen.Person || len(g) < 2 || len(g[len(g)-1]) <= 3 || (len(g) == 2 && syllables(g[0], g[1])) {
		return ""
	}
	return strings.Join(append(lead, g[:len(g)-1]...), " ") + " " + n.Surname
}

func middleInitial(rng *rand.Rand, n screen.Name, typ string) string {
	lead, g := givenWords(n)
	if typ != screen.Person || len(g) < 2 || len(g[1]) <= 3 || (len(g) == 2 && syllables(g[0], g[1])) {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(g[1])
	g[1] = string(unicode.ToUpper(r)) + "."
	return strings.Join(append(lead, g...), " ") + " " + n.Surname
}
