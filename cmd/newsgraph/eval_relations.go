package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/analyze"
	"github.com/newsgraph/newsgraph/document"
	"github.com/newsgraph/newsgraph/pipeline"
	"github.com/newsgraph/newsgraph/relation"
	"github.com/newsgraph/newsgraph/relation/conll04"
	"github.com/newsgraph/newsgraph/relation/newsgold"
)

func runEvalRelations(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval relations", "[flags] FILE…  (CoNLL04 in SpERT's JSON form)")
	news := fs.String("news", "", "score interactions against the hand-annotated news gold set in this directory instead (relation/testdata/newsgold)")
	data := fs.String("data", "../shared/data", "with -news: the directory the gold set's article paths are relative to")
	write := fs.String("write", "", "also write the predictions in SpERT's JSON form to this file (one entry per sentence)")
	verbose := fs.Bool("v", false, "print each sentence's missed and wrong relations and its names")
	half := fs.String("half", "", "with -news: score only half of the articles, A (even positions in id order) or B (odd); empty for all")
	threshold := fs.Float64("threshold", 0, "probability the pair model's best class needs (0: the model's own)")
	model := fs.String("model", "", "use this pair model (written by train relations -o) instead of the embedded one")
	interactions := fs.Bool("interactions", false, "add the interactions the trained interaction model finds to the rules' (off by default)")
	noDeps := fs.Bool("nodeps", false, "leave out the dependency tier (to compare)")
	argModel := fs.String("argmodel", "", "with -interactions: use this interaction model (written by train interactions -o) instead of the embedded one")
	argThreshold := fs.Float64("argthreshold", 0, "with -interactions: probability the interaction model's best type needs (0: the model's own)")
	against := fs.String("against", "", "with -news: score the annotations in this directory (a second annotator's, same format, some of -news's articles) against the gold set instead of the system: agreement between annotators")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case *against != "" && *news == "":
		return &usageError{msg: "eval relations: -against needs -news (the gold set to score the second annotations against)", hint: "newsgraph eval relations -news relation/testdata/newsgold -against DIR"}
	case *half != "" && *news == "":
		return &usageError{msg: "eval relations: -half needs -news", hint: "newsgraph eval relations -news relation/testdata/newsgold -half A"}
	case *argModel != "" && !*interactions:
		return &usageError{msg: "eval relations: -argmodel needs -interactions (the interaction model is off without it)", hint: "newsgraph eval relations -interactions -argmodel relation/argmodel.bin -news relation/testdata/newsgold"}
	case *news != "" && fs.NArg() > 0:
		return &usageError{msg: fmt.Sprintf("eval relations: -news scores the gold set in its directory; %d more arguments given", fs.NArg()), hint: "newsgraph eval relations -news relation/testdata/newsgold"}
	case *news != "" && *write != "":
		return &usageError{msg: "eval relations: -write is for CoNLL04 files, not -news", hint: "newsgraph eval relations -write pred.json ../shared/data/relations/conll04/conll04_dev.json"}
	case !(*threshold >= 0 && *threshold <= 1):
		return &usageError{msg: fmt.Sprintf("eval relations: -threshold %g: want 0 to 1", *threshold)}
	case *argThreshold != 0 && !*interactions:
		return &usageError{msg: "eval relations: -argthreshold needs -interactions (the interaction model is off without it)", hint: "newsgraph eval relations -interactions -argthreshold 0.5 -news relation/testdata/newsgold"}
	case !(*argThreshold >= 0 && *argThreshold <= 1):
		return &usageError{msg: fmt.Sprintf("eval relations: -argthreshold %g: want 0 to 1", *argThreshold)}
	}
	// the settings below are the relation package's globals: each is put
	// back on return, so that a run in-process (tests) leaves none behind
	if *interactions {
		old := relation.UseArgModel.Swap(true)
		defer relation.UseArgModel.Store(old)
	}
	if *noDeps {
		old := relation.NoDependencyTier.Swap(true)
		defer relation.NoDependencyTier.Store(old)
	}
	if *argModel != "" {
		data, err := os.ReadFile(*argModel)
		if err != nil {
			return fmt.Errorf("eval relations: %w", unwrapPathError(err))
		}
		m, err := relation.ReadArgModel(data)
		if err != nil {
			return fmt.Errorf("eval relations: %s: %w", *argModel, err)
		}
		old := relation.DefaultArgModel
		relation.DefaultArgModel = func() *relation.ArgModel { return m }
		defer func() { relation.DefaultArgModel = old }()
	}
	if *argThreshold > 0 {
		if m := relation.DefaultArgModel(); m != nil {
			old := m.Threshold
			m.Threshold = *argThreshold
			defer func() { m.Threshold = old }()
		}
	}
	if *model != "" {
		data, err := os.ReadFile(*model)
		if err != nil {
			return fmt.Errorf("eval relations: %w", unwrapPathError(err))
		}
		m, err := relation.ReadModel(data)
		if err != nil {
			return fmt.Errorf("eval relations: %s: %w", *model, err)
		}
		old := relation.DefaultModel
		relation.DefaultModel = func() *relation.Model { return m }
		defer func() { relation.DefaultModel = old }()
	}
	if *threshold > 0 {
		if m := relation.DefaultModel(); m != nil {
			oldT, oldTs := m.Threshold, m.Thresholds
			m.SetThreshold(*threshold)
			defer func() { m.Threshold, m.Thresholds = oldT, oldTs }()
		}
	}
	if *half != "" && *half != "A" && *half != "B" {
		return &usageError{msg: "eval relations: -half must be A or B", hint: "newsgraph eval relations -news relation/testdata/newsgold -half A"}
	}
	if *news != "" {
		return evalNewsRelations(ctx, e, *news, *data, *half, *against, *verbose)
	}
	if fs.NArg() == 0 {
		return &usageError{msg: "eval relations: no files given", hint: "newsgraph eval relations ../shared/data/relations/conll04/conll04_dev.json"}
	}
	p := sentencePipeline()
	var score conll04.Score
	var written []conll04.Sentence
	reach := 0
	for _, path := range fs.Args() {
		sents, err := conll04.Load(path)
		if err != nil {
			return fmt.Errorf("eval relations: %w", unwrapPathError(err))
		}
		for _, s := range sents {
			text, offs := s.NaturalText()
			doc := document.New(text)
			if err := p.Run(ctx, doc); err != nil {
				return fmt.Errorf("eval relations: %s: %w", path, err)
			}
			gold, pred := s.Gold(), conll04.Predict(doc, offs)
			score.Add(gold, pred)
			reach += conll04.Reachable(doc, offs, gold)
			if *write != "" {
				written = append(written, conll04.FromTriples(s.Tokens, pred))
			}
			if *verbose {
				writeRelationDiff(e, s, doc, offs, gold, pred)
			}
		}
	}
	if *write != "" {
		if err := writeJSON(*write, written); err != nil {
			return fmt.Errorf("eval relations: %w", err)
		}
	}
	fmt.Fprintf(e.stdout, "%d sentences, strict (type, direction, both entities' spans and types); %d gold relations have both names found with span and type right\n", score.Sentences, reach)
	return score.Write(e.stdout)
}

// sentencePipeline is the standard pipeline for one sentence of a corpus:
// no regions (a lone sentence is all body, never a headline) and no
// language check.
func sentencePipeline() *pipeline.Pipeline {
	p := analyze.Standard()
	p.Steps = slices.DeleteFunc(p.Steps, func(s pipeline.Step) bool { return s.Name == "region" || s.Name == "langid" })
	return p
}

// evalNewsRelations scores the standard pipeline against the news gold
// set in dir, the texts read from data. half, when "A" or "B", keeps the
// articles at even or odd positions in the order of their ids, so that
// rules can be developed on one half and checked on the other. against,
// when not empty, is a directory of a second annotator's annotations of
// some of the articles, scored in place of the system's relations.
func evalNewsRelations(ctx context.Context, e *env, dir, data, half, against string, verbose bool) error {
	arts, err := newsgold.Load(dir, data)
	if err != nil {
		return fmt.Errorf("eval relations: %w", unwrapPathError(err))
	}
	if half != "" {
		from := 1
		if half == "A" {
			from = 0
		}
		arts = everyOther(arts, func(a *newsgold.Article) string { return a.ID }, from)
		dir += ", half " + half
	}
	var others map[string]*newsgold.Article
	if against != "" {
		if others, err = loadAgainst(dir, against, data, arts, half != ""); err != nil {
			return fmt.Errorf("eval relations: %w", err)
		}
		dir += " against " + against
	}
	a := analyze.New(analyze.Options{})
	var score newsgold.Score
	for _, art := range arts {
		other := others[art.ID]
		if against != "" && other == nil {
			continue
		}
		doc, err := a.Analyze(ctx, analyze.Input{Data: []byte(art.Text), Name: art.Source, Published: art.Published})
		if err != nil {
			return fmt.Errorf("eval relations: %w", err)
		}
		if other != nil {
			newsgold.SetRelations(doc, other)
		}
		m := score.Add(art, doc)
		if verbose {
			writeNewsMisses(e, art, doc, m)
		}
	}
	fmt.Fprintf(e.stdout, "%d articles (%s); interactions micro-averaged\n", score.Articles, dir)
	return score.Write(e.stdout)
}

// loadAgainst reads a second annotator's annotations in dir2 of articles
// of the gold set arts (read from dir), by id. Every article of dir2 must
// be in the gold set with the same source file, unless the gold set was
// halved, when those of the other half are left out.
func loadAgainst(dir, dir2, data string, arts []*newsgold.Article, halved bool) (map[string]*newsgold.Article, error) {
	others, err := newsgold.Load(dir2, data)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	gold := make(map[string]*newsgold.Article, len(arts))
	for _, a := range arts {
		gold[a.ID] = a
	}
	byID := make(map[string]*newsgold.Article, len(others))
	for _, o := range others {
		g := gold[o.ID]
		switch {
		case g == nil && halved:
			continue
		case g == nil:
			return nil, fmt.Errorf("%s: %s is not in %s", dir2, o.ID, dir)
		case g.Source != o.Source:
			return nil, fmt.Errorf("%s: %s is %s, but %s in %s", dir2, o.ID, o.Source, g.Source, dir)
		}
		byID[o.ID] = o
	}
	return byID, nil
}

// writeNewsMisses prints the gold interactions missed (-), the system
// interactions no gold one matched (+) and the matched ones with another
// modality or polarity (~, gold → system), with their sentences.
func writeNewsMisses(e *env, art *newsgold.Article, doc *document.Document, m newsgold.Misses) {
	interaction := func(t string) bool { return slices.Contains(newsgold.Interactions, t) }
	name := func(id string) string {
		if x := doc.Entity(id); x != nil {
			return x.Name
		}
		return id
	}
	for _, g := range m.Missed {
		if !interaction(g.Type) {
			continue
		}
		obj := ""
		if g.Object != nil {
			obj = g.Object.Name
		}
		sent := ""
		if at := codePointOffset(doc.Text, g.Trigger.Start); at >= 0 {
			if i := doc.SentenceAt(at); i >= 0 {
				sent = strings.Join(strings.Fields(doc.Slice(doc.Sentences[i])), " ")
			}
		}
		fmt.Fprintf(e.stdout, "%s - %s %s → %s [%s] %s | %s\n", art.ID, g.Type, g.Subject.Name, obj, g.Trigger.Text, g.Modality, sent)
	}
	for _, r := range m.Wrong {
		if !interaction(r.Type) {
			continue
		}
		obj := name(r.Object)
		if r.Object == "" {
			obj = r.ObjectText
		}
		subj := name(r.Subject)
		if r.Subject == "" {
			subj = r.SubjectText
		}
		fmt.Fprintf(e.stdout, "%s + %s %s → %s [%s] %s | %s\n", art.ID, r.Type, subj, obj, doc.Slice(r.Trigger), r.Modality,
			strings.Join(strings.Fields(doc.Slice(r.Sentence)), " "))
	}
	mood := func(negated bool, modality string) string {
		if negated {
			return "not " + modality
		}
		return modality
	}
	for _, x := range m.Mood {
		g, r := x.Gold, x.System
		fmt.Fprintf(e.stdout, "%s ~ %s %s [%s] %s → %s | %s\n", art.ID, r.Type, g.Subject.Name, doc.Slice(r.Trigger),
			mood(g.Negated, g.Modality), mood(r.Negated, newsgold.SystemModality(r.Modality)),
			strings.Join(strings.Fields(doc.Slice(r.Sentence)), " "))
	}
}

// writeRelationDiff prints a sentence's missed (-, -* when both names
// were found) and wrong (+) relations and the names newsgraph found in it.
func writeRelationDiff(e *env, s conll04.Sentence, doc *document.Document, offs [][2]int, gold, pred []conll04.Triple) {
	span := func(x conll04.Entity) string {
		return fmt.Sprintf("%s[%s]", x.Type, strings.Join(s.Tokens[x.Start:x.End], " "))
	}
	found := map[conll04.Entity]bool{}
	for _, x := range conll04.Entities(doc, offs) {
		found[x] = true
	}
	var lines []string
	for _, g := range gold {
		if !slices.Contains(pred, g) {
			mark := "  - "
			if found[g.Head] && found[g.Tail] {
				mark = "  -* " // both names found: the relation finder's miss
			}
			lines = append(lines, mark+g.Type+" "+span(g.Head)+" "+span(g.Tail))
		}
	}
	for _, p := range pred {
		if !slices.Contains(gold, p) {
			lines = append(lines, "  + "+p.Type+" "+span(p.Head)+" "+span(p.Tail))
		}
	}
	if len(lines) == 0 {
		return
	}
	fmt.Fprintln(e.stdout, strings.Join(s.Tokens, " "))
	var names []string
	for _, m := range doc.Mentions {
		if x, ok := conll04.TokenSpan(offs, m.Start, m.End); ok {
			x.Type = m.Type
			names = append(names, span(x))
		}
	}
	fmt.Fprintln(e.stdout, "  names:", strings.Join(names, " "))
	fmt.Fprintln(e.stdout, strings.Join(lines, "\n"))
}

// codePointOffset returns the byte offset of the n-th code point of text,
// -1 past its end.
func codePointOffset(text string, n int) int {
	i := 0
	for off := range text {
		if i == n {
			return off
		}
		i++
	}
	return -1
}

func writeJSON(path string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return unwrapPathError(err)
	}
	return nil
}
