package screen

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func fixtureLists(t testing.TB) []*List {
	t.Helper()
	lists, err := ReadFiles([]string{filepath.Join("testdata", "ofac-csv"), filepath.Join("testdata", "un.xml"), filepath.Join("testdata", "eu.xml")})
	if err != nil {
		t.Fatal(err)
	}
	return lists
}

func fixtureIndex(t testing.TB) *Index { return NewIndex(fixtureLists(t)...) }

// loaderOf finds entries in lists, as a store does.
func loaderOf(lists []*List) EntryLoader {
	return func(list, id string) (*Entry, error) {
		for _, l := range lists {
			if l.Name != list {
				continue
			}
			for i := range l.Entries {
				if l.Entries[i].ID == id {
					return &l.Entries[i], nil
				}
			}
		}
		return nil, errors.New("no such entry")
	}
}

// sampleQueries are names of the fixtures, variants and misses.
func sampleQueries(lists []*List) []Query {
	qs := []Query{
		{Name: "Kim Yong Chol", Context: Context{BornFrom: 1945, BornTo: 1946, BornWhy: "test", Countries: []string{"KP"}, Descriptions: []string{"spy chief"}}},
		{Name: "Yongchul Kim", Type: Person}, {Name: "김영철"}, {Name: "Reconnaissance General Bureau"},
		{Name: "Ayman al-Zawahiri"}, {Name: "Беларуськалий"}, {Name: "Sergei Zubkov"}, {Name: "Sergey Zubkow"},
		{Name: "Reconaissance Generl Bureau"}, {Name: "John Smith"}, {Name: "General Trading Company"},
	}
	for _, l := range lists {
		for _, e := range l.Entries {
			for _, n := range e.Names {
				qs = append(qs, Query{Name: n.Full}, Query{Name: strings.ToLower(n.Full), Type: e.Type})
			}
		}
	}
	return qs
}

// A snapshot loads into an index that screens as the index built from the
// lists does, entries included.
func TestSnapshotRoundTrip(t *testing.T) {
	lists := fixtureLists(t)
	ix := NewIndex(lists...)
	data, err := ix.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back, err := ReadIndex(data, loaderOf(fixtureLists(t)))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Lists(), ix.Lists()) {
		t.Errorf("lists %v, want %v", back.Lists(), ix.Lists())
	}
	if back.String() != ix.String() {
		t.Errorf("%s, want %s", back, ix)
	}
	// Misaligned bytes are copied, not misread.
	odd := append([]byte{0}, data...)[1:]
	shifted, err := ReadIndex(odd, loaderOf(lists))
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, q := range sampleQueries(lists) {
		want := ix.Screen(q, Options{})
		found += len(want)
		if got := back.Screen(q, Options{}); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: from the snapshot\n%+v\nwant\n%+v", q.Name, got, want)
		}
		if got := shifted.Screen(q, Options{}); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: from misaligned bytes\n%+v\nwant\n%+v", q.Name, got, want)
		}
	}
	if found < 100 {
		t.Errorf("only %d matches on the sample", found)
	}
	again, _ := back.MarshalBinary()
	if !bytes.Equal(again, data) {
		t.Errorf("a loaded index marshals to other bytes")
	}
}

// Without a loader, or when it fails, a match still says which entry it
// is, and that it could not be loaded.
func TestSnapshotNoLoader(t *testing.T) {
	data, _ := fixtureIndex(t).MarshalBinary()
	ix, err := ReadIndex(data, func(list, id string) (*Entry, error) { return nil, errors.New("database closed") })
	if err != nil {
		t.Fatal(err)
	}
	ms := ix.Screen(Query{Name: "Ayman al-Zawahiri"}, Options{})
	if len(ms) != 1 {
		t.Fatalf("%d matches", len(ms))
	}
	m := ms[0]
	if m.Entry.ID == "" || len(m.Entry.Names) == 0 || !strings.Contains(m.Entry.Remarks, "database closed") || m.Name.Full != "al zawahiri ayman" || m.Score != 1 {
		t.Errorf("%+v %+v", m, m.Entry)
	}
}

// An entry is loaded again after a failure, and an entry that is not the
// one indexed any more (its list was replaced since) is not shown as if
// it were.
func TestSnapshotLoaderRetriesAndChecks(t *testing.T) {
	lists := fixtureLists(t)
	data, _ := NewIndex(lists...).MarshalBinary()
	fail := true
	find := loaderOf(lists)
	ix, err := ReadIndex(data, func(list, id string) (*Entry, error) {
		if fail {
			return nil, errors.New("database is busy")
		}
		return find(list, id)
	})
	if err != nil {
		t.Fatal(err)
	}
	q := Query{Name: "Ayman al-Zawahiri"}
	if ms := ix.Screen(q, Options{}); len(ms) != 1 || !strings.Contains(ms[0].Entry.Remarks, "busy") {
		t.Fatalf("with a failing loader: %+v", ms)
	}
	fail = false
	ms := ix.Screen(q, Options{})
	if len(ms) != 1 || ms[0].Name.Full != "AL ZAWAHIRI, Dr. Ayman" || len(ms[0].Entry.BirthDates) == 0 {
		t.Fatalf("once the loader works: %+v", ms)
	}

	// The store now holds another entry under the same ID.
	changed := func(list, id string) (*Entry, error) {
		e, err := find(list, id)
		if err != nil {
			return nil, err
		}
		c := *e
		c.Names = slices.Clone(e.Names)
		c.Names[0].Full, c.Names[0].Surname, c.Names[0].Given = "SMITH, John", "SMITH", "John"
		return &c, nil
	}
	ix, err = ReadIndex(data, changed)
	if err != nil {
		t.Fatal(err)
	}
	ms = ix.Screen(q, Options{})
	if len(ms) != 1 || !strings.Contains(ms[0].Entry.Remarks, "changed since the index") || strings.Contains(ms[0].Name.Full, "SMITH") {
		t.Fatalf("an entry changed in the store: %+v", ms)
	}
	ix, _ = ReadIndex(data, func(list, id string) (*Entry, error) { return find(list, "12211") })
	if ms = ix.Screen(q, Options{}); len(ms) != 1 || ms[0].Entry.ID == "12211" {
		t.Fatalf("the store returned another entry: %+v", ms)
	}
}

// resum rewrites a snapshot's checksum, as a damaged file would not.
func resum(data []byte) []byte {
	data = bytes.Clone(data)
	if len(data) >= 16 {
		binary.LittleEndian.PutUint32(data[12:], crc32.Checksum(data[16:], castagnoli()))
	}
	return data
}

// A damaged or older snapshot is rejected, never misread.
func TestSnapshotRejected(t *testing.T) {
	data, err := fixtureIndex(t).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for cut := 0; cut < len(data); cut += 97 {
		if _, err := ReadIndex(data[:cut], nil); !errors.Is(err, ErrSnapshot) {
			t.Fatalf("snapshot cut at %d: error %v, want ErrSnapshot", cut, err)
		}
	}
	for i := 0; i < len(data); i += 13 {
		bad := bytes.Clone(data)
		bad[i] ^= 0x20
		if _, err := ReadIndex(bad, nil); !errors.Is(err, ErrSnapshot) {
			t.Fatalf("byte %d changed: error %v, want ErrSnapshot", i, err)
		}
	}
	le := binary.LittleEndian
	section := func(i int) (int, int) { return int(le.Uint32(data[16+8*i:])), int(le.Uint32(data[16+8*i+4:])) }
	cases := map[string][]byte{
		"empty":                  nil,
		"the layout of screen-1": append([]byte("NGSCREENIX1\x08screen-1"), data[20:]...),
	}
	older := bytes.Clone(data)
	le.PutUint32(older[8:], indexFormat-1)
	cases["an older layout"] = resum(older)
	matcher := bytes.Clone(data)
	off, n := section(secMeta)
	meta := matcher[off : off+n]
	k := bytes.Index(meta, []byte(Version))
	if k < 0 {
		t.Fatalf("no matcher version in %s", meta)
	}
	meta[k+len(Version)-1]++
	cases["another matcher"] = resum(matcher)
	// Checksums right, contents wrong.
	posting := bytes.Clone(data)
	off, _ = section(secPosts)
	le.PutUint32(posting[off:], 0xffffff00)
	cases["a posting out of range"] = resum(posting)
	word := bytes.Clone(data)
	off, _ = section(secNameToks)
	le.PutUint32(word[off:], 1<<30)
	cases["a name's word out of range"] = resum(word)
	str := bytes.Clone(data)
	off, _ = section(secWords)
	le.PutUint32(str[off:], 1<<30)
	cases["a string out of range"] = resum(str)
	secs := bytes.Clone(data)
	le.PutUint32(secs[16+8*secDelStart+4:], 1<<30)
	cases["a section out of bounds"] = resum(secs)
	for name, bad := range cases {
		if _, err := ReadIndex(bad, nil); !errors.Is(err, ErrSnapshot) {
			t.Errorf("%s: error %v, want ErrSnapshot", name, err)
		}
	}
}

// FuzzReadIndex reads snapshots a user may hand us: no panic, and an
// index that loads screens without failing. The checksum is set right
// first, so that the fuzzer reaches the checks behind it.
func FuzzReadIndex(f *testing.F) {
	data, err := fixtureIndex(f).MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add(data[:headerSize])
	f.Fuzz(func(t *testing.T, data []byte) {
		ReadIndex(data, nil)
		ix, err := ReadIndex(resum(data), nil)
		if err != nil {
			return
		}
		for _, q := range []string{"Kim Yong Chol", "Yongchul", "Reconaissance Generl Bureau", "محمد"} {
			ix.Screen(Query{Name: q, Context: Context{BornFrom: 1946, BornTo: 1946, Countries: []string{"KP"}, Descriptions: []string{"spy chief"}}}, Options{Threshold: 0.1})
		}
	})
}

// FuzzScreen screens arbitrary names: no panic, scores in [0, 1].
func FuzzScreen(f *testing.F) {
	ix := fixtureIndex(f)
	for _, s := range []string{"Kim Yong Chol", "KIM, Yong-chol", "김영철", "محمد", "Ким", "E. S. Co.", "", "a-b-c-d", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		for _, m := range ix.Screen(Query{Name: name}, Options{Threshold: 0.3}) {
			if m.Score < 0 || m.Score > 1 || m.NameScore < 0.3 || m.NameScore > 1 || m.Explanation == "" {
				t.Fatalf("%q: %+v", name, m)
			}
		}
	})
}

// An index is used by many goroutines at once (go test -race).
func TestScreenConcurrent(t *testing.T) {
	lists := fixtureLists(t)
	data, err := NewIndex(lists...).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := ReadIndex(data, loaderOf(lists)) // entries loaded lazily, concurrently
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan []Match)
	for range 8 {
		go func() {
			done <- ix.Screen(Query{Name: "Kim Yong Chol", Context: Context{BornFrom: 1946, BornTo: 1946, Countries: []string{"KP"}}}, Options{})
		}()
	}
	first := <-done
	for range 7 {
		if got := <-done; !reflect.DeepEqual(got, first) {
			t.Errorf("concurrent results differ")
		}
	}
	if len(first) < 3 {
		t.Errorf("%d matches", len(first))
	}
}

// Indexes with nothing to find build, save and load.
func TestSnapshotEmpty(t *testing.T) {
	for _, lists := range [][]*List{
		nil,
		{{Name: "empty"}},
		{{Name: "no words", Entries: []Entry{{ID: "1", Type: Person, Names: []Name{{Full: "---"}}}}}},
	} {
		ix := NewIndex(lists...)
		data, err := ix.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		back, err := ReadIndex(data, nil)
		if err != nil {
			t.Fatalf("%d lists: %v", len(lists), err)
		}
		if ms := back.Screen(Query{Name: "Kim Yong Chol"}, Options{}); len(ms) != 0 || len(back.Lists()) != len(lists) {
			t.Errorf("%d lists: %v, %+v", len(lists), back, ms)
		}
	}
}
