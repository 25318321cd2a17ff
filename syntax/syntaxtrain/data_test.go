package syntaxtrain

import (
	"reflect"
	"testing"
)

func TestRetokenise(t *testing.T) {
	// GUM splits "all-girl" into three words; newsgraph keeps one token.
	in := Sentence{
		Words:  []string{"An", "all", "-", "girl", "team", "won", "."},
		Tags:   []string{"DT", "DT", "HYPH", "NN", "NN", "VBD", "."},
		Heads:  []int{4, 3, 1, 4, 5, -1, 5},
		Labels: []string{"det", "compound", "punct", "compound", "nsubj", "root", "punct"},
	}
	glue := []bool{false, true, true, false, false, true, false}
	got := Retokenise(in, glue)
	want := Sentence{
		Words:  []string{"An", "all-girl", "team", "won", "."},
		Tags:   []string{"DT", "NN", "NN", "VBD", "."},
		Heads:  []int{2, 2, 3, -1, 3},
		Labels: []string{"det", "compound", "nsubj", "root", "punct"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	// Tokens that agree leave the sentence as it is.
	same := Sentence{Words: []string{"It", "did", "n't", "."}, Tags: []string{"PRP", "VBD", "RB", "."}, Heads: []int{1, -1, 1, 1}, Labels: []string{"nsubj", "root", "advmod", "punct"}}
	if got := Retokenise(same, []bool{false, true, true, false}); !reflect.DeepEqual(got, same) {
		t.Errorf("got %+v", got)
	}
}
