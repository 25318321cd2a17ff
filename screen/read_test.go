package screen

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func fixtureCSV(t testing.TB) OFACCSV {
	return OFACCSV{
		Main: readFixture(t, "ofac-csv/sdn.csv"), Alt: readFixture(t, "ofac-csv/alt.csv"),
		Add: readFixture(t, "ofac-csv/add.csv"), Comments: readFixture(t, "ofac-csv/sdn_comments.csv"),
	}
}

func entryByID(t testing.TB, l *List, id string) *Entry {
	t.Helper()
	for i := range l.Entries {
		if l.Entries[i].ID == id {
			return &l.Entries[i]
		}
	}
	t.Fatalf("%s: no entry %s", l.Name, id)
	return nil
}

func TestReadOFACCSV(t *testing.T) {
	l, err := ReadOFACCSV(fixtureCSV(t))
	if err != nil {
		t.Fatal(err)
	}
	if l.Name != ListOFACSDN || l.Format != FormatOFACCSV || l.Date != "" || len(l.Entries) != 10 {
		t.Fatalf("list %s %s %q, %d entries", l.Name, l.Format, l.Date, len(l.Entries))
	}
	e := entryByID(t, l, "12211")
	if e.Type != Person || len(e.Names) != 5 || e.Names[0].Surname != "KIM" || e.Names[0].Given != "Yong Chol" || e.Names[4].Full != "KIM, Young-Chul" {
		t.Errorf("12211 names: %+v", e.Names)
	}
	if len(e.BirthDates) != 2 || e.BirthDates[0] != (Date{Year: 1947, Circa: true}) || e.BirthPlaces[0] != "Pyongan-Pukto, North Korea" {
		t.Errorf("12211 birth: %v %v", e.BirthDates, e.BirthPlaces)
	}
	e = entryByID(t, l, "17614")
	if e.Titles[0] != "KOMID Representative in Iran" || e.BirthDates[0] != (Date{Year: 1962, Month: 2, Day: 18}) || e.Nationalities[0] != "Korea, North" {
		t.Errorf("17614: %+v", e)
	}
	e = entryByID(t, l, "306")
	if last := e.Names[len(e.Names)-1]; last.Full != "BNC" || last.Quality != QualityWeak {
		t.Errorf("306: weak alias %+v", last)
	}
	e = entryByID(t, l, "12210")
	if e.Type != Organization || len(e.Programs) != 2 || !strings.HasSuffix(e.Remarks, "510.210.Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions.") {
		t.Errorf("12210 (remarks continued in sdn_comments.csv): %+v", e)
	}
	if e.Addresses[0].City != "Pyongyang" {
		t.Errorf("12210 address %+v", e.Addresses)
	}
	e = entryByID(t, l, "2676")
	if e.Names[2].Kind != NameFormerly {
		t.Errorf("2676 fka: %+v", e.Names)
	}
	e = entryByID(t, l, "9001")
	if e.Type != Vessel || e.Nationalities[0] != "Malta" {
		t.Errorf("9001: %+v", e)
	}
}

func TestReadFilesDirectory(t *testing.T) {
	lists, err := ReadFiles([]string{filepath.Join("testdata", "ofac-csv", "sdn.csv"), filepath.Join("testdata", "un.xml"), filepath.Join("testdata", "eu.xml")})
	if err != nil {
		t.Fatal(err)
	}
	if len(lists) != 3 || len(lists[2].Files) != 4 {
		t.Fatalf("%d lists; the CSV list read %v", len(lists), lists[len(lists)-1].Files)
	}
	// Naming sdn.csv alone reads the files beside it.
	if e := entryByID(t, lists[2], "12211"); len(e.Names) != 5 {
		t.Errorf("aliases beside sdn.csv were not read: %+v", e.Names)
	}
	if _, err := ReadFiles([]string{filepath.Join("testdata", "ofac-csv", "alt.csv")}); err == nil {
		t.Error("alt.csv without sdn.csv: no error")
	}
	if _, err := ReadFiles([]string{filepath.Join("testdata", "un.xml"), filepath.Join("testdata", "un.xml")}); err == nil {
		t.Error("two versions of one list: no error")
	}
}

func TestReadOFACXML(t *testing.T) {
	l, err := Read("sdn.xml", readFixture(t, "sdn.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if l.Name != ListOFACSDN || l.Format != FormatOFACXML || l.Date != "2021-07-16" || len(l.Entries) != 3 {
		t.Fatalf("%s %s %s %d", l.Name, l.Format, l.Date, len(l.Entries))
	}
	e := entryByID(t, l, "12211")
	if e.Names[0].Full != "KIM, Yong Chol" || e.Names[0].Given != "Yong Chol" || e.Names[3].Quality != QualityWeak || len(e.BirthDates) != 2 || e.BirthPlaces[0] != "Pyongan-Pukto, North Korea" {
		t.Errorf("12211: %+v", e)
	}
	e = entryByID(t, l, "17614")
	if e.Titles[0] != "KOMID Representative in Iran" || e.Nationalities[0] != "Korea, North" || e.BirthDates[0].Year != 1962 {
		t.Errorf("17614: %+v", e)
	}
	e = entryByID(t, l, "12210")
	if e.Type != Organization || e.Addresses[0].Street != "c/o Reconnaissance General Bureau Headquarters, Hyongjesan-Guyok" {
		t.Errorf("12210: %+v", e)
	}
}

func TestReadUN(t *testing.T) {
	l, err := Read("un.xml", readFixture(t, "un.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if l.Name != ListUN || l.Date != "2021-07-20" || len(l.Entries) != 3 {
		t.Fatalf("%s %s %d", l.Name, l.Date, len(l.Entries))
	}
	e := entryByID(t, l, "KPi.024")
	if e.Names[0].Full != "KIM YONG CHOL" || len(e.Names) != 3 || e.Titles[0] != "KOMID Representative" || e.ListedOn != "2016-03-02" {
		t.Errorf("KPi.024: %+v", e)
	}
	e = entryByID(t, l, "QDi.396")
	if e.Names[1].Quality != QualityWeak || e.Names[2].Kind != NameOriginal || e.BirthDates[0] != (Date{Year: 1973, ToYear: 1975}) || e.BirthPlaces[0] != "Katyr-Yurt, Chechen Republic, Russian Federation" {
		t.Errorf("QDi.396: %+v", e)
	}
	e = entryByID(t, l, "KPe.031")
	if e.Type != Organization || len(e.Names) != 3 || e.Addresses[0].City != "Pyongyang" {
		t.Errorf("KPe.031: %+v", e)
	}
}

func TestReadEU(t *testing.T) {
	l, err := Read("eu.xml", readFixture(t, "eu.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if l.Name != ListEU || l.Date != "2021-07-19" || len(l.Entries) != 2 {
		t.Fatalf("%s %s %d", l.Name, l.Date, len(l.Entries))
	}
	e := entryByID(t, l, "EU.2713.54")
	if e.Type != Person || e.Names[0].Surname != "Kim" || e.Names[0].Given != "Yong Chol" || len(e.Names) != 3 || e.Programs[0] != "PRK" ||
		e.BirthDates[0] != (Date{Year: 1946, Circa: true}) || e.Nationalities[0] != "NORTH KOREA" || e.Gender != "Male" || len(e.Titles) != 2 {
		t.Errorf("EU.2713.54: %+v", e)
	}
	e = entryByID(t, l, "EU.1234.56")
	if e.Type != Organization || e.Addresses[0].City != "Soligorsk" {
		t.Errorf("EU.1234.56: %+v", e)
	}
}

func TestMalformed(t *testing.T) {
	csvWith := func(f func(*OFACCSV)) func() error {
		return func() error {
			in := fixtureCSV(t)
			f(&in)
			_, err := ReadOFACCSV(in)
			return err
		}
	}
	xmlWith := func(name, old, new string) func() error {
		return func() error {
			data := bytes.Replace(readFixture(t, name), []byte(old), []byte(new), 1)
			_, err := Read(name, data)
			return err
		}
	}
	tests := []struct {
		name string
		read func() error
		want string // in the message
	}{
		{"csv cut in a quoted field", csvWith(func(in *OFACCSV) { in.Main = in.Main[:200] }), "sdn.csv:3:"},
		{"csv cut in the last field", csvWith(func(in *OFACCSV) { in.Alt = bytes.TrimSuffix(bytes.TrimRight(in.Alt, "\r\n"), []byte("- ")) }), "alt.csv:9: field 5"},
		{"csv short record", csvWith(func(in *OFACCSV) { in.Add = append(in.Add, "12211,7\r\n"...) }), "add.csv:5: 2 fields, want 6"},
		{"csv unknown entry", csvWith(func(in *OFACCSV) { in.Alt = append(in.Alt, `999,1,"aka","X",-0- `+"\r\n"...) }), "alt.csv:10: entry 999 is not in sdn.csv"},
		{"csv id not a number", csvWith(func(in *OFACCSV) { in.Main = append([]byte("abc"), in.Main...) }), `sdn.csv:1: entry number "abc36"`},
		{"csv empty", csvWith(func(in *OFACCSV) { in.Main = nil }), "no entries"},
		{"xml truncated", func() error {
			d := readFixture(t, "un.xml")
			_, err := Read("un.xml", d[:len(d)/2])
			return err
		}, "un.xml:"},
		{"ofac xml count", xmlWith("sdn.xml", "<Record_Count>3<", "<Record_Count>4<"), "Record_Count says 4"},
		{"ofac xml no name", xmlWith("sdn.xml", "<lastName>RECONNAISSANCE GENERAL BUREAU</lastName>", ""), "<sdnEntry> #3: no lastName"},
		{"un no reference", xmlWith("un.xml", "<REFERENCE_NUMBER>KPi.024</REFERENCE_NUMBER>", "<REFERENCE_NUMBER>QDi.396</REFERENCE_NUMBER>"), "<INDIVIDUAL> #2: reference QDi.396 appears twice"},
		{"un bad tag", xmlWith("un.xml", "<COMMENTS1>Commands", "<COMMENTS1 Commands"), "un.xml:"},
		{"eu no names", xmlWith("eu.xml", `<nameAlias wholeName="Belaruskali OAO" strong="true" nameLanguage="" logicalId="20002"/>
    <nameAlias wholeName="Беларуськалий" strong="true" nameLanguage="RU" logicalId="20003"/>`, ""), "<sanctionEntity> #2: no <nameAlias> with a name"},
		{"unknown root", func() error { _, err := Read("x.xml", []byte("<rss><channel/></rss>")); return err }, "not a sanctions list"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.read()
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
			if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrUnknownFormat) {
				t.Errorf("error %v is neither ErrMalformed nor ErrUnknownFormat", err)
			}
		})
	}
}

// Every prefix of a list file is rejected (or, for CSV cut at a line end,
// read as fewer entries): never a panic, never a silent partial XML list.
func TestTruncated(t *testing.T) {
	for _, name := range []string{"sdn.xml", "un.xml", "eu.xml"} {
		data := readFixture(t, name)
		end := bytes.LastIndexByte(bytes.TrimSpace(data), '<')
		for cut := 0; cut < end; cut += 7 {
			if _, err := Read(name, data[:cut]); err == nil {
				t.Errorf("%s cut at %d: no error", name, cut)
			}
		}
	}
	data := readFixture(t, "ofac-csv/sdn.csv")
	for cut := 1; cut < len(data)-3; cut++ {
		line, _, _ := bytes.Cut(data[cut:], []byte("\n"))
		if data[cut-1] == '\n' || len(bytes.TrimSpace(line)) == 0 {
			continue // a whole record: a shorter list, not a broken one
		}
		if _, err := ReadOFACCSV(OFACCSV{Main: data[:cut]}); err == nil {
			t.Errorf("sdn.csv cut at %d (%q): no error", cut, data[max(0, cut-10):cut])
		}
	}
}

func FuzzReadXML(f *testing.F) {
	for _, name := range []string{"sdn.xml", "un.xml", "eu.xml"} {
		f.Add(readFixture(f, name))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Read("fuzz.xml", data)
		if err == nil && len(l.Entries) == 0 {
			t.Error("a list with no entries was accepted")
		}
	})
}

func FuzzReadOFACCSV(f *testing.F) {
	in := fixtureCSV(f)
	f.Add(in.Main, in.Alt, in.Add, in.Comments)
	f.Fuzz(func(t *testing.T, main, alt, add, comments []byte) {
		l, err := ReadOFACCSV(OFACCSV{Main: main, Alt: alt, Add: add, Comments: comments})
		if err == nil {
			for _, e := range l.Entries {
				if e.ID == "" || len(e.Names) == 0 || e.Names[0].Full == "" {
					t.Fatalf("accepted an entry with no ID or name: %+v", e)
				}
			}
		}
	})
}
