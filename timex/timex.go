// Package timex finds the time expressions of English news text and
// normalises them the TimeML way (TIMEX3): a type (DATE, TIME, DURATION,
// SET), a value in TimeML's ISO-based form ("2018-06-12", "2018-W22",
// "PT72H", "PRESENT_REF"), and the mod, quant and freq attributes where
// they apply ("less than two weeks" is P2W with mod LESS_THAN).
//
// The design follows HeidelTime (Strötgen and Gertz), reworked for speed
// and for news:
//
//   - Extraction is separate from resolution. A hand-written grammar over
//     the tokenizer's tokens (each looked up once in a word table: months,
//     weekdays, numbers, units, parts of the day …) finds each expression
//     and what it needs: "last month" is the reference month minus one, "a
//     day later" the last mentioned day plus one, "Friday" a weekday to
//     place. Only sentences with a trigger word are parsed.
//   - Resolution walks the document in order. Relative expressions
//     resolve against the publication time (Document.Meta.Published, in
//     its own zone; the machine's zone is never used) or, as TimeML
//     does for "a year earlier", "the next day" and "the following
//     January", against the last date mentioned. A weekday falls on the
//     publication day when it is that weekday, else before it, unless
//     the clause speaks of the future ("will meet on Friday"); a month
//     or day without a year takes the year that puts it nearest the
//     publication date, the clause's tense pushing away the other side.
//     The tense comes from the verb group without a tagger: modals and
//     "is to", "planned to", "going to", a present tense of schedule
//     ("they meet Monday", "the vote is Tuesday"), a present progressive
//     of arrangement ("the ministers are meeting Tuesday"), "ahead of
//     Friday's vote"; auxiliaries before a
//     participle; "-ed" and irregular past forms, but not an "-ed"
//     adjective after a determiner ("a still unspecified date"); an
//     expression with no verb in reach shares the tense of the one
//     before it in the sentence.
//   - Reports of results compare periods: "a year earlier", "a year ago",
//     "the year-ago period" take the period reported, one named in the
//     same or the previous sentence ("the first nine months … a year
//     earlier" is the year before) or else the latest quarter named that
//     has ended ("third-quarter profit … a year ago" is that quarter a year
//     before, whatever forecast came between); "the quarter" is the
//     quarter last named. "The year-earlier period" after a stretch of
//     months ("for the nine months") is that stretch, a duration (P9M).
//     A compared quarter followed by an appositive quarter takes the
//     appositive's ("the year-ago quarter, the second quarter ended Oct.
//     31,"), and "this quarter's loss" is the quarter last named unless
//     the clause looks ahead ("this quarter's sales will fall"). "The
//     latest period" is a period reported and over, whatever its fiscal
//     name; "last year's results" next to a period reported is that
//     period a year back. A yearless month ending a term that a verb
//     sets ("has extended the loans through January") is the nearest
//     such month, whatever the verb's tense; "during that time" is the
//     duration named in the sentence or the one before.
//     A past verb in an "as soon as" clause leaves a weekday's side of
//     the reference to the main clause ("were likely to buy as soon as
//     trading opened Monday" is the Monday ahead).
//   - "today's youth", "today's world", "the people of tomorrow" name our
//     times, not a day: no expression. "the near term", "a later date"
//     are FUTURE_REF, "an earlier date" PAST_REF, and so is "soon" in a
//     clause of the future ("will soon begin"; not "he was soon
//     released"); "by year end" is the year with mod END, as "by the end
//     of the year" ("year-end" is the closing day); "over the past
//     decade" is the ten years up to now (P10Y); "day-long",
//     "decades-long" are durations. In a text about a match ("scored",
//     "stadium", or "game" with "points") "the first half" and "the third
//     quarter" are parts of the game, not of the year. "Now," opening a
//     sentence and set off by a comma is a discourse marker, not the
//     present ("Now the alliance is larger" keeps it). "recent weeks and
//     months", "the coming days and weeks" are one vague duration.
//     "the 1990's" is a decade (NYT style) and "the 1800's" a century,
//     "the 80s" a decade too (not "highs in the 80s");
//     "by May." and "from May to July" are the month unless the text
//     names someone May ("Theresa May", "May said"). "2017's fourth
//     quarter" is that year's; "That night," opening a sentence is the
//     day last named. "the first week of May", "the final days of
//     April" are the month with mod START or END; "every few years",
//     "several times a week" are sets; "the months to come" is "the
//     coming months". "Monday 3 December" is one date; "a quarter to
//     five" no quarter; "a monthslong fight" has a vague duration;
//     "six to eight weeks" is one, P6W with mod EQUAL_OR_MORE. "this
//     year as last" and "more this month than last" give "last" the
//     unit of "this"; "today is the eighth day of the blockade" and "it
//     was a great day for Poland" are the day spoken of; "over the
//     years", "in the years that followed" are vague durations (PXY).
//     A time placed from an event takes the date the text gives the
//     event (event.go): after "the Oct. 23 slaying", "10 days before the
//     murder" is Oct. 13 and "in the weeks before the shooting" October;
//     "eight trading days" is P8D.
//     "last
//     February" written in March is a year back (the month just gone
//     would be "last month"). Business news's short forms of periods
//     are quarters and halves: "3Q 2020", "2Q20", "Q3 FY2021", "H1
//     2020", "1H20" ("H1" needs its year: "an H1 visa" is none). Days
//     the calendar names by a word and a weekday have their dates:
//     "Good Friday", "Easter Monday", "Ash Wednesday", "Palm Sunday",
//     "Black Friday", "Cyber Monday"; "Super Tuesday", "Black Monday",
//     "Bloody Sunday" and "the Good Friday Agreement" name no day of
//     the week at hand and are left alone, as is the weekday of a
//     newspaper ("the Sunday Times"). "Labor Day weekend" is the
//     weekend a Monday holiday ends, "Thanksgiving weekend" the one
//     after the day, "the Fourth of July weekend" that of the day;
//     "Presidents Day", "Mother's Day", "Father's
//     Day" and "Juneteenth" have their dates. A weekday's possessive
//     looks past its noun for the verb ("Tuesday's vote will be
//     close" is next Tuesday); "they expect results Thursday" and
//     "they want him to resign by Friday" look ahead. A clock written with a point is
//     read only before a zone in capitals ("15.30 BST"; "closed at
//     15.30" is a price). "The vote is at 2 p.m.
//     Friday" is set ahead as "the vote is on Friday" is, and "at 10
//     a.m. on Friday" puts the day with its time. The end of a range
//     falls on or after its start: "Monday through Friday", "from
//     Thursday to Monday", "from November to February", "Dec. 28 to
//     Jan. 3"; "the fiscal 2022 budget" leaves "the" to the budget,
//     and so do "the late-November trip" and "the year-ago results".
//     A day the calendar names follows the tense of its own verb as a
//     weekday does ("churches were full at Easter" is the Easter gone).
//     A span of years "2020-21" ("the 2020-21 season") is a DURATION
//     of the calendar years it touches, P2Y, begin point 2020 and end
//     point 2021 (TimeML has no point value for it); not after a label
//     or a name ("bill 2021-22"). Written in full, "2021-2022" is the
//     same span. "the July Fourth weekend" is the
//     day's weekend. A weekday, a capitalised part of the day and a
//     capitalised word are a title ("Saturday Night Live"), and a
//     period code decades from the publication ("1Q84") a name. The
//     feasts of lunar calendars are computed (lunar.go): "Lunar New
//     Year", "Chinese New Year", "Eid al-Fitr", "Eid al-Adha" and
//     "Diwali" and "Holi" their day, "Ramadan" the civil month of its
//     middle; so are the Jewish feasts, from the arithmetic of the
//     Hebrew calendar: "Rosh Hashanah", "Yom Kippur", "Sukkot",
//     "Hanukkah", "Purim", "Passover", "Shavuot" (the first full day;
//     not "the Yom Kippur War").
//   - Without a publication time nothing is guessed: "June 12" is
//     XXXX-06-12 and "last month" XXXX-XX; with a publication date and
//     no time, "two hours ago" is that day, not a clock time.
//   - Guards keep out what only looks like a date: "every now and
//     then", "people's every day lives", "illustrator Johnnie
//     Christmas", "the Edmonton Sun", "1709 schoolchildren"; phone
//     numbers, prices, URLs, impossible dates ("February 30", "25:99"), counts ("2000
//     people"), the modal "may" and names ("Theresa May"), tables of
//     digits.
//
// The stage reads the body and the headline only.
package timex

import (
	"context"
	"slices"
	"sync"

	"github.com/newsgraph/newsgraph/document"
)

// Version names the rule set, for provenance. Change it whenever the
// output may change.
const Version = "timex-16"

// Process is the time-expression stage: it fills doc.Timexes.
func Process(ctx context.Context, doc *document.Document) error {
	doc.Timexes = Tag(doc)
	return nil
}

// Tag returns the time expressions of the document's body and headline,
// sorted by position. It needs the document's tokens and sentences.
func Tag(doc *document.Document) []document.Timex {
	sc := scratchPool.Get().(*scratch)
	var (
		exprs = sc.exprs[:0]
		// Most sentences fit on the stack, where writing a word needs
		// no write barrier and clearing the buffer costs little; a
		// longer one takes the pooled buffer on the heap.
		small = make([]word, 0, 64)
		large = sc.words
		words []word
		used  int // the most words large has held
		buf   = sc.buf[:0]
		sents = sc.sents[:0]
		p     = parser{text: doc.Text}
		sent  int
	)
	for _, reg := range regionsOf(doc) {
		sents = sentencesIn(sents[:0], doc, reg)
		for _, s := range sents {
			toks := tokensIn(doc.Tokens, s)
			if len(toks) == 0 {
				continue
			}
			var any bool
			var games int
			if len(toks) > cap(small)*3/4 { // compounds add words
				large, any, games, buf = makeWords(doc.Text, toks, large[:0], buf)
				words, used = large, max(used, len(large))
			} else {
				words, any, games, buf = makeWords(doc.Text, toks, small[:0], buf)
			}
			sent++
			if any {
				p.ws = words
				p.gameHere = games > 0
				exprs = p.scan(exprs, sent)
			}
			p.gameSeen += games
		}
	}
	out := resolveAll(doc.Meta.Published, doc.Text, exprs)
	// Keep the buffers for the next document, without what points into
	// this one.
	clear(exprs)
	clear(large[:used])
	sc.exprs, sc.words, sc.buf, sc.sents = exprs[:0], large[:0], buf[:0], sents[:0]
	scratchPool.Put(sc)
	return out
}

// scratch holds the buffers Tag reuses from one document to the next.
type scratch struct {
	exprs []expr
	words []word
	buf   []byte
	sents []document.Span
}

var scratchPool = sync.Pool{New: func() any { return &scratch{buf: make([]byte, 0, 32)} }}

// resolveAll resolves the expressions in document order and builds the
// Timex layer.
func resolveAll(pub document.Time, text string, exprs []expr) []document.Timex {
	if len(exprs) == 0 {
		return nil
	}
	r := newResolver(pub)
	out := make([]document.Timex, 0, len(exprs))
	for k := range exprs {
		e := &exprs[k]
		var next *expr
		n := k + 1
		if e.pt.clock {
			// "10:35 a.m. local time (0735 GMT) Friday": the day comes
			// after the same time in another zone
			for n < len(exprs) && exprs[n].sent == e.sent && exprs[n].pt.clock && exprs[n].pt.gran == e.pt.gran && exprs[n].typ == document.TIME {
				n++
			}
			if n < len(exprs) && exprs[n].sent != e.sent {
				n = k + 1
			}
		}
		if n < len(exprs) {
			next = &exprs[n]
		}
		r.appositive(text, exprs, k)
		res := r.resolve(e, next)
		if e.dates != evNone && res.hasCal {
			r.noteEvent(e.dates, res.c)
		}
		if res.value == "" {
			continue
		}
		typ := e.typ
		if res.hasCal {
			typ = document.DATE
			if res.c.gran >= gPartOfDay {
				typ = document.TIME
			}
		}
		out = append(out, document.Timex{
			Span:       document.Span{Start: e.start, End: e.end},
			Text:       text[e.start:e.end],
			Type:       typ,
			Value:      res.value,
			Mod:        e.mod,
			Quant:      e.quant,
			Freq:       e.freq,
			BeginPoint: res.begin,
			EndPoint:   res.end,
			Zone:       res.zone,
		})
	}
	return out
}

// regionsOf returns the spans of the headline and body regions, or the
// whole text when the document has no regions.
func regionsOf(doc *document.Document) []document.Span {
	if len(doc.Regions) == 0 {
		if doc.Text == "" {
			return nil
		}
		return []document.Span{{Start: 0, End: len(doc.Text)}}
	}
	var out []document.Span
	for _, r := range doc.Regions {
		if r.Kind == document.RegionBody || r.Kind == document.RegionHeadline {
			out = append(out, r.Span)
		}
	}
	slices.SortFunc(out, func(a, b document.Span) int { return a.Start - b.Start })
	return out
}

// sentencesIn appends the sentences inside region r, clipped to it, to
// out; the region itself when the document has no sentences.
func sentencesIn(out []document.Span, doc *document.Document, r document.Span) []document.Span {
	if len(doc.Sentences) == 0 {
		return append(out, r)
	}
	i, _ := slices.BinarySearchFunc(doc.Sentences, r.Start, func(s document.Span, off int) int {
		if s.End <= off {
			return -1
		}
		return 1
	})
	for ; i < len(doc.Sentences) && doc.Sentences[i].Start < r.End; i++ {
		s := doc.Sentences[i]
		s.Start, s.End = max(s.Start, r.Start), min(s.End, r.End)
		if s.Start < s.End {
			out = append(out, s)
		}
	}
	return out
}

// tokensIn returns the tokens that lie inside s.
func tokensIn(toks []document.Span, s document.Span) []document.Span {
	i, _ := slices.BinarySearchFunc(toks, s.Start, func(t document.Span, off int) int {
		if t.Start < off {
			return -1
		}
		return 1
	})
	j := i
	for j < len(toks) && toks[j].End <= s.End {
		j++
	}
	return toks[i:j]
}
