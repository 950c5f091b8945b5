package coder

import "github.com/annalist/annalist/actor"

// Coercion by the state: police and authorities raiding homes and offices
// repress (175), as CAMEO files raids on homes (PETRARCH's RAID * HOMES),
// where soldiers raiding are in battle (190); and whoever is arrested,
// detained or jailed is a person, of the country the arrest is made in,
// when the dictionaries know no actor in the words ("arrested the editor
// of an online news outlet"). An arrest "made" names no one arrested
// ("have made a second arrest") and keeps no target.

// stateForceRoles are the roles of the arms of a state that police its
// own people.
var stateForceRoles = []string{"COP", "SPY", "JUD", "GOV"}

// fightingRoles are the roles of armed forces, whose raids are battle.
var fightingRoles = []string{"MIL", "REB", "INS", "UAF"}

// raidVerbs raid a place.
var raidVerbs = wordSet("raid")

// policeRaid returns the code of a raid (19) the verb at i tells when
// its first source is police, security services or the authorities, no
// armed force: repression (175). It returns code unchanged otherwise.
func (s *sentence) policeRaid(i int, code string, sources []int) string {
	if !raidVerbs[s.toks[i].Lemma] || !codeUnder(code, "19") || len(sources) == 0 {
		return code
	}
	roles := s.ms[sources[0]].Roles
	if !anyRole(roles, stateForceRoles) || anyRole(roles, fightingRoles) {
		return code
	}
	return repressionCode
}

// repressionCode is CAMEO's violent repression.
const repressionCode = "175"

// arrestVerbs take people into custody.
var arrestVerbs = wordSet("arrest detain jail imprison")

// vesselWords are things detained that are no person.
var vesselWords = wordSet("ship ships vessel vessels tanker tankers boat boats aircraft plane planes cargo shipment goods")

// arrestedPerson returns a mention of the private person an arrest (173)
// by the verb at i is made of when its object names no actor ("arrested
// the editor of a news site"); -1 when the act is no arrest, its object
// is an actor, a vessel, or none.
func (s *sentence) arrestedPerson(i int, code string) int {
	if code != "173" || !arrestVerbs[s.toks[i].Lemma] {
		return -1
	}
	o := s.child(i, "obj")
	if o < 0 || s.actorAt[o] >= 0 || vesselWords[s.lower[o]] || s.toks[o].UPOS == "PRON" {
		return -1
	}
	for j := range s.toks {
		if s.head[j] == o && s.actorAt[j] >= 0 && relBase(s.toks[j].Rel) != "nmod" {
			return -1 // "arrested Iranian diplomats": the actor is named
		}
	}
	return s.personMention(o, false)
}

// legislatureWords name a legislature without naming its country.
var legislatureWords = wordSet("parliament congress legislature assembly senate")

// restrictedLegislature returns a mention of the legislature of the
// country of sources that the verb at i restricts (172) when its object
// names one without a country ("Sri Lanka's president suspended
// parliament"); -1 when the act is no such restriction, the
// object names a country's legislature, or the source's country is
// unknown.
func (s *sentence) restrictedLegislature(i int, code string, sources []int) int {
	if code != "172" || len(sources) == 0 {
		return -1
	}
	o := s.child(i, "obj")
	country := s.ms[sources[0]].Country
	if o < 0 || !legislatureWords[s.lower[o]] || country == "" {
		return -1
	}
	if k := s.actorAt[o]; k >= 0 && s.ms[k].Country != "" {
		return -1 // "suspended the Sudanese parliament": the pattern's target
	}
	return s.addAgent(country, "LEG", o)
}

// addAgent adds a mention of country's agents of role ("TURMIL") at the
// word w, which names them, and returns its index: for an actor the
// dictionaries miss but the sentence places ("warships", "parliament").
func (s *sentence) addAgent(country, role string, w int) int {
	m := actor.Mention{Code: country + role, Name: s.toks[w].Form, Country: country, Roles: []string{role}, Kind: actor.Agent}
	return s.addMention(m, w, w+1)
}
