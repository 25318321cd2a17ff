package wordcluster

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sync"
)

// Options configure Train. The zero value trains the shipped setting: 1000
// clusters over the words seen at least twice.
type Options struct {
	// Clusters is the number of active clusters C (the number of leaves
	// of the hierarchy, hence of distinct paths); 0 means 1000.
	Clusters int
	// MinCount is the number of occurrences below which a word is left
	// out (and breaks the bigrams around it); 0 means 2.
	MinCount int
	// Progress, if not nil, is called now and then with the number of
	// merges done and the number to do.
	Progress func(done, total int)
}

func (o Options) withDefaults() Options {
	if o.Clusters <= 0 {
		o.Clusters = 1000
	}
	if o.MinCount <= 0 {
		o.MinCount = 2
	}
	return o
}

// ErrEmpty is returned by Train when no word reaches the minimum count.
var ErrEmpty = errors.New("wordcluster: no word reaches the minimum count")

// Train clusters the words of c by Brown et al.'s (1992) agglomerative
// clustering, which greedily merges the two classes whose merge loses the
// least average mutual information of a class bigram model, in Liang's
// (2005) windowed form: the C most frequent words start in clusters of their
// own; each further word, in descending frequency, enters as a cluster of its
// own and the best pair of the C+1 clusters is merged; when every word has
// entered, the C clusters are merged down to one, and those last merges
// give each cluster its bit-string path (0 for the first member of a merge,
// 1 for the second).
//
// The mutual information is that of the bigrams between words that have
// entered; with per-pair merge losses kept in a table and updated
// incrementally after each addition and merge (touching only the pairs
// whose loss can change), a step costs O(C·d) for a word or cluster with d
// neighbouring clusters, plus an O(C²) scan for the best pair.
//
// Train returns ctx's error if ctx is cancelled.
func Train(ctx context.Context, c *Corpus, opt Options) (*Clusters, error) {
	opt = opt.withDefaults()
	bg := c.bigrams(opt.MinCount)
	if len(bg.words) == 0 {
		return nil, ErrEmpty
	}
	t := newTrainer(bg, opt.Clusters)
	if err := t.run(ctx, opt.Progress); err != nil {
		return nil, err
	}
	return t.result(), nil
}

// htab holds n·ln n for small n once fillHtab has run (newTrainer runs
// it: only training reads h, and a process that never trains need not
// spend the 1–2 ms and 512 KB the table costs at start-up).
var htab []float64

// fillHtab fills htab, once.
var fillHtab = sync.OnceFunc(func() {
	t := make([]float64, 1<<16)
	for i := 1; i < len(t); i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	htab = t
})

// h returns x·ln x (0 for 0); small enough to inline.
func h(x int64) float64 {
	if uint64(x) < uint64(len(htab)) {
		return htab[x]
	}
	return hlarge(x)
}

//go:noinline
func hlarge(x int64) float64 {
	f := float64(x)
	return f * math.Log(f)
}

// f is the loss term of two counts that a merge adds up:
// h(u)+h(v)-h(u+v), which is 0 when either is 0.
func f(u, v int32) float64 {
	if u == 0 || v == 0 {
		return 0
	}
	s := int64(u) + int64(v)
	if uint64(s) < uint64(len(htab)) {
		return htab[u] + htab[v] - htab[s]
	}
	return h(int64(u)) + h(int64(v)) - h(s)
}

// g is the marginal term of a merge: h(x+y)-h(x)-h(y).
func g(x, y int64) float64 { return h(x+y) - h(x) - h(y) }

// trainer holds the state of one clustering run. Clusters live in K = C+1
// slots; n is the dense K×K bigram count table between slots (row = left
// word's cluster) and nt its transpose. With N the number of bigrams, the
// quality of a clustering is N·AMI − N·ln N =
// Σ h(n[x][y]) − Σ h(nl[x]) − Σ h(nr[y]); w[a*K+b] (a < b) is the loss of
// quality if a and b were merged.
type trainer struct {
	bg     *bigrams
	C, K   int
	n, nt  []int32
	nl, nr []int64
	w      []float64
	active []bool
	slots  []int // the active slots, in no order
	free   []int
	// slotOf[word] is the slot of the word's cluster, -1 before it enters;
	// members[slot] the words in it.
	slotOf  []int32
	members [][]int32

	// Scratch, reused.
	mark, mark2 []bool
	list        []int
	oldL, oldR  []int64
	tmpW        []float64

	// The hierarchy built by the final merges: node[slot] is the tree
	// node of the slot's cluster; leaf nodes 0..C-1 are the clusters left
	// when every word has entered, internal nodes follow.
	node        []int32
	left, right []int32 // children of internal node C+i
	leafOf      []int32 // word -> leaf
}

func newTrainer(bg *bigrams, C int) *trainer {
	fillHtab()
	V := len(bg.words)
	if C > V {
		C = V
	}
	K := C + 1
	t := &trainer{
		bg: bg, C: C, K: K,
		n: make([]int32, K*K), nt: make([]int32, K*K),
		nl: make([]int64, K), nr: make([]int64, K),
		w:      make([]float64, K*K),
		active: make([]bool, K),
		slotOf: make([]int32, V), members: make([][]int32, K),
		mark: make([]bool, K), mark2: make([]bool, K),
		oldL: make([]int64, K), oldR: make([]int64, K),
		tmpW: make([]float64, K),
		node: make([]int32, K),
	}
	for i := range t.slotOf {
		t.slotOf[i] = -1
	}
	for s := K - 1; s >= 0; s-- {
		t.free = append(t.free, s)
	}
	return t
}

func (t *trainer) run(ctx context.Context, progress func(done, total int)) error {
	V := len(t.bg.words)
	total := V - 1
	for word := 0; word < V; word++ {
		t.add(int32(word))
		if len(t.slots) > t.C {
			a, b := t.best()
			t.merge(a, b)
		}
		if word%256 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("wordcluster: %w", err)
			}
			if progress != nil {
				progress(word-len(t.slots)+1, total)
			}
		}
	}
	// Every word has entered: name the clusters and merge them into one.
	t.leafOf = make([]int32, V)
	for i, s := range t.slots {
		t.node[s] = int32(i)
		for _, word := range t.members[s] {
			t.leafOf[word] = int32(i)
		}
	}
	leaves := len(t.slots)
	for len(t.slots) > 1 {
		a, b := t.best()
		id := int32(leaves + len(t.left))
		t.left = append(t.left, t.node[a])
		t.right = append(t.right, t.node[b])
		t.merge(a, b)
		t.node[a] = id
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("wordcluster: %w", err)
		}
		if progress != nil && len(t.slots)%64 == 0 {
			progress(total-len(t.slots)+1, total)
		}
	}
	if progress != nil {
		progress(total, total)
	}
	return nil
}

// add puts word into a cluster of its own.
func (t *trainer) add(word int32) {
	K := t.K
	s := t.free[len(t.free)-1]
	t.free = t.free[:len(t.free)-1]
	t.slotOf[word] = int32(s)
	t.members[s] = append(t.members[s][:0], word)
	row, col := t.n[s*K:(s+1)*K], t.nt[s*K:(s+1)*K]
	bg := t.bg
	for k := bg.outStart[word]; k < bg.outStart[word+1]; k++ {
		if y := t.slotOf[bg.outWord[k]]; y >= 0 {
			row[y] += bg.outCount[k]
		}
	}
	for k := bg.inStart[word]; k < bg.inStart[word+1]; k++ {
		if u := bg.inWord[k]; u != word {
			if y := t.slotOf[u]; y >= 0 {
				col[y] += bg.inCount[k]
			}
		}
	}
	col[s] = row[s]
	// Mirror into the other table and update the marginals.
	var L, R []int // slots before and after word
	t.list = t.list[:0]
	var nl, nr int64
	for _, y := range t.slots {
		if c := row[y]; c != 0 {
			t.nt[y*K+s] = c
			nl += int64(c)
			R = append(R, y)
		}
		if c := col[y]; c != 0 {
			t.n[y*K+s] = c
			nr += int64(c)
			L = append(L, y)
		}
	}
	nl += int64(row[s])
	nr += int64(row[s])
	changed := t.mark
	for _, y := range R {
		if !changed[y] {
			changed[y] = true
			t.list = append(t.list, y)
			t.oldL[y], t.oldR[y] = t.nl[y], t.nr[y]
		}
	}
	for _, y := range L {
		if !changed[y] {
			changed[y] = true
			t.list = append(t.list, y)
			t.oldL[y], t.oldR[y] = t.nl[y], t.nr[y]
		}
	}
	for _, y := range R {
		t.nr[y] += int64(row[y])
	}
	for _, y := range L {
		t.nl[y] += int64(col[y])
	}

	// Losses of the existing pairs: the new cluster is a new term of their
	// sums, and the marginals of its neighbours changed.
	for i, p := range L {
		for _, q := range L[i+1:] {
			t.w[pair(p, q, K)] += f(col[p], col[q])
		}
	}
	for i, p := range R {
		for _, q := range R[i+1:] {
			t.w[pair(p, q, K)] += f(row[p], row[q])
		}
	}
	for _, p := range t.list {
		hl := h(t.nl[p]) - h(t.oldL[p])
		hr := h(t.nr[p]) - h(t.oldR[p])
		for _, q := range t.slots {
			if q == p || (changed[q] && q < p) {
				continue
			}
			d := -hl - hr
			if changed[q] {
				d -= h(t.nl[q]) - h(t.oldL[q]) + h(t.nr[q]) - h(t.oldR[q])
				d += h(t.nl[p]+t.nl[q]) - h(t.oldL[p]+t.oldL[q])
				d += h(t.nr[p]+t.nr[q]) - h(t.oldR[p]+t.oldR[q])
			} else {
				d += h(t.nl[p]+t.nl[q]) - h(t.oldL[p]+t.nl[q])
				d += h(t.nr[p]+t.nr[q]) - h(t.oldR[p]+t.nr[q])
			}
			t.w[pair(p, q, K)] += d
		}
	}
	for _, p := range t.list {
		changed[p] = false
	}
	t.nl[s], t.nr[s] = nl, nr
	t.active[s] = true
	t.slots = append(t.slots, s)

	// Losses of the pairs with the new cluster, from scratch: only the
	// clusters next to it contribute to the sums.
	for _, c := range t.slots {
		if c == s {
			continue
		}
		crow, ccol := t.n[c*K:(c+1)*K], t.nt[c*K:(c+1)*K]
		var sum float64
		for _, y := range R {
			if y != c {
				sum += f(row[y], crow[y])
			}
		}
		for _, y := range L {
			if y != c {
				sum += f(col[y], ccol[y])
			}
		}
		t.w[pair(s, c, K)] = sum + t.block(s, c) + g(nl, t.nl[c]) + g(nr, t.nr[c])
	}
}

// block is the loss term of the 2×2 block of counts between a and b.
func (t *trainer) block(a, b int) float64 {
	K := t.K
	aa, ab, ba, bb := t.n[a*K+a], t.n[a*K+b], t.n[b*K+a], t.n[b*K+b]
	return h(int64(aa)) + h(int64(ab)) + h(int64(ba)) + h(int64(bb)) - h(int64(aa)+int64(ab)+int64(ba)+int64(bb))
}

// pair returns the index in w of the unordered pair {a, b}.
func pair(a, b, K int) int {
	if a > b {
		a, b = b, a
	}
	return a*K + b
}

// best returns the active pair (a < b) of least loss; ties go to the first
// in slot order.
func (t *trainer) best() (int, int) {
	K := t.K
	ba, bb := -1, -1
	bw := math.Inf(1)
	for a := 0; a < K; a++ {
		if !t.active[a] {
			continue
		}
		row := t.w[a*K : (a+1)*K]
		for b := a + 1; b < K; b++ {
			if row[b] < bw && t.active[b] {
				ba, bb, bw = a, b, row[b]
			}
		}
	}
	return ba, bb
}

// merge merges cluster b into cluster a (a < b); b's slot is freed.
func (t *trainer) merge(a, b int) {
	K := t.K
	// Neighbours of a and b other than themselves: S* precede, T* follow.
	var Sa, Sb, Ta, Tb []int
	for _, y := range t.slots {
		if y == a || y == b {
			continue
		}
		if t.nt[a*K+y] != 0 {
			Sa = append(Sa, y)
		}
		if t.nt[b*K+y] != 0 {
			Sb = append(Sb, y)
		}
		if t.n[a*K+y] != 0 {
			Ta = append(Ta, y)
		}
		if t.n[b*K+y] != 0 {
			Tb = append(Tb, y)
		}
	}
	// Pairs without a or b: the terms for a and b in their sums become one
	// term for the merged cluster. Only pairs with a member next to a and
	// one next to b change.
	t.mergePairs(t.nt[a*K:(a+1)*K], t.nt[b*K:(b+1)*K], Sa, Sb)
	t.mergePairs(t.n[a*K:(a+1)*K], t.n[b*K:(b+1)*K], Ta, Tb)

	// Pairs of the merged cluster m with each other cluster c, from the
	// losses of the larger of a and b with c, corrected for the smaller.
	big, small, Ss, Ts := a, b, Sb, Tb
	if len(Sa)+len(Ta) < len(Sb)+len(Tb) {
		big, small, Ss, Ts = b, a, Sa, Ta
	}
	nmm := int64(t.n[a*K+a]) + int64(t.n[a*K+b]) + int64(t.n[b*K+a]) + int64(t.n[b*K+b])
	nlm, nrm := t.nl[a]+t.nl[b], t.nr[a]+t.nr[b]
	bigRow, bigCol := t.n[big*K:(big+1)*K], t.nt[big*K:(big+1)*K]
	smRow, smCol := t.n[small*K:(small+1)*K], t.nt[small*K:(small+1)*K]
	for _, c := range t.slots {
		if c == a || c == b {
			continue
		}
		crow, ccol := t.n[c*K:(c+1)*K], t.nt[c*K:(c+1)*K]
		v := t.w[pair(big, c, K)]
		v -= f(bigRow[small], crow[small]) + f(bigCol[small], ccol[small])
		v -= t.block(big, c) + g(t.nl[big], t.nl[c]) + g(t.nr[big], t.nr[c])
		for _, y := range Ts {
			if y != c {
				v += f(bigRow[y]+smRow[y], crow[y]) - f(bigRow[y], crow[y])
			}
		}
		for _, y := range Ss {
			if y != c {
				v += f(bigCol[y]+smCol[y], ccol[y]) - f(bigCol[y], ccol[y])
			}
		}
		nmc := int64(t.n[a*K+c]) + int64(t.n[b*K+c])
		ncm := int64(t.n[c*K+a]) + int64(t.n[c*K+b])
		ncc := int64(t.n[c*K+c])
		v += h(nmm) + h(nmc) + h(ncm) + h(ncc) - h(nmm+nmc+ncm+ncc)
		v += g(nlm, t.nl[c]) + g(nrm, t.nr[c])
		t.tmpW[c] = v
	}

	// Counts: row and column b into a.
	aRow, aCol := t.n[a*K:(a+1)*K], t.nt[a*K:(a+1)*K]
	bRow, bCol := t.n[b*K:(b+1)*K], t.nt[b*K:(b+1)*K]
	for _, y := range t.slots {
		if y == a || y == b {
			continue
		}
		if bRow[y] != 0 {
			aRow[y] += bRow[y]
			t.nt[y*K+a] = aRow[y]
			t.nt[y*K+b] = 0
			bRow[y] = 0
		}
		if bCol[y] != 0 {
			aCol[y] += bCol[y]
			t.n[y*K+a] = aCol[y]
			t.n[y*K+b] = 0
			bCol[y] = 0
		}
	}
	aRow[a] = int32(nmm)
	aCol[a] = int32(nmm)
	aRow[b], aCol[b], bRow[a], bCol[a], bRow[b], bCol[b] = 0, 0, 0, 0, 0, 0
	t.nl[a], t.nr[a] = nlm, nrm
	t.nl[b], t.nr[b] = 0, 0

	t.active[b] = false
	for i, y := range t.slots {
		if y == b {
			t.slots[i] = t.slots[len(t.slots)-1]
			t.slots = t.slots[:len(t.slots)-1]
			break
		}
	}
	t.free = append(t.free, b)
	for _, c := range t.slots {
		if c != a {
			t.w[pair(a, c, K)] = t.tmpW[c]
		}
	}
	for _, word := range t.members[b] {
		t.slotOf[word] = int32(a)
	}
	t.members[a] = append(t.members[a], t.members[b]...)
	t.members[b] = t.members[b][:0]
}

// mergePairs updates the losses of the pairs {p, q} (neither being a or b)
// whose sums have terms for both a and b, in one direction: va[y] and vb[y]
// are the counts between y and a, b; Sa and Sb the slots where they are not
// zero.
func (t *trainer) mergePairs(va, vb []int32, Sa, Sb []int) {
	K := t.K
	small := Sa
	if len(Sb) < len(Sa) {
		small = Sb
	}
	if len(small) == 0 {
		return
	}
	inU, inSmall := t.mark, t.mark2
	// U = Sa ∪ Sb; every changed pair has a member in small.
	U := t.list[:0]
	for _, y := range Sa {
		inU[y] = true
		U = append(U, y)
	}
	for _, y := range Sb {
		if !inU[y] {
			inU[y] = true
			U = append(U, y)
		}
	}
	for _, y := range small {
		inSmall[y] = true
	}
	for _, p := range small {
		pa, pb := va[p], vb[p]
		for _, q := range U {
			if q == p || (inSmall[q] && q < p) {
				continue
			}
			qa, qb := va[q], vb[q]
			d := f(pa+pb, qa+qb) - f(pa, qa) - f(pb, qb)
			if d != 0 {
				t.w[pair(p, q, K)] += d
			}
		}
	}
	for _, y := range U {
		inU[y] = false
		inSmall[y] = false
	}
	t.list = U[:0]
}
