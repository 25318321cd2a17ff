package coref

import (
	"unsafe"

	"github.com/newsgraph/newsgraph/document"
)

// Sharing one resolver between stages. The quote stage and the relation
// stage each used to build a resolver of their own (NewResolver: about a
// twelfth of the relation stage's time). Building reads only the text,
// paragraphs, sentences, tokens, mentions and entities, which no stage
// between the two changes; the quote layer, which the relation stage has
// and the quote stage had not, is read when a pronoun is resolved, not
// when the resolver is built. So the relation stage can take the quote
// stage's resolver, once Reset has undone what answering the quote
// stage's questions left in it.

// sharedKey is the key under which Shared leaves its resolver on a
// document (document.Document.Scratch).
type sharedKey struct{}

// Shared returns a resolver for doc as NewResolver would build it now:
// the one an earlier Shared left on doc, Reset, when it was built from
// the layers doc has now; else a new one, which it leaves on doc for the
// next caller. A caller must be done with the resolver before the next
// one asks (stages run one after the other).
func Shared(doc *document.Document) *Resolver {
	if r, ok := doc.Scratch(sharedKey{}).(*Resolver); ok && r.m.doc == doc && r.built == layersOf(doc) {
		r.Reset()
		return r
	}
	r := NewResolver(doc)
	doc.SetScratch(sharedKey{}, r)
	return r
}

// Reset returns r to the state NewResolver left it in: it forgets the
// speakers Spoke recorded, the genders Speaker gave entities from the
// pronouns resolved to them, and what it cached of pronouns' answers
// (which depend on both, and on the quotes the document had then). What
// it cached of the built entities alone (the people filed under their
// descriptions, the nouns beside organisations, the kinds of places) does
// not change and is kept.
func (r *Resolver) Reset() {
	for _, e := range r.gendered {
		e.gender = unknown
	}
	r.gendered = r.gendered[:0]
	r.spoken = r.spoken[:0]
	r.opened = nil
	r.collected = nil
	r.skip = nil
	r.depth = 0
}

// layers identifies the layers of a document a resolver is built from:
// the same backing arrays and lengths mean the same layers (stages
// replace a layer rather than edit it in place; coreference itself
// edits the mentions' entity IDs in place, but replaces the entities as
// it does).
type layers struct {
	text                    *byte
	textLen                 int
	paras, sents, tokens    *document.Span
	nParas, nSents, nTokens int
	mentions                *document.Mention
	nMentions               int
	entities                *document.Entity
	nEntities               int
	regions                 *document.Region
	nRegions                int
}

func layersOf(doc *document.Document) layers {
	return layers{
		text: unsafe.StringData(doc.Text), textLen: len(doc.Text),
		paras: unsafe.SliceData(doc.Paragraphs), nParas: len(doc.Paragraphs),
		sents: unsafe.SliceData(doc.Sentences), nSents: len(doc.Sentences),
		tokens: unsafe.SliceData(doc.Tokens), nTokens: len(doc.Tokens),
		mentions: unsafe.SliceData(doc.Mentions), nMentions: len(doc.Mentions),
		entities: unsafe.SliceData(doc.Entities), nEntities: len(doc.Entities),
		regions: unsafe.SliceData(doc.Regions), nRegions: len(doc.Regions),
	}
}
