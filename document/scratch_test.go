package document

import "testing"

type keyA struct{}
type keyB struct{}

func TestScratch(t *testing.T) {
	d := New("x")
	steps := []struct {
		set        any // key to set, nil: none
		value      any
		wantA      any
		wantB      any
		wantLength int
	}{
		{nil, nil, nil, nil, 0},
		{keyA{}, 1, 1, nil, 1},
		{keyB{}, "b", 1, "b", 2},
		{keyA{}, 2, 2, "b", 2},     // replaced, not added
		{keyA{}, nil, nil, "b", 1}, // removed
		{keyA{}, nil, nil, "b", 1}, // removing what is not there
	}
	for i, s := range steps {
		if s.set != nil {
			d.SetScratch(s.set, s.value)
		}
		if got := d.Scratch(keyA{}); got != s.wantA {
			t.Errorf("step %d: Scratch(keyA) = %v, want %v", i, got, s.wantA)
		}
		if got := d.Scratch(keyB{}); got != s.wantB {
			t.Errorf("step %d: Scratch(keyB) = %v, want %v", i, got, s.wantB)
		}
		if len(d.scratch) != s.wantLength {
			t.Errorf("step %d: %d items, want %d", i, len(d.scratch), s.wantLength)
		}
	}
	d.ClearScratch()
	if d.Scratch(keyB{}) != nil {
		t.Error("ClearScratch left keyB")
	}
	b, err := d.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	d.SetScratch(keyA{}, "not written")
	c, err := d.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != string(c) {
		t.Errorf("scratch changed the JSON form:\n%s\n%s", b, c)
	}
}
