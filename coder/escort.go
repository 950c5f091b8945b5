package coder

// A ship escorted by warships goes with them: "A Turkish research ship,
// escorted by warships, left for the Aegean", "a Turkish research ship
// escorted by warships headed for the Aegean". The escort shows force
// (150) as warships under way do (ships.go), and is the navy of the
// country the escorted ship's adjective names when the warships' own
// words name none.

// escortingWarship returns the warship noun of the "escorted by" phrase
// that describes the ship at subj, -1 if none.
func (s *sentence) escortingWarship(subj int) int {
	for j := range s.toks {
		if s.head[j] != subj || relBase(s.toks[j].Rel) != "acl" || s.toks[j].Lemma != "escort" {
			continue
		}
		for w := range s.toks {
			if s.head[w] == j && s.caseOf(w) == "by" && warshipWords[s.lower[w]] {
				return w
			}
		}
	}
	return -1
}

// escortedShip returns the ship whose escort the warship noun w is the
// agent of ("a Turkish research ship escorted by warships headed for":
// the warships hang from "escorted", which hangs from the ship); -1 if
// none.
func (s *sentence) escortedShip(w int) int {
	p := s.head[w]
	if p < 0 || s.toks[p].Lemma != "escort" || s.caseOf(w) != "by" {
		return -1
	}
	ship := s.head[p]
	if p > 0 && (ship < 0 || !s.nominal(ship)) && s.nominal(p-1) {
		ship = p - 1 // "as a Turkish ship escorted by warships headed for", parsed as a clause
	}
	return ship
}

// escortFleet returns a mention, at the warship noun w, of the navy of
// the country of ship, the ship the warships escort. Nil when ship is -1
// or of no named country.
func (s *sentence) escortFleet(w, ship int) []int {
	if ship < 0 {
		return nil
	}
	for _, k := range s.actorsOf(ship) {
		if c := s.ms[k].Country; c != "" {
			return []int{s.addAgent(c, "MIL", w)}
		}
	}
	return nil
}
