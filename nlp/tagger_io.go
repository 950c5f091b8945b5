package nlp

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"unsafe"
)

// binWriter writes the small framed values of the tagger and lemmatizer
// model files (uvarints and length-prefixed strings), remembering the first
// error and the byte count so callers check once at the end.
type binWriter struct {
	w   *bufio.Writer
	n   int64
	err error
	buf [binary.MaxVarintLen64]byte
}

func newBinWriter(w io.Writer) *binWriter { return &binWriter{w: bufio.NewWriter(w)} }

func (b *binWriter) bytes(p []byte) {
	if b.err != nil {
		return
	}
	m, err := b.w.Write(p)
	b.n += int64(m)
	b.err = err
}

func (b *binWriter) uvarint(v uint64) { b.bytes(b.buf[:binary.PutUvarint(b.buf[:], v)]) }

func (b *binWriter) u64(v uint64) { b.bytes(binary.LittleEndian.AppendUint64(b.buf[:0], v)) }

func (b *binWriter) str(s string) {
	b.uvarint(uint64(len(s)))
	if b.err == nil {
		m, err := b.w.WriteString(s)
		b.n += int64(m)
		b.err = err
	}
}

// writerTo embeds a sub-model (a Perceptron) in the stream.
func (b *binWriter) writerTo(v io.WriterTo) {
	if b.err != nil {
		return
	}
	m, err := v.WriteTo(b.w)
	b.n += m
	b.err = err
}

func (b *binWriter) flush() (int64, error) {
	if b.err == nil {
		b.err = b.w.Flush()
	}
	return b.n, b.err
}

// binReader reads what binWriter wrote; the first error sticks and names
// the model and the field being read.
type binReader struct {
	r    *bufio.Reader
	what string
	err  error
	buf  [8]byte
	// arena holds the bytes of the strings read so far: a model holds
	// hundreds of thousands of short strings (the lemmatizer's lexicon),
	// and cutting them from shared 64 KB chunks instead of allocating
	// each one makes loading several times cheaper. The chunks are never
	// written again once a string points into them.
	arena []byte
}

func newBinReader(r io.Reader, what string) *binReader {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReader(r)
	}
	return &binReader{r: br, what: what}
}

func (b *binReader) fail(field string, err error) {
	if b.err == nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		b.err = fmt.Errorf("%s model: reading %s: %w", b.what, field, err)
	}
}

func (b *binReader) uvarint(field string, limit uint64) uint64 {
	if b.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(b.r)
	if err == nil && v > limit {
		err = fmt.Errorf("value %d exceeds the limit %d", v, limit)
	}
	if err != nil {
		b.fail(field, err)
		return 0
	}
	return v
}

func (b *binReader) u64(field string) uint64 {
	if b.err != nil {
		return 0
	}
	if _, err := io.ReadFull(b.r, b.buf[:]); err != nil {
		b.fail(field, err)
		return 0
	}
	return binary.LittleEndian.Uint64(b.buf[:])
}

func (b *binReader) str(field string) string {
	n := int(b.uvarint(field, 1<<20))
	if b.err != nil || n == 0 {
		return ""
	}
	if len(b.arena)+n > cap(b.arena) {
		b.arena = make([]byte, 0, max(64<<10, n))
	}
	start := len(b.arena)
	b.arena = b.arena[:start+n]
	p := b.arena[start:]
	if _, err := io.ReadFull(b.r, p); err != nil {
		b.fail(field, err)
		return ""
	}
	return unsafe.String(&p[0], n)
}

// magic checks a 4-byte file signature followed by a version number from
// oldest to newest, and returns the version.
func (b *binReader) magic(want string, oldest, newest uint64) uint64 {
	if b.err != nil {
		return 0
	}
	p := make([]byte, len(want))
	if _, err := io.ReadFull(b.r, p); err != nil {
		b.fail("header", err)
		return 0
	}
	if string(p) != want {
		b.fail("header", fmt.Errorf("bad magic %q, want %q", p, want))
		return 0
	}
	v := b.uvarint("version", 1<<16)
	if b.err == nil && (v < oldest || v > newest) {
		b.fail("header", fmt.Errorf("unsupported version %d, want %d to %d", v, oldest, newest))
	}
	return v
}
