package screen

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedSanctions is where the full lists are, beside the repository.
var sharedSanctions = filepath.Join("..", "..", "shared", "data", "sanctions")

// sharedLists reads the full OFAC and UN lists from ../shared, or skips.
func sharedLists(t testing.TB) []*List {
	t.Helper()
	if _, err := os.Stat(sharedSanctions); err != nil {
		t.Skip("../shared/data/sanctions not found; skipping tests on the full lists")
	}
	lists, err := ReadFiles([]string{filepath.Join(sharedSanctions, "ofac-2021"), filepath.Join(sharedSanctions, "un")})
	if err != nil {
		t.Fatal(err)
	}
	return lists
}

func TestReadSharedLists(t *testing.T) {
	lists := sharedLists(t)
	if len(lists) != 2 {
		t.Fatalf("%d lists, want 2", len(lists))
	}
	byName := map[string]*List{}
	for _, l := range lists {
		byName[l.Name] = l
		names := 0
		for _, e := range l.Entries {
			names += len(e.Names)
		}
		t.Logf("%s %s: %d entries, %d names, files %v", l.Name, l.Date, len(l.Entries), names, l.Files)
	}
	sdn := byName[ListOFACSDN]
	if sdn == nil || len(sdn.Entries) != 8976 {
		t.Fatalf("OFAC SDN: %d entries", len(sdn.Entries))
	}
	find := func(l *List, id string) *Entry {
		for i := range l.Entries {
			if l.Entries[i].ID == id {
				return &l.Entries[i]
			}
		}
		t.Fatalf("%s: no entry %s", l.Name, id)
		return nil
	}
	e := find(sdn, "12211")
	if e.Type != Person || e.Names[0].Surname != "KIM" || e.Names[0].Given != "Yong Chol" || len(e.Names) != 5 {
		t.Errorf("12211: %+v", e)
	}
	if len(e.BirthDates) != 2 || e.BirthDates[0] != (Date{Year: 1947, Circa: true}) || e.BirthPlaces[0] != "Pyongan-Pukto, North Korea" {
		t.Errorf("12211: dates %v places %v", e.BirthDates, e.BirthPlaces)
	}
	e = find(sdn, "17614")
	if e.BirthDates[0] != (Date{Year: 1962, Month: 2, Day: 18}) || e.Titles[0] != "KOMID Representative in Iran" || e.Nationalities[0] != "Korea, North" || e.Programs[0] != "DPRK2" {
		t.Errorf("17614: %+v", e)
	}
	e = find(sdn, "306")
	if len(e.Names) < 3 || e.Names[len(e.Names)-1].Full != "BNC" || e.Names[len(e.Names)-1].Quality != QualityWeak {
		t.Errorf("306 weak alias: %+v", e.Names)
	}
	e = find(sdn, "12210")
	if e.Type != Organization || len(e.Programs) != 2 {
		t.Errorf("12210: %+v", e)
	}
	un := byName[ListUN]
	e = find(un, "KPi.024")
	if e.Names[0].Full != "KIM YONG CHOL" || len(e.Names) != 5 || e.BirthDates[0].Year != 1962 || e.Titles[0] != "KOMID Representative" {
		t.Errorf("KPi.024: %+v", e)
	}
}
