package brat

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestReadSample(t *testing.T) {
	f, err := os.Open("testdata/sample.ann")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.TextBounds) != 6 {
		t.Fatalf("got %d text-bound annotations, want 6: %+v", len(a.TextBounds), a.TextBounds)
	}
	c := a.TextBound("T3")
	if c == nil || c.Label != "Content" || !reflect.DeepEqual(c.Fragments, []Fragment{{11, 20}, {25, 30}}) {
		t.Errorf("T3 = %+v", c)
	}
	if len(a.Events) != 2 {
		t.Fatalf("got %d events, want 2", len(a.Events))
	}
	e := a.Events[0]
	want := Event{ID: "E1", Type: "Attribution", Trigger: "T4", Args: []Arg{{"Content", "T3"}, {"Cue", "T2"}, {"Source", "T1"}}}
	if !reflect.DeepEqual(e, want) {
		t.Errorf("E1 = %+v, want %+v", e, want)
	}
	if a.Events[1].Type != "Attribution-no-source" || len(a.Events[1].Args) != 1 {
		t.Errorf("E2 = %+v", a.Events[1])
	}
	if a.Other["#"] != 1 || a.Other["R"] != 1 || a.Other[""] != 1 {
		t.Errorf("other lines = %v", a.Other)
	}
	if len(a.Errors) != 2 {
		t.Errorf("errors = %v, want the T7 and E3 lines", a.Errors)
	}
}

func TestReadRejectsBadRanges(t *testing.T) {
	for _, line := range []string{
		"T1\tSource 5 3\tx",
		"T1\tSource a b\tx",
		"T1\tSource 1 2;3\tx",
		"T1\tSource\tx",
		"T1\tSource -1 2\tx",
	} {
		a, err := Read(strings.NewReader(line + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		if len(a.TextBounds) != 0 || len(a.Errors) != 1 {
			t.Errorf("%q: text bounds %v, errors %v", line, a.TextBounds, a.Errors)
		}
	}
}

func FuzzRead(f *testing.F) {
	if data, err := os.ReadFile("testdata/sample.ann"); err == nil {
		f.Add(string(data))
	}
	f.Add("T1\tCue 1 2;3 4\tab\nE1\tA:T1 B:T2\n")
	f.Add("E1\tA:\nT\t \n\r\n")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Read(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, tb := range a.TextBounds {
			if len(tb.Fragments) == 0 {
				t.Fatalf("text bound without fragments: %+v", tb)
			}
			for _, fr := range tb.Fragments {
				if fr.Start < 0 || fr.End < fr.Start {
					t.Fatalf("bad fragment %+v", fr)
				}
			}
		}
		for _, ev := range a.Events {
			if ev.Type == "" {
				t.Fatalf("event without type: %+v", ev)
			}
		}
	})
}
