package coder

import (
	"slices"
)

// Some verbs code an act only in one of their senses, which the tree
// tells apart from the others: by the arguments the verb takes, or by who
// does it.

// objectSenses are verbs whose act needs something done or refused: an
// object, a complement, or a subject who can refuse ("but he declined").
// Else they tell a change ("debt will decline", "production declined to
// 2,978 units", "a gradually declining payment"), no refusal.
var objectSenses = map[string]bool{"decline": true}

// laborSenses are verbs of force that workers, miners or unions do with
// no object: they go on strike ("Miners struck at three pits"), which is
// no force.
var laborSenses = map[string]bool{"strike": true}

// strikers are the words for people who strike, when the dictionaries
// give them no role.
var strikers = map[string]bool{"workers": true, "miners": true, "employees": true, "dockworkers": true,
	"unions": true, "union": true, "staff": true, "teachers": true, "nurses": true, "drivers": true,
	"pilots": true, "strikers": true}

// otherSense reports whether the verb at i, read with its default code
// (no pattern of its own), is used in a sense that is no act: a verb of
// objectSenses with neither object nor complement, or a verb of
// laborSenses done by workers with no object.
func (s *sentence) otherSense(i int, v *verb, r reading, sources []int) bool {
	lemma := v.lemma
	if x := s.child(i, "xcomp"); namingSenses[lemma] && x >= 0 && s.child(i, "obj") >= 0 && (s.toks[x].UPOS == "NOUN" || s.toks[x].UPOS == "ADJ") && !slices.Contains(r.lits, x) {
		// "called the attack on Israel a mistake", read as "called on
		// Israel": it names the object, unless a pattern reads the name
		// ("called the move a betrayal" criticizes).
		return true
	}
	if !byDefault(v, r) {
		return false // a pattern of the verb's own words names its sense
	}
	if o := s.child(i, "obj"); o >= 0 && !s.measure(o) {
		return showSenses[lemma]
	}
	if objectSenses[lemma] && s.byAmount(i) {
		return true // "will decline by 18 pct", whoever's it is
	}
	if objectSenses[lemma] {
		// "but he declined" refuses what was asked; "production declined"
		// changes: who refuses is named by the subject itself, a
		// quantity only through its modifiers ("U.S. car production").
		// What is declined "to" do is coded by the verb that says it (see
		// @control), and is no act when that verb codes none ("declined
		// to give further details").
		subj := s.child(i, "nsubj")
		refuser := subj >= 0 && (s.actorAt[subj] >= 0 || pronouns[s.lower[subj]] && s.lower[subj] != "it")
		return !refuser || s.child(i, "xcomp") >= 0
	}
	if showSenses[lemma] {
		return false // no object: a protest
	}
	// "Miners struck at three pits": no force.
	return laborSenses[lemma] && s.workers(sources)
}

// byDefault reports whether r reads verb v with its default code: no
// pattern of the verb's own words names another sense.
func byDefault(v *verb, r reading) bool {
	return r.pat != nil && r.pat == v.def
}

// workers reports whether all the actors at sources are workers,
// miners or unions, by role or by the word that names them.
func (s *sentence) workers(sources []int) bool {
	for _, k := range sources {
		m := s.ms[k]
		if !slices.Contains(m.Roles, "LAB") && !strikers[s.lower[m.End-1]] {
			return false
		}
	}
	return len(sources) > 0
}

// strikeCode is CAMEO's strike or boycott.
const strikeCode = "143"

// workStoppage reports whether the verb at i, read with its default code,
// is one of laborSenses done by workers, miners or unions to an employer
// or a workplace: they stop work there ("the United Auto Workers struck
// General Motors' plants"), which is no force. The target is the
// employer the object names, itself or as the owner of the workplace; -1
// when it names none. It is no stoppage when the object is another actor
// ("strikers struck police officers"); with no object at all the verb
// is no act of its own (otherSense).
func (s *sentence) workStoppage(i int, v *verb, r reading, sources []int) (target int, ok bool) {
	if !laborSenses[v.lemma] || !byDefault(v, r) || !s.workers(sources) {
		return -1, false
	}
	o := s.child(i, "obj")
	if o < 0 || s.measure(o) {
		// "Miners struck at three pits": a stoppage the sentence names
		// no employer of, which the vocabulary codes when it tells what
		// for ("struck for higher pay").
		return -1, false
	}
	k := s.mentionOf(o)
	switch {
	case k < 0:
		return -1, true // "struck the plants"
	case slices.Contains(s.ms[k].Roles, "BUS") || slices.Contains(s.ms[k].Roles, "GOV"):
		return k, true
	}
	return -1, false
}

// showSenses are verbs of protest that, given an object, show it instead
// ("demonstrated a growing consensus", "demonstrated its commitment"):
// only with no object are they a protest ("demonstrated against the
// government").
var showSenses = map[string]bool{"demonstrate": true}

// warnings are verbs of threat whose clause may only foresee: a warning
// that names no one, in its words or as the one to act ("warned that
// the budget deficit was running above target", "warned it was
// essential to recover the containers"), threatens no one and is a
// pessimistic comment (012), as a warning of a slowing economy is.
var warnings = map[string]bool{"warn": true}

// pessimisticCode is CAMEO's pessimistic comment.
const pessimisticCode = "012"

// foreseesOnly reports whether the verb at i, read with its default
// code, is one of warnings with no object and a clause that names no
// actor and no one by pronoun but an expletive "it".
func (s *sentence) foreseesOnly(i int, v *verb, r reading) bool {
	if !warnings[v.lemma] || r.pat != v.def || r.target >= 0 || s.child(i, "obj") >= 0 || s.child(i, "iobj") >= 0 {
		return false
	}
	c := s.child(i, "ccomp")
	if c < 0 {
		return false
	}
	for j := range s.toks {
		if !s.within(j, c) {
			continue
		}
		if s.actorAt[j] >= 0 {
			return false
		}
		if s.toks[j].UPOS == "PRON" && pronouns[s.lower[j]] && !(s.lower[j] == "it" && s.child(s.head[j], "cop") >= 0) {
			// "warned that it would close the strait" names the warner;
			// "warned it was essential to ..." no one.
			return false
		}
	}
	return true
}

// moneyWords name sums, which are freed and released as funds, not as
// persons ("free the remaining 40 mln dlrs in aid").
var moneyWords = map[string]bool{"dlr": true, "dlrs": true, "dollar": true, "dollars": true, "yen": true,
	"mark": true, "marks": true, "franc": true, "francs": true, "pound": true, "pounds": true, "stg": true,
	"euro": true, "euros": true, "rupee": true, "rupees": true, "fund": true, "funds": true, "money": true,
	"aid": true, "assets": true, "credit": true, "credits": true, "loan": true, "loans": true, "payment": true, "payments": true}

// releasesMoney reports whether the verb at i, coded as a release of
// persons (0841), has a sum as its object.
func (s *sentence) releasesMoney(i int, code string) bool {
	if !codeUnder(code, "0841") {
		return false
	}
	o := s.child(i, "obj")
	return o >= 0 && s.actorAt[o] < 0 && (moneyWords[s.lower[o]] || moneyWords[s.toks[o].Lemma])
}

// announcedOnly reports whether the act noun at i, of force and with
// no target, is the object of "announce": a strike announced is as
// likely a miners' or an oil find's as an attack ("announced the strike
// earlier but said it was uneconomic").
func (s *sentence) announcedOnly(i int, code string, targets []int) bool {
	h := s.head[i]
	return len(targets) == 0 && violent(code) && h >= 0 && s.toks[i].Rel == "obj" && s.toks[h].Lemma == "announce"
}

// measure reports whether the noun at o is an amount ("declined about
// 10 pct", "fell 2,000 units"), which a verb of change takes as its
// object, or a relative pronoun: no thing done or refused that the
// subject does not tell better.
func (s *sentence) measure(o int) bool {
	switch s.toks[o].Lemma {
	case "pct", "percent", "point", "points":
		return true
	}
	if relativePronouns[s.lower[o]] {
		return true // "predictions that sales will decline", "that" taken for its object
	}
	return s.toks[o].UPOS == "NUM" || s.child(o, "nummod") >= 0 && s.actorAt[o] < 0
}

// namingSenses are verbs that, with an object and a predicate noun or
// adjective, name it ("Iran called the attack a mistake"): no appeal.
var namingSenses = map[string]bool{"call": true}

// byAmount reports whether the verb at i has a phrase of an amount
// ("declined by 18 pct", "declined to 2,978 units").
func (s *sentence) byAmount(i int) bool {
	for j := range s.toks {
		if s.head[j] == i && relBase(s.toks[j].Rel) == "obl" && s.measure(j) && !relativePronouns[s.lower[j]] {
			return true
		}
	}
	return false
}

// notOnly reports whether the negator at j opens "not only ... but":
// no negation.
func (s *sentence) notOnly(j int) bool {
	return j+1 < len(s.toks) && s.lower[j+1] == "only"
}
