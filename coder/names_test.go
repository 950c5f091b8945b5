package coder

import (
	"slices"
	"strings"
	"testing"

	"github.com/annalist/annalist/nlp"
)

// TestStrangersLearn checks which two-word names are taken for people
// the dictionaries do not know, and that a later bare surname is found.
func TestStrangersLearn(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string // surnames learned
	}{
		{"police said 28-year-old Usman Khan stabbed several people", []string{"Khan"}},
		{"the Supreme Court ruled on Monday", nil},
		{"protesters gathered in Mountain View on Sunday", nil},
		{"Usman Khan stabbed several people", nil}, // sentence-initial: may be a heading
		{"officials said New York State Police arrived", nil},
	} {
		n := strangers{}
		n.learn(wordTokens(tt.text), nil)
		var got []string
		for k := range n {
			got = append(got, k)
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: learned %v, want %v", tt.text, got, tt.want)
		}
	}
	n := strangers{}
	n.learn(wordTokens("police said 28-year-old Usman Khan stabbed people"), nil)
	got := n.add(wordTokens("Khan was pinned to the ground"), nil)
	if len(got) != 1 || got[0].Start != 0 || got[0].Name != "Usman Khan" || got[0].Code != "---" {
		t.Errorf("add: got %+v, want one mention of Usman Khan at token 0", got)
	}
	if got := n.add(wordTokens("Sadiq Khan said"), nil); len(got) != 0 {
		t.Errorf("add: a surname after another name is someone else, got %+v", got)
	}
}

// wordTokens splits text on spaces into tokens with forms only.
func wordTokens(text string) []nlp.Token {
	var out []nlp.Token
	for _, w := range strings.Fields(text) {
		out = append(out, nlp.Token{Form: w})
	}
	return out
}
