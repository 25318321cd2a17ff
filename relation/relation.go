// Package relation finds who did what to whom in a news article: who is
// who (a person's role at an organisation or country, membership,
// nationality), where things are (an organisation based in a place, a
// person living in one, a place inside another) and interactions (meet,
// visit, invite, sanction, accuse, threaten, attack, kill, arrest, agree,
// urge, withdraw, support, criticize), each with its trigger, time,
// place, sentence, polarity and modality.
//
// The finder reads the layers earlier stages add — tokens, sentences,
// mentions and their entities, quotes, time expressions. Interactions
// come from a trigger lexicon (verbs with their inflections and
// particles, "place X on a blacklist", nouns such as "meeting with") and
// argument patterns around the trigger: the subject to
// the left across auxiliaries, appositives and relative clauses, the
// object to the right, passives ("was sanctioned by"), participle clauses
// and coordinated verbs sharing the subject, "X's meeting with Y", "talks
// between X and Y". Pronouns are resolved through a Resolver (coreference).
// A fallback tier with a wider lexicon of its own then reads the trigger
// words the patterns left, taking the nearest suitable names before and
// after the trigger in its clause, with type constraints; a dependency
// tier reads the arguments of the trigger words still left off a parse
// (package syntax) of the few sentences worth parsing.
// Roles come from title pre-modifiers ("Russian Foreign Minister Sergei
// Lavrov"), appositives ("Jonathan Pollack, an Asia scholar at the
// Brookings Institution") and "as chief of …". A small logistic model
// trained on CoNLL04's training split (model.json, embedded) scores the
// remaining person–organisation, person–place, organisation–place and
// place–place pairs of a sentence, and only confident pairs are kept.
// docs/relations.md describes the schema, the rules and their limits.
package relation

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/document"
)

// Version identifies the relation rules and model; it changes when they do.
const Version = "relation-16"

// A Resolver tells which entity a pronoun or a description refers to
// (coref.Resolver implements it).
type Resolver interface {
	Speaker(src document.Span) string
}

// A doubter is a Resolver that can tell when its answer for a person's
// pronoun is in doubt: the names give the other gender, or another
// person is the subject of the pronoun's clause (coref.Resolver's
// Doubtful); other is the id of the relation's other argument. argGuard
// refuses a relation with such an argument (args.go, doubtfulArg).
type doubter interface {
	Doubtful(src document.Span, id, other string) bool
}

// Process is the relation stage: it sets doc.Relations, resolving
// pronouns through the resolver newResolver returns for doc (nil: none).
func Process(ctx context.Context, doc *document.Document, newResolver func(*document.Document) Resolver) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var r Resolver
	if newResolver != nil {
		r = newResolver(doc)
	}
	doc.Relations = Find(doc, r)
	return nil
}

// MaxSentenceTokens bounds the sentences Find reads: a longer "sentence"
// is not one (a table, a list, text without stops), and the rules' cost
// grows faster than its length (a 100,000-word one took half a minute).
const MaxSentenceTokens = 500

// firstToken returns the index of doc's first token that starts at or
// after offset at (len(doc.Tokens) when none does).
func firstToken(doc *document.Document, at int) int {
	return sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= at })
}

// sentenceTokens returns the number of doc's tokens that start inside
// sentence i.
func sentenceTokens(doc *document.Document, i int) int {
	sp := doc.Sentences[i]
	return firstToken(doc, sp.End) - firstToken(doc, sp.Start)
}

// Find returns the relations of doc's body in document order. Sentences
// of more than MaxSentenceTokens tokens are skipped. doc must
// have tokens, sentences, mentions and entities; quotes and time
// expressions are used when present. r may be nil.
func Find(doc *document.Document, r Resolver) []document.Relation {
	if len(doc.Tokens) == 0 || len(doc.Sentences) == 0 {
		return nil
	}
	f := newFinder(doc, r)
	f.takeTokenBuffer() // tokbuf.go
	defer f.releaseTokenBuffer()
	defer noteMentionOrder(doc)() // mentionorder.go
	body := doc.Body()
	heads := headlines(doc)
	for i := range doc.Sentences {
		if sentenceTokens(doc, i) > MaxSentenceTokens {
			continue
		}
		// a sentence counts when it overlaps the body: a dateline
		// ("TALLAHASSEE — ") is a region of its own inside the first one
		if !slices.ContainsFunc(body, doc.Sentences[i].Overlaps) {
			// a headline gives interactions only: "Police detain
			// Chinese milk bosses"
			if slices.ContainsFunc(heads, doc.Sentences[i].Overlaps) {
				if s := f.sentence(i); s != nil {
					from := len(f.rels)
					f.interactions(s)
					f.fallback(s, from)
					f.depTier(s, from)
					if UseArgModel.Load() {
						f.argModel(s)
					}
					f.keep(s, from)
				}
			}
			continue
		}
		s := f.sentence(i)
		if s == nil {
			continue
		}
		from := len(f.rels)
		f.rules(s)
		f.pairs(s)
		if UseArgModel.Load() {
			f.argModel(s)
		}
		f.keep(s, from)
	}
	f.rels = senseGuard(doc, f.rels)
	f.rels = argGuard(doc, f.rels, f.res, f.countries)
	f.rels = timeArgGuard(doc, f.rels)           // descargs.go
	f.rels = followersGuard(doc, f.ents, f.rels) // pronargs.go
	f.rels = f.firstPersonGuard(f.rels)
	f.carryPlaces()
	f.infer()
	f.rels = placeBased(doc, f.rels, f.ents)
	f.settleMoods()
	// one kills or arrests people: "execute the sentence" is no killing
	out := slices.DeleteFunc(f.rels, func(r document.Relation) bool {
		return (r.Type == Kill || r.Type == Arrest) && r.Object == "" && r.ObjectText != "" && !namesPeople(r.ObjectText) ||
			placeInPlaceBefore(doc, r) || placeOutOfPlace(doc, r) || craftVictim(doc, r) || vagueVictims(doc, r) ||
			filledMotion(doc, r) // speech4.go
	})
	out = groupRelations(doc, out) // groupargs.go
	out = phraseSubjects(doc, out)
	slices.SortStableFunc(out, func(a, b document.Relation) int { return a.Trigger.Start - b.Trigger.Start })
	return dedupe(out)
}

// rules adds the relations of body sentence s that the rules find: all
// but the pair model's and the interaction model's.
func (f *finder) rules(s *sentence) {
	f.sentFrom = len(f.rels)
	f.roles(s)
	from := len(f.rels)
	f.interactions(s)
	f.fallback(s, from)
	f.depTier(s, from)
	f.coordination(s, from)
	f.phraseConjuncts(s, from) // descriptors.go
	f.verbArgs(s, from)
	f.penaltyRequests(s)
	f.where(s)
	f.livesIn(s)
	f.capitals(s)
	f.moreWhere(s)
	f.assassins(s)
	f.toldShould(s)     // audit2.go
	f.mandativeUrges(s) // speech4.go
	f.needDemands(s)    // speech4.go
	f.demandsFrom(s)    // speech4.go
	f.slurredRemarks(s)
}

// headlines returns the spans of doc's headline regions.
func headlines(doc *document.Document) []document.Span {
	var out []document.Span
	for _, r := range doc.Regions {
		if r.Kind == document.RegionHeadline {
			out = append(out, r.Span)
		}
	}
	return out
}

// dedupe drops relations that repeat an earlier one of the same sentence
// (same type, arguments and role).
func dedupe(rs []document.Relation) []document.Relation {
	type key struct {
		typ, s, o, role, otext, stext string
		sent                          int
	}
	seen := map[key]bool{}
	out := rs[:0]
	for _, r := range rs {
		k := key{r.Type, r.Subject, r.Object, r.Role, r.ObjectText, r.SubjectText, r.Sentence.Start}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, r)
	}
	return out
}

// placeInPlaceBefore reports whether r puts a place inside the place
// named right before it with nothing between: "Washington D.C." is one
// name the tagger split, not D.C. inside Washington (a place's place
// comes after it: "Irving, Texas").
func placeInPlaceBefore(doc *document.Document, r document.Relation) bool {
	if r.Type != LocatedIn || r.SubjectSpan == nil || r.ObjectSpan == nil || r.ObjectSpan.End > r.SubjectSpan.Start {
		return false
	}
	return strings.TrimSpace(doc.Text[r.ObjectSpan.End:r.SubjectSpan.Start]) == ""
}
