// Package newsgold reads the hand-annotated news relation gold set
// (relation/testdata/newsgold: articles.tsv naming texts under
// ../shared/data by path and sha256, one ID.json of stand-off relations
// per article; see its GUIDELINES.md) and scores a Document's relations
// against it the way the relation schema says: types equal, the system
// trigger overlapping the gold one or in the same sentence, and each
// argument matching by mention, by name, or by a whole-token suffix
// ("Pompeo" / "Mike Pompeo"); meet is symmetric.
package newsgold

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newsgraph/newsgraph/document"
)

// An Arg is an annotated argument or trigger: a span in code points, its
// text and the argument's fullest name in the article.
type Arg struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Name  string `json:"name"`
}

// A Relation is one gold relation.
type Relation struct {
	Type     string `json:"type"`
	Subject  *Arg   `json:"subject"`
	Object   *Arg   `json:"object"`
	Trigger  *Arg   `json:"trigger"`
	Negated  bool   `json:"negated"`
	Modality string `json:"modality"`
	Time     string `json:"time"`
	Place    string `json:"place"`
	Role     string `json:"role"`
}

// An Article is one annotated article with its text.
type Article struct {
	ID        string     `json:"id"`
	Source    string     `json:"source"`
	Relations []Relation `json:"relations"`
	// Text is the article's text, read from the data directory.
	Text string `json:"-"`
	// Published is the publication date when the file name gives it
	// (Gigaword's AFP_ENG_19970403.0077), else zero.
	Published document.Time `json:"-"`
}

// Parse reads one ID.json file and checks its spans.
func Parse(data []byte) (*Article, error) {
	var a Article
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, err
	}
	for i, r := range a.Relations {
		if r.Subject == nil || r.Trigger == nil {
			return nil, fmt.Errorf("relation %d (%s): no subject or trigger", i, r.Type)
		}
		for _, s := range []*Arg{r.Subject, r.Object, r.Trigger} {
			if s != nil && (s.Start < 0 || s.End < s.Start) {
				return nil, fmt.Errorf("relation %d (%s): bad span [%d, %d)", i, r.Type, s.Start, s.End)
			}
		}
	}
	return &a, nil
}

var dateInName = regexp.MustCompile(`_(\d{8})\.`)

// Load reads the gold set in dir with the texts under data (the
// ../shared/data directory), checking each text's sha256.
func Load(dir, data string) ([]*Article, error) {
	list := filepath.Join(dir, "articles.tsv")
	f, err := os.Open(list)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []*Article
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) != 3 || parts[0] == "" || strings.ContainsAny(parts[0], "/\\") {
			return nil, fmt.Errorf("%s:%d: want three tab-separated fields: id, path and sha256", list, n)
		}
		name := filepath.Join(dir, parts[0]+".json")
		raw, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		a, err := Parse(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		text, err := os.ReadFile(filepath.Join(data, parts[1]))
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(text)
		if hex.EncodeToString(sum[:]) != parts[2] {
			return nil, fmt.Errorf("%s: sha256 differs from %s:%d", filepath.Join(data, parts[1]), list, n)
		}
		a.Text = string(text)
		if m := dateInName.FindStringSubmatch(parts[1]); m != nil {
			if t, err := time.Parse("20060102", m[1]); err == nil {
				a.Published = document.Time{Time: t, DateOnly: true}
			}
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", list, n+1, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no articles", list)
	}
	return out, nil
}

// Interactions are the types the score averages over.
var Interactions = []string{"meet", "visit", "invite", "sanction", "accuse", "threaten", "attack", "kill",
	"arrest", "agree", "urge", "withdraw", "support", "criticize"}

// Score counts matches per type.
type Score struct {
	TP, FP, FN map[string]int
	Articles   int
	// Mood counts the matched interactions by gold and system modality
	// (the gold set's names: see SystemModality); MoodRight and
	// PolarityRight count those whose modality, and whose polarity
	// (negated or not), the system got right, of Matched.
	Mood                              map[[2]string]int
	Matched, MoodRight, PolarityRight int
}

// Modalities are the gold set's modality values, in the order of the
// confusion table.
var Modalities = []string{"asserted", "reported", "planned", "hypothetical"}

// SystemModality maps a modality of newsgraph's relations onto the gold
// set's: happened is asserted (told in the reporter's own voice as having
// happened or holding); reported, planned and hypothetical are the same
// in both. A value already in the gold set's terms is returned as it is.
func SystemModality(m string) string {
	if m == document.Happened {
		return "asserted"
	}
	return m
}

// Misses are what a scored article got wrong, for reading.
type Misses struct {
	Missed []Relation          // gold relations no system relation matched
	Wrong  []document.Relation // system relations no gold one matched
	// Mood are the matched interactions whose modality or polarity the
	// system got wrong.
	Mood []MoodMiss
}

// A MoodMiss is a gold interaction and the system relation that matched
// it with another modality or polarity.
type MoodMiss struct {
	Gold   Relation
	System document.Relation
}

// Add scores the relations of doc, analysed from a's Text, against a.
func (sc *Score) Add(a *Article, doc *document.Document) Misses {
	if sc.TP == nil {
		sc.TP, sc.FP, sc.FN = map[string]int{}, map[string]int{}, map[string]int{}
	}
	sc.Articles++
	cp := newCodePoints(doc.Text)
	used := make([]bool, len(doc.Relations))
	var m Misses
	for _, g := range a.Relations {
		found := -1
		for i, r := range doc.Relations {
			if !used[i] && matches(doc, cp, g, r) {
				found = i
				break
			}
		}
		if found >= 0 {
			used[found] = true
			sc.TP[g.Type]++
			if r := doc.Relations[found]; !sc.addMood(g, r) {
				m.Mood = append(m.Mood, MoodMiss{g, r})
			}
		} else {
			sc.FN[g.Type]++
			m.Missed = append(m.Missed, g)
		}
	}
	for i, r := range doc.Relations {
		if !used[i] {
			sc.FP[r.Type]++
			m.Wrong = append(m.Wrong, r)
		}
	}
	return m
}

// addMood counts the modality and polarity of system relation r, matched
// to gold relation g, when it is an interaction; it reports whether both
// are right (true for other types).
func (sc *Score) addMood(g Relation, r document.Relation) bool {
	if !slices.Contains(Interactions, g.Type) {
		return true
	}
	if sc.Mood == nil {
		sc.Mood = map[[2]string]int{}
	}
	gm, rm := g.Modality, SystemModality(r.Modality)
	sc.Mood[[2]string{gm, rm}]++
	sc.Matched++
	if gm == rm {
		sc.MoodRight++
	}
	if g.Negated == r.Negated {
		sc.PolarityRight++
	}
	return gm == rm && g.Negated == r.Negated
}

// matches reports whether system relation r matches gold relation g.
func matches(doc *document.Document, cp codePoints, g Relation, r document.Relation) bool {
	if g.Type != r.Type {
		return false
	}
	gt := cp.span(g.Trigger)
	if !gt.Overlaps(r.Trigger) {
		si := doc.SentenceAt(gt.Start)
		if si < 0 || !doc.Sentences[si].Contains(r.Trigger) {
			return false
		}
	}
	subj := argMatches(doc, cp, g.Subject, r.Subject, r.SubjectSpan, "")
	obj := argMatches(doc, cp, g.Object, r.Object, r.ObjectSpan, r.ObjectText)
	if subj && obj {
		return true
	}
	if g.Type == "meet" {
		return argMatches(doc, cp, g.Subject, r.Object, r.ObjectSpan, "") && argMatches(doc, cp, g.Object, r.Subject, r.SubjectSpan, "")
	}
	return false
}

// argMatches reports whether a system argument (an entity, or a text
// span) matches a gold one.
func argMatches(doc *document.Document, cp codePoints, g *Arg, id string, at *document.Span, text string) bool {
	if g == nil {
		return id == "" && text == ""
	}
	gs := cp.span(g)
	if at != nil && at.Overlaps(gs) {
		return true
	}
	if id == "" {
		return text != "" && (sameName(text, g.Text) || sameName(text, g.Name))
	}
	for _, m := range doc.Mentions {
		if m.Entity == id && m.Span.Overlaps(gs) {
			return true
		}
	}
	if e := doc.Entity(id); e != nil {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if sameName(n, g.Name) || sameName(n, g.Text) {
				return true
			}
		}
	}
	return false
}

// sameName reports whether two names are equal ignoring case, or one is a
// whole-token suffix of the other ("Pompeo" / "Mike Pompeo").
func sameName(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	if a == "" || b == "" {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || strings.HasSuffix(b, " "+a)
}

// codePoints converts code-point offsets of a text to byte offsets.
type codePoints []int

func newCodePoints(text string) codePoints {
	cp := make(codePoints, 0, len(text)+1)
	for i := range text {
		cp = append(cp, i)
	}
	return append(cp, len(text))
}

func (cp codePoints) off(n int) int {
	if n < 0 {
		return 0
	}
	if n >= len(cp) {
		return cp[len(cp)-1]
	}
	return cp[n]
}

func (cp codePoints) span(a *Arg) document.Span {
	if a == nil {
		return document.Span{}
	}
	return document.Span{Start: cp.off(a.Start), End: cp.off(a.End)}
}

// prf returns precision, recall and F1 in percent.
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

// Micro returns precision, recall and F1 micro-averaged over the
// interaction types.
func (sc *Score) Micro() (p, r, f float64) {
	var tp, fp, fn int
	for _, t := range Interactions {
		tp, fp, fn = tp+sc.TP[t], fp+sc.FP[t], fn+sc.FN[t]
	}
	return prf(tp, fp, fn)
}

// Write prints a table per type (interactions, then the others that
// occur) and the micro average over interactions, its last line "F1 X".
func (sc *Score) Write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "type\tgold\tpred\tcorrect\tP\tR\tF1\t\n")
	row := func(t string) {
		tp, fp, fn := sc.TP[t], sc.FP[t], sc.FN[t]
		p, r, f := prf(tp, fp, fn)
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n", t, tp+fn, tp+fp, tp, p, r, f)
	}
	for _, t := range Interactions {
		row(t)
	}
	var tp, fp, fn int
	for _, t := range Interactions {
		tp, fp, fn = tp+sc.TP[t], fp+sc.FP[t], fn+sc.FN[t]
	}
	p, r, f := prf(tp, fp, fn)
	fmt.Fprintf(tw, "interactions\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n", tp+fn, tp+fp, tp, p, r, f)
	for _, t := range []string{"role", "member_of", "nationality", "based_in", "lives_in", "located_in"} {
		if sc.TP[t]+sc.FP[t]+sc.FN[t] > 0 {
			row(t)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if err := sc.writeMood(w); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "F1 %.2f\n", f)
	return err
}

// writeMood prints the accuracy of modality and polarity over the matched
// interactions and the confusion table of modality, gold by system.
func (sc *Score) writeMood(w io.Writer) error {
	pct := func(n int) float64 {
		if sc.Matched == 0 {
			return 0
		}
		return 100 * float64(n) / float64(sc.Matched)
	}
	fmt.Fprintf(w, "modality of the %d matched interactions: %d right, %.2f %%; polarity: %d right, %.2f %%\n",
		sc.Matched, sc.MoodRight, pct(sc.MoodRight), sc.PolarityRight, pct(sc.PolarityRight))
	values := slices.Clone(Modalities)
	for k := range sc.Mood {
		for _, v := range k {
			if !slices.Contains(values, v) {
				values = append(values, v) // a value outside the schema shows rather than vanishes
			}
		}
	}
	slices.Sort(values[len(Modalities):])
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "gold \\ system\t%s\t\n", strings.Join(values, "\t"))
	for _, g := range values {
		fmt.Fprintf(tw, "%s\t", g)
		for _, r := range values {
			fmt.Fprintf(tw, "%d\t", sc.Mood[[2]string{g, r}])
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}
