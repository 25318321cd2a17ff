package screen

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// OFACCSV holds the legacy CSV files of an OFAC list: the main file
// (sdn.csv or cons_prim.csv) and, optionally, the aliases (alt.csv), the
// addresses (add.csv) and the overflow of the remarks (sdn_comments.csv).
// The files have no header; "-0- " marks an empty field.
type OFACCSV struct {
	// Name is the list name; "" means ListOFACSDN.
	Name                              string
	Main, Alt, Add, Comments          []byte
	MainName, AltName, AddName, CName string
}

// The column counts of OFAC's legacy files.
const (
	ofacMainCols     = 12 // ent_num, name, type, programs, title, call sign, vessel type, tonnage, GRT, flag, owner, remarks
	ofacAltCols      = 5  // ent_num, alt_num, type, alt_name, remarks
	ofacAddCols      = 6  // ent_num, add_num, address, city/state/postal, country, remarks
	ofacCommentsCols = 2  // ent_num, remarks overflow
)

// ReadOFACCSV parses OFAC's legacy CSV files into a List. Its Date is ""
// because the files do not carry one.
func ReadOFACCSV(f OFACCSV) (*List, error) {
	l := &List{Name: f.Name, Format: FormatOFACCSV}
	if l.Name == "" {
		l.Name = ListOFACSDN
	}
	l.Title = ListTitle(l.Name)
	names := func(s, def string) string {
		if s == "" {
			return def
		}
		return s
	}
	mainName := names(f.MainName, "sdn.csv")
	l.Files = append(l.Files, mainName)
	byID := map[string]int{}
	remarks := map[string]*strings.Builder{}
	err := eachCSV(mainName, f.Main, ofacMainCols, func(line int, rec []string) error {
		id := rec[0]
		if _, err := strconv.Atoi(id); err != nil {
			return &FormatError{File: mainName, Line: line, Msg: fmt.Sprintf("entry number %q is not a number", id)}
		}
		if _, dup := byID[id]; dup {
			return &FormatError{File: mainName, Line: line, Msg: fmt.Sprintf("entry %s appears twice", id)}
		}
		if rec[1] == "" {
			return &FormatError{File: mainName, Line: line, Element: "entry " + id, Msg: "no name"}
		}
		e := Entry{ID: id, Type: ofacType(rec[2])}
		e.Names = append(e.Names, ofacName(rec[1], NamePrimary, QualityStrong, e.Type))
		for _, p := range strings.Split(strings.Trim(rec[3], "[] "), "] [") {
			if p = strings.TrimSpace(p); p != "" {
				e.Programs = append(e.Programs, p)
			}
		}
		if rec[4] != "" {
			e.Titles = append(e.Titles, rec[4])
		}
		if rec[9] != "" && e.Type == Vessel {
			e.Nationalities = append(e.Nationalities, rec[9])
		}
		b := &strings.Builder{}
		b.WriteString(rec[11])
		remarks[id] = b
		byID[id] = len(l.Entries)
		l.Entries = append(l.Entries, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(l.Entries) == 0 {
		return nil, &FormatError{File: mainName, Msg: "no entries"}
	}
	entry := func(file string, line int, id string) (*Entry, error) {
		i, ok := byID[id]
		if !ok {
			return nil, &FormatError{File: file, Line: line, Msg: fmt.Sprintf("entry %s is not in %s (are the files from the same day?)", id, mainName)}
		}
		return &l.Entries[i], nil
	}
	if f.Comments != nil {
		name := names(f.CName, "sdn_comments.csv")
		l.Files = append(l.Files, name)
		err := eachCSV(name, f.Comments, ofacCommentsCols, func(line int, rec []string) error {
			if _, err := entry(name, line, rec[0]); err != nil {
				return err
			}
			remarks[rec[0]].WriteString(rec[1])
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if f.Alt != nil {
		name := names(f.AltName, "alt.csv")
		l.Files = append(l.Files, name)
		err := eachCSV(name, f.Alt, ofacAltCols, func(line int, rec []string) error {
			e, err := entry(name, line, rec[0])
			if err != nil {
				return err
			}
			if rec[3] == "" {
				return &FormatError{File: name, Line: line, Element: "alias " + rec[1], Msg: "no name"}
			}
			kind := NameAlias
			switch strings.ToLower(strings.Trim(rec[2], ". ")) {
			case "fka":
				kind = NameFormerly
			case "nka":
				kind = NameNow
			}
			e.Names = append(e.Names, ofacName(rec[3], kind, QualityStrong, e.Type))
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if f.Add != nil {
		name := names(f.AddName, "add.csv")
		l.Files = append(l.Files, name)
		err := eachCSV(name, f.Add, ofacAddCols, func(line int, rec []string) error {
			e, err := entry(name, line, rec[0])
			if err != nil {
				return err
			}
			a := Address{Street: rec[2], City: rec[3], Country: rec[4], Note: rec[5]}
			if a != (Address{}) {
				e.Addresses = append(e.Addresses, a)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for i := range l.Entries {
		e := &l.Entries[i]
		parseOFACRemarks(e, remarks[e.ID].String())
	}
	return l, nil
}

// eachCSV calls f for every record of an OFAC legacy CSV file, with "-0-"
// fields made empty. It stops at the DOS end-of-file mark (0x1A).
func eachCSV(file string, data []byte, cols int, f func(line int, rec []string) error) error {
	if i := bytes.IndexByte(data, 0x1a); i >= 0 {
		if len(bytes.TrimSpace(data[i+1:])) > 0 {
			return &FormatError{File: file, Line: 1 + bytes.Count(data[:i], []byte("\n")), Msg: "data after the end-of-file mark"}
		}
		data = data[:i]
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return &FormatError{File: file, Line: pe.Line, Msg: pe.Err.Error() + " (truncated or damaged file?)"}
			}
			return &FormatError{File: file, Msg: err.Error()}
		}
		line, _ := r.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) != cols {
			return &FormatError{File: file, Line: line, Msg: fmt.Sprintf("%d fields, want %d (truncated or damaged file?)", len(rec), cols)}
		}
		for i, s := range rec {
			if s == "" {
				return &FormatError{File: file, Line: line, Msg: fmt.Sprintf("field %d is empty, where OFAC writes -0- (truncated file?)", i+1)}
			}
			s = strings.TrimSpace(s)
			if s == "-" || s == "-0" {
				return &FormatError{File: file, Line: line, Msg: fmt.Sprintf("field %d is %q, a cut-off \"-0-\" (truncated file?)", i+1, s)}
			}
			if s == "-0-" {
				s = ""
			}
			rec[i] = s
		}
		if err := f(line, rec); err != nil {
			return err
		}
	}
}

func ofacType(s string) string {
	switch strings.ToLower(s) {
	case "individual":
		return Person
	case "vessel":
		return Vessel
	case "aircraft":
		return Aircraft
	}
	return Organization
}

// ofacName splits a person's "SURNAME, Given" name.
func ofacName(full, kind, quality, typ string) Name {
	n := Name{Full: full, Kind: kind, Quality: quality}
	if typ == Person {
		if sur, given, ok := strings.Cut(full, ","); ok && strings.TrimSpace(given) != "" && !strings.Contains(given, ",") {
			n.Surname, n.Given = strings.TrimSpace(sur), strings.TrimSpace(given)
		}
	}
	return n
}

var (
	reWeakAKA = regexp.MustCompile(`\b([afn])\.k\.a\.,? '(.+?)'(?:[;.,]|$)`)
	reDOBItem = regexp.MustCompile(`^(?:alt\. )?DOB (.+)$`)
	reOFACDay = regexp.MustCompile(`^(circa )?(?:(\d{1,2}) )?(?:([A-Za-z]{3}) )?(\d{4})(?: to (?:(?:\d{1,2}) )?(?:(?:[A-Za-z]{3}) )?(\d{4}))?$`)
)

var months = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// parseOFACRemarks keeps the remarks and takes from them what the legacy
// CSV carries nowhere else: weak aliases, birth dates and places,
// nationalities, citizenships and gender.
func parseOFACRemarks(e *Entry, remarks string) {
	remarks = strings.TrimSpace(remarks)
	e.Remarks = remarks
	if remarks == "" {
		return
	}
	for _, m := range reWeakAKA.FindAllStringSubmatch(remarks, -1) {
		kind := map[string]string{"a": NameAlias, "f": NameFormerly, "n": NameNow}[m[1]]
		n := ofacName(m[2], kind, QualityWeak, e.Type)
		e.Names = append(e.Names, n)
	}
	for _, item := range strings.Split(strings.TrimSuffix(remarks, "."), ";") {
		item = strings.TrimSpace(item)
		bare := strings.TrimPrefix(item, "alt. ")
		switch {
		case reDOBItem.MatchString(item):
			if d, ok := parseOFACDate(reDOBItem.FindStringSubmatch(item)[1]); ok {
				e.BirthDates = append(e.BirthDates, d)
			}
		case strings.HasPrefix(bare, "POB "):
			e.BirthPlaces = append(e.BirthPlaces, strings.TrimPrefix(bare, "POB "))
		case strings.HasPrefix(bare, "nationality "):
			e.Nationalities = append(e.Nationalities, strings.TrimPrefix(bare, "nationality "))
		case strings.HasPrefix(bare, "citizen "):
			e.Nationalities = append(e.Nationalities, strings.TrimPrefix(bare, "citizen "))
		case strings.HasPrefix(bare, "Gender "):
			e.Gender = strings.TrimPrefix(bare, "Gender ")
		}
	}
}

// parseOFACDate reads "18 Feb 1962", "circa 1947", "Feb 1962" and "01 Jan
// 1967 to 31 Dec 1969".
func parseOFACDate(s string) (Date, bool) {
	m := reOFACDay.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return Date{}, false
	}
	var d Date
	d.Circa = m[1] != ""
	d.Year, _ = strconv.Atoi(m[4])
	if m[5] != "" {
		d.ToYear, _ = strconv.Atoi(m[5])
		if d.ToYear == d.Year {
			d.ToYear = 0
		}
	}
	if d.ToYear == 0 {
		d.Month = months[strings.ToLower(m[3])]
		if d.Month > 0 {
			d.Day, _ = strconv.Atoi(m[2])
		}
	}
	return d, true
}
