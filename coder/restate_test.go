package coder

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/annalist/annalist/internal/goldset"
	"github.com/annalist/annalist/nlp"
)

// TestRestatedActs codes an act told again by a definite act noun whose
// happening a later sentence asserts, with the actors of the act it
// refers back to, and nothing for a noun that names its own author, one
// of a kind the article did not code, or an act named as a frame.
func TestRestatedActs(t *testing.T) {
	tests := []struct {
		text string
		want []string // "sentence: triple"
	}{
		{"Iranian forces attacked a British tanker on Friday. The attack took place in the Strait of Hormuz.",
			[]string{"0: IRNMIL GBRBUS 190", "1: IRNMIL GBRBUS 190"}},
		{"Police arrested a Chinese diplomat in Paris on Monday. The arrest happened outside a restaurant.",
			[]string{"0: FRACOP CHNGOV 173", "1: FRACOP CHNGOV 173"}},
		{"Iranian forces attacked a British tanker on Friday. The attack by Iraq took place in May.",
			[]string{"0: IRNMIL GBRBUS 190"}}, // another attack, its author named
		{"Police arrested a Chinese diplomat in Paris on Monday. The attack took place outside a restaurant.",
			[]string{"0: FRACOP CHNGOV 173"}}, // no attack coded before
		{"Iranian forces attacked a British tanker on Friday. The attack will take place again, officials said.",
			[]string{"0: IRNMIL GBRBUS 190"}}, // not asserted to have happened
		{"Police arrested 40 protesters in Hong Kong on Sunday. This comes after weeks of protests.",
			[]string{"0: HKGCOP HKGOPP 173"}},
	}
	c := Default()
	date := time.Date(2019, 8, 4, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		doc := nlp.Default().Parse(tt.text)
		var got []string
		for _, e := range c.Code(textArticleOn(tt.text, date), doc) {
			got = append(got, fmt.Sprintf("%d: %s", e.Evidence[0].Sentence, goldset.Triple(e)))
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q coded %q, want %q", tt.text, got, tt.want)
		}
	}
}
