// Package conll04 reads the CoNLL04 relation corpus (Roth & Yih 2004) in
// SpERT's JSON form — sentences of tokens with typed entity spans (Peop,
// Org, Loc, Other) and relations between them (Work_For, Live_In,
// OrgBased_In, Located_In, Kill) — and scores predicted relations
// strictly: a relation counts when its type, its direction and both
// entities' token spans and types are right.
package conll04

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/gazetteer"
)

// The relation types, in the order scores are printed.
var Types = []string{"Work_For", "Live_In", "OrgBased_In", "Located_In", "Kill"}

// A Sentence is one annotated sentence.
type Sentence struct {
	Tokens    []string   `json:"tokens"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	OrigID    any        `json:"orig_id,omitempty"`
}

// An Entity is a typed token span [Start, End).
type Entity struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// A Relation links the entities at indices Head and Tail of the sentence.
type Relation struct {
	Type string `json:"type"`
	Head int    `json:"head"`
	Tail int    `json:"tail"`
}

// Read reads a JSON array of sentences and checks that every span and
// reference lies inside its sentence.
func Read(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	if err := json.NewDecoder(r).Decode(&out); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("conll04: empty input, want a JSON array of sentences")
		}
		return nil, fmt.Errorf("conll04: %w", err)
	}
	for i, s := range out {
		for _, e := range s.Entities {
			if e.Start < 0 || e.End > len(s.Tokens) || e.Start >= e.End {
				return nil, fmt.Errorf("conll04: sentence %d: entity span [%d, %d) outside its %d tokens", i, e.Start, e.End, len(s.Tokens))
			}
		}
		for _, r := range s.Relations {
			if r.Head < 0 || r.Head >= len(s.Entities) || r.Tail < 0 || r.Tail >= len(s.Entities) {
				return nil, fmt.Errorf("conll04: sentence %d: relation %s refers to entity %d or %d of %d", i, r.Type, r.Head, r.Tail, len(s.Entities))
			}
		}
	}
	return out, nil
}

// Load reads the sentences of a file; a file without any is an error.
func Load(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(s) == 0 {
		return nil, fmt.Errorf("%s: conll04: no sentences", path)
	}
	return s, nil
}

// Text returns the sentence's tokens joined by spaces and each token's
// byte offsets in that text.
func (s Sentence) Text() (string, [][2]int) {
	var b strings.Builder
	offs := make([][2]int, len(s.Tokens))
	for i, t := range s.Tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		offs[i][0] = b.Len()
		b.WriteString(t)
		offs[i][1] = b.Len()
	}
	return b.String(), offs
}

// NaturalText returns the sentence's tokens as running text and each
// token's byte offsets in that text: joined by spaces, except before
// commas, semicolons, colons, closing brackets, "%" and clitics ("'s",
// "n't") and after an opening bracket or "$" — "Bosnia 's capital ,
// Sarajevo" reads "Bosnia's capital, Sarajevo", as the rules and the
// tagger expect news to be written. Full stops and quotes stay apart
// (CoNLL04 cuts "Mass." into "Mass ."; joined again, the tagger finds
// fewer of the training split's names).
func (s Sentence) NaturalText() (string, [][2]int) {
	var b strings.Builder
	offs := make([][2]int, len(s.Tokens))
	for i, t := range s.Tokens {
		if i > 0 && !attachesLeft[strings.ToLower(t)] && !attachesRight[s.Tokens[i-1]] {
			b.WriteByte(' ')
		}
		offs[i][0] = b.Len()
		b.WriteString(t)
		offs[i][1] = b.Len()
	}
	return b.String(), offs
}

// attachesLeft are the tokens written without a space before them;
// attachesRight those written without a space after them.
var (
	attachesLeft = map[string]bool{",": true, ";": true, ":": true, "!": true, "?": true, ")": true, "]": true,
		"'s": true, "n't": true, "'re": true, "'ll": true, "'ve": true, "'d": true, "'m": true, "%": true}
	attachesRight = map[string]bool{"(": true, "[": true, "$": true}
)

// TokenSpan maps the byte span [start, end) of Text back to the token
// span it covers; ok is false when it covers none.
func TokenSpan(offs [][2]int, start, end int) (Entity, bool) {
	first, last := -1, -1
	for i, o := range offs {
		if o[1] > start && o[0] < end {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return Entity{}, false
	}
	return Entity{Start: first, End: last + 1}, true
}

// A Triple is one relation with its entities, as scoring compares them.
type Triple struct {
	Type       string
	Head, Tail Entity
}

// Gold returns the sentence's relations as triples.
func (s Sentence) Gold() []Triple {
	out := make([]Triple, 0, len(s.Relations))
	for _, r := range s.Relations {
		out = append(out, Triple{Type: r.Type, Head: s.Entities[r.Head], Tail: s.Entities[r.Tail]})
	}
	return out
}

// Score counts true positives, false positives and false negatives per
// relation type.
type Score struct {
	TP, FP, FN map[string]int
	Sentences  int
}

// Add scores one sentence's predictions against its gold triples. A
// predicted triple repeated counts once.
func (sc *Score) Add(gold, pred []Triple) {
	if sc.TP == nil {
		sc.TP, sc.FP, sc.FN = map[string]int{}, map[string]int{}, map[string]int{}
	}
	sc.Sentences++
	seen := map[Triple]bool{}
	matched := make([]bool, len(gold))
	for _, p := range pred {
		if seen[p] {
			continue
		}
		seen[p] = true
		if i := slices.IndexFunc(gold, func(g Triple) bool { return g == p }); i >= 0 && !matched[i] {
			matched[i] = true
			sc.TP[p.Type]++
			continue
		}
		sc.FP[p.Type]++
	}
	for i, g := range gold {
		if !matched[i] {
			sc.FN[g.Type]++
		}
	}
}

// PRF returns precision, recall and F1 (in percent) of one type, or of all
// when typ is "".
func (sc *Score) PRF(typ string) (p, r, f float64) {
	var tp, fp, fn int
	for _, t := range Types {
		if typ == "" || typ == t {
			tp, fp, fn = tp+sc.TP[t], fp+sc.FP[t], fn+sc.FN[t]
		}
	}
	return prf(tp, fp, fn)
}

func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = 100 * float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = 100 * float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Write prints a table per type and micro-averaged, its last line "F1 X".
func (sc *Score) Write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "type\tgold\tpred\tcorrect\tP\tR\tF1\t\n")
	row := func(name, typ string) {
		var tp, fp, fn int
		for _, t := range Types {
			if typ == "" || typ == t {
				tp, fp, fn = tp+sc.TP[t], fp+sc.FP[t], fn+sc.FN[t]
			}
		}
		p, r, f := prf(tp, fp, fn)
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n", name, tp+fn, tp+fp, tp, p, r, f)
	}
	for _, t := range Types {
		row(t, t)
	}
	row("micro", "")
	if err := tw.Flush(); err != nil {
		return err
	}
	_, _, f := sc.PRF("")
	_, err := fmt.Fprintf(w, "F1 %.2f\n", f)
	return err
}

// typeOf maps newsgraph's relation types onto CoNLL04's; "" for the types
// CoNLL04 does not annotate.
var typeOf = map[string]string{
	"role": "Work_For", "member_of": "Work_For", "lives_in": "Live_In", "based_in": "OrgBased_In",
	"located_in": "Located_In", "kill": "Kill", "nationality": "Live_In",
}

// signatures are the entity types of each CoNLL04 relation's arguments.
var signatures = map[string][2]string{
	"Work_For": {"Peop", "Org"}, "Live_In": {"Peop", "Loc"}, "OrgBased_In": {"Org", "Loc"},
	"Located_In": {"Loc", "Loc"}, "Kill": {"Peop", "Peop"},
}

// entityTypes maps CoNLL-2003 entity types onto CoNLL04's.
var entityTypes = map[string]string{document.PER: "Peop", document.ORG: "Org", document.LOC: "Loc", document.MISC: "Other"}

// Predict returns the relations of a document analysed from a sentence's
// Text as CoNLL04 triples: types mapped, argument mentions mapped back to
// token spans through offs (byte offsets of the tokens in the text) and
// onto CoNLL04's conventions (see Entities). A relation whose argument is
// no mention (a pronoun) is left out, and so is one between the two halves
// of a place CoNLL04 writes as one ("Concord , Mass").
func Predict(doc *document.Document, offs [][2]int) []Triple {
	ents := Entities(doc, offs)
	var out []Triple
	for _, r := range doc.Relations {
		typ := typeOf[r.Type]
		if typ == "" || r.SubjectSpan == nil || r.ObjectSpan == nil {
			continue
		}
		heads := sameEntity(doc, r.Sentence, *r.SubjectSpan, r.Subject)
		tails := sameEntity(doc, r.Sentence, *r.ObjectSpan, r.Object)
		for _, hs := range heads {
			for _, ts := range tails {
				h, ok1 := ents[hs]
				t, ok2 := ents[ts]
				if !ok1 || !ok2 || h == t {
					continue
				}
				typ := typ
				if typ == "Work_For" && h.Type == "Peop" && t.Type == "Loc" {
					typ = "Live_In" // a country's minister or ambassador lives there
				}
				if sig := signatures[typ]; h.Type != sig[0] || t.Type != sig[1] {
					continue
				}
				out = append(out, Triple{Type: typ, Head: h, Tail: t})
			}
		}
	}
	return out
}

// sameEntity returns the span of a relation's argument and, since
// CoNLL04 relates every pair of mentions of two entities, the spans of
// the other mentions of its entity in the sentence ("the General
// Accounting Office ( GAO )").
func sameEntity(doc *document.Document, sent, sp document.Span, id string) []document.Span {
	out := []document.Span{sp}
	if id == "" {
		return out
	}
	for _, m := range doc.Mentions {
		if m.Entity == id && m.Span != sp && sent.Contains(m.Span) {
			out = append(out, m.Span)
		}
	}
	return out
}

// Reachable counts the gold relations both of whose entities the document
// has as mentions (mapped by Entities), with span and type right: the
// recall a perfect relation finder would reach over this entity tagger.
func Reachable(doc *document.Document, offs [][2]int, gold []Triple) int {
	found := map[Entity]bool{}
	for _, e := range Entities(doc, offs) {
		found[e] = true
	}
	n := 0
	for _, g := range gold {
		if found[g.Head] && found[g.Tail] {
			n++
		}
	}
	return n
}

// Entities maps each mention of a document analysed from a sentence's
// Text to the CoNLL04 entity it stands for: its token span through offs
// and its type mapped (PER → Peop, ORG → Org, LOC → Loc, MISC → Other),
// then brought to CoNLL04's conventions for names, which differ from
// newsgraph's (CoNLL-2003's) ones:
//
//   - a courtesy or religious style (Mr., Mrs., Ms., Miss, Rev.) or the
//     title of a head of state, monarch or noble (President, King, Pope,
//     Archduke, Lord, …), capitalised right before a person's name and
//     not itself after a name, is part of the name: "President Lincoln",
//     "Mr. Smith" (other titles, "Sen.", "Dr.", "spokesman", stay
//     outside, as CoNLL04 mostly leaves them);
//   - a birthplace written "Town , State" ("born in", "near", or "in"
//     a few words after "born"; "native of", "hometown of"), and
//     "Washington , D.C.", is one place: "born in Concord , Mass"
//     (elsewhere CoNLL04 keeps the town and the state apart, with
//     Located_In between them).
//
// (Predict also relates every mention of a relation's two entities.)
// These apply only here, when newsgraph's output is scored in CoNLL04's
// terms; what analyze outputs is unchanged.
func Entities(doc *document.Document, offs [][2]int) map[document.Span]Entity {
	word := func(i int) string {
		if i < 0 || i >= len(offs) || offs[i][0] > offs[i][1] || offs[i][1] > len(doc.Text) {
			return ""
		}
		return doc.Text[offs[i][0]:offs[i][1]]
	}
	type named struct {
		span document.Span
		e    Entity
	}
	var ms []named
	inName := map[int]bool{} // tokens inside a mention
	for _, m := range doc.Mentions {
		e, ok := TokenSpan(offs, m.Start, m.End)
		if !ok {
			continue
		}
		e.Type = entityTypes[m.Type]
		ms = append(ms, named{m.Span, e})
		for i := e.Start; i < e.End; i++ {
			inName[i] = true
		}
	}
	startsAt := map[int]int{} // token → index in ms of the mention starting there
	for i, m := range ms {
		startsAt[m.e.Start] = i
	}
	out := make(map[document.Span]Entity, len(ms))
	for _, m := range ms {
		e := m.e
		if e.Type == "Peop" && e.Start > 0 && nameTitles[word(e.Start-1)] && !inName[e.Start-1] && !inName[e.Start-2] {
			e.Start--
		}
		out[m.span] = e
	}
	for _, m := range ms {
		if m.e.Type != "Loc" || word(m.e.End) != "," {
			continue
		}
		j, ok := startsAt[m.e.End+1]
		if !ok || ms[j].e.Type != "Loc" {
			continue
		}
		if !birthplace(word, m.e.Start) && word(ms[j].e.Start) != "D.C." {
			continue
		}
		joined := Entity{Type: "Loc", Start: m.e.Start, End: ms[j].e.End}
		out[m.span], out[ms[j].span] = joined, joined
	}
	return out
}

// nameTitles are the titles CoNLL04 keeps inside a person's name.
var nameTitles = map[string]bool{
	"Mr.": true, "Mr": true, "Mrs.": true, "Mrs": true, "Ms.": true, "Ms": true, "Miss": true,
	"Rev.": true, "Rev": true,
	"President": true, "King": true, "Queen": true, "Prince": true, "Princess": true, "Pope": true, "Emperor": true,
	"Archduke": true, "Duke": true, "Duchess": true, "Lord": true, "Lady": true, "Sir": true, "Dame": true,
}

// birthplace reports whether the place starting at token i is a
// birthplace or home town: after "native of" or "hometown of", or after
// "in" or "near" with "born" at most eight words before ("born in",
// "was born Charles Hardin Holley in", "born on Feb. 5 , 1907 , in").
func birthplace(word func(int) string, i int) bool {
	w1, w2 := strings.ToLower(word(i-2)), strings.ToLower(word(i-1))
	switch w2 {
	case "of":
		return w1 == "native" || w1 == "hometown"
	case "in", "near":
		for k := i - 2; k >= 0 && k >= i-9; k-- {
			if strings.ToLower(word(k)) == "born" {
				return true
			}
		}
	}
	return false
}

// FromTriples builds a sentence holding the predicted triples, for
// writing predictions in the corpus's own form.
func FromTriples(tokens []string, ts []Triple) Sentence {
	s := Sentence{Tokens: tokens, Entities: []Entity{}, Relations: []Relation{}}
	index := func(e Entity) int {
		if i := slices.Index(s.Entities, e); i >= 0 {
			return i
		}
		s.Entities = append(s.Entities, e)
		return len(s.Entities) - 1
	}
	for _, t := range ts {
		s.Relations = append(s.Relations, Relation{Type: t.Type, Head: index(t.Head), Tail: index(t.Tail)})
	}
	return s
}

// CoNLL2003 returns the sentence's entities brought to CoNLL-2003's
// conventions, for training the entity tagger on them: the inverse of
// Entities' mapping, and types as CoNLL-2003 writes them (Peop → PER,
// Org → ORG, Loc → LOC, Other → MISC).
//
//   - Titles before a person's name are taken out of the name, as
//     CoNLL-2003 leaves them out: the courtesy, religious and head-of-state
//     titles CoNLL04 keeps ("President Lincoln" → "Lincoln") and the
//     others it sometimes keeps ("Sen.", "Gen.", "Dr.", "Officer").
//   - A place written "Town , State" is two places, "Town" and "State",
//     without the comma ("Concord , Mass" → "Concord", "Mass").
//   - An Other entity that is no name — a date, a time, an amount, a
//     number, anything in lower case ("April", "Oct. 15 , 1979", "42
//     percent", "100 mph") — is left untagged, as CoNLL-2003 does not tag
//     such things; the others ("World War II", "Americans") are MISC.
//
// Anything else stays as CoNLL04 has it. Spans are sorted by start.
func (s Sentence) CoNLL2003() []Entity {
	var out []Entity
	for _, e := range s.Entities {
		switch e.Type {
		case "Peop":
			for e.End-e.Start > 1 && stripTitles[s.Tokens[e.Start]] {
				e.Start++
			}
			out = append(out, Entity{Type: document.PER, Start: e.Start, End: e.End})
		case "Org":
			out = append(out, Entity{Type: document.ORG, Start: e.Start, End: e.End})
		case "Loc":
			start := e.Start
			for i := e.Start; i <= e.End; i++ {
				if i < e.End && s.Tokens[i] != "," {
					continue
				}
				if i > start {
					out = append(out, Entity{Type: document.LOC, Start: start, End: i})
				}
				start = i + 1
			}
		case "Other":
			if isName(s.Tokens[e.Start:e.End]) {
				out = append(out, Entity{Type: document.MISC, Start: e.Start, End: e.End})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Entity) int { return a.Start - b.Start })
	return out
}

// AddNationalities returns ents (CoNLL2003's entities of tokens) with a
// MISC entity added for each word outside them that the gazetteer's
// nationality list holds ("American", "Chinese", "Spanish"): CoNLL04
// mostly leaves nationalities untagged, CoNLL-2003 tags them MISC.
func AddNationalities(g *gazetteer.Gazetteer, tokens []string, ents []Entity) []Entity {
	list := slices.Index(g.Lists(), "nationality")
	if list < 0 {
		return ents
	}
	inName := make([]bool, len(tokens))
	for _, e := range ents {
		for i := e.Start; i < e.End; i++ {
			inName[i] = true
		}
	}
	out := ents
	for i, t := range g.Match(tokens, nil) {
		if !inName[i] && t.Exact[gazetteer.U]&(1<<list) != 0 {
			out = append(out, Entity{Type: document.MISC, Start: i, End: i + 1})
		}
	}
	slices.SortStableFunc(out, func(a, b Entity) int { return a.Start - b.Start })
	return out
}

// stripTitles are the titles CoNLL2003 takes out of a person's name.
var stripTitles = func() map[string]bool {
	m := map[string]bool{
		"Sen.": true, "Sen": true, "Gen.": true, "Gen": true, "Dr.": true, "Dr": true, "Gov.": true,
		"Rep.": true, "Sgt.": true, "Lt.": true, "Col.": true, "Capt.": true, "Officer": true,
	}
	for t := range nameTitles {
		m[t] = true
	}
	return m
}()

// isName reports whether the words of an Other entity make a name
// CoNLL-2003 would tag MISC: no digit, no word in lower case, no month,
// weekday or time zone.
func isName(words []string) bool {
	for _, w := range words {
		if strings.ContainsAny(w, "0123456789") || notNames[strings.TrimSuffix(w, ".")] {
			return false
		}
		if w != "" && w[0] >= 'a' && w[0] <= 'z' {
			return false
		}
	}
	return true
}

// notNames are the capitalised words of dates and times.
var notNames = func() map[string]bool {
	m := map[string]bool{"GMT": true, "EST": true, "EDT": true, "PST": true, "PDT": true}
	for _, w := range strings.Fields("January February March April May June July August September October November December " +
		"Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec " +
		"Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat Sun") {
		m[w] = true
	}
	return m
}()
