package relation

// pairs scores the remaining pairs of a sentence with the CoNLL04 model.
func (f *finder) pairs(s *sentence) {}
