package petrarch

import (
	"testing"

	"github.com/annalist/annalist/actor"
)

// The country codes listed in countries.go must be exactly those of the
// built-in actor dictionary: every three-letter code is asked of both.
func TestCountryCodesMatchBuiltin(t *testing.T) {
	d := actor.Default()
	code := []byte("AAA")
	n := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			for c := 'A'; c <= 'Z'; c++ {
				code[0], code[1], code[2] = byte(a), byte(b), byte(c)
				_, builtin := d.Country(string(code))
				if listed := builtinCountry(string(code)); listed != builtin {
					t.Errorf("%s: listed in countryCodes %v, a country of the built-in dictionary %v", code, listed, builtin)
				}
				if builtin {
					n++
				}
			}
		}
	}
	if n < 200 {
		t.Errorf("the built-in dictionary has %d country codes, want some 250", n)
	}
	for _, s := range []string{"", "AF", "AFGH", "afg", "FG "} {
		if builtinCountry(s) {
			t.Errorf("builtinCountry(%q) = true, want false", s)
		}
	}
}
