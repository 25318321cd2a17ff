package evalset

import (
	"path/filepath"
	"time"

	"github.com/newsgraph/newsgraph/internal/cputime"
	"github.com/newsgraph/newsgraph/screen"
)

// LoadLists reads the full OFAC SDN and UN lists under data
// (../shared/data).
func LoadLists(data string) ([]*screen.List, error) {
	return screen.ReadFiles([]string{
		filepath.Join(data, "sanctions", "ofac-2021"),
		filepath.Join(data, "sanctions", "un"),
	})
}

// WithoutOriginalScript copies lists without the names the lists give in
// their original script, so that those names are matched through
// transliteration, not found verbatim.
func WithoutOriginalScript(lists []*screen.List) []*screen.List {
	out := make([]*screen.List, len(lists))
	for i, l := range lists {
		c := *l
		c.Entries = make([]screen.Entry, len(l.Entries))
		for j, e := range l.Entries {
			var names []screen.Name
			for _, n := range e.Names {
				if n.Kind != screen.NameOriginal {
					names = append(names, n)
				}
			}
			e.Names = names
			c.Entries[j] = e
		}
		out[i] = &c
	}
	return out
}

// Newsgraph returns newsgraph's matcher at threshold as an evaluation
// matcher.
func Newsgraph(ix *screen.Index, threshold float64) func(Query) []Result {
	return func(q Query) []Result {
		var out []Result
		for _, m := range ix.Screen(screen.Query{Name: q.Name, Type: q.Type}, screen.Options{Threshold: threshold, Limit: 20}) {
			out = append(out, Result{m.List, m.Entry.ID, m.Name.Full})
		}
		return out
	}
}

// Timed runs f and returns the CPU time (user and system) and the wall
// time it took. Where the system does not report CPU time, both are the
// wall time.
func Timed(f func()) (cpu, wall time.Duration) {
	c0 := cputime.Process()
	t0 := time.Now()
	f()
	wall = time.Since(t0)
	cpu = cputime.Process() - c0
	if cpu <= 0 {
		cpu = wall
	}
	return cpu, wall
}
