package syntax

import _ "embed"

//go:embed data/NOTICE
var notice string

// Notice returns the attributions and licence notices of the corpora the
// embedded models are learnt from (GUM, CC BY 4.0), which a distribution
// of newsgraph must carry.
func Notice() string { return notice }
