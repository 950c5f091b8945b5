package coder

import (
	"slices"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// salience remembers the person a pronoun most likely refers to: the
// last office holder named in the article, for two sentences after the
// one that named them or the last that referred to them by a pronoun. The rules are deliberately simple: "he", "she",
// "him", "her", "his" take that person; other pronouns ("it", "they")
// are left to reported speech, where they stand for the speaker. A
// country's leader called by title or surname ("the Turkish leader",
// "Erdogan") needs no rule: the actor dictionary resolves those itself.
type salience struct {
	person actor.Mention
	age    int // sentences since the person was named; valid while <= maxAge
	known  bool
}

const maxAge = 2

var personPronouns = map[string]bool{"he": true, "she": true, "him": true, "her": true, "his": true}

// refer adds a mention for each personal pronoun of the sentence that
// refers to the salient person, and updates the salience with the
// sentence's own last-named person, among ms and seen (people named that
// code nothing here). ms must be in text order; so is the result.
func refer(toks []nlp.Token, ms, seen []actor.Mention, sal *salience) []actor.Mention {
	pronounAt := -1 // the last personal pronoun that refers to the salient person
	if sal.known && sal.age <= maxAge {
		for i, t := range toks {
			if personPronouns[lowerASCII(t.Form)] && !covered(ms, i) {
				pronounAt = i
			}
		}
	}
	if sal.known && sal.age <= maxAge {
		var out []actor.Mention
		k := 0
		for i, t := range toks {
			for k < len(ms) && ms[k].Start <= i {
				out = append(out, ms[k])
				k++
			}
			// A possessive ("his son") names someone else; only "his
			// visit" and the like, an act the person does, take them.
			if t.UPOS == "PRON" && personPronouns[lowerASCII(t.Form)] && !covered(ms, i) && t.Rel != "nmod:poss" {
				m := sal.person
				m.Start, m.End = i, i+1
				out = append(out, m)
			}
		}
		ms = append(out, ms[k:]...)
	}
	// The salient person is now the last one the sentence names or, if a
	// pronoun comes after that, still the one the pronoun refers to. The
	// words decide, not the parse, so that a sentence left unparsed
	// changes nothing.
	sal.age++
	named := ms
	if len(seen) > 0 {
		named = append(slices.Clone(ms), seen...)
		slices.SortStableFunc(named, func(a, b actor.Mention) int { return a.Start - b.Start })
	}
	for k := len(named) - 1; k >= 0; k-- {
		if m := named[k]; m.Kind == actor.Person && m.Start > pronounAt && !(m.End-m.Start == 1 && personPronouns[lowerASCII(toks[m.Start].Form)]) {
			sal.person, sal.age, sal.known = m, 0, true
			return ms
		}
	}
	if pronounAt >= 0 {
		sal.age = 0
	}
	return ms
}

// private returns the salient person when they are a private person
// (no role, or a civilian) named in the last two sentences, else nil.
func (sal *salience) private() *actor.Mention {
	if !sal.known || sal.age > maxAge {
		return nil
	}
	if r := sal.person.Roles; len(r) > 1 || len(r) == 1 && r[0] != "CVL" {
		return nil
	}
	m := sal.person
	return &m
}

// covered reports whether a mention of ms covers token i.
func covered(ms []actor.Mention, i int) bool { return mentionAt(ms, i) >= 0 }

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
