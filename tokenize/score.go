package tokenize

import "github.com/newsgraph/newsgraph/document"

// BoundaryScore counts sentence boundaries found against gold.
type BoundaryScore struct {
	TP, FP, FN int
}

// Add accumulates o into s.
func (s *BoundaryScore) Add(o BoundaryScore) {
	s.TP += o.TP
	s.FP += o.FP
	s.FN += o.FN
}

// Precision, Recall and F1 return the usual ratios (1 when undefined).
func (s BoundaryScore) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is TP / (TP + FN).
func (s BoundaryScore) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of precision and recall.
func (s BoundaryScore) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// ScoreBoundaries compares the sentence-internal boundaries of pred with
// those of gold. A boundary is the end offset of a sentence that is followed
// by another sentence in the same paragraph; paragraph ends are given away
// and not counted. Offsets are compared after skipping white space, so a
// boundary is the start of the next sentence.
func ScoreBoundaries(text string, gold, pred, paragraphs []document.Span) BoundaryScore {
	starts := func(spans []document.Span) map[int]bool {
		m := make(map[int]bool, len(spans))
		for _, s := range spans {
			m[s.Start] = true
		}
		return m
	}
	paraStart := starts(paragraphs)
	g, p := starts(gold), starts(pred)
	var sc BoundaryScore
	for off := range g {
		if paraStart[off] {
			continue
		}
		if p[off] {
			sc.TP++
		} else {
			sc.FN++
		}
	}
	for off := range p {
		if !paraStart[off] && !g[off] {
			sc.FP++
		}
	}
	return sc
}
