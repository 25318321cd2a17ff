package screen

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/country"
)

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

// countryIndex maps folded country names and adjectives (package
// country's, as screening reads them) to codes; built on first use.
var countryIndex = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, c := range country.Listed() {
		for _, ns := range [][]string{c.Names, c.Adjectives} {
			for _, n := range ns {
				f, _ := fold(n)
				m[strings.Join(words(f), " ")] = c.Code
			}
		}
	}
	return m
})

// countryName returns a country's first name in the table.
func countryName(code string) string {
	for _, c := range country.Listed() {
		if c.Code == code {
			return c.Names[0]
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
		for _, c := range country.Listed() {
			if c.Code == up {
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
