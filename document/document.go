// Package document defines newsgraph's Document model: the plain text of an
// article plus stand-off annotation layers (regions, paragraphs, sentences,
// tokens, entity mentions, entities, quotes, time expressions, relations,
// screening hits and update notes), and its versioned JSON form.
//
// Inside Go every Span holds byte offsets into Document.Text, so that slicing
// is free. The JSON form ("newsgraph/1", see docs/format.md) counts Unicode
// code points instead, as Python and spaCy do; the conversion happens once,
// in MarshalJSON and UnmarshalJSON.
//
// Each layer is its own slice sorted by start offset, so layers may overlap
// (a quote contains mentions, time expressions nest). Cross-references
// between layers are entity IDs (strings such as "E3"), never pointers.
package document

import (
	"slices"
	"time"
)

// Format is the version tag written into every Document's JSON form.
const Format = "newsgraph/1"

// A Span is the half-open interval [Start, End) of byte offsets into
// Document.Text. In JSON it is written as {"start": S, "end": E} in code
// points.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span covers no text.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Document is one article and everything newsgraph has learned about it.
// The zero value is an empty document; New returns one with Text set.
type Document struct {
	Text       string
	Meta       Meta
	Provenance Provenance

	Regions    []Region
	Paragraphs []Span
	Sentences  []Span
	// Tokens is filled by the tokenizer; it is written to JSON only when
	// asked for (see EncodeOptions), and then compactly.
	Tokens  []Span
	Updates []Update

	Mentions  []Mention
	Entities  []Entity
	Quotes    []Quote
	Timexes   []Timex
	Timeline  []TimelineEntry
	Relations []Relation
	Screening []Hit

	// Warnings records what a stage could not do (a language it does not
	// know, repaired input), so that output never silently lacks a layer.
	Warnings []Warning

	// scratch holds what a stage leaves for later stages of the same
	// run (scratch.go); it is no annotation and is never written out.
	scratch []scratchItem
}

// New returns a document holding text and no annotations.
func New(text string) *Document { return &Document{Text: text} }

// Slice returns the text a span covers. It returns "" for a span that lies
// outside the text.
func (d *Document) Slice(s Span) string {
	if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
		return ""
	}
	return d.Text[s.Start:s.End]
}

// Warn appends a warning from the named stage.
func (d *Document) Warn(stage, message string) {
	d.Warnings = append(d.Warnings, Warning{Stage: stage, Message: message})
}

// Body returns the spans of the body regions, the text that analysers read.
// A document with no regions is all body.
func (d *Document) Body() []Span {
	var out []Span
	for _, r := range d.Regions {
		if r.Kind == RegionBody {
			out = append(out, r.Span)
		}
	}
	if len(out) == 0 && len(d.Regions) == 0 && d.Text != "" {
		out = append(out, Span{0, len(d.Text)})
	}
	return out
}

// InBody reports whether s lies inside one of the body regions.
func (d *Document) InBody(s Span) bool {
	for _, b := range d.Body() {
		if b.Contains(s) {
			return true
		}
	}
	return false
}

// Entity returns the entity with the given ID, or nil.
func (d *Document) Entity(id string) *Entity {
	for i := range d.Entities {
		if d.Entities[i].ID == id {
			return &d.Entities[i]
		}
	}
	return nil
}

// SentenceAt returns the index of the sentence containing byte offset off,
// or -1. Sentences must be sorted.
func (d *Document) SentenceAt(off int) int {
	i, found := slices.BinarySearchFunc(d.Sentences, off, func(s Span, off int) int {
		switch {
		case s.End <= off:
			return -1
		case s.Start > off:
			return 1
		}
		return 0
	})
	if !found {
		return -1
	}
	return i
}

// Meta is what is known about the article as a publication.
type Meta struct {
	Title string `json:"title"`
	URL   string `json:"url"`
	// Canonical is the address the page gives as its own (link
	// rel=canonical, og:url), when it gives one.
	Canonical string   `json:"canonical,omitempty"`
	Site      string   `json:"site"`
	Section   string   `json:"section,omitempty"`
	Authors   []string `json:"authors"`
	Published Time     `json:"published"`
	Modified  Time     `json:"modified"`
	Language  string   `json:"language"`
	Credits   []Credit `json:"credits"`
}

// A Credit is a contributor line such as "Special correspondent Sabra Ayres
// in Moscow contributed to this report."
type Credit struct {
	Span
	Text string `json:"text"`
	// Names are the people the line credits, as written.
	Names []string `json:"names,omitempty"`
}

// Time is an instant or a calendar date from the article's metadata. It keeps
// the zone it was given in (never the machine's local zone) and whether only
// a date was known. The zero Time is "unknown" and encodes as null.
type Time struct {
	time.Time
	// DateOnly is set when only the calendar date is known; Time then holds
	// midnight UTC of that date.
	DateOnly bool
}

// Provenance records what produced a document, so results can be traced and
// reproduced.
type Provenance struct {
	// Newsgraph is the version of the newsgraph binary.
	Newsgraph string `json:"newsgraph"`
	// Models maps a model name (such as "ner") to its version.
	Models map[string]string `json:"models"`
	// Rules maps a rule-set name (such as "timex") to its version.
	Rules map[string]string `json:"rules"`
	// Lists are the sanctions lists the document was screened against.
	Lists []ListVersion `json:"lists"`
	// Stages are the pipeline stages that ran, in order.
	Stages []string `json:"stages"`
}

// ListVersion names a screening list and the date of its data.
type ListVersion struct {
	Name string `json:"name"`
	Date string `json:"date"`
}

// RegionKind names the part of an article a region covers.
type RegionKind string

// The region kinds.
const (
	RegionHeadline  RegionKind = "headline"
	RegionDateline  RegionKind = "dateline"
	RegionByline    RegionKind = "byline"
	RegionBody      RegionKind = "body"
	RegionUpdateLog RegionKind = "update_log"
	RegionCredits   RegionKind = "credits"
)

// A Region marks a structural part of the article.
type Region struct {
	Span
	Kind RegionKind `json:"kind"`
}

// An Update is one revision note from an article's update log, such as
// "4:05 p.m.: The article was updated with additional details".
type Update struct {
	Span
	// Time is the note's time in RFC 3339 when it could be resolved against
	// the publication time, a date (2018-06-01) when only that is known,
	// or a TimeML-style partial value ("T16:05") otherwise; "" if none.
	Time string `json:"time"`
	// Note is the note's text without its time stamp.
	Note string `json:"note"`
	// Kind is "update", "correction" or "published".
	Kind string `json:"kind"`
}

// Entity types used by mentions and entities, following CoNLL-2003.
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// A Mention is a span of text that names an entity.
type Mention struct {
	Span
	Text string `json:"text"`
	Type string `json:"type"`
	// Entity is the ID of the entity the mention refers to, "" if none.
	Entity string `json:"entity,omitempty"`
}

// An Entity is a person, organisation, place or other named thing that one
// or more mentions refer to.
type Entity struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
	// Aliases are the other names the text uses for the entity.
	Aliases []string `json:"aliases"`
	// Descriptions are titles, roles and appositives ("President",
	// "an Asia scholar at the nonpartisan Brookings Institution").
	Descriptions []string `json:"descriptions"`
}

// Quote kinds.
const (
	QuoteDirect   = "direct"
	QuotePartial  = "partial"
	QuoteIndirect = "indirect"
)

// A Quote is something someone said, directly or in reported speech.
type Quote struct {
	// Span covers the whole content, from its first to its last part.
	Span
	Text string `json:"text"`
	// Parts are the content's pieces when it is split by its attribution
	// or runs over paragraphs; empty when the content is one piece.
	Parts []Span `json:"spans,omitempty"`
	Kind  string `json:"kind"`
	// Cue is the speech verb or phrase ("said", "told reporters",
	// "according to"), if any.
	Cue *Span `json:"cue"`
	// Source is where the speaker is named at this quote (a pronoun
	// included), if anywhere.
	Source *Span `json:"source"`
	// Speaker is the resolved entity ID, "" if unknown.
	Speaker string `json:"speaker"`
}

// Contents returns the spans of the quote's content: its Parts, or its
// whole Span when the content is one piece.
func (q *Quote) Contents() []Span {
	if len(q.Parts) == 0 {
		return []Span{q.Span}
	}
	return q.Parts
}

// TimeML TIMEX3 types.
const (
	DATE     = "DATE"
	TIME     = "TIME"
	DURATION = "DURATION"
	SET      = "SET"
)

// A Timex is a time expression with its TimeML TIMEX3 normalisation.
type Timex struct {
	Span
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
	Quant string `json:"quant,omitempty"`
	Freq  string `json:"freq,omitempty"`
	// BeginPoint and EndPoint are the TimeML values of the ends of a
	// duration anchored to the publication time ("the last 72 hours":
	// 2018-05-28T05:55 and 2018-05-31T05:55), in place of TimeML's
	// beginPoint and endPoint, which name other TIMEX3s; "" otherwise.
	BeginPoint string `json:"begin_point,omitempty"`
	EndPoint   string `json:"end_point,omitempty"`
	// Zone is the UTC offset ("-04:00") of a clock time whose zone the
	// text names ("4 p.m. EDT"); the value itself stays local, as TimeML
	// writes it.
	Zone string `json:"zone,omitempty"`
}

// A TimelineEntry is a dated statement of the article.
type TimelineEntry struct {
	// Value is the TimeML value of the time expression that dates it.
	Value string `json:"value"`
	// Start and End bound the value as an interval in UTC, when the value
	// allows one (RFC 3339); both are "" otherwise.
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
	// Timex is the span of the time expression.
	Timex Span `json:"timex"`
	// Sentence is the span of the sentence that makes the statement.
	Sentence Span `json:"sentence"`
	// Entities are the IDs of the entities the sentence mentions.
	Entities []string `json:"entities"`
}

// Relation modalities.
const (
	Happened     = "happened"
	Planned      = "planned"
	Reported     = "reported"
	Hypothetical = "hypothetical"
)

// A Relation is a fact linking two entities: a role, a location or an
// interaction. docs/relations.md lists the types.
type Relation struct {
	Type string `json:"type"`
	// Subject is the entity that acts or is related; "" when the actor of
	// an interaction is a party named by its role and no entity
	// (SubjectText then says who: "police", "a federal judge").
	Subject     string `json:"subject"`
	SubjectText string `json:"subject_text,omitempty"`
	// Object is the entity acted on or related to; "" when the object is
	// no entity (ObjectText then says what it is: "the summit") or when a
	// role names no organisation or country.
	Object     string `json:"object,omitempty"`
	ObjectText string `json:"object_text,omitempty"`
	// SubjectSpan and ObjectSpan are the argument mentions (a pronoun
	// included) the relation was read from, nil when none.
	SubjectSpan *Span `json:"subject_span"`
	ObjectSpan  *Span `json:"object_span"`
	// Role is the role or title for role relations ("Secretary of State").
	Role    string `json:"role,omitempty"`
	Trigger Span   `json:"trigger"`
	// Time is the resolved value of the time expression that dates the
	// relation (TimeML, "2018-05-24"), and Timex that expression's span.
	Time  string `json:"time,omitempty"`
	Timex *Span  `json:"timex,omitempty"`
	// Place is the entity ID of where it happened.
	Place    string `json:"place,omitempty"`
	Sentence Span   `json:"sentence"`
	Negated  bool   `json:"negated"`
	Modality string `json:"modality"`
}

// A Hit is a match between an entity of the article and a sanctions list
// entry.
type Hit struct {
	// Entity is the ID of the entity screened, "" when the document has
	// no entity layer and a name was screened as the text writes it.
	Entity string `json:"entity"`
	// Mention is the name screened, as the text writes it.
	Mention     string  `json:"mention,omitempty"`
	List        string  `json:"list"`
	ListID      string  `json:"list_id"`
	Name        string  `json:"name"`
	Score       float64 `json:"score"`
	Explanation string  `json:"explanation"`
}

// A Warning is something a stage could not do.
type Warning struct {
	Stage   string `json:"stage"`
	Message string `json:"message"`
}

// eachSpan calls f with a pointer to every span in the document, in every
// layer and in meta. Conversion between byte and code-point offsets relies
// on it, so every new field of type Span, *Span or []Span must be visited
// here (TestEachSpanVisitsEverySpan checks this by reflection).
func (d *Document) eachSpan(f func(*Span)) {
	for i := range d.Meta.Credits {
		f(&d.Meta.Credits[i].Span)
	}
	for i := range d.Regions {
		f(&d.Regions[i].Span)
	}
	spans := func(s []Span) {
		for i := range s {
			f(&s[i])
		}
	}
	spans(d.Paragraphs)
	spans(d.Sentences)
	spans(d.Tokens)
	for i := range d.Updates {
		f(&d.Updates[i].Span)
	}
	for i := range d.Mentions {
		f(&d.Mentions[i].Span)
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		f(&q.Span)
		spans(q.Parts)
		if q.Cue != nil {
			f(q.Cue)
		}
		if q.Source != nil {
			f(q.Source)
		}
	}
	for i := range d.Timexes {
		f(&d.Timexes[i].Span)
	}
	for i := range d.Timeline {
		f(&d.Timeline[i].Timex)
		f(&d.Timeline[i].Sentence)
	}
	for i := range d.Relations {
		r := &d.Relations[i]
		f(&r.Trigger)
		f(&r.Sentence)
		for _, p := range []*Span{r.SubjectSpan, r.ObjectSpan, r.Timex} {
			if p != nil {
				f(p)
			}
		}
	}
}
