package nlp

import (
	"bytes"
	"io"
	"testing"
)

// roundTrip writes m and reads it back with read, failing the test on
// either error; it returns what was read and the size written.
func roundTrip[T any](t testing.TB, m io.WriterTo, read func(io.Reader) (T, error)) (T, int) {
	t.Helper()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	n := buf.Len()
	got, err := read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return got, n
}
