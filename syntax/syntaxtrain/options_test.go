package syntaxtrain

import (
	"context"
	"math"
	"strings"
	"testing"
)

// TestTrainRejectsBadOptions checks that options no training can run with
// are errors, not panics.
func TestTrainRejectsBadOptions(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  Options
		want string
	}{
		{"negative runs", Options{Runs: -3}, "runs -3"},
		{"negative folds", Options{Folds: -1}, "folds -1"},
		{"negative epochs", Options{TaggerEpochs: -1}, "tagger epochs -1"},
		{"negative parser epochs", Options{ParserEpochs: -2}, "parser epochs -2"},
		{"negative min updates", Options{MinUpdates: -1}, "min updates -1"},
		{"explore above 1", Options{Explore: 1.5}, "explore 1.5"},
		{"NaN share", Options{PastAsParticiple: math.NaN()}, "past as participle NaN"},
		{"negative margin", Options{Margin: -1}, "margin -1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Train(context.Background(), &Corpora{}, tc.opt)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Train: %v, want an error with %q", err, tc.want)
			}
		})
	}
}
