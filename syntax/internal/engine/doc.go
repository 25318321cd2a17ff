// Package engine holds what package syntax and its trainer share: the
// normalisation of words, the feature templates of the part-of-speech
// tagger and of the dependency parser, the arc-hybrid transition system,
// and the model file's format and reader.
package engine
