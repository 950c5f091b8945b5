package coder

import (
	"slices"
	"strings"

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
		out = writable(out, ms)
		out[k].Country = c.Country
		out[k].Code = c.Country + m.Code[3:]
	}
	return out
}

// writable returns out for a change of its mentions: a copy of ms when
// out is still ms, so that the caller's mentions stay as they were.
func writable(out, ms []actor.Mention) []actor.Mention {
	if &out[0] == &ms[0] {
		return slices.Clone(ms)
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
		if m.Start != c.End+1 || toks[c.End].Form != "and" && toks[c.End].Form != "," || !nationalityPair(toks, c, m) {
			continue
		}
		out = writable(out, ms)
		out[k].Kind, out[k].Roles = m.Kind, m.Roles
		out[k].Code = c.Country + m.Code[len(m.Country):]
	}
	return out
}

// firmVoices returns ms with the spokesman or officials of an
// organisation the dictionaries do not know, named before them ("A Sun
// Chemical spokesman", "Alcoa officials"), made that organisation's
// voice, a business's, named from the organisation on: the role word
// alone would be a government's, and of the article's country ("The
// Mannesmann spokesman declined to say" in a story of a purchase in the
// United States was USAGOV). A government body's name keeps them its own
// ("Finance Ministry officials"). ms is not changed; the result is a copy
// when any mention is.
func firmVoices(toks []nlp.Token, ms []actor.Mention) []actor.Mention {
	out := ms
	for k, m := range ms {
		if !unplaced(m) || m.Kind != actor.Agent || len(m.Roles) != 1 || m.Roles[0] != "GOV" || !voiceNouns[lastWord(m.Name)] {
			continue
		}
		start := m.Start
		for start > 0 && capitalized(toks[start-1].Form) && !articles[toks[start-1].Form] && !covered(ms, start-1) && toks[start-1].UPOS != "PUNCT" {
			start--
		}
		if start == m.Start || slices.ContainsFunc(toks[start:m.Start], func(t nlp.Token) bool { return stateBodies[t.Form] }) {
			continue
		}
		out = writable(out, ms)
		name := m.Name
		for j := m.Start - 1; j >= start; j-- {
			name = toks[j].Form + " " + name
		}
		out[k].Start, out[k].Name, out[k].Code, out[k].Roles = start, name, "---BUS", firmRole
	}
	return out
}

// firmRole is the role of a firm's voice.
var firmRole = []string{"BUS"}

// voiceNouns are those who speak for an organisation.
var voiceNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "officials": true}

// articles stand before a name without being part of it.
var articles = map[string]bool{"A": true, "An": true, "The": true}

// stateBodies are the words of a government body's name ("Finance
// Ministry", "Commerce Department", "White House").
var stateBodies = map[string]bool{"Ministry": true, "Department": true, "Office": true, "Agency": true, "Bureau": true,
	"Commission": true, "Council": true, "Government": true, "Cabinet": true, "Treasury": true, "Embassy": true,
	"Parliament": true, "Senate": true, "House": true, "Court": true, "Palace": true, "Police": true, "Army": true,
	"Navy": true, "Secretariat": true, "Administration": true, "Authority": true, "Board": true, "State": true,
	"Port": true, "Customs": true, "Central": true}

// lastWord returns the lower-case last word of name.
func lastWord(name string) string {
	name = strings.ToLower(name)
	return name[strings.LastIndexByte(name, ' ')+1:]
}

// firmVoice reports whether m is a firm's voice (firmVoices).
func firmVoice(m actor.Mention) bool {
	return len(m.Roles) == 1 && m.Roles[0] == "BUS" && m.Name != "" && capitalized(m.Name) && voiceNouns[lastWord(m.Name)]
}
