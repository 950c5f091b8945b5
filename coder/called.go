package coder

import (
	"slices"
	"time"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// The actor dictionary reads a name after "called" as a name given to
// something ("a film called America"), which names no actor. But a
// speaker who "called" someone something names them: "Trump called Iran
// a terrorist state", "Trudeau called China's decision unacceptable"
// criticize Iran and China. A name after "called" as a finite verb,
// followed by a possessive or by the name it is given (an article or an
// adjective), is found again.

// calledNames returns ms with the actors named right after "called" as a
// finite verb that the dictionary d left out, found as d finds them on
// the words from the name on.
func calledNames(d *actor.Dict, toks []nlp.Token, ms []actor.Mention, date time.Time) []actor.Mention {
	out := ms
	for i := 1; i+1 < len(toks); i++ {
		if lowerASCII(toks[i-1].Form) != "called" || !capitalized(toks[i].Form) || covered(out, i) {
			continue
		}
		if x := toks[i-1].XPOS; x != "VBD" && x != "VBZ" && x != "VBP" {
			continue // "a group called Syria Free"
		}
		end := min(i+4, len(toks))
		found := d.Find(toks[i:end], date)
		if len(found) == 0 || found[0].Start != 0 {
			continue
		}
		m := found[0]
		m.Start, m.End = m.Start+i, m.End+i
		if m.End >= len(toks) || !namesSomething(toks[m.End]) {
			continue
		}
		out = slices.Clone(out)
		at, _ := slices.BinarySearchFunc(out, m.Start, func(x actor.Mention, start int) int { return x.Start - start })
		out = slices.Insert(out, at, m)
	}
	return out
}

// namesSomething reports whether the word after a name that follows
// "called" shows the name to be the one called something: a possessive
// ("called China's decision"), or the start of the name given ("called
// Iran a terrorist state", "called Guaido illegitimate").
func namesSomething(t nlp.Token) bool {
	switch t.XPOS {
	case "POS", "DT", "JJ":
		return true
	}
	return t.Form == "'s" || t.Form == "’s"
}
