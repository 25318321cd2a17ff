package screen

import (
	"strings"
	"testing"
)

// oldCountryTable is screening's table of countries before package
// country took it over; the lookups must give what it gave.
var oldCountryTable = []struct {
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

// oldCountryIndex builds the index from oldCountryTable as countryIndex
// did.
func oldCountryIndex() map[string]string {
	m := map[string]string{}
	for _, c := range oldCountryTable {
		for _, n := range strings.Split(c.names+"|"+c.adjectives, "|") {
			if n == "" {
				continue
			}
			f, _ := fold(n)
			m[strings.Join(words(f), " ")] = c.code
		}
	}
	return m
}

// TestCountriesAsBefore checks what CountryCode, countryName and
// countriesIn read from package country against oldCountryTable: the
// same index, the same codes and the same first names.
func TestCountriesAsBefore(t *testing.T) {
	old := oldCountryIndex()
	idx := countryIndex()
	for k, v := range old {
		if idx[k] != v {
			t.Errorf("countryIndex[%q] = %q; want %q", k, idx[k], v)
		}
	}
	for k, v := range idx {
		if _, ok := old[k]; !ok {
			t.Errorf("countryIndex[%q] = %q: a new key", k, v)
		}
	}
	oldName := map[string]string{}
	for _, c := range oldCountryTable {
		if _, ok := oldName[c.code]; !ok {
			oldName[c.code], _, _ = strings.Cut(c.names, "|")
		}
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			want, ok := oldName[code]
			if !ok {
				want = code
			}
			if got := countryName(code); got != want {
				t.Errorf("countryName(%q) = %q; want %q", code, got, want)
			}
			// A code CountryCode knows by itself ("gb", "GB").
			if _, named := old[strings.ToLower(code)]; !named {
				if want := map[bool]string{true: code}[ok]; CountryCode(code) != want || CountryCode(strings.ToLower(code)) != want {
					t.Errorf("CountryCode(%q) = %q; want %q", code, CountryCode(code), want)
				}
			}
		}
	}
}
