package petrarch

import (
	"bytes"
	"os"
	"testing"
)

// FuzzReaders feeds any bytes to every reader and to DetectKind: they
// may report errors but must not panic, and every error names its file.
func FuzzReaders(f *testing.F) {
	for _, n := range []string{"verbs.txt", "actors.txt", "agents.txt", "discards.txt"} {
		b, err := os.ReadFile("testdata/" + n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("- * (WITH {A B) [04"))
	f.Add([]byte("!X! = \n!X!!X! [~GOV]"))
	f.Add([]byte("\t[USA >]\n+\n["))
	f.Fuzz(func(t *testing.T, b []byte) {
		DetectKind(b)
		var all []error
		_, errs := ReadVerbs(bytes.NewReader(b), "f")
		all = append(all, errs...)
		_, errs = ReadActors(bytes.NewReader(b), "f")
		all = append(all, errs...)
		_, errs = ReadAgents(bytes.NewReader(b), "f")
		all = append(all, errs...)
		_, errs = ReadDiscards(bytes.NewReader(b), "f")
		all = append(all, errs...)
		for _, err := range all {
			if s := err.Error(); len(s) < 2 || s[:2] != "f:" {
				t.Errorf("error %q does not name its file", s)
			}
		}
	})
}
