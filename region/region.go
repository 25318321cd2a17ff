// Package region finds the structural parts of a news article in its plain
// text: the headline, byline, dateline, body, update log and credits. Update
// notes ("4:05 p.m.: The article was updated with …", "Correction: An
// earlier version of this article …") become the document's Updates, with
// their times resolved against the publication time; contributor lines
// ("Special correspondent Sabra Ayres in Moscow contributed to this report.")
// become Meta.Credits. Everything stays in the text with its span; later
// stages analyse the body regions only.
package region

import (
	"context"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/document"
)

// Version identifies the rule set, for provenance.
const Version = "region-1"

// Process is the region stage. It needs the document's paragraphs.
func Process(ctx context.Context, doc *document.Document) error {
	Find(doc)
	return nil
}

// kinds of paragraph at the edges of an article.
const (
	pBody = iota
	pUpdate
	pCorrection
	pPublished
	pCredit
	pSeparator
)

var rules = sync.OnceValue(func() *ruleSet {
	c := regexp.MustCompile
	return &ruleSet{
		// "Updated June 1, 2018", "UPDATE, 5:30 p.m.: …", "[Updated 2:15 p.m. ET]"
		updated:   c(`^[\[(]?(?i:last updated|updated?|update (?:at|on))\b[\s,:]*(?:(?:at|on)\s+)?`),
		noteSplit: c(`:\s|\]\s*|\)\s+|\s[—–-]\s`),
		// "4:05 p.m.: The article was updated …", "12 p.m. — …"
		clockNote: c(`^(` + clockPat + `(?:\s+` + zonePat + `)?(?:,?\s+` + datePat + `)?)\s*[:—–-]\s*(.+)$`),
		// "June 1, 2018: …", "Thursday, May 31, 2018, 4:05 p.m.: …"
		dateNote: c(`^(` + datePat + `(?:,?\s+(?:at\s+)?` + clockPat + `(?:\s+` + zonePat + `)?)?)\s*[:—–-]\s*(.+)$`),
		// "Correction: …", "Clarification (June 2, 2018): …", "Editor's note: …"
		correction: c(`^(?i:(correction|clarification|editor['’]s note|corrections and clarifications|update|note))s?\b(?:\s*\(([^)]{0,60})\)\s*[:—–.-]|,\s*([^:]{1,40}):|\s*[:—–.-])\s*(.+)$`),
		// "An earlier version of this article …", "This article was amended on …"
		correctionLead: c(`^(?i:an earlier version of this|a previous version of this|an earlier version of the|this (?:article|story|report|post|piece) (?:was|has been|had been) (?:amended|corrected|changed|edited|revised)|we (?:have )?corrected|due to an editing error|because of an editing error)`),
		updateLead:     c(`^(?i:this (?:article|story|report|post|piece|page) (?:was|has been|is being|will be|is) (?:updated|expanded|refreshed|revised)|this is a developing (?:story|news story)|(?:the|this) (?:article|story) was updated)`),
		published:      c(`^(?i:(?:the|this) (?:article|story|report|post) was (?:originally|first) published|(?:originally|first) (?:published|posted)|published(?: on| at)?:|posted(?: on| at)?:)`),
		credit:         c(`(?i:\bcontributed\s+(?:reporting|research|(?:to|for)\s+(?:this|the)\s+(?:report|story|article|coverage|piece))|\bcontributed\s+from\b|\bcontributed\.?$|^\(?(?:additional |with additional )?reporting by\b|^(?:writing|editing|compiled|produced|edited) by\b)`),
		updateWord:     c(`(?i)\b(?:updat|correct|amend|revis|clarif|added|adds|expand|version|article|story|post|originally|published)`),
		byline:         c(`^(?:By|BY|by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|del|al|bin|le)){0,4}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|del|al|bin|le)){0,4})*)(?:\s*[,|—–-]\s*(.*))?$`),
		dateLine:       c(`^(?:` + weekdayPat + `,?\s+)?(?:` + monthPat + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+` + monthPat + `,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s+(?:at\s+)?` + clockPat + `(?:\s+` + zonePat + `)?)?\.?$`),
		// "WASHINGTON —", "PYONGYANG, North Korea (AP) —", "NEW YORK (Reuters) -"
		datelineCaps: c(`^(\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}.'’ ]{1,30}){0,2}(?:\s*\([\p{L} .&-]{1,30}\))?)\s*(?:—|–|--|-)\s+`),
		// "Evansville, Indiana, United States - ", "Taipei, Taiwan — "
		datelinePlace: c(`^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*(?:,\s*\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*){1,2}(?:\s*\([\p{L} .&-]{1,30}\))?)\s+(?:—|–|--|-)\s+`),
		// "Thursday, May 7, 2015 On Tuesday, …", "May 7, 2015 — The …"
		datelineDate: c(`^(?:` + weekdayPat + `,?\s+(?:` + monthPat + `\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+` + monthPat + `,?\s+\d{4})\s*(?:[—–-]\s*)?|(?:` + monthPat + `\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+` + monthPat + `,?\s+\d{4})\s*[—–-]\s*)(?:\p{Lu}|["“])`),
		separator:    c(`^(?:[*#=_~•·—–-]\s*){1,}$`),
	}
})

type ruleSet struct {
	updated, noteSplit, clockNote, dateNote, correction, correctionLead, updateLead, published *regexp.Regexp
	credit, updateWord, byline, dateLine, datelineCaps, datelinePlace, datelineDate            *regexp.Regexp
	separator                                                                                  *regexp.Regexp
}

// note is a classified edge paragraph.
type note struct {
	kind  int
	stamp string // the part that carries the time
	text  string // the note without its time stamp
}

// classify decides what an edge paragraph is.
func classify(p string) note {
	r := rules()
	switch {
	case r.separator.MatchString(p):
		return note{kind: pSeparator}
	case r.published.MatchString(p):
		return note{kind: pPublished, stamp: p, text: p}
	}
	if m := r.clockNote.FindStringSubmatch(p); m != nil && r.updateWord.MatchString(m[2]) {
		return note{kind: kindOf(m[2]), stamp: m[1], text: m[2]}
	}
	if m := r.dateNote.FindStringSubmatch(p); m != nil && r.updateWord.MatchString(m[2]) {
		return note{kind: kindOf(m[2]), stamp: m[1], text: m[2]}
	}
	if m := r.updated.FindStringIndex(p); m != nil {
		rest := p[m[1]:]
		// "Updated 2:15 p.m. ET: Officials said …": the stamp runs to the
		// first separator; a bare "Updated June 1, 2018" is all stamp.
		stampText, text := rest, ""
		if sep := r.noteSplit.FindStringIndex(rest); sep != nil {
			stampText, text = rest[:sep[0]], rest[sep[1]:]
		}
		if st := parseStamp(stampText); st.hasClock || st.hasDate {
			return note{kind: pUpdate, stamp: stampText, text: text}
		}
		if len(strings.Fields(rest)) <= 40 {
			return note{kind: pUpdate, text: strings.TrimLeft(rest, ":,-—– ")}
		}
	}
	if m := r.correction.FindStringSubmatch(p); m != nil {
		label, text := strings.ToLower(m[1]), m[4]
		stampText := m[2] + m[3] // "(March 4, 2019)" or ", Oct. 3, 2012"
		switch {
		case label != "update" && label != "note":
			return note{kind: pCorrection, stamp: stampText, text: text}
		case r.updateWord.MatchString(text):
			return note{kind: kindOf(text), stamp: stampText, text: text}
		}
	}
	switch {
	case r.correctionLead.MatchString(p):
		return note{kind: pCorrection, stamp: p, text: p}
	case r.updateLead.MatchString(p):
		return note{kind: pUpdate, stamp: p, text: p}
	case r.credit.MatchString(p) && utf8.RuneCountInString(p) < 400:
		return note{kind: pCredit, text: p}
	}
	return note{kind: pBody}
}

// kindOf tells a correction from an update by its wording.
func kindOf(text string) int {
	l := strings.ToLower(text)
	if strings.Contains(l, "correct") || strings.Contains(l, "misstated") || strings.Contains(l, "incorrectly") || strings.Contains(l, "earlier version") {
		return pCorrection
	}
	return pUpdate
}

func kindName(k int) string {
	switch k {
	case pCorrection:
		return "correction"
	case pPublished:
		return "published"
	}
	return "update"
}

// Find fills doc's Regions, Updates, Meta.Credits, and Meta.Title,
// Meta.Authors and Meta.Published where they are empty and the text gives
// them. It needs doc.Paragraphs.
func Find(doc *document.Document) {
	paras := doc.Paragraphs
	doc.Regions = doc.Regions[:0]
	if len(paras) == 0 {
		return
	}
	text := doc.Text
	r := rules()
	add := func(kind document.RegionKind, s document.Span) {
		n := len(doc.Regions)
		// Runs of update notes or of credit lines merge into one region.
		if n > 0 && doc.Regions[n-1].Kind == kind && (kind == document.RegionUpdateLog || kind == document.RegionCredits) {
			doc.Regions[n-1].End = s.End
			return
		}
		doc.Regions = append(doc.Regions, document.Region{Span: s, Kind: kind})
	}
	first, last := 0, len(paras)-1

	// The headline: a short first line with no full stop, followed by more.
	if len(paras) > 1 && isHeadline(doc.Slice(paras[0])) {
		add(document.RegionHeadline, paras[0])
		if doc.Meta.Title == "" {
			doc.Meta.Title = doc.Slice(paras[0])
		}
		first = 1
	}

	// The end: credits, update notes and separators, read backwards.
	type edge struct {
		i int
		n note
	}
	var tail []edge
	for last > first {
		n := classify(doc.Slice(paras[last]))
		if n.kind == pBody {
			break
		}
		tail = append(tail, edge{last, n})
		last--
	}

	// The front matter: byline, a date line, notes above the story.
	var front []edge
	for first <= last && len(front) < 4 {
		p := doc.Slice(paras[first])
		switch {
		case r.byline.MatchString(p) && utf8.RuneCountInString(p) < 160:
			front = append(front, edge{first, note{kind: -1}})
		case r.dateLine.MatchString(p):
			front = append(front, edge{first, note{kind: -2}})
		default:
			n := classify(p)
			if n.kind == pBody || n.kind == pCredit || first == last {
				goto body
			}
			front = append(front, edge{first, n})
		}
		first++
	}
body:
	for _, e := range front {
		p := doc.Slice(paras[e.i])
		switch e.n.kind {
		case -1:
			add(document.RegionByline, paras[e.i])
			if len(doc.Meta.Authors) == 0 {
				doc.Meta.Authors = bylineAuthors(r.byline.FindStringSubmatch(p)[1])
			}
		case -2:
			add(document.RegionDateline, paras[e.i])
			if doc.Meta.Published.IsZero() {
				if t := parseStamp(p).resolve(document.Time{}); t != "" {
					if pt, err := document.ParseTime(t); err == nil {
						doc.Meta.Published = pt
					}
				}
			}
		default:
			addNote(doc, add, paras[e.i], e.n)
		}
	}

	if first <= last {
		body := document.Span{Start: paras[first].Start, End: paras[last].End}
		p := text[body.Start:body.End]
		m := r.datelineCaps.FindStringSubmatchIndex(p)
		if m == nil {
			m = r.datelinePlace.FindStringSubmatchIndex(p)
		}
		if m != nil && m[1] < body.Len() {
			add(document.RegionDateline, document.Span{Start: body.Start, End: body.Start + m[1]})
			body.Start += m[1]
		} else if m := r.datelineDate.FindStringIndex(p); m != nil {
			// The match ends with the first letter of the story.
			_, size := utf8.DecodeLastRuneInString(p[:m[1]])
			end := m[1] - size
			add(document.RegionDateline, document.Span{Start: body.Start, End: body.Start + end})
			if doc.Meta.Published.IsZero() {
				if t := parseStamp(p[:end]).resolve(document.Time{}); t != "" {
					if pt, err := document.ParseTime(t); err == nil {
						doc.Meta.Published = pt
					}
				}
			}
			body.Start += end
		}
		add(document.RegionBody, body)
	}

	for k := len(tail) - 1; k >= 0; k-- {
		e := tail[k]
		addNote(doc, add, paras[e.i], e.n)
	}
}

// addNote records an update note or a credit line.
func addNote(doc *document.Document, add func(document.RegionKind, document.Span), span document.Span, n note) {
	p := doc.Slice(span)
	switch n.kind {
	case pSeparator:
		return
	case pCredit:
		add(document.RegionCredits, span)
		doc.Meta.Credits = append(doc.Meta.Credits, document.Credit{Span: span, Text: p, Names: creditNames(p)})
		return
	}
	add(document.RegionUpdateLog, span)
	doc.Updates = append(doc.Updates, document.Update{
		Span: span,
		Time: parseStamp(n.stamp).resolve(doc.Meta.Published),
		Note: strings.TrimSpace(n.text),
		Kind: kindName(n.kind),
	})
}

// isHeadline reports whether a first paragraph reads as a headline.
func isHeadline(p string) bool {
	if strings.ContainsRune(p, '\n') || utf8.RuneCountInString(p) > 220 || len(strings.Fields(p)) > 30 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	if last == '.' && !strings.HasSuffix(p, "...") {
		// "U.S. lifts sanctions on Co." ends with an abbreviation; a
		// sentence ends with a word and a stop.
		return false
	}
	return last != ',' && last != ';' && last != ':'
}

// bylineAuthors splits "Tracy Wilkinson, Noah Bierman and Jessica Stone".
func bylineAuthors(s string) []string {
	var out []string
	for _, part := range regexp.MustCompile(`\s*(?:,|\band\b|&)\s*`).Split(s, -1) {
		part = strings.TrimSpace(part)
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}

// roleWords are capitalised words that open a credit line without being a
// name ("Special correspondent Sabra Ayres").
var roleWords = map[string]bool{
	"Special": true, "Staff": true, "Senior": true, "Correspondent": true, "Writer": true, "Writers": true,
	"Reporter": true, "Reporters": true, "Editor": true, "Editors": true, "Additional": true, "Reporting": true,
	"Editing": true, "Writing": true, "Compiled": true, "Research": true, "Times": true, "Post": true,
	"Associated": true, "Press": true, "AP": true, "Reuters": true, "AFP": true, "Bloomberg": true, "By": true,
	"The": true, "Freelance": true, "Photographer": true, "Contributing": true, "News": true, "Agency": true,
	"Wire": true, "Services": true, "Journal": true, "Herald": true, "Tribune": true, "Bureau": true, "Chief": true,
}

// creditNames picks the people's names out of a credit line: runs of two
// to four capitalised words that are not roles ("Special correspondent") or
// places ("in Moscow").
func creditNames(p string) []string {
	var out, run []string
	place := false
	flush := func() {
		for len(run) > 0 && roleWords[run[0]] {
			run = run[1:]
		}
		for len(run) > 0 && roleWords[run[len(run)-1]] {
			run = run[:len(run)-1]
		}
		if len(run) >= 2 && len(run) <= 4 {
			out = append(out, strings.Join(run, " "))
		}
		run = nil
	}
	fields := strings.FieldsFunc(p, func(r rune) bool {
		return unicode.IsSpace(r) || r == ';' || r == '(' || r == ')'
	})
	for _, f := range fields {
		w := strings.TrimRight(f, ",.:")
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w != "" && unicode.IsUpper(r):
			if place {
				break // part of a place name
			}
			if roleWords[w] {
				flush()
			} else {
				run = append(run, w)
			}
		default:
			flush()
			lw := strings.ToLower(w)
			place = lw == "in" || lw == "from" || lw == "at"
		}
		if w != f {
			flush()
			place = false
		}
	}
	flush()
	return out
}
