// Package langid identifies the language of an article's text, so that
// stages that know only English can step aside for other languages and say
// so. It wraps the trigram detector whatlanggo (MIT), which go-trafilatura
// also uses, over a sample of the body text.
package langid

import (
	"context"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"

	"github.com/newsgraph/newsgraph/document"
)

// sampleBytes bounds the text the detector reads: a few paragraphs are
// enough, and trigram counting is linear in the sample.
const sampleBytes = 4000

// Detect returns the ISO 639-1 code of the language of text and whether
// the detector is confident; "" when it cannot tell (too little text).
func Detect(text string) (string, bool) {
	if len(text) > sampleBytes {
		cut := sampleBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	if utf8.RuneCountInString(text) < 12 {
		return "", false
	}
	info := whatlanggo.Detect(text)
	code := info.Lang.Iso6391()
	return code, info.IsReliable()
}

// Process is the language stage. It sets Meta.Language from the body text,
// when the detector is confident or finds English, unless an earlier stage
// set it, and corrects a declared language that the text confidently
// contradicts (web pages often declare the wrong one).
func Process(ctx context.Context, doc *document.Document) error {
	var sample []byte
	for _, b := range doc.Body() {
		sample = append(sample, doc.Slice(b)...)
		sample = append(sample, ' ')
		if len(sample) >= sampleBytes {
			break
		}
	}
	code, sure := Detect(string(sample))
	switch {
	case code == "":
	case doc.Meta.Language == "" && (sure || code == "en"):
		doc.Meta.Language = code
	case doc.Meta.Language == "":
		// a sentence or two: the trigrams often point at a language
		// the text is not in ("ht" for a line of English news), and
		// a language set here would make every English stage step
		// aside; the language stays unknown and the stages run
		doc.Warn("langid", "the language is uncertain (perhaps "+code+"); the English stages ran")
	case sure && doc.Meta.Language != code:
		doc.Warn("langid", "the page declares language "+doc.Meta.Language+" but the text is "+code)
		doc.Meta.Language = code
	}
	return nil
}
