package coder

import (
	"slices"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// nationalTitles returns ms with the country of a nationality or country
// name given to the office holder or role word right after it, with only
// capitalised words of a title between: in "Iranian Oil Minister
// Gholamreza Aqazadeh" or "U.S. Trade Representative Clayton Yeutter" the
// dictionaries find the country and the minister apart, as they do not
// know the portfolio ("Saudi Arabia's Oil Minister Hisham Nazir" too),
// and the minister would otherwise take the
// article's country ("in Algeria" in a story of his visit there). ms is
// not changed; the result is a copy when any mention is.
func nationalTitles(toks []nlp.Token, ms []actor.Mention) []actor.Mention {
	out := ms
	for k := 1; k < len(ms); k++ {
		c, m := ms[k-1], ms[k]
		if c.Kind != actor.Country || c.Country == "" || !unplaced(m) || m.Kind != actor.Person && m.Kind != actor.Agent {
			continue
		}
		if m.Start <= c.End || m.Start-c.End > 3 || !titleWords(toks[c.End:m.Start]) {
			continue
		}
		if len(out) > 0 && &out[0] == &ms[0] {
			out = slices.Clone(ms)
		}
		out[k].Country = c.Country
		out[k].Code = c.Country + m.Code[3:]
	}
	return out
}

// titleWords reports whether toks are all capitalised words, as those of
// an office's title are ("Oil", "Trade"), after a possessive's "'s" if
// any ("Saudi Arabia's Oil Minister").
func titleWords(toks []nlp.Token) bool {
	if len(toks) > 1 && (toks[0].Form == "'s" || toks[0].Form == "’s") {
		toks = toks[1:]
	}
	for _, t := range toks {
		if !capitalized(t.Form) || t.UPOS == "PUNCT" {
			return false
		}
	}
	return true
}

// sharedRoles returns ms with a nationality joined by "and" to a
// nationality and role given that role: in "talks between Japanese and
// British officials" the dictionaries find "Japanese" alone and "British
// officials", and the Japanese are officials too, not Japan. ms is not
// changed; the result is a copy when any mention is.
func sharedRoles(toks []nlp.Token, ms []actor.Mention) []actor.Mention {
	out := ms
	for k := len(ms) - 2; k >= 0; k-- {
		c, m := out[k], out[k+1]
		if c.Kind != actor.Country || c.Country == "" || c.End != c.Start+1 || m.Kind != actor.Agent || m.Country == "" || len(m.Roles) == 0 {
			continue
		}
		if m.Start != c.End+1 || toks[c.End].Form != "and" && toks[c.End].Form != "," || toks[c.Start].UPOS != "ADJ" || toks[m.Start].UPOS != "ADJ" {
			continue
		}
		if &out[0] == &ms[0] {
			out = slices.Clone(ms)
		}
		out[k].Kind, out[k].Roles = m.Kind, m.Roles
		out[k].Code = c.Country + m.Code[len(m.Country):]
	}
	return out
}
