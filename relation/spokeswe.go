package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/country"
	"github.com/newsgraph/newsgraph/document"
)

// voiceWords are the heads that describe a speaker as speaking for a
// body: "a State Department spokeswoman", "a spokesman for the ministry".
var voiceWords = set("spokesman", "spokeswoman", "spokesperson", "spokesmen", "official", "officials", "ambassador", "minister")

// bodyVoice returns the body (an organisation's or a country's entity)
// that a quoted "we" at sp stands for, when the quote's source
// describes its speaker as speaking for a body: a spokesman, official,
// minister or ambassador "of" or "for" an organisation or country, or
// with the body before the head ("State Department spokeswoman",
// "Chinese foreign ministry spokesman Shen Guofang"). A source that is
// only a pronoun ("he added") takes the description of another quote of
// the same speaker. "" when no such description is found: a premier's
// or a candidate's "we" stays the speaker's.
func (f *finder) bodyVoice(sp document.Span) string {
	for _, q := range f.doc.Quotes {
		if !q.Span.Contains(sp) {
			continue
		}
		if q.Source != nil {
			if b := f.bodyOfSource(*q.Source); b != "" {
				return b
			}
		}
		if q.Speaker == "" {
			return ""
		}
		for _, o := range f.doc.Quotes {
			if o.Speaker == q.Speaker && o.Source != nil {
				if b := f.bodyOfSource(*o.Source); b != "" {
					return b
				}
			}
		}
		return ""
	}
	return ""
}

// bodyOfSource reads the body a quote's source speaks for (see
// bodyVoice), "" if none.
func (f *finder) bodyOfSource(src document.Span) string {
	// a quoted "we" asks again for each quote of its speaker, and every
	// "we" of a quote asks the same: the answer depends on the document
	// alone (and f.countries, set by newFinder), so it is kept
	if b, ok := f.sourceBodies[src]; ok {
		return b
	}
	b := f.readBodyOfSource(src)
	if f.sourceBodies == nil {
		f.sourceBodies = map[document.Span]string{}
	}
	f.sourceBodies[src] = b
	return b
}

// readBodyOfSource is bodyOfSource without its memory.
func (f *finder) readBodyOfSource(src document.Span) string {
	// the words of the source and of the rest of its sentence: "a
	// spokeswoman for the ministry said" when the source is only "a
	// spokeswoman"
	end := src.End
	if si := f.doc.SentenceAt(src.Start); si >= 0 && f.doc.Sentences[si].End > end {
		end = f.doc.Sentences[si].End
	}
	text := f.doc.Text[src.Start:end]
	type word struct {
		raw, low   string
		start, end int
	}
	// the words up to the source's end and three after it, all the
	// loop below reads (ws[k+1] to ws[k+3] for the last word k before
	// the end): the rest of a long sentence is not split
	var ws []word
	after := 0
	for i := 0; i < len(text) && after < 3; {
		for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
			i++
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' {
			j++
		}
		if j > i {
			raw := strings.Trim(text[i:j], ",.")
			ws = append(ws, word{raw, strings.ToLower(raw), src.Start + i, src.Start + j})
			if src.Start+i >= src.End {
				after++
			}
		}
		i = j
	}
	for k, w := range ws {
		if w.start >= src.End {
			break
		}
		if !voiceWords[w.low] {
			continue
		}
		// "a spokesman for the State Department"
		if k+1 < len(ws) && (ws[k+1].low == "of" || ws[k+1].low == "for") {
			m := k + 2
			if m < len(ws) && ws[m].low == "the" {
				m++
			}
			if m < len(ws) {
				if b := f.bodyAt(ws[m].start, false); b != "" {
					return b
				}
			}
		}
		// "Chinese foreign ministry spokesman", "China's Foreign
		// Minister": the body's name, then at most three words before
		// the head; not a prime minister, whose "we" is his own
		for m := k - 1; m >= 0 && m >= k-4; m-- {
			end := ws[m].end
			for _, poss := range []string{"'s", "’s"} {
				if strings.HasSuffix(ws[m].raw, poss) && strings.HasSuffix(f.doc.Text[:end], poss) {
					end -= len(poss)
				}
			}
			if b := f.bodyAt(end, true); b != "" {
				return b
			}
			if isDeterminer(ws[m].low) || ws[m].low == "prime" || ws[m].low == "and" || f.bodyAt(ws[m].start, false) != "" {
				break
			}
		}
	}
	return ""
}

// bodyAt returns the entity of the organisation or country mention that
// starts (or, if atEnd, ends) at offset off: an organisation, or a
// country by name or adjective.
func (f *finder) bodyAt(off int, atEnd bool) string {
	for _, men := range f.doc.Mentions {
		if atEnd && men.End != off || !atEnd && men.Start != off || men.Entity == "" {
			continue
		}
		if men.Type == document.ORG {
			return men.Entity
		}
		low := strings.ToLower(f.doc.Slice(men.Span))
		c := country.Demonym(low)
		if c == "" {
			if a, ok := country.Alias(f.doc.Slice(men.Span)); ok {
				c = a
			} else if men.Type == document.LOC && isCountry(strings.Fields(low)) {
				c = low
			}
		}
		if c == "" {
			return ""
		}
		if id := f.countries[strings.ToLower(canonCountry(c))]; id != "" {
			return id
		}
		if men.Type == document.LOC {
			return men.Entity
		}
		return ""
	}
	return ""
}
