package engine

// The parser's transition system is arc-hybrid (Kuhlmann, Gómez-Rodríguez
// and Satta 2011) with the root at the end of the buffer: SHIFT moves the
// buffer's front onto the stack; LEFT(l) pops the stack's top and makes it
// a dependent of the buffer's front, labelled l; RIGHT(l) pops the stack's
// top and makes it a dependent of the item below it. An arc to the root
// (LEFT with the root at the buffer's front) is allowed only for the last
// item left on the stack, and only with the label "root", so that every
// parse is a tree with one root.
//
// Classes number the transitions: 0 is SHIFT, 1+l LEFT(l), 1+L+l RIGHT(l)
// for L labels. The parser's model scores these and three more, the moves
// without their labels (SHIFT, LEFT, RIGHT: Move gives a class's): a
// transition's score is its own plus its move's, so that what tells
// LEFT from RIGHT is learnt from all labels' examples at once.

// Classes returns the number of transitions for L labels.
func Classes(L int) int { return 1 + 2*L }

// ModelClasses returns the number of classes the parser's model scores:
// the transitions and the three moves.
func ModelClasses(L int) int { return 1 + 2*L + 3 }

// Move returns the model class of transition c's move.
func Move(c, L int) int {
	switch {
	case c == 0:
		return 1 + 2*L
	case c <= L:
		return 1 + 2*L + 1
	}
	return 1 + 2*L + 2
}

// State is a parser configuration over a sentence of N words.
type State struct {
	N      int
	Stack  []int
	B      int   // buffer front; N is the root
	Heads  []int // -1 while unattached; N for the root
	Labels []int // -1 while unattached
	// Children kept for the features: the two leftmost and two rightmost
	// (-1 for none), counts, and the sets of labels as bit masks.
	LC1, LC2, RC1, RC2 []int
	NL, NR             []int
	LSet, RSet         []uint64
}

// Reset prepares s for a sentence of n words, reusing its memory.
func (s *State) Reset(n int) {
	s.N = n
	s.Stack = s.Stack[:0]
	s.B = 0
	grow := func(x []int) []int {
		if cap(x) < n+1 {
			return make([]int, n+1)
		}
		return x[:n+1]
	}
	s.Heads, s.Labels = grow(s.Heads), grow(s.Labels)
	s.LC1, s.LC2, s.RC1, s.RC2 = grow(s.LC1), grow(s.LC2), grow(s.RC1), grow(s.RC2)
	s.NL, s.NR = grow(s.NL), grow(s.NR)
	if cap(s.LSet) < n+1 {
		s.LSet, s.RSet = make([]uint64, n+1), make([]uint64, n+1)
	}
	s.LSet, s.RSet = s.LSet[:n+1], s.RSet[:n+1]
	for i := 0; i <= n; i++ {
		s.Heads[i], s.Labels[i] = -1, -1
		s.LC1[i], s.LC2[i], s.RC1[i], s.RC2[i] = -1, -1, -1, -1
		s.NL[i], s.NR[i] = 0, 0
		s.LSet[i], s.RSet[i] = 0, 0
	}
}

// Done reports whether the parse is complete.
func (s *State) Done() bool { return s.B >= s.N && len(s.Stack) == 0 }

// Valid reports whether class c may apply, with L labels and root the
// number of the label "root".
func (s *State) Valid(c, L, root int) bool {
	switch {
	case c == 0:
		return s.B < s.N
	case c <= L:
		l := c - 1
		if len(s.Stack) == 0 {
			return false
		}
		if s.B == s.N {
			return l == root && len(s.Stack) == 1
		}
		return l != root
	default:
		return len(s.Stack) >= 2 && c-1-L != root
	}
}

// Apply applies class c (assumed valid).
func (s *State) Apply(c, L int) {
	switch {
	case c == 0:
		s.Stack = append(s.Stack, s.B)
		s.B++
	case c <= L:
		d := s.Stack[len(s.Stack)-1]
		s.Stack = s.Stack[:len(s.Stack)-1]
		s.attach(s.B, d, c-1)
	default:
		d := s.Stack[len(s.Stack)-1]
		s.Stack = s.Stack[:len(s.Stack)-1]
		s.attach(s.Stack[len(s.Stack)-1], d, c-1-L)
	}
}

func (s *State) attach(h, d, l int) {
	s.Heads[d], s.Labels[d] = h, l
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		s.LC2[h], s.LC1[h] = s.LC1[h], d
		s.NL[h]++
		s.LSet[h] |= bit
	} else {
		s.RC2[h], s.RC1[h] = s.RC1[h], d
		s.NR[h]++
		s.RSet[h] |= bit
	}
}

// Costs sets cost[c] to the number of gold arcs that class c makes
// unreachable (Goldberg and Nivre 2013's dynamic oracle for arc-hybrid),
// plus one for a wrong label on a right arc; -1 for an invalid class.
// gold and goldLab give each word's head (N for the root) and label.
func (s *State) Costs(cost []int, gold, goldLab []int, L, root int) {
	for c := range cost {
		if !s.Valid(c, L, root) {
			cost[c] = -1
			continue
		}
		cost[c] = 0
	}
	n := len(s.Stack)
	// SHIFT: b loses its dependents on the stack and a head on the stack
	// below s0.
	if cost[0] >= 0 {
		b := s.B
		k := 0
		for i, x := range s.Stack {
			if gold[x] == b && s.Heads[x] < 0 {
				k++
			}
			if gold[b] == x && i < n-1 {
				k++
			}
		}
		cost[0] = k
	}
	if n == 0 {
		return
	}
	s0 := s.Stack[n-1]
	// Dependents of s0 still in the buffer are lost by both arcs.
	deps := 0
	for d := s.B; d < s.N; d++ {
		if gold[d] == s0 {
			deps++
		}
	}
	s1 := -1
	if n >= 2 {
		s1 = s.Stack[n-2]
	}
	// LEFT: s0's head becomes b; lost if its gold head is s1 or in the
	// buffer past b.
	left := deps
	if g := gold[s0]; g != s.B && (g == s1 || g > s.B) {
		left++
	}
	// RIGHT: s0's head becomes s1; lost if its gold head is in the buffer.
	right := deps
	if g := gold[s0]; g != s1 && g >= s.B {
		right++
	}
	for l := 0; l < L; l++ {
		if c := 1 + l; cost[c] >= 0 {
			cost[c] = left
			if gold[s0] == s.B && goldLab[s0] != l {
				cost[c]++
			}
		}
		if c := 1 + L + l; cost[c] >= 0 {
			cost[c] = right
			if gold[s0] == s1 && goldLab[s0] != l {
				cost[c]++
			}
		}
	}
}
