package wordcluster

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// randomCorpus returns sentences over a Zipf-distributed vocabulary, with a
// few word classes that follow each other, so that clustering has
// structure to find.
func randomCorpus(seed uint64, sentences, vocab int) *Corpus {
	r := rand.New(rand.NewPCG(seed, 1))
	z := rand.NewZipf(r, 1.2, 2, uint64(vocab-1))
	var c Corpus
	for range sentences {
		n := 3 + r.IntN(10)
		s := make([]string, n)
		for i := range s {
			s[i] = fmt.Sprintf("w%d", z.Uint64())
		}
		c.Add(s)
	}
	return &c
}

// quality is N·AMI − N·ln N of the counts between the given slots,
// computed from scratch; merged, if not nil, maps slots onto merged slots.
func quality(t *trainer, slots []int, merge func(int) int) float64 {
	K := t.K
	cnt := map[[2]int]int64{}
	nl, nr := map[int]int64{}, map[int]int64{}
	for _, x := range slots {
		for _, y := range slots {
			k := int64(t.n[x*K+y])
			if k == 0 {
				continue
			}
			a, b := merge(x), merge(y)
			cnt[[2]int{a, b}] += k
			nl[a] += k
			nr[b] += k
		}
	}
	var q float64
	for _, k := range cnt {
		q += h(k)
	}
	for _, k := range nl {
		q -= h(k)
	}
	for _, k := range nr {
		q -= h(k)
	}
	return q
}

// check compares the trainer's incremental state with a recomputation.
func check(tb testing.TB, t *trainer, when string) {
	tb.Helper()
	K := t.K
	// Counts from the word bigrams of the words that have entered.
	want := make([]int32, K*K)
	bg := t.bg
	for u := range bg.words {
		su := t.slotOf[u]
		if su < 0 {
			continue
		}
		for k := bg.outStart[u]; k < bg.outStart[u+1]; k++ {
			if sv := t.slotOf[bg.outWord[k]]; sv >= 0 {
				want[int(su)*K+int(sv)] += bg.outCount[k]
			}
		}
	}
	for x := 0; x < K; x++ {
		var l, r int64
		for y := 0; y < K; y++ {
			if t.n[x*K+y] != want[x*K+y] || t.nt[y*K+x] != want[x*K+y] {
				tb.Fatalf("%s: n[%d][%d] = %d (transposed %d), want %d", when, x, y, t.n[x*K+y], t.nt[y*K+x], want[x*K+y])
			}
			l += int64(want[x*K+y])
			r += int64(want[y*K+x])
		}
		if t.active[x] && (t.nl[x] != l || t.nr[x] != r) {
			tb.Fatalf("%s: marginals of %d = %d,%d, want %d,%d", when, x, t.nl[x], t.nr[x], l, r)
		}
	}
	id := func(s int) int { return s }
	q0 := quality(t, t.slots, id)
	for i, a := range t.slots {
		for _, b := range t.slots[i+1:] {
			q1 := quality(t, t.slots, func(s int) int {
				if s == b {
					return a
				}
				return s
			})
			got, want := t.w[pair(a, b, K)], q0-q1
			if math.Abs(got-want) > 1e-6*(1+math.Abs(want)) {
				tb.Fatalf("%s: loss of merging %d and %d = %g, want %g", when, a, b, got, want)
			}
		}
	}
}

// TestIncrementalLosses runs the clustering step by step on random corpora
// and checks after every addition and merge that the incrementally updated
// counts and merge losses equal a recomputation from scratch.
func TestIncrementalLosses(t *testing.T) {
	for _, tc := range []struct {
		seed          uint64
		sents, vocab  int
		clusters, min int
	}{
		{1, 200, 40, 5, 1},
		{2, 300, 60, 8, 2},
		{3, 50, 30, 3, 1},
		{4, 20, 10, 12, 1}, // more clusters than words
		{5, 400, 80, 1, 1},
	} {
		t.Run(fmt.Sprint(tc.seed), func(t *testing.T) {
			c := randomCorpus(tc.seed, tc.sents, tc.vocab)
			tr := newTrainer(c.bigrams(tc.min), tc.clusters)
			V := len(tr.bg.words)
			for word := 0; word < V; word++ {
				tr.add(int32(word))
				check(t, tr, fmt.Sprintf("after adding word %d", word))
				if len(tr.slots) > tr.C {
					a, b := tr.best()
					tr.merge(a, b)
					check(t, tr, fmt.Sprintf("after merge at word %d", word))
				}
			}
			for len(tr.slots) > 1 {
				a, b := tr.best()
				tr.merge(a, b)
				check(t, tr, fmt.Sprintf("after final merge, %d left", len(tr.slots)))
			}
		})
	}
}

// TestBestIsGreedyOptimum checks that each merge chosen is the one that
// keeps the most mutual information, by brute force.
func TestBestIsGreedyOptimum(t *testing.T) {
	c := randomCorpus(7, 300, 50)
	tr := newTrainer(c.bigrams(1), 6)
	for word := 0; word < len(tr.bg.words); word++ {
		tr.add(int32(word))
		if len(tr.slots) <= tr.C {
			continue
		}
		a, b := tr.best()
		bestQ := math.Inf(-1)
		for i, x := range tr.slots {
			for _, y := range tr.slots[i+1:] {
				q := quality(tr, tr.slots, func(s int) int {
					if s == y {
						return x
					}
					return s
				})
				bestQ = math.Max(bestQ, q)
			}
		}
		got := quality(tr, tr.slots, func(s int) int {
			if s == b {
				return a
			}
			return s
		})
		if got < bestQ-1e-6*math.Abs(bestQ) {
			t.Fatalf("word %d: merge (%d,%d) keeps quality %g, best is %g", word, a, b, got, bestQ)
		}
		tr.merge(a, b)
	}
}

func TestTrainStructure(t *testing.T) {
	// Two word classes with the same contexts: days follow "on" and
	// precede "morning"; animals follow "the" and precede "ran".
	var c Corpus
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	animals := []string{"dog", "cat", "horse", "cow", "goat"}
	r := rand.New(rand.NewPCG(3, 3))
	for range 2000 {
		if r.IntN(2) == 0 {
			c.Add([]string{"on", days[r.IntN(len(days))], "morning", "."})
		} else {
			c.Add([]string{"the", animals[r.IntN(len(animals))], "ran", "."})
		}
	}
	cl, err := Train(context.Background(), &c, Options{Clusters: 7, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	if cl.Len() != 15 {
		t.Errorf("Len = %d, want 15", cl.Len())
	}
	if cl.NumClusters() != 7 {
		t.Errorf("NumClusters = %d, want 7", cl.NumClusters())
	}
	// Each class sits under a subtree of its own: the common prefix of its
	// members' paths is shared by no word of the other class.
	lcp := func(words []string) string {
		p, _ := cl.Path(words[0])
		for _, w := range words[1:] {
			q, _ := cl.Path(w)
			for !strings.HasPrefix(q, p) {
				p = p[:len(p)-1]
			}
		}
		return p
	}
	for _, tc := range []struct{ group, other []string }{{days, animals}, {animals, days}} {
		p := lcp(tc.group)
		for _, w := range tc.other {
			if q, _ := cl.Path(w); strings.HasPrefix(q, p) {
				t.Errorf("%s (%q) is under the subtree %q of %v", w, q, p, tc.group)
			}
		}
	}
	if _, ok := cl.Path("monday"); ok {
		t.Errorf("lookups must keep case")
	}
	// Distinct leaves have distinct paths, none a prefix of another.
	for i := range cl.NumClusters() {
		for j := range cl.NumClusters() {
			if i != j && strings.HasPrefix(cl.ClusterPath(j), cl.ClusterPath(i)) {
				t.Errorf("path %q is a prefix of %q", cl.ClusterPath(i), cl.ClusterPath(j))
			}
		}
	}
}

func TestTrainDeterministic(t *testing.T) {
	var outs []string
	for range 2 {
		cl, err := Train(context.Background(), randomCorpus(11, 500, 100), Options{Clusters: 10, MinCount: 2})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		cl.WriteTo(&b)
		outs = append(outs, b.String())
	}
	if outs[0] != outs[1] {
		t.Errorf("two runs on the same corpus differ")
	}
}

func TestTrainErrors(t *testing.T) {
	var c Corpus
	c.Add([]string{"a", "b"})
	if _, err := Train(context.Background(), &c, Options{MinCount: 3}); !errors.Is(err, ErrEmpty) {
		t.Errorf("Train with no word over the minimum: err = %v, want ErrEmpty", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Train(ctx, randomCorpus(1, 100, 50), Options{Clusters: 5, MinCount: 1}); !errors.Is(err, context.Canceled) {
		t.Errorf("Train with a cancelled context: err = %v", err)
	}
}
