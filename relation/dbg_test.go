package relation_test

import "testing"

func TestDbg(t *testing.T) {
	for _, s := range []string{
		`"We will not accept this," [Trump|PER] said, criticizing [Putin|PER].`,
		`[Trump|PER] said, criticizing [Putin|PER].`,
	} {
		doc := analyzeText(t, s)
		t.Log(s, pairs(doc, "criticize"))
	}
}
