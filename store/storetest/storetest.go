// Package storetest is the test suite every implementation of store.Store
// must pass: store/sqlite runs it on a file and in memory, store/postgres
// on a real server.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/screen"
	"github.com/newsgraph/newsgraph/store"
)

// Run runs the suite. open must return an empty, open store; Run closes
// it.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		f    func(t *testing.T, s store.Store)
	}{
		{"Empty", testEmpty},
		{"RoundTrip", testRoundTrip},
		{"Replace", testReplace},
		{"ErrInvalid", testInvalid},
		{"FailedReplaceKeepsOld", testFailedReplace},
		{"Delete", testDelete},
		{"ScreenIndex", testScreenIndex},
		{"IndexSavedWithList", testIndexSavedWithList},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.f(t, s)
		})
	}
}

// Sample returns a small list with a person, an organisation and a
// vessel, exercising every field of the model.
func Sample(name string, n int) *screen.List {
	l := &screen.List{Name: name, Title: "Test list " + name, Format: screen.FormatOFACCSV, Date: "2021-07-16", Files: []string{"sdn.csv", "alt.csv"}}
	l.Entries = append(l.Entries,
		screen.Entry{ID: "12211", Type: screen.Person, Programs: []string{"DPRK"},
			Names: []screen.Name{
				{Full: "KIM, Yong Chol", Kind: screen.NamePrimary, Quality: screen.QualityStrong, Surname: "KIM", Given: "Yong Chol"},
				{Full: "KIM, Young-Chul", Kind: screen.NameAlias, Quality: screen.QualityStrong, Surname: "KIM", Given: "Young-Chul"},
				{Full: "김영철", Kind: screen.NameOriginal, Quality: screen.QualityStrong, Lang: "ko"},
			},
			BirthDates:  []screen.Date{{Year: 1947, Circa: true}, {Year: 1946, Circa: true}},
			BirthPlaces: []string{"Pyongan-Pukto, North Korea"}, Nationalities: []string{"Korea, North"},
			Gender: "Male", ListedOn: "2010-08-30", Remarks: "DOB circa 1947; alt. DOB circa 1946."},
		screen.Entry{ID: "12210", Type: screen.Organization, Programs: []string{"DPRK", "DPRK2"},
			Names:     []screen.Name{{Full: "RECONNAISSANCE GENERAL BUREAU", Kind: screen.NamePrimary, Quality: screen.QualityStrong}, {Full: "RGB", Kind: screen.NameAlias, Quality: screen.QualityWeak}},
			Addresses: []screen.Address{{Street: "Hyongjesan-Guyok", City: "Pyongyang", Country: "Korea, North"}}},
		screen.Entry{ID: "9001", Type: screen.Vessel, Names: []screen.Name{{Full: "ÇAĞLAR STAR", Kind: screen.NamePrimary, Quality: screen.QualityStrong}}, Titles: []string{"Tanker"}},
	)
	for i := range n {
		l.Entries = append(l.Entries, screen.Entry{ID: fmt.Sprintf("x%d", i), Type: screen.Organization,
			Names: []screen.Name{{Full: fmt.Sprintf("FILLER TRADING %d", i), Kind: screen.NamePrimary, Quality: screen.QualityStrong}}})
	}
	return l
}

func testEmpty(t *testing.T, s store.Store) {
	ctx := context.Background()
	infos, err := s.Lists(ctx)
	if err != nil || len(infos) != 0 {
		t.Fatalf("Lists = %v, %v; want none", infos, err)
	}
	if _, err := s.List(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("List(nope) error = %v, want ErrNotFound", err)
	}
	if err := s.DeleteList(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("DeleteList(nope) error = %v, want ErrNotFound", err)
	}
	ix, infos, err := store.ScreenIndex(ctx, s)
	if ix != nil || infos != nil || err != nil {
		t.Errorf("ScreenIndex on an empty store = %v, %v, %v", ix, infos, err)
	}
}

func testRoundTrip(t *testing.T, s store.Store) {
	ctx := context.Background()
	want := Sample("us-ofac-sdn", 0)
	before := time.Now().Add(-time.Second)
	info, err := s.ReplaceList(ctx, want)
	if err != nil {
		t.Fatal(err)
	}
	if info.Name != want.Name || info.Entries != 3 || info.Names != 6 || info.Date != "2021-07-16" || info.ImportedAt.Before(before.Truncate(time.Second)) {
		t.Errorf("info = %+v", info)
	}
	got, err := s.List(ctx, want.Name)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\ngot  %+v\nwant %+v", got, want)
	}
	infos, err := s.Lists(ctx)
	if err != nil || len(infos) != 1 || !reflect.DeepEqual(infos[0], info) {
		t.Errorf("Lists = %+v, %v; want [%+v]", infos, err, info)
	}
}

func testReplace(t *testing.T, s store.Store) {
	ctx := context.Background()
	if _, err := s.ReplaceList(ctx, Sample("un-sc", 5)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReplaceList(ctx, Sample("eu-fsf", 0)); err != nil {
		t.Fatal(err)
	}
	v2 := Sample("un-sc", 0)
	v2.Date = "2022-01-01"
	v2.Entries = v2.Entries[:1]
	if _, err := s.ReplaceList(ctx, v2); err != nil {
		t.Fatal(err)
	}
	got, err := s.List(ctx, "un-sc")
	if err != nil {
		t.Fatal(err)
	}
	if got.Date != "2022-01-01" || len(got.Entries) != 1 {
		t.Errorf("after replacing: date %s, %d entries; want 2022-01-01, 1", got.Date, len(got.Entries))
	}
	infos, _ := s.Lists(ctx)
	if len(infos) != 2 || infos[0].Name != "eu-fsf" || infos[1].Name != "un-sc" || infos[1].Entries != 1 {
		t.Errorf("Lists = %+v", infos)
	}
}

func testInvalid(t *testing.T, s store.Store) {
	ctx := context.Background()
	for name, l := range map[string]*screen.List{
		"no name":      {Entries: Sample("x", 0).Entries},
		"duplicate ID": {Name: "x", Entries: append(Sample("x", 0).Entries, Sample("x", 0).Entries[0])},
		"no names":     {Name: "x", Entries: []screen.Entry{{ID: "1"}}},
	} {
		if _, err := s.ReplaceList(ctx, l); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("%s: error = %v, want ErrInvalid", name, err)
		}
	}
}

// failingCtx reports cancellation from its n-th Err call on.
type failingCtx struct {
	context.Context
	n atomic.Int64
}

func (c *failingCtx) Err() error {
	if c.n.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

func testFailedReplace(t *testing.T, s store.Store) {
	ctx := context.Background()
	old := Sample("us-ofac-sdn", 10)
	if _, err := s.ReplaceList(ctx, old); err != nil {
		t.Fatal(err)
	}
	// A write that fails part-way: the old list must stay whole. (Stores
	// check the context at least every 256 entries.)
	for _, n := range []int64{1, 2, 4, 6} {
		fc := &failingCtx{Context: ctx}
		fc.n.Store(n)
		if _, err := s.ReplaceList(fc, Sample("us-ofac-sdn", 2000)); err == nil {
			t.Fatalf("n=%d: ReplaceList succeeded with a cancelled context", n)
		}
		got, err := s.List(ctx, "us-ofac-sdn")
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, old) {
			t.Fatalf("n=%d: the old list was changed by a failed replace (%d entries)", n, len(got.Entries))
		}
		// A saved index still matches the lists in force: ScreenIndex
		// uses it as it is.
		if k, _, err := s.IndexSnapshot(ctx); err == nil {
			if _, _, err := store.ScreenIndex(ctx, s); err != nil {
				t.Fatal(err)
			}
			if k2, _, err := s.IndexSnapshot(ctx); err != nil || k2 != k {
				t.Errorf("n=%d: after a failed replace, the saved index (key %q) does not match the lists (%q, %v)", n, k, k2, err)
			}
		}
	}
}

func testDelete(t *testing.T, s store.Store) {
	ctx := context.Background()
	if _, err := s.ReplaceList(ctx, Sample("un-sc", 0)); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteList(ctx, "un-sc"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.List(ctx, "un-sc"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("List after delete: %v, want ErrNotFound", err)
	}
	// The entries went with the list: storing it again works.
	if _, err := s.ReplaceList(ctx, Sample("un-sc", 0)); err != nil {
		t.Fatal(err)
	}
}

func testScreenIndex(t *testing.T, s store.Store) {
	ctx := context.Background()
	if _, err := s.ReplaceList(ctx, Sample("us-ofac-sdn", 3)); err != nil {
		t.Fatal(err)
	}
	// Built from the lists, then read from its snapshot: the same hits.
	for i := range 2 {
		ix, infos, err := store.ScreenIndex(ctx, s)
		if err != nil || ix == nil || len(infos) != 1 {
			t.Fatalf("ScreenIndex = %v, %v, %v", ix, infos, err)
		}
		ms := ix.Screen(screen.Query{Name: "Kim Yong-chol"}, screen.Options{})
		if len(ms) != 1 || ms[0].Entry.ID != "12211" || ms[0].Entry.BirthDates[0].Year != 1947 {
			t.Errorf("pass %d: screening the stored list: %+v", i, ms)
		}
		if _, _, err := s.IndexSnapshot(ctx); err != nil {
			t.Errorf("pass %d: no snapshot saved: %v", i, err)
		}
	}
	// The entries that matches need are loaded one by one.
	if e, err := s.Entry(ctx, "us-ofac-sdn", "12211"); err != nil || e.ID != "12211" || len(e.Names) == 0 {
		t.Errorf("Entry = %+v, %v", e, err)
	}
	if _, err := s.Entry(ctx, "us-ofac-sdn", "no such"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Entry of an unknown ID: %v, want ErrNotFound", err)
	}
	if _, err := s.Entry(ctx, "no such list", "12211"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Entry of an unknown list: %v, want ErrNotFound", err)
	}
	// A damaged snapshot, or one of an older layout, under the right key
	// is built again, never misread.
	key, _, err := s.IndexSnapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, junk := range []string{"junk", "NGSCREENIX1\x08screen-1\x00\x01", "NGSCRNIX\x02\x00\x00\x00damaged"} {
		if err := s.SaveIndexSnapshot(ctx, key, []byte(junk)); err != nil {
			t.Fatal(err)
		}
		ix, _, err := store.ScreenIndex(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		ms := ix.Screen(screen.Query{Name: "Kim Yong-chol"}, screen.Options{})
		if len(ms) != 1 || ms[0].Entry.ID != "12211" {
			t.Errorf("index rebuilt from a damaged snapshot %q: %+v", junk, ms)
		}
		if ms := ix.Screen(screen.Query{Name: "John Smith"}, screen.Options{}); len(ms) != 0 {
			t.Errorf("index rebuilt from a damaged snapshot %q: %+v", junk, ms)
		}
		if _, data, err := s.IndexSnapshot(ctx); err != nil || string(data) == junk {
			t.Errorf("the damaged snapshot was not replaced: %v", err)
		}
	}
	// A new list version replaces the snapshot (or deletes it), and the
	// index follows it.
	v2 := Sample("us-ofac-sdn", 0)
	v2.Entries = v2.Entries[1:]
	if _, err := s.ReplaceList(ctx, v2); err != nil {
		t.Fatal(err)
	}
	if k, _, err := s.IndexSnapshot(ctx); err == nil && k == key {
		t.Errorf("the snapshot of the old list is still saved under key %q", k)
	} else if err != nil && !errors.Is(err, store.ErrNotFound) {
		t.Fatal(err)
	}
	ix, _, err := store.ScreenIndex(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if ms := ix.Screen(screen.Query{Name: "Kim Yong-chol"}, screen.Options{}); len(ms) != 0 {
		t.Errorf("the index still holds a removed entry: %+v", ms)
	}
	if err := s.SaveIndexSnapshot(ctx, "k2", []byte("junk")); err != nil {
		t.Fatal(err)
	}
	if k, data, err := s.IndexSnapshot(ctx); err != nil || k != "k2" || string(data) != "junk" {
		t.Errorf("IndexSnapshot = %q, %q, %v", k, data, err)
	}
}

// The screening index is saved in the transaction that changes the lists:
// it is there, and matches them, as soon as a list is stored or removed.
func testIndexSavedWithList(t *testing.T, db store.Store) {
	ctx := context.Background()
	kim := func(want int) {
		t.Helper()
		key, data, err := db.IndexSnapshot(ctx)
		if err != nil {
			t.Fatalf("no index saved with the list: %v", err)
		}
		ix, err := screen.ReadIndex(data, func(list, id string) (*screen.Entry, error) { return db.Entry(ctx, list, id) })
		if err != nil {
			t.Fatal(err)
		}
		ms := ix.Screen(screen.Query{Name: "Kim Yong-chol"}, screen.Options{})
		if len(ms) != want {
			t.Fatalf("%d matches in the saved index, want %d: %+v", len(ms), want, ms)
		}
		for _, m := range ms {
			if m.Entry.ID != "12211" || len(m.Entry.BirthDates) == 0 {
				t.Errorf("entry not loaded: %+v", m.Entry)
			}
		}
		// ScreenIndex takes it as it is.
		if _, _, err := store.ScreenIndex(ctx, db); err != nil {
			t.Fatal(err)
		}
		if k, _, _ := db.IndexSnapshot(ctx); k != key {
			t.Errorf("ScreenIndex saved the index again (key %q, saved with the list %q)", k, key)
		}
	}
	if _, err := db.ReplaceList(ctx, Sample("us-ofac-sdn", 3)); err != nil {
		t.Fatal(err)
	}
	kim(1)
	if _, err := db.ReplaceList(ctx, Sample("un-sc", 3)); err != nil {
		t.Fatal(err)
	}
	kim(2)
	if err := db.DeleteList(ctx, "un-sc"); err != nil {
		t.Fatal(err)
	}
	kim(1)
	if err := db.DeleteList(ctx, "us-ofac-sdn"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.IndexSnapshot(ctx); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("an index saved with no list: %v", err)
	}
}
