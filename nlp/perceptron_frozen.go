package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// frozenWeights is the read-only form a Perceptron takes when it is read
// from disk: one flat open-addressing table whose slots hold the feature
// key, the row's scale and the offset of its weights, and one byte slice
// holding every row as a count followed by (class, int8 weight) pairs.
//
// Why: trained rows are sparse (a feature is updated only for the classes
// it was confused between, 3–4 of up to a hundred on average), so a dense
// float32 row per feature wastes memory and cache: scoring a feature here
// touches one 16-byte slot and a few bytes of weights, and loading
// allocates two slices instead of a dense matrix. Classes must fit in a
// byte; models with more than maxFrozenClasses classes stay dense.
//
// Models of at most four classes (the parser's moves) keep their int8
// weights in the slot itself, in place of the offset, so a feature costs
// a single memory access.
type frozenWeights struct {
	slots  []frozenSlot
	shift  uint
	rows   int
	data   []byte
	inline bool // weights in frozenSlot.off, one byte per class
	// pairs: rows of at most two entries are kept in frozenSlot.off (see
	// packPair), for models of at most maxPairClasses classes.
	pairs bool
	// known is a one-hash Bloom filter of the keys, filterBits bits per
	// row: looking a feature up costs a cache miss in slots (tens of
	// megabytes), and many features of a configuration are unknown; the
	// filter, a thirtieth of the size, stays in cache and turns most of
	// those misses away. Known keys always pass, so scores are unchanged.
	known  []uint64
	kshift uint
}

const (
	filterBits = 4                  // 4 beat 8 and 16 on the pipeline benchmark: the filters then fit in L2
	filterMul  = 0xff51afd7ed558ccd // unrelated to the slot hash's multiplier
)

// knownBit returns the filter bit of a masked key.
func (z *frozenWeights) knownBit(k uint64) uint64 { return (k * filterMul) >> z.kshift }

func (z *frozenWeights) mayKnow(k uint64) bool {
	b := z.knownBit(k)
	return z.known[b>>6]&(1<<(b&63)) != 0
}

// A row of one or two (class, weight) entries fits in a slot's offset
// field, saving the second memory access for most rows of the tagger and
// the labeller (every update touches two classes, so most rows hold two
// entries): bit 31 marks it, bit 30 says a second entry is there, and
// bits 0–14 and 15–29 hold the entries as a 7-bit class and an 8-bit
// weight.
const (
	pairFlag       = 1 << 31
	pairTwo        = 1 << 30
	maxPairClasses = 128
)

func packPair(classes []byte, weights []int8) uint32 {
	v := uint32(pairFlag)
	for i, c := range classes {
		v |= (uint32(c) | uint32(uint8(weights[i]))<<7) << (15 * i)
	}
	if len(classes) == 2 {
		v |= pairTwo
	}
	return v
}

// unpackPair returns the entries of a row packed by packPair; c1 and w1
// are meaningful only when two is true.
func unpackPair(v uint32) (c0 int, w0 float32, c1 int, w1 float32, two bool) {
	return int(v & 0x7f), float32(int8(v >> 7)), int(v >> 15 & 0x7f), float32(int8(v >> 22)), v&pairTwo != 0
}

// foundRow is a looked-up feature's scale and row (offset or inline weights).
type foundRow struct {
	scale float32
	off   uint32
}

type frozenSlot struct {
	key   uint64 // 0: empty (a real key 0 is stored as zeroKey)
	scale float32
	off   uint32 // data[off] is the row's entry count, the pairs follow
}

const maxFrozenClasses = 255

const maxInlineClasses = 4

func newFrozenWeights(nClass, rows, dataBytes int) *frozenWeights {
	// At most three quarters full: probes stay short, and the table of a
	// million features fits in 2^21 slots (32 MB) rather than 2^22.
	size, shift := 8, uint(61)
	for 3*size < 4*rows {
		size *= 2
		shift--
	}
	z := &frozenWeights{slots: make([]frozenSlot, size), shift: shift, inline: nClass <= maxInlineClasses, pairs: nClass <= maxPairClasses}
	bits, kshift := 64, uint(58)
	for bits < filterBits*rows {
		bits *= 2
		kshift--
	}
	z.known, z.kshift = make([]uint64, bits/64), kshift
	adviseHugePages(z.slots)
	if !z.inline {
		z.data = make([]byte, 0, dataBytes)
		adviseHugePages(z.data[:cap(z.data)])
	}
	return z
}

// add appends a row; the caller guarantees keys are distinct.
func (z *frozenWeights) add(key uint64, scale float32, classes []byte, weights []int8) {
	key = tableKey(key)
	var off uint32
	if z.inline {
		for i, c := range classes {
			off |= uint32(uint8(weights[i])) << (8 * c)
		}
	} else if z.pairs && len(classes) <= 2 {
		off = packPair(classes, weights)
	} else {
		off = uint32(len(z.data))
		z.data = append(z.data, byte(len(classes)))
		for i, c := range classes {
			z.data = append(z.data, c, byte(weights[i]))
		}
	}
	b := z.knownBit(key)
	z.known[b>>6] |= 1 << (b & 63)
	mask := uint64(len(z.slots) - 1)
	i := (key * 0x9e3779b97f4a7c15) >> z.shift
	for z.slots[i].key != 0 {
		i = (i + 1) & mask
	}
	z.slots[i] = frozenSlot{key: key, scale: scale, off: off}
	z.rows++
}

// score adds the rows of feats to scores (len(scores) is the class count,
// checked when the rows were decoded). It looks up every feature first and
// reads the rows after: the look-ups do not depend on each other, so the
// processor overlaps their cache misses instead of waiting for each.
func (z *frozenWeights) score(feats []uint64, scores []float32, found []foundRow) []foundRow {
	mask := uint64(len(z.slots) - 1)
	// Keep the keys the filter may know, masked, in place of feats.
	var keep [128]uint64 // on the stack, as found is
	cand := keep[:0]
	if len(feats) <= len(keep) {
		// Without a branch on the filter, whose outcome is a coin toss
		// the processor cannot predict: every key is written, and the
		// count moves past it only when the filter may know it.
		n := 0
		for _, k := range feats {
			k = tableKey(k)
			b := z.knownBit(k)
			keep[n] = k
			n += int(z.known[b>>6] >> (b & 63) & 1)
		}
		cand = keep[:n]
	} else {
		for _, k := range feats {
			k = tableKey(k)
			if z.mayKnow(k) {
				cand = append(cand, k)
			}
		}
	}
	feats = cand
	// Touch every feature's home slot before looking any up. These loads
	// depend on nothing but the key, so the processor runs their cache
	// misses side by side; in the look-up loop below, whose branches
	// depend on the loaded keys and mispredict for unknown features,
	// each miss would otherwise stall alone. (Go has no prefetch
	// instruction; the sum keeps the loads from being optimised away.)
	var touched uint64
	for _, k := range feats {
		touched += z.slots[(k*0x9e3779b97f4a7c15)>>z.shift&mask].key
	}
	found = found[:0]
	if touched == 1 { // never in practice; makes the sum count
		found = append(found, foundRow{})
		found = found[:0]
	}
	for _, k := range feats {
		i := (k * 0x9e3779b97f4a7c15) >> z.shift
		for {
			s := &z.slots[i]
			if s.key == k {
				found = append(found, foundRow{s.scale, s.off})
				break
			}
			if s.key == 0 {
				break
			}
			i = (i + 1) & mask
		}
	}
	if z.inline {
		for _, f := range found {
			for c := range scores {
				scores[c] += f.scale * float32(int8(f.off>>(8*c)))
			}
		}
		return found
	}
	data := z.data
	var sum byte // the same for the rows stored apart from their slots
	for _, f := range found {
		if f.off&pairFlag == 0 && int(f.off) < len(data) {
			sum += data[f.off]
		}
	}
	if sum == 1 && len(found) == 0 {
		return found
	}
	for _, f := range found {
		if f.off&pairFlag != 0 {
			c0, w0, c1, w1, two := unpackPair(f.off)
			scores[c0] += f.scale * w0
			if two {
				scores[c1] += f.scale * w1
			}
			continue
		}
		off := int(f.off)
		n := int(data[off])
		row := data[off+1 : off+1+2*n]
		for j := 0; j+1 < len(row); j += 2 {
			scores[row[j]] += f.scale * float32(int8(row[j+1]))
		}
	}
	return found
}

// readFrozenRows decodes the F rows of a weight block laid out as lay
// (see WriteTo) straight into the frozen form, without a dense matrix.
func readFrozenRows(nClass int, lay perceptronLayout, keys, scales, rows []byte) (*frozenWeights, error) {
	F := len(keys) / lay.keyBytes
	z := newFrozenWeights(nClass, F, len(rows)+F)
	var cls [maxFrozenClasses]byte
	var ws [maxFrozenClasses]int8
	for r := range F {
		k, m := binary.Uvarint(rows)
		if m <= 0 || k > uint64(nClass) {
			return nil, rowError(r, F, errors.New("bad entry count"))
		}
		rows = rows[m:]
		nnz := 0
		if int(k) == nClass {
			if len(rows) < nClass {
				return nil, rowError(r, F, errors.New("dense row truncated"))
			}
			for c, b := range rows[:nClass] {
				if b != 0 {
					cls[nnz], ws[nnz] = byte(c), int8(b)
					nnz++
				}
			}
			rows = rows[nClass:]
		} else {
			for range k {
				c, m := binary.Uvarint(rows)
				if m <= 0 || c >= uint64(nClass) || len(rows) < m+1 {
					return nil, rowError(r, F, errors.New("bad sparse entry"))
				}
				cls[nnz], ws[nnz] = byte(c), int8(rows[m])
				nnz++
				rows = rows[m+1:]
			}
		}
		if uint64(len(z.data)+1+2*nnz) >= pairFlag {
			return nil, rowError(r, F, errors.New("weights past 2 GB"))
		}
		z.add(lay.key(keys, r), lay.scale(scales, r), cls[:nnz], ws[:nnz])
	}
	if len(rows) != 0 {
		return nil, fmt.Errorf("perceptron model: %d bytes left after the last row", len(rows))
	}
	return z, nil
}

// thawed returns the dense training form of a frozen perceptron, rows in
// the order they were read, so it can be written, pruned or trained on.
func (p *Perceptron) thawed() *Perceptron {
	z := p.fz
	n := p.nClass
	order := make([]int, 0, z.rows)
	for i, s := range z.slots {
		if s.key != 0 {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return int(z.slots[a].off) - int(z.slots[b].off) })
	q := &Perceptron{nClass: n, keys: make([]uint64, len(order)), w: make([]float32, len(order)*n), hits: make([]int32, len(order))}
	for r, i := range order {
		s := z.slots[i]
		k := s.key
		if k == zeroKey {
			k = 0
		}
		q.keys[r] = k
		q.hits[r] = loadedHits
		if z.inline {
			for c := range n {
				q.w[r*n+c] = s.scale * float32(int8(s.off>>(8*c)))
			}
			continue
		}
		if z.pairs && s.off&pairFlag != 0 {
			c0, w0, c1, w1, two := unpackPair(s.off)
			q.w[r*n+c0] = s.scale * w0
			if two {
				q.w[r*n+c1] = s.scale * w1
			}
			continue
		}
		cnt := int(z.data[s.off])
		row := z.data[s.off+1 : int(s.off)+1+2*cnt]
		for j := 0; j < len(row); j += 2 {
			q.w[r*n+int(row[j])] = s.scale * float32(int8(row[j+1]))
		}
	}
	q.reindex()
	return q
}

// thaw turns p back into its dense training form in place.
func (p *Perceptron) thaw() {
	if p.fz != nil {
		*p = *p.thawed()
	}
}
