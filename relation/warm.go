package relation

import (
	"github.com/newsgraph/newsgraph/country"
	"github.com/newsgraph/newsgraph/syntax"
)

// Warm opens the lexicon table (lexdata.bin) and loads the models Find
// uses on first use (a few ms of a process's first relation stage: the
// lexicons themselves are generated data), so that a caller
// can have them built while earlier stages run: analyze's relation step
// starts it in the background as its pipeline starts. It also has the
// country package build its demonym maps, on first use too, which the
// rules are the first stage to ask for (countryOf, namesCountry: a
// twentieth of the stage in a fresh process). Safe to call at any time
// and more than once.
func Warm() {
	lexIndex()
	DefaultModel()
	country.Demonym("")
	country.DemonymsOf("")
	syntax.Warm()
	if UseArgModel.Load() {
		DefaultArgModel()
	}
}
