package coder

// A licence revoked is an administrative sanction (172) on its holder at
// home, but the licences of another country's banks, firms or carriers
// revoked sanction that country (163), as a ban on its trade does:
// "Indonesia revoked the licence of a Chinese mining company";
// threatened, the sanction is (1312: "threatened to revoke the licences
// of American firms").

// licenceWords name what a licence revoked grants.
var licenceWords = wordSet("licence licences license licenses permit permits")

// revokeVerbs take a licence back.
var revokeVerbs = wordSet("revoke withdraw cancel suspend")

// foreignSanctions gives, for a licence revoked (172) or threatened to be
// (132), the code of the act when the holder is of another country.
var foreignSanctions = map[string]string{"172": "163", "132": "1312"}

// foreignLicences recodes the licences revoked (172), or threatened to
// be (132), that a holder of another known country held: a sanction
// (163), or its threat (1312).
func (s *sentence) foreignLicences(acts []act) []act {
	for i := range acts {
		a := &acts[i]
		to, ok := foreignSanctions[a.code]
		if !ok || len(a.sources) == 0 || len(a.targets) == 0 || !s.licenceRevoked(a.verbStart) {
			continue
		}
		src, tgt := s.ms[a.sources[0]].Country, s.ms[a.targets[0]].Country
		if src != "" && tgt != "" && src != tgt {
			a.code, a.paired = to, ""
		}
	}
	return acts
}

// licenceRevoked reports whether the verb at i, or the infinitive it
// governs ("threatened to revoke"), revokes a licence: its object, or
// the pattern's word after it, is one of licenceWords.
func (s *sentence) licenceRevoked(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	if !revokeVerbs[s.toks[i].Lemma] {
		i = s.child(i, "xcomp") // "threatened to revoke"
		if i < 0 || !revokeVerbs[s.toks[i].Lemma] {
			return false
		}
	}
	if o := s.child(i, "obj"); o >= 0 {
		return licenceWords[s.lower[o]]
	}
	return i+2 < len(s.toks) && (licenceWords[s.lower[i+1]] || licenceWords[s.lower[i+2]])
}
