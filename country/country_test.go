package country

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// oldDemonyms is relation's table of demonyms before this package took
// it over (relation/lexicon.go); Demonym must give the same for every key
// and know no other.
var oldDemonyms = map[string]string{
	"american": "United States", "u.s.": "United States", "us": "United States", "russian": "Russia",
	"chinese": "China", "japanese": "Japan", "north korean": "North Korea", "south korean": "South Korea",
	"korean": "Korea", "british": "Britain", "french": "France", "german": "Germany", "italian": "Italy",
	"spanish": "Spain", "canadian": "Canada", "mexican": "Mexico", "indian": "India", "pakistani": "Pakistan",
	"iranian": "Iran", "iraqi": "Iraq", "syrian": "Syria", "israeli": "Israel", "palestinian": "Palestine",
	"saudi": "Saudi Arabia", "turkish": "Turkey", "egyptian": "Egypt", "afghan": "Afghanistan",
	"ukrainian": "Ukraine", "polish": "Poland", "dutch": "Netherlands", "belgian": "Belgium",
	"swiss": "Switzerland", "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark",
	"finnish": "Finland", "australian": "Australia", "brazilian": "Brazil", "argentine": "Argentina",
	"venezuelan": "Venezuela", "cuban": "Cuba", "colombian": "Colombia", "chilean": "Chile",
	"nigerian": "Nigeria", "kenyan": "Kenya", "ethiopian": "Ethiopia", "libyan": "Libya",
	"lebanese": "Lebanon", "jordanian": "Jordan", "qatari": "Qatar", "emirati": "United Arab Emirates",
	"yemeni": "Yemen", "greek": "Greece", "irish": "Ireland", "scottish": "Scotland", "portuguese": "Portugal",
	"austrian": "Austria", "hungarian": "Hungary", "czech": "Czech Republic", "romanian": "Romania",
	"serbian": "Serbia", "croatian": "Croatia", "vietnamese": "Vietnam", "thai": "Thailand",
	"indonesian": "Indonesia", "malaysian": "Malaysia", "filipino": "Philippines", "philippine": "Philippines",
	"taiwanese": "Taiwan", "soviet": "Soviet Union", "european": "Europe", "african": "Africa",
	"south african": "South Africa", "new zealand": "New Zealand", "sudanese": "Sudan", "somali": "Somalia",
	"algerian": "Algeria", "moroccan": "Morocco", "tunisian": "Tunisia", "peruvian": "Peru",
	"bolivian": "Bolivia", "belarusian": "Belarus", "georgian": "Georgia", "armenian": "Armenia",
	"kuwaiti": "Kuwait", "bahraini": "Bahrain", "omani": "Oman", "burmese": "Myanmar", "nepalese": "Nepal",
	"bangladeshi": "Bangladesh", "sri lankan": "Sri Lanka", "singaporean": "Singapore", "english": "England",
	"welsh": "Wales", "nicaraguan": "Nicaragua", "salvadoran": "El Salvador", "haitian": "Haiti",
	"panamanian": "Panama", "zimbabwean": "Zimbabwe", "ugandan": "Uganda", "rwandan": "Rwanda",
	"congolese": "Congo", "ghanaian": "Ghana", "senegalese": "Senegal", "malian": "Mali",
	"lithuanian": "Lithuania", "latvian": "Latvia", "estonian": "Estonia", "slovak": "Slovakia",
	"bulgarian": "Bulgaria", "albanian": "Albania", "bosnian": "Bosnia", "kosovar": "Kosovo",
	"kazakh": "Kazakhstan", "uzbek": "Uzbekistan", "mongolian": "Mongolia", "cambodian": "Cambodia",
	"laotian": "Laos", "icelandic": "Iceland", "cypriot": "Cyprus", "maltese": "Malta",
}

// oldCapitals is coreference's table of capitals before this package
// took it over (coref/describe.go); Capital must give the same for every
// key and know no other.
var oldCapitals = map[string]string{
	"american": "Washington", "u.s.": "Washington", "us": "Washington", "russian": "Moscow", "chinese": "Beijing",
	"japanese": "Tokyo", "korean": "Seoul", "british": "London", "french": "Paris", "german": "Berlin",
	"italian": "Rome", "spanish": "Madrid", "canadian": "Ottawa", "mexican": "Mexico City", "indian": "New Delhi",
	"pakistani": "Islamabad", "iranian": "Tehran", "iraqi": "Baghdad", "syrian": "Damascus", "israeli": "Jerusalem",
	"saudi": "Riyadh", "turkish": "Ankara", "egyptian": "Cairo", "afghan": "Kabul", "ukrainian": "Kiev",
	"polish": "Warsaw", "dutch": "Amsterdam", "belgian": "Brussels", "swiss": "Bern", "swedish": "Stockholm",
	"norwegian": "Oslo", "danish": "Copenhagen", "finnish": "Helsinki", "australian": "Canberra",
	"brazilian": "Brasilia", "argentine": "Buenos Aires", "venezuelan": "Caracas", "cuban": "Havana",
	"colombian": "Bogota", "chilean": "Santiago", "nigerian": "Abuja", "kenyan": "Nairobi",
	"ethiopian": "Addis Ababa", "libyan": "Tripoli", "lebanese": "Beirut", "jordanian": "Amman",
	"qatari": "Doha", "yemeni": "Sanaa", "greek": "Athens", "irish": "Dublin", "portuguese": "Lisbon",
	"austrian": "Vienna", "hungarian": "Budapest", "czech": "Prague", "romanian": "Bucharest",
	"serbian": "Belgrade", "croatian": "Zagreb", "vietnamese": "Hanoi", "thai": "Bangkok",
	"indonesian": "Jakarta", "malaysian": "Kuala Lumpur", "philippine": "Manila", "filipino": "Manila",
	"taiwanese": "Taipei", "sudanese": "Khartoum", "somali": "Mogadishu", "algerian": "Algiers",
	"moroccan": "Rabat", "tunisian": "Tunis", "peruvian": "Lima", "georgian": "Tbilisi", "armenian": "Yerevan",
	"kuwaiti": "Kuwait City", "bangladeshi": "Dhaka", "nepalese": "Kathmandu", "zimbabwean": "Harare",
	"ugandan": "Kampala", "rwandan": "Kigali", "congolese": "Kinshasa", "zairean": "Kinshasa",
	"chechen": "Grozny", "palestinian": "Ramallah", "bosnian": "Sarajevo", "bulgarian": "Sofia",
	"lithuanian": "Vilnius", "latvian": "Riga", "estonian": "Tallinn", "belarusian": "Minsk",
	"kazakh": "Astana", "uzbek": "Tashkent", "mongolian": "Ulan Bator", "cambodian": "Phnom Penh",
	"burmese": "Rangoon", "sri lankan": "Colombo", "scottish": "Edinburgh", "welsh": "Cardiff",
}

func TestDemonymAsBefore(t *testing.T) {
	for k, want := range oldDemonyms {
		if got := Demonym(k); got != want {
			t.Errorf("Demonym(%q) = %q; want %q", k, got, want)
		}
	}
	for k, v := range demonyms() {
		if _, ok := oldDemonyms[k]; !ok || v == "" {
			t.Errorf("Demonym(%q) = %q: a key relation did not know", k, v)
		}
	}
}

func TestDemonymsOfAsBefore(t *testing.T) {
	names := map[string]bool{"": true, "korea": true, "Britain": true, "United Kingdom": true, "congo": true}
	for _, v := range oldDemonyms {
		names[v] = true
		names[strings.ToLower(v)] = true
		names[strings.ToUpper(v)] = true
	}
	for n := range names {
		// What relation's namesCountry did: every key whose value is
		// the name, in lower case.
		c := strings.ToLower(n)
		var want []string
		for adj, name := range oldDemonyms {
			if strings.ToLower(name) == c {
				want = append(want, adj)
			}
		}
		got := append([]string(nil), DemonymsOf(n)...)
		sort.Strings(want)
		sort.Strings(got)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("DemonymsOf(%q) = %q; want %q", n, got, want)
		}
	}
}

func TestCapitalAsBefore(t *testing.T) {
	for k, want := range oldCapitals {
		if got := Capital(k); got != want {
			t.Errorf("Capital(%q) = %q; want %q", k, got, want)
		}
	}
	for k, v := range capitals() {
		if _, ok := oldCapitals[k]; !ok || v == "" {
			t.Errorf("Capital(%q) = %q: a key coreference did not know", k, v)
		}
	}
}

func TestIsCapitalAsBefore(t *testing.T) {
	names := map[string]bool{"": true, "Pyongyang": true, "kinshasa": true, "WASHINGTON": true, "Washington, D.C.": true}
	for _, r := range table {
		for _, f := range []string{r.names, r.adjectives, r.capital} {
			for w := range words(f) {
				names[w.text] = true
				names[strings.ToLower(w.text)] = true
			}
		}
	}
	for _, v := range oldCapitals {
		names[v] = true
		names[strings.ToUpper(v)] = true
	}
	for n := range names {
		// coref's isCapital before.
		want := false
		for _, c := range oldCapitals {
			if strings.EqualFold(n, c) {
				want = true
			}
		}
		if got := IsCapital(n); got != want {
			t.Errorf("IsCapital(%q) = %v; want %v", n, got, want)
		}
	}
}

func TestTable(t *testing.T) {
	for _, r := range table {
		if r.code != "" && (len(r.code) != 2 || strings.ToUpper(r.code) != r.code) {
			t.Errorf("%q: code %q is not ISO 3166-1 alpha-2", r.names, r.code)
		}
		if len(slices.Collect(words(r.names))) == 0 {
			t.Errorf("row %q has no name", r.code)
		}
		for _, f := range []string{r.names, r.adjectives} {
			for w := range words(f) {
				if w.text == "" || w.text != strings.TrimSpace(w.text) || strings.ContainsAny(w.text, "-+^=") && w.text != "Congo-Kinshasa" {
					t.Errorf("row %q: odd word %q", r.code, w.text)
				}
			}
		}
	}
}

func TestAlias(t *testing.T) {
	for _, tc := range []struct {
		name, short string
		ok, isAlias bool
	}{
		{"U.K.", "Britain", true, true},
		{"usa", "United States", true, true},
		{"USSR", "Soviet Union", true, true},
		{"the Netherlands", "Netherlands", true, true},
		{"Britain", "", false, true}, // a short name Alias returns
		{"Netherlands", "", false, true},
		{"France", "", false, false},
		{"", "", false, false},
	} {
		short, ok := Alias(tc.name)
		if short != tc.short || ok != tc.ok {
			t.Errorf("Alias(%q) = %q, %v; want %q, %v", tc.name, short, ok, tc.short, tc.ok)
		}
		if got := IsAlias(tc.name); got != tc.isAlias {
			t.Errorf("IsAlias(%q) = %v, want %v", tc.name, got, tc.isAlias)
		}
	}
}

// TestWordsSplitsAsSplit checks words, which cuts its field as it yields,
// against strings.Split and the marks read one by one.
func TestWordsSplitsAsSplit(t *testing.T) {
	fields := []string{"", "Korea", "Vietnam|Viet Nam", "=Britain|United Kingdom|-UK", "^Chechen|+Chechnyan", "a||b", "a|", "|", "-+^=X"}
	for _, r := range table {
		fields = append(fields, r.names, r.adjectives, r.capital)
	}
	for _, f := range fields {
		var want []word
		if f != "" {
			for _, s := range strings.Split(f, "|") {
				w := word{screened: true, news: true, capital: true}
				for len(s) > 0 && strings.ContainsRune("-+^=", rune(s[0])) {
					switch s[0] {
					case '-':
						w.news, w.capital = false, false
					case '+':
						w.screened = false
					case '^':
						w.screened, w.news = false, false
					case '=':
						w.short = true
					}
					s = s[1:]
				}
				w.text = s
				want = append(want, w)
			}
		}
		got := slices.Collect(words(f))
		if !slices.Equal(got, want) {
			t.Errorf("words(%q) = %+v, want %+v", f, got, want)
		}
	}
	if got := shortName("Myanmar|=Burma"); got != "Burma" {
		t.Errorf("shortName picks %q, want the marked short name", got)
	}
	if got := shortName("Vietnam|Viet Nam"); got != "Vietnam" {
		t.Errorf("shortName picks %q, want the first name", got)
	}
}
