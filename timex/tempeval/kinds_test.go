package tempeval_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/timex/tempeval"
)

func TestShape(t *testing.T) {
	for v, want := range map[string]string{
		"1998-W08": "dddd-Wdd", "P3M": "PnM", "PT4.5H": "PTnH", "PAST_REF": "REF", "1989-QX": "dddd-QX", "XXXX-WXX-4": "XXXX-WXX-d",
	} {
		if got := tempeval.Shape(v); got != want {
			t.Errorf("Shape(%q) = %q, want %q", v, got, want)
		}
	}
}

func TestMismatchKind(t *testing.T) {
	cases := []struct{ gt, gv, pt, pv, want string }{
		{"DATE", "1997", "DURATION", "1997", tempeval.KindTypeOnly},
		{"DATE", "2000-W7", "DATE", "2000-W07", tempeval.KindFormat},
		{"DATE", "199X", "DATE", "199", tempeval.KindFormat},
		{"DATE", "1968-XX", "DATE", "1968", tempeval.KindFormat},
		{"TIME", "1989-10-27T24", "TIME", "1989-10-27T24:00", tempeval.KindFormat},
		{"DATE", "2000-01-05", "TIME", "2000-01-05TNI", tempeval.KindPartOfDay},
		{"DATE", "1989-WXX", "DATE", "1989-W43", tempeval.KindUnderspec},
		{"DATE", "PAST_REF", "DURATION", "PXY", tempeval.KindReference},
		{"DURATION", "P1W", "DATE", "1998-W33", tempeval.KindDurPoint},
		{"DATE", "1988-Q3", "DATE", "1988", tempeval.KindGranularity},
		{"DATE", "1990-08-09", "DATE", "1990-08-16", tempeval.KindAnchor},
		{"DURATION", "P12Y", "DURATION", "P13Y", tempeval.KindAmount},
		{"DATE", "1997-02", "DATE", "1998-02", tempeval.KindAnchor},
	}
	for _, c := range cases {
		if got := tempeval.MismatchKind(c.gt, c.gv, c.pt, c.pv); got != c.want {
			t.Errorf("%s %s / %s %s: got %q, want %q", c.gt, c.gv, c.pt, c.pv, got, c.want)
		}
	}
}
