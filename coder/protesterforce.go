package coder

// Protesters who attack, ransack or torch riot (145), and those who occupy
// or invade a place block it (144), as PETRARCH's PROTESTOR patterns code
// them ("protesters attacked police with stones", "protesters occupied
// the airport"): what the verbs code between armed sides is no armed
// force in a crowd's hands. A building stormed stays force (190), as the
// project's records have it.

// riotVerbs are force that protesters turn into a riot.
var riotVerbs = wordSet("ransack loot torch attack burn")

// occupyVerbs take a place that protesters hold by sitting in it.
var occupyVerbs = wordSet("occupy invade seize")

// obstructCode is CAMEO's obstruction of passage.
const obstructCode = "144"

// protestersForce recodes the force (19x) of acts whose every source is
// protesters: a riot (145) for riotVerbs, an obstruction (144) for
// occupyVerbs; others stand.
func (s *sentence) protestersForce(acts []act) []act {
	for i := range acts {
		a := &acts[i]
		lemma := s.toks[a.verbStart].Lemma
		if !codeUnder(a.code, "19") || !riotVerbs[lemma] && !occupyVerbs[lemma] || !s.allProtesters(a.sources) {
			continue
		}
		a.code, a.paired, a.mutual = violentProtestCode, "", false
		a.rule = "protesterforce.go: protesters ATTACK + (riot)"
		if occupyVerbs[lemma] {
			a.code, a.rule = obstructCode, "protesterforce.go: protesters OCCUPY + (obstruction)"
		}
	}
	return acts
}
