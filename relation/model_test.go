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
	if m.tab.n == 0 || m.Threshold <= 0 || m.Threshold >= 1 {
		t.Fatalf("embedded model: %d features, threshold %v", m.tab.n, m.Threshold)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	again, err := ReadModel(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if again.tab.n != m.tab.n || again.Threshold != m.Threshold || again.Thresholds != m.Thresholds {
		t.Errorf("round trip: %d features, thresholds %v %v; want %d, %v %v", again.tab.n, again.Threshold, again.Thresholds,
			m.tab.n, m.Threshold, m.Thresholds)
	}
	header := 8 + 8*nClasses
	for _, bad := range [][]byte{nil, []byte("not a model"), []byte(modelMagic), append([]byte(modelMagic), make([]byte, header+3)...),
		append(append([]byte(modelMagic), make([]byte, header)...), 1, 0, 0, 0),
		append(append([]byte(modelMagicV1), make([]byte, 8)...), 1, 0, 0, 0)} {
		if _, err := ReadModel(bad); err == nil {
			t.Errorf("ReadModel(%q) gave no error", bad)
		}
	}
}

func TestModelThresholds(t *testing.T) {
	// a version 1 file: threshold 0.35, no features; its lives_in needs 0.8
	v1 := append([]byte(modelMagicV1), 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0xd6, 0x3f, 0, 0, 0, 0)
	m, err := ReadModel(v1)
	if err != nil {
		t.Fatal(err)
	}
	lives, kill := classIndex(LivesIn), classIndex(Kill)
	if m.need(lives) != 0.8 || m.need(kill) != 0.35 {
		t.Errorf("version 1: lives_in needs %v, kill %v; want 0.8, 0.35", m.need(lives), m.need(kill))
	}
	p := make([]float64, nClasses)
	p[lives] = 0.7
	if got := m.best(p, "PER", "LOC"); got != "" {
		t.Errorf("lives_in at 0.7 under 0.8: %q", got)
	}
	m.SetThreshold(0.5)
	if got := m.best(p, "PER", "LOC"); got != LivesIn {
		t.Errorf("lives_in at 0.7 under 0.5: %q", got)
	}
	if got := m.best(p, "PER", "ORG"); got != "" {
		t.Errorf("a person and an organisation cannot live in each other: %q", got)
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
			if _, ok := got.get(f); !ok {
				t.Errorf("inflect(%q) lacks %q: %v", lemma, f, got.all())
			}
		}
	}
	v := inflect("withdraw")
	if f, _ := v.get("withdrawn"); !f.part || f.past {
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

func TestHeldOutF1(t *testing.T) {
	role, lives := classIndex(Role), classIndex(LivesIn)
	m := &Model{Threshold: 0.5}
	m.Thresholds[lives] = 0.8
	for _, tc := range []struct {
		name string
		data []pairInst
		prob []float64
		want float64
	}{
		{"one right", []pairInst{{label: role, class: role, ok: true}}, []float64{0.6}, 100},
		{"under threshold", []pairInst{{label: role, class: role, ok: true}}, []float64{0.4}, 0},
		{"not allowed", []pairInst{{label: role, class: role}}, []float64{0.9}, 0},
		// right, wrong (a pair with no relation), missed (lives_in under
		// its own 0.8): tp 1, fp 1, fn 1
		{"mixed", []pairInst{{label: role, class: role, ok: true}, {class: role, ok: true}, {label: lives, class: lives, ok: true}},
			[]float64{0.9, 0.7, 0.7}, 50},
	} {
		if got := heldOutF1(tc.data, tc.prob, m); got < tc.want-0.01 || got > tc.want+0.01 {
			t.Errorf("%s: F1 %.2f, want %.2f", tc.name, got, tc.want)
		}
	}
}

func TestFitAveragesRuns(t *testing.T) {
	role := classIndex(Role)
	data := []pairInst{{feats: []int{0, 1}, label: role, class: role, ok: true}, {feats: []int{0, 2}, class: role, ok: true},
		{feats: []int{0, 1, 2}, label: role, class: role, ok: true}}
	opt := TrainOptions{Epochs: 3, Rate: 0.1, L2: 1e-4, Seed: 7}
	all := func(*pairInst) bool { return true }
	// each run shuffles on from the order the one before left
	var ptrs []*pairInst
	for i := range data {
		ptrs = append(ptrs, &data[i])
	}
	var single [2][]float64
	for run := range 2 {
		w, err := fitOnce(t.Context(), ptrs, 3, opt, opt.Seed+uint64(run))
		if err != nil {
			t.Fatal(err)
		}
		single[run] = w
	}
	opt.Runs = 2
	avg, err := fit(t.Context(), data, 3, opt, all)
	if err != nil {
		t.Fatal(err)
	}
	for i := range avg {
		if want := (single[0][i] + single[1][i]) / 2; avg[i] < want-1e-9 || avg[i] > want+1e-9 {
			t.Fatalf("weight %d: %v, want the mean %v", i, avg[i], want)
		}
	}
	if avg[1*nClasses+role] <= 0 {
		t.Errorf("feature 1 (only in role pairs) has role weight %v, want > 0", avg[1*nClasses+role])
	}
}

func BenchmarkReadArgModel(b *testing.B) {
	for range b.N {
		if _, err := ReadArgModel(argModelBin); err != nil {
			b.Fatal(err)
		}
	}
}
