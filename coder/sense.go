package coder

import (
	"slices"
	"strings"

	"github.com/annalist/annalist/actor"
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
	if r.pat == nil || r.pat != v.def {
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
		subj := s.child(i, "nsubj")
		refuser := subj >= 0 && (s.actorAt[subj] >= 0 || pronouns[s.lower[subj]] && s.lower[subj] != "it")
		return !refuser && s.child(i, "xcomp") < 0 && s.child(i, "ccomp") < 0 && s.child(i, "iobj") < 0
	}
	if showSenses[lemma] {
		return false // no object: a protest
	}
	if laborSenses[lemma] && len(sources) > 0 {
		for _, k := range sources {
			m := s.ms[k]
			if !slices.Contains(m.Roles, "LAB") && !strikers[s.lower[m.End-1]] {
				return false
			}
		}
		return true
	}
	return false
}

// feelingMarks open an -ing clause that says what someone feels about
// doing something, hung from an adjective ("are not enthusiastic about
// buying British securities", "wary of selling"): not done.
var feelingMarks = map[string]bool{"about": true, "of": true, "on": true, "toward": true, "towards": true}

// feltAbout reports whether the -ing verb at i hangs from an adjective
// by one of feelingMarks.
func (s *sentence) feltAbout(i int) bool {
	h := s.head[i]
	if h < 0 || s.toks[i].XPOS != "VBG" || s.toks[h].UPOS != "ADJ" {
		return false
	}
	return (strings.HasPrefix(s.toks[i].Rel, "advcl") || strings.HasPrefix(s.toks[i].Rel, "acl")) && s.hasChildWord(i, "mark", feelingMarks)
}

// anonymity are the verbs of a request not to be named ("an official,
// who asked not to be identified, said ..."): a condition of speaking,
// no appeal to anyone.
var anonymity = map[string]bool{"identify": true, "name": true, "quote": true}

// asksAnonymity reports whether the verb at i asks only that its
// subject not be named: no object, and a passive complement of
// anonymity.
func (s *sentence) asksAnonymity(i int) bool {
	if s.child(i, "obj") >= 0 {
		return false
	}
	for j := range s.toks {
		if s.head[j] == i && (s.toks[j].Rel == "xcomp" || s.toks[j].Rel == "ccomp") && anonymity[s.toks[j].Lemma] && s.child(j, "aux:pass") >= 0 {
			return true
		}
	}
	return false
}

// describesNoun reports whether the participle at h stands before its
// noun after a determiner, adjective or preposition ("a fixed payment",
// "with fixed payments"), so that a participle joined to it describes the
// noun too, however the parse hung the noun.
func (s *sentence) describesNoun(h int) bool {
	if h <= 0 || s.toks[h].Rel != "amod" || s.toks[h].UPOS != "VERB" {
		return false
	}
	switch s.toks[h-1].UPOS {
	case "DET", "ADJ", "ADP":
		return true
	}
	return false
}

// topicCompound reports whether the name j before noun h says what h is
// about rather than whose it is: h is a matter, not a thing one owns,
// and another common noun compounded with h stands between them ("the
// Iran arms scandal", "European Community spending cuts"), as none does
// in "the Iran embassy" or "an Iranian oil tanker".
func (s *sentence) topicCompound(j, h int) bool {
	if !topicHeads[s.lower[h]] {
		return false
	}
	for c := j + 1; c < h; c++ {
		if s.head[c] == h && s.toks[c].Rel == "compound" && s.toks[c].UPOS == "NOUN" && s.actorAt[c] < 0 {
			return true
		}
	}
	return false
}

// topicHeads are nouns of matters and measures.
var topicHeads = map[string]bool{"scandal": true, "affair": true, "crisis": true, "issue": true, "question": true,
	"controversy": true, "dispute": true, "case": true, "deal": true, "program": true, "programme": true,
	"policy": true, "measures": true, "cuts": true, "plan": true}

// goesTo reports whether the noun h, whose phrase j opens with "from",
// also has a "to" phrase before j: a journey's "from" names whence it
// came, not who made it ("a visit to London from Jamaica").
func (s *sentence) goesTo(h, j int) bool {
	for t := 0; t < j; t++ {
		if s.head[t] == h && relBase(s.toks[t].Rel) == "nmod" && s.caseOf(t) == "to" {
			return true
		}
	}
	return false
}

// noneDone reports whether the noun at j is determined by "no": "made no
// demands", "launched no attacks" tell of acts not done.
func (s *sentence) noneDone(j int) bool {
	return j >= 0 && s.hasChildWord(j, "det", noneWords)
}

var noneWords = map[string]bool{"no": true}

// showSenses are verbs of protest that, given an object, show it instead
// ("demonstrated a growing consensus", "demonstrated its commitment"):
// only with no object are they a protest ("demonstrated against the
// government").
var showSenses = map[string]bool{"demonstrate": true}

// planned reports whether the verb at h is only planned or hoped for: an
// infinitive hung from a noun ("there are no plans for Funaro to meet
// bankers"), so that an act a noun of its clause names ("during his
// trip to Washington") is planned with it.
func (s *sentence) planned(h int) bool {
	if h < 0 || s.toks[h].UPOS != "VERB" {
		return false
	}
	l := s.infinitiveLead(h)
	return l != h && strings.HasPrefix(s.toks[l].Rel, "acl") || s.infinitiveLead(h) == h && s.child(h, "mark") >= 0 && strings.HasPrefix(s.toks[h].Rel, "acl") && s.lower[s.child(h, "mark")] == "to"
}

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

// hyphenGlued reports whether the word at i is glued by a hyphen to the
// word before it, the second half of a compound adjective ("flood-hit
// New Zealand", "U.S.-backed rebels", "state-owned firm"): no verb.
func (s *sentence) hyphenGlued(i int) bool {
	return i >= 2 && s.toks[i-1].Form == "-" && s.toks[i-1].Start == s.toks[i-2].End && s.toks[i].Start == s.toks[i-1].End
}

// placeOnly reports whether the phrase j, naming actor k, is a place
// named by a locative phrase of a noun that is no actor: it says where
// the thing is, not whose it is
// ("Hailstorms and strong winds in south China killed two people",
// "attackers in Mali") when the noun is a subject: whom an act is done to
// may be a country's ("denounced the coup in Niger").
func (s *sentence) placeOnly(j, k int) bool {
	h := s.head[j]
	if h >= 0 && s.toks[h].Rel == "conj" {
		h = s.head[h] // "Hailstorms and strong winds in south China"
	}
	if h < 0 || !strings.HasPrefix(s.toks[h].Rel, "nsubj") || !locative[s.caseOf(j)] {
		return false
	}
	switch s.ms[k].Kind {
	case actor.Country, actor.Capital:
		return true
	}
	return false
}

// guessWords say that an act is only likely ("the airline will probably
// reject it", "Nigeria would probably request"): a guess, as "may" is.
var guessWords = map[string]bool{"probably": true, "possibly": true, "perhaps": true, "maybe": true, "likely": true}

// guessed reports whether the verb at i is modified by one of guessWords.
func (s *sentence) guessed(i int) bool {
	return s.hasChildWord(i, "advmod", guessWords)
}

// pendingWords are the predicates of an act still to be decided ("a
// visit to Moscow by Shultz was under consideration", "talks with Iran
// are planned").
var pendingWords = map[string]bool{"consideration": true, "discussion": true, "review": true, "planned": true,
	"expected": true, "likely": true, "possible": true, "unlikely": true, "uncertain": true, "doubtful": true,
	"scheduled": true, "due": true, "proposed": true}

// pending reports whether the act noun at i is the subject of a
// predicate of pendingWords: not done.
func (s *sentence) pending(i int) bool {
	if h := s.head[i]; h >= 0 && strings.HasPrefix(s.toks[i].Rel, "nsubj") && pendingWords[s.lower[h]] {
		return s.child(h, "cop") >= 0 || s.child(h, "aux:pass") >= 0 || s.toks[h].UPOS == "VERB"
	}
	// The parse may hang the noun elsewhere ("said a visit ... was under
	// consideration", with "visit" the object of "said"): the first
	// "be" after it, before any verb, is then its own.
	for j := i + 1; j < len(s.toks); j++ {
		if s.toks[j].UPOS == "VERB" {
			return false
		}
		if s.toks[j].Rel == "cop" {
			h := s.head[j]
			return h > j && pendingWords[s.lower[h]]
		}
	}
	return false
}

// namedHere reports whether the sentence names two or more actors before
// token k: a "they" after them is more likely those than the authors of
// the sentence before ("Japan's delegate and the U.S. ambassador
// replied ..., but they were willing to continue talks").
func (s *sentence) namedHere(k int) bool {
	n := 0
	for _, m := range s.ms {
		if m.End <= k {
			n++
		}
	}
	return n >= 2
}

// holdVerbs have as object an act someone else does to their subject:
// "the Conservatives had the support of 39 pct of voters", "won the
// backing of Germany" are the voters' and Germany's support.
var holdVerbs = map[string]bool{"have": true, "win": true, "gain": true, "enjoy": true, "lose": true,
	"receive": true, "get": true, "retain": true, "keep": true}

// heldFrom returns, for the act noun at i held by its verb's subject
// ("had the support of voters"), the authors its "of" phrase names and
// the holders; nil, nil when the noun is not so held.
func (s *sentence) heldFrom(i int) (authors, holders []int) {
	h := s.head[i]
	if h < 0 || s.toks[i].Rel != "obj" || !holdVerbs[s.toks[h].Lemma] {
		return nil, nil
	}
	subj := s.child(h, "nsubj")
	if subj < 0 {
		return nil, nil
	}
	for j := range s.toks {
		if s.head[j] != i {
			continue
		}
		if relBase(s.toks[j].Rel) == "nmod" && s.caseOf(j) == "of" {
			if a := s.actorsOf(j); len(a) > 0 {
				return a, s.actorsOf(subj)
			}
		}
		if r := s.toks[j].Rel; r == "compound" || r == "nmod:poss" {
			// "Argentina had World Bank support", "won Germany's backing"
			if k := s.actorAt[j]; k >= 0 {
				return []int{k}, s.actorsOf(subj)
			}
		}
	}
	return nil, nil
}

// whWords open a clause that asks for something.
var whWords = map[string]bool{"when": true, "why": true, "how": true, "what": true, "where": true, "who": true, "which": true}

// asksWh reports whether "ask" at i asks a question its complement opens
// with a wh-word ("asked the minister when Iran would release the
// tanker"), to whomever it is put: a question, no appeal.
func (s *sentence) asksWh(i int) bool {
	c := s.child(i, "ccomp")
	if c < 0 || s.toks[i].Lemma != "ask" {
		return false
	}
	first := c
	for j := range s.toks {
		if j < first && s.within(j, c) {
			first = j
		}
	}
	return whWords[s.lower[first]]
}

// contrastive reports whether the verb at i is the participle of a
// phrase that sets two things apart, "as opposed to" or "as compared
// with": no act ("debts to governments, as opposed to banks").
func (s *sentence) contrastive(i int) bool {
	if i == 0 || i+1 >= len(s.toks) || s.lower[i-1] != "as" {
		return false
	}
	switch s.lower[i] {
	case "opposed":
		return s.lower[i+1] == "to"
	case "compared", "contrasted":
		return s.lower[i+1] == "to" || s.lower[i+1] == "with"
	}
	return false
}

// setOffParticiple reports whether the past participle at i, set off by
// a comma with a "by" agent and no auxiliary or object, describes the
// subject the parse gave it ("Hong Kong, supported by a large number of
// developing countries, attacked the act"): a passive, not its act.
func (s *sentence) setOffParticiple(i int) bool {
	return i > 0 && s.toks[i].XPOS == "VBN" && s.lower[i-1] == "," && s.child(i, "aux", "aux:pass", "obj") < 0 && s.byAgent(i)
}

// passiveHolder returns the noun a passive participle at i without a
// subject of its own is done to: the subject the parse gave a set-off
// participle, or the main clause's subject for one fronted before it
// ("Supported by the Reagan administration, China argued ..."); -1 if
// none.
func (s *sentence) passiveHolder(i int) int {
	if s.setOffParticiple(i) {
		return s.child(i, "nsubj")
	}
	if h := s.head[i]; h >= 0 && h > i && s.toks[i].XPOS == "VBN" && s.toks[i].Rel == "advcl" {
		return s.child(h, "nsubj")
	}
	return -1
}

// concessions open a clause that grants what the news is set against:
// what it tells is known already ("Even though Waseem confessed to
// acting alone, several accomplices were tried", "Although Brazil has
// rejected a role for the IMF, Funaro paid a call to its director").
var concessions = map[string]bool{"although": true, "though": true}

// conceded reports whether the verb at i heads, or is joined within, a
// clause opened by one of concessions.
func (s *sentence) conceded(i int) bool {
	c := s.tclause[i]
	if s.toks[i].XPOS == "VBG" && s.head[i] >= 0 {
		c = s.tclause[s.head[i]]
	}
	// The parse may make the opened clause the root, the main clause
	// hung from it: the mark tells which is which.
	return c >= 0 && s.hasChildWord(c, "mark", concessions)
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

// withPhrase reports whether the noun at i has a phrase opened by
// "with" ("a phone conversation with Erdogan").
func (s *sentence) withPhrase(i int) bool {
	for j := range s.toks {
		if s.head[j] == i && relBase(s.toks[j].Rel) == "nmod" && s.caseOf(j) == "with" {
			return true
		}
	}
	return false
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

// inThePast reports whether the verb at i is set "in the past" ("Brazil
// has in the past rejected a role for the IMF", "in the past, he has
// opposed the transfer"): history, not news.
func (s *sentence) inThePast(i int) bool {
	for v, steps := i, 0; v >= 0 && steps < 4; v, steps = s.head[v], steps+1 {
		for j := range s.toks {
			if s.head[j] == v && relBase(s.toks[j].Rel) == "obl" && s.lower[j] == "past" && s.caseOf(j) == "in" {
				return true
			}
		}
		if s.toks[v].Rel != "conj" {
			break // "Brazil has in the past rejected", "has" taken for the verb
		}
	}
	return false
}

// lawWords are instruments whose content an -ing participle may tell
// ("a Canadian law prohibiting export of herring", "a statute
// prohibiting false statements"): what they say is done when they are
// made ("issued a directive barring the staff", "passed a law banning
// ..."), not wherever they are named.
var lawWords = map[string]bool{"law": true, "laws": true, "statute": true, "statutes": true, "rule": true,
	"rules": true, "regulation": true, "regulations": true, "legislation": true, "act": true, "directive": true,
	"decree": true, "ordinance": true, "measures": true, "provision": true, "provisions": true, "clause": true}

// standingLaw reports whether the -ing participle at i tells the content
// of a law named other than as the object of a verb (being made).
func (s *sentence) standingLaw(i int) bool {
	if s.toks[i].XPOS != "VBG" {
		return false
	}
	if n := s.child(i, "nsubj"); n >= 0 && lawWords[s.lower[n]] && s.child(i, "aux") < 0 {
		return true // "that a Canadian law prohibiting export ... was", the law parsed as its subject
	}
	if i > 0 && lawWords[s.lower[i-1]] && s.toks[i-1].Rel != "obj" {
		// "in keeping with a new law prohibiting officials from ...",
		// however parsed; but "passed a law banning children", parsed
		// as a phrase "law banning children", is the object made.
		ph := i
		if r := s.toks[i].Rel; (r == "amod" || strings.HasPrefix(r, "acl")) && s.head[i] >= 0 {
			ph = s.head[i]
		}
		return s.toks[ph].Rel != "obj"
	}
	h := s.head[i]
	if h < 0 || !strings.HasPrefix(s.toks[i].Rel, "acl") || !lawWords[s.lower[h]] {
		return false
	}
	return s.toks[h].Rel != "obj"
}

// denials are verbs whose clause tells what did not happen, or what they
// dispute ("Iran denied that its forces attacked the tanker", "denied
// reports that its forces attacked ...").
var denials = map[string]bool{"deny": true, "refute": true, "dismiss": true, "rebut": true, "dispute": true}

// claimNouns are nouns whose clause tells what is claimed, not what is
// known ("reports that Iran attacked the tanker", "allegations that").
var claimNouns = map[string]bool{"report": true, "reports": true, "claim": true, "claims": true, "allegation": true,
	"allegations": true, "accusation": true, "accusations": true, "rumor": true, "rumors": true, "rumour": true,
	"rumours": true, "speculation": true, "suggestion": true, "suggestions": true, "charge": true, "charges": true}

// disputed reports whether the verb at i heads, or is joined within, a
// clause that a denial governs or a claim noun introduces.
func (s *sentence) disputed(i int) bool {
	c := s.tclause[i]
	if c < 0 {
		return false
	}
	h := s.head[c]
	if h < 0 {
		return false
	}
	switch r := s.toks[c].Rel; {
	case r == "ccomp" && denials[s.toks[h].Lemma]:
		return true
	case strings.HasPrefix(r, "acl") && claimNouns[s.lower[h]] && s.child(c, "mark") >= 0:
		return true // "reports that Iran attacked": not "reports describing"
	}
	return false
}

// namingSenses are verbs that, with an object and a predicate noun or
// adjective, name it ("Iran called the attack a mistake"): no appeal.
var namingSenses = map[string]bool{"call": true}

// counterfactualModals with "have" tell what would have happened and did
// not ("a firm commitment would have aided the program").
var counterfactualModals = map[string]bool{"would": true, "could": true, "should": true, "might": true, "'d": true}

// counterfactual reports whether the verb at i is a modal perfect.
func (s *sentence) counterfactual(i int) bool {
	modal, have := false, false
	for j := range s.toks {
		if s.head[j] != i || s.toks[j].Rel != "aux" {
			continue
		}
		modal = modal || counterfactualModals[s.lower[j]]
		have = have || s.lower[j] == "have"
	}
	return modal && have
}

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
