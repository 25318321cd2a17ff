package screen

import (
	"strings"
	"sync"
)

// countryTable lists countries as ISO 3166-1 alpha-2 code, names (the
// lists' spellings included: "Korea, North") and the adjectives news
// reports use. Folded forms are looked up, so case and accents do not
// matter.
var countryTable = []struct {
	code, names, adjectives string
}{
	{"AF", "Afghanistan", "Afghan"},
	{"AL", "Albania", "Albanian"},
	{"DZ", "Algeria", "Algerian"},
	{"AO", "Angola", "Angolan"},
	{"AR", "Argentina", "Argentine|Argentinian"},
	{"AM", "Armenia", "Armenian"},
	{"AU", "Australia", "Australian"},
	{"AT", "Austria", "Austrian"},
	{"AZ", "Azerbaijan", "Azerbaijani|Azeri"},
	{"BH", "Bahrain", "Bahraini"},
	{"BD", "Bangladesh", "Bangladeshi"},
	{"BY", "Belarus", "Belarusian|Belarussian"},
	{"BE", "Belgium", "Belgian"},
	{"BA", "Bosnia and Herzegovina|Bosnia", "Bosnian"},
	{"BR", "Brazil", "Brazilian"},
	{"BG", "Bulgaria", "Bulgarian"},
	{"MM", "Burma|Myanmar", "Burmese|Myanmar"},
	{"BI", "Burundi", "Burundian"},
	{"KH", "Cambodia", "Cambodian"},
	{"CA", "Canada", "Canadian"},
	{"CF", "Central African Republic|CAR", "Central African"},
	{"TD", "Chad", "Chadian"},
	{"CL", "Chile", "Chilean"},
	{"CN", "China|People's Republic of China|PRC", "Chinese"},
	{"CO", "Colombia", "Colombian"},
	{"CD", "Congo, Democratic Republic of the|Democratic Republic of the Congo|DRC|Congo-Kinshasa", "Congolese"},
	{"CG", "Congo|Republic of the Congo", ""},
	{"HR", "Croatia", "Croatian"},
	{"CU", "Cuba", "Cuban"},
	{"CY", "Cyprus", "Cypriot"},
	{"CZ", "Czech Republic|Czechia", "Czech"},
	{"DK", "Denmark", "Danish"},
	{"DO", "Dominican Republic", "Dominican"},
	{"EC", "Ecuador", "Ecuadorian"},
	{"EG", "Egypt", "Egyptian"},
	{"SV", "El Salvador", "Salvadoran"},
	{"ER", "Eritrea", "Eritrean"},
	{"EE", "Estonia", "Estonian"},
	{"ET", "Ethiopia", "Ethiopian"},
	{"FI", "Finland", "Finnish"},
	{"FR", "France", "French"},
	{"GE", "Georgia", "Georgian"},
	{"DE", "Germany", "German"},
	{"GH", "Ghana", "Ghanaian"},
	{"GR", "Greece", "Greek"},
	{"GT", "Guatemala", "Guatemalan"},
	{"GN", "Guinea", "Guinean"},
	{"HT", "Haiti", "Haitian"},
	{"HN", "Honduras", "Honduran"},
	{"HK", "Hong Kong", ""},
	{"HU", "Hungary", "Hungarian"},
	{"IN", "India", "Indian"},
	{"ID", "Indonesia", "Indonesian"},
	{"IR", "Iran|Iran, Islamic Republic of|Islamic Republic of Iran", "Iranian|Persian"},
	{"IQ", "Iraq", "Iraqi"},
	{"IE", "Ireland", "Irish"},
	{"IL", "Israel", "Israeli"},
	{"IT", "Italy", "Italian"},
	{"JP", "Japan", "Japanese"},
	{"JO", "Jordan", "Jordanian"},
	{"KZ", "Kazakhstan", "Kazakh"},
	{"KE", "Kenya", "Kenyan"},
	{"KP", "North Korea|Korea, North|Democratic People's Republic of Korea|DPRK|Korea, Democratic People's Republic of", "North Korean"},
	{"KR", "South Korea|Korea, South|Republic of Korea|Korea, Republic of", "South Korean"},
	{"XK", "Kosovo", "Kosovar"},
	{"KW", "Kuwait", "Kuwaiti"},
	{"KG", "Kyrgyzstan", "Kyrgyz"},
	{"LA", "Laos", "Lao|Laotian"},
	{"LV", "Latvia", "Latvian"},
	{"LB", "Lebanon", "Lebanese"},
	{"LR", "Liberia", "Liberian"},
	{"LY", "Libya", "Libyan"},
	{"LT", "Lithuania", "Lithuanian"},
	{"MY", "Malaysia", "Malaysian"},
	{"ML", "Mali", "Malian"},
	{"MR", "Mauritania", "Mauritanian"},
	{"MX", "Mexico", "Mexican"},
	{"MD", "Moldova", "Moldovan"},
	{"MN", "Mongolia", "Mongolian"},
	{"ME", "Montenegro", "Montenegrin"},
	{"MA", "Morocco", "Moroccan"},
	{"MZ", "Mozambique", "Mozambican"},
	{"NP", "Nepal", "Nepalese|Nepali"},
	{"NL", "Netherlands|Holland", "Dutch"},
	{"NZ", "New Zealand", ""},
	{"NI", "Nicaragua", "Nicaraguan"},
	{"NE", "Niger", "Nigerien"},
	{"NG", "Nigeria", "Nigerian"},
	{"MK", "North Macedonia|Macedonia", "Macedonian"},
	{"NO", "Norway", "Norwegian"},
	{"OM", "Oman", "Omani"},
	{"PK", "Pakistan", "Pakistani"},
	{"PS", "Palestinian Territories|Palestine|West Bank|Gaza|Gaza Strip", "Palestinian"},
	{"PA", "Panama", "Panamanian"},
	{"PY", "Paraguay", "Paraguayan"},
	{"PE", "Peru", "Peruvian"},
	{"PH", "Philippines", "Filipino|Philippine"},
	{"PL", "Poland", "Polish"},
	{"PT", "Portugal", "Portuguese"},
	{"QA", "Qatar", "Qatari"},
	{"RO", "Romania", "Romanian"},
	{"RU", "Russia|Russian Federation", "Russian"},
	{"RW", "Rwanda", "Rwandan"},
	{"SA", "Saudi Arabia", "Saudi"},
	{"SN", "Senegal", "Senegalese"},
	{"RS", "Serbia", "Serbian|Serb"},
	{"SL", "Sierra Leone", "Sierra Leonean"},
	{"SG", "Singapore", "Singaporean"},
	{"SK", "Slovakia", "Slovak"},
	{"SI", "Slovenia", "Slovenian|Slovene"},
	{"SO", "Somalia", "Somali"},
	{"ZA", "South Africa", "South African"},
	{"SS", "South Sudan", "South Sudanese"},
	{"ES", "Spain", "Spanish"},
	{"LK", "Sri Lanka", "Sri Lankan"},
	{"SD", "Sudan", "Sudanese"},
	{"SE", "Sweden", "Swedish"},
	{"CH", "Switzerland", "Swiss"},
	{"SY", "Syria|Syrian Arab Republic", "Syrian"},
	{"TW", "Taiwan", "Taiwanese"},
	{"TJ", "Tajikistan", "Tajik"},
	{"TZ", "Tanzania", "Tanzanian"},
	{"TH", "Thailand", "Thai"},
	{"TN", "Tunisia", "Tunisian"},
	{"TR", "Turkey|Turkiye", "Turkish"},
	{"TM", "Turkmenistan", "Turkmen"},
	{"UG", "Uganda", "Ugandan"},
	{"UA", "Ukraine", "Ukrainian"},
	{"AE", "United Arab Emirates|UAE", "Emirati"},
	{"GB", "United Kingdom|UK|Britain|Great Britain|England|Scotland|Wales", "British|English|Scottish|Welsh"},
	{"US", "United States|United States of America|USA|U.S.|America", "American"},
	{"UY", "Uruguay", "Uruguayan"},
	{"UZ", "Uzbekistan", "Uzbek"},
	{"VE", "Venezuela", "Venezuelan"},
	{"VN", "Vietnam|Viet Nam", "Vietnamese"},
	{"YE", "Yemen", "Yemeni"},
	{"ZM", "Zambia", "Zambian"},
	{"ZW", "Zimbabwe", "Zimbabwean"},
}

// programCountries maps sanctions programmes (OFAC's and the UN's list
// types) to the country they concern, by prefix.
var programCountries = []struct{ prefix, code string }{
	{"dprk", "KP"}, {"nkorea", "KP"}, {"iran", "IR"}, {"ifsr", "IR"}, {"irgc", "IR"}, {"isa", "IR"},
	{"syria", "SY"}, {"cuba", "CU"}, {"venezuela", "VE"}, {"russia", "RU"}, {"ukraine", "UA"},
	{"belarus", "BY"}, {"burma", "MM"}, {"iraq", "IQ"}, {"libya", "LY"}, {"southsudan", "SS"},
	{"south sudan", "SS"}, {"sudan", "SD"}, {"darfur", "SD"}, {"somalia", "SO"}, {"yemen", "YE"},
	{"zimbabwe", "ZW"}, {"nicaragua", "NI"}, {"lebanon", "LB"}, {"car", "CF"}, {"drc", "CD"},
	{"mali", "ML"}, {"haiti", "HT"}, {"hk", "HK"}, {"balkans", "RS"},
	// The EU's regime codes (ISO 3166-1 alpha-3).
	{"prk", "KP"}, {"irn", "IR"}, {"syr", "SY"}, {"rus", "RU"}, {"ukr", "UA"}, {"blr", "BY"}, {"lby", "LY"},
	{"mmr", "MM"}, {"ven", "VE"}, {"zwe", "ZW"}, {"irq", "IQ"}, {"sdn", "SD"}, {"ssd", "SS"}, {"som", "SO"},
	{"yem", "YE"}, {"nic", "NI"}, {"lbn", "LB"}, {"caf", "CF"}, {"cod", "CD"}, {"mli", "ML"}, {"hti", "HT"},
	{"gin", "GN"}, {"gnb", "GW"}, {"bdi", "BI"}, {"tun", "TN"}, {"egy", "EG"}, {"mda", "MD"}, {"gtm", "GT"},
}

// countryIndex maps folded country names and adjectives to codes; built
// on first use.
var countryIndex = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, c := range countryTable {
		for _, n := range strings.Split(c.names+"|"+c.adjectives, "|") {
			if n == "" {
				continue
			}
			f, _ := fold(n)
			m[strings.Join(words(f), " ")] = c.code
		}
	}
	return m
})

// countryName returns a country's first name in the table.
func countryName(code string) string {
	for _, c := range countryTable {
		if c.code == code {
			n, _, _ := strings.Cut(c.names, "|")
			return n
		}
	}
	return code
}

// CountryCode returns the ISO 3166-1 alpha-2 code of a country name, an
// adjective ("North Korean") or a code, or "" if it is none of them.
func CountryCode(s string) string {
	f, _ := fold(s)
	k := strings.Join(words(f), " ")
	if c, ok := countryIndex()[k]; ok {
		return c
	}
	if len(k) == 2 {
		up := strings.ToUpper(k)
		for _, c := range countryTable {
			if c.code == up {
				return up
			}
		}
	}
	return ""
}

// countriesIn finds the countries a text names, by name or adjective, the
// longest phrase first ("North Korean" before "Korean").
func countriesIn(text string) []string {
	f, _ := fold(text)
	ws := words(f)
	var out []string
	for i := 0; i < len(ws); {
		found := false
		for n := min(6, len(ws)-i); n >= 1; n-- {
			if c, ok := countryIndex()[strings.Join(ws[i:i+n], " ")]; ok {
				if n == 1 && (ws[i] == "car" || ws[i] == "us" || ws[i] == "georgia" || ws[i] == "jordan" || ws[i] == "chad") {
					break // ordinary words and names
				}
				out = appendCode(out, c)
				i += n
				found = true
				break
			}
		}
		if !found {
			i++
		}
	}
	return out
}

func appendCode(dst []string, c string) []string {
	for _, d := range dst {
		if d == c {
			return dst
		}
	}
	return append(dst, c)
}

// entryCountries collects the countries an entry is tied to: nationality,
// addresses, place of birth and the programmes it is listed under.
func entryCountries(e *Entry) []string {
	var out []string
	for _, n := range e.Nationalities {
		if c := CountryCode(n); c != "" {
			out = appendCode(out, c)
		}
	}
	for _, a := range e.Addresses {
		if c := CountryCode(a.Country); c != "" {
			out = appendCode(out, c)
		}
	}
	for _, p := range e.BirthPlaces {
		if i := strings.LastIndex(p, ","); i >= 0 {
			if c := CountryCode(p[i+1:]); c != "" {
				out = appendCode(out, c)
				continue
			}
		}
		if c := CountryCode(p); c != "" {
			out = appendCode(out, c)
		}
	}
	for _, p := range e.Programs {
		lp := strings.ToLower(p)
		for _, pc := range programCountries {
			if strings.HasPrefix(lp, pc.prefix) {
				out = appendCode(out, pc.code)
				break
			}
		}
	}
	return out
}
