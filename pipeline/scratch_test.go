package pipeline

import (
	"context"
	"errors"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

type leftKey struct{}

// TestRunDropsScratch: a later stage of a run sees what an earlier one
// left on the document; nothing is left once Run returns, whether the run
// ended well or not.
func TestRunDropsScratch(t *testing.T) {
	boom := errors.New("boom")
	for _, tc := range []struct {
		name    string
		last    error
		wantErr bool
	}{
		{"ends well", nil, false},
		{"ends in an error", boom, true},
	} {
		seen := ""
		p := Pipeline{Steps: []Step{
			step("leave", nil, nil, false, func(d *document.Document) error { d.SetScratch(leftKey{}, "resolver"); return nil }),
			step("take", nil, nil, false, func(d *document.Document) error { seen, _ = d.Scratch(leftKey{}).(string); return tc.last }),
		}}
		d := document.New("x")
		err := p.Run(context.Background(), d)
		if (err != nil) != tc.wantErr {
			t.Errorf("%s: err = %v", tc.name, err)
		}
		if seen != "resolver" {
			t.Errorf("%s: the later stage saw %q, want what the earlier one left", tc.name, seen)
		}
		if v := d.Scratch(leftKey{}); v != nil {
			t.Errorf("%s: %v left on the document after Run", tc.name, v)
		}
	}
}
