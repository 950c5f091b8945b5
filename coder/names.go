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
// Only sentences with another actor or a personal pronoun code with the
// surname's mention: those are the sentences MayCode accepts, so a
// pipeline that parses only them codes the same events as one that
// parses everything. The others still make the surname the person a
// later pronoun refers to ("Khan was pinned to the ground. Police shot
// him dead.").
type knownNames map[string]actor.Mention

// learn notes the surnames of the people the sentence names in full.
func (n knownNames) learn(toks []nlp.Token, ms []actor.Mention) {
	for _, m := range ms {
		if m.Kind != actor.Person || m.End-m.Start < 2 {
			continue
		}
		last := toks[m.End-1].Form
		if len(last) < 3 || !capitalized(last) {
			continue
		}
		n[last] = m
	}
}

// add returns ms with a mention for each known surname the sentence
// uses outside its other mentions, in text order.
func (n knownNames) add(toks []nlp.Token, ms []actor.Mention) []actor.Mention {
	if len(n) == 0 {
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

// strangers carries through an article the surnames of people the
// dictionaries do not know, named in full once ("28-year-old Usman
// Khan") and by surname after that ("Khan was pinned to the ground").
// They code nothing themselves; they only make the person the one a
// later "him" refers to, rather than the last known person named.
type strangers map[string]actor.Mention

// learn notes each name of two capitalized words the sentence has
// outside its mentions, with lower-case words on both sides ("said
// 28-year-old Usman Khan stabbed"): a longer run is more often a place
// or a body than a person, and so is a name after an article or a
// preposition ("the Supreme Court", "in Mountain View").
func (n strangers) learn(toks []nlp.Token, ms []actor.Mention) {
	for i := 1; i+1 < len(toks); i++ {
		if !capitalWord(toks[i].Form) || !capitalWord(toks[i+1].Form) || capitalized(toks[i-1].Form) ||
			notBeforeName[lowerASCII(toks[i-1].Form)] ||
			i+2 < len(toks) && capitalized(toks[i+2].Form) || covered(ms, i) || covered(ms, i+1) {
			continue
		}
		n[toks[i+1].Form] = actor.Mention{Start: i, End: i + 2, Code: "---", Kind: actor.Person,
			Name: toks[i].Form + " " + toks[i+1].Form}
	}
}

// add returns mentions of the strangers the sentence names by surname
// alone, outside its mentions ms.
func (n strangers) add(toks []nlp.Token, ms []actor.Mention) []actor.Mention {
	var out []actor.Mention
	for i, t := range toks {
		m, ok := n[t.Form]
		if !ok || covered(ms, i) || i > 0 && capitalized(toks[i-1].Form) || i+1 < len(toks) && capitalized(toks[i+1].Form) {
			continue
		}
		m.Start, m.End = i, i+1
		out = append(out, m)
	}
	return out
}

// notBeforeName are words after which two capitalized words name a
// place or a body rather than a person.
var notBeforeName = map[string]bool{"the": true, "a": true, "an": true, "in": true, "at": true, "from": true,
	"to": true, "of": true, "on": true, "near": true, "into": true, "across": true, "outside": true}

// capitalWord reports whether w is a capitalized word of letters, three
// or more long.
func capitalWord(w string) bool {
	if len(w) < 3 || !capitalized(w) {
		return false
	}
	for _, c := range w[1:] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// capitalized reports whether w begins with an ASCII capital letter.
func capitalized(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }
