package timex_test

import (
	"context"
	"regexp"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/timex"
	"github.com/newsgraph/newsgraph/tokenize"
)

var (
	pointValue    = regexp.MustCompile(`^([0-9X]{2,3}|[0-9X]{4}(-(Q[1-4X]|H[12X]|SP|SU|FA|WI|W[0-9X]{2}(-([1-7]|WE))?|[0-9X]{2}(-[0-9X]{2})?))?)(T([0-9]{2}:[0-9]{2}|24:00|MO|AF|EV|NI|DT|MI))?$`)
	durationValue = regexp.MustCompile(`^P(([0-9]+(\.[0-9]+)?|X)[YMWDQECL]|WE)*(T(([0-9]+(\.[0-9]+)?|X)[HMS])+)?$`)
)

// validValue reports whether v is a value of TimeML's forms.
func validValue(v string) bool {
	switch v {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return true
	}
	return v != "P" && v != "PT" && (pointValue.MatchString(v) || durationValue.MatchString(v))
}

// FuzzTag checks that any text tags without a panic into spans that lie
// in the text, in order and apart, with a type and a well-formed value.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"They met on Friday and will meet again June 12, 2018 at 4 p.m. EDT.",
		"less than a day later, in the last 72 hours, about 4½ hours, 5 1/2 hours",
		"the 1990s, the late 1970s, mid-1990s, '90s, fiscal 2019, FY19, Q3 2019",
		"Call 555-1234; see http://x.com/2018/05/31; $1,990; 25:99; February 30, 2018; the year 99999",
		"nineteen ninety-six, the winter of nineteen ninety-four, the 20th century",
		"every week, each Thursday, twice a year, daily, Mondays, Monday nights",
		"the year-ago quarter, the 1988 period, a year earlier, year-end, the latest period",
		"6/12/18 2018-05-31T05:55:00Z 12.06.2018 10:35a.m. 8pm 0735 GMT",
		"\u00a0\u200b Ｆｒｉｄａｙ ½ ¾ 2018-02-30 99/99/99 00:00 24:00 -1 --- ''",
		"today's youth, the people of tomorrow, of today's, the near term, a later date, day-long, decades-long, a 20th century, 11th-century",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, withRef bool) {
		if !utf8.ValidString(text) || len(text) > 1<<14 {
			return
		}
		doc := document.New(text)
		if withRef {
			doc.Meta.Published, _ = document.ParseTime("2018-05-31T05:55:00-07:00")
		}
		_ = tokenize.Process(context.Background(), doc)
		prev := 0
		for _, x := range timex.Tag(doc) {
			if x.Start < prev || x.End <= x.Start || x.End > len(text) {
				t.Fatalf("bad span [%d, %d) after %d in %q", x.Start, x.End, prev, text)
			}
			prev = x.End
			if x.Text != text[x.Start:x.End] {
				t.Fatalf("text %q does not match its span in %q", x.Text, text)
			}
			switch x.Type {
			case document.DATE, document.TIME, document.DURATION, document.SET:
			default:
				t.Fatalf("bad type %q for %q", x.Type, x.Text)
			}
			if !validValue(x.Value) {
				t.Fatalf("bad value %q for %q in %q", x.Value, x.Text, text)
			}
		}
	})
}
