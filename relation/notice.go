package relation

import _ "embed"

//go:embed data/NOTICE
var notice string

// Notice returns the attributions and licence notices of the third-party
// works the package's embedded word lists are drawn from (WordNet, for
// the fallback tier's verbs), which a distribution of newsgraph must
// carry.
func Notice() string { return notice }
