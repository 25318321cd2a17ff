package screen

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// euEntity is a <sanctionEntity> of the EU's consolidated financial
// sanctions list (the "xmlFullSanctionsList_1_1" export, namespace
// http://eu.europa.ec/fpi/fsd/export): the data lives in attributes.
type euEntity struct {
	LogicalID   string `xml:"logicalId,attr"`
	EURef       string `xml:"euReferenceNumber,attr"`
	UNID        string `xml:"unitedNationId,attr"`
	Designation string `xml:"designationDate,attr"`
	Remark      string `xml:"remark"`
	Regulations []struct {
		Programme string `xml:"programme,attr"`
	} `xml:"regulation"`
	SubjectType struct {
		Code           string `xml:"code,attr"`
		Classification string `xml:"classificationCode,attr"`
	} `xml:"subjectType"`
	Names []struct {
		First    string `xml:"firstName,attr"`
		Middle   string `xml:"middleName,attr"`
		Last     string `xml:"lastName,attr"`
		Whole    string `xml:"wholeName,attr"`
		Function string `xml:"function,attr"`
		Gender   string `xml:"gender,attr"`
		Title    string `xml:"title,attr"`
		Language string `xml:"nameLanguage,attr"`
		Strong   string `xml:"strong,attr"`
	} `xml:"nameAlias"`
	Citizenships []struct {
		Country string `xml:"countryDescription,attr"`
	} `xml:"citizenship"`
	BirthDates []struct {
		Circa     string `xml:"circa,attr"`
		Birthdate string `xml:"birthdate,attr"`
		Day       string `xml:"dayOfMonth,attr"`
		Month     string `xml:"monthOfYear,attr"`
		Year      string `xml:"year,attr"`
		YearFrom  string `xml:"yearRangeFrom,attr"`
		YearTo    string `xml:"yearRangeTo,attr"`
		City      string `xml:"city,attr"`
		Place     string `xml:"place,attr"`
		Region    string `xml:"region,attr"`
		Country   string `xml:"countryDescription,attr"`
	} `xml:"birthdate"`
	Addresses []struct {
		Street  string `xml:"street,attr"`
		City    string `xml:"city,attr"`
		Zip     string `xml:"zipCode,attr"`
		Region  string `xml:"region,attr"`
		Place   string `xml:"place,attr"`
		PoBox   string `xml:"poBox,attr"`
		Country string `xml:"countryDescription,attr"`
	} `xml:"address"`
}

// ReadEU parses the EU consolidated financial sanctions list (XML).
func ReadEU(file string, data []byte) (*List, error) {
	w := newXMLWalker(file, data)
	root, err := w.root()
	if err != nil {
		return nil, err
	}
	if root.Name.Local != "export" {
		return nil, w.errorf("<"+root.Name.Local+">", "root element is not <export>")
	}
	l := &List{Name: ListEU, Title: ListTitle(ListEU), Format: FormatEUXML, Files: []string{file}}
	for _, a := range root.Attr {
		if a.Name.Local == "generationDate" {
			if m := reISODate.FindString(a.Value); m != "" {
				l.Date = m
			}
		}
	}
	seen := map[string]bool{}
	err = w.walk(root.Name.Local, func(se xml.StartElement) (bool, error) {
		if se.Name.Local != "sanctionEntity" {
			return true, w.d.Skip()
		}
		var x euEntity
		where, err := w.decode(se, &x)
		if err != nil {
			return true, err
		}
		e, msg := euToEntry(&x)
		if msg != "" {
			return true, w.errorf(where, "%s", msg)
		}
		if seen[e.ID] {
			return true, w.errorf(where, "entity %s appears twice", e.ID)
		}
		seen[e.ID] = true
		l.Entries = append(l.Entries, e)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if err := w.end(); err != nil {
		return nil, err
	}
	if len(l.Entries) == 0 {
		return nil, &FormatError{File: file, Msg: "no <sanctionEntity> records"}
	}
	return l, nil
}

func euToEntry(x *euEntity) (Entry, string) {
	e := Entry{ID: clean(x.EURef), Type: Organization}
	if e.ID == "" {
		e.ID = clean(x.LogicalID)
	}
	if e.ID == "" {
		return e, "no euReferenceNumber or logicalId"
	}
	switch strings.ToLower(clean(x.SubjectType.Code)) {
	case "person":
		e.Type = Person
	case "enterprise":
		e.Type = Organization
	}
	if strings.EqualFold(clean(x.SubjectType.Classification), "P") {
		e.Type = Person
	}
	e.ListedOn = reISODate.FindString(x.Designation)
	e.Remarks = clean(x.Remark)
	for _, r := range x.Regulations {
		e.Programs = appendClean(e.Programs, r.Programme)
	}
	for _, n := range x.Names {
		whole := clean(n.Whole)
		if whole == "" {
			whole = clean(strings.Join([]string{n.First, n.Middle, n.Last}, " "))
		}
		if whole == "" {
			continue
		}
		nm := Name{Full: whole, Kind: NameAlias, Quality: QualityStrong, Lang: clean(n.Language)}
		if len(e.Names) == 0 {
			nm.Kind = NamePrimary
		}
		if strings.EqualFold(clean(n.Strong), "false") {
			nm.Quality = QualityWeak
		}
		if e.Type == Person && clean(n.Last) != "" && (clean(n.First) != "" || clean(n.Middle) != "") {
			nm.Surname = clean(n.Last)
			nm.Given = clean(n.First + " " + n.Middle)
		}
		e.Names = append(e.Names, nm)
		e.Titles = appendClean(e.Titles, n.Function, n.Title)
		if e.Gender == "" {
			switch clean(n.Gender) {
			case "M":
				e.Gender = "Male"
			case "F":
				e.Gender = "Female"
			}
		}
	}
	if len(e.Names) == 0 {
		return e, "no <nameAlias> with a name"
	}
	for _, c := range x.Citizenships {
		e.Nationalities = appendClean(e.Nationalities, c.Country)
	}
	for _, b := range x.BirthDates {
		var d Date
		if m := reISODate.FindStringSubmatch(b.Birthdate); m != nil {
			d.Year, _ = strconv.Atoi(m[1])
			d.Month, _ = strconv.Atoi(m[2])
			d.Day, _ = strconv.Atoi(m[3])
		} else if y, err := strconv.Atoi(clean(b.Year)); err == nil {
			d.Year = y
			d.Month, _ = strconv.Atoi(clean(b.Month))
			if d.Month > 0 {
				d.Day, _ = strconv.Atoi(clean(b.Day))
			}
		} else if y, err := strconv.Atoi(clean(b.YearFrom)); err == nil {
			d.Year = y
			d.ToYear, _ = strconv.Atoi(clean(b.YearTo))
		}
		d.Circa = strings.EqualFold(clean(b.Circa), "true")
		if d.Year > 0 {
			e.BirthDates = append(e.BirthDates, d)
		}
		place := clean(b.City)
		if place == "" {
			place = clean(b.Place)
		}
		if s := (Address{City: place, Region: clean(b.Region), Country: clean(b.Country)}).String(); s != "" {
			e.BirthPlaces = appendClean(e.BirthPlaces, s)
		}
	}
	for _, a := range x.Addresses {
		street := clean(a.Street)
		if a.PoBox != "" {
			street = strings.Trim(street+", PO Box "+clean(a.PoBox), ", ")
		}
		city := clean(a.City)
		if city == "" {
			city = clean(a.Place)
		}
		ad := Address{Street: street, City: city, Region: clean(a.Region), PostalCode: clean(a.Zip), Country: clean(a.Country)}
		if ad != (Address{}) {
			e.Addresses = append(e.Addresses, ad)
		}
	}
	return e, ""
}
