package coder

import (
	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// nationalityPair reports whether the one-word country mention c, joined
// by "and" to the nationality that opens the role mention m, is itself a
// nationality of m's role word: both tagged adjectives ("Japanese and
// British officials"), or c hung from a word of m as its modifier, as the
// tagger gives the pair when it takes them for names ("Greek and Turkish
// warships": "Greek" a compound of "warships"). Both countries' ships
// then sail (150 each), not the Turkish ones alone.
func nationalityPair(toks []nlp.Token, c, m actor.Mention) bool {
	a, b := toks[c.Start], toks[m.Start]
	if a.UPOS == "ADJ" && b.UPOS == "ADJ" {
		return true
	}
	if a.Rel != "amod" && a.Rel != "compound" || b.UPOS != "ADJ" && b.UPOS != "PROPN" {
		return false
	}
	h := a.Head - 1 // CoNLL-U heads count from 1
	return h > m.Start && h < m.End
}
