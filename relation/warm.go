package relation

import "github.com/newsgraph/newsgraph/syntax"

// Warm builds the lexicons and loads the models Find uses on first use
// (about 10–20 ms of a process's first relation stage), so that a caller
// can have them built while earlier stages run: analyze's relation step
// starts it in the background as its pipeline starts. Safe to call at any
// time and more than once.
func Warm() {
	lex()
	fbLex()
	lexIndex()
	DefaultModel()
	syntax.Warm()
	if UseArgModel.Load() {
		DefaultArgModel()
	}
}
