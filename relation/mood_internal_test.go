package relation

import (
	"testing"
	"time"
)

// TestDateAfter checks which TimeML date values begin after a
// publication day (Thursday 2019-03-14, in ISO week 11).
func TestDateAfter(t *testing.T) {
	pub := time.Date(2019, 3, 14, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		value string
		want  bool
	}{
		{"2019-03-15", true}, {"2019-03-14", false}, {"2019-03-13T10:00", false}, {"2019-03-15T08:00", true},
		{"2019-W12", true}, {"2019-W11", false}, {"2019-W10", false}, {"2020-W01", true},
		{"2019-04", true}, {"2019-03", false}, {"2020", true}, {"2019", false},
		{"PRESENT_REF", false}, {"2019-W99", false}, {"", false}, {"XXXX-03-20", false},
	} {
		if got := dateAfter(c.value, pub); got != c.want {
			t.Errorf("dateAfter(%q) = %v, want %v", c.value, got, c.want)
		}
	}
}
