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
// …) in a sentence. Each token of a match gets a tag made of its BILOU
// position and the list; the tags of the tokens at −2..+2 around the token
// being tagged are its features, as in Illinois NER: features, never
// overrides. Implementations must be safe for concurrent use.
type Gazetteer interface {
	// Lists returns the names of the lists; a Match's List indexes it.
	Lists() []string
	// Match appends to dst a Match for every token of every entry of up
	// to 5 tokens found in tokens, both exact (case-sensitive) and
	// case-insensitive ones.
	Match(dst []Match, tokens []string) []Match
}

// A Match says that a token is part of a gazetteer entry.
type Match struct {
	// Token is the token's index in the sentence.
	Token int
	// List is the index of the list in Gazetteer.Lists.
	List int
	// Pos is the token's place in the entry: MatchB(egin), MatchI(nside),
	// MatchL(ast) of an entry of several tokens, MatchU(nit) of a
	// one-token entry.
	Pos uint8
	// IgnoreCase is set for a match of the case-insensitive index.
	IgnoreCase bool
}

// The positions of a token in a gazetteer entry (Match.Pos).
const (
	MatchB = posB
	MatchI = posI
	MatchL = posL
	MatchU = posU
)

// gazetteerTags fills tags[i] with the match tags of token i: list << 3 |
// ignoreCase << 2 | BILOU position.
func gazetteerTags(tags [][]uint32, matches []Match) [][]uint32 {
	for i := range tags {
		tags[i] = tags[i][:0]
	}
	for _, m := range matches {
		if m.Token < 0 || m.Token >= len(tags) || m.Pos > posU || m.List < 0 {
			continue
		}
		ic := uint32(0)
		if m.IgnoreCase {
			ic = 4
		}
		tags[m.Token] = append(tags[m.Token], uint32(m.List)<<3|ic|uint32(m.Pos))
	}
	return tags
}
