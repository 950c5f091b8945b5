package coder

import (
	"slices"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// News names a person in full once ("Interior Minister Jane Doe") and by
// surname after that ("Doe said"). knownNames carries those surnames
// through an article: a later sentence's surname is the same actor.
//
// Only sentences with another actor or a personal pronoun get the
// surname's mention: those are the sentences MayCode accepts, so a
// pipeline that parses only them codes the same events as one that
// parses everything.
type knownNames map[string]actor.Mention

// learn notes the surnames of the people the sentence names in full.
func (n knownNames) learn(toks []nlp.Token, ms []actor.Mention) {
	for _, m := range ms {
		if m.Kind != actor.Person || m.End-m.Start < 2 {
			continue
		}
		last := toks[m.End-1].Form
		if len(last) < 3 || last[0] < 'A' || last[0] > 'Z' {
			continue
		}
		n[last] = m
	}
}

// add returns ms with a mention for each known surname the sentence
// uses outside its other mentions, in text order.
func (n knownNames) add(toks []nlp.Token, ms []actor.Mention) []actor.Mention {
	if len(n) == 0 || !mayCodeActors(toks, ms) {
		return ms
	}
	out, grew := ms, false
	for i, t := range toks {
		m, ok := n[t.Form]
		if !ok || covered(ms, i) {
			continue
		}
		if !grew {
			out, grew = slices.Clone(ms), true
		}
		m.Start, m.End = i, i+1
		out = append(out, m)
	}
	if grew {
		slices.SortFunc(out, func(a, b actor.Mention) int { return a.Start - b.Start })
	}
	return out
}

// mayCodeActors reports whether a sentence has the actors or pronouns
// MayCode looks for.
func mayCodeActors(toks []nlp.Token, ms []actor.Mention) bool {
	if len(ms) > 0 {
		return true
	}
	for _, t := range toks {
		if personPronouns[lowerASCII(t.Form)] {
			return true
		}
	}
	return false
}
