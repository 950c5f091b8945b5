package nlp

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"math"
	"slices"
	"strings"
	"testing"
)

func TestFeatureKeysDistinguishParts(t *testing.T) {
	keys := map[uint64]string{}
	add := func(name string, k FeatureKey) {
		t.Helper()
		if prev, ok := keys[k.Key()]; ok {
			t.Errorf("%s and %s hash to the same key %x", name, prev, k.Key())
		}
		keys[k.Key()] = name
	}
	add("t1 ab c", Feature(1).Str("ab").Str("c"))
	add("t1 a bc", Feature(1).Str("a").Str("bc"))
	add("t2 ab c", Feature(2).Str("ab").Str("c"))
	add("t1 abc", Feature(1).Str("abc"))
	add("t1 ''", Feature(1).Str(""))
	add("t1", Feature(1))
	add("t1 int 0", Feature(1).Int(0))
	add("t1 int 1", Feature(1).Int(1))
	add("t1 int -1", Feature(1).Int(-1))
	if Feature(7).Str("dog").Int(3).Key() != Feature(7).Str("dog").Int(3).Key() {
		t.Error("the same feature hashes differently twice")
	}
}

func TestFeatureKeysDoNotAllocate(t *testing.T) {
	word := strings.Repeat("x", 9)
	var sink uint64
	allocs := testing.AllocsPerRun(100, func() {
		sink += Feature(4).Str(word).Str(word[:3]).Int(12).Key()
	})
	if allocs != 0 {
		t.Errorf("building a feature allocated %v times", allocs)
	}
	_ = sink
}

// A perceptron learns a small separable problem: the class is given by
// one of the features, the other is noise shared by all classes.
func TestPerceptronLearns(t *testing.T) {
	p := NewPerceptron(3)
	scores := make([]float32, 3)
	type ex struct {
		feats []uint64
		class int
	}
	var data []ex
	for i := range 30 {
		c := i % 3
		data = append(data, ex{[]uint64{Feature(0).Int(c).Key(), Feature(1).Int(i % 5).Key()}, c})
	}
	for range 5 {
		for _, e := range data {
			p.Update(e.feats, e.class, p.Predict(e.feats, scores))
		}
	}
	p.Average()
	for _, e := range data {
		if got := p.Predict(e.feats, scores); got != e.class {
			t.Errorf("feats %x: predicted %d, want %d (scores %v)", e.feats, got, e.class, scores)
		}
	}
}

func TestPerceptronAveragesOverSteps(t *testing.T) {
	p := NewPerceptron(2)
	f := []uint64{Feature(0).Str("f").Key()}
	p.Update(f, 0, 1) // step 1: w = (+1, -1) from step 2 on
	p.Update(f, 0, 0) // steps 2–4 change nothing but count
	p.Update(f, 1, 1)
	p.Update(f, 0, 0)
	p.Average()
	scores := make([]float32, 2)
	p.Score(f, scores)
	// The weights were (0,0) for one step and (1,-1) for three: mean 0.75.
	if scores[0] != 0.75 || scores[1] != -0.75 {
		t.Errorf("averaged scores %v, want [0.75 -0.75]", scores)
	}
}

func TestPerceptronHandlesKeyZeroAndGrowth(t *testing.T) {
	p := NewPerceptron(2)
	const n = 20000
	for i := range uint64(n) {
		p.Update([]uint64{i}, int(i%2), int(1-i%2))
	}
	if p.Features() != n {
		t.Fatalf("%d features, want %d", p.Features(), n)
	}
	scores := make([]float32, 2)
	for _, i := range []uint64{0, 1, 9999, n - 1} {
		p.Score([]uint64{i}, scores)
		want := float32(1)
		if i%2 == 1 {
			want = -1
		}
		if scores[0] != want {
			t.Errorf("feature %d: score %v, want %v", i, scores[0], want)
		}
	}
	p.Score([]uint64{n + 5}, scores)
	if scores[0] != 0 || scores[1] != 0 {
		t.Errorf("unknown feature scored %v", scores)
	}
}

func TestPerceptronPrune(t *testing.T) {
	p := NewPerceptron(2)
	strong := []uint64{1}
	weak := []uint64{2}
	for range 4 {
		p.Update(strong, 0, 1)
	}
	p.Update(weak, 1, 0)
	p.Average()
	if removed := p.Prune(2, 0); removed != 1 {
		t.Errorf("Prune(2, 0) removed %d features, want 1", removed)
	}
	scores := make([]float32, 2)
	p.Score(weak, scores)
	if scores[0] != 0 {
		t.Errorf("pruned feature still scores %v", scores)
	}
	p.Score(strong, scores)
	if scores[0] <= 0 {
		t.Errorf("kept feature lost its weight: %v", scores)
	}
	if removed := p.Prune(0, 100); removed != 1 || p.Features() != 0 {
		t.Errorf("Prune(0, 100) removed %d, left %d features; want 1 and 0", removed, p.Features())
	}
}

func trainedToy(t *testing.T, classes int) (*Perceptron, [][]uint64) {
	t.Helper()
	p := NewPerceptron(classes)
	var sets [][]uint64
	scores := make([]float32, classes)
	for i := range 300 {
		fs := []uint64{Feature(0).Int(i % classes).Key(), Feature(1).Int(i % 7).Key(), Feature(2).Int(i % 11).Key(), uint64(i % 3)}
		sets = append(sets, fs)
		p.Update(fs, i%classes, p.Predict(fs, scores))
	}
	p.Average()
	return p, sets
}

// A model read back scores as it did before writing, up to quantisation,
// in each in-memory layout: weights inside the hash slots (4 classes),
// sparse rows (5 and 60 classes) and dense rows (300 classes, too many
// for the sparse form). Written again, it gives the same bytes.
func TestPerceptronRoundTrip(t *testing.T) {
	for _, classes := range []int{4, 5, 60, 300} {
		p, sets := trainedToy(t, classes)
		var buf bytes.Buffer
		n, err := p.WriteTo(&buf)
		if err != nil || n != int64(buf.Len()) {
			t.Fatalf("%d classes: WriteTo: %d bytes, %v (buffer has %d)", classes, n, err, buf.Len())
		}
		q, err := ReadPerceptron(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if q.Classes() != classes || q.Features() != p.Features() {
			t.Fatalf("read %d classes, %d features; want %d, %d", q.Classes(), q.Features(), classes, p.Features())
		}
		if sparse := q.fz != nil; sparse != (classes <= maxFrozenClasses) {
			t.Errorf("%d classes: read into the sparse form: %v", classes, sparse)
		}
		a, b := make([]float32, classes), make([]float32, classes)
		for _, fs := range sets {
			p.Score(fs, a)
			q.Score(fs, b)
			for c := range a {
				// int8 quantisation: each row is off by at most half a
				// step, the step being its largest weight / 127 rounded
				// to a bfloat16 (at most 2^-9 more).
				tol := float64(len(fs)) * float64(maxAbsRowOf(p, fs)) / 254 * 1.003
				if math.Abs(float64(a[c]-b[c])) > tol {
					t.Errorf("%d classes: class %d: score %v after round trip, %v before (tolerance %v)", classes, c, b[c], a[c], tol)
				}
			}
		}
		var again bytes.Buffer
		if _, err := q.WriteTo(&again); err != nil || !bytes.Equal(again.Bytes(), buf.Bytes()) {
			t.Errorf("%d classes: the loaded model writes different bytes (%d, was %d; %v)", classes, again.Len(), buf.Len(), err)
		}
	}
}

// A version-2 model (whole 64-bit keys, float32 scales) reads into the
// same weights as the version-3 one written from the same perceptron;
// its keys' high 16 bits, which version 3 drops, do not matter.
func TestReadPerceptronVersion2(t *testing.T) {
	for _, classes := range []int{4, 60, 300} {
		p, sets := trainedToy(t, classes)
		var v3 bytes.Buffer
		if _, err := p.writeKeyed(&v3); err != nil {
			t.Fatal(err)
		}
		q3, err := ReadPerceptron(bytes.NewReader(v3.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		q2, err := ReadPerceptron(bytes.NewReader(asVersion2(t, v3.Bytes())))
		if err != nil {
			t.Fatalf("%d classes: version 2: %v", classes, err)
		}
		a, b := make([]float32, classes), make([]float32, classes)
		for _, fs := range sets {
			q3.Score(fs, a)
			q2.Score(fs, b)
			if !slices.Equal(a, b) {
				t.Fatalf("%d classes: version 2 scores %v, version 3 %v", classes, b, a)
			}
		}
	}
}

// asVersion2 rewrites a version-3 perceptron in the version-2 layout,
// setting every key's high 16 bits.
func asVersion2(t *testing.T, v3 []byte) []byte {
	t.Helper()
	F := int(binary.LittleEndian.Uint32(v3[12:]))
	keys, scales, rows := v3[20:20+6*F], v3[20+6*F:20+8*F], v3[20+8*F:len(v3)-4]
	out := binary.LittleEndian.AppendUint32(append([]byte(nil), v3[:4]...), 2)
	out = append(out, v3[8:20]...)
	for i := range F {
		k := uint64(binary.LittleEndian.Uint32(keys[6*i:])) | uint64(binary.LittleEndian.Uint16(keys[6*i+4:]))<<32
		out = binary.LittleEndian.AppendUint64(out, k|0xbeef<<48)
	}
	for i := range F {
		out = binary.LittleEndian.AppendUint32(out, uint32(binary.LittleEndian.Uint16(scales[2*i:]))<<16)
	}
	out = append(out, rows...)
	return binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(out))
}

func maxAbsRowOf(p *Perceptron, fs []uint64) float32 {
	var m float32
	for _, f := range fs {
		if r := p.index.get(f); r >= 0 {
			m = max(m, maxAbs(p.w[int(r)*p.nClass:int(r+1)*p.nClass]))
		}
	}
	return m
}

func TestReadPerceptronRejectsBadInput(t *testing.T) {
	p, _ := trainedToy(t, 5)
	var buf bytes.Buffer
	p.WriteTo(&buf)
	good := buf.Bytes()
	corrupt := bytes.Clone(good)
	corrupt[len(corrupt)/2] ^= 0x40
	badMagic := bytes.Clone(good)
	badMagic[0] = 'X'
	for name, data := range map[string][]byte{
		"empty":     nil,
		"truncated": good[:len(good)-7],
		"corrupt":   corrupt,
		"bad magic": badMagic,
	} {
		if _, err := ReadPerceptron(bytes.NewReader(data)); err == nil {
			t.Errorf("%s model read without error", name)
		} else if !strings.Contains(err.Error(), "perceptron model") {
			t.Errorf("%s: error %q does not say what was being read", name, err)
		}
	}
}

func BenchmarkPerceptronScore(b *testing.B) {
	p := NewPerceptron(50)
	feats := make([]uint64, 40)
	for i := range feats {
		feats[i] = Feature(uint8(i)).Int(i).Key()
		p.Update(feats[i:i+1], i%50, (i+1)%50)
	}
	scores := make([]float32, 50)
	var buf bytes.Buffer
	p.WriteTo(&buf)
	q, err := ReadPerceptron(&buf)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		q.Score(feats, scores)
	}
}

// A loaded model scores exactly as its dense form (the plain sum of its
// rows in feature order), bit for bit, in every layout of its rows:
// weights in the slot (3 and 4 classes, the second summed unrolled),
// rows packed in the slot, rows apart stored sparse and dense, and
// feature lists longer than one look-up batch. The fast form may change
// how rows are found and stored, never a score.
func TestFrozenScoresExactlyAsDense(t *testing.T) {
	for _, classes := range []int{3, 4, 5, 60, 200} {
		p, sets := trainedToy(t, classes)
		q, _ := roundTrip(t, p, ReadPerceptron)
		if q.fz == nil {
			t.Fatalf("%d classes: not read into the frozen form", classes)
		}
		d := q.thawed()
		var long []uint64 // every feature of every set, and unknown ones
		for i, fs := range sets {
			long = append(long, fs...)
			long = append(long, Feature(9).Int(i).Key())
		}
		a, b := make([]float32, classes), make([]float32, classes)
		for _, fs := range append(sets, long) {
			q.Score(fs, a)
			d.Score(fs, b)
			for c := range a {
				if math.Float32bits(a[c]) != math.Float32bits(b[c]) {
					t.Fatalf("%d classes, %d features: class %d scores %v, dense %v", classes, len(fs), c, a[c], b[c])
				}
			}
		}
		if len(long) <= scoreBatch {
			t.Errorf("%d features do not span two look-up batches", len(long))
		}
		kinds := q.fz.rowKinds()
		t.Logf("%d classes: rows by kind %v", classes, kinds)
		want := map[int][]string{3: {"inline"}, 4: {"inline"}, 5: {"packed", "dense"}, 60: {"packed", "dense", "sparse"}, 200: {"dense", "sparse"}}
		for _, k := range want[classes] {
			if kinds[k] == 0 {
				t.Errorf("%d classes: no %s rows; the test misses a layout", classes, k)
			}
		}
	}
}

// rowKinds counts the rows of each layout.
func (z *frozenWeights) rowKinds() map[string]int {
	kinds := map[string]int{}
	for _, s := range z.slots {
		switch {
		case s.head == 0:
		case z.inline:
			kinds["inline"]++
		case s.row&rowApart == 0:
			kinds["packed"]++
		case s.row&rowDense != 0:
			kinds["dense"]++
		default:
			kinds["sparse"]++
		}
	}
	return kinds
}

// A version-2 model whose scales are not bfloat16 values (version 2
// stored float32 scales) cannot take the frozen form, which keeps scales
// as bfloat16; it is read into the dense form instead, with its scales
// exact.
func TestReadPerceptronVersion2KeepsExactScales(t *testing.T) {
	p, _ := trainedToy(t, 5)
	var v3 bytes.Buffer
	if _, err := p.writeKeyed(&v3); err != nil {
		t.Fatal(err)
	}
	v2 := asVersion2(t, v3.Bytes())
	F := int(binary.LittleEndian.Uint32(v2[12:]))
	key := binary.LittleEndian.Uint64(v2[20:])
	at := 20 + 8*F // the first row's scale
	scale := math.Float32frombits(binary.LittleEndian.Uint32(v2[at:]) | 1)
	binary.LittleEndian.PutUint32(v2[at:], math.Float32bits(scale))
	v2 = binary.LittleEndian.AppendUint32(v2[:len(v2)-4], crc32.ChecksumIEEE(v2[:len(v2)-4]))
	q, err := ReadPerceptron(bytes.NewReader(v2))
	if err != nil {
		t.Fatal(err)
	}
	if q.fz != nil {
		t.Fatal("a model with a scale that is not a bfloat16 was read into the frozen form")
	}
	scores := make([]float32, 5)
	q.Score([]uint64{key}, scores)
	for c, v := range scores {
		if w := v / scale; v != 0 && w != float32(math.Round(float64(w))) {
			t.Errorf("class %d scores %v, not a multiple of the row's scale %v", c, v, scale)
		}
	}
	if slices.Max(scores) == 0 && slices.Min(scores) == 0 {
		t.Error("the first row scores nothing")
	}
}
