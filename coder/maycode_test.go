package coder

import (
	"testing"
	"time"

	"github.com/annalist/annalist/nlp"
)

// TestMayCode checks which sentences MayCode sends to the parser: one
// with a word the dictionary codes and an actor or personal pronoun, not
// one whose only known word is a verb of saying.
func TestMayCode(t *testing.T) {
	date := time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		want bool
	}{
		{"Russia attacked Ukraine.", true},
		{"Putin said Russia would attack Ukraine.", true},
		{"He criticized the plan.", true},
		{"Talks between Iran and France ended.", true},
		{"Putin said the weather was warm.", false},
		{"Erdogan wrote that the weather was cold.", false},
		{"Trump tweeted about the weather in Paris.", false},
		{"Russia announced a withdrawal of its troops.", true}, // "announce" names acts of its own
		{`We are ready," Putin said.`, true},                   // the speaker of a quotation begun before
		{"The weather attacked nobody.", false},
	}
	c := Default()
	for _, tc := range tests {
		toks := nlp.Split(tc.text)[0].Tokens
		if got := c.MayCode(toks, date); got != tc.want {
			t.Errorf("MayCode(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
