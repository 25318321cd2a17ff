package timex

import (
	"testing"
	"time"
)

func TestDurationValue(t *testing.T) {
	for _, c := range []struct {
		amount float64
		unit   gran
		vague  bool
		want   string
	}{
		{4.5, gHour, false, "PT4H30M"},
		{72, gHour, false, "PT72H"},
		{2, gWeek, false, "P2W"},
		{1.5, gYear, false, "P1Y6M"},
		{0.5, gDay, false, "PT12H"},
		{2.5, gDay, false, "P2DT12H"},
		{15, gMonth, false, "P15M"},
		{1, gDecade, false, "P10Y"},
		{2, gCentury, false, "P200Y"},
		{1, gDecade, true, "PXE"},
		{1, gYear, true, "PXY"},
		{1, gMinute, true, "PTXM"},
		{1, gQuarter, false, "P1Q"},
		{0.3, gWeek, false, "P0.3W"},
	} {
		if got := durationValue(c.amount, c.unit, c.vague); got != c.want {
			t.Errorf("durationValue(%v, %v, %v) = %s, want %s", c.amount, c.unit, c.vague, got, c.want)
		}
	}
}

func TestInterval(t *testing.T) {
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Skip("no zone data")
	}
	for _, c := range []struct {
		value, zone string
		loc         *time.Location
		start, end  string
	}{
		{"2018-06-01", "", la, "2018-06-01T07:00:00Z", "2018-06-02T07:00:00Z"},
		{"2018-06-01", "", nil, "2018-06-01T00:00:00Z", "2018-06-02T00:00:00Z"},
		{"2018-04", "", time.UTC, "2018-04-01T00:00:00Z", "2018-05-01T00:00:00Z"},
		{"2018", "", time.UTC, "2018-01-01T00:00:00Z", "2019-01-01T00:00:00Z"},
		{"199", "", time.UTC, "1990-01-01T00:00:00Z", "2000-01-01T00:00:00Z"},
		{"19", "", time.UTC, "1900-01-01T00:00:00Z", "2000-01-01T00:00:00Z"},
		{"2018-Q3", "", time.UTC, "2018-07-01T00:00:00Z", "2018-10-01T00:00:00Z"},
		{"2018-H2", "", time.UTC, "2018-07-01T00:00:00Z", "2019-01-01T00:00:00Z"},
		{"2018-WI", "", time.UTC, "2017-12-01T00:00:00Z", "2018-03-01T00:00:00Z"},
		{"2018-W22", "", time.UTC, "2018-05-28T00:00:00Z", "2018-06-04T00:00:00Z"},
		{"2018-W21-WE", "", time.UTC, "2018-05-26T00:00:00Z", "2018-05-28T00:00:00Z"},
		{"2018-05-30TNI", "", la, "2018-05-31T01:00:00Z", "2018-05-31T07:00:00Z"},
		{"2018-05-31T16:05", "", la, "2018-05-31T23:05:00Z", "2018-05-31T23:06:00Z"},
		{"2018-05-31T16:00", "-04:00", la, "2018-05-31T20:00:00Z", "2018-05-31T20:01:00Z"},
	} {
		s, e, ok := Interval(c.value, c.loc, c.zone)
		if !ok || s.UTC().Format(time.RFC3339) != c.start || e.UTC().Format(time.RFC3339) != c.end {
			t.Errorf("Interval(%s) = %v %v %v, want %s %s", c.value, s.UTC(), e.UTC(), ok, c.start, c.end)
		}
	}
	for _, v := range []string{"", "XXXX-06-12", "PT72H", "PRESENT_REF", "2018-02-30", "2018-13", "2018-W54", "2018-Q5", "20x8", "2018-06-12T25:00"} {
		if _, _, ok := Interval(v, nil, ""); ok {
			t.Errorf("Interval(%q) gave an interval", v)
		}
	}
}
