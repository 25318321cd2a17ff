package relation

// SetParser sets the dependency tier's parser for a test and returns a
// function that restores the previous one.
func SetParser(p ParseFunc) (restore func()) {
	old := parser
	parser = p
	return func() { parser = old }
}
