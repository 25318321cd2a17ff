package screen

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Context is what a text says about the bearer of a name, used to tell
// homonyms apart. The zero value knows nothing.
type Context struct {
	// BornFrom and BornTo bound the bearer's birth year; 0 if unknown.
	BornFrom, BornTo int
	// BornWhy says where the birth years come from
	// ("72-year-old in 2018").
	BornWhy string
	// Countries are ISO 3166-1 alpha-2 codes of the bearer's nationality
	// or country ("North Korean" → KP).
	Countries []string
	// Descriptions are roles, titles and organisations the text gives
	// ("spy chief", "chief of the Reconnaissance General Bureau").
	Descriptions []string
}

// Empty reports whether the context holds nothing.
func (c Context) Empty() bool {
	return c.BornFrom == 0 && len(c.Countries) == 0 && len(c.Descriptions) == 0
}

// Context adjustments to the name score.
const (
	bornFits       = 0.04
	bornOffBy2     = -0.08
	bornOff        = -0.25
	countryFits    = 0.02
	countryDiffers = -0.05
	wordsFit       = 0.03
)

// descStop are words of descriptions that say nothing about who someone
// is.
var descStop = set("a", "an", "the", "of", "in", "for", "and", "to", "at", "on", "by", "with", "who", "is", "was", "as",
	"his", "her", "its", "their", "former", "current", "deputy", "senior", "under", "usually", "described", "also",
	"one", "two", "most", "powerful", "figures", "official", "officials", "man", "woman", "year", "old", "leader",
	"s", "u", "that", "which", "from", "has", "have", "been", "be", "this", "head", "member", "representative",
	// the boilerplate of listings
	"sanctions", "sanction", "regulations", "regulation", "sections", "section", "secondary", "risk", "transactions",
	"prohibited", "persons", "owned", "controlled", "financial", "institutions", "linked", "additional", "information",
	"subject", "pursuant", "nationality", "passport", "dob", "pob", "gender", "male", "female", "alt", "website",
	"identification", "number", "executive", "order", "eo", "designated", "listed", "list", "un", "security", "council")

// countryWords are the words of country names and adjectives: a country
// is compared as a country, not as a word of a role.
var countryWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for k := range countryIndex() {
		for _, w := range strings.Fields(k) {
			m[w] = true
		}
	}
	return m
})

// context scores the fit between what a text says and a listed entry, as
// an adjustment to the name score with a note for the explanation.
func (ix *Index) context(i uint32, c Context) (float64, string) {
	if c.Empty() {
		return 0, ""
	}
	e := ix.entry(i)
	entry := e.entry
	var adj float64
	var notes []string
	if c.BornFrom > 0 && len(entry.BirthDates) > 0 {
		gap := 1 << 30
		var dates []string
		for _, d := range entry.BirthDates {
			from, to := d.Years()
			g := 0
			switch {
			case to < c.BornFrom:
				g = c.BornFrom - to
			case from > c.BornTo:
				g = from - c.BornTo
			}
			gap = min(gap, g)
			dates = append(dates, d.String())
		}
		born := fmt.Sprintf("%d", c.BornFrom)
		if c.BornTo != c.BornFrom {
			born = fmt.Sprintf("%d–%d", c.BornFrom, c.BornTo)
		}
		listed := "born " + strings.Join(dates, " or ")
		switch {
		case gap == 0:
			adj += bornFits
			notes = append(notes, fmt.Sprintf("the list's %s fits the text (%s: born %s)", listed, c.BornWhy, born))
		case gap <= 2:
			adj += bornOffBy2
			notes = append(notes, fmt.Sprintf("the list's %s is %d years off the text's (%s: born %s)", listed, gap, c.BornWhy, born))
		default:
			adj += bornOff
			notes = append(notes, fmt.Sprintf("the list's %s does not fit the text (%s: born %s): probably a different person", listed, c.BornWhy, born))
		}
	}
	if len(c.Countries) > 0 && len(e.countries) > 0 {
		var common []string
		for _, cc := range c.Countries {
			if slices.Contains(e.countries, cc) {
				common = append(common, countryName(cc))
			}
		}
		if len(common) > 0 {
			adj += countryFits
			notes = append(notes, fmt.Sprintf("%s fits the listing", strings.Join(common, ", ")))
		} else {
			adj += countryDiffers
			var theirs []string
			for _, cc := range e.countries {
				theirs = append(theirs, countryName(cc))
			}
			notes = append(notes, fmt.Sprintf("the listing points to %s, not the text's country", strings.Join(theirs, ", ")))
		}
	}
	if len(c.Descriptions) > 0 {
		listing := entry.Remarks + " " + strings.Join(entry.Titles, " ")
		lw := map[string]bool{}
		for _, w := range words(foldOnly(listing)) {
			if !descStop[w] && !countryWords()[w] && len(w) > 2 {
				lw[w] = true
			}
		}
		var shared []string
		for _, d := range c.Descriptions {
			for _, w := range words(foldOnly(d)) {
				if lw[w] && !slices.Contains(shared, w) {
					shared = append(shared, w)
				}
			}
		}
		if len(shared) > 0 {
			adj += wordsFit * float64(min(2, len(shared)))
			notes = append(notes, fmt.Sprintf("the listing's remarks share %q with the text", strings.Join(shared, " ")))
		} else if len(entry.Titles) > 0 {
			notes = append(notes, fmt.Sprintf("the listing describes %q, which the text does not mention", entry.Titles[0]))
		}
	}
	return adj, strings.Join(notes, "; ")
}

func foldOnly(s string) string {
	f, _ := fold(s)
	return f
}
