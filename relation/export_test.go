package relation

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
