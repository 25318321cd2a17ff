// Package screen reads official sanctions lists and screens the names of
// people and organisations against them.
//
// Lists are read from their publishers' own formats into one model (List,
// Entry, Name): the U.S. Treasury's SDN list as OFAC's legacy CSV files and
// as its XML, the UN Security Council consolidated list (XML) and the EU
// consolidated financial sanctions list (XML). ReadFiles detects the format.
// A malformed file is rejected with the line or element that is wrong.
//
// An Index, built once from loaded lists, matches names the way a person
// reading them would: case, diacritics and punctuation do not matter, nor
// token order ("KIM, Yong Chol"), hyphenated, spaced or joined syllables
// ("Yong-chol", "Yongchol"), romanisation variants ("Chol", "Chul", "Cheol"),
// names written in Cyrillic, Arabic or Hangul, initials and typos. Generic
// words of company names ("Corp", "Trading") never make a match on their
// own. Every Hit carries a score in [0, 1] and an explanation, and what is
// known about the person (birth year, country, role) ranks homonyms.
//
// The Screener stage fills Document.Screening from an Index; it never sees
// the store the lists came from.
package screen

import (
	"fmt"
	"strconv"
	"strings"
)

// Version is the version of the matching rules, recorded in provenance.
const Version = "screen-1"

// Well-known list names. A list keeps its name from one version to the
// next, so that importing a newer file replaces the older one.
const (
	ListOFACSDN  = "us-ofac-sdn"
	ListOFACCons = "us-ofac-cons"
	ListUN       = "un-sc"
	ListEU       = "eu-fsf"
)

// Formats of list files.
const (
	FormatOFACCSV = "ofac-csv"
	FormatOFACXML = "ofac-xml"
	FormatUNXML   = "un-xml"
	FormatEUXML   = "eu-xml"
)

// A List is one sanctions list as one publisher issued it on one date.
type List struct {
	// Name identifies the list across versions (ListOFACSDN, …).
	Name string `json:"name"`
	// Title is the list's name for people ("OFAC SDN").
	Title string `json:"title"`
	// Format is the format the list was read from (FormatOFACCSV, …).
	Format string `json:"format"`
	// Date is the date of the list's data, YYYY-MM-DD, as the file states
	// it; "" when the format does not say (OFAC's CSV files).
	Date string `json:"date"`
	// Files are the base names of the files read.
	Files   []string `json:"files"`
	Entries []Entry  `json:"entries"`
}

// Entry types.
const (
	Person       = "person"
	Organization = "organization"
	Vessel       = "vessel"
	Aircraft     = "aircraft"
)

// An Entry is one listed person, organisation, vessel or aircraft.
type Entry struct {
	// ID is the entry's identifier in its list: "12211" (OFAC),
	// "KPi.024" (UN), "EU.2345.67" (EU).
	ID   string `json:"id"`
	Type string `json:"type"`
	// Programs are the sanctions programmes or regimes ("DPRK", "SDGT").
	Programs []string `json:"programs,omitempty"`
	// Names holds the primary name first, then the aliases.
	Names []Name `json:"names"`
	// Titles are positions, functions and designations
	// ("KOMID Representative in Iran").
	Titles        []string  `json:"titles,omitempty"`
	BirthDates    []Date    `json:"birth_dates,omitempty"`
	BirthPlaces   []string  `json:"birth_places,omitempty"`
	Nationalities []string  `json:"nationalities,omitempty"`
	Addresses     []Address `json:"addresses,omitempty"`
	Gender        string    `json:"gender,omitempty"`
	// ListedOn is the designation date, YYYY-MM-DD, when given.
	ListedOn string `json:"listed_on,omitempty"`
	Remarks  string `json:"remarks,omitempty"`
}

// Name kinds.
const (
	NamePrimary  = "primary"
	NameAlias    = "aka"
	NameFormerly = "fka"
	NameNow      = "nka"
	// NameOriginal is the name in its original script (UN lists).
	NameOriginal = "original"
)

// Name qualities. Weak (low-quality) aliases are broad and, in OFAC's and
// the UN's words, may generate false hits; they match only in full.
const (
	QualityStrong = "strong"
	QualityWeak   = "weak"
)

// A Name is one name of an entry.
type Name struct {
	// Full is the name as the list writes it: "KIM, Yong Chol".
	Full string `json:"full"`
	Kind string `json:"kind"`
	// Quality is QualityStrong or QualityWeak.
	Quality string `json:"quality"`
	// Surname and Given split a person's name when the list says which
	// part is which (OFAC's "SURNAME, Given"; the EU's lastName,
	// firstName); both are "" otherwise.
	Surname string `json:"surname,omitempty"`
	Given   string `json:"given,omitempty"`
	// Lang is the language or script of the name, when the list gives it.
	Lang string `json:"lang,omitempty"`
}

// A Date is a birth date as precise as the list gives it.
type Date struct {
	// Year is 0 when unknown; Month and Day are 0 when not given.
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
	// ToYear closes a range of years ("1967 to 1969"); 0 if none.
	ToYear int `json:"to_year,omitempty"`
	// Circa marks an approximate date.
	Circa bool `json:"circa,omitempty"`
}

// Years returns the first and last year the date allows, widened by two
// years each way for a circa date.
func (d Date) Years() (from, to int) {
	from, to = d.Year, d.Year
	if d.ToYear > d.Year {
		to = d.ToYear
	}
	if d.Circa {
		from, to = from-2, to+2
	}
	return from, to
}

// String writes the date as the lists do: "c. 1947", "1962-02-18",
// "1967–1969".
func (d Date) String() string {
	var b strings.Builder
	if d.Circa {
		b.WriteString("c. ")
	}
	switch {
	case d.Year == 0:
		b.WriteString("?")
	case d.ToYear > d.Year:
		fmt.Fprintf(&b, "%d–%d", d.Year, d.ToYear)
	case d.Day > 0 && d.Month > 0:
		fmt.Fprintf(&b, "%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case d.Month > 0:
		fmt.Fprintf(&b, "%04d-%02d", d.Year, d.Month)
	default:
		b.WriteString(strconv.Itoa(d.Year))
	}
	return b.String()
}

// An Address is a listed address; any part may be empty.
type Address struct {
	Street     string `json:"street,omitempty"`
	City       string `json:"city,omitempty"`
	Region     string `json:"region,omitempty"`
	PostalCode string `json:"postal_code,omitempty"`
	Country    string `json:"country,omitempty"`
	Note       string `json:"note,omitempty"`
}

// String joins the non-empty parts with commas.
func (a Address) String() string {
	var parts []string
	for _, p := range []string{a.Street, a.City, a.Region, a.PostalCode, a.Country} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// Titles maps list names to how people call them.
var titles = map[string]string{
	ListOFACSDN:  "OFAC SDN",
	ListOFACCons: "OFAC Consolidated",
	ListUN:       "UN Security Council",
	ListEU:       "EU Financial Sanctions",
}

// ListTitle returns the human name of a list, or name itself.
func ListTitle(name string) string {
	if t, ok := titles[name]; ok {
		return t
	}
	return name
}
