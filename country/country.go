// Package country knows the world's countries: names, the adjectives and
// demonyms news uses for them, and capitals.
//
// One table serves three readers, each through its own lookup:
//
//   - sanctions screening matches a list entry's nationality, address or
//     place of birth to a country code ([Listed]);
//   - relation extraction reads a nationality adjective as the country it
//     names, by the short name news uses ([Demonym], [DemonymsOf]);
//   - coreference tells which city "the Jordanian capital" is ([Capital],
//     [IsCapital]);
//   - both read other names of countries ("U.K.", "USSR") as the short
//     name news uses ([Alias], [IsAlias]).
//
// The readers were tuned on different word lists: screening knows more of
// the lists' spellings ("Persian", "Serb"), relation and coreference the
// few regions news names like countries ("Soviet", "European") and some
// countries screening does not. The table marks such words so that each
// reader sees the words it was tuned with and no others.
package country

import (
	"iter"
	"strings"
	"sync"
)

// A Country is a row of the table as one reader sees it.
type Country struct {
	// Code is the ISO 3166-1 alpha-2 code: of the country, or of the
	// state a constituent country belongs to (England: "GB").
	Code string
	// Names are the country's names, the formal one first, then the
	// other names and the sanctions lists' spellings ("Korea, North").
	Names []string
	// Adjectives are the adjectives and demonyms of the country
	// ("North Korean").
	Adjectives []string
	// Capital is the capital city, "" where the table gives none.
	Capital string
}

// table lists countries, and the regions news names like them, as ISO
// 3166-1 alpha-2 code ("" for a region), names ("|"-separated, the formal
// one first), adjectives and capital. A word may begin with marks that
// say which readers know it; without one, every reader does (screening
// only rows with a code, the capital lookup only rows with a capital).
// The marks, by example:
//
//	"-Persian"   screening only: not a demonym nor a key of Capital
//	"+Bolivian"  not screened: a demonym and a key of Capital
//	"^Zairean"   a key of Capital only
//	"=Britain"   the short name news uses, where it is not the first:
//	             the name Demonym returns
//
// Marks combine: "+=Congo" is the short name of a row that screening does
// not match under it.
var table = []struct {
	code, names, adjectives, capital string
}{
	{"AF", "Afghanistan", "Afghan", "Kabul"},
	{"AL", "Albania", "Albanian", ""},
	{"DZ", "Algeria", "Algerian", "Algiers"},
	{"AO", "Angola", "-Angolan", ""},
	{"AR", "Argentina", "Argentine|-Argentinian", "Buenos Aires"},
	{"AM", "Armenia", "Armenian", "Yerevan"},
	{"AU", "Australia", "Australian", "Canberra"},
	{"AT", "Austria", "Austrian", "Vienna"},
	{"AZ", "Azerbaijan", "-Azerbaijani|-Azeri", ""},
	{"BH", "Bahrain", "Bahraini", ""},
	{"BD", "Bangladesh", "Bangladeshi", "Dhaka"},
	{"BY", "Belarus", "Belarusian|-Belarussian", "Minsk"},
	{"BE", "Belgium", "Belgian", "Brussels"},
	{"BO", "+Bolivia", "+Bolivian", ""},
	{"BA", "Bosnia and Herzegovina|=Bosnia", "Bosnian", "Sarajevo"},
	{"BR", "Brazil", "Brazilian", "Brasilia"},
	{"BG", "Bulgaria", "Bulgarian", "Sofia"},
	{"MM", "Burma|=Myanmar", "Burmese|-Myanmar", "Rangoon"},
	{"BI", "Burundi", "-Burundian", ""},
	{"KH", "Cambodia", "Cambodian", "Phnom Penh"},
	{"CA", "Canada", "Canadian", "Ottawa"},
	{"CF", "Central African Republic|CAR", "-Central African", ""},
	{"TD", "Chad", "-Chadian", ""},
	{"CL", "Chile", "Chilean", "Santiago"},
	{"CN", "China|People's Republic of China|PRC", "Chinese", "Beijing"},
	{"CO", "Colombia", "Colombian", "Bogota"},
	{"CD", "Congo, Democratic Republic of the|Democratic Republic of the Congo|DRC|Congo-Kinshasa|+=Congo", "Congolese|^Zairean", "Kinshasa"},
	{"CG", "Congo|Republic of the Congo", "", ""},
	{"HR", "Croatia", "Croatian", "Zagreb"},
	{"CU", "Cuba", "Cuban", "Havana"},
	{"CY", "Cyprus", "Cypriot", ""},
	{"CZ", "Czech Republic|Czechia", "Czech", "Prague"},
	{"DK", "Denmark", "Danish", "Copenhagen"},
	{"DO", "Dominican Republic", "-Dominican", ""},
	{"EC", "Ecuador", "-Ecuadorian", ""},
	{"EG", "Egypt", "Egyptian", "Cairo"},
	{"SV", "El Salvador", "Salvadoran", ""},
	{"ER", "Eritrea", "-Eritrean", ""},
	{"EE", "Estonia", "Estonian", "Tallinn"},
	{"ET", "Ethiopia", "Ethiopian", "Addis Ababa"},
	{"FI", "Finland", "Finnish", "Helsinki"},
	{"FR", "France", "French", "Paris"},
	{"GE", "Georgia", "Georgian", "Tbilisi"},
	{"DE", "Germany", "German", "Berlin"},
	{"GH", "Ghana", "Ghanaian", ""},
	{"GR", "Greece", "Greek", "Athens"},
	{"GT", "Guatemala", "-Guatemalan", ""},
	{"GN", "Guinea", "-Guinean", ""},
	{"HT", "Haiti", "Haitian", ""},
	{"HN", "Honduras", "-Honduran", ""},
	{"HK", "Hong Kong", "", ""},
	{"HU", "Hungary", "Hungarian", "Budapest"},
	{"IS", "+Iceland", "+Icelandic", ""},
	{"IN", "India", "Indian", "New Delhi"},
	{"ID", "Indonesia", "Indonesian", "Jakarta"},
	{"IR", "Iran|Iran, Islamic Republic of|Islamic Republic of Iran", "Iranian|-Persian", "Tehran"},
	{"IQ", "Iraq", "Iraqi", "Baghdad"},
	{"IE", "Ireland", "Irish", "Dublin"},
	{"IL", "Israel", "Israeli", "Jerusalem"},
	{"IT", "Italy", "Italian", "Rome"},
	{"JP", "Japan", "Japanese", "Tokyo"},
	{"JO", "Jordan", "Jordanian", "Amman"},
	{"KZ", "Kazakhstan", "Kazakh", "Astana"},
	{"KE", "Kenya", "Kenyan", "Nairobi"},
	{"KP", "North Korea|Korea, North|Democratic People's Republic of Korea|DPRK|Korea, Democratic People's Republic of", "North Korean", ""},
	{"KR", "South Korea|Korea, South|Republic of Korea|Korea, Republic of", "South Korean", ""},
	{"XK", "Kosovo", "Kosovar", ""},
	{"KW", "Kuwait", "Kuwaiti", "Kuwait City"},
	{"KG", "Kyrgyzstan", "-Kyrgyz", ""},
	{"LA", "Laos", "-Lao|Laotian", ""},
	{"LV", "Latvia", "Latvian", "Riga"},
	{"LB", "Lebanon", "Lebanese", "Beirut"},
	{"LR", "Liberia", "-Liberian", ""},
	{"LY", "Libya", "Libyan", "Tripoli"},
	{"LT", "Lithuania", "Lithuanian", "Vilnius"},
	{"MY", "Malaysia", "Malaysian", "Kuala Lumpur"},
	{"ML", "Mali", "Malian", ""},
	{"MT", "+Malta", "+Maltese", ""},
	{"MR", "Mauritania", "-Mauritanian", ""},
	{"MX", "Mexico", "Mexican", "Mexico City"},
	{"MD", "Moldova", "-Moldovan", ""},
	{"MN", "Mongolia", "Mongolian", "Ulan Bator"},
	{"ME", "Montenegro", "-Montenegrin", ""},
	{"MA", "Morocco", "Moroccan", "Rabat"},
	{"MZ", "Mozambique", "-Mozambican", ""},
	{"NP", "Nepal", "Nepalese|-Nepali", "Kathmandu"},
	{"NL", "Netherlands|Holland", "Dutch", "Amsterdam"},
	{"NZ", "New Zealand", "New Zealand", ""},
	{"NI", "Nicaragua", "Nicaraguan", ""},
	{"NE", "Niger", "-Nigerien", ""},
	{"NG", "Nigeria", "Nigerian", "Abuja"},
	{"MK", "North Macedonia|Macedonia", "-Macedonian", ""},
	{"NO", "Norway", "Norwegian", "Oslo"},
	{"OM", "Oman", "Omani", ""},
	{"PK", "Pakistan", "Pakistani", "Islamabad"},
	{"PS", "Palestinian Territories|=Palestine|West Bank|Gaza|Gaza Strip", "Palestinian", "Ramallah"},
	{"PA", "Panama", "Panamanian", ""},
	{"PY", "Paraguay", "-Paraguayan", ""},
	{"PE", "Peru", "Peruvian", "Lima"},
	{"PH", "Philippines", "Filipino|Philippine", "Manila"},
	{"PL", "Poland", "Polish", "Warsaw"},
	{"PT", "Portugal", "Portuguese", "Lisbon"},
	{"QA", "Qatar", "Qatari", "Doha"},
	{"RO", "Romania", "Romanian", "Bucharest"},
	{"RU", "Russia|Russian Federation", "Russian", "Moscow"},
	{"RW", "Rwanda", "Rwandan", "Kigali"},
	{"SA", "Saudi Arabia", "Saudi", "Riyadh"},
	{"SN", "Senegal", "Senegalese", ""},
	{"RS", "Serbia", "Serbian|-Serb", "Belgrade"},
	{"SL", "Sierra Leone", "-Sierra Leonean", ""},
	{"SG", "Singapore", "Singaporean", ""},
	{"SK", "Slovakia", "Slovak", ""},
	{"SI", "Slovenia", "-Slovenian|-Slovene", ""},
	{"SO", "Somalia", "Somali", "Mogadishu"},
	{"ZA", "South Africa", "South African", ""},
	{"SS", "South Sudan", "-South Sudanese", ""},
	{"ES", "Spain", "Spanish", "Madrid"},
	{"LK", "Sri Lanka", "Sri Lankan", "Colombo"},
	{"SD", "Sudan", "Sudanese", "Khartoum"},
	{"SE", "Sweden", "Swedish", "Stockholm"},
	{"CH", "Switzerland", "Swiss", "Bern"},
	{"SY", "Syria|Syrian Arab Republic", "Syrian", "Damascus"},
	{"TW", "Taiwan", "Taiwanese", "Taipei"},
	{"TJ", "Tajikistan", "-Tajik", ""},
	{"TZ", "Tanzania", "-Tanzanian", ""},
	{"TH", "Thailand", "Thai", "Bangkok"},
	{"TN", "Tunisia", "Tunisian", "Tunis"},
	{"TR", "Turkey|Turkiye", "Turkish", "Ankara"},
	{"TM", "Turkmenistan", "-Turkmen", ""},
	{"UG", "Uganda", "Ugandan", "Kampala"},
	{"UA", "Ukraine", "Ukrainian", "Kiev"},
	{"AE", "United Arab Emirates|UAE", "Emirati", ""},
	{"GB", "United Kingdom|UK|=Britain|Great Britain", "British", "London"},
	{"GB", "England", "English", ""},
	{"GB", "Scotland", "Scottish", "Edinburgh"},
	{"GB", "Wales", "Welsh", "Cardiff"},
	{"US", "United States|United States of America|USA|U.S.|America", "American|+U.S.|+US", "Washington"},
	{"UY", "Uruguay", "-Uruguayan", ""},
	{"UZ", "Uzbekistan", "Uzbek", "Tashkent"},
	{"VE", "Venezuela", "Venezuelan", "Caracas"},
	{"VN", "Vietnam|Viet Nam", "Vietnamese", "Hanoi"},
	{"YE", "Yemen", "Yemeni", "Sanaa"},
	{"ZM", "Zambia", "-Zambian", ""},
	{"ZW", "Zimbabwe", "Zimbabwean", "Harare"},

	// Regions news names like countries.
	{"", "Korea", "Korean", "Seoul"},
	{"", "Soviet Union", "Soviet", ""},
	{"", "Europe", "European", ""},
	{"", "Africa", "African", ""},
	{"", "Chechnya", "^Chechen", "Grozny"},
}

// A word is a name or adjective of the table with its marks read.
type word struct {
	text                           string
	screened, news, capital, short bool
}

// words yields the words of a "|"-separated field of the table with
// their marks read (none for an empty field). It splits the field as it
// goes: the maps are built from it at start-up, and a slice per field
// was most of their cost.
func words(field string) iter.Seq[word] {
	return func(yield func(word) bool) {
		if field == "" {
			return
		}
		for {
			s, rest, more := strings.Cut(field, "|")
			w := word{screened: true, news: true, capital: true}
		marks:
			for s != "" {
				switch s[0] {
				case '-':
					w.news, w.capital = false, false
				case '+':
					w.screened = false
				case '^':
					w.screened, w.news = false, false
				case '=':
					w.short = true
				default:
					break marks
				}
				s = s[1:]
			}
			w.text = s
			if !yield(w) || !more {
				return
			}
			field = rest
		}
	}
}

// Listed returns the countries with a code as sanctions screening reads
// them, in the table's order: the names and adjectives it matches, and
// no others. Several rows may share a code (England and the United
// Kingdom); the first is the state's. The result is shared: callers must
// not change it.
var Listed = sync.OnceValue(func() []Country {
	var out []Country
	for _, r := range table {
		if r.code == "" {
			continue
		}
		c := Country{Code: r.code, Capital: r.capital}
		for w := range words(r.names) {
			if w.screened {
				c.Names = append(c.Names, w.text)
			}
		}
		for w := range words(r.adjectives) {
			if w.screened {
				c.Adjectives = append(c.Adjectives, w.text)
			}
		}
		if len(c.Names) > 0 {
			out = append(out, c)
		}
	}
	return out
})

// shortName returns the name of a row news uses: the one marked short,
// else the first.
func shortName(names string) string {
	first, seen := "", false
	for w := range words(names) {
		if w.short {
			return w.text
		}
		if !seen {
			first, seen = w.text, true
		}
	}
	if !seen {
		panic("country: a row without names")
	}
	return first
}

// demonyms maps lower-case demonyms to the short name of the country or
// region; built on first use.
var demonyms = sync.OnceValue(func() map[string]string {
	// made at its size at most (the adjectives' count) rather than grown
	n := 0
	for _, r := range table {
		if r.adjectives != "" {
			n += strings.Count(r.adjectives, "|") + 1
		}
	}
	m := make(map[string]string, n)
	for _, r := range table {
		name := shortName(r.names)
		for w := range words(r.adjectives) {
			if w.news {
				m[strings.ToLower(w.text)] = name
			}
		}
	}
	return m
})

// Demonym returns the country or region a demonym names, by the short
// name news uses: "british" → "Britain", "north korean" → "North Korea",
// "soviet" → "Soviet Union"; "" if the table does not know it. adj is in
// lower case.
func Demonym(adj string) string {
	return demonyms()[adj]
}

// byName maps the lower-case short names of countries to their
// demonyms.
var byName = sync.OnceValue(func() map[string][]string {
	d := demonyms()
	m := make(map[string][]string, len(d))
	for adj, name := range d {
		l := strings.ToLower(name)
		m[l] = append(m[l], adj)
	}
	return m
})

// DemonymsOf returns the demonyms, in lower case, whose country is the
// one named, whatever its case: "britain" → ["british"]. Their order is
// not defined; the result is shared: callers must not change it.
func DemonymsOf(name string) []string {
	return byName()[strings.ToLower(name)]
}

// capitals maps lower-case demonyms to the capital of their country;
// built on first use.
var capitals = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, r := range table {
		if r.capital == "" {
			continue
		}
		for w := range words(r.adjectives) {
			if w.capital {
				m[strings.ToLower(w.text)] = r.capital
			}
		}
	}
	return m
})

// Capital returns the capital of the country a demonym names:
// "jordanian" → "Amman"; "" if the table gives none. adj is in lower
// case.
func Capital(adj string) string {
	return capitals()[adj]
}

// capitalList lists the capitals Capital returns, once each.
var capitalList = sync.OnceValue(func() []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range capitals() {
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
})

// IsCapital reports whether a name is, whatever its case, one of the
// capitals Capital returns.
func IsCapital(name string) bool {
	for _, c := range capitalList() {
		if strings.EqualFold(name, c) {
			return true
		}
	}
	return false
}

// aliases maps other names of countries, in lower case, to the short
// names Demonym returns.
var aliases = map[string]string{
	"u.s.": "United States", "us": "United States", "usa": "United States", "u.s.a.": "United States",
	"america": "United States", "united states of america": "United States", "the united states": "United States",
	"uk": "Britain", "u.k.": "Britain", "united kingdom": "Britain", "great britain": "Britain",
	"ussr": "Soviet Union", "dprk": "North Korea", "rok": "South Korea", "prc": "China",
	"russian federation": "Russia", "holland": "Netherlands", "the netherlands": "Netherlands",
}

// Alias returns the short name news uses for a country's other name,
// whatever its case: "U.K." → "Britain", "USSR" → "Soviet Union"; ok is
// false when name is no alias the table knows.
func Alias(name string) (short string, ok bool) {
	short, ok = aliases[strings.ToLower(name)]
	return short, ok
}

// IsAlias reports whether name, whatever its case, is an alias Alias
// knows or one of the short names it returns ("Britain").
func IsAlias(name string) bool {
	if _, ok := Alias(name); ok {
		return true
	}
	return aliasTargets()[strings.ToLower(name)]
}

// aliasTargets holds the lower-case short names Alias returns.
var aliasTargets = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, v := range aliases {
		m[strings.ToLower(v)] = true
	}
	return m
})
