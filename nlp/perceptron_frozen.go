package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
)

// frozenWeights is the read-only form a Perceptron takes when it is read
// from disk: one flat open-addressing table of 16-byte slots, each holding
// a feature's key, its row's scale and, for most rows, the row itself;
// the rows too long for their slot are kept apart, sparse or dense.
//
// Why: trained rows are sparse (a feature is updated only for the classes
// it was confused between, 3–4 of up to a hundred on average), so a dense
// float32 row per feature wastes memory and cache. Scoring is bound by
// looking features up at random in tables of megabytes, so the layout
// aims at one memory access per look-up:
//
//   - A row of up to four entries lives in its slot (models of at most
//     four classes, the parser's moves, always), so it costs no second
//     memory access. That is 84% of the tagger's rows and 62% of the
//     labeller's.
//   - The table is sized for its rows at a low load (maxLoad), not
//     rounded to a power of two: a look-up then mostly finds its key, or
//     an empty slot, at its home slot. Each further probe is a branch the
//     processor mispredicts, and those cost more than the cache misses a
//     denser table saves. Measured on the pipeline's look-ups: load 0.3
//     is 10% faster than 0.45, and 0.2 only 3% faster than 0.3 for half
//     as much memory again. (Homes aligned to four-slot buckets, one
//     cache line, with the bucket compared without branches, were slower
//     at every load: most look-ups hit cache, and there the extra
//     compares cost more than the line saved.)
//
// Classes must fit in a byte; models with more than maxFrozenClasses
// classes stay dense.
type frozenWeights struct {
	slots  []frozenSlot
	rows   int
	data   []byte    // sparse rows stored apart (see add)
	dense  []float32 // dense rows (see add)
	nClass int
	inline bool // the weights of every class in frozenSlot.row, one byte each
	packed bool // rows of up to maxPackedEntries entries in frozenSlot.row
	// known is a one-hash Bloom filter of the keys, filterBits bits per
	// row: many features of a configuration are unknown, and the filter,
	// a hundredth of the table's size, stays in cache and turns most of
	// their misses away (scoring without it was 15–25% slower). Known
	// keys always pass, so scores are unchanged.
	known  []uint64
	kshift uint
}

const (
	filterBits = 4                  // 4 beat 8 and 16 on the pipeline benchmark: the filters then fit in L2
	filterMul  = 0xff51afd7ed558ccd // unrelated to the slot hash's multiplier
	slotMul    = 0x9e3779b97f4a7c15 // Fibonacci hashing: spreads keys not built with Feature too

	// maxLoad is the share of slots in use (see frozenWeights).
	maxLoad = 0.3
)

// frozenSlot is one feature: head holds the occupied bit (63), the row's
// scale as a bfloat16 (bits 48–62; scales are never negative, so the
// sign bit is free) and the key's 48 bits; head 0 is an empty slot. row
// holds the weights (see frozenWeights.add).
type frozenSlot struct {
	head uint64
	row  uint64
}

const (
	occupied   = 1 << 63
	scaleShift = 48
	// A packed row: entry i in bits 15i..15i+14 as a 7-bit class and an
	// 8-bit weight, the entry count in bits 60–62. Bit 63 marks a row
	// stored apart, whose offset in data is in the low 32 bits; bit 62
	// says it is stored dense (see frozenWeights.add).
	maxPackedEntries = 4
	maxPackedClasses = 128
	packedCount      = 60
	rowApart         = 1 << 63
	rowDense         = 1 << 62
)

const maxFrozenClasses = 255

// int8Float maps a weight byte to its value as a float32: one load from
// L1 instead of a sign extension and a conversion.
var int8Float = func() (t [256]float32) {
	for b := range t {
		t[b] = float32(int8(b))
	}
	return t
}()

const maxInlineClasses = 4

// errNotFrozen says a model's rows do not fit the frozen form (scales
// that are not bfloat16, from version-2 files); such a model stays dense.
var errNotFrozen = errors.New("scale not a bfloat16")

// knownBit returns the filter bit of a masked key.
func (z *frozenWeights) knownBit(k uint64) uint64 { return (k * filterMul) >> z.kshift }

// home returns the home slot of a masked key: the multiplication's high
// word maps the hash onto a table of any size.
func (z *frozenWeights) home(k uint64) uint64 {
	i, _ := bits.Mul64(k*slotMul, uint64(len(z.slots)))
	return i
}

// scaleOf returns the row scale kept in a slot's head.
func scaleOf(head uint64) float32 {
	return math.Float32frombits(uint32(head>>32) & 0x7fff0000)
}

// newFrozenWeights returns an empty table for rows rows of nClass
// classes, with room for dataBytes bytes of sparse rows.
func newFrozenWeights(nClass, rows, dataBytes int) *frozenWeights {
	z := newFrozenTable(nClass, rows)
	if !z.inline {
		z.data = make([]byte, 0, dataBytes)
		adviseHugePages(z.data[:cap(z.data)])
	}
	return z
}

// newFrozenTable returns the empty slots and filter of a table for rows
// rows of nClass classes, sized for them.
func newFrozenTable(nClass, rows int) *frozenWeights {
	// At least one slot more than rows: probing ends at an empty one.
	slots := max(rows+1, int(math.Ceil(float64(rows)/maxLoad)))
	words := 1
	for 64*words < filterBits*rows {
		words *= 2
	}
	return newFrozenGeometry(nClass, slots, words)
}

// newFrozenGeometry returns the empty table of nClass classes with the
// given number of slots and of filter words (a power of two), as a model
// file gives them: a file keeps the geometry it was written with, should
// maxLoad or filterBits change.
func newFrozenGeometry(nClass, slots, filterWords int) *frozenWeights {
	z := &frozenWeights{
		slots:  make([]frozenSlot, slots),
		nClass: nClass,
		inline: nClass <= maxInlineClasses,
		packed: nClass <= maxPackedClasses,
		known:  make([]uint64, filterWords),
		// The filter's bit is the top bits of the key's hash, as many
		// as index its 64·filterWords bits.
		kshift: uint(64 - 6 - bits.TrailingZeros(uint(filterWords))),
	}
	adviseHugePages(z.slots)
	return z
}

// add stores a row; the caller guarantees keys are distinct, scale is a
// non-negative bfloat16 and the table has room.
func (z *frozenWeights) add(key uint64, scale float32, classes []byte, weights []int8) {
	key &= keyMask
	var row uint64
	switch {
	case z.inline:
		for i, c := range classes {
			row |= uint64(uint8(weights[i])) << (8 * c)
		}
	case z.packed && len(classes) <= maxPackedEntries:
		row = uint64(len(classes)) << packedCount
		for i, c := range classes {
			row |= (uint64(c) | uint64(uint8(weights[i]))<<7) << (15 * i)
		}
	case 2*len(classes)+1 >= z.nClass:
		// Dense: the weight of every class as a float32, scale times
		// int8 (a product that is exact, so the sums do not change).
		// Such rows are few (a few hundred) but the most frequent
		// features (the tagger's bias and previous-tag rows hold 60–100
		// of its 102 classes), and summing a dense float row is a loop
		// of independent additions, half the work of scattering the
		// entries of a sparse one.
		row = rowApart | rowDense | uint64(len(z.dense))
		start := len(z.dense)
		z.dense = append(z.dense, make([]float32, z.nClass)...)
		for i, c := range classes {
			z.dense[start+int(c)] = scale * int8Float[uint8(weights[i])]
		}
	default:
		// Sparse: an entry count, then (class, int8 weight) pairs.
		row = rowApart | uint64(len(z.data))
		z.data = append(z.data, byte(len(classes)))
		for i, c := range classes {
			z.data = append(z.data, c, byte(weights[i]))
		}
	}
	b := z.knownBit(key)
	z.known[b>>6] |= 1 << (b & 63)
	i := z.home(key)
	for z.slots[i].head != 0 {
		if i++; i == uint64(len(z.slots)) {
			i = 0
		}
	}
	z.slots[i] = frozenSlot{head: occupied | uint64(math.Float32bits(scale))>>16<<scaleShift | key, row: row}
	z.rows++
}

// scoreBatch is the number of features looked up together: their cache
// misses overlap (see candidates), and the buffers stay on the stack.
const scoreBatch = 128

// score adds the rows of feats to scores (len(scores) is the class count,
// checked when the rows were decoded), in the order of feats, so every
// class sums its weights in the same order as the dense form would.
func (z *frozenWeights) score(feats []uint64, scores []float32) {
	var keys [scoreBatch + 1]uint64 // on the stack: Score stays free of allocations
	var homes [scoreBatch]uint32
	for len(feats) > 0 {
		n := min(len(feats), scoreBatch)
		c := z.candidates(feats[:n], &keys, &homes)
		feats = feats[n:]
		if z.inline && len(scores) == 4 {
			z.addInline4(keys[:c], homes[:c], scores)
			continue
		}
		// The slot indices of the known features replace their homes.
		found := homes[:z.lookUp(keys[:c], &homes)]
		if z.inline {
			for _, i := range found {
				addInline(z.slots[i], scores)
			}
			continue
		}
		z.addSparse(found, scores)
	}
}

// candidates keeps the masked keys of feats the filter may know in keys,
// and their home slots in homes, and returns how many it kept. It then
// touches every home slot: these loads depend on nothing but the key,
// so the processor runs their cache misses side by side; in the look-up
// loop, whose branches depend on the loaded keys and mispredict for
// unknown features, each miss would otherwise stall alone. (Go has no
// prefetch instruction. The sum of the loads goes to the spare last cell
// of keys, so that they are not optimised away.)
func (z *frozenWeights) candidates(feats []uint64, keys *[scoreBatch + 1]uint64, homes *[scoreBatch]uint32) int {
	// Without a branch on the filter, whose outcome is a coin toss the
	// processor cannot predict: every key is written, and the count
	// moves past it only when the filter may know it.
	// (The fields are copied to locals: the compiler cannot tell that
	// the stores to keys and homes leave z alone, and would load them
	// again for every key.)
	known, kshift, size := z.known, z.kshift&63, uint64(len(z.slots))
	n := 0
	for _, k := range feats {
		k &= keyMask
		b := (k * filterMul) >> kshift
		h, _ := bits.Mul64(k*slotMul, size)
		keys[n] = k
		homes[n] = uint32(h)
		n += int(known[b>>6] >> (b & 63) & 1)
	}
	slots := z.slots
	var touched uint64
	for _, h := range homes[:n] {
		touched += slots[h].head
	}
	keys[scoreBatch] = touched
	return n
}

// find returns the slot of masked key k, whose home is h, or -1.
func find(slots []frozenSlot, k uint64, h uint32) int {
	want := k | occupied
	for i := int(h); ; {
		head := slots[i].head
		if head&^(0x7fff<<scaleShift) == want {
			return i
		}
		if head == 0 {
			return -1
		}
		if i++; i == len(slots) {
			i = 0
		}
	}
}

// lookUp writes the slots of the known keys among keys (homes[j] the
// home of keys[j]) to the front of homes, in order, and returns their
// count.
func (z *frozenWeights) lookUp(keys []uint64, homes *[scoreBatch]uint32) int {
	m := 0
	slots := z.slots
	for j, k := range keys {
		if i := find(slots, k, homes[j]); i >= 0 {
			homes[m] = uint32(i)
			m++
		}
	}
	return m
}

// addInline4 looks keys up and adds their rows of the four move classes
// as it finds them, unrolled: the scores stay in registers, and each
// class still sums in the order of keys.
func (z *frozenWeights) addInline4(keys []uint64, homes []uint32, scores []float32) {
	s0, s1, s2, s3 := scores[0], scores[1], scores[2], scores[3]
	homes = homes[:len(keys)]
	slots := z.slots
	for j, k := range keys {
		i := find(slots, k, homes[j])
		if i < 0 {
			continue
		}
		f := &slots[i]
		s, r := scaleOf(f.head), f.row
		s0 += s * int8Float[uint8(r)]
		s1 += s * int8Float[uint8(r>>8)]
		s2 += s * int8Float[uint8(r>>16)]
		s3 += s * int8Float[uint8(r>>24)]
	}
	scores[0], scores[1], scores[2], scores[3] = s0, s1, s2, s3
}

// addInline adds the row held in slot f of an inline table.
func addInline(f frozenSlot, scores []float32) {
	s := scaleOf(f.head)
	for c := range scores {
		scores[c] += s * int8Float[uint8(f.row>>(8*c))]
	}
}

// addSparse adds the packed rows and the rows stored apart of the slots
// found.
func (z *frozenWeights) addSparse(found []uint32, scores []float32) {
	data, slots := z.data, z.slots
	// Touch the rows stored apart first, for the same reason as
	// candidates touches the slots.
	// (Dense rows are few and frequent, so they are in cache.)
	var sum byte
	for _, i := range found {
		if r := slots[i].row; r&(rowApart|rowDense) == rowApart {
			sum += data[uint32(r)]
		}
	}
	if sum == 1 && len(found) == 0 { // never; makes the sum count
		return
	}
	for _, i := range found {
		f := &slots[i]
		s, r := scaleOf(f.head), f.row
		if r&rowApart == 0 {
			for range r >> packedCount & 7 {
				scores[r&0x7f] += s * int8Float[uint8(r>>7)]
				r >>= 15
			}
			continue
		}
		off := int(uint32(r))
		if r&rowDense != 0 {
			w := z.dense[off : off+len(scores)]
			scores := scores[:len(w)]
			for c, v := range w {
				scores[c] += v
			}
			continue
		}
		cnt := int(data[off])
		row := data[off+1 : off+1+2*cnt]
		for j := 0; j+1 < len(row); j += 2 {
			scores[row[j]] += s * int8Float[row[j+1]]
		}
	}
}

// readFrozenRows decodes the F rows of a weight block laid out as lay
// (see WriteTo) straight into the frozen form, without a dense matrix.
// It returns errNotFrozen for rows the form cannot hold.
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
		if uint64(len(z.data)+1+2*nnz) > math.MaxUint32 || uint64(len(z.dense)+nClass) > math.MaxUint32 {
			return nil, rowError(r, F, errors.New("weights past 4 GB"))
		}
		s := lay.scale(scales, r)
		if b := math.Float32bits(s); b&0xffff != 0 || b>>31 != 0 {
			return nil, errNotFrozen
		}
		z.add(lay.key(keys, r), s, cls[:nnz], ws[:nnz])
	}
	if len(rows) != 0 {
		return nil, fmt.Errorf("perceptron model: %d bytes left after the last row", len(rows))
	}
	return z, nil
}

// thawed returns the dense training form of a frozen perceptron, so it
// can be written, pruned or trained on. (Its row order does not matter:
// WriteTo orders rows by key.)
func (p *Perceptron) thawed() *Perceptron {
	z := p.fz
	n := p.nClass
	q := &Perceptron{nClass: n, keys: make([]uint64, 0, z.rows), w: make([]float32, z.rows*n), hits: make([]int32, z.rows)}
	for i, sl := range z.slots {
		if sl.head == 0 {
			continue
		}
		r := len(q.keys)
		q.keys = append(q.keys, sl.head&keyMask)
		q.hits[r] = loadedHits
		row := q.w[r*n : r*n+n]
		if z.inline {
			addInline(sl, row)
		} else {
			z.addSparse([]uint32{uint32(i)}, row)
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
