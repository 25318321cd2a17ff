package relation

import (
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// TestOtherPersonBefore checks the guard on a judged pronoun: "Lisa Moore
// said that as Ken Ward was never there, he could not judge" with "he"
// resolved to a third person (E3) is refused; resolved to Ken Ward (E2),
// or with no other person before it, it stands.
func TestOtherPersonBefore(t *testing.T) {
	speaker := arg{first: 0, last: 1, ent: "E1", typ: document.PER}
	ward := arg{first: 5, last: 6, ent: "E2", typ: document.PER}
	s := &sentence{args: []arg{speaker, ward}}
	if !s.otherPersonBefore(&arg{first: 11, last: 11, ent: "E3", typ: "PRON"}, &speaker) {
		t.Error("he → E3 after Ken Ward: want refused")
	}
	if s.otherPersonBefore(&arg{first: 11, last: 11, ent: "E2", typ: "PRON"}, &speaker) {
		t.Error("he → Ken Ward: want kept")
	}
	alone := &sentence{args: []arg{speaker}}
	if alone.otherPersonBefore(&arg{first: 4, last: 4, ent: "E3", typ: "PRON"}, &speaker) {
		t.Error("no other person: want kept")
	}
}
