package nlp

import (
	"bytes"
	"io"
	"testing"

	"github.com/annalist/annalist/internal/cputime"
)

// benchmarkRead measures reading one part of the embedded model, written
// out on its own, so that each loader's share of BenchmarkLoad shows.
func benchmarkRead[T any](b *testing.B, part io.WriterTo, read func(io.Reader) (T, error)) {
	var buf bytes.Buffer
	if _, err := part.WriteTo(&buf); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		if _, err := read(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cputime.Used()-cpu).Microseconds())/1e3/float64(b.N), "cpu-ms/op")
}

func BenchmarkReadTagger(b *testing.B) { benchmarkRead(b, Default().tagger, ReadTagger) }

func BenchmarkReadLemmatizer(b *testing.B) { benchmarkRead(b, Default().lemmas, ReadLemmatizer) }

func BenchmarkReadParser(b *testing.B) { benchmarkRead(b, Default().parser, ReadParser) }
