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

// escortFleet returns a mention, at the warship noun w, of the navy of
// the country of the ship the warships escort: the ship w's "escorted
// by" phrase describes, or the one that heads the participle w is the
// agent of. Nil when no escorted ship of a named country is found.
func (s *sentence) escortFleet(w int, ship int) []int {
	if ship < 0 {
		// "a Turkish research ship escorted by warships headed for":
		// the warships are the agent of "escorted", which hangs from
		// the ship.
		p := s.head[w]
		if p < 0 || s.toks[p].Lemma != "escort" || s.caseOf(w) != "by" {
			return nil
		}
		ship = s.head[p]
		if p > 0 && (ship < 0 || !s.nominal(ship)) && s.nominal(p-1) {
			ship = p - 1 // "as a Turkish ship escorted by warships headed for", parsed as a clause
		}
	}
	if ship < 0 {
		return nil
	}
	country := ""
	for _, k := range s.actorsOf(ship) {
		if c := s.ms[k].Country; c != "" {
			country = c
			break
		}
	}
	if country == "" {
		return nil
	}
	return []int{s.addAgent(country, "MIL", w)}
}
