package ner

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/format/conll"
)

// TestShippedResources checks that the shipped model uses word clusters and
// gazetteers, that it cannot run without them, and that the shipped
// resources answer.
func TestShippedResources(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if f := m.Features(); f&FeatClusters == 0 || f&FeatGazetteer == 0 {
		t.Fatalf("shipped model %s has features %b, want clusters and gazetteers", m.Version(), f)
	}
	if _, err := NewTagger(m, Resources{}); err == nil {
		t.Error("NewTagger without resources: no error")
	}
	r := DefaultResources()
	for _, w := range []string{"Washington", "WASHINGTON", "said"} {
		if p, ok := r.Clusters.Path(w); !ok || strings.Trim(p, "01") != "" {
			t.Errorf("Clusters.Path(%q) = %q, %v", w, p, ok)
		}
	}
	lists := r.Gazetteer.Lists()
	city := -1
	for i, l := range lists {
		if l == "city" {
			city = i
		}
	}
	if city < 0 {
		t.Fatalf("no city list in %v", lists)
	}
	var got []Match
	for _, mt := range r.Gazetteer.Match(nil, strings.Fields("officials in New York said")) {
		if mt.List == city && !mt.IgnoreCase {
			got = append(got, mt)
		}
	}
	// "York" is a city of its own too.
	want := []Match{{Token: 2, List: city, Pos: MatchB}, {Token: 3, List: city, Pos: MatchL}, {Token: 3, List: city, Pos: MatchU}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("city matches %+v, want %+v", got, want)
	}
	if n := Notice(); !strings.Contains(n, "GeoNames") || !strings.Contains(n, "CC BY 4.0") {
		t.Errorf("Notice lacks the GeoNames attribution:\n%.300s", n)
	}
}

func TestGazetteerTags(t *testing.T) {
	tags := [][]uint32{nil, nil, {99}}
	tags = gazetteerTags(tags, []Match{
		{Token: 0, List: 2, Pos: MatchB},
		{Token: 1, List: 2, Pos: MatchL, IgnoreCase: true},
		{Token: 1, List: 5, Pos: MatchU},
		{Token: 7, List: 1, Pos: MatchU}, // out of range: ignored
		{Token: 2, List: 1, Pos: 9},      // bad position: ignored
	})
	want := [][]uint32{{2<<3 | posB}, {2<<3 | 4 | posL, 5<<3 | posU}, {}} // the old tag of token 2 cleared
	if !reflect.DeepEqual(tags, want) {
		t.Errorf("tags %v, want %v", tags, want)
	}
}

// TestEvaluateRaw checks the raw-text evaluation on a document whose
// tokens newsgraph's tokenizer reproduces: it must score as the
// pre-tokenized evaluation does.
func TestEvaluateRaw(t *testing.T) {
	doc := conll.Document{Sentences: []conll.Sentence{
		{Tokens: strings.Fields("German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Monday ."),
			Tags: strings.Fields("B-MISC O B-PER I-PER O B-MISC O B-PER I-PER O B-LOC O O O")},
		{Tokens: strings.Fields(`" We agree , " Merkel told reporters at the Elysee Palace .`),
			Tags: strings.Fields("O O O O O B-PER O O O O B-LOC I-LOC O")},
		// CoNLL splits the full stop off "Corp." at a sentence end;
		// newsgraph's tokenizer does not, and the stop must not join
		// the name.
		{Tokens: strings.Fields("The order went to Lear Corp ."),
			Tags: strings.Fields("O O O O B-ORG I-ORG O")},
	}}
	tg := defaultTagger(t)
	pre, err := tg.Evaluate(context.Background(), []conll.Document{doc})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := tg.EvaluateRaw(context.Background(), []conll.Document{doc})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(pre.Pred, raw.Pred) {
		t.Errorf("raw predictions\n%v\ndiffer from pre-tokenized\n%v", raw.Pred, pre.Pred)
	}
	if pre.Score.All != raw.Score.All {
		t.Errorf("raw score %+v, pre-tokenized %+v", raw.Score.All, pre.Score.All)
	}
	if pre.Score.All.TP < 6 {
		t.Errorf("only %d entities right of 8", pre.Score.All.TP)
	}
}

func TestTokenAt(t *testing.T) {
	toks := []string{"the", "U.S.-based", "firm"}
	starts := []int{0, 4, 15}
	for _, tc := range []struct{ off, want int }{
		{0, 0}, {2, 0}, {3, 1}, {4, 1}, {6, 1}, {13, 1}, {14, 2}, {18, 2}, {19, -1},
	} {
		if got := tokenAt(starts, toks, tc.off); got != tc.want {
			t.Errorf("tokenAt(%d) = %d, want %d", tc.off, got, tc.want)
		}
	}
}

// TestRawDevGap checks that tagging CoNLL dev as raw text, through
// newsgraph's tokenizer, loses less than one point of F1.
func TestRawDevGap(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "data", "ner", "conll2003", "eng.testa")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skip("../shared/data/ner/conll2003/eng.testa not found; skipping the raw-text gap")
	}
	docs, err := conll.Read(bytes.NewReader(data), conll.Options{Tags: true})
	if err != nil {
		t.Fatal(err)
	}
	tg := defaultTagger(t)
	pre, err := tg.Evaluate(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := tg.EvaluateRaw(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	gap := pre.Score.All.F1() - raw.Score.All.F1()
	t.Logf("dev F1 %.2f pre-tokenized, %.2f raw", 100*pre.Score.All.F1(), 100*raw.Score.All.F1())
	if math.Abs(gap) >= 0.01 {
		t.Errorf("raw-text F1 %.4f is %.4f from the pre-tokenized %.4f", raw.Score.All.F1(), gap, pre.Score.All.F1())
	}
}

// placeList is a one-list gazetteer of a few place names, for tests.
type placeList struct{}

func (placeList) Lists() []string { return []string{"place"} }

func (placeList) Match(dst []Match, tokens []string) []Match {
	for i, t := range tokens {
		if t == "Oslo" || t == "Bergen" {
			dst = append(dst, Match{Token: i, Pos: MatchU})
		}
	}
	return dst
}

// TestGazetteerDropout trains with a gazetteer: with every sentence's
// matches hidden (dropout 1) the gazetteer features are never learned and
// the model is smaller; training stays deterministic with dropout.
func TestGazetteerDropout(t *testing.T) {
	train := func(p float32) []byte {
		opts := TrainOptions{MaxEpochs: 5, Margin: 5, Features: FeatGazetteer, Resources: Resources{Gazetteer: placeList{}},
			GazetteerDropout: p, Seed: 3, Version: "test"}
		res, err := Train(context.Background(), tiny(), tiny(), opts)
		if err != nil {
			t.Fatal(err)
		}
		return res.Model
	}
	none, half, all := train(0), train(0.5), train(1)
	if !bytes.Equal(half, train(0.5)) {
		t.Error("training with dropout 0.5 is not deterministic")
	}
	size := func(b []byte) int {
		m, err := Load(b)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := NewTagger(m, Resources{}); err == nil {
			t.Error("a model with gazetteer features runs without a gazetteer")
		}
		tg, err := NewTagger(m, Resources{Gazetteer: placeList{}})
		if err != nil {
			t.Fatal(err)
		}
		tg.Tag([][]string{strings.Fields("Berg flew to Oslo .")})
		return m.Size()
	}
	if a, n := size(all), size(none); a >= n {
		t.Errorf("dropout 1: %d feature rows, no dropout: %d; want fewer", a, n)
	}
}

// twoClusters puts capitalised words in cluster 10, the rest in 01.
type twoClusters struct{}

func (twoClusters) Path(w string) (string, bool) {
	if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
		return "1010101010", true
	}
	return "0101010101", true
}

// TestListClusters checks that FeatListClusters adds features (the lists
// a word matches, with its cluster) and that the tagger computes the same
// ones: the model tags its training data as the training run scored it.
func TestListClusters(t *testing.T) {
	train := func(f Features) *TrainResult {
		opts := TrainOptions{MaxEpochs: 5, Margin: 5, Features: FeatClusters | FeatGazetteer | f,
			Resources: Resources{Gazetteer: placeList{}, Clusters: twoClusters{}}, Seed: 3, Version: "test"}
		res, err := Train(context.Background(), tiny(), tiny(), opts)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	without, with := train(0), train(FeatListClusters)
	if with.Candidates <= without.Candidates {
		t.Errorf("with list×cluster features: %d candidate features, without: %d; want more", with.Candidates, without.Candidates)
	}
	m, err := Load(with.Model)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := NewTagger(m, Resources{Gazetteer: placeList{}, Clusters: twoClusters{}})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := tg.Evaluate(context.Background(), tinyCoNLL())
	if err != nil {
		t.Fatal(err)
	}
	if ev.Score.All != with.Dev.All {
		t.Errorf("tagger scores %+v, training run scored %+v", ev.Score.All, with.Dev.All)
	}
}
