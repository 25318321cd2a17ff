// Package ner finds the names in news text and types them PER, ORG, LOC or
// MISC (the CoNLL-2003 types). It is a greedy left-to-right tagger over
// BILOU labels with a regularised averaged perceptron and the local features
// of Ratinov & Roth 2009 (Illinois NER), plus document context: how a word is
// written elsewhere in the article and how it was tagged before.
//
// The shipped model is embedded and read in place; Default loads it once.
// A Tagger tags documents given as sentences of tokens; it caches per-word
// scores and is not safe for concurrent use, so Process (the analyze stage)
// pools them. Train builds a model from labelled documents; "newsgraph train
// ner" rebuilds the shipped one. Word clusters and gazetteers plug in behind
// the Clusters and Gazetteer interfaces. docs/ner.md describes the design
// and the choices made, with their measurements.
package ner
