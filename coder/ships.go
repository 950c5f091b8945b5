package coder

import "slices"

// Warships sent on their way show force (150) without any verb of
// force: "Greek and Turkish warships headed for a possible clash",
// "two Turkish frigates sailed towards the disputed waters". Only the
// ships' movement tells it, so the act is read from a verb of movement
// whose subject is a warship, of the country its adjective names.

// shipMoves are the lemmas of a ship's going somewhere.
var shipMoves = map[string]bool{"head": true, "sail": true, "steam": true, "leave": true, "move": true, "enter": true}

// warshipWords are the nouns of armed ships.
var warshipWords = map[string]bool{"warship": true, "warships": true, "frigate": true, "frigates": true,
	"destroyer": true, "destroyers": true, "gunboat": true, "gunboats": true, "carrier": true, "carriers": true,
	"cruiser": true, "cruisers": true, "minesweeper": true, "minesweepers": true, "submarine": true, "submarines": true}

// destinationCases open the phrase of where a ship goes.
var destinationCases = map[string]bool{"for": true, "towards": true, "toward": true, "to": true, "into": true}

// warshipMoves codes each verb of movement whose subject is a country's
// warship with a phrase of where it goes: the warships' country shows
// force (150), at the country the destination names, if any. A movement
// negated, hypothetical or set ahead codes nothing.
func (s *sentence) warshipMoves() []act {
	if s.conditional() {
		return nil
	}
	var out []act
	for i := range s.toks {
		if s.toks[i].UPOS != "VERB" || !shipMoves[s.toks[i].Lemma] || s.negatedAt(i) || s.passiveAt(i) {
			continue
		}
		subj := s.child(i, "nsubj")
		if subj < 0 && s.toks[i].Rel == "acl" {
			subj = s.head[i] // "Two Turkish warships headed for ...", read as a noun phrase
		}
		if subj < 0 {
			continue
		}
		var sources []int
		if warshipWords[s.lower[subj]] {
			if sources = s.fleets(subj); len(sources) == 0 {
				sources = s.escortFleet(subj, s.escortedShip(subj)) // "a Turkish ship escorted by warships headed for" (escort.go)
			}
		} else if w := s.escortingWarship(subj); w >= 0 {
			sources = s.escortFleet(w, subj) // "a Turkish ship, escorted by warships, left for" (escort.go)
		} else {
			continue
		}
		dest := s.destination(i)
		if len(sources) == 0 || dest < 0 {
			continue
		}
		via := s.reportedBy(i)
		if s.moodOf(s.tclause[i], via >= 0) != asFact {
			continue
		}
		var targets []int
		if k := s.mentionOf(dest); k >= 0 && s.ms[k].Country != "" && !slices.ContainsFunc(sources, func(x int) bool { return s.ms[x].Country == s.ms[k].Country }) {
			targets = []int{k}
		}
		out = append(out, act{code: "150", rule: "warships under way: a show of force", sources: sources, targets: targets,
			verbStart: i, verbEnd: i + 1, via: viaUnlessSource(via, sources)})
	}
	return out
}

// fleets returns the navies of countries that the warship noun at w
// names ("Two Turkish warships"); none when its words name no country.
func (s *sentence) fleets(w int) []int {
	sources := s.actorsOf(w)
	if len(sources) == 1 {
		// "Greek and Turkish warships": the nationality joined to
		// the ships' own is a second fleet (nationality.go).
		sources = s.group(sources[0], true)
	}
	return s.countryForces(sources)
}

// countryForces returns those of the actors ks that are a country's armed
// forces (the MIL sector of a named country), in a slice of its own.
func (s *sentence) countryForces(ks []int) []int {
	return slices.DeleteFunc(slices.Clone(ks), func(k int) bool { return !slices.Contains(s.ms[k].Roles, "MIL") || s.ms[k].Country == "" })
}

// destination returns the phrase the verb of movement at i says its
// subject goes to ("headed for the disputed waters", "left for the
// Aegean"); -1 if none.
func (s *sentence) destination(i int) int {
	for j := range s.toks {
		if s.head[j] == i && relBase(s.toks[j].Rel) == "obl" && destinationCases[s.caseOf(j)] {
			return j
		}
	}
	return -1
}
