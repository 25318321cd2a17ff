package relation

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/document"
)

// firstSingular and firstPlural are the first-person pronouns that stand
// for a quote's speaker as subject or object: "I will meet him," Hill
// said; "they attacked us," the minister said.
var (
	firstSingular = set("i", "me")
	firstPlural   = set("we", "us")
)

// firstPerson returns the entity a first-person pronoun at token k, inside
// a direct or partial quote, stands for, "" if none: for "we" and "us",
// the body a spokesman, official or minister speaks for (bodyVoice), else the
// quote's speaker unless its source describes him as speaking for a
// body it does not name (voiceOfUnnamed); for "I" and "me" the speaker
// when a person. A plural whose speaker is not described as speaking for
// a body is the speaker himself, as the guidelines take the grammatical
// agent ("'we have discussed this with Rice,' he said" is the premier's).
func (f *finder) firstPerson(s *sentence, k int) string {
	t := s.toks[k]
	switch {
	case t.in(wsFirstSingular):
		if t.low == "i" && t.text != "I" {
			return ""
		}
		q := f.quoteAt(t.span)
		if q == nil || q.Kind == document.QuoteIndirect || q.Speaker == "" {
			return ""
		}
		if e := f.ents[q.Speaker]; e == nil || e.Type != document.PER {
			return ""
		}
		return q.Speaker
	case t.in(wsFirstPlural):
		if id := f.bodyVoice(t.span); id != "" {
			return id
		}
		q := f.quoteAt(t.span)
		if q == nil || q.Kind == document.QuoteIndirect || f.voiceOfUnnamed(q) {
			return ""
		}
		return q.Speaker
	}
	return ""
}

// voiceOfUnnamed reports whether quote q's source, or a description of
// its speaker, describes him as speaking for a body (voiceWords: "Deputy
// Defense Minister Ephraim Sneh", "a police official") that bodyVoice
// could not name: his "we" is
// that body (the gold sets give a foreign minister's "we" to his
// country), not the man. A prime minister speaks for himself.
func (f *finder) voiceOfUnnamed(q *document.Quote) bool {
	var descs []string
	if q.Source != nil {
		descs = append(descs, f.doc.Slice(*q.Source))
	}
	if e := f.ents[q.Speaker]; e != nil {
		// "he said": the titles the article gives him elsewhere
		// ("Taliban spokesman Qari Ahmadi")
		descs = append(descs, e.Descriptions...)
	}
	for _, d := range descs {
		ws := strings.Fields(strings.ToLower(d))
		for k, w := range ws {
			if voiceWords[strings.Trim(w, ",.")] && (k == 0 || ws[k-1] != "prime") {
				return true
			}
		}
	}
	return false
}

// quoteAt returns the quote whose content holds span sp, nil if none.
func (f *finder) quoteAt(sp document.Span) *document.Quote {
	for _, qi := range f.quotes.near(sp) {
		q := &f.doc.Quotes[qi]
		if q.Span.Contains(sp) {
			return q
		}
	}
	return nil
}

// speakerOfQuoted reports whether one of the pair a, b is a person
// outside a direct quote that holds the other and whose speaker he is:
// "… the attack by Hamas," Prime Minister Ehud Olmert said. The title
// after the quote is the speaker's; the organisation is what he spoke
// of, no employer the sentence gives him.
func (f *finder) speakerOfQuoted(s *sentence, a, b *arg) bool {
	for _, p := range [2][2]*arg{{a, b}, {b, a}} {
		per, in := p[0], p[1]
		if per.typ != document.PER || s.toks[per.first].quoted || !s.toks[in.first].quoted {
			continue
		}
		if q := f.quoteAt(in.span); q != nil && q.Kind != document.QuoteIndirect && q.Speaker != "" && q.Speaker == per.ent {
			return true
		}
	}
	return false
}

// firstPersonGuard drops the interactions an argument of which is a
// quoted first person (firstPerson) where that reading is weak, measured
// on the precision samples (BENCHMARKS, branch quotedfirst):
//   - a person's first-person subject whose object is only a phrase ("we
//     strongly oppose the scheme because …", "I salute the people"): the
//     phrase rules' objects, with a speaker for subject, are most often
//     vague (a spokesman's "we" is his body: "We welcome the report," a
//     Defra spokesman said, stands);
//   - a quote that names its own speaker in the third person ("I don't
//     see Olmert's statement as …," he said, with "he" taken for
//     Olmert): the speaker was resolved wrongly;
//   - a document about sport, where "we" is a team ("we have fought
//     Slovakia," the coach said).
func (f *finder) firstPersonGuard(rs []document.Relation) []document.Relation {
	sport := -1 // whether the document is about sport, once asked
	out := rs[:0]
	for _, r := range rs {
		if IsInteraction(r.Type) && f.weakFirstPerson(&r, &sport) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// weakFirstPerson reports whether interaction r takes a quoted first
// person for an argument where firstPersonGuard says the reading is weak.
// sport caches sportsDocument (-1: not yet asked).
func (f *finder) weakFirstPerson(r *document.Relation, sport *int) bool {
	var q *document.Quote
	subj := false
	for _, sp := range []*document.Span{r.SubjectSpan, r.ObjectSpan} {
		if sp == nil {
			continue
		}
		if w := normLow(f.doc.Slice(*sp)); !firstSingular[w] && !firstPlural[w] {
			continue
		}
		if qq := f.quoteAt(*sp); qq != nil && qq.Kind != document.QuoteIndirect {
			q, subj = qq, subj || sp == r.SubjectSpan
		}
	}
	if q == nil {
		return false
	}
	if e := f.ents[r.Subject]; subj && r.Object == "" && e != nil && e.Type == document.PER {
		return true
	}
	if q.Speaker != "" && f.namedInside(q, q.Speaker) {
		return true
	}
	if *sport < 0 {
		*sport = 0
		if sportsDocument(f.doc) {
			*sport = 1
		}
	}
	return *sport == 1
}

// namedInside reports whether the content of quote q (its parts, not
// the attribution between them) mentions entity id other than by a
// first-person pronoun.
func (f *finder) namedInside(q *document.Quote, id string) bool {
	parts := q.Contents()
	for _, m := range f.doc.Mentions {
		if m.Entity != id || !slices.ContainsFunc(parts, func(p document.Span) bool { return p.Contains(m.Span) }) {
			continue
		}
		if w := normLow(f.doc.Slice(m.Span)); !firstSingular[w] && !firstPlural[w] && w != "my" && w != "our" {
			return true
		}
	}
	return false
}

// sportsDocument reports whether the document is about sport: three of
// its words are sports words ("coach", "match", "tournament").
func sportsDocument(doc *document.Document) bool {
	n := 0
	var buf [16]byte
	for _, t := range doc.Tokens {
		w := doc.Text[t.Start:t.End]
		// an ASCII word of another length than every sports word's is
		// none, lowered or not (most words, and all punctuation), and so
		// is one whose first or last letter, lowered, is that of no
		// sports word of its length (most of the others); an ASCII word
		// is lowered into buf (strings.ToLower would allocate for every
		// capitalised word)
		var in bool
		switch {
		case !isASCII(w):
			in = sportsWords[strings.ToLower(w)]
		case len(w) < sportsWordLens[0] || len(w) > sportsWordLens[1] || len(w) > len(buf):
			continue
		case sportsEnds[0][lowerASCII(w[0])]&sportsEnds[1][lowerASCII(w[len(w)-1])]&(1<<len(w)) == 0:
			continue
		default:
			for i := range len(w) {
				c := w[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[i] = c
			}
			in = sportsWords[string(buf[:len(w)])]
		}
		if in {
			if n++; n >= 3 {
				return true
			}
		}
	}
	return false
}

// sportsMemo asks sportsDocument about a document once: the sense
// guards ask for every meeting that passes their sentence tests, and the
// answer reads every token.
type sportsMemo struct {
	doc          *document.Document
	asked, sport bool
}

// is returns sportsDocument(m.doc), reading the document on the first call.
func (m *sportsMemo) is() bool {
	if !m.asked {
		m.asked, m.sport = true, sportsDocument(m.doc)
	}
	return m.sport
}

// sportsWordLens are the shortest and the longest length of the words of
// sportsWords.
var sportsWordLens = func() [2]int {
	l := [2]int{math.MaxInt, 0}
	for w := range sportsWords {
		l[0], l[1] = min(l[0], len(w)), max(l[1], len(w))
	}
	return l
}()

// sportsEnds marks, for each byte, the lengths of the sports words that
// start with it (sportsEnds[0]) and that end with it (sportsEnds[1]), bit
// n for length n (the words are ASCII, in lower case, and shorter than
// 16 bytes: TestSportsDocumentSkipsByLength).
var sportsEnds = func() (e [2][256]uint16) {
	for w := range sportsWords {
		e[0][w[0]] |= 1 << len(w)
		e[1][w[len(w)-1]] |= 1 << len(w)
	}
	return e
}()

// lowerASCII lowers an ASCII capital.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isASCII reports whether w is all ASCII.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
