package screen

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
)

// ofacXMLEntry is an <sdnEntry> of OFAC's SDN XML (sdn.xsd: root <sdnList>,
// <publshInformation>, then one <sdnEntry> per entry). The same schema
// serves the consolidated (non-SDN) list.
type ofacXMLEntry struct {
	UID       string `xml:"uid"`
	FirstName string `xml:"firstName"`
	LastName  string `xml:"lastName"`
	Title     string `xml:"title"`
	Type      string `xml:"sdnType"`
	Remarks   string `xml:"remarks"`
	Program   struct {
		Items []string `xml:"program"`
	} `xml:"programList"`
	AKAs struct {
		Items []struct {
			UID       string `xml:"uid"`
			Type      string `xml:"type"`
			Category  string `xml:"category"`
			FirstName string `xml:"firstName"`
			LastName  string `xml:"lastName"`
		} `xml:"aka"`
	} `xml:"akaList"`
	Addresses struct {
		Items []struct {
			Address1   string `xml:"address1"`
			Address2   string `xml:"address2"`
			Address3   string `xml:"address3"`
			City       string `xml:"city"`
			State      string `xml:"stateOrProvince"`
			PostalCode string `xml:"postalCode"`
			Country    string `xml:"country"`
		} `xml:"address"`
	} `xml:"addressList"`
	Nationalities struct {
		Items []struct {
			Country string `xml:"country"`
		} `xml:"nationality"`
	} `xml:"nationalityList"`
	Citizenships struct {
		Items []struct {
			Country string `xml:"country"`
		} `xml:"citizenship"`
	} `xml:"citizenshipList"`
	DOBs struct {
		Items []struct {
			Date string `xml:"dateOfBirth"`
		} `xml:"dateOfBirthItem"`
	} `xml:"dateOfBirthList"`
	POBs struct {
		Items []struct {
			Place string `xml:"placeOfBirth"`
		} `xml:"placeOfBirthItem"`
	} `xml:"placeOfBirthList"`
	Vessel struct {
		Flag string `xml:"vesselFlag"`
	} `xml:"vesselInfo"`
}

// ReadOFACXML parses OFAC's SDN list (or its consolidated list) in the SDN
// XML schema. The file name decides between the two: "cons" in it means
// the consolidated list.
func ReadOFACXML(file string, data []byte) (*List, error) {
	w := newXMLWalker(file, data)
	root, err := w.root()
	if err != nil {
		return nil, err
	}
	if root.Name.Local != "sdnList" {
		return nil, w.errorf("<"+root.Name.Local+">", "root element is not <sdnList>")
	}
	name := ListOFACSDN
	if strings.Contains(strings.ToLower(file), "cons") {
		name = ListOFACCons
	}
	l := &List{Name: name, Title: ListTitle(name), Format: FormatOFACXML, Files: []string{file}}
	seen := map[string]bool{}
	declared := -1
	err = w.walk(root.Name.Local, func(se xml.StartElement) (bool, error) {
		switch se.Name.Local {
		case "publshInformation", "publishInformation":
			var p struct {
				Date  string `xml:"Publish_Date"`
				Count string `xml:"Record_Count"`
			}
			where, err := w.decode(se, &p)
			if err != nil {
				return true, err
			}
			if p.Date != "" {
				d, ok := parseUSDate(clean(p.Date))
				if !ok {
					return true, w.errorf(where, "Publish_Date %q is not MM/DD/YYYY", p.Date)
				}
				l.Date = d
			}
			if p.Count != "" {
				n, err := strconv.Atoi(clean(p.Count))
				if err != nil {
					return true, w.errorf(where, "Record_Count %q is not a number", p.Count)
				}
				declared = n
			}
			return true, nil
		case "sdnEntry":
			var x ofacXMLEntry
			where, err := w.decode(se, &x)
			if err != nil {
				return true, err
			}
			e, msg := ofacXMLToEntry(&x)
			if msg != "" {
				return true, w.errorf(where, "%s", msg)
			}
			if seen[e.ID] {
				return true, w.errorf(where, "uid %s appears twice", e.ID)
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
		return nil, &FormatError{File: file, Msg: "no <sdnEntry> records"}
	}
	if declared >= 0 && declared != len(l.Entries) {
		return nil, &FormatError{File: file, Element: "<publshInformation>", Msg: fmt.Sprintf("Record_Count says %d entries, the file has %d (truncated file?)", declared, len(l.Entries))}
	}
	return l, nil
}

func ofacXMLToEntry(x *ofacXMLEntry) (Entry, string) {
	e := Entry{ID: clean(x.UID), Type: ofacType(clean(x.Type))}
	if _, err := strconv.Atoi(e.ID); err != nil {
		return e, fmt.Sprintf("uid %q is not a number", x.UID)
	}
	n, ok := xmlName(x.FirstName, x.LastName, e.Type)
	if !ok {
		return e, "no lastName"
	}
	n.Kind, n.Quality = NamePrimary, QualityStrong
	e.Names = append(e.Names, n)
	e.Programs = appendClean(nil, x.Program.Items...)
	e.Titles = appendClean(nil, x.Title)
	for _, a := range x.AKAs.Items {
		n, ok := xmlName(a.FirstName, a.LastName, e.Type)
		if !ok {
			continue
		}
		n.Kind, n.Quality = NameAlias, QualityStrong
		switch strings.ToLower(strings.Trim(clean(a.Type), ". ")) {
		case "f.k.a", "fka":
			n.Kind = NameFormerly
		case "n.k.a", "nka":
			n.Kind = NameNow
		}
		if strings.EqualFold(clean(a.Category), "weak") {
			n.Quality = QualityWeak
		}
		e.Names = append(e.Names, n)
	}
	for _, a := range x.Addresses.Items {
		street := clean(strings.Join([]string{a.Address1, a.Address2, a.Address3}, ", "))
		street = strings.Trim(strings.ReplaceAll(street, ", ,", ","), ", ")
		ad := Address{Street: street, City: clean(a.City), Region: clean(a.State), PostalCode: clean(a.PostalCode), Country: clean(a.Country)}
		if ad != (Address{}) {
			e.Addresses = append(e.Addresses, ad)
		}
	}
	for _, n := range x.Nationalities.Items {
		e.Nationalities = appendClean(e.Nationalities, n.Country)
	}
	for _, n := range x.Citizenships.Items {
		e.Nationalities = appendClean(e.Nationalities, n.Country)
	}
	if e.Type == Vessel {
		e.Nationalities = appendClean(e.Nationalities, x.Vessel.Flag)
	}
	for _, d := range x.DOBs.Items {
		if dt, ok := parseOFACDate(clean(d.Date)); ok {
			e.BirthDates = append(e.BirthDates, dt)
		}
	}
	for _, p := range x.POBs.Items {
		e.BirthPlaces = appendClean(e.BirthPlaces, p.Place)
	}
	e.Remarks = clean(x.Remarks)
	if e.Gender == "" {
		for _, item := range strings.Split(e.Remarks, ";") {
			if g, ok := strings.CutPrefix(strings.TrimSpace(item), "Gender "); ok {
				e.Gender = strings.TrimSuffix(g, ".")
			}
		}
	}
	return e, ""
}

// xmlName builds a name from OFAC XML's firstName and lastName: a person's
// name is written "LAST, First" as in the CSV files.
func xmlName(first, last, typ string) (Name, bool) {
	first, last = clean(first), clean(last)
	if last == "" && first == "" {
		return Name{}, false
	}
	if last == "" {
		last, first = first, ""
	}
	if first == "" {
		return Name{Full: last}, true
	}
	n := Name{Full: last + ", " + first}
	if typ == Person {
		n.Surname, n.Given = last, first
	}
	return n, true
}

// parseUSDate turns "07/16/2021" into "2021-07-16".
func parseUSDate(s string) (string, bool) {
	parts := strings.Split(s, "/")
	if len(parts) != 3 {
		return "", false
	}
	m, err1 := strconv.Atoi(parts[0])
	d, err2 := strconv.Atoi(parts[1])
	y, err3 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || err3 != nil || m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}
