package relation

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// A Mark is a name marked "[text|TYPE]" in a sentence written for a test:
// its span in the text without the marks, its text and its type.
type Mark struct {
	Span       document.Span
	Name, Type string
}

// ParseMarks returns the text of marked without its marks and the marked
// names in order; an unclosed mark is an error.
func ParseMarks(marked string) (string, []Mark, error) {
	var text strings.Builder
	var marks []Mark
	for rest := marked; rest != ""; {
		i := strings.IndexByte(rest, '[')
		if i < 0 {
			text.WriteString(rest)
			break
		}
		text.WriteString(rest[:i])
		j := strings.IndexByte(rest[i:], ']')
		if j < 0 {
			return "", nil, fmt.Errorf("unclosed mark in %q", marked)
		}
		name, typ, _ := strings.Cut(rest[i+1:i+j], "|")
		start := text.Len()
		text.WriteString(name)
		marks = append(marks, Mark{Span: document.Span{Start: start, End: text.Len()}, Name: name, Type: typ})
		rest = rest[i+j+1:]
	}
	return text.String(), marks, nil
}

// SetParser sets the dependency tier's parser for a test and returns a
// function that restores the previous one. The tagger gives the parse's
// tags. all makes the tier parse every sentence with a candidate trigger
// and two parties, whatever its cost rules say.
func SetParser(p ParseFunc, all bool) (restore func()) {
	old, oldTag, oldAll := parser, tagger, parseAll
	parser, tagger, parseAll = p, nil, all
	if p != nil {
		tagger = func(words []string) []string {
			tags, _, _ := p(words)
			return tags
		}
	}
	return func() { parser, tagger, parseAll = old, oldTag, oldAll }
}

// CheckKept turns settleMoods' check of its kept views on (or off) and
// returns the counts so far: views compared, views that differed from
// a new build.
func CheckKept(on bool) (compared, differ int64) {
	keptCheck.Store(on)
	return keptCompared.Load(), keptDiffer.Load()
}
