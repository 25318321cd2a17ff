package relation

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// tableKeys returns n distinct keys drawn by a seeded generator, some
// sharing their top bits.
func tableKeys(n int, seed uint64) []uint64 {
	r := rand.New(rand.NewPCG(seed, 1))
	seen := map[uint64]bool{}
	var keys []uint64
	for len(keys) < n {
		k := r.Uint64()
		if len(keys)%3 == 1 {
			k = keys[len(keys)-1] ^ uint64(r.IntN(1000)) // same bucket
		}
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys
}

func TestTableFind(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys []uint64
	}{
		{"empty", nil},
		{"one", []uint64{42}},
		{"extremes", []uint64{0, 1, math.MaxUint64, math.MaxUint64 - 1, 1 << 63}},
		{"few", tableKeys(7, 1)},
		{"many", tableKeys(5000, 2)},
		{"one bucket", []uint64{5, 3, 9, 7, 1, 11, 13}},
	} {
		vals := map[uint64][]float32{}
		for i, k := range tc.keys {
			vals[k] = []float32{float32(i), -float32(i) / 3}
		}
		tab := tableOf(2, append([]uint64(nil), tc.keys...), func(k uint64) []float32 { return vals[k] })
		if tab.n != len(tc.keys) {
			t.Errorf("%s: %d features, want %d", tc.name, tab.n, len(tc.keys))
		}
		for _, k := range tc.keys {
			i := tab.find(k)
			if i < 0 || tab.key(i) != k || tab.val(i, 0) != vals[k][0] || tab.val(i, 1) != vals[k][1] {
				t.Errorf("%s: find(%#x) = %d", tc.name, k, i)
			}
		}
		for _, k := range append(tableKeys(200, 3), 2, 4, 6, 8, 10, 12, 14, math.MaxUint64-2) {
			if _, ok := vals[k]; !ok && tab.find(k) >= 0 {
				t.Errorf("%s: find(%#x) found a key the table lacks", tc.name, k)
			}
		}
	}
	var zero table
	if zero.find(1) != -1 {
		t.Error("the zero table finds a key")
	}
}

// TestReadTableDamaged checks that readTable refuses damaged tables.
func TestReadTableDamaged(t *testing.T) {
	keys := tableKeys(40, 4)
	good := appendTable(nil, 1, sortedCopy(keys), make([]float32, len(keys)))
	if _, err := readTable(good, 1); err != nil {
		t.Fatal(err)
	}
	le := binary.LittleEndian
	b := int(le.Uint32(good[4:]))
	idx := 8                // first index entry
	keyAt := 8 + 4*(1<<b+1) // first key
	setU32 := func(at int, v uint32) func([]byte) []byte {
		return func(d []byte) []byte { le.PutUint32(d[at:], v); return d }
	}
	for _, tc := range []struct {
		name   string
		damage func([]byte) []byte
	}{
		{"empty", func([]byte) []byte { return nil }},
		{"truncated header", func(d []byte) []byte { return d[:6] }},
		{"truncated", func(d []byte) []byte { return d[:len(d)-1] }},
		{"extra byte", func(d []byte) []byte { return append(d, 0) }},
		{"more features", setU32(0, 41)},
		{"huge count", setU32(0, math.MaxUint32)},
		{"too many bits", setU32(4, maxTableBits+1)},
		{"huge bits", setU32(4, math.MaxUint32)},
		{"index not from 0", setU32(idx, 1)},
		{"index not to n", setU32(idx+4*(1<<b), 39)},
		{"index backwards", setU32(idx+4, 41)},
		{"keys out of order", func(d []byte) []byte {
			k0, k1 := le.Uint64(d[keyAt:]), le.Uint64(d[keyAt+8:])
			le.PutUint64(d[keyAt:], k1)
			le.PutUint64(d[keyAt+8:], k0)
			return d
		}},
		{"duplicate key", func(d []byte) []byte { copy(d[keyAt+8:keyAt+16], d[keyAt:keyAt+8]); return d }},
		{"key in the wrong bucket", func(d []byte) []byte { le.PutUint64(d[keyAt:], math.MaxUint64); return d }},
	} {
		d := tc.damage(bytes.Clone(good))
		if _, err := readTable(d, 1); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
}

func sortedCopy(keys []uint64) []uint64 {
	return slices.Sorted(slices.Values(keys))
}

// writeModelV2 writes weights in version 2 of the pair model's format.
func writeModelV2(weights map[uint64][nClasses]float32, keys []uint64, threshold float64) []byte {
	le := binary.LittleEndian
	buf := []byte(modelMagicV2)
	buf = le.AppendUint64(buf, math.Float64bits(threshold))
	for range nClasses {
		buf = le.AppendUint64(buf, 0)
	}
	buf = le.AppendUint32(buf, uint32(len(keys)))
	for _, k := range keys {
		buf = le.AppendUint64(buf, k)
		for _, v := range weights[k] {
			buf = le.AppendUint32(buf, math.Float32bits(v))
		}
	}
	return buf
}

// TestModelVersions checks that a version 2 file and its rewriting in
// the current version give the same probabilities, bit for bit.
func TestModelVersions(t *testing.T) {
	keys := tableKeys(300, 5)
	weights := map[uint64][nClasses]float32{}
	for i, k := range keys {
		var w [nClasses]float32
		for c := range w {
			w[c] = float32(math.Sin(float64(i*nClasses + c)))
		}
		weights[k] = w
	}
	old, err := ReadModel(writeModelV2(weights, keys, 0.4))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := old.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte(modelMagic)) {
		t.Fatalf("Write wrote %q", buf.Bytes()[:len(modelMagic)])
	}
	cur, err := ReadModel(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if cur.Threshold != 0.4 || cur.tab.n != len(keys) {
		t.Fatalf("rewritten: threshold %v, %d features", cur.Threshold, cur.tab.n)
	}
	for i := 0; i+5 <= len(keys); i += 5 {
		feats := append(keys[i:i+5:i+5], 12345) // and one the model lacks
		// the map's sum, in the order of feats
		want := make([]float64, nClasses)
		for _, f := range feats {
			for c, v := range weights[f] {
				want[c] += float64(v)
			}
		}
		softmax(want)
		for _, m := range []*Model{old, cur} {
			got := m.probs(feats, nil)
			for c := range want {
				if math.Float64bits(got[c]) != math.Float64bits(want[c]) {
					t.Fatalf("features %d…: class %d: %v, want %v", i, c, got[c], want[c])
				}
			}
		}
	}
}

// TestArgModelVersions checks that a version 1 interaction model reads
// and rewrites to the same weights.
func TestArgModelVersions(t *testing.T) {
	le := binary.LittleEndian
	keys := sortedCopy(tableKeys(100, 6))
	buf := []byte(argModelMagicV1)
	buf = le.AppendUint64(buf, math.Float64bits(0.6))
	buf = le.AppendUint32(buf, uint32(len(keys)))
	for i, k := range keys {
		buf = le.AppendUint64(buf, k)
		buf = le.AppendUint32(buf, math.Float32bits(float32(i)+0.5))
	}
	old, err := ReadArgModel(buf)
	if err != nil {
		t.Fatal(err)
	}
	var w bytes.Buffer
	if err := old.Write(&w); err != nil {
		t.Fatal(err)
	}
	cur, err := ReadArgModel(w.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for i, k := range keys {
		if old.weight(k) != float32(i)+0.5 || cur.weight(k) != float32(i)+0.5 {
			t.Fatalf("weight of %#x: %v and %v, want %v", k, old.weight(k), cur.weight(k), float32(i)+0.5)
		}
	}
	if cur.Threshold != 0.6 || cur.weight(12345) != 0 {
		t.Errorf("threshold %v, weight of a missing feature %v", cur.Threshold, cur.weight(12345))
	}
	for _, bad := range [][]byte{nil, []byte(argModelMagic), buf[:len(buf)-1], w.Bytes()[:w.Len()-1]} {
		if _, err := ReadArgModel(bad); err == nil {
			t.Errorf("ReadArgModel read a damaged file of %d bytes", len(bad))
		}
	}
}

// FuzzReadModel reads arbitrary bytes as a pair model: it must give an
// error or a model whose features all look up, never panic.
func FuzzReadModel(f *testing.F) {
	f.Add(modelBin[:min(len(modelBin), 4096)])
	small := map[uint64][nClasses]float32{1: {1}, 1 << 62: {0, 1}, math.MaxUint64: {0, 0, 1}}
	var buf bytes.Buffer
	if err := newModel(small, 0.5, [nClasses]float64{}).Write(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add(writeModelV2(small, []uint64{1, 1 << 62, math.MaxUint64}, 0.5))
	f.Add([]byte(modelMagicV1 + "\x00\x00\x00\x00\x00\x00\xe0\x3f\x00\x00\x00\x00"))
	f.Add([]byte("garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadModel(data)
		if err != nil {
			return
		}
		for i := range m.tab.n {
			if j := m.tab.find(m.tab.key(i)); j != i {
				t.Fatalf("feature %d (%#x) found at %d", i, m.tab.key(i), j)
			}
		}
		m.probs([]uint64{0, 1, math.MaxUint64, 1 << 62}, nil)
		var buf bytes.Buffer
		if err := m.Write(&buf); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadModel(buf.Bytes()); err != nil {
			t.Fatalf("rewritten model does not read: %v", err)
		}
	})
}

// FuzzReadArgModel is FuzzReadModel for the interaction model.
func FuzzReadArgModel(f *testing.F) {
	f.Add(argModelBin[:min(len(argModelBin), 4096)])
	var buf bytes.Buffer
	if err := newArgModel(map[uint64]float32{1: 1, 1 << 63: -1}, 0.5).Write(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	buf.Reset()
	dep := newDepArgModel(map[uint64]float32{1: 1, 1 << 63: -1}, 0.5, map[string][]string{"rebuk": {Criticize}}, map[string]bool{"rebuk": true})
	if err := dep.Write(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(argModelMagicV1 + "\x00\x00\x00\x00\x00\x00\xe0\x3f\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadArgModel(data)
		if err != nil {
			return
		}
		for i := range m.tab.n {
			if math.Float32bits(m.weight(m.tab.key(i))) != math.Float32bits(m.tab.val(i, 0)) {
				t.Fatalf("feature %d: weight differs", i)
			}
		}
		var buf bytes.Buffer
		if err := m.Write(&buf); err != nil {
			t.Fatal(err)
		}
		back, err := ReadArgModel(buf.Bytes())
		if err != nil {
			t.Fatalf("rewritten model does not read: %v", err)
		}
		if back.Dep != m.Dep {
			t.Fatalf("rewritten model: Dep %v, want %v", back.Dep, m.Dep)
		}
		m.goldTypes("visit")
		m.live("visit")
	})
}

// BenchmarkModelLookup compares the pair model's table with the map the
// model used to be decoded into, over the model's own hashes (hits) and
// as many random ones (misses, as most of a pair's features are).
func BenchmarkModelLookup(b *testing.B) {
	m := DefaultModel()
	weights := make(map[uint64][nClasses]float32, m.tab.n)
	var keys []uint64
	for i := range m.tab.n {
		var w [nClasses]float32
		for c := range w {
			w[c] = m.tab.val(i, c)
		}
		weights[m.tab.key(i)] = w
		keys = append(keys, m.tab.key(i))
	}
	keys = append(keys, tableKeys(len(keys), 7)...)
	rand.New(rand.NewPCG(8, 1)).Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	b.Run("table", func(b *testing.B) {
		var sum float64
		for range b.N {
			for _, k := range keys {
				if i := m.tab.find(k); i >= 0 {
					sum += float64(m.tab.val(i, 1))
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(keys)), "ns/lookup")
	})
	b.Run("map", func(b *testing.B) {
		var sum float64
		for range b.N {
			for _, k := range keys {
				if w, ok := weights[k]; ok {
					sum += float64(w[1])
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(keys)), "ns/lookup")
	})
}

// TestReadInPlace checks that reading the embedded models copies nothing:
// a model's weights stay in the embedded bytes.
func TestReadInPlace(t *testing.T) {
	if n := testing.AllocsPerRun(5, func() { ReadModel(modelBin) }); n > 1 {
		t.Errorf("ReadModel: %v allocations, want 1 (the Model)", n)
	}
	if n := testing.AllocsPerRun(5, func() { ReadArgModel(argModelBin) }); n > 1 {
		t.Errorf("ReadArgModel: %v allocations, want 1 (the ArgModel)", n)
	}
	m := DefaultModel()
	if &m.tab.keys[0] != &modelBin[len(modelBin)-len(m.tab.keys)-len(m.tab.vals)] {
		t.Error("the pair model's hashes are not the embedded bytes")
	}
}
