package ner

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestStage2Keys(t *testing.T) {
	doc := [][]string{
		strings.Fields("Secretary Mike Pompeo said"),
		strings.Fields("Pompeo left for Pompeo"),
	}
	per := func(pos int) Label { return makeLabel(0, pos) }
	stage1 := [][]Label{
		{O, per(posB), per(posL), O},
		{makeLabel(2, posU), O, O, per(posU)},
	}
	keys := stage2Keys(doc, stage1)
	has := func(k, i int, want uint64) bool { return slices.Contains(keys[k][i], want) }
	// The first "Pompeo" of sentence 2 (LOC at stage 1): a PER name
	// elsewhere contains it; earlier it was PER, later PER too.
	if !has(1, 0, key(tStage2, s2Contains, 0)) {
		t.Error("Pompeo: no feature for the PER name that contains it")
	}
	if !has(1, 0, key(tStage2, s2Left, 1)) || !has(1, 0, key(tStage2, s2Right, 1)) {
		t.Errorf("Pompeo: left and right history missing: %v", keys[1][0])
	}
	if !has(1, 0, key(tStage2, s2Own, uint64(makeLabel(2, posU)))) {
		t.Error("Pompeo: own first-stage label missing")
	}
	// "Pompeo" inside "Mike Pompeo" is not contained in a name elsewhere.
	if has(0, 2, key(tStage2, s2Contains, 0)) {
		t.Error("Mike Pompeo: its own name counted as one elsewhere")
	}
	// "said" is in lower case: no history.
	for _, k := range keys[0][3] {
		if k == key(tStage2, s2Left, 0) || k == key(tStage2, s2Right, 0) {
			t.Error("said: history features for a lower-case word")
		}
	}
}

// TestStage2 trains a second stage on the tiny corpus and checks that it
// needs its first stage, and that the tagger agrees with the training
// run's own scoring.
func TestStage2(t *testing.T) {
	res1, err := Train(context.Background(), tiny(), tiny(), TrainOptions{MaxEpochs: 5, Margin: 5, Features: FeatContext, Seed: 1, Version: "s1"})
	if err != nil {
		t.Fatal(err)
	}
	m1, err := Load(res1.Model)
	if err != nil {
		t.Fatal(err)
	}
	tg1, err := NewTagger(m1, Resources{})
	if err != nil {
		t.Fatal(err)
	}
	label := func(docs []Document) []Document {
		for _, d := range docs {
			sents := make([][]string, len(d))
			for k, s := range d {
				sents[k] = s.Tokens
			}
			for k, ls := range tg1.Tag(sents) {
				d[k].Stage1 = ls
			}
		}
		return docs
	}
	if _, err := Train(context.Background(), tiny(), nil, TrainOptions{Features: FeatStage2}); err == nil {
		t.Error("training a second stage without first-stage labels: no error")
	}
	res2, err := Train(context.Background(), label(tiny()), label(tiny()), TrainOptions{MaxEpochs: 5, Margin: 5, Features: FeatContext | FeatStage2, Seed: 1, Version: "s2"})
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Load(res2.Model)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewTagger(m2, Resources{}); err == nil {
		t.Error("a second stage without its first: no error")
	}
	if _, err := NewTagger(m2, Resources{First: m2}); err == nil {
		t.Error("a second stage over a second stage: no error")
	}
	tg2, err := NewTagger(m2, Resources{First: m1})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := tg2.Evaluate(context.Background(), tinyCoNLL())
	if err != nil {
		t.Fatal(err)
	}
	if ev.Score.All != res2.Dev.All {
		t.Errorf("tagger scores %+v, training run scored %+v", ev.Score.All, res2.Dev.All)
	}
	if got := tg2.TagSentence(make([]Label, 4), strings.Fields("Dahl flew to Oslo")); len(got) != 4 {
		t.Errorf("TagSentence: %d labels", len(got))
	}
}
