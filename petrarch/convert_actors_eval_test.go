//go:build eval

package petrarch

import (
	"os"
	"testing"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/internal/shared"
)

// TestEvalActorsOnBuiltin adds PETRARCH's own actor dictionaries to the
// built-in one: nearly every block must be read and taken.
func TestEvalActorsOnBuiltin(t *testing.T) {
	for _, name := range []string{"Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.Countries.actors.txt"} {
		path := shared.MustPath(t, "petrarch", name)
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		ad, readErrs := ReadActors(f, name)
		f.Close()
		d, err := actor.Builtin()
		if err != nil {
			t.Fatal(err)
		}
		addErrs := ad.AddTo(d)
		people := 0 // actors with dated codes: AddTo makes them people
		for _, a := range ad.Actors {
			for _, c := range a.Codes {
				if c.Dated() {
					people++
					break
				}
			}
		}
		bad := len(readErrs) + len(addErrs)
		for _, errs := range [][]error{readErrs, addErrs} {
			if len(errs) > 0 {
				t.Logf("%s: first of %d: %v", name, len(errs), errs[0])
			}
		}
		t.Logf("%s: %d blocks read, %d lines not read, %d blocks refused; %d blocks with dated codes (people)",
			name, len(ad.Actors), len(readErrs), len(addErrs), people)
		if bad > 50 {
			t.Errorf("%s: %d lines or blocks rejected, bar 50", name, bad)
		}
	}
}
