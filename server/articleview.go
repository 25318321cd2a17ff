package server

import (
	"cmp"
	"fmt"
	"html/template"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/server/highlight"
)

// articleView is the view of article.html: the text with every layer
// marked, and the panels beside it.
type articleView struct {
	page
	Path, JSONPath, DocumentPath string
	// Headline is the rendered headline region, or the escaped title.
	Headline   template.HTML
	HeadlineCP int
	Meta       []metaItem
	SourceURL  string // an http(s) link to the original, or ""
	Source     string
	Sections   []textSection
	Layers     []layerToggle
	// Types are the entity types present, to show or hide one by one.
	Types      []layerToggle
	Groups     []entityGroup
	Speakers   []speakerView
	Timeline   []timelineView
	Relations  []relationView
	Hits       []hitView
	Updates    []updateView
	Credits    []string
	Warnings   []document.Warning
	Stats      statsView
	Provenance provenanceView
}

type metaItem struct{ Label, Value string }

// A textSection is a run of paragraphs of one region kind.
type textSection struct {
	Kind  document.RegionKind
	Label string // a heading for the update log and credits, else ""
	// Blocks are its paragraphs.
	Blocks []block
}

// A block is one paragraph with its marks rendered.
type block struct {
	// CP and U16 are the paragraph's start in code points (as the JSON
	// counts) and in UTF-16 units (as the browser counts); the script
	// adds the offset of a selection inside the paragraph to CP.
	CP, U16 int
	HTML    template.HTML
}

type layerToggle struct {
	ID, Label, Key string
	Count          int
}

type entityGroup struct {
	Type, Label string
	Entities    []entityView
}

type entityView struct {
	ID, Anchor   string
	Name         string
	TypeClass    string
	TypeLabel    string
	Unresolved   bool // a group of mentions with no entity
	Aliases      []string
	Descriptions []string
	Mentions     []string // anchors of its mentions, in text order
	Quotes       int
	Hits         []hitView
}

type entityRef struct {
	ID, Anchor, Name string
}

type speakerView struct {
	Speaker entityRef
	Role    string
	Quotes  []quoteItem
}

type quoteItem struct {
	Anchor, Text, Kind string
}

type timelineView struct {
	Value, When, Anchor, Sentence string
	Entities                      []entityRef
}

type relationView struct {
	Anchor                string
	Subject, Object       entityRef
	Verb, Role            string
	Place, Time, Modality string
	Negated               bool
	Sentence              string
}

type hitView struct {
	Entity             entityRef
	List, ListID, Name string
	Score              string
	Explanation        string
}

type updateView struct {
	Anchor, Time, Kind, Note string
}

type statsView struct {
	Paragraphs, Sentences, Words, Mentions int
	Elapsed                                time.Duration
}

type provenanceView struct {
	Newsgraph string
	Models    []metaItem
	Rules     []metaItem
	Lists     []metaItem
	Stages    string
}

// at returns a mark attribute.
func at(name, value string) highlight.Attr { return highlight.Attr{Name: name, Value: value} }

// Mark ranks: on the same span, the lower rank is the outer element.
const (
	rankRegion = iota
	rankUpdate
	rankQuote
	rankCue
	rankSource
	rankRelation
	rankTimex
	rankMention
)

var typeInfo = map[string]struct{ class, one, group string }{
	document.PER:  {"per", "Person", "People"},
	document.ORG:  {"org", "Organisation", "Organisations"},
	document.LOC:  {"loc", "Place", "Places"},
	document.MISC: {"misc", "Other", "Other names"},
}

func typeClass(t string) string {
	if ti, ok := typeInfo[t]; ok {
		return ti.class
	}
	return "other"
}

func typeLabel(t string) string {
	if ti, ok := typeInfo[t]; ok {
		return ti.one
	}
	return t
}

// safeID keeps the characters of an ID that are safe in an HTML id and a
// URL fragment.
func safeID(id string) string {
	return strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_') {
			return r
		}
		return -1
	}, id)
}

// builder holds what building one article view needs.
type builder struct {
	doc  *document.Document
	offs *highlight.Offsets
	// ents maps an entity ID (or a synthetic ID for unresolved mentions)
	// to its view.
	ents    map[string]*entityView
	order   []string // entity IDs in order of first mention
	mentEnt []string // entity view ID of each mention
	hits    map[string][]hitView
	timexAt map[document.Span]int
	marks   []highlight.Mark
}

// newArticleView builds the view of an article.
func (s *Server) newArticleView(a *article) *articleView {
	doc := a.Doc
	b := &builder{doc: doc, offs: highlight.NewOffsets(doc.Text), ents: map[string]*entityView{}, hits: map[string][]hitView{}, timexAt: map[document.Span]int{}}
	title := doc.Meta.Title
	if title == "" {
		title = "Untitled article"
	}
	v := &articleView{
		page:         s.page(title, navOf(a)),
		Path:         a.Path,
		JSONPath:     a.Path + "/json",
		DocumentPath: a.Path + "/document.json",
		Source:       a.Source,
		SourceURL:    httpURL(a.SourceURL),
		Warnings:     doc.Warnings,
	}
	if v.SourceURL == "" {
		v.SourceURL = httpURL(doc.Meta.URL)
	}
	v.Wide = true
	b.entities(v)
	b.screening(v)
	b.mentionMarks()
	b.quotes(v)
	b.timexes()
	b.timeline(v)
	b.relations(v)
	b.updates(v)
	b.regionMarks()
	b.text(v)
	b.finishEntities(v)

	v.Meta = metaItems(doc)
	for _, c := range doc.Meta.Credits {
		v.Credits = append(v.Credits, c.Text)
	}
	v.Stats = statsView{Paragraphs: len(doc.Paragraphs), Sentences: len(doc.Sentences), Words: words(doc), Mentions: len(doc.Mentions), Elapsed: a.Elapsed}
	v.Provenance = provenance(doc.Provenance)
	v.Layers = []layerToggle{
		{"mentions", "Entities", "e", len(doc.Mentions)},
		{"quotes", "Quotes", "q", len(doc.Quotes)},
		{"timexes", "Time", "t", len(doc.Timexes)},
		{"relations", "Relations", "r", len(doc.Relations)},
		{"screening", "Screening", "s", len(doc.Screening)},
		{"regions", "Regions", "g", len(doc.Regions)},
	}
	typeCount := map[string]int{}
	for _, m := range doc.Mentions {
		typeCount[typeClass(m.Type)]++
	}
	for _, t := range []struct{ id, label string }{{"per", "people"}, {"org", "organisations"}, {"loc", "places"}, {"misc", "other"}, {"other", "unknown type"}} {
		if typeCount[t.id] > 0 {
			v.Types = append(v.Types, layerToggle{ID: t.id, Label: t.label, Count: typeCount[t.id]})
		}
	}
	return v
}

// httpURL returns u if it is an absolute http or https URL, else "" (a
// javascript: or data: URL from a hostile page is never linked).
func httpURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

func metaItems(doc *document.Document) []metaItem {
	var out []metaItem
	add := func(label, value string) {
		if value != "" {
			out = append(out, metaItem{label, value})
		}
	}
	add("Site", doc.Meta.Site)
	add("Section", doc.Meta.Section)
	add("By", strings.Join(doc.Meta.Authors, ", "))
	add("Published", humanTime(doc.Meta.Published))
	add("Modified", humanTime(doc.Meta.Modified))
	add("Language", doc.Meta.Language)
	return out
}

func humanTime(t document.Time) string {
	switch {
	case t.IsZero():
		return ""
	case t.DateOnly:
		return t.Format("2 January 2006")
	}
	return t.Format("2 January 2006, 15:04 MST")
}

func words(doc *document.Document) int {
	n := 0
	if len(doc.Tokens) > 0 {
		for _, t := range doc.Tokens {
			if r, _ := utf8.DecodeRuneInString(doc.Slice(t)); unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
			}
		}
		return n
	}
	return len(strings.Fields(doc.Text))
}

func provenance(p document.Provenance) provenanceView {
	pv := provenanceView{Newsgraph: p.Newsgraph, Stages: strings.Join(p.Stages, " → ")}
	sorted := func(m map[string]string) []metaItem {
		var out []metaItem
		for k, v := range m {
			out = append(out, metaItem{k, v})
		}
		slices.SortFunc(out, func(a, b metaItem) int { return cmp.Compare(a.Label, b.Label) })
		return out
	}
	pv.Models, pv.Rules = sorted(p.Models), sorted(p.Rules)
	for _, l := range p.Lists {
		pv.Lists = append(pv.Lists, metaItem{l.Name, l.Date})
	}
	return pv
}

// cp returns the code-point offsets of a span, as the JSON counts, for
// data-span attributes.
func (b *builder) cp(s document.Span) string {
	return strconv.Itoa(b.offs.CodePoints(s.Start)) + "-" + strconv.Itoa(b.offs.CodePoints(s.End))
}

// ref returns a reference to an entity for the panels.
func (b *builder) ref(id string) entityRef {
	if id == "" {
		return entityRef{}
	}
	if e := b.ents[id]; e != nil {
		return entityRef{ID: e.ID, Anchor: e.Anchor, Name: e.Name}
	}
	return entityRef{Name: id}
}

// entities indexes the entities, and groups the mentions that have none by
// type and text, so that they can be followed all the same.
func (b *builder) entities(v *articleView) {
	for _, e := range b.doc.Entities {
		id := safeID(e.ID)
		if id == "" || b.ents[id] != nil {
			continue
		}
		ev := &entityView{ID: id, Anchor: "entity-" + id, Name: e.Name, TypeClass: typeClass(e.Type), TypeLabel: typeLabel(e.Type), Descriptions: e.Descriptions}
		for _, a := range e.Aliases {
			if a != e.Name && !slices.Contains(ev.Aliases, a) {
				ev.Aliases = append(ev.Aliases, a)
			}
		}
		b.ents[id] = ev
	}
	unresolved := map[string]string{} // type + text → synthetic ID
	b.mentEnt = make([]string, len(b.doc.Mentions))
	for i, m := range b.doc.Mentions {
		id := safeID(m.Entity)
		if m.Entity == "" || b.ents[id] == nil {
			key := m.Type + "\x00" + m.Text
			id = unresolved[key]
			if id == "" {
				id = fmt.Sprintf("u%d", len(unresolved)+1)
				unresolved[key] = id
				b.ents[id] = &entityView{ID: id, Anchor: "entity-" + id, Name: m.Text, TypeClass: typeClass(m.Type), TypeLabel: typeLabel(m.Type), Unresolved: true}
			}
		}
		b.mentEnt[i] = id
		ev := b.ents[id]
		if len(ev.Mentions) == 0 {
			b.order = append(b.order, id)
		}
		ev.Mentions = append(ev.Mentions, fmt.Sprintf("m%d", i))
	}
	for _, e := range b.doc.Entities { // entities never mentioned still show
		if id := safeID(e.ID); b.ents[id] != nil && len(b.ents[id].Mentions) == 0 && !slices.Contains(b.order, id) {
			b.order = append(b.order, id)
		}
	}
}

// finishEntities groups the entities by type, the most mentioned first.
func (b *builder) finishEntities(v *articleView) {
	byType := map[string][]*entityView{}
	var types []string
	for _, id := range b.order {
		ev := b.ents[id]
		ev.Hits = b.hits[id]
		t := ev.TypeClass
		if byType[t] == nil {
			types = append(types, t)
		}
		byType[t] = append(byType[t], ev)
	}
	rank := map[string]int{"per": 0, "org": 1, "loc": 2, "misc": 3, "other": 4}
	slices.SortFunc(types, func(a, c string) int { return cmp.Compare(rank[a], rank[c]) })
	labels := map[string]string{"per": "People", "org": "Organisations", "loc": "Places", "misc": "Other names", "other": "Other"}
	for _, t := range types {
		list := byType[t]
		slices.SortStableFunc(list, func(a, c *entityView) int { return cmp.Compare(len(c.Mentions), len(a.Mentions)) })
		g := entityGroup{Type: t, Label: labels[t]}
		for _, e := range list {
			g.Entities = append(g.Entities, *e)
		}
		v.Groups = append(v.Groups, g)
	}
}

// screening indexes the hits by entity.
func (b *builder) screening(v *articleView) {
	for _, h := range b.doc.Screening {
		hv := hitView{Entity: b.ref(safeID(h.Entity)), List: h.List, ListID: h.ListID, Name: h.Name,
			Score: strconv.FormatFloat(h.Score, 'f', 2, 64), Explanation: h.Explanation}
		b.hits[safeID(h.Entity)] = append(b.hits[safeID(h.Entity)], hv)
		v.Hits = append(v.Hits, hv)
	}
}

// mentionMarks marks every mention, linked to its entity. A mention inside
// another is a span rather than a link, since links cannot nest.
func (b *builder) mentionMarks() {
	// A mention is a link unless it overlaps an earlier link, in start
	// order (longest first), whatever order the layer comes in.
	order := make([]int, len(b.doc.Mentions))
	for i := range order {
		order[i] = i
	}
	ms := b.doc.Mentions
	slices.SortStableFunc(order, func(x, y int) int {
		return cmp.Or(cmp.Compare(ms[x].Start, ms[y].Start), cmp.Compare(ms[y].End, ms[x].End))
	})
	link := make([]bool, len(ms))
	linkEnd := 0
	for _, i := range order {
		if ms[i].Start >= linkEnd && !ms[i].Empty() {
			link[i], linkEnd = true, ms[i].End
		}
	}
	for i, m := range b.doc.Mentions {
		id := b.mentEnt[i]
		ev := b.ents[id]
		class := "m m-" + typeClass(m.Type)
		if len(b.hits[id]) > 0 {
			class += " m-hit"
		}
		title := typeLabel(m.Type) + " · " + ev.Name
		if ev.Unresolved {
			title += " (no entity)"
		}
		if len(b.hits[id]) > 0 {
			title += " · on a screening list"
		}
		mk := highlight.Mark{Start: m.Start, End: m.End, ID: fmt.Sprintf("m%d", i), Class: class, Rank: rankMention,
			Attrs: []highlight.Attr{at("data-entity", id), at("data-span", b.cp(m.Span)), at("title", title)}}
		if link[i] {
			mk.Tag = "a"
			mk.Attrs = append(mk.Attrs, at("href", "#entity-"+id))
		} else {
			mk.Attrs = append(mk.Attrs, at("tabindex", "0"))
		}
		b.marks = append(b.marks, mk)
	}
}

// quotes marks the quotes (each part, the cue and the source) and groups
// them by speaker.
func (b *builder) quotes(v *articleView) {
	bySpeaker := map[string]int{}
	for i, q := range b.doc.Quotes {
		key := safeID(q.Speaker)
		speaker := b.ref(key)
		label, role := speaker.Name, ""
		if q.Speaker == "" {
			speaker, label, role = entityRef{Name: "Unattributed"}, "unattributed", ""
			if q.Source != nil {
				// Named at the quote ("it", "a spokesman") but not
				// resolved to an entity.
				speaker.Name = b.doc.Slice(*q.Source)
				key = "?" + speaker.Name
				label, role = speaker.Name+" (unresolved)", "speaker not resolved"
			}
		}
		anchor := fmt.Sprintf("q%d", i)
		parts := q.Contents()
		kind := q.Kind
		if kind == "" {
			kind = document.QuoteDirect
		}
		for j, p := range parts {
			mk := highlight.Mark{Start: p.Start, End: p.End, Class: "q q-" + safeID(kind), Rank: rankQuote, LabelClass: "lbl-q",
				Attrs: []highlight.Attr{at("data-quote", anchor), at("data-span", b.cp(p)), at("title", kind+" quote · "+speaker.Name)}}
			if speaker.ID != "" {
				mk.Attrs = append(mk.Attrs, at("data-speaker", speaker.ID))
			}
			if j == 0 {
				mk.ID, mk.Before = anchor, label
			}
			b.marks = append(b.marks, mk)
		}
		if q.Cue != nil {
			b.marks = append(b.marks, highlight.Mark{Start: q.Cue.Start, End: q.Cue.End, Class: "cue", Rank: rankCue,
				Attrs: []highlight.Attr{at("data-quote", anchor), at("title", "speech cue")}})
		}
		if q.Source != nil {
			b.marks = append(b.marks, highlight.Mark{Start: q.Source.Start, End: q.Source.End, Class: "src", Rank: rankSource,
				Attrs: []highlight.Attr{at("data-quote", anchor), at("title", "names the speaker: "+speaker.Name)}})
		}
		k, ok := bySpeaker[key]
		if !ok {
			k = len(v.Speakers)
			bySpeaker[key] = k
			sv := speakerView{Speaker: speaker, Role: role}
			if e := b.doc.Entity(q.Speaker); e != nil && len(e.Descriptions) > 0 {
				sv.Role = e.Descriptions[0]
			}
			v.Speakers = append(v.Speakers, sv)
		}
		text := q.Text
		if text == "" {
			text = b.doc.Slice(q.Span)
		}
		v.Speakers[k].Quotes = append(v.Speakers[k].Quotes, quoteItem{Anchor: anchor, Text: text, Kind: kind})
		if ev := b.ents[speaker.ID]; ev != nil {
			ev.Quotes++
		}
	}
}

// timexes marks the time expressions with their values.
func (b *builder) timexes() {
	for i, t := range b.doc.Timexes {
		b.timexAt[t.Span] = i
		title := t.Type + " " + t.Value
		for _, x := range [][2]string{{"mod", t.Mod}, {"quant", t.Quant}, {"freq", t.Freq}} {
			if x[1] != "" {
				title += " · " + x[0] + " " + x[1]
			}
		}
		label := t.Value
		if t.Mod != "" {
			label = strings.ToLower(strings.ReplaceAll(t.Mod, "_", " ")) + " " + label
		}
		b.marks = append(b.marks, highlight.Mark{Start: t.Start, End: t.End, ID: fmt.Sprintf("t%d", i),
			Class: "tx tx-" + strings.ToLower(safeID(t.Type)), Rank: rankTimex, After: label, LabelClass: "lbl-tx",
			Attrs: []highlight.Attr{at("data-value", t.Value), at("data-span", b.cp(t.Span)), at("title", title)}})
	}
}

// timeline lists the dated statements in time order.
func (b *builder) timeline(v *articleView) {
	entries := slices.Clone(b.doc.Timeline)
	slices.SortStableFunc(entries, func(a, c document.TimelineEntry) int {
		return cmp.Or(cmp.Compare(a.Start, c.Start), cmp.Compare(a.Value, c.Value))
	})
	for _, e := range entries {
		tv := timelineView{Value: e.Value, When: whenOf(e), Sentence: squash(b.doc.Slice(e.Sentence))}
		if i, ok := b.timexAt[e.Timex]; ok {
			tv.Anchor = fmt.Sprintf("t%d", i)
		}
		for _, id := range e.Entities {
			tv.Entities = append(tv.Entities, b.ref(safeID(id)))
		}
		v.Timeline = append(v.Timeline, tv)
	}
}

// whenOf returns a readable form of a timeline entry's value, when it is a
// plain date.
func whenOf(e document.TimelineEntry) string {
	if t, err := time.Parse("2006-01-02", e.Value); err == nil {
		return t.Format("Mon 2 Jan 2006")
	}
	return ""
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// relations marks the relation triggers and lists who did what to whom.
func (b *builder) relations(v *articleView) {
	for i, r := range b.doc.Relations {
		rv := relationView{
			Anchor: fmt.Sprintf("r%d", i), Subject: b.ref(safeID(r.Subject)), Object: b.ref(safeID(r.Object)),
			Verb: strings.ReplaceAll(r.Type, "_", " "), Role: r.Role, Time: r.Time,
			Modality: r.Modality, Negated: r.Negated, Sentence: squash(b.doc.Slice(r.Sentence)),
		}
		if r.Place != "" {
			rv.Place = b.ref(safeID(r.Place)).Name
			if b.ents[safeID(r.Place)] == nil {
				rv.Place = r.Place
			}
		}
		if r.Object == "" && r.ObjectText != "" {
			rv.Object = entityRef{Name: squash(r.ObjectText)} // "withdrew from the summit"
		}
		if r.Subject == "" && r.SubjectText != "" {
			rv.Subject = entityRef{Name: squash(r.SubjectText)} // "police arrested …"
		}
		if rv.Modality == document.Happened {
			rv.Modality = ""
		}
		if r.Trigger.Empty() {
			rv.Anchor = "" // nothing to mark in the text
		} else {
			b.marks = append(b.marks, highlight.Mark{Start: r.Trigger.Start, End: r.Trigger.End, ID: rv.Anchor, Class: "rel", Rank: rankRelation,
				Attrs: []highlight.Attr{at("data-relation", rv.Anchor), at("data-span", b.cp(r.Trigger)), at("title", relationSummary(rv))}})
		}
		v.Relations = append(v.Relations, rv)
	}
}

// relationSummary is a relation in a few words, for a tooltip.
func relationSummary(rv relationView) string {
	s := rv.Subject.Name + " " + rv.Verb
	if rv.Role != "" {
		s += " " + rv.Role
	}
	if rv.Object.Name != "" {
		s += " " + rv.Object.Name
	}
	if rv.Negated {
		s += " (negated)"
	}
	if rv.Modality != "" {
		s += " (" + rv.Modality + ")"
	}
	return s
}

// updates marks the update notes and lists them oldest first.
func (b *builder) updates(v *articleView) {
	for i, u := range b.doc.Updates {
		anchor := fmt.Sprintf("u%d", i)
		b.marks = append(b.marks, highlight.Mark{Start: u.Start, End: u.End, ID: anchor, Class: "upd upd-" + safeID(u.Kind), Rank: rankUpdate,
			Attrs: []highlight.Attr{at("title", u.Kind+" "+u.Time)}})
		note := u.Note
		if note == "" {
			note = u.Kind
		}
		v.Updates = append(v.Updates, updateView{Anchor: anchor, Time: u.Time, Kind: u.Kind, Note: note})
	}
	slices.SortStableFunc(v.Updates, func(a, c updateView) int {
		ta, ea := document.ParseTime(a.Time)
		tc, ec := document.ParseTime(c.Time)
		if ea != nil || ec != nil || ta.IsZero() || tc.IsZero() {
			return cmp.Compare(a.Time, c.Time)
		}
		return ta.Compare(tc.Time)
	})
}

// regionMarks marks regions that cover only part of a paragraph, such as
// a dateline opening the first paragraph of the body.
func (b *builder) regionMarks() {
	for _, r := range b.doc.Regions {
		for _, p := range b.paragraphs() {
			if p.Overlaps(r.Span) && !r.Contains(p) {
				b.marks = append(b.marks, highlight.Mark{Start: r.Start, End: r.End, Class: "rg rg-" + safeID(string(r.Kind)), Rank: rankRegion,
					Attrs: []highlight.Attr{at("title", regionLabel(r.Kind))}})
				break
			}
		}
	}
}

func regionLabel(k document.RegionKind) string {
	switch k {
	case document.RegionUpdateLog:
		return "Update log"
	case document.RegionCredits:
		return "Credits"
	case document.RegionHeadline:
		return "Headline"
	case document.RegionDateline:
		return "Dateline"
	case document.RegionByline:
		return "Byline"
	}
	return "Body"
}

// paragraphs returns the document's paragraphs, or, when it has none, its
// regions, or else the whole text.
func (b *builder) paragraphs() []document.Span {
	if len(b.doc.Paragraphs) > 0 {
		return b.doc.Paragraphs
	}
	var out []document.Span
	for _, r := range b.doc.Regions {
		out = append(out, r.Span)
	}
	if len(out) == 0 && b.doc.Text != "" {
		out = append(out, document.Span{Start: 0, End: len(b.doc.Text)})
	}
	return out
}

// regionOf returns the kind of the region that covers most of p.
func (b *builder) regionOf(p document.Span) document.RegionKind {
	best, kind := 0, document.RegionBody
	for _, r := range b.doc.Regions {
		if n := min(r.End, p.End) - max(r.Start, p.Start); n > best {
			best, kind = n, r.Kind
		}
	}
	return kind
}

// text renders the paragraphs, grouped into sections by region; a headline
// paragraph becomes the page's heading.
func (b *builder) text(v *articleView) {
	var sb strings.Builder
	// Sweep the marks in start order, so that each paragraph is rendered
	// with the marks that overlap it only.
	slices.SortStableFunc(b.marks, func(x, y highlight.Mark) int { return cmp.Compare(x.Start, y.Start) })
	var active []highlight.Mark
	next := 0
	for _, p := range b.paragraphs() {
		kind := b.regionOf(p)
		active = slices.DeleteFunc(active, func(m highlight.Mark) bool { return m.End <= p.Start })
		for next < len(b.marks) && b.marks[next].Start < p.End {
			if b.marks[next].End > p.Start {
				active = append(active, b.marks[next])
			}
			next++
		}
		sb.Reset()
		highlight.RenderTo(&sb, b.doc.Text, p.Start, p.End, active)
		bl := block{CP: b.offs.CodePoints(p.Start), U16: b.offs.UTF16(p.Start), HTML: template.HTML(sb.String())}
		if kind == document.RegionHeadline && v.Headline == "" {
			v.Headline, v.HeadlineCP = bl.HTML, bl.CP
			continue
		}
		if n := len(v.Sections); n == 0 || v.Sections[n-1].Kind != kind {
			sec := textSection{Kind: kind}
			switch kind {
			case document.RegionUpdateLog:
				sec.Label = "Update log"
			case document.RegionCredits:
				sec.Label = "Credits"
			}
			v.Sections = append(v.Sections, sec)
		}
		s := &v.Sections[len(v.Sections)-1]
		s.Blocks = append(s.Blocks, bl)
	}
	if v.Headline == "" {
		v.Headline = template.HTML(template.HTMLEscapeString(v.Title))
		v.HeadlineCP = -1
	}
}
