package document

// Scratch: a stage may leave something it built for a later stage of the
// same run, so that the later one need not build it again (the quote stage
// leaves its coreference resolver for the relation stage). What is left is
// keyed by a value of a type private to the package that leaves it; it is
// not an annotation, is never encoded, and pipeline.Run drops it when the
// run ends. Whoever reads it must check that it still fits the document:
// a stage in between may have replaced a layer.

type scratchItem struct {
	key, value any
}

// Scratch returns what was left on d under key, or nil.
func (d *Document) Scratch(key any) any {
	for _, it := range d.scratch {
		if it.key == key {
			return it.value
		}
	}
	return nil
}

// SetScratch leaves value on d under key, replacing what was there; a nil
// value removes the key.
func (d *Document) SetScratch(key, value any) {
	for i, it := range d.scratch {
		if it.key == key {
			if value == nil {
				d.scratch = append(d.scratch[:i], d.scratch[i+1:]...)
			} else {
				d.scratch[i].value = value
			}
			return
		}
	}
	if value != nil {
		d.scratch = append(d.scratch, scratchItem{key, value})
	}
}

// ClearScratch drops everything left on d.
func (d *Document) ClearScratch() { d.scratch = nil }
