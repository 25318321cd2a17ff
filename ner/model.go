package ner

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
)

// The model file holds the weights as flat arrays that are read in place,
// so that loading the embedded model costs nothing but a header check:
//
//	header (64 bytes, little-endian)
//	  magic      [8]byte "NGNER01\n"
//	  labels     uint32  number of labels (17)
//	  features   uint32  feature families (Features)
//	  slotBits   uint32  log2 of the number of hash-table slots
//	  rows       uint32  number of weight rows
//	  scale      float32 a quantised weight q stands for q*scale
//	  versionLen uint32
//	  lexOff     uint64  offset of the casing lexicon, 0 if none
//	  lexLen     uint64
//	  reserved   [16]byte
//	version   the model version string, padded to 8 bytes
//	slots     [1<<slotBits] of {key uint64, row uint32, pad uint32}:
//	          an open-addressing hash table of feature keys (key 0 = empty
//	          slot), probed linearly from key & (slots-1)
//	weights   [rows][labels]int16, quantised averaged-perceptron weights
//	lexicon   (optional) see casing.go
const (
	modelMagic  = "NGNER01\n"
	headerSize  = 64
	slotSize    = 16
	maxSlotBits = 26
)

// Features is a bit set of the feature families a model was trained with
// beyond the local ones.
type Features uint32

// Feature families.
const (
	// FeatClusters: word-cluster path prefixes (needs a Clusters).
	FeatClusters Features = 1 << iota
	// FeatGazetteer: gazetteer matches (needs a Gazetteer).
	FeatGazetteer
	// FeatContext: document-context (non-local) features.
	FeatContext
	// FeatBigrams: pairs of adjacent words (a local extension).
	FeatBigrams
	// FeatAggregate: the words next to other occurrences of a capitalised
	// word in the document (context aggregation; with FeatContext).
	FeatAggregate
	// FeatListClusters: the lists a word matches on its own, each with
	// the word's cluster-path prefixes (with FeatClusters and
	// FeatGazetteer), so that a city that is also a surname ("Clinton",
	// "Obama") can be told by its cluster.
	FeatListClusters
	// FeatStage2: a second-stage model, which reads the labels a
	// first-stage model gave the document (needs Resources.First).
	FeatStage2
)

// A Model is a trained tagger's weights. It reads its arrays in place from
// the bytes it was loaded from, which must not change. A Model is immutable
// and safe for concurrent use; Taggers hold the per-goroutine state.
type Model struct {
	version  string
	features Features
	mask     uint64
	slots    []byte
	weights  []byte
	scale    float32
	rows     int
	lex      lexicon
}

// ErrModel is wrapped by the errors of Load.
var ErrModel = errors.New("ner: bad model file")

// Load returns the model stored in data, which it uses in place: data must
// stay unchanged for the life of the model.
func Load(data []byte) (*Model, error) {
	if len(data) < headerSize || string(data[:8]) != modelMagic {
		return nil, fmt.Errorf("%w: no model header", ErrModel)
	}
	le := binary.LittleEndian
	labels := le.Uint32(data[8:])
	m := &Model{features: Features(le.Uint32(data[12:]))}
	slotBits := le.Uint32(data[16:])
	m.rows = int(le.Uint32(data[20:]))
	m.scale = math.Float32frombits(le.Uint32(data[24:]))
	vlen := int(le.Uint32(data[28:]))
	lexOff, lexLen := le.Uint64(data[32:]), le.Uint64(data[40:])
	if labels != uint32(NumLabels) {
		return nil, fmt.Errorf("%w: %d labels, this tagger has %d", ErrModel, labels, NumLabels)
	}
	if slotBits > maxSlotBits || vlen > 1<<10 {
		return nil, fmt.Errorf("%w: header out of range", ErrModel)
	}
	off := headerSize
	if off+vlen > len(data) {
		return nil, fmt.Errorf("%w: truncated", ErrModel)
	}
	m.version = string(data[off : off+vlen])
	off += pad8(vlen)
	nslots := 1 << slotBits
	end := off + nslots*slotSize + m.rows*NumLabels*2
	if end > len(data) || m.rows > nslots {
		return nil, fmt.Errorf("%w: truncated (%d bytes, want %d)", ErrModel, len(data), end)
	}
	m.mask = uint64(nslots - 1)
	m.slots = data[off : off+nslots*slotSize]
	m.weights = data[off+nslots*slotSize : end]
	if lexLen > 0 {
		if lexOff < uint64(end) || lexOff+lexLen > uint64(len(data)) {
			return nil, fmt.Errorf("%w: casing lexicon out of range", ErrModel)
		}
		var err error
		if m.lex, err = loadLexicon(data[lexOff : lexOff+lexLen]); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func pad8(n int) int { return (n + 7) &^ 7 }

// Version returns the model's version string.
func (m *Model) Version() string { return m.version }

// Features returns the feature families the model was trained with.
func (m *Model) Features() Features { return m.features }

// Size returns the number of weight rows (features) in the model.
func (m *Model) Size() int { return m.rows }

// row returns the byte offset of key's weight row, or -1.
func (m *Model) row(key uint64) int {
	le := binary.LittleEndian
	i := key & m.mask
	for range len(m.slots) / slotSize {
		s := m.slots[i*slotSize : i*slotSize+slotSize]
		k := le.Uint64(s)
		if k == key {
			r := int(le.Uint32(s[8:]))
			if r >= m.rows {
				return -1 // a damaged file; never read past the weights
			}
			return r * NumLabels * 2
		}
		if k == 0 {
			return -1
		}
		i = (i + 1) & m.mask
	}
	return -1
}

// add adds key's weights to sc and reports whether the model knows key.
func (m *Model) add(sc *[NumLabels]int32, key uint64) bool {
	r := m.row(key)
	if r < 0 {
		return false
	}
	w := m.weights[r : r+NumLabels*2]
	for l := range sc {
		sc[l] += int32(int16(binary.LittleEndian.Uint16(w[2*l:])))
	}
	return true
}

// A modelWriter builds a model file from float weights.
type modelWriter struct {
	version  string
	features Features
	keys     []uint64
	rows     [][NumLabels]float32
	lex      []byte
}

// write quantises the weights to int16 and writes the model file.
func (b *modelWriter) write(w io.Writer) error {
	var maxAbs float32
	for _, r := range b.rows {
		for _, v := range r {
			maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	// A load factor of at most 2/3 keeps probes short.
	slotBits := max(4, bits.Len(uint(len(b.keys)*3/2)))
	if slotBits > maxSlotBits {
		return fmt.Errorf("ner: %d features is too many for a model", len(b.keys))
	}
	nslots := 1 << slotBits
	slots := make([]byte, nslots*slotSize)
	le := binary.LittleEndian
	mask := uint64(nslots - 1)
	for r, k := range b.keys {
		i := k & mask
		for le.Uint64(slots[i*slotSize:]) != 0 {
			i = (i + 1) & mask
		}
		le.PutUint64(slots[i*slotSize:], k)
		le.PutUint32(slots[i*slotSize+8:], uint32(r))
	}
	weights := make([]byte, len(b.rows)*NumLabels*2)
	for r, row := range b.rows {
		for l, v := range row {
			q := math.Round(float64(v / scale))
			le.PutUint16(weights[(r*NumLabels+l)*2:], uint16(int16(q)))
		}
	}
	var hdr bytes.Buffer
	hdr.WriteString(modelMagic)
	for _, v := range []uint32{uint32(NumLabels), uint32(b.features), uint32(slotBits), uint32(len(b.rows)), math.Float32bits(scale), uint32(len(b.version))} {
		binary.Write(&hdr, le, v)
	}
	lexOff := uint64(0)
	if len(b.lex) > 0 {
		lexOff = uint64(headerSize + pad8(len(b.version)) + len(slots) + len(weights))
	}
	binary.Write(&hdr, le, lexOff)
	binary.Write(&hdr, le, uint64(len(b.lex)))
	hdr.Write(make([]byte, headerSize-hdr.Len()))
	hdr.WriteString(b.version)
	hdr.Write(make([]byte, pad8(len(b.version))-len(b.version)))
	for _, part := range [][]byte{hdr.Bytes(), slots, weights, b.lex} {
		if _, err := w.Write(part); err != nil {
			return err
		}
	}
	return nil
}
