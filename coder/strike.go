package coder

import (
	"slices"
	"strings"

	"github.com/annalist/annalist/actor"
)

// The noun "strike" names two acts: force ("a missile strike on Syria",
// "Israeli strikes in Gaza") and a stoppage of work ("a strike by 9,000
// workers at GM", "a national bank strike", "the teachers' strike over
// pay"). The verb's reading (190) is kept unless the noun's own words
// tell the stoppage: who strikes is a people who work or study (not an
// armed force, nor a state), a word for whom or where they work
// ("general", "bank", "rail"), or a phrase for what they want ("over
// pay"). A hunger strike is a protest of its own (142).

// forceStrikeWords mark a strike as armed force.
var forceStrikeWords = map[string]bool{"air": true, "aerial": true, "missile": true, "missiles": true, "drone": true,
	"military": true, "rocket": true, "artillery": true, "nuclear": true, "preemptive": true, "pre-emptive": true,
	"retaliatory": true, "precision": true, "surgical": true, "naval": true, "cruise": true, "punitive": true,
	"counter": true, "first": true, "lightning": true}

// labourStrikeWords mark a strike as a stoppage of work: its extent, its
// form, or the trade that stops.
var labourStrikeWords = map[string]bool{"general": true, "national": true, "nationwide": true, "indefinite": true,
	"warning": true, "token": true, "wildcat": true, "one-day": true, "24-hour": true, "48-hour": true,
	"bank": true, "rail": true, "railway": true, "transport": true, "teachers": true, "teacher": true, "doctors": true,
	"nurses": true, "dock": true, "port": true, "postal": true, "miners": true, "workers": true, "labour": true,
	"labor": true, "union": true, "public-sector": true, "sympathy": true, "solidarity": true, "rolling": true}

// labourAuthorRoles are the roles of actors who strike by stopping work
// or study; an armed force or a state strikes with weapons.
var labourAuthorRoles = []string{"LAB", "EDU", "HLH", "AGR", "BUS", "CVL", "OPP", "MED", "JUD", "REL"}

// strikeNouns are the noun forms of "strike".
var strikeNouns = map[string]bool{"strike": true, "strikes": true}

// stoppageVerb and hungerVerb are the readings of a strike noun
// that names a stoppage of work (143) or a hunger strike (142).
var (
	stoppageVerb = &verb{lemma: "strike", def: &pattern{code: "143", rule: "strike.go: a strike by workers (stoppage of work)"}}
	hungerVerb   = &verb{lemma: "strike", def: &pattern{code: "142", rule: "strike.go: a hunger strike"}}
)

// strikeNoun returns the reading of the noun "strike" at i when its
// words tell a stoppage of work or a hunger strike; false otherwise (the
// dictionary's reading stands).
func (s *sentence) strikeNoun(i int) (*verb, bool) {
	if !strikeNouns[s.lower[i]] || s.toks[i].UPOS != "NOUN" {
		return nil, false
	}
	labour := s.caseOf(i) == "on" // "on strike" stop work
	for j := range s.toks {
		if s.head[j] != i {
			continue
		}
		w := strings.TrimSuffix(s.lower[j], "'")
		switch rel, c := s.toks[j].Rel, s.caseOf(j); {
		case rel == "compound" && w == "hunger", rel == "amod" && w == "hunger":
			return hungerVerb, true
		case rel == "compound", rel == "amod", rel == "nmod:poss":
			if forceStrikeWords[w] {
				return nil, false
			}
			if labourStrikeWords[w] || s.labourActor(j) {
				labour = true
			}
		case relBase(rel) != "nmod":
		case c == "on", c == "in" && s.actorAt[j] >= 0:
			return nil, false // "strikes on Gaza", "strikes in Syria"
		case c == "by" || c == "of":
			if s.forceActor(j) {
				return nil, false
			}
			labour = labour || s.labourActor(j)
		case (c == "over" || c == "for") && s.mentionOf(j) < 0: // no actor named
			labour = true // "a strike over pay", "a strike for higher wages"
		}
	}
	if b := i + 1; !labour && b < len(s.toks) && s.lower[b] == "by" && s.toks[b].Rel == "case" && s.head[s.head[b]] != i {
		// "causing a strike by 9,000 workers", the "by" phrase hung
		// from the verb.
		labour = s.labourActor(s.head[b])
	}
	if !labour && s.toks[i].Rel == "obj" && s.head[i] >= 0 {
		// "the teachers continued their strike": who carries it on tells.
		a, _, _ := s.subjectOf(s.head[i])
		labour = len(a) > 0 && s.labourMention(a[0])
	}
	if !labour && s.lastActs != nil {
		// "The strike is due to continue tomorrow": with no word of its
		// own, a strike after the article told of a stoppage, and of no
		// force, is that stoppage.
		past, struck := s.lastActs["14"]
		_, fought := s.lastActs["19"]
		labour = struck && past.code == "143" && !fought
	}
	if !labour {
		return nil, false
	}
	return stoppageVerb, true
}

// labourActor reports whether the phrase headed by j names people who
// strike by stopping work: workers, a union, students, teachers.
func (s *sentence) labourActor(j int) bool {
	k := s.mentionOf(j)
	return k >= 0 && s.labourMention(k)
}

// labourMention reports whether the mention k is of people who strike by
// stopping work, with no role of an armed force or a state.
func (s *sentence) labourMention(k int) bool {
	roles := s.ms[k].Roles
	if s.ms[k].Kind == actor.Agent && len(roles) == 0 {
		return true // "truck drivers": private people, who strike by stopping work
	}
	return anyRole(roles, labourAuthorRoles) && !anyRole(roles, forceRoles)
}

// forceActor reports whether the phrase headed by j names an armed force
// or a state, who strike with weapons.
func (s *sentence) forceActor(j int) bool {
	k := s.mentionOf(j)
	if k < 0 {
		return false
	}
	roles := s.ms[k].Roles
	return len(roles) == 0 || anyRole(roles, forceRoles)
}

// forceRoles are the roles of armed forces and states.
var forceRoles = []string{"MIL", "REB", "INS", "UAF", "SPY", "COP", "GOV"}

// anyRole reports whether roles holds any role of set.
func anyRole(roles, set []string) bool {
	return slices.ContainsFunc(roles, func(r string) bool { return slices.Contains(set, r) })
}
