package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/document"
)

func TestParseMachineDate(t *testing.T) {
	tests := []struct {
		in, want string
		dateOnly bool
	}{
		{"2018-05-31T05:55:00-07:00", "2018-05-31T05:55:00-07:00", false},
		{"2018-05-31T05:55:00.000Z", "2018-05-31T05:55:00Z", false},
		{"2018-05-31T05:55:00+0000", "2018-05-31T05:55:00Z", false},
		{"2018-05-31 05:55:00", "2018-05-31T05:55:00Z", false},
		{"Thu, 31 May 2018 05:55:00 GMT", "2018-05-31T05:55:00Z", false},
		{"2018-05-31", "2018-05-31T00:00:00Z", true},
		{"20180531", "2018-05-31T00:00:00Z", true},
		{"2018-05-31T05:55:00 something", "2018-05-31T00:00:00Z", true},
	}
	for _, tt := range tests {
		got, ok := parseMachineDate(tt.in)
		if !ok || got.Format(time.RFC3339) != tt.want || got.DateOnly != tt.dateOnly {
			t.Errorf("parseMachineDate(%q) = %v %v %v, want %s %v", tt.in, got, got.DateOnly, ok, tt.want, tt.dateOnly)
		}
	}
	for _, bad := range []string{"", "yesterday", "2018-13-45", "555-0100", "2018-02-30"} {
		if got, ok := parseMachineDate(bad); ok {
			t.Errorf("parseMachineDate(%q) = %v, want failure", bad, got)
		}
	}
}

func TestParseHumanDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Published May 31, 2018 at 5:55 a.m.", "2018-05-31"},
		{"Thursday 31 May 2018", "2018-05-31"},
		{"31. Mai 2018, 10:00 Uhr", "2018-05-31"},
		{"Sept. 4, 2019", "2019-09-04"},
		{"updated 2020-01-02", "2020-01-02"},
	}
	for _, tt := range tests {
		got, ok := parseHumanDate(tt.in)
		if !ok || got.Format("2006-01-02") != tt.want {
			t.Errorf("parseHumanDate(%q) = %v %v, want %s", tt.in, got, ok, tt.want)
		}
	}
	for _, bad := range []string{"Call 202-555-0199", "5/31/2018", "phone 2019 555 0100", "room 2018-55-12"} {
		if got, ok := parseHumanDate(bad); ok {
			t.Errorf("parseHumanDate(%q) = %v, want none", bad, got)
		}
	}
}

func TestDateFromURL(t *testing.T) {
	tests := []struct{ path, want string }{
		{"/2018/05/31/world/story.html", "2018-05-31"},
		{"/news/2018-05-31-summit", "2018-05-31"},
		{"/story_20180531_summit", "2018-05-31"},
		{"/2018/05/story", ""},
		{"/id/201805311234567", ""},
	}
	for _, tt := range tests {
		got, ok := dateFromURL(tt.path)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != tt.want {
			t.Errorf("dateFromURL(%q) = %q, want %q", tt.path, s, tt.want)
		}
	}
}

func TestPlausible(t *testing.T) {
	f := time.Date(2021, 3, 20, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		t    document.Time
		want bool
	}{
		{document.Time{Time: f.Add(-time.Hour)}, true},
		{document.Time{Time: f.Add(time.Hour)}, false},
		{document.Time{Time: time.Date(2021, 3, 21, 0, 0, 0, 0, time.UTC), DateOnly: true}, true},
		{document.Time{Time: time.Date(2021, 3, 22, 0, 0, 0, 0, time.UTC), DateOnly: true}, false},
		{document.Time{Time: time.Date(1985, 1, 1, 0, 0, 0, 0, time.UTC)}, false},
	}
	for _, tt := range tests {
		if got := plausible(tt.t, f); got != tt.want {
			t.Errorf("plausible(%v) = %v, want %v", tt.t, got, tt.want)
		}
	}
}
