package engine

// NumParserFeatures is the most features ParserFeatures appends.
const NumParserFeatures = 96

// ParserFeatures appends to dst the features of state s over the words'
// attributes toks and tags (class numbers of the tagger), in the manner
// of Zhang and Nivre (2011) adapted to arc-hybrid: words, tags and
// clusters of the stack's top three and the buffer's first three items,
// their pairs and triples, the distance between the stack's top and the
// buffer's front, their valencies, and the words, tags and labels of
// their outermost children.
func ParserFeatures(dst []uint64, s *State, toks []Token, tags []int) []uint64 {
	dst = ContextFeatures(dst, s, toks, tags)
	for r := range NumRoles {
		dst = ItemFeatures(dst, r, s.Item(r), toks, tags)
	}
	return dst
}

// The roles of the items whose own features (word, tag, cluster) make up
// the features of a single item: ItemFeatures gives them, so that a parser
// may score them once per item and role.
const (
	RoleS0 = iota
	RoleS1
	RoleS2
	RoleN0
	RoleN1
	RoleN2
	NumRoles
)

// Item returns the item in role r (-1 for none; N for the root).
func (s *State) Item(r int) int {
	switch r {
	case RoleS0, RoleS1, RoleS2:
		if k := r - RoleS0; k < len(s.Stack) {
			return s.Stack[len(s.Stack)-1-k]
		}
		return -1
	}
	if x := s.B + r - RoleN0; x <= s.N {
		return x
	}
	return -1
}

// ItemFeatures appends the features of item x (-1 for none, len(toks) for
// the root) in role r.
func ItemFeatures(dst []uint64, r, x int, toks []Token, tags []int) []uint64 {
	n := len(toks)
	var w, p, c uint64
	switch {
	case x < 0:
		w, p, c = hNone, 0, hNone
	case x >= n:
		w, p, c = hRoot, 1, hRoot
	default:
		w, p, c = toks[x].Lower, uint64(tags[x]+2), toks[x].C6
	}
	wp := w ^ p*mulA
	switch r {
	case RoleS0:
		return append(dst, feat(100, wp, 0), feat(101, w, 0), feat(102, p, 0), feat(220, c, 0))
	case RoleN0:
		return append(dst, feat(103, wp, 0), feat(104, w, 0), feat(105, p, 0), feat(221, c, 0))
	case RoleN1:
		return append(dst, feat(106, wp, 0), feat(107, w, 0), feat(108, p, 0), feat(222, c, 0))
	case RoleN2:
		return append(dst, feat(109, w, p), feat(110, w, 0), feat(111, p, 0))
	case RoleS1:
		return append(dst, feat(112, wp, 0), feat(113, w, 0), feat(114, p, 0), feat(223, c, 0))
	case RoleS2:
		return append(dst, feat(115, p, 0), feat(116, w, p))
	}
	return dst
}

// ContextFeatures appends the features of state s that are not those of
// a single item (ItemFeatures): pairs, triples, distance, valency,
// children.
func ContextFeatures(dst []uint64, s *State, toks []Token, tags []int) []uint64 {
	n := s.N
	w := func(x int) uint64 {
		switch {
		case x < 0:
			return hNone
		case x >= n:
			return hRoot
		}
		return toks[x].Lower
	}
	p := func(x int) uint64 {
		switch {
		case x < 0:
			return 0
		case x >= n:
			return 1
		}
		return uint64(tags[x] + 2)
	}
	c := func(x int) uint64 {
		switch {
		case x < 0:
			return hNone
		case x >= n:
			return hRoot
		}
		return toks[x].C6
	}
	cf := func(x int) uint64 {
		switch {
		case x < 0:
			return hNone
		case x >= n:
			return hRoot
		}
		return toks[x].CFull
	}
	lab := func(x int) uint64 {
		if x < 0 || x >= n {
			return 0
		}
		return uint64(s.Labels[x] + 1)
	}
	kid := func(arr []int, x int) int {
		if x < 0 {
			return -1
		}
		return arr[x]
	}
	st := func(k int) int {
		if k < len(s.Stack) {
			return s.Stack[len(s.Stack)-1-k]
		}
		return -1
	}
	buf := func(k int) int {
		if x := s.B + k; x <= n {
			return x
		}
		return -1
	}
	s0, s1, s2 := st(0), st(1), st(2)
	n0, n1, n2 := buf(0), buf(1), buf(2)
	s0w, s0p, s1w, s1p, n0w, n0p := w(s0), p(s0), w(s1), p(s1), w(n0), p(n0)
	n1w, n1p, n2p, s2p := w(n1), p(n1), p(n2), p(s2)
	s0wp, s1wp, n0wp, n1wp := s0w^s0p*mulA, s1w^s1p*mulA, n0w^n0p*mulA, n1w^n1p*mulA
	tri := func(a, b, c uint64) uint64 { return a | b<<8 | c<<16 }

	// Children.
	s0l, s0r, s0l2, s0r2 := kid(s.LC1, s0), kid(s.RC1, s0), kid(s.LC2, s0), kid(s.RC2, s0)
	n0l, n0l2 := kid(s.LC1, n0), kid(s.LC2, n0)
	s1r, s1l := kid(s.RC1, s1), kid(s.LC1, s1)

	// Distance and valency.
	d := uint64(0)
	if s0 >= 0 && n0 >= 0 {
		d = uint64(min(n0-s0, 6))
		if n0 == n {
			d = 7
		}
	}
	var s0vl, s0vr, n0vl uint64
	var s0sl, s0sr, n0sl uint64
	if s0 >= 0 {
		s0vl, s0vr, s0sl, s0sr = uint64(min(s.NL[s0], 5)), uint64(min(s.NR[s0], 5)), s.LSet[s0], s.RSet[s0]
	}
	if n0 >= 0 && n0 <= n {
		n0vl, n0sl = uint64(min(s.NL[n0], 5)), s.LSet[n0]
	}

	dst = append(dst,
		// Pairs.
		feat(120, s0wp, n0wp), feat(121, s0wp, n0w), feat(122, s0w, n0wp),
		feat(123, s0wp, n0p), feat(124, s0p, n0wp), feat(125, s0w, n0w),
		feat(126, s0p, n0p), feat(127, n0p, n1p), feat(128, s1p, s0p),
		feat(129, s1w, s0w), feat(130, s1wp, s0p), feat(131, s1p, s0wp),
		feat(132, n0w, n1w), feat(133, n0wp, n1p), feat(134, n0p, n1wp),
		// Triples of tags.
		feat(140, tri(n0p, n1p, n2p), 0), feat(141, tri(s0p, n0p, n1p), 0),
		feat(142, tri(s1p, s0p, n0p), 0), feat(143, tri(s0p, p(s0l), n0p), 0),
		feat(144, tri(s0p, p(s0r), n0p), 0), feat(145, tri(s0p, n0p, p(n0l)), 0),
		feat(146, tri(s1p, s0p, p(s0l)), 0), feat(147, tri(s1p, s0p, p(s0r)), 0),
		feat(148, tri(s2p, s1p, s0p), 0), feat(149, tri(s1p, p(s1r), s0p), 0),
		feat(150, tri(s1p, s0p, n1p), 0),
		// Distance.
		feat(160, s0w, d), feat(161, s0p, d), feat(162, n0w, d), feat(163, n0p, d),
		feat(164, s0w^n0w*mulB, d), feat(165, tri(s0p, n0p, d), 0),
		// Valency.
		feat(170, s0w, s0vr), feat(171, s0p, s0vr), feat(172, s0w, s0vl),
		feat(173, s0p, s0vl), feat(174, n0w, n0vl), feat(175, n0p, n0vl),
		// Children's words, tags and labels.
		feat(180, w(s0l), 0), feat(181, p(s0l), 0), feat(182, lab(s0l), 0),
		feat(183, w(s0r), 0), feat(184, p(s0r), 0), feat(185, lab(s0r), 0),
		feat(186, w(n0l), 0), feat(187, p(n0l), 0), feat(188, lab(n0l), 0),
		feat(189, w(s0l2), 0), feat(190, p(s0l2), 0), feat(191, lab(s0l2), 0),
		feat(192, w(s0r2), 0), feat(193, p(s0r2), 0), feat(194, lab(s0r2), 0),
		feat(195, w(n0l2), 0), feat(196, p(n0l2), 0), feat(197, lab(n0l2), 0),
		feat(198, tri(s0p, lab(s0l), lab(s0l2)), 0), feat(199, tri(s0p, lab(s0r), lab(s0r2)), 0),
		feat(200, tri(n0p, lab(n0l), lab(n0l2)), 0),
		feat(201, tri(s1p, lab(s1r), lab(s1l)), 0),
		// Label sets.
		feat(210, s0w, s0sr), feat(211, s0p, s0sr), feat(212, s0w, s0sl),
		feat(213, s0p, s0sl), feat(214, n0w, n0sl), feat(215, n0p, n0sl),
		// Clusters.
		feat(224, c(s0), c(n0)), feat(225, c(s0), n0p), feat(226, s0p, c(n0)),
		feat(227, cf(s0), n0p), feat(228, s0p, cf(n0)), feat(229, cf(s0), cf(n0)),
		feat(230, c(s1), c(s0)), feat(231, tri(s0p, n0p, 0), c(n1)),
	)
	return dst
}
