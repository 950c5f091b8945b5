package validate

import (
	"bytes"
	"os"
	"testing"
)

// FuzzRead feeds any bytes to Read: it may report errors but must not
// panic, and every error names its file.
func FuzzRead(f *testing.F) {
	for _, n := range []string{"suite.xml", "truncated.xml"} {
		b, err := os.ReadFile("testdata/" + n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("<Sentence/><EventCoding/><Text>a</Text><!-- -- -->"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, errs := Read(bytes.NewReader(b), "f.xml")
		for _, err := range errs {
			if s := err.Error(); len(s) < 6 || s[:6] != "f.xml:" {
				t.Errorf("error %q does not name its file", s)
			}
		}
		for i := range s.Records {
			s.Evaluated(&s.Records[i])
		}
	})
}
