package screen

import (
	"encoding/xml"
	"regexp"
	"strconv"
	"strings"
)

// unValues is a list of <VALUE> children.
type unValues struct {
	Values []string `xml:"VALUE"`
}

type unAlias struct {
	Quality string `xml:"QUALITY"`
	Name    string `xml:"ALIAS_NAME"`
}

type unAddress struct {
	Street  string `xml:"STREET"`
	City    string `xml:"CITY"`
	State   string `xml:"STATE_PROVINCE"`
	Zip     string `xml:"ZIP_CODE"`
	Country string `xml:"COUNTRY"`
	Note    string `xml:"NOTE"`
}

type unDOB struct {
	Type     string `xml:"TYPE_OF_DATE"`
	Date     string `xml:"DATE"`
	Year     string `xml:"YEAR"`
	FromYear string `xml:"FROM_YEAR"`
	ToYear   string `xml:"TO_YEAR"`
}

type unPOB struct {
	City    string `xml:"CITY"`
	State   string `xml:"STATE_PROVINCE"`
	Country string `xml:"COUNTRY"`
}

// unRecord is an <INDIVIDUAL> or an <ENTITY> of the UN consolidated list
// (https://scsanctions.un.org/resources/xml/en/consolidated.xml, schema
// sc-sanctions.xsd).
type unRecord struct {
	DataID         string      `xml:"DATAID"`
	First          string      `xml:"FIRST_NAME"`
	Second         string      `xml:"SECOND_NAME"`
	Third          string      `xml:"THIRD_NAME"`
	Fourth         string      `xml:"FOURTH_NAME"`
	ListType       string      `xml:"UN_LIST_TYPE"`
	Reference      string      `xml:"REFERENCE_NUMBER"`
	ListedOn       string      `xml:"LISTED_ON"`
	Gender         string      `xml:"GENDER"`
	Comments       string      `xml:"COMMENTS1"`
	Designation    unValues    `xml:"DESIGNATION"`
	Title          unValues    `xml:"TITLE"`
	Nationality    unValues    `xml:"NATIONALITY"`
	Original       string      `xml:"NAME_ORIGINAL_SCRIPT"`
	Aliases        []unAlias   `xml:"INDIVIDUAL_ALIAS"`
	EntityAliases  []unAlias   `xml:"ENTITY_ALIAS"`
	Addresses      []unAddress `xml:"INDIVIDUAL_ADDRESS"`
	EntityAddress  []unAddress `xml:"ENTITY_ADDRESS"`
	BirthDates     []unDOB     `xml:"INDIVIDUAL_DATE_OF_BIRTH"`
	BirthPlaces    []unPOB     `xml:"INDIVIDUAL_PLACE_OF_BIRTH"`
	SortKey        string      `xml:"SORT_KEY"`
	SortKeyLastMod string      `xml:"SORT_KEY_LAST_MOD"`
}

var reISODate = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)

// ReadUN parses the UN Security Council consolidated list (XML).
func ReadUN(file string, data []byte) (*List, error) {
	w := newXMLWalker(file, data)
	root, err := w.root()
	if err != nil {
		return nil, err
	}
	if root.Name.Local != "CONSOLIDATED_LIST" {
		return nil, w.errorf("<"+root.Name.Local+">", "root element is not <CONSOLIDATED_LIST>")
	}
	l := &List{Name: ListUN, Title: ListTitle(ListUN), Format: FormatUNXML, Files: []string{file}}
	for _, a := range root.Attr {
		if a.Name.Local == "dateGenerated" {
			if m := reISODate.FindStringSubmatch(a.Value); m != nil {
				l.Date = m[0]
			}
		}
	}
	seen := map[string]bool{}
	err = w.walk(root.Name.Local, func(se xml.StartElement) (bool, error) {
		switch se.Name.Local {
		case "INDIVIDUALS", "ENTITIES":
			return false, nil
		case "INDIVIDUAL", "ENTITY":
			var r unRecord
			where, err := w.decode(se, &r)
			if err != nil {
				return true, err
			}
			e, msg := unEntry(&r, se.Name.Local == "INDIVIDUAL")
			if msg != "" {
				return true, w.errorf(where, "%s", msg)
			}
			if seen[e.ID] {
				return true, w.errorf(where, "reference %s appears twice", e.ID)
			}
			seen[e.ID] = true
			l.Entries = append(l.Entries, e)
			return true, nil
		}
		return true, w.d.Skip()
	})
	if err != nil {
		return nil, err
	}
	if err := w.end(); err != nil {
		return nil, err
	}
	if len(l.Entries) == 0 {
		return nil, &FormatError{File: file, Msg: "no <INDIVIDUAL> or <ENTITY> records"}
	}
	return l, nil
}

func unEntry(r *unRecord, individual bool) (Entry, string) {
	e := Entry{ID: clean(r.Reference), Type: Organization}
	if e.ID == "" {
		e.ID = clean(r.DataID)
	}
	if e.ID == "" {
		return e, "no REFERENCE_NUMBER or DATAID"
	}
	full := clean(strings.Join([]string{r.First, r.Second, r.Third, r.Fourth}, " "))
	if full == "" {
		return e, "no name (FIRST_NAME is empty)"
	}
	e.Names = append(e.Names, Name{Full: full, Kind: NamePrimary, Quality: QualityStrong})
	if individual {
		e.Type = Person
	}
	e.Programs = appendClean(nil, r.ListType)
	e.ListedOn = clean(r.ListedOn)
	if m := reISODate.FindString(e.ListedOn); m != "" {
		e.ListedOn = m
	}
	e.Gender = clean(r.Gender)
	e.Remarks = clean(r.Comments)
	e.Titles = appendClean(appendClean(nil, r.Title.Values...), r.Designation.Values...)
	e.Nationalities = appendClean(nil, r.Nationality.Values...)
	aliases := r.Aliases
	if !individual {
		aliases = r.EntityAliases
	}
	for _, a := range aliases {
		name := clean(a.Name)
		if name == "" {
			continue
		}
		n := Name{Full: name, Kind: NameAlias, Quality: QualityStrong}
		switch strings.ToLower(clean(a.Quality)) {
		case "low":
			n.Quality = QualityWeak
		case "f.k.a.":
			n.Kind = NameFormerly
		}
		e.Names = append(e.Names, n)
	}
	for _, orig := range strings.Split(r.Original, ",") {
		if orig = clean(orig); orig != "" {
			e.Names = append(e.Names, Name{Full: orig, Kind: NameOriginal, Quality: QualityStrong})
		}
	}
	addrs := r.Addresses
	if !individual {
		addrs = r.EntityAddress
	}
	for _, a := range addrs {
		ad := Address{Street: clean(a.Street), City: clean(a.City), Region: clean(a.State), PostalCode: clean(a.Zip), Country: clean(a.Country), Note: clean(a.Note)}
		if ad != (Address{}) {
			e.Addresses = append(e.Addresses, ad)
		}
	}
	for _, d := range r.BirthDates {
		var dt Date
		if m := reISODate.FindStringSubmatch(clean(d.Date)); m != nil {
			dt.Year, _ = strconv.Atoi(m[1])
			dt.Month, _ = strconv.Atoi(m[2])
			dt.Day, _ = strconv.Atoi(m[3])
		} else if y, err := strconv.Atoi(clean(d.Year)); err == nil {
			dt.Year = y
		} else if y, err := strconv.Atoi(clean(d.FromYear)); err == nil {
			dt.Year = y
			dt.ToYear, _ = strconv.Atoi(clean(d.ToYear))
		}
		if dt.Year == 0 {
			continue
		}
		dt.Circa = strings.EqualFold(clean(d.Type), "APPROXIMATELY")
		e.BirthDates = append(e.BirthDates, dt)
	}
	for _, p := range r.BirthPlaces {
		if s := (Address{City: clean(p.City), Region: clean(p.State), Country: clean(p.Country)}).String(); s != "" {
			e.BirthPlaces = append(e.BirthPlaces, s)
		}
	}
	return e, ""
}
