package coder

import (
	"testing"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// TestNationalityPair checks the shapes in which a nationality joined by
// "and" to another shares its role word: both adjectives, or the first
// a modifier of the role word the tagger took for a name, but not a
// country's name that heads a phrase of its own.
func TestNationalityPair(t *testing.T) {
	greek := actor.Mention{Start: 0, End: 1, Code: "GRC", Country: "GRC", Kind: actor.Country}
	turkish := actor.Mention{Start: 2, End: 4, Code: "TURMIL", Country: "TUR", Roles: []string{"MIL"}, Kind: actor.Agent}
	tok := func(form, upos, rel string, head int) nlp.Token {
		return nlp.Token{Form: form, UPOS: upos, Rel: rel, Head: head}
	}
	tests := []struct {
		name string
		toks []nlp.Token
		want bool
	}{
		{"adjectives", []nlp.Token{tok("Greek", "ADJ", "amod", 4), tok("and", "CCONJ", "cc", 3), tok("Turkish", "ADJ", "conj", 1), tok("warships", "NOUN", "nsubj", 5)}, true},
		{"names as compound", []nlp.Token{tok("Greek", "PROPN", "compound", 4), tok("and", "CCONJ", "cc", 3), tok("Turkish", "PROPN", "conj", 1), tok("warships", "NOUN", "root", 0)}, true},
		{"country heading a phrase", []nlp.Token{tok("Greece", "PROPN", "nsubj", 5), tok("and", "CCONJ", "cc", 3), tok("Turkish", "ADJ", "amod", 4), tok("warships", "NOUN", "conj", 1)}, false},
		{"modifier of the first word only", []nlp.Token{tok("Greek", "PROPN", "compound", 3), tok("and", "CCONJ", "cc", 3), tok("Turkish", "PROPN", "conj", 1), tok("warships", "NOUN", "root", 0)}, false},
	}
	for _, tt := range tests {
		if got := nationalityPair(tt.toks, greek, turkish); got != tt.want {
			t.Errorf("%s: nationalityPair = %v, want %v", tt.name, got, tt.want)
		}
	}
}
