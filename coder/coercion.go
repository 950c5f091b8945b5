package coder

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
	if !anyRole(roles, stateForceRoles) || anyRole(roles, []string{"MIL", "REB", "INS", "UAF"}) {
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
