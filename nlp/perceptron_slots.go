package nlp

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
)

// Version 4 of the perceptron format stores the frozen form itself (see
// frozenWeights), so that reading a model copies its tables instead of
// rebuilding them: decoding every row and inserting it into the hash
// table at random took most of the model's load time (some 60 of 80 ms
// of CPU for the embedded model, the Bloom filter's random writes alone
// a third of it). Little-endian:
//
//	"ANPC" version(u32)=4 classes(u32) rows(u32) tableSlots(u32) filterWords(u32)
//	       slotBytes(u32) dataBytes(u32) denseFloats(u32)
//	known  filterWords words of the Bloom filter, u64 each
//	data   dataBytes bytes: the sparse rows stored apart
//	dense  denseFloats float32s: the dense rows stored apart
//	slots  slotBytes bytes: the occupied slots in slot order, each as
//	       uvarint(empty slots before it, since the previous one),
//	       head(u64), row (u32 in a table of weights inline, else u64)
//	crc32 (IEEE) of everything before it
//
// A reader makes a table of tableSlots slots and a filter of filterWords
// words (a power of two), the writer's, and lays every slot where the
// writer's table had it. Models whose rows the frozen form cannot hold
// (more than maxFrozenClasses classes) are still written in version 3.
const perceptronSlotsVersion = 4

// perceptronSlotsHead is the length of a version-4 header.
const perceptronSlotsHead = 36

// writeSlots writes z in version 4.
func writeSlots(w io.Writer, z *frozenWeights) (int64, error) {
	var slots []byte
	if n := z.rows * (2 + storedSlotBytes(z.inline)); n > 0 {
		slots = make([]byte, 0, n)
	}
	gap := uint64(0)
	for _, s := range z.slots {
		if s.head == 0 {
			gap++
			continue
		}
		slots = binary.AppendUvarint(slots, gap)
		slots = binary.LittleEndian.AppendUint64(slots, s.head)
		if z.inline {
			slots = binary.LittleEndian.AppendUint32(slots, uint32(s.row))
		} else {
			slots = binary.LittleEndian.AppendUint64(slots, s.row)
		}
		gap = 0
	}
	buf := make([]byte, 0, perceptronSlotsHead+8*len(z.known)+len(slots)+len(z.data)+4*len(z.dense)+4)
	buf = append(buf, perceptronMagic...)
	for _, v := range []int{perceptronSlotsVersion, z.nClass, z.rows, len(z.slots), len(z.known), len(slots), len(z.data), len(z.dense)} {
		buf = binary.LittleEndian.AppendUint32(buf, uint32(v))
	}
	for _, k := range z.known {
		buf = binary.LittleEndian.AppendUint64(buf, k)
	}
	buf = append(buf, z.data...)
	for _, f := range z.dense {
		buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(f))
	}
	buf = append(buf, slots...)
	buf = binary.LittleEndian.AppendUint32(buf, crc32.ChecksumIEEE(buf))
	n, err := w.Write(buf)
	return int64(n), err
}

// readSlots reads the rest of a version-4 model whose first 20 bytes
// are head. It reads the tables straight from br's buffer into their
// places, without a copy of the whole model in between (which cost as
// much as filling the tables: the kernel must clear every fresh page).
func readSlots(br *bufio.Reader, head []byte) (*Perceptron, error) {
	full := make([]byte, perceptronSlotsHead)
	copy(full, head)
	if _, err := io.ReadFull(br, full[len(head):]); err != nil {
		return nil, fmt.Errorf("perceptron model: reading header: %w", err)
	}
	field := func(i int) int { return int(binary.LittleEndian.Uint32(full[8+4*i:])) }
	nClass, rows, tableSlots, filterWords := field(0), field(1), field(2), field(3)
	slotBytes, dataBytes, denseFloats := field(4), field(5), field(6)
	if nClass <= 0 || nClass > maxFrozenClasses || rows > 1<<26 || tableSlots <= rows || tableSlots > 1<<28 ||
		filterWords <= 0 || filterWords > 1<<26 || filterWords&(filterWords-1) != 0 || slotBytes > rows*maxSlotBytes ||
		dataBytes > 1<<30 || denseFloats > 1<<28 || denseFloats%nClass != 0 ||
		nClass <= maxInlineClasses && dataBytes+denseFloats > 0 {
		return nil, fmt.Errorf("perceptron model: implausible size: %d classes, %d features in %d slots, %d filter words, %d, %d and %d bytes of tables",
			nClass, rows, tableSlots, filterWords, slotBytes, dataBytes, 4*denseFloats)
	}
	z := newFrozenGeometry(nClass, tableSlots, filterWords)
	in := &checkedReader{br: br, sum: crc32.ChecksumIEEE(full)}
	in.words(8*len(z.known), 8, func(b []byte, at int) {
		for i := 0; i < len(b); i += 8 {
			z.known[(at+i)/8] = binary.LittleEndian.Uint64(b[i:])
		}
	})
	// Empty tables are left as a reader of version 3 leaves them, so
	// that both read into the same model (see TestSlotsMatchKeyed).
	if !z.inline {
		z.data = make([]byte, dataBytes)
		adviseHugePages(z.data)
		in.full(z.data)
	}
	if denseFloats > 0 {
		z.dense = make([]float32, denseFloats)
		in.words(4*denseFloats, 4, func(b []byte, at int) {
			for i := 0; i < len(b); i += 4 {
				z.dense[(at+i)/4] = math.Float32frombits(binary.LittleEndian.Uint32(b[i:]))
			}
		})
	}
	fill := slotFiller{z: z, i: -1}
	for left := slotBytes; left > 0 && in.err == nil && fill.err == nil; {
		b := in.next(left)
		used := fill.fill(b, len(b) == left)
		in.consume(used)
		if used == 0 && fill.err == nil {
			// A slot longer than what is left of a small buffer.
			used = fill.fill(in.slot(z.inline), true)
		}
		left -= used
	}
	var tail [4]byte
	sum := in.sum
	in.full(tail[:])
	switch {
	case in.err != nil:
		return nil, fmt.Errorf("perceptron model: reading %d features × %d classes: %w", rows, nClass, in.err)
	case fill.err != nil:
		return nil, fill.err
	case binary.LittleEndian.Uint32(tail[:]) != sum:
		return nil, errors.New("perceptron model: checksum mismatch (file corrupt or truncated)")
	case z.rows != rows:
		return nil, fmt.Errorf("perceptron model: %d features stored, the header says %d", z.rows, rows)
	}
	return &Perceptron{nClass: nClass, fz: z}, nil
}

// maxSlotBytes is the longest stored slot: its gap, head and row.
const maxSlotBytes = binary.MaxVarintLen64 + 16

// storedSlotBytes is the length of a stored slot after its gap: its head
// (u64) and its row (u32 in a table of weights inline, else u64).
func storedSlotBytes(inline bool) int {
	if inline {
		return 8 + 4
	}
	return 8 + 8
}

// checkedReader reads a model's sections from a bufio.Reader's buffer,
// keeping the checksum of what it read and the first error.
type checkedReader struct {
	br  *bufio.Reader
	sum uint32
	err error
}

func (c *checkedReader) fail(err error) {
	if c.err == nil {
		c.err = err
	}
}

// next returns the next bytes of the input, at most n and at most a
// buffer's worth, without consuming them.
func (c *checkedReader) next(n int) []byte {
	if c.err != nil {
		return nil
	}
	b, err := c.br.Peek(min(n, c.br.Size()))
	if len(b) == 0 && err != nil {
		c.fail(err)
	}
	return b
}

// consume moves past the first n bytes next returned.
func (c *checkedReader) consume(n int) {
	b, _ := c.br.Peek(n)
	c.sum = crc32.Update(c.sum, crc32.IEEETable, b)
	c.br.Discard(n)
}

// words passes the next n bytes (a multiple of size) to f, whole words
// of size bytes at a time, with the offset of each piece.
func (c *checkedReader) words(n, size int, f func(b []byte, at int)) {
	for at := 0; at < n && c.err == nil; {
		b := c.next(n - at)
		if b = b[:len(b)/size*size]; len(b) == 0 {
			c.fail(io.ErrUnexpectedEOF)
			return
		}
		f(b, at)
		c.consume(len(b))
		at += len(b)
	}
}

// slot reads one stored slot byte by byte, for a buffer too small to
// hold it.
func (c *checkedReader) slot(inline bool) []byte {
	if c.err != nil {
		return nil
	}
	gap, err := binary.ReadUvarint(c.br)
	if err != nil {
		c.fail(io.ErrUnexpectedEOF)
		return nil
	}
	b := binary.AppendUvarint(make([]byte, 0, maxSlotBytes), gap)
	c.sum = crc32.Update(c.sum, crc32.IEEETable, b)
	n := storedSlotBytes(inline)
	c.full(b[len(b) : len(b)+n])
	return b[:len(b)+n]
}

// full reads len(b) bytes into b.
func (c *checkedReader) full(b []byte) {
	if c.err != nil {
		return
	}
	if _, err := io.ReadFull(c.br, b); err != nil {
		c.fail(err)
		return
	}
	c.sum = crc32.Update(c.sum, crc32.IEEETable, b)
}

// slotFiller lays stored slots (see writeSlots) into a table as they are
// read, checking that every row stays within the tables and the classes,
// so that scoring cannot index past them.
type slotFiller struct {
	z   *frozenWeights
	i   int // the slot last filled
	err error
}

// fill lays the whole slots at the start of in and returns the bytes
// they took. Unless last (in holds the rest of the slots), it leaves a
// slot that may continue past in for the next call.
func (f *slotFiller) fill(in []byte, last bool) int {
	// The loop keeps its state in locals, and decodes the usual one-byte
	// gap and checks the rows of weights in the slot without calls: it
	// runs for every one of the model's million features.
	z := f.z
	slots, i, rows := z.slots, f.i, 0
	rowBytes := storedSlotBytes(z.inline)
	// Weights inline past the model's classes (a table of fewer than
	// four) would be read as classes it does not have.
	inlineExtra := ^uint64(0) << (8 * min(z.nClass, 8))
	used, bad := 0, ""
	for used < len(in) && (last || len(in)-used >= maxSlotBytes) {
		b := in[used:]
		gap, m := uint64(b[0]), 1
		if gap >= 0x80 {
			if gap, m = binary.Uvarint(b); m <= 0 {
				bad = "bad slot gap"
				break
			}
		}
		if gap >= uint64(len(slots)-i-1) {
			bad = "slot past the table"
			break
		}
		i += int(gap) + 1
		b = b[m:]
		if len(b) < rowBytes {
			bad = "slot truncated"
			break
		}
		head := binary.LittleEndian.Uint64(b)
		var row uint64
		if z.inline {
			if row = uint64(binary.LittleEndian.Uint32(b[8:])); row&inlineExtra != 0 {
				bad = "weights of classes past the last"
				break
			}
		} else {
			row = binary.LittleEndian.Uint64(b[8:])
			if err := z.checkRow(row); err != nil {
				bad = err.Error()
				break
			}
		}
		if head&occupied == 0 {
			bad = "empty slot stored"
			break
		}
		slots[i] = frozenSlot{head: head, row: row}
		rows++
		used += m + rowBytes
	}
	f.i, z.rows = i, z.rows+rows
	if bad != "" {
		f.err = fmt.Errorf("perceptron model: slot %d: %s", i, bad)
	}
	return used
}

// checkRow reports a row stored apart or packed (not inline) that would
// read past the tables or score a class the model does not have.
func (z *frozenWeights) checkRow(row uint64) error {
	switch {
	case row&rowApart == 0:
		if !z.packed || row>>packedCount&7 > maxPackedEntries {
			return errors.New("bad packed row")
		}
		for r := range row >> packedCount & 7 {
			if int(row>>(15*r)&0x7f) >= z.nClass {
				return errors.New("packed class out of range")
			}
		}
	case row&rowDense != 0:
		if off := uint64(uint32(row)); off+uint64(z.nClass) > uint64(len(z.dense)) {
			return errors.New("dense row past the table")
		}
	default:
		off := int(uint32(row))
		if off >= len(z.data) || off+1+2*int(z.data[off]) > len(z.data) {
			return errors.New("sparse row past the table")
		}
		for j := off + 1; j < off+1+2*int(z.data[off]); j += 2 {
			if int(z.data[j]) >= z.nClass {
				return errors.New("sparse class out of range")
			}
		}
	}
	return nil
}
