package ner

// The feature families of part 2 plug in behind these interfaces, so that
// the packages that provide them (word clusters, gazetteers) need not know
// the tagger, and the tagger need not know how they are built.

// Clusters gives a word's path in a binary word-cluster tree (Brown
// clusters) as a string of '0' and '1', most significant split first. The
// tagger uses prefixes of 4, 6, 10 and 20 bits of it as features of the
// words at −2..+2. Implementations must be safe for concurrent use.
type Clusters interface {
	// Path returns the cluster path of word as written (case intact);
	// ok is false for a word the clustering did not see often enough.
	Path(word string) (path string, ok bool)
}

// A Gazetteer finds entries of name lists (places, people, organisations,
// …) in a sentence. Each match becomes, for each token it covers, a feature
// made of its BILOU position and its list, at −2..+2 around the token being
// tagged, as in Illinois NER: features, never overrides. Implementations
// must be safe for concurrent use.
type Gazetteer interface {
	// Lists returns the names of the lists; a Match's List indexes it.
	Lists() []string
	// Match appends to dst every match of up to 5 tokens in tokens, both
	// exact (case-sensitive) and case-insensitive ones.
	Match(dst []Match, tokens []string) []Match
}

// A Match is a gazetteer entry found over tokens [Start, End).
type Match struct {
	Start, End int
	// List is the index of the list in Gazetteer.Lists.
	List int
	// IgnoreCase is set for a match that holds only when case is ignored.
	IgnoreCase bool
}

// gazetteerTags fills tags[i] with the match tags of token i: list << 3 |
// ignoreCase << 2 | BILOU position.
func gazetteerTags(tags [][]uint32, matches []Match) [][]uint32 {
	for i := range tags {
		tags[i] = tags[i][:0]
	}
	for _, m := range matches {
		if m.Start < 0 || m.End > len(tags) || m.Start >= m.End {
			continue
		}
		ic := uint32(0)
		if m.IgnoreCase {
			ic = 4
		}
		for i := m.Start; i < m.End; i++ {
			pos := uint32(posI)
			switch {
			case m.End-m.Start == 1:
				pos = posU
			case i == m.Start:
				pos = posB
			case i == m.End-1:
				pos = posL
			}
			tags[i] = append(tags[i], uint32(m.List)<<3|ic|pos)
		}
	}
	return tags
}
