// Package timeline orders the dated statements of an article in time: for
// each time expression of the body that names a point or a stretch of the
// calendar ("on Friday", "May 24", "the last 72 hours"), an entry with its
// TimeML value, the interval it denotes in UTC, the sentence that makes the
// statement and the entities that sentence mentions.
//
// It reads the timexes layer (package timex) and, when present, the
// mentions layer; run it after the stages that resolve mentions to
// entities so that entries carry their entity IDs.
package timeline

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/timex"
)

// Process is the timeline stage: it fills doc.Timeline.
func Process(ctx context.Context, doc *document.Document) error {
	doc.Timeline = Build(doc)
	return nil
}

// Build returns the timeline of the document, sorted by time: entries
// whose value gives an interval first, by start and then end; entries
// whose value is underspecified ("XXXX-06-12") after them, by value. Ties
// keep the order of the text.
//
// An entry is made for each DATE and TIME expression in the body whose
// value is a date or time, known or underspecified (not PRESENT_REF and
// the like), and for each duration anchored to the publication time ("the
// last 72 hours"). Intervals are computed in the publication's zone (UTC
// without a publication time) unless the expression names its own zone.
func Build(doc *document.Document) []document.TimelineEntry {
	loc := time.UTC
	if !doc.Meta.Published.IsZero() && !doc.Meta.Published.DateOnly {
		loc = doc.Meta.Published.Location()
	}
	var out []document.TimelineEntry
	// mentions in order of their starts (as the pipeline gives them) are
	// searched, not scanned, for each entry's sentence: a long document
	// has many of both
	sorted := slices.IsSortedFunc(doc.Mentions, func(a, b document.Mention) int { return a.Start - b.Start })
	for _, t := range doc.Timexes {
		if !doc.InBody(t.Span) {
			continue
		}
		e := document.TimelineEntry{Value: t.Value, Timex: t.Span}
		switch t.Type {
		case document.DATE, document.TIME:
			if strings.HasSuffix(t.Value, "_REF") || t.Value == "" {
				continue
			}
			if s, end, ok := timex.Interval(t.Value, loc, t.Zone); ok {
				e.Start, e.End = utc(s), utc(end)
			}
		case document.DURATION:
			if t.BeginPoint == "" || t.EndPoint == "" {
				continue
			}
			s, _, ok1 := timex.Interval(t.BeginPoint, loc, "")
			es, ee, ok2 := timex.Interval(t.EndPoint, loc, "")
			if !ok1 || !ok2 {
				continue
			}
			if strings.Contains(t.EndPoint, ":") {
				ee = es // an instant: "the last 72 hours" ends at it
			}
			e.Start, e.End = utc(s), utc(ee)
		default:
			continue
		}
		e.Sentence = sentenceOf(doc, t.Span)
		e.Entities = entitiesIn(doc, e.Sentence, sorted)
		out = append(out, e)
	}
	slices.SortStableFunc(out, Compare)
	return out
}

// Compare orders timeline entries: those with an interval by start, then
// end (RFC 3339 strings in UTC compare as times), before those without,
// which go by value.
func Compare(a, b document.TimelineEntry) int {
	switch {
	case a.Start == "" && b.Start != "":
		return 1
	case a.Start != "" && b.Start == "":
		return -1
	case a.Start == "":
		return cmp.Compare(a.Value, b.Value)
	}
	return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
}

func utc(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// sentenceOf returns the sentence that contains s, or s itself when the
// document has no sentences.
func sentenceOf(doc *document.Document, s document.Span) document.Span {
	if i := doc.SentenceAt(s.Start); i >= 0 {
		return doc.Sentences[i]
	}
	return s
}

// entitiesIn returns the IDs of the entities mentioned inside s, in the
// order of their first mention. sorted says doc's mentions are in order
// of their starts: then only those starting inside s are looked at.
func entitiesIn(doc *document.Document, s document.Span, sorted bool) []string {
	var ids []string
	ms := doc.Mentions
	if sorted {
		lo, _ := slices.BinarySearchFunc(ms, s.Start, func(m document.Mention, off int) int { return m.Start - off })
		hi, _ := slices.BinarySearchFunc(ms, s.End+1, func(m document.Mention, off int) int { return m.Start - off })
		ms = ms[lo:hi]
	}
	for _, m := range ms {
		if m.Entity == "" || !s.Contains(m.Span) || slices.Contains(ids, m.Entity) {
			continue
		}
		ids = append(ids, m.Entity)
	}
	return ids
}
