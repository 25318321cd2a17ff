package screen

import (
	"cmp"
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/document"
)

// A Screener is the pipeline stage that screens the people and
// organisations of a document against an Index and fills
// Document.Screening. It screens the entities when the document has an
// entity layer, else its PER and ORG mentions grouped by text. The zero
// Options use DefaultThreshold.
type Screener struct {
	Index   *Index
	Options Options
	// PerEntity bounds the hits kept for one entity; 0 means 5.
	PerEntity int
	// Now returns the current time, which bounds the publication year of
	// an undated article; nil means time.Now.
	Now func() time.Time
}

// A Candidate is one name of a document to screen, with what the
// document says about its bearer.
type Candidate struct {
	// Entity is the entity's ID, "" if the document has no entities.
	Entity string
	// Name is the name to screen; Type is Person or Organization.
	Name, Type string
	Context    Context
}

// Process screens doc and records the lists used in its provenance.
func (s *Screener) Process(ctx context.Context, doc *document.Document) error {
	if s.Index == nil {
		return nil
	}
	hits, err := s.Screen(ctx, doc)
	if err != nil {
		return err
	}
	doc.Screening = hits
	doc.Provenance.Lists = s.Index.Lists()
	if doc.Provenance.Rules == nil {
		doc.Provenance.Rules = map[string]string{}
	}
	doc.Provenance.Rules["screen"] = Version
	return nil
}

// Screen returns the document's hits without changing it.
func (s *Screener) Screen(ctx context.Context, doc *document.Document) ([]document.Hit, error) {
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	per := s.PerEntity
	if per <= 0 {
		per = 5
	}
	var hits []document.Hit
	// The names of one entity may hit one entry more than once: keep the
	// best, then the best few of the entity.
	flush := func(group []document.Hit) {
		slices.SortStableFunc(group, func(a, b document.Hit) int { return cmp.Compare(b.Score, a.Score) })
		seen := map[string]bool{}
		n := 0
		for _, h := range group {
			key := h.List + "\x00" + h.ListID
			if seen[key] || n >= per {
				continue
			}
			seen[key] = true
			hits = append(hits, h)
			n++
		}
	}
	var group []document.Hit
	last := "\x00"
	for _, c := range Candidates(doc, now()) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if c.Entity != last || c.Entity == "" {
			flush(group)
			group, last = nil, c.Entity
		}
		ms := s.Index.Screen(Query{Name: c.Name, Type: c.Type, Context: c.Context}, Options{Threshold: s.Options.Threshold, Limit: per})
		for _, m := range ms {
			group = append(group, document.Hit{Entity: c.Entity, Mention: c.Name, List: m.List, ListID: m.Entry.ID,
				Name: m.Name.Full, Score: float64(int(m.Score*1000+0.5)) / 1000, Explanation: m.Explanation})
		}
	}
	flush(group)
	return hits, nil
}

// Candidates picks the names of doc to screen: the people and
// organisations of its entity layer, or failing that its PER and ORG
// mentions in the body grouped by text. A person is screened by names of
// two words or more ("Kim Yong Chol", not "Kim"): one word is a surname
// that names too many people. now bounds the year of an undated article.
func Candidates(doc *document.Document, now time.Time) []Candidate {
	pub := pubYears(doc, now)
	var out []Candidate
	if len(doc.Entities) > 0 {
		for _, e := range doc.Entities {
			typ := entityType(e.Type)
			if typ == "" {
				continue
			}
			var spans []document.Span
			for _, m := range doc.Mentions {
				if m.Entity == e.ID && doc.InBody(m.Span) {
					spans = append(spans, m.Span)
				}
			}
			ctx := describe(doc, spans, e.Descriptions, pub)
			seen := map[string]bool{}
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				key := strings.ToLower(strings.TrimSpace(n))
				if key == "" || seen[key] || !screenable(n, typ) {
					continue
				}
				seen[key] = true
				out = append(out, Candidate{Entity: e.ID, Name: n, Type: typ, Context: ctx})
			}
		}
		return out
	}
	type group struct {
		name, typ string
		spans     []document.Span
	}
	var groups []*group
	byText := map[string]*group{}
	for _, m := range doc.Mentions {
		typ := entityType(m.Type)
		if typ == "" || !doc.InBody(m.Span) {
			continue
		}
		text := strings.Join(strings.Fields(doc.Slice(m.Span)), " ")
		if !screenable(text, typ) {
			continue
		}
		key := typ + "\x00" + strings.ToLower(text)
		g := byText[key]
		if g == nil {
			g = &group{name: text, typ: typ}
			byText[key] = g
			groups = append(groups, g)
		}
		g.spans = append(g.spans, m.Span)
	}
	for _, g := range groups {
		out = append(out, Candidate{Name: g.name, Type: g.typ, Context: describe(doc, g.spans, nil, pub)})
	}
	return out
}

func entityType(t string) string {
	switch t {
	case document.PER:
		return Person
	case document.ORG:
		return Organization
	}
	return ""
}

// screenable reports whether a name says enough to be screened.
func screenable(name, typ string) bool {
	toks, _ := nameTokens(name, typ, "", "")
	n := 0
	for _, t := range toks {
		if t.role == roleCore && len(t.text) > 1 {
			n++
		}
	}
	if typ == Person {
		return n >= 2
	}
	return n >= 1
}

var (
	reAge       = regexp.MustCompile(`\b(\d{1,3})[- ]years?[- ]old\b`)
	reAgeComma  = regexp.MustCompile(`^,\s*(\d{1,3}),`)
	reAged      = regexp.MustCompile(`\baged (\d{1,3})\b`)
	reYearInTxt = regexp.MustCompile(`\b(19[5-9]\d|20\d\d)\b`)
)

// pubYears bounds the article's year of publication: its date when known,
// else from the latest year its text mentions to now.
func pubYears(doc *document.Document, now time.Time) [2]int {
	if !doc.Meta.Published.IsZero() {
		y := doc.Meta.Published.Year()
		return [2]int{y, y}
	}
	latest := 0
	for _, b := range doc.Body() {
		for _, m := range reYearInTxt.FindAllString(doc.Slice(b), -1) {
			if y, _ := strconv.Atoi(m); y > latest && y <= now.Year() {
				latest = y
			}
		}
	}
	if latest == 0 {
		return [2]int{}
	}
	return [2]int{latest, now.Year()}
}

// describe gathers what the text says about the bearer of the mentions at
// spans: the words before each mention in its clause ("North Korean
// leader Kim Jong Un") and the appositive after it ("Kim Yong Chol, a
// 72-year-old North Korean …"), plus the entity's descriptions.
func describe(doc *document.Document, spans []document.Span, descriptions []string, pub [2]int) Context {
	var c Context
	texts := slices.Clone(descriptions)
	for _, sp := range spans {
		if before := premodifier(doc, sp); before != "" {
			texts = append(texts, before)
		}
		if after := appositive(doc, sp); after != "" {
			texts = append(texts, after)
			if age := ageIn(after); age > 0 && pub[0] > 0 && c.BornFrom == 0 {
				c.BornFrom, c.BornTo = pub[0]-age-1, pub[1]-age
				if pub[0] == pub[1] {
					c.BornWhy = strconv.Itoa(age) + " years old in " + strconv.Itoa(pub[0])
				} else {
					c.BornWhy = strconv.Itoa(age) + " years old in an article of " + strconv.Itoa(pub[0]) + " or later"
				}
			}
		}
	}
	for _, t := range texts {
		for _, cc := range countriesIn(t) {
			c.Countries = appendCode(c.Countries, cc)
		}
	}
	c.Descriptions = texts
	return c
}

// ageIn finds an age in an appositive: "a 72-year-old …", ", 72,", "aged 72".
func ageIn(s string) int {
	for _, re := range []*regexp.Regexp{reAgeComma, reAge, reAged} {
		if m := re.FindStringSubmatch(s); m != nil {
			if a, err := strconv.Atoi(m[1]); err == nil && a >= 14 && a <= 110 {
				return a
			}
		}
	}
	return 0
}

// roleNouns are the lowercase words of titles written before names
// ("North Korean leader Kim Jong Un", "spy chief Kim Yong Chol").
var roleNouns = set("leader", "chief", "minister", "president", "general", "official", "spokesman", "spokeswoman",
	"commander", "director", "head", "envoy", "ambassador", "adviser", "advisor", "secretary", "deputy", "foreign",
	"defense", "defence", "vice", "premier", "chairman", "chairwoman", "boss", "tycoon", "businessman", "oligarch",
	"warlord", "militant", "cleric", "spy", "intelligence", "military", "army", "former", "senior", "top", "of", "the",
	"and", "state", "prime", "marshal", "colonel", "lieutenant", "banker", "financier", "founder", "executive", "ceo")

// premodifier returns the title words right before sp in its sentence:
// capitalised words and role nouns ("North Korean leader"), at most
// eight.
func premodifier(doc *document.Document, sp document.Span) string {
	lo := 0
	if si := doc.SentenceAt(sp.Start); si >= 0 {
		lo = doc.Sentences[si].Start
	}
	i := sp.Start
	first := sp.Start
	for n := 0; n < 8; n++ {
		j := i
		for j > lo {
			r, size := utf8.DecodeLastRuneInString(doc.Text[lo:j])
			if !unicode.IsSpace(r) {
				break
			}
			j -= size
		}
		k := j
		for k > lo {
			r, size := utf8.DecodeLastRuneInString(doc.Text[lo:k])
			if !(unicode.IsLetter(r) || r == '-' || r == '.' || r == '\'' || r == '’') {
				break
			}
			k -= size
		}
		if k == j {
			break
		}
		w := doc.Text[k:j]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !roleNouns[strings.ToLower(w)] {
			break
		}
		first, i = k, k
	}
	return strings.TrimSpace(doc.Text[first:sp.Start])
}

// appositive returns the phrase after sp when it opens with a comma
// ("Kim Yong Chol, a North Korean spy chief …"), up to the next comma,
// semicolon or sentence end, at most 160 bytes.
func appositive(doc *document.Document, sp document.Span) string {
	rest := doc.Text[sp.End:]
	if !strings.HasPrefix(rest, ",") {
		return ""
	}
	end := len(rest)
	if end > 160 {
		end = 160
		for end > 0 && !utf8.RuneStart(rest[end]) {
			end--
		}
	}
	body := rest[:end]
	// Keep ", 72," whole for the age; else stop at the first clause end
	// after the opening comma.
	if m := reAgeComma.FindString(body); m != "" {
		return m
	}
	if i := strings.IndexAny(body[1:], ",;.\n"); i >= 0 {
		body = body[:i+1]
	}
	return body
}
