package screen

import (
	"errors"
	"path/filepath"
	"reflect"
	"testing"
)

func fixtureIndex(t testing.TB) *Index {
	t.Helper()
	lists, err := ReadFiles([]string{filepath.Join("testdata", "ofac-csv"), filepath.Join("testdata", "un.xml"), filepath.Join("testdata", "eu.xml")})
	if err != nil {
		t.Fatal(err)
	}
	return NewIndex(lists...)
}

func TestSnapshotRoundTrip(t *testing.T) {
	ix := fixtureIndex(t)
	data, err := ix.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back, err := ReadIndex(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Lists(), ix.Lists()) {
		t.Errorf("lists %v, want %v", back.Lists(), ix.Lists())
	}
	for _, q := range []Query{
		{Name: "Kim Yong Chol", Context: Context{BornFrom: 1945, BornTo: 1946, BornWhy: "test"}},
		{Name: "Yongchul Kim", Type: Person}, {Name: "김영철"}, {Name: "Reconnaissance General Bureau"},
		{Name: "Ayman al-Zawahiri"}, {Name: "Беларуськалий"}, {Name: "Sergei Zubkov"},
	} {
		want := ix.Screen(q, Options{})
		got := back.Screen(q, Options{})
		if len(want) == 0 {
			t.Errorf("%s: no match in the fixtures", q.Name)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: from the snapshot\n%+v\nwant\n%+v", q.Name, got, want)
		}
	}
	for cut := 0; cut < len(data); cut += 97 {
		if _, err := ReadIndex(data[:cut]); !errors.Is(err, ErrSnapshot) {
			t.Fatalf("snapshot cut at %d: error %v, want ErrSnapshot", cut, err)
		}
	}
}

func FuzzReadIndex(f *testing.F) {
	data, err := fixtureIndex(f).MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Fuzz(func(t *testing.T, data []byte) {
		ix, err := ReadIndex(data)
		if err != nil {
			return
		}
		ix.Screen(Query{Name: "Kim Yong Chol", Context: Context{BornFrom: 1946, BornTo: 1946, Countries: []string{"KP"}, Descriptions: []string{"spy chief"}}}, Options{Threshold: 0.1})
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
	data, err := fixtureIndex(t).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := ReadIndex(data) // entries decoded lazily, concurrently
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
