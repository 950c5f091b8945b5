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
	if j < 0 || s.hostileIn(j) {
		return false
	}
	subj := s.pledgerPhrase(i)
	if subj < 0 || !s.namedPledgers(sources) {
		return false
	}
	for _, k := range sources {
		if !pronouns[s.lower[subj]] && !s.within(s.ms[k].Start, subj) {
			return false // "buyers are resisting ... and oil states have pledged": no guess from the words
		}
	}
	return true
}

// pledgeNouns name a pledge or a declared intent: "Gillibrand stated her
// intention to endorse one of her rivals" is her intent to endorse (032),
// whoever the rival will be. (A plan, a decision or an offer is not
// declared so.)
var pledgeNouns = wordSet("intention intentions pledge pledges promise promises commitment")

// pledgedNoun reports whether the control noun at i, whose infinitive is
// at j, declares a pledge of sources to do no hostile act.
func (s *sentence) pledgedNoun(i, j int, sources []int) bool {
	return pledgeNouns[s.lower[i]] && !s.hostileIn(j) && s.namedPledgers(sources)
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

// hostileIn reports whether the clause headed by j names, by a verb (or
// a pattern it matches) or an act noun, an act of conflict (CAMEO roots
// 10 to 20): its verb, or a word of its object or complement, not a
// purpose or a setting told with it ("agreed to extend price controls
// in an effort to avert strikes" is no hostility).
func (s *sentence) hostileIn(j int) bool {
	for t := range s.toks {
		if !s.argumentOf(t, j) {
			continue
		}
		if pos := s.toks[t].UPOS; pos != "VERB" && pos != "NOUN" {
			continue // "until March 1988" names no march
		}
		if f, ok := s.verbAt(t); ok && s.toks[t].UPOS == "VERB" {
			if r, ok := s.treePatterns(t, f.verb); ok && conflictual(r.pat.code) {
				return true // "vowed to crack down on piracy"
			}
			if f.verb.def != nil && conflictual(f.verb.def.code) {
				return true
			}
		} else if n, ok := s.nounVerb(t); ok && s.toks[t].UPOS == "NOUN" && n.def != nil && conflictual(n.def.code) && s.child(t, "compound") < 0 {
			return true // "vowed to keep up such raids", but "price controls" are a thing
		}
	}
	return false
}

// conflictual reports whether code is of a conflictual root (10 to 20).
func conflictual(code string) bool {
	return len(code) >= 2 && code[:2] >= "10" && code[:2] <= "20"
}

// hostileVerbs name acts against someone that the verb dictionary has
// no code of its own for: pledged or offered, they are no cooperation,
// and a control verb guesses none from them ("pledged to punish Iran",
// "promised to crush the Kurdish militants").
var hostileVerbs = wordSet("punish crush defeat eliminate destroy root wipe hunt avenge confront counter resist topple overthrow oust isolate")

// cooperativeControl are the control classes whose verbs code an intent
// to cooperate (030) when the act they govern codes none.
var cooperativeControl = wordSet("intent ready hope")

// hostileComplement reports whether the control verb at i governs a
// clause that names an act of conflict, by the dictionary (hostileIn) or
// by a verb of hostileVerbs.
func (s *sentence) hostileComplement(i int) bool {
	j := s.complementOf(i)
	return j >= 0 && (hostileVerbs[s.toks[j].Lemma] || s.hostileIn(j))
}

// argumentOf reports whether token t is j itself, or lies within an
// object or a complement of j (obj, xcomp, ccomp, and the prepositional
// phrase of a particle verb: "crack down on piracy").
func (s *sentence) argumentOf(t, j int) bool {
	for k, steps := t, 0; k >= 0 && steps < 8; k, steps = s.head[k], steps+1 {
		if k == j {
			return true
		}
		if h := s.head[k]; h == j {
			switch relBase(s.toks[k].Rel) {
			case "obj", "xcomp", "ccomp", "compound", "obl":
				return s.toks[k].Rel != "advcl" && !s.purposeNoun(k)
			}
			return false
		}
	}
	return false
}

// purposeNoun reports whether the phrase at k sets a purpose or a frame
// ("in an effort to", "as part of"), not an argument.
func (s *sentence) purposeNoun(k int) bool {
	return s.caseOf(k) == "in" || s.caseOf(k) == "as" || s.caseOf(k) == "despite"
}

// agreedWith returns the target of a control verb read alone ("agreed",
// "offered", "pledged" with an act the dictionary does not code): target
// when the verb has no infinitive, else only an actor the infinitive
// names as its object or in a phrase of whom the act goes to, comes
// from or is done with ("agreed to help Pakistan", "to sell sugar to the
// Soviet Union", "to forego duties on Japanese semiconductors"). A place
// or a topic inside the act ("agreed to set up a safe zone in Syria",
// "to cut the basic rate of taxation in the U.K.") is no partner: the act
// is then done with no one, or, by sources joined by "and", with each
// other.
func (s *sentence) agreedWith(i, target int) int {
	j := s.complementOf(i)
	if j < 0 || target < 0 {
		return target
	}
	o := s.child(j, "obj")
	for k, steps := s.mentionHead(target), 0; k >= 0 && steps < 8; k, steps = s.head[k], steps+1 {
		if h := s.head[k]; h == j || h == o && o >= 0 {
			if k == o || s.toks[k].Rel == "iobj" || partnerCases[s.caseOf(k)] {
				return target
			}
			return -1
		}
	}
	return -1
}

// partnerCases open a phrase naming whom an act goes to, comes from or
// is done with.
var partnerCases = wordSet("to from with on against for into")
