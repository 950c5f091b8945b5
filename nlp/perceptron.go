package nlp

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"slices"
)

// Feature hashing.
//
// Features are uint64 keys built by chaining a FeatureKey: start from a
// template number and mix in strings and integers, e.g.
//
//	f := Feature(3).Str(prevTag).Str(word).Key()
//
// Every step is a few multiplications on a register, so building a feature
// never allocates. Strings are followed by a 0xff byte (never part of
// valid UTF-8) so ("ab","c") and ("a","bc") hash differently.

// FeatureKey is a feature hash under construction (FNV-1a, 64 bits).
type FeatureKey uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Feature starts the key of a feature of the given template.
func Feature(template uint8) FeatureKey {
	return (fnvOffset ^ FeatureKey(template)) * fnvPrime
}

// Str mixes the bytes of s into the key.
func (k FeatureKey) Str(s string) FeatureKey {
	for i := 0; i < len(s); i++ {
		k = (k ^ FeatureKey(s[i])) * fnvPrime
	}
	return (k ^ 0xff) * fnvPrime
}

// Int mixes an integer (a class, a distance, a tag id) into the key.
func (k FeatureKey) Int(v int) FeatureKey {
	k = (k ^ FeatureKey(uint64(v))) * fnvPrime
	return (k ^ k>>29) * fnvPrime
}

// Key returns the finished feature hash.
func (k FeatureKey) Key() uint64 { return uint64(k) }

// Perceptron is an averaged multiclass perceptron over hashed features.
// Each feature seen in an update owns a dense row of one weight per class;
// scoring a set of features sums their rows.
//
// Training: for each example, Score, pick the best class, then call Update
// with the gold and the predicted class (also when they agree: Update
// advances the averaging clock). After the last epoch call Average, then
// optionally Prune, then WriteTo. Averaging is lazy: instead of a timestamp
// per weight, each update at clock c also adds c·δ to an accumulator u, and
// the average over all C steps is w − u/C (Daumé's trick), which needs one
// extra number per weight and no work for weights that do not change.
//
// A Perceptron is safe for concurrent Score calls once training is done.
type Perceptron struct {
	nClass int
	index  featureIndex
	keys   []uint64  // row r belongs to keys[r]
	w      []float32 // row-major weights, len(keys)*nClass
	u      []float64 // averaging accumulators (training only)
	hits   []int32   // number of updates that touched each row (training only)
	clock  float64
	fz     *frozenWeights // the read-only sparse form of a loaded model (then keys, w are nil)
}

// NewPerceptron returns an empty model over nClass classes.
func NewPerceptron(nClass int) *Perceptron {
	return &Perceptron{nClass: nClass, index: newFeatureIndex(1 << 12)}
}

// Classes returns the number of classes.
func (p *Perceptron) Classes() int { return p.nClass }

// Features returns the number of features that own a row of weights.
func (p *Perceptron) Features() int {
	if p.fz != nil {
		return p.fz.rows
	}
	return len(p.keys)
}

// Score sets scores[c] (len(scores) must be Classes()) to the sum of the
// weights of class c over feats. Unknown features contribute nothing.
func (p *Perceptron) Score(feats []uint64, scores []float32) {
	n := p.nClass
	scores = scores[:n]
	clear(scores)
	if p.fz != nil {
		p.fz.score(feats, scores)
		return
	}
	for _, f := range feats {
		r := p.index.get(f)
		if r < 0 {
			continue
		}
		row := p.w[int(r)*n : int(r)*n+n]
		for c, v := range row {
			scores[c] += v
		}
	}
}

// Predict scores feats into scores and returns the best class (the lowest
// index among ties, so results are deterministic).
func (p *Perceptron) Predict(feats []uint64, scores []float32) int {
	p.Score(feats, scores)
	return Argmax(scores)
}

// Argmax returns the index of the largest score (the first among ties), or
// -1 for an empty slice.
func Argmax(scores []float32) int {
	best := -1
	var bv float32
	for c, v := range scores {
		if best < 0 || v > bv {
			best, bv = c, v
		}
	}
	return best
}

// Update moves the weights of feats towards truth and away from guess,
// and advances the averaging clock by one step. Call it once per training
// example, whether or not the guess was right.
func (p *Perceptron) Update(feats []uint64, truth, guess int) {
	p.thaw()
	p.clock++
	if truth == guess {
		return
	}
	if p.u == nil {
		p.u = make([]float64, len(p.w), cap(p.w))
	}
	n := p.nClass
	for _, f := range feats {
		r := p.row(f)
		base := int(r) * n
		p.w[base+truth]++
		p.w[base+guess]--
		p.u[base+truth] += p.clock
		p.u[base+guess] -= p.clock
		p.hits[r]++
	}
}

// row returns the row of f, allocating a zero row for a new feature.
func (p *Perceptron) row(f uint64) int32 {
	if r := p.index.get(f); r >= 0 {
		return r
	}
	r := int32(len(p.keys))
	p.keys = append(p.keys, f&keyMask)
	p.hits = append(p.hits, 0)
	p.w = append(p.w, make([]float32, p.nClass)...)
	p.u = append(p.u, make([]float64, p.nClass)...)
	p.index.put(f, r)
	return r
}

// Average replaces the weights by their average over all training steps
// and drops the training state. Further Updates start from the averaged
// weights.
func (p *Perceptron) Average() {
	p.thaw()
	if p.clock > 0 && p.u != nil {
		inv := 1 / p.clock
		for i, u := range p.u {
			p.w[i] -= float32(u * inv)
		}
	}
	p.u = nil
	p.clock = 0
}

// Add adds the weights and update counts of q (over the same classes) to
// p, so p scores as the sum of both: an ensemble in one model. Call it
// after Average on both.
func (p *Perceptron) Add(q *Perceptron) {
	p.thaw()
	q = q.thawedOrSelf()
	n := p.nClass
	for r, k := range q.keys {
		row := int(p.row(k))
		for c, v := range q.w[r*n : r*n+n] {
			p.w[row*n+c] += v
		}
		p.hits[row] += q.hits[r]
	}
	p.u = nil
}

// thawedOrSelf returns p in its dense form without modifying it.
func (p *Perceptron) thawedOrSelf() *Perceptron {
	if p.fz != nil {
		return p.thawed()
	}
	return p
}

// Prune drops the features touched by fewer than minHits updates, and
// those whose largest absolute weight is below minWeight. It returns the
// number of features removed. Call it after Average. (A model read from
// disk no longer knows its update counts; there only minWeight applies.)
func (p *Perceptron) Prune(minHits int, minWeight float32) int {
	p.thaw()
	n := p.nClass
	keep := 0
	for r, k := range p.keys {
		row := p.w[r*n : r*n+n]
		if int(p.hits[r]) < minHits || maxAbs(row) < minWeight {
			continue
		}
		p.keys[keep] = k
		p.hits[keep] = p.hits[r]
		copy(p.w[keep*n:keep*n+n], row)
		keep++
	}
	removed := len(p.keys) - keep
	p.keys = p.keys[:keep:keep]
	p.hits = p.hits[:keep:keep]
	p.w = p.w[: keep*n : keep*n]
	p.u = nil
	p.reindex()
	return removed
}

func (p *Perceptron) reindex() {
	p.index = newFeatureIndex(len(p.keys))
	for r, k := range p.keys {
		p.index.put(k, int32(r))
	}
}

func maxAbs(row []float32) float32 {
	var m float32
	for _, v := range row {
		m = max(m, v, -v)
	}
	return m
}

// Serialisation. Version 3 of the format, which WriteTo still writes for
// models the frozen form cannot hold (version 4, the frozen form's own
// tables, is in perceptron_slots.go), is little-endian:
//
//	"ANPC" version(u32)=3 classes(u32) features(u32) rowbytes(u32)
//	keys   features × 6 bytes (the low 48 bits of each key, see keyMask)
//	scales features × 2 bytes (bfloat16; row weight = scale × int8)
//	rows   rowbytes bytes, one row after the other
//	crc32 (IEEE) of everything before it
//
// Weights are quantised to int8 with one scale per row. Most rows have
// only a few non-zero classes (a feature is updated only for the classes
// it was confused between), so a row with k non-zero weights is written
// sparsely as uvarint(k) and k (uvarint class, int8) pairs when that is
// shorter than dense, and as uvarint(classes) followed by the classes
// int8 weights otherwise.
//
// Version 2 (still read) stored whole 64-bit keys and float32 scales:
// twelve bytes of every feature's overhead, where version 3 needs eight.
// A bfloat16 scale moves a weight by at most a quarter of a quantisation
// step, which left every EWT dev figure where it was.

// loadedHits stands for the unknown update count of a loaded feature.
const loadedHits = 1 << 30

const (
	perceptronMagic        = "ANPC"
	perceptronKeyedVersion = 3
)

// perceptronLayout is the width of a stored key and scale in a version.
type perceptronLayout struct{ keyBytes, scaleBytes int }

func layoutOf(version uint32) perceptronLayout {
	if version == 2 {
		return perceptronLayout{8, 4}
	}
	return perceptronLayout{6, 2}
}

func (l perceptronLayout) key(keys []byte, i int) uint64 {
	if l.keyBytes == 8 {
		return binary.LittleEndian.Uint64(keys[8*i:]) & keyMask
	}
	b := keys[6*i : 6*i+6]
	return uint64(binary.LittleEndian.Uint32(b)) | uint64(binary.LittleEndian.Uint16(b[4:]))<<32
}

func (l perceptronLayout) scale(scales []byte, i int) float32 {
	if l.scaleBytes == 4 {
		return math.Float32frombits(binary.LittleEndian.Uint32(scales[4*i:]))
	}
	return math.Float32frombits(uint32(binary.LittleEndian.Uint16(scales[2*i:])) << 16)
}

// toBfloat16 rounds a non-negative finite float32 to the nearest
// bfloat16 (its top 16 bits), ties to even.
func toBfloat16(f float32) uint16 {
	b := math.Float32bits(f)
	return uint16((b + 0x7fff + (b>>16)&1) >> 16)
}

// WriteTo writes the model in its compact binary form: in version 4, the
// frozen form's tables as they are laid out in memory, when they can
// hold the model, else in version 3. Only the current weights are
// written (call Average first when training).
func (p *Perceptron) WriteTo(w io.Writer) (int64, error) {
	z := p.fz
	if z == nil {
		// The frozen form of a trained model is the one a reader of its
		// version-3 form builds, so both versions read back into the
		// same weights.
		var v3 bytes.Buffer
		if _, err := p.writeKeyed(&v3); err != nil {
			return 0, err
		}
		q, err := ReadPerceptron(bytes.NewReader(v3.Bytes()))
		if err != nil {
			return 0, fmt.Errorf("perceptron model: reading back its version-3 form: %w", err)
		}
		if q.fz == nil {
			return io.Copy(w, &v3)
		}
		z = q.fz
	}
	return writeSlots(w, z)
}

// writeKeyed writes the model in version 3, rows in the order of their
// keys' hashes.
func (p *Perceptron) writeKeyed(w io.Writer) (int64, error) {
	if p.fz != nil {
		p = p.thawed() // a shared loaded model is not modified
	}
	n := p.nClass
	F := len(p.keys)
	var rows []byte
	q := make([]int8, n)
	scales := make([]float32, F)
	order := hashOrder(p.keys)
	for i, r := range order {
		// Quantise against the stored (rounded) scale, so reading gives
		// back exactly the weights written.
		scales[i] = math.Float32frombits(uint32(toBfloat16(maxAbs(p.w[r*n:r*n+n])/127)) << 16)
	}
	for i, r := range order {
		s := scales[i]
		nnz, sparseLen := 0, 0
		for c, v := range p.w[r*n : r*n+n] {
			q[c] = 0
			if s > 0 {
				q[c] = int8(max(-127, min(127, math.Round(float64(v/s)))))
			}
			if q[c] != 0 {
				nnz++
				sparseLen += uvarintLen(uint64(c)) + 1
			}
		}
		if nnz < n && sparseLen < n {
			rows = binary.AppendUvarint(rows, uint64(nnz))
			for c, v := range q {
				if v != 0 {
					rows = binary.AppendUvarint(rows, uint64(c))
					rows = append(rows, byte(v))
				}
			}
			continue
		}
		rows = binary.AppendUvarint(rows, uint64(n))
		for _, v := range q {
			rows = append(rows, byte(v))
		}
	}
	buf := make([]byte, 0, 20+8*F+len(rows)+4)
	buf = append(buf, perceptronMagic...)
	buf = binary.LittleEndian.AppendUint32(buf, perceptronKeyedVersion)
	buf = binary.LittleEndian.AppendUint32(buf, uint32(n))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(F))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(len(rows)))
	for _, r := range order {
		k := p.keys[r] & keyMask
		buf = binary.LittleEndian.AppendUint32(buf, uint32(k))
		buf = binary.LittleEndian.AppendUint16(buf, uint16(k>>32))
	}
	for _, s := range scales {
		buf = binary.LittleEndian.AppendUint16(buf, uint16(math.Float32bits(s)>>16))
	}
	buf = append(buf, rows...)
	buf = binary.LittleEndian.AppendUint32(buf, crc32.ChecksumIEEE(buf))
	m, err := w.Write(buf)
	return int64(m), err
}

// hashOrder returns the rows in the order of their home slots in any
// power-of-two table (see featureIndex.slot), so a reader inserting them
// in file order writes its table front to back instead of at random:
// loading then streams through memory rather than missing the cache once
// per feature.
func hashOrder(keys []uint64) []int {
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	spread := func(k uint64) uint64 { return tableKey(k) * 0x9e3779b97f4a7c15 }
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(spread(keys[a]), spread(keys[b])) })
	return order
}

func uvarintLen(v uint64) int {
	n := 1
	for ; v >= 0x80; v >>= 7 {
		n++
	}
	return n
}

// ReadPerceptron reads a model written by WriteTo. The weights come back
// dequantised, ready for Score.
func ReadPerceptron(r io.Reader) (*Perceptron, error) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReader(r)
	}
	head := make([]byte, 20)
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, fmt.Errorf("perceptron model: reading header: %w", err)
	}
	if string(head[:4]) != perceptronMagic {
		return nil, fmt.Errorf("perceptron model: bad magic %q, want %q", head[:4], perceptronMagic)
	}
	version := binary.LittleEndian.Uint32(head[4:])
	if version < 2 || version > perceptronSlotsVersion {
		return nil, fmt.Errorf("perceptron model: unsupported version %d, want 2 to %d", version, perceptronSlotsVersion)
	}
	if version == perceptronSlotsVersion {
		return readSlots(br, head)
	}
	lay := layoutOf(version)
	per := lay.keyBytes + lay.scaleBytes
	n := int(binary.LittleEndian.Uint32(head[8:]))
	F := int(binary.LittleEndian.Uint32(head[12:]))
	rowBytes := int(binary.LittleEndian.Uint32(head[16:]))
	if n <= 0 || n > 1<<16 || F < 0 || F > 1<<26 || rowBytes > F*(n+binary.MaxVarintLen64) {
		return nil, fmt.Errorf("perceptron model: implausible size: %d classes, %d features, %d bytes of weights", n, F, rowBytes)
	}
	body := make([]byte, per*F+rowBytes+4)
	if _, err := io.ReadFull(br, body); err != nil {
		return nil, fmt.Errorf("perceptron model: reading %d features × %d classes: %w", F, n, err)
	}
	sum := crc32.Update(crc32.ChecksumIEEE(head), crc32.IEEETable, body[:len(body)-4])
	if want := binary.LittleEndian.Uint32(body[len(body)-4:]); sum != want {
		return nil, errors.New("perceptron model: checksum mismatch (file corrupt or truncated)")
	}
	if n <= maxFrozenClasses {
		z, err := readFrozenRows(n, lay, body[:lay.keyBytes*F], body[lay.keyBytes*F:per*F], body[per*F:len(body)-4])
		if err == nil {
			return &Perceptron{nClass: n, fz: z}, nil
		}
		if err != errNotFrozen {
			return nil, err
		}
	}
	p := &Perceptron{nClass: n, keys: make([]uint64, F), w: make([]float32, F*n), hits: make([]int32, F)}
	for i := range F {
		p.keys[i] = lay.key(body, i)
		p.hits[i] = loadedHits // unknown: a loaded model keeps its features under Prune
	}
	scales := body[lay.keyBytes*F : per*F]
	rows := body[per*F : len(body)-4]
	for r := range F {
		s := lay.scale(scales, r)
		row := p.w[r*n : r*n+n]
		var err error
		if rows, err = decodeRow(rows, row, s); err != nil {
			return nil, rowError(r, F, err)
		}
	}
	if len(rows) != 0 {
		return nil, fmt.Errorf("perceptron model: %d bytes left after the last row", len(rows))
	}
	p.reindex()
	return p, nil
}

func rowError(r, F int, err error) error {
	return fmt.Errorf("perceptron model: row %d of %d: %w", r, F, err)
}

// decodeRow reads one row (sparse or dense, see WriteTo) into row, scaled
// by s, and returns the rest of the input.
func decodeRow(in []byte, row []float32, s float32) ([]byte, error) {
	n := len(row)
	k, m := binary.Uvarint(in)
	if m <= 0 || k > uint64(n) {
		return nil, errors.New("bad entry count")
	}
	in = in[m:]
	if int(k) == n {
		if len(in) < n {
			return nil, errors.New("dense row truncated")
		}
		for c := range row {
			row[c] = s * float32(int8(in[c]))
		}
		return in[n:], nil
	}
	for range k {
		c, m := binary.Uvarint(in)
		if m <= 0 || c >= uint64(n) || len(in) < m+1 {
			return nil, errors.New("bad sparse entry")
		}
		row[c] = s * float32(int8(in[m]))
		in = in[m+1:]
	}
	return in, nil
}

// featureIndex maps feature keys to row numbers: open addressing with
// linear probing over a power-of-two table, at most half full. Key 0 marks
// an empty slot, so a real key 0 is stored as zeroKey.
type featureIndex struct {
	keys  []uint64
	rows  []int32
	shift uint
	n     int
}

const zeroKey = 0x9e3779b97f4a7c15

// keyMask keeps the low 48 bits of a feature key: the model stores six
// bytes of each key. Among a few million features two keys agree on 48
// bits with a probability of about 1 in 10,000, and an unknown feature
// is mistaken for a known one about once in 10^8 look-ups. Every table
// masks the keys it stores and looks up, so callers pass whole keys.
const keyMask = 1<<48 - 1

// tableKey is the key the tables store for feature key k: its low 48
// bits, with zeroKey standing for 0.
func tableKey(k uint64) uint64 {
	if k &= keyMask; k == 0 {
		return zeroKey
	}
	return k
}

func newFeatureIndex(n int) featureIndex {
	size, shift := 8, uint(61)
	for size < 2*n {
		size *= 2
		shift--
	}
	return featureIndex{keys: make([]uint64, size), rows: make([]int32, size), shift: shift}
}

// slot spreads the key over the table (Fibonacci hashing), so keys that
// were not built with Feature still distribute well.
func (x *featureIndex) slot(k uint64) uint64 { return (k * 0x9e3779b97f4a7c15) >> x.shift }

func (x *featureIndex) get(k uint64) int32 {
	k = tableKey(k)
	mask := uint64(len(x.keys) - 1)
	for i := x.slot(k); ; i = (i + 1) & mask {
		switch x.keys[i] {
		case k:
			return x.rows[i]
		case 0:
			return -1
		}
	}
}

func (x *featureIndex) put(k uint64, r int32) {
	x.insert(tableKey(k), r)
}

// insert stores an already masked key (zeroKey standing for 0).
func (x *featureIndex) insert(k uint64, r int32) {
	if 2*(x.n+1) > len(x.keys) {
		x.grow()
	}
	mask := uint64(len(x.keys) - 1)
	for i := x.slot(k); ; i = (i + 1) & mask {
		if x.keys[i] == 0 || x.keys[i] == k {
			if x.keys[i] == 0 {
				x.n++
			}
			x.keys[i], x.rows[i] = k, r
			return
		}
	}
}

func (x *featureIndex) grow() {
	old := *x
	*x = newFeatureIndex(len(old.keys))
	for i, k := range old.keys {
		if k != 0 {
			x.insert(k, old.rows[i])
		}
	}
}
