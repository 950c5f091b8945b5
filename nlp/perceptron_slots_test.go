package nlp

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// The embedded model's weights, stored in version 4 (the frozen tables as
// they lie in memory), are exactly those a reader of the same weights in
// version 3 builds by decoding every row and inserting it: the stored
// form cannot drift from a fresh build.
func TestSlotsMatchKeyed(t *testing.T) {
	p := Default()
	models := map[string]*Perceptron{"tagger": p.tagger.model, "moves": p.parser.moves, "labeller": p.parser.labeller}
	if p.tagger.second != nil {
		models["second tagger"] = p.tagger.second
	}
	if p.parser.relabeller != nil {
		models["relabeller"] = p.parser.relabeller
	}
	for name, m := range models {
		if m.fz == nil {
			t.Fatalf("%s: not loaded into the frozen form", name)
		}
		var v3 bytes.Buffer
		if _, err := m.writeKeyed(&v3); err != nil {
			t.Fatal(err)
		}
		fresh, err := ReadPerceptron(&v3)
		if err != nil {
			t.Fatalf("%s: version 3: %v", name, err)
		}
		if !reflect.DeepEqual(fresh, m) {
			t.Errorf("%s: the stored tables differ from those built from the same weights (%d and %d rows)", name, m.fz.rows, fresh.fz.rows)
		}
	}
}

// Every layout of rows (inline, packed, sparse and dense apart) reads
// back into the same tables from version 4, written in sections longer
// than a read buffer.
func TestSlotsRoundTrip(t *testing.T) {
	for _, classes := range []int{4, 5, 60} {
		p, _ := trainedToy(t, classes)
		var v3 bytes.Buffer
		if _, err := p.writeKeyed(&v3); err != nil {
			t.Fatal(err)
		}
		want, err := ReadPerceptron(&v3)
		if err != nil {
			t.Fatal(err)
		}
		var v4 bytes.Buffer
		if _, err := p.WriteTo(&v4); err != nil {
			t.Fatal(err)
		}
		if v := binary.LittleEndian.Uint32(v4.Bytes()[4:]); v != perceptronSlotsVersion {
			t.Fatalf("%d classes: written in version %d, want %d", classes, v, perceptronSlotsVersion)
		}
		// A 16-byte buffer makes every section span many reads.
		got, err := ReadPerceptron(bufio.NewReaderSize(bytes.NewReader(v4.Bytes()), 16))
		if err != nil {
			t.Fatalf("%d classes: %v", classes, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%d classes: version 4 reads into other tables than version 3", classes)
		}
	}
}

// A version-4 model whose bytes were changed but whose checksum was made
// to match again is refused, or read into tables that score without
// indexing past them; it never panics.
func TestSlotsRejectBadTables(t *testing.T) {
	for _, classes := range []int{4, 60} {
		p, sets := trainedToy(t, classes)
		var buf bytes.Buffer
		if _, err := p.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		good := buf.Bytes()
		refused, badSlots := 0, 0
		for at := 4; at < len(good)-4; at++ {
			bad := bytes.Clone(good)
			bad[at] ^= 0xa5
			sum := crc32.ChecksumIEEE(bad[:len(bad)-4])
			binary.LittleEndian.PutUint32(bad[len(bad)-4:], sum)
			q, err := ReadPerceptron(bytes.NewReader(bad))
			if err != nil {
				refused++
				if strings.Contains(err.Error(), "slot ") {
					badSlots++
				}
				continue
			}
			scores := make([]float32, q.Classes())
			for _, fs := range sets {
				q.Score(fs, scores)
			}
		}
		if refused == 0 || badSlots == 0 {
			t.Errorf("%d classes: %d changed bytes refused, %d of them for a bad slot; want some of each", classes, refused, badSlots)
		}
		for cut := 0; cut < len(good); cut += 1 + len(good)/97 {
			if _, err := ReadPerceptron(bytes.NewReader(good[:cut])); err == nil {
				t.Errorf("%d classes: a model cut to %d of %d bytes was read without error", classes, cut, len(good))
			}
		}
	}
}

// A model keeps the table geometry it was written with: one written from
// a table of other sizes than this build would make (as after a change
// of maxLoad or filterBits) reads back and scores the same.
func TestSlotsKeepTheirGeometry(t *testing.T) {
	for _, classes := range []int{4, 60} {
		p, sets := trainedToy(t, classes)
		q, _ := roundTrip(t, p, ReadPerceptron)
		z := q.fz
		other := newFrozenGeometry(classes, 3*len(z.slots)+1, 4*len(z.known))
		other.data, other.dense = z.data, z.dense
		for _, s := range z.slots {
			if s.head == 0 {
				continue
			}
			k := s.head & keyMask
			b := other.knownBit(k)
			other.known[b>>6] |= 1 << (b & 63)
			i := other.home(k)
			for other.slots[i].head != 0 {
				i = (i + 1) % uint64(len(other.slots))
			}
			other.slots[i] = s
			other.rows++
		}
		var buf bytes.Buffer
		if _, err := writeSlots(&buf, other); err != nil {
			t.Fatal(err)
		}
		r, err := ReadPerceptron(&buf)
		if err != nil {
			t.Fatalf("%d classes: %v", classes, err)
		}
		if len(r.fz.slots) != len(other.slots) || len(r.fz.known) != len(other.known) {
			t.Fatalf("%d classes: read %d slots, %d filter words; written %d, %d", classes, len(r.fz.slots), len(r.fz.known), len(other.slots), len(other.known))
		}
		a, b := make([]float32, classes), make([]float32, classes)
		for _, fs := range sets {
			q.Score(fs, a)
			r.Score(fs, b)
			if !slices.Equal(a, b) {
				t.Fatalf("%d classes: scores %v from the other geometry, %v", classes, b, a)
			}
		}
	}
}
