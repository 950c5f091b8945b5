package coder

import "slices"

// A named actor's pledge is an intent declared whether or not it names
// whom it is made to: "Boris Johnson pledged to get Brexit done", "the
// government promised to cut taxes" are 030 with no target, as a
// declared intent is CAMEO's 03x. An intent to cooperate coded from
// other words needs someone to cooperate with (needsPartner).

// pledgeOwn are the verbs whose "to"-infinitive is a pledge. ("Vow" codes
// no pledge of its own: verbs.txt.)
var pledgeOwn = wordSet("pledge promise")

// pledgedAlone reports whether the verb v at i is a pledge to act
// ("pledged to", "vowed to"), coded by its own code (the act pledged
// codes none of its own), by sources the text names with a country and
// no business of their own. A pledge to keep up or fight something
// ("vowed to keep up such raids", "vowed to fight the U.S. action") is
// no cooperation: its clause names a hostile act (hostileIn).
func (s *sentence) pledgedAlone(i int, v *verb, code string, sources []int) bool {
	if !pledgeOwn[v.lemma] || v.def == nil || code != v.def.code || len(sources) == 0 {
		return false
	}
	j := s.complementOf(i)
	subj := s.pledgerPhrase(i)
	if j < 0 || subj < 0 || !s.namedPledgers(sources) {
		return false
	}
	if !pronouns[s.lower[subj]] {
		for _, k := range sources {
			if !s.within(s.ms[k].Start, subj) {
				return false // "buyers are resisting ... and oil states have pledged": no guess from the words
			}
		}
	}
	return !s.hostileIn(j) // asked last: it reads the whole clause
}

// pledgeNouns name a pledge or a declared intent: "Gillibrand stated her
// intention to endorse one of her rivals" is her intent to endorse (032),
// whoever the rival will be. (A plan, a decision or an offer is not
// declared so.)
var pledgeNouns = wordSet("intention intentions pledge pledges promise promises commitment")

// pledgedNoun reports whether the control noun at i, whose infinitive is
// at j, declares a pledge of sources to do no hostile act.
func (s *sentence) pledgedNoun(i, j int, sources []int) bool {
	return pledgeNouns[s.lower[i]] && s.namedPledgers(sources) && !s.hostileIn(j)
}

// namedPledgers reports whether every one of sources is an actor the
// text names with a country, and no business: a firm's pledges are its
// trade.
func (s *sentence) namedPledgers(sources []int) bool {
	for _, k := range sources {
		if s.roleOnly(k) || s.ms[k].Country == "" || slices.Contains(s.ms[k].Roles, "BUS") {
			return false
		}
	}
	return len(sources) > 0
}

// pledgerPhrase returns the subject of the verb at i, or of the verb it
// is joined to by "and"; -1 if the tree gives none.
func (s *sentence) pledgerPhrase(i int) int {
	for j, steps := i, 0; j >= 0 && steps < 8; j, steps = s.head[j], steps+1 {
		if c := s.child(j, "nsubj"); c >= 0 {
			return c
		}
		if s.toks[j].Rel != "conj" {
			break
		}
	}
	return -1
}
