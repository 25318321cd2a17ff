// Package report renders a Document as a readable plain-text report for a
// terminal: the title and metadata, then the people and organisations, who
// said what, the timeline, who did what to whom, screening hits and the
// update history. Sections with nothing to show are left out.
package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/document"
)

// Options controls the report. The zero value writes plain text 80 columns
// wide.
type Options struct {
	// Color turns on ANSI colours and bold; use it only on a terminal.
	Color bool
	// Width is the line width for wrapping; 0 means 80.
	Width int
}

type writer struct {
	w    io.Writer
	opts Options
	err  error
}

func (w *writer) printf(format string, args ...any) {
	if w.err == nil {
		_, w.err = fmt.Fprintf(w.w, format, args...)
	}
}

func (w *writer) style(code, s string) string {
	if !w.opts.Color || s == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func (w *writer) bold(s string) string { return w.style("1", s) }
func (w *writer) dim(s string) string  { return w.style("2", s) }

func (w *writer) heading(s string) {
	w.printf("\n%s\n", w.style("1;36", s))
}

// Text writes the report for doc to out.
func Text(out io.Writer, doc *document.Document, opts Options) error {
	if opts.Width <= 0 {
		opts.Width = 80
	}
	w := &writer{w: out, opts: opts}
	title := doc.Meta.Title
	if title == "" {
		title = "(untitled)"
	}
	w.printf("%s\n", w.bold(title))
	var meta []string
	for _, m := range []string{doc.Meta.Site, doc.Meta.Published.String(), strings.Join(doc.Meta.Authors, ", "), langName(doc.Meta.Language), doc.Meta.URL} {
		if m != "" {
			meta = append(meta, m)
		}
	}
	if len(meta) > 0 {
		w.printf("%s\n", w.dim(strings.Join(meta, " · ")))
	}
	w.printf("%s\n", w.dim(fmt.Sprintf("%d paragraphs, %d sentences, %d words", len(doc.Paragraphs), len(doc.Sentences), wordCount(doc))))
	for _, warn := range doc.Warnings {
		w.printf("%s %s: %s\n", w.style("33", "warning:"), warn.Stage, warn.Message)
	}

	entities(w, doc)
	quotes(w, doc)
	timeline(w, doc)
	relations(w, doc)
	screening(w, doc)
	updates(w, doc)
	credits(w, doc)
	return w.err
}

func langName(code string) string {
	if code == "" {
		return ""
	}
	return "language: " + code
}

func wordCount(doc *document.Document) int {
	n := 0
	for _, t := range doc.Tokens {
		if r, _ := utf8.DecodeRuneInString(doc.Text[t.Start:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

var typeNames = map[string]string{
	document.PER: "People", document.ORG: "Organisations", document.LOC: "Places", document.MISC: "Other names",
}

// entities writes the people, organisations and places, with their roles
// and other names; before entities exist, the distinct mentions.
func entities(w *writer, doc *document.Document) {
	if len(doc.Entities) == 0 && len(doc.Mentions) == 0 {
		return
	}
	w.heading("People and organisations")
	counts := map[string]int{}
	for _, m := range doc.Mentions {
		counts[m.Entity]++
	}
	for _, typ := range []string{document.PER, document.ORG, document.LOC, document.MISC} {
		var lines []string
		if len(doc.Entities) > 0 {
			ents := slices.Clone(doc.Entities)
			slices.SortStableFunc(ents, func(a, b document.Entity) int { return cmp.Compare(counts[b.ID], counts[a.ID]) })
			for _, e := range ents {
				if e.Type != typ {
					continue
				}
				line := w.bold(e.Name)
				if len(e.Descriptions) > 0 {
					line += " — " + strings.Join(e.Descriptions, "; ")
				}
				var other []string
				for _, a := range e.Aliases {
					if a != e.Name {
						other = append(other, a)
					}
				}
				if len(other) > 0 {
					line += w.dim(" (also " + strings.Join(other, ", ") + ")")
				}
				lines = append(lines, line)
			}
		} else {
			seen := map[string]bool{}
			for _, m := range doc.Mentions {
				if m.Type == typ && !seen[m.Text] {
					seen[m.Text] = true
					lines = append(lines, m.Text)
				}
			}
		}
		if len(lines) == 0 {
			continue
		}
		w.printf("  %s\n", w.style("4", typeNames[typ]))
		for _, l := range lines {
			w.printf("    %s\n", l)
		}
	}
}

// quotes writes who said what, grouped by speaker in order of first quote,
// with the speaker's first description as the role; the quotes of sources
// no entity was found for are grouped by the source's words, and those
// without a source last.
func quotes(w *writer, doc *document.Document) {
	if len(doc.Quotes) == 0 {
		return
	}
	w.heading("Who said what")
	var order []string
	by := map[string][]document.Quote{}
	for _, q := range doc.Quotes {
		key := q.Speaker
		if key == "" && q.Source != nil {
			key = "?" + doc.Slice(*q.Source)
		}
		if _, ok := by[key]; !ok {
			order = append(order, key)
		}
		by[key] = append(by[key], q)
	}
	// The quotes nobody is named for come last.
	if i := slices.Index(order, ""); i >= 0 {
		order = append(slices.Delete(order, i, i+1), "")
	}
	for _, key := range order {
		name := "(unattributed)"
		role := ""
		if e := doc.Entity(key); e != nil {
			name = e.Name
			if len(e.Descriptions) > 0 {
				role = e.Descriptions[0]
			}
		} else if strings.HasPrefix(key, "?") {
			name = key[1:]
		}
		line := w.bold(name)
		if role != "" {
			line += w.dim(", " + role)
		}
		w.printf("  %s\n", line)
		for _, q := range by[key] {
			text := q.Text
			if q.Kind == document.QuoteIndirect {
				text = "(" + q.Kind + ") " + text
			}
			for i, l := range wrap(text, w.opts.Width-6) {
				prefix := "    • "
				if i > 0 {
					prefix = "      "
				}
				w.printf("%s%s\n", prefix, l)
			}
		}
	}
}

// timeline writes the dated statements in time order, each sentence with
// the expression that dates it in brackets.
func timeline(w *writer, doc *document.Document) {
	if len(doc.Timeline) == 0 {
		return
	}
	w.heading("Timeline")
	entries := slices.Clone(doc.Timeline)
	// in time order; entries without an interval ("XXXX-06-12") last
	slices.SortStableFunc(entries, func(a, b document.TimelineEntry) int {
		if (a.Start == "") != (b.Start == "") {
			if a.Start == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Value, b.Value))
	})
	for _, e := range entries {
		sent := doc.Slice(e.Sentence)
		if e.Sentence.Contains(e.Timex) && !e.Timex.Empty() {
			// mark the expression that dates the statement
			sent = doc.Slice(document.Span{Start: e.Sentence.Start, End: e.Timex.Start}) + "[" +
				doc.Slice(e.Timex) + "]" + doc.Slice(document.Span{Start: e.Timex.End, End: e.Sentence.End})
		}
		sent = strings.Join(strings.Fields(sent), " ")
		lines := wrap(sent, w.opts.Width-18)
		for i, l := range lines {
			label := ""
			if i == 0 {
				label = e.Value
			}
			w.printf("  %-14s  %s\n", w.bold(label), l)
		}
	}
}

// relations writes who did what to whom, each relation with the number
// of its sentence and the sentence itself, so that a reader can check it.
func relations(w *writer, doc *document.Document) {
	if len(doc.Relations) == 0 {
		return
	}
	w.heading("Who did what")
	nameOf := func(id string) string {
		if e := doc.Entity(id); e != nil {
			return e.Name
		}
		return id
	}
	for _, r := range doc.Relations {
		subj := w.bold(nameOf(r.Subject))
		if r.Subject == "" && r.SubjectText != "" {
			subj = strings.Join(strings.Fields(r.SubjectText), " ") // "police", "a federal judge"
		}
		line := subj + " " + strings.ReplaceAll(r.Type, "_", " ")
		if r.Role != "" {
			line += " " + r.Role
		}
		switch {
		case r.Object != "":
			line += " " + w.bold(nameOf(r.Object))
		case r.ObjectText != "":
			line += " " + strings.Join(strings.Fields(r.ObjectText), " ")
		}
		var extra []string
		if r.Place != "" {
			extra = append(extra, "in "+nameOf(r.Place))
		}
		if r.Time != "" {
			extra = append(extra, r.Time)
		}
		if r.Negated {
			extra = append(extra, "negated")
		}
		if r.Modality != "" && r.Modality != document.Happened {
			extra = append(extra, r.Modality)
		}
		if len(extra) > 0 {
			line += w.dim(" (" + strings.Join(extra, ", ") + ")")
		}
		w.printf("  • %s\n", line)
		if i := doc.SentenceAt(r.Sentence.Start); i >= 0 && !r.Sentence.Empty() {
			sent := strings.Join(strings.Fields(doc.Slice(r.Sentence)), " ")
			if len(sent) > 160 {
				cut := 157
				for cut > 0 && !utf8.RuneStart(sent[cut]) {
					cut--
				}
				sent = sent[:cut] + "…"
			}
			w.printf("    %s\n", w.dim(fmt.Sprintf("s%d: %s", i+1, sent)))
		}
	}
}

// screening writes sanctions-list hits.
func screening(w *writer, doc *document.Document) {
	if len(doc.Screening) == 0 {
		return
	}
	w.heading("Screening")
	for _, h := range doc.Screening {
		name := h.Mention
		if e := doc.Entity(h.Entity); e != nil {
			name = e.Name
		} else if name == "" {
			name = h.Entity
		}
		w.printf("  %s %s %s %s\n", w.style("1;31", "⚑"), w.bold(name), fmt.Sprintf("matches %s %s %q (score %.2f)", h.List, h.ListID, h.Name, h.Score), w.dim(h.Explanation))
	}
}

// updates writes the update history, oldest first when the times allow.
func updates(w *writer, doc *document.Document) {
	if len(doc.Updates) == 0 {
		return
	}
	w.heading("Update history")
	us := slices.Clone(doc.Updates)
	slices.SortStableFunc(us, func(a, b document.Update) int {
		ta, ea := document.ParseTime(a.Time)
		tb, eb := document.ParseTime(b.Time)
		if ea != nil || eb != nil || ta.IsZero() || tb.IsZero() {
			return cmp.Compare(a.Time, b.Time) // partial values sort as text
		}
		return ta.Compare(tb.Time)
	})
	for _, u := range us {
		when := u.Time
		if when == "" {
			when = "—"
		}
		note := u.Note
		if note == "" {
			note = u.Kind
		}
		w.printf("  %-27s %s\n", w.bold(when), note)
	}
}

func credits(w *writer, doc *document.Document) {
	if len(doc.Meta.Credits) == 0 {
		return
	}
	w.heading("Credits")
	for _, c := range doc.Meta.Credits {
		w.printf("  %s\n", c.Text)
	}
}

// wrap breaks s into lines of at most width runes at spaces.
func wrap(s string, width int) []string {
	if width < 20 {
		width = 20
	}
	var lines []string
	var cur strings.Builder
	n := 0
	for _, word := range strings.Fields(s) {
		wl := utf8.RuneCountInString(word)
		if n > 0 && n+1+wl > width {
			lines = append(lines, cur.String())
			cur.Reset()
			n = 0
		}
		if n > 0 {
			cur.WriteByte(' ')
			n++
		}
		cur.WriteString(word)
		n += wl
	}
	if n > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}
