package relation

import (
	"bytes"
	"testing"
)

func TestModelRoundTrip(t *testing.T) {
	m := DefaultModel()
	if m == nil {
		t.Fatal("the embedded pair model does not read")
	}
	if len(m.weights) == 0 || m.Threshold <= 0 || m.Threshold >= 1 {
		t.Fatalf("embedded model: %d features, threshold %v", len(m.weights), m.Threshold)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	again, err := ReadModel(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(again.weights) != len(m.weights) || again.Threshold != m.Threshold {
		t.Errorf("round trip: %d features, threshold %v; want %d, %v", len(again.weights), again.Threshold, len(m.weights), m.Threshold)
	}
	for _, bad := range [][]byte{nil, []byte("not a model"), []byte(modelMagic), append([]byte(modelMagic), make([]byte, 11)...),
		append(append([]byte(modelMagic), make([]byte, 8)...), 1, 0, 0, 0)} {
		if _, err := ReadModel(bad); err == nil {
			t.Errorf("ReadModel(%q) gave no error", bad)
		}
	}
}

func TestInflect(t *testing.T) {
	for lemma, forms := range map[string][]string{
		"meet": {"meets", "met", "meeting"}, "accuse": {"accuses", "accused", "accusing"},
		"urge": {"urged", "urging"}, "slap": {"slapped", "slapping"}, "criticize": {"criticized", "criticizing"},
		"bomb": {"bombed", "bombing"}, "withdraw": {"withdrew", "withdrawn", "withdrawing"}, "ally": {"allies", "allied"},
	} {
		got := inflect(lemma)
		for _, f := range forms {
			if _, ok := got[f]; !ok {
				t.Errorf("inflect(%q) lacks %q: %v", lemma, f, got)
			}
		}
	}
	if f := inflect("withdraw")["withdrawn"]; !f.part || f.past {
		t.Errorf("withdrawn: %+v, want a participle", f)
	}
}

func BenchmarkReadModel(b *testing.B) {
	for range b.N {
		if _, err := ReadModel(modelBin); err != nil {
			b.Fatal(err)
		}
	}
}
