package screen

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// DefaultThreshold is the name score from which a match is reported. It
// was set on the evaluation set described in docs/screening.md.
const DefaultThreshold = 0.85

// A Query is a name to screen and what is known about its bearer.
type Query struct {
	Name string
	// Type is Person, Organization, … or "" to match any type.
	Type string
	// Context, when known, ranks homonyms; the zero value adds nothing.
	Context Context
}

// Options tunes Screen. The zero value uses DefaultThreshold and returns
// at most 10 matches.
type Options struct {
	// Threshold is the least name score reported, in (0, 1].
	Threshold float64
	// Limit bounds the number of matches; 0 means 10.
	Limit int
}

// A Match is one list entry that a query's name matches.
type Match struct {
	// List is the list's name (ListOFACSDN, …), ListDate its date.
	List, ListDate string
	Entry          *Entry
	// Name is the entry's name or alias that matched best.
	Name Name
	// NameScore is how well the names match, in [0, 1].
	NameScore float64
	// Score is NameScore adjusted by the context, in [0, 1]; matches are
	// sorted by it.
	Score float64
	// Explanation says which name matched, how, and what the context
	// added or took away.
	Explanation string
}

// similarity kinds, for explanations
const (
	simExact = iota
	simVariant
	simSkeleton
	simTypo
	simInitial
)

// tokenSim scores how alike two name words are, in [0, 1], and says how.
func tokenSim(a, b *token) (float32, int) {
	switch {
	case a.text == b.text:
		return 1, simExact
	case a.variant == b.variant:
		return 0.92, simVariant
	case (a.abjad || b.abjad) && len(a.cons) >= 2 && a.cons == b.cons && len(a.text) >= 3 && len(b.text) >= 3:
		return 0.86, simSkeleton
	}
	if a.equiv != 0 && a.equiv == b.equiv {
		return 0.9, simVariant
	}
	la, lb := len(a.text), len(b.text)
	if la == 1 || lb == 1 {
		if la != lb && a.text[0] == b.text[0] {
			return 0.75, simInitial
		}
		return 0, 0
	}
	short := min(la, lb)
	// A typo keeps the first letter of a short word: "Yong" and "Song"
	// are two names, not one misspelt.
	if short >= 4 && (short >= 7 || a.text[0] == b.text[0]) {
		maxd := 1
		if short >= 8 {
			maxd = 2
		}
		if d := editDistance(a.text, b.text, maxd); d <= maxd {
			if d == 1 {
				if short >= 6 {
					return 0.88, simTypo
				}
				return 0.85, simTypo
			}
			return 0.8, simTypo
		}
		if len(a.variant) >= 5 && editDistance(a.variant, b.variant, 1) <= 1 {
			return 0.8, simTypo
		}
	}
	return 0, 0
}

// pair is one aligned part of a query and a listed name: one or two
// words on each side.
type pair struct {
	qi, qn, ci, cn int
	sim, w         float32
	kind           int
}

// weightOf is the weight of the words a pair covers on both sides.
func weightOf(q, c []token, p pair) float32 {
	var w float32
	for k := p.qi; k < p.qi+p.qn; k++ {
		w += q[k].weight
	}
	for k := p.ci; k < p.ci+p.cn; k++ {
		w += c[k].weight
	}
	return w
}

// compare aligns the query's words with a listed name's words and returns
// the name score with the pairs it chose.
func compare(q, c []token, weak, person bool) (float64, []pair) {
	cands := make([]pair, 0, 16)
	// The best single match of each word: joins are looked for only for
	// the words without a good one.
	var bestQ, bestC [64]float32
	for i := range q {
		for j := range c {
			if s, k := tokenSim(&q[i], &c[j]); s > 0 && (person || k != simInitial) {
				cands = append(cands, pair{qi: i, qn: 1, ci: j, cn: 1, sim: s, kind: k})
				if i < 64 && j < 64 {
					bestQ[i] = max(bestQ[i], s)
					bestC[j] = max(bestC[j], s)
				}
			}
		}
	}
	// Joined words: "Yongchol" against "Yong Chol" or "Yong Chul", and
	// the reverse; "Abdalsalam" against "Abd al Salam".
	joined := func(one *token, parts []token) (float32, int) {
		if one.text[0] != parts[0].text[0] {
			return 0, 0
		}
		if concatEq(one.text, parts, func(t *token) string { return t.text }) {
			return 1, simExact
		}
		if concatEq(one.variant, parts, func(t *token) string { return t.variant }) {
			return 0.92, simVariant
		}
		if (one.abjad || parts[0].abjad) && len(one.cons) >= 3 && concatEq(one.cons, parts, func(t *token) string { return t.cons }) {
			return 0.86, simSkeleton
		}
		return 0, 0
	}
	for n := 2; n <= 3; n++ {
		for i := range q {
			if i < 64 && bestQ[i] >= 0.92 {
				continue
			}
			for j := 0; j+n <= len(c); j++ {
				if s, k := joined(&q[i], c[j:j+n]); s > 0 {
					cands = append(cands, pair{qi: i, qn: 1, ci: j, cn: n, sim: s, kind: k})
				}
			}
		}
		for j := range c {
			if j < 64 && bestC[j] >= 0.92 {
				continue
			}
			for i := 0; i+n <= len(q); i++ {
				if s, k := joined(&c[j], q[i:i+n]); s > 0 {
					cands = append(cands, pair{qi: i, qn: n, ci: j, cn: 1, sim: s, kind: k})
				}
			}
		}
	}
	if len(cands) == 0 {
		return 0, nil
	}
	for k := range cands {
		cands[k].w = weightOf(q, c, cands[k])
	}
	slices.SortFunc(cands, func(a, b pair) int {
		if a.sim != b.sim {
			return cmp.Compare(b.sim, a.sim)
		}
		if a.qn+a.cn != b.qn+b.cn {
			return cmp.Compare(b.qn+b.cn, a.qn+a.cn)
		}
		return cmp.Compare(b.w, a.w)
	})
	var usedQ, usedC uint64
	chosen := make([]pair, 0, 8)
	var m float32
	substantive := false
	for _, p := range cands {
		qm := (uint64(1)<<p.qn - 1) << p.qi
		cm := (uint64(1)<<p.cn - 1) << p.ci
		if p.qi+p.qn > 64 || p.ci+p.cn > 64 || usedQ&qm != 0 || usedC&cm != 0 {
			continue
		}
		usedQ |= qm
		usedC |= cm
		chosen = append(chosen, p)
		if p.kind != simInitial {
			for k := p.ci; k < p.ci+p.cn; k++ {
				if c[k].role == roleCore || c[k].role == roleOptional {
					substantive = true
				}
			}
		}
	}
	if !substantive {
		return 0, nil // only generic words, particles or initials matched
	}
	// A query word no listed name has weighs what its match weighs.
	var qwBuf [16]float32
	qw := qwBuf[:0]
	for i := range q {
		qw = append(qw, q[i].weight)
	}
	for _, p := range chosen {
		var cw float32
		for k := p.ci; k < p.ci+p.cn; k++ {
			cw += c[k].weight
		}
		for k := p.qi; k < p.qi+p.qn; k++ {
			if q[k].unseen {
				qw[k] = cw / float32(p.qn)
			}
		}
	}
	var wq, wc float32
	for i := range q {
		wq += qw[i]
	}
	for j := range c {
		wc += c[j].weight
	}
	for _, p := range chosen {
		w := float32(0)
		for k := p.qi; k < p.qi+p.qn; k++ {
			w += qw[k]
		}
		for k := p.ci; k < p.ci+p.cn; k++ {
			w += c[k].weight
		}
		m += p.sim * w / 2
	}
	if weak {
		// A weak alias matches only in full, word for word.
		for j := range c {
			if usedC&(1<<j) == 0 && c[j].role == roleCore {
				return 0, nil
			}
		}
		for i := range q {
			if usedQ&(1<<i) == 0 && q[i].role == roleCore {
				return 0, nil
			}
		}
		core := 0
		for j := range c {
			if c[j].role == roleCore {
				core++
			}
		}
		if core < 2 {
			return 0, nil
		}
	}
	score := float64(2 * m / (wq + wc))
	if weak {
		score *= 0.95
	}
	// One word against one word: only the same word is a strong match,
	// and an acronym of three letters or less names too many things.
	if len(q) == 1 && len(c) == 1 {
		switch {
		case len(c[0].text) <= 3:
			score = min(score, 0.8)
		case chosen[0].kind != simExact:
			score *= 0.9
		}
	}
	return min(1, score), chosen
}

// Screen returns the entries whose names match the query's name, best
// first.
func (ix *Index) Screen(q Query, opts Options) []Match {
	if opts.Threshold <= 0 {
		opts.Threshold = DefaultThreshold
	}
	if opts.Limit <= 0 {
		opts.Limit = 10
	}
	qt, scripts := nameTokens(q.Name, q.Type, "", "")
	if len(qt) == 0 || len(qt) > 60 {
		return nil
	}
	if q.Type != Person {
		for i := range qt {
			if qt[i].role == roleCore && genericTypo(qt[i].text) {
				if _, listed := ix.lookup(qt[i].text); !listed {
					qt[i].role = roleGeneric
				}
			}
		}
	}
	for i := range qt {
		qt[i].weight = ix.queryWeight(&qt[i])
	}
	sc := ix.pool.Get().(*scratch)
	defer ix.pool.Put(sc)
	cands := ix.candidates(qt, sc, opts.Threshold)

	best := map[uint32]Match{}
	for _, ni := range cands {
		n := &ix.names[ni]
		fe := &ix.entries[n.Entry]
		typ := ix.s(fe.Type)
		if !typeCompatible(q.Type, typ) {
			continue
		}
		sc.ctoks = ix.appendNameToks(sc.ctoks[:0], n)
		score, pairs := compare(qt, sc.ctoks, n.Weak != 0, typ == Person)
		if score < opts.Threshold {
			continue
		}
		if old, ok := best[n.Entry]; ok && old.NameScore >= score {
			continue
		}
		l := ix.lists[fe.List]
		entry := ix.entry(n.Entry).entry
		var nm Name
		if int(n.Name) < len(entry.Names) {
			nm = entry.Names[n.Name]
		} else {
			// An entry that could not be loaded: the name as indexed.
			nm = Name{Full: strings.Join(texts(sc.ctoks), " "), Kind: NameAlias}
		}
		best[n.Entry] = Match{
			List: l.Name, ListDate: l.Date, Entry: entry, Name: nm, NameScore: score,
			Explanation: explainName(q.Name, qt, sc.ctoks, pairs, nm, scripts),
		}
	}
	out := make([]Match, 0, len(best))
	for ei, m := range best {
		m.Score = m.NameScore
		adj, notes := ix.context(ei, q.Context)
		m.Score = max(0, min(1, m.Score+adj))
		if notes != "" {
			m.Explanation += "; " + notes
		}
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b Match) int {
		if a.Score != b.Score {
			return cmp.Compare(b.Score, a.Score)
		}
		if a.List != b.List {
			return strings.Compare(a.List, b.List)
		}
		return strings.Compare(a.Entry.ID, b.Entry.ID)
	})
	if len(out) > opts.Limit {
		out = out[:opts.Limit]
	}
	return out
}

func typeCompatible(query, entry string) bool {
	switch query {
	case "":
		return true
	case Person:
		return entry == Person
	case Organization:
		return entry == Organization
	}
	return query == entry
}

// queryWeight weighs a query word by how common it is among listed names.
func (ix *Index) queryWeight(t *token) float32 {
	switch t.role {
	case roleGeneric:
		return 0.05
	case roleParticle:
		return 0.1
	}
	if len(t.text) == 1 {
		return initialWeight
	}
	w := float32(1)
	if id, ok := ix.lookup(t.text); ok {
		w = ix.words[id].Weight
	} else {
		t.unseen = true
	}
	if t.role == roleOptional {
		w *= 0.35
	}
	return w
}

// candidates returns the names that share enough with the query to
// possibly score at least threshold.
func (ix *Index) candidates(qt []token, sc *scratch, threshold float64) []int32 {
	sc.touched = sc.touched[:0]
	// wq bounds the query's weight from below (an unseen word may weigh
	// as little as the lightest word it matches); free is the weight of
	// the words not looked up (initials, particles, generic words), which
	// may match any name.
	var wq, free float32
	for i := range qt {
		w := qt[i].weight
		if qt[i].unseen {
			w = 0.2
		}
		wq += w
		if !retrievable(&qt[i]) {
			free += w
		}
	}
	visit := func(stamp int32, qw float32, t *token) {
		sc.wseen = sc.wseen[:0]
		see := func(id32 uint32, s float32) {
			id := int32(id32)
			if sc.wsim[id] == 0 && s > 0 {
				sc.wsim[id] = s
				sc.wseen = append(sc.wseen, id)
			}
		}
		id, listed := ix.lookup(t.text)
		if listed {
			see(uint32(id), 1)
		}
		for _, id := range ix.keyed(ix.byVariant, t.variant, variantOf) {
			see(id, 0.92)
		}
		if t.abjad && len(t.cons) >= 2 {
			for _, id := range ix.keyed(ix.byCons, t.cons, consOf) {
				see(id, 0.86)
			}
		}
		// A common listed word ("Muhammad") is taken as written; others
		// may be typos.
		if (!listed || ix.words[id].Weight >= commonWeight) && len(t.text) >= 4 {
			try := func(ids []uint32) {
				for _, id := range ids {
					if sc.wsim[id] == 0 {
						w := ix.tok(&ix.words[id])
						s, _ := tokenSim(t, &w)
						see(id, s)
					}
				}
			}
			// Words one letter longer, of the same length (a substitution
			// or transposition) and one letter shorter.
			try(ix.byDelete(hashSkip(t.text, -1)))
			for i := range len(t.text) {
				if i > 0 && t.text[i] == t.text[i-1] {
					continue
				}
				// Both the words that lack this letter and those that
				// lack a letter here.
				try(ix.byDelete(hashSkip(t.text, i)))
			}
		}
		for _, id := range sc.wseen {
			s := sc.wsim[id]
			sc.wsim[id] = 0
			w := &ix.words[id]
			v := s * max(qw, w.Weight)
			for _, p := range ix.posts[ix.wpost[id]:ix.wpost[id+1]] {
				n, pos := int32(p>>8), uint8(p)
				v := v
				if pos&joinedPos != 0 {
					// Joined words weigh what their parts weigh.
					nm := &ix.names[n]
					toks := ix.nameToks[nm.Tok : nm.Tok+uint32(nm.NTok)]
					i, k := int(pos&0x3f), 2
					if pos&threePos != 0 {
						k = 3
					}
					var parts float32
					for j := i; j < i+k && j < len(toks); j++ {
						parts += ix.terms[toks[j]].Weight
					}
					v = s * max(qw, parts)
				}
				if sc.stamp[n] == 0 {
					sc.touched = append(sc.touched, n)
					sc.acc[n] = 0
				}
				if sc.stamp[n] != stamp {
					sc.stamp[n] = stamp
					sc.cur[n] = 0
				}
				if v > sc.cur[n] {
					sc.acc[n] += v - sc.cur[n]
					sc.cur[n] = v
				}
			}
		}
	}
	stamp := int32(0)
	for i := range qt {
		t := &qt[i]
		if retrievable(t) {
			stamp++
			visit(stamp, t.weight, t)
		}
		for _, n := range []int{2, 3} {
			if !joinWords(qt, i, n) {
				continue
			}
			var text strings.Builder
			var w float32
			for k := i; k < i+n; k++ {
				text.WriteString(qt[k].text)
				w += qt[k].weight
			}
			j := token{text: text.String()}
			j.variant = variantKey(j.text)
			j.cons = consonantKey(j.variant)
			stamp++
			visit(stamp, w, &j)
		}
	}
	// The name score is at most 2·acc / (wq + wc); keep the names that
	// could reach the threshold, with a margin for rounding.
	need := float32(threshold - 0.05)
	var out []int32
	for _, n := range sc.touched {
		if 2*(sc.acc[n]+free) >= need*(wq+ix.names[n].Total) {
			out = append(out, n)
		}
		sc.stamp[n] = 0
		sc.acc[n] = 0
		sc.cur[n] = 0
	}
	return out
}

// concatEq reports whether s is the concatenation of key(parts).
func concatEq(s string, parts []token, key func(*token) string) bool {
	for i := range parts {
		k := key(&parts[i])
		if !strings.HasPrefix(s, k) {
			return false
		}
		s = s[len(k):]
	}
	return s == ""
}

// commonWeight is the weight under which a listed word counts as common.
const commonWeight = 0.5

// initialWeight is the weight of a one-letter word, an initial.
const initialWeight = 0.25

// retrievable reports whether a word is looked up in the index: not an
// initial, a particle or a generic word.
func retrievable(t *token) bool {
	return t.role != roleGeneric && t.role != roleParticle && len(t.text) >= 2
}

// joinWords reports whether the n words from i may be one name written
// apart ("Yong Chol", "Abd al Salam", "E. S. Co."): two words unless both
// are generic; three when one of the first two is a particle or all are
// short.
func joinWords(ts []token, i, n int) bool {
	if i+n > len(ts) {
		return false
	}
	if n == 2 {
		return ts[i].role != roleGeneric || ts[i+1].role != roleGeneric
	}
	if ts[i].role == roleParticle || ts[i+1].role == roleParticle {
		return true
	}
	return len(ts[i].text) <= 3 && len(ts[i+1].text) <= 3 && len(ts[i+2].text) <= 3
}

// explainName says how the query matched the listed name.
func explainName(query string, q, c []token, pairs []pair, n Name, scripts []string) string {
	var b strings.Builder
	kind := map[string]string{NamePrimary: "primary name", NameAlias: "alias", NameFormerly: "former name", NameNow: "new name", NameOriginal: "name in original script"}[n.Kind]
	if n.Quality == QualityWeak {
		kind = "weak alias"
	}
	fmt.Fprintf(&b, "%q matches the %s %q", query, kind, n.Full)
	if len(scripts) > 0 {
		fmt.Fprintf(&b, " (transliterated from %s)", strings.Join(scripts, ", "))
	}
	slices.SortFunc(pairs, func(a, b pair) int { return cmp.Compare(a.ci, b.ci) })
	var parts []string
	exact := 0
	for _, p := range pairs {
		qs := joinText(q[p.qi : p.qi+p.qn])
		cs := joinText(c[p.ci : p.ci+p.cn])
		var how string
		switch {
		case p.qn != p.cn:
			how = fmt.Sprintf("%s = %s (joined)", qs, strings.Join(texts(c[p.ci:p.ci+p.cn]), " + "))
			if p.qn > p.cn {
				how = fmt.Sprintf("%s = %s (joined)", strings.Join(texts(q[p.qi:p.qi+p.qn]), " + "), cs)
			}
		case p.kind == simExact:
			exact++
			continue
		case p.kind == simVariant || p.kind == simSkeleton:
			how = fmt.Sprintf("%s ~ %s (spelling variant)", qs, cs)
		case p.kind == simTypo:
			how = fmt.Sprintf("%s ~ %s (typo)", qs, cs)
		case p.kind == simInitial:
			how = fmt.Sprintf("%s ~ %s (initial)", qs, cs)
		}
		parts = append(parts, how)
	}
	switch {
	case exact > 0 && len(parts) == 0:
		fmt.Fprintf(&b, ": %d of %d words identical", exact, len(c))
	case exact > 0:
		fmt.Fprintf(&b, ": %d words identical, %s", exact, strings.Join(parts, ", "))
	default:
		fmt.Fprintf(&b, ": %s", strings.Join(parts, ", "))
	}
	var missing []string
	usedC := map[int]bool{}
	for _, p := range pairs {
		for k := p.ci; k < p.ci+p.cn; k++ {
			usedC[k] = true
		}
	}
	for j := range c {
		if !usedC[j] && c[j].role != roleGeneric && c[j].role != roleParticle {
			missing = append(missing, c[j].text)
		}
	}
	if len(missing) > 0 {
		fmt.Fprintf(&b, "; not in the query: %s", strings.Join(missing, " "))
	}
	var extra []string
	usedQ := map[int]bool{}
	for _, p := range pairs {
		for k := p.qi; k < p.qi+p.qn; k++ {
			usedQ[k] = true
		}
	}
	for i := range q {
		if !usedQ[i] && q[i].role != roleGeneric && q[i].role != roleParticle {
			extra = append(extra, q[i].text)
		}
	}
	if len(extra) > 0 {
		fmt.Fprintf(&b, "; not in the listed name: %s", strings.Join(extra, " "))
	}
	if n.Surname != "" && len(pairs) > 1 && surnameFirstDiffers(q, c, pairs) {
		b.WriteString("; the list writes the surname first")
	}
	return b.String()
}

func surnameFirstDiffers(q, c []token, pairs []pair) bool {
	// The listed name's first word matched a later query word.
	for _, p := range pairs {
		if p.ci == 0 {
			return p.qi > 0
		}
	}
	return false
}

func texts(ts []token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.text
	}
	return out
}

func joinText(ts []token) string { return strings.Join(texts(ts), "") }
