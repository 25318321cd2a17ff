package document

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// ErrFormat is returned when JSON input is not a newsgraph Document of a
// version this package reads.
var ErrFormat = errors.New("document: not a newsgraph/1 document")

// Layer names, as used in JSON and by --layers.
const (
	LayerRegions    = "regions"
	LayerParagraphs = "paragraphs"
	LayerSentences  = "sentences"
	LayerTokens     = "tokens"
	LayerUpdates    = "updates"
	LayerMentions   = "mentions"
	LayerEntities   = "entities"
	LayerQuotes     = "quotes"
	LayerTimexes    = "timexes"
	LayerTimeline   = "timeline"
	LayerRelations  = "relations"
	LayerScreening  = "screening"
)

// Layers lists every layer name in the order the JSON form writes them.
var Layers = []string{
	LayerRegions, LayerParagraphs, LayerSentences, LayerTokens, LayerUpdates,
	LayerMentions, LayerEntities, LayerQuotes, LayerTimexes, LayerTimeline,
	LayerRelations, LayerScreening,
}

// EncodeOptions controls the JSON form. The zero value writes every layer
// except tokens.
type EncodeOptions struct {
	// Layers, when non-nil, lists the layers to fill; the others are
	// written as empty arrays so that every key is always present.
	// Tokens are written only when listed here.
	Layers []string
	// Indent, when non-empty, pretty-prints with this indent.
	Indent string
}

func (o EncodeOptions) want(layer string) bool {
	if o.Layers == nil {
		return layer != LayerTokens
	}
	return slices.Contains(o.Layers, layer)
}

// wire is the JSON form of a Document. Spans in it are code points.
type wire struct {
	Format     string          `json:"format"`
	Text       string          `json:"text"`
	Meta       Meta            `json:"meta"`
	Provenance Provenance      `json:"provenance"`
	Regions    []Region        `json:"regions"`
	Paragraphs []Span          `json:"paragraphs"`
	Sentences  []Span          `json:"sentences"`
	Tokens     [][2]int        `json:"tokens,omitempty"`
	Updates    []Update        `json:"updates"`
	Mentions   []Mention       `json:"mentions"`
	Entities   []Entity        `json:"entities"`
	Quotes     []Quote         `json:"quotes"`
	Timexes    []Timex         `json:"timexes"`
	Timeline   []TimelineEntry `json:"timeline"`
	Relations  []Relation      `json:"relations"`
	Screening  []Hit           `json:"screening"`
	Warnings   []Warning       `json:"warnings"`
}

// MarshalJSON writes the document in its JSON form with the default
// options (every layer but tokens).
func (d *Document) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.toWire(EncodeOptions{}))
}

// Encode writes the document's JSON form to w, followed by a newline.
func Encode(w io.Writer, d *Document, opts EncodeOptions) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if opts.Indent != "" {
		enc.SetIndent("", opts.Indent)
	}
	if err := enc.Encode(d.toWire(opts)); err != nil {
		return fmt.Errorf("document: encode: %w", err)
	}
	return nil
}

func (d *Document) toWire(opts EncodeOptions) *wire {
	c := d.clone()
	ix := NewIndex(c.Text)
	c.eachSpan(func(s *Span) {
		s.Start, s.End = ix.Runes(s.Start), ix.Runes(s.End)
	})
	w := &wire{
		Format:     Format,
		Text:       c.Text,
		Meta:       c.Meta,
		Provenance: c.Provenance,
		Warnings:   nonNil(c.Warnings),
	}
	w.Meta.Authors = nonNil(w.Meta.Authors)
	w.Meta.Credits = nonNil(w.Meta.Credits)
	if w.Provenance.Models == nil {
		w.Provenance.Models = map[string]string{}
	}
	if w.Provenance.Rules == nil {
		w.Provenance.Rules = map[string]string{}
	}
	w.Provenance.Lists = nonNil(w.Provenance.Lists)
	w.Provenance.Stages = nonNil(w.Provenance.Stages)
	pick := func(layer string) bool { return opts.want(layer) }
	w.Regions = layer(pick(LayerRegions), c.Regions)
	w.Paragraphs = layer(pick(LayerParagraphs), c.Paragraphs)
	w.Sentences = layer(pick(LayerSentences), c.Sentences)
	if pick(LayerTokens) {
		w.Tokens = make([][2]int, len(c.Tokens))
		for i, t := range c.Tokens {
			w.Tokens[i] = [2]int{t.Start, t.End}
		}
	}
	w.Updates = layer(pick(LayerUpdates), c.Updates)
	w.Mentions = layer(pick(LayerMentions), c.Mentions)
	w.Entities = layer(pick(LayerEntities), c.Entities)
	for i := range w.Entities {
		w.Entities[i].Aliases = nonNil(w.Entities[i].Aliases)
		w.Entities[i].Descriptions = nonNil(w.Entities[i].Descriptions)
	}
	w.Quotes = layer(pick(LayerQuotes), c.Quotes)
	w.Timexes = layer(pick(LayerTimexes), c.Timexes)
	w.Timeline = layer(pick(LayerTimeline), c.Timeline)
	for i := range w.Timeline {
		w.Timeline[i].Entities = nonNil(w.Timeline[i].Entities)
	}
	w.Relations = layer(pick(LayerRelations), c.Relations)
	w.Screening = layer(pick(LayerScreening), c.Screening)
	return w
}

func layer[T any](want bool, s []T) []T {
	if !want || s == nil {
		return []T{}
	}
	return s
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// UnmarshalJSON reads a document from its JSON form. It rejects other
// formats with ErrFormat and spans outside the text.
func (d *Document) UnmarshalJSON(data []byte) error {
	var w wire
	if err := json.Unmarshal(data, &w); err != nil {
		return fmt.Errorf("document: %w", err)
	}
	if w.Format != Format {
		return fmt.Errorf("%w (format %q)", ErrFormat, w.Format)
	}
	if !utf8.ValidString(w.Text) {
		return errors.New("document: text is not valid UTF-8")
	}
	nd := Document{
		Text:       w.Text,
		Meta:       w.Meta,
		Provenance: w.Provenance,
		Regions:    w.Regions,
		Paragraphs: w.Paragraphs,
		Sentences:  w.Sentences,
		Updates:    w.Updates,
		Mentions:   w.Mentions,
		Entities:   w.Entities,
		Quotes:     w.Quotes,
		Timexes:    w.Timexes,
		Timeline:   w.Timeline,
		Relations:  w.Relations,
		Screening:  w.Screening,
		Warnings:   w.Warnings,
	}
	if w.Tokens != nil {
		nd.Tokens = make([]Span, len(w.Tokens))
		for i, t := range w.Tokens {
			nd.Tokens[i] = Span{t[0], t[1]}
		}
	}
	ix := NewIndex(nd.Text)
	n := ix.Len()
	var bad error
	nd.eachSpan(func(s *Span) {
		if bad == nil && (s.Start < 0 || s.End > n || s.Start > s.End) {
			bad = fmt.Errorf("document: span [%d, %d) outside text of %d code points", s.Start, s.End, n)
		}
		s.Start, s.End = ix.Bytes(s.Start), ix.Bytes(s.End)
	})
	if bad != nil {
		return bad
	}
	*d = nd
	return nil
}

// Decode reads one document from r.
func Decode(r io.Reader) (*Document, error) {
	var d Document
	if err := json.NewDecoder(r).Decode(&d); err != nil {
		return nil, err
	}
	return &d, nil
}

// clone returns a copy of d that shares no span storage with it.
func (d *Document) clone() *Document {
	c := *d
	c.Meta.Authors = slices.Clone(d.Meta.Authors)
	c.Meta.Credits = slices.Clone(d.Meta.Credits)
	c.Regions = slices.Clone(d.Regions)
	c.Paragraphs = slices.Clone(d.Paragraphs)
	c.Sentences = slices.Clone(d.Sentences)
	c.Tokens = slices.Clone(d.Tokens)
	c.Updates = slices.Clone(d.Updates)
	c.Mentions = slices.Clone(d.Mentions)
	c.Entities = slices.Clone(d.Entities)
	c.Quotes = slices.Clone(d.Quotes)
	for i := range c.Quotes {
		q := &c.Quotes[i]
		q.Parts = slices.Clone(q.Parts)
		if q.Cue != nil {
			cue := *q.Cue
			q.Cue = &cue
		}
		if q.Source != nil {
			src := *q.Source
			q.Source = &src
		}
	}
	c.Timexes = slices.Clone(d.Timexes)
	c.Timeline = slices.Clone(d.Timeline)
	c.Relations = slices.Clone(d.Relations)
	for i := range c.Relations {
		r := &c.Relations[i]
		for _, p := range []**Span{&r.SubjectSpan, &r.ObjectSpan, &r.Timex} {
			if *p != nil {
				s := **p
				*p = &s
			}
		}
	}
	c.Screening = slices.Clone(d.Screening)
	c.Warnings = slices.Clone(d.Warnings)
	return &c
}

// ParseTime reads a publication time: RFC 3339 (its zone kept), a date and
// time without zone (taken as UTC), or a date (2006-01-02).
func ParseTime(s string) (Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Time{}, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return Time{Time: t}, nil
		}
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return Time{Time: t}, nil
		}
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return Time{Time: t, DateOnly: true}, nil
	}
	return Time{}, fmt.Errorf("document: time %q is neither RFC 3339 (2018-05-31T05:55:00-07:00) nor a date (2018-05-31)", s)
}

// String returns the time as RFC 3339, or as a date when only the date is
// known, or "" for the zero Time.
func (t Time) String() string {
	switch {
	case t.IsZero():
		return ""
	case t.DateOnly:
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339Nano)
}

// MarshalJSON writes the time as a string, or null when it is unknown.
func (t Time) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(t.String())
}

// UnmarshalJSON reads what MarshalJSON writes.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		*t = Time{}
		return nil
	}
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return fmt.Errorf("document: time: %w", err)
	}
	v, err := ParseTime(s)
	if err != nil {
		return err
	}
	*t = v
	return nil
}
