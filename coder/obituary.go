package coder

import (
	"strings"

	"github.com/annalist/annalist/actor"
)

// This file keeps an obituary's life story out of the news: in an
// article whose title reports a death ("Radio host Don Imus dies aged
// 79"), what the person it names did ("He later apologized for the
// comment", "where he met bassist Jack Bruce") is their past, not an act
// of the article's days, and so are the acts of others that made their
// life ("Garcia invited him to collaborate", "he was elected in 1990").
// What is said of them (condolences, tributes, criticism) and force done
// to them, which may be how they died, are still news.

// obituaryNames returns the words of an article title that reports a
// person's death ("Ginger Baker dies at age 80", "... passes away"), nil
// for any other title.
func obituaryNames(title string) map[string]bool {
	words := strings.FieldsFunc(title, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == ':' })
	death := false
	for i, w := range words {
		death = death || w == "dies" || w == "died" || w == "passes" && i+1 < len(words) && words[i+1] == "away"
	}
	if !death {
		return nil
	}
	set := map[string]bool{}
	for _, w := range words {
		set[w] = true
	}
	return set
}

// withoutLives drops the acts done by the person an obituary's title
// names (title holds its words), and those done to them other than
// words and force: their life story.
func (s *sentence) withoutLives(acts []act, title map[string]bool) []act {
	if len(title) == 0 {
		return acts
	}
	out := acts[:0]
	for _, a := range acts {
		if s.allDeceased(a.sources, title) || s.allDeceased(a.targets, title) && !codeUnder(a.code, "01", "05", "11", "18", "19") {
			continue
		}
		out = append(out, a)
	}
	return out
}

// allDeceased reports whether every source is a person whose surname the
// obituary's title holds.
func (s *sentence) allDeceased(sources []int, title map[string]bool) bool {
	for _, k := range sources {
		name := strings.Fields(s.ms[k].Name)
		if s.ms[k].Kind != actor.Person || len(name) == 0 || !title[name[len(name)-1]] {
			return false
		}
	}
	return len(sources) > 0
}
