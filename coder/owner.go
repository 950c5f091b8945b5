package coder

import (
	"slices"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// ownedAgents returns ms with an arm of a state named after "its" given the
// country of the subject "its" refers to, and the leaders named after
// "its" or "their" the code of the group it refers to: in "Iraq said its troops
// repelled an Iranian attack" the troops are Iraq's, where the article's
// most named country (Iran, in a story of Iran's offensive) would
// otherwise claim them. "its" refers to the subject of a clause the role
// word stands in, the nearest first, not to a country named in passing.
// A pronoun subject ("Iraq said it had repelled an attack on positions
// held by its troops") passes the question up to the clause above. ms is
// not changed; the result is a copy when any mention is. Unparsed tokens
// change nothing.
func ownedAgents(toks []nlp.Token, ms []actor.Mention) []actor.Mention {
	out := ms
	for k, m := range ms {
		if m.Start < 1 || !unplaced(m) || m.Kind != actor.Agent {
			continue
		}
		pos := lowerASCII(toks[m.Start-1].Form)
		if pos != "its" && pos != "their" {
			continue
		}
		h := phraseHead(toks, m.Start, m.End)
		if h < 0 || !actingRole(toks, h) {
			continue
		}
		o := owner(toks, ms, k, h)
		if o < 0 {
			continue
		}
		code, country := "", ms[o].Country
		switch {
		case pos == "its" && stateArm(m) && country != "" && (len(ms[o].Roles) == 0 || ms[o].Kind == actor.Capital):
			// "Iraq said its troops ...", "Baghdad said its forces ...":
			// the country's troops, its capital speaking for it.
			code = country + m.Code[3:]
		case leaderWords[lastWord(m.Name)] && ms[o].Kind == actor.Agent && !stateArm(ms[o]) && ms[o].Code != "":
			// "farmers blocked roads before their leaders announced a
			// truce": a group's leaders act for it.
			code = ms[o].Code
		default:
			continue
		}
		out = writable(out, ms)
		out[k].Country, out[k].Code, out[k].Roles = country, code, ms[o].Roles
		if code[3:] == m.Code[3:] {
			out[k].Roles = m.Roles
		}
	}
	return out
}

// actingRole reports whether the phrase headed by token h acts in its
// clause: its subject, the agent of a passive or a participle ("held by
// its army corps"), or the one a country sends. What a country does to its own ("put its forces
// on alert", "recalled its ambassador") is done to no other actor.
func actingRole(toks []nlp.Token, h int) bool {
	switch toks[h].Rel {
	case "nsubj", "nsubj:pass":
		return true
	case "obj":
		// "Japan will send its foreign minister for talks": the one
		// sent acts for the sender.
		if p := toks[h].Head - 1; p >= 0 && sendVerbs[toks[p].Lemma] {
			return true
		}
	}
	for j := range toks {
		if toks[j].Head-1 == h && toks[j].Rel == "case" && lowerASCII(toks[j].Form) == "by" {
			return true
		}
	}
	return false
}

// leaderWords name those who lead a group, and so act for it.
var leaderWords = map[string]bool{"leader": true, "leaders": true, "leadership": true}

// stateArm reports whether m names an arm of a state (troops, police, the
// government), which is its own country's: "its commercial bank
// creditors" are the country's creditors, not its banks.
func stateArm(m actor.Mention) bool {
	return slices.ContainsFunc(m.Roles, func(r string) bool { return stateRoles[r] })
}

// phraseHead returns the token of toks[start:end] whose head lies
// outside it, -1 if none or the tokens carry no parse.
func phraseHead(toks []nlp.Token, start, end int) int {
	for i := start; i < end; i++ {
		h := toks[i].Head - 1
		if h < start || h >= end {
			if toks[i].Rel == "" {
				return -1
			}
			return i
		}
	}
	return -1
}

// owner returns the mention of the nearest subject, above the token i
// of mention self, that names an actor other than self; -1 if a subject
// on the way names none, or none does.
func owner(toks []nlp.Token, ms []actor.Mention, self, i int) int {
	for steps := 0; i >= 0 && steps < len(toks); steps++ {
		h := toks[i].Head - 1
		if h < 0 {
			return -1
		}
		for j := range toks {
			if toks[j].Head-1 != h || toks[j].Rel != "nsubj" || j == i {
				continue
			}
			if m := mentionAt(ms, j); m >= 0 {
				if m == self {
					return -1
				}
				return m
			}
			if lowerASCII(toks[j].Form) != "it" && lowerASCII(toks[j].Form) != "they" {
				return -1 // another subject ("the army said its ..."): not an actor's
			}
		}
		i = h
	}
	return -1
}

// mentionAt returns the index of the mention covering token j, -1 if
// none.
func mentionAt(ms []actor.Mention, j int) int {
	for k, m := range ms {
		if m.Start <= j && j < m.End {
			return k
		}
	}
	return -1
}

// countryActorAt returns the actor of a country or the organisation the
// word at j names, itself or as a role compounded with its owner's name
// (roleOwner); -1 if none.
func (s *sentence) countryActorAt(j int) int {
	k := s.actorAt[j]
	if k >= 0 && s.roleOnly(k) {
		k = s.roleOwner(j, k) // "a Reagan administration plan"; "a NATO plan" is NATO's
	}
	if k < 0 || s.roleOnly(k) {
		return -1
	}
	return k
}

// roleOwner returns, for the role word at j (mention k, of no country)
// compounded with a noun, the actor of a country that a name or an
// adjective before it makes it ("a Reagan administration plan", "a
// Soviet navy ship"): the role is that actor's. It returns -1 when none
// does: "the police complex" is no one's.
func (s *sentence) roleOwner(j, k int) int {
	if s.toks[j].Rel != "compound" {
		return -1
	}
	for c := s.ms[k].Start - 1; c >= 0 && c < j; c-- {
		if s.head[c] != j {
			continue
		}
		switch s.toks[c].Rel {
		case "compound", "amod", "nmod:poss":
			if o := s.actorAt[c]; o >= 0 && o != k && s.ms[o].Country != "" {
				return o
			}
		}
	}
	return -1
}

// compoundOwners returns ms with a role word named without a country
// given the country of the office holder, capital or country compounded
// before it, directly or through another such role word: "the Reagan
// administration" is the United States' government, "Reagan
// administration officials" its officials, "a Kremlin spokesman" the
// Soviet Union's, where the article's most named country would
// otherwise claim them. A country's name is taken only right before the
// role ("the Iran arms committee" is about Iran). ms is not changed; the
// result is a copy when any mention is. Unparsed tokens change nothing.
func compoundOwners(toks []nlp.Token, ms []actor.Mention) []actor.Mention {
	out := ms
	for k, m := range ms {
		if !unplaced(m) || m.Kind != actor.Agent {
			continue
		}
		o := compoundOwner(toks, ms, m, 0)
		if o < 0 {
			continue
		}
		out = writable(out, ms)
		out[k].Country, out[k].Code = ms[o].Country, ms[o].Country+m.Code[3:]
	}
	return out
}

// maxCompoundOwner is how many role words compoundOwner passes through
// ("Reagan administration officials" passes one).
const maxCompoundOwner = 2

// compoundOwner returns the mention with a country compounded before the
// role mention m, -1 if none.
func compoundOwner(toks []nlp.Token, ms []actor.Mention, m actor.Mention, depth int) int {
	h := phraseHead(toks, m.Start, m.End)
	if h < 0 || depth > maxCompoundOwner {
		return -1
	}
	for c := m.Start - 1; c >= 0; c-- {
		if toks[c].Head-1 != h || toks[c].Rel != "compound" {
			continue
		}
		o := mentionAt(ms, c)
		if o < 0 {
			return -1 // "the arms committee": a matter before the role
		}
		switch p := ms[o]; {
		case p.Country != "" && (p.Kind == actor.Person || p.Kind == actor.Capital):
			return o
		case p.Country != "" && p.Kind == actor.Country && p.End == m.Start:
			return o
		case unplaced(p) && p.Kind == actor.Agent:
			// "Reagan administration officials", "Reagan" compounded
			// with "administration" or, as the parser often has it,
			// with "officials" beside it.
			if r := compoundOwner(toks, ms, p, depth+1); r >= 0 {
				return r
			}
			continue
		}
		return -1
	}
	return -1
}

// reown reads whose arm "its troops" names again on the repaired parse:
// ownedAgents first read the parser's tree, whose slips may hang the
// subject "its" refers to elsewhere ("Baghdad" taken for an auxiliary of
// "said"). unowned are the sentence's mentions before ownedAgents, owned
// what it made of them; a mention of the sentence still as owned made it
// takes what the repaired tree makes of it.
func (s *sentence) reown(unowned, owned []actor.Mention) {
	again := ownedAgents(s.toks, unowned)
	cloned := false
	for k, m := range again {
		was := owned[k]
		if m.Code == was.Code {
			continue
		}
		for j, n := range s.ms {
			if n.Start != was.Start || n.End != was.End || n.Code != was.Code {
				continue
			}
			if !cloned {
				s.ms, cloned = slices.Clone(s.ms), true // it may share the article's array
			}
			s.ms[j].Code, s.ms[j].Country, s.ms[j].Roles = m.Code, m.Country, m.Roles
		}
	}
}
