package coder

import (
	"strings"
)

// Clauses and words that tell no act done: what is felt about, asked,
// planned, pending, guessed, granted, denied or claimed, done "without",
// "in the past" or only "would have" been; a participle that describes a
// noun or is half of a hyphened adjective; what a standing law says.

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

// noneDone reports whether the noun at j is determined by "no": "made no
// demands", "launched no attacks" tell of acts not done.
func (s *sentence) noneDone(j int) bool {
	return j >= 0 && s.hasChildWord(j, "det", noneWords)
}

var noneWords = map[string]bool{"no": true}

// anyAct reports whether the act noun at i is any of its kind ("any
// Iranian attack on Soviet ships will bring a response"): a case
// supposed, not an act done.
func (s *sentence) anyAct(i int) bool {
	return s.hasChildWord(i, "det", anyWords)
}

var anyWords = map[string]bool{"any": true, "every": true}

// planned reports whether the verb at h is only planned or hoped for: an
// infinitive hung from a noun ("there are no plans for Funaro to meet
// bankers"), so that an act a noun of its clause names ("during his
// trip to Washington") is planned with it.
func (s *sentence) planned(h int) bool {
	if h < 0 || s.toks[h].UPOS != "VERB" {
		return false
	}
	if l := s.infinitiveLead(h); l != h {
		return strings.HasPrefix(s.toks[l].Rel, "acl") // the first of joined infinitives says
	}
	m := s.child(h, "mark")
	return m >= 0 && s.lower[m] == "to" && strings.HasPrefix(s.toks[h].Rel, "acl")
}

// hyphenGlued reports whether the word at i is glued by a hyphen to the
// word before it, the second half of a compound adjective ("flood-hit
// New Zealand", "U.S.-backed rebels", "state-owned firm"): no verb.
func (s *sentence) hyphenGlued(i int) bool {
	return i >= 2 && s.toks[i-1].Form == "-" && s.toks[i-1].Start == s.toks[i-2].End && s.toks[i].Start == s.toks[i-1].End
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
	return whWords[s.lower[s.subtreeStart(c)]]
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
	switch law := i > 0 && lawWords[s.lower[i-1]]; {
	case law && s.toks[i-1].Rel != "obj":
		// "in keeping with a new law prohibiting officials from ...",
		// however parsed; but "passed a law banning children", parsed
		// as a phrase "law banning children", is the object made.
		ph := i
		if r := s.toks[i].Rel; (r == "amod" || strings.HasPrefix(r, "acl")) && s.head[i] >= 0 {
			ph = s.head[i]
		}
		return !s.lawMade(ph)
	case law && !s.lawMade(i-1):
		return true // "violated GATT rules prohibiting import quotas", the law its object
	}
	h := s.head[i]
	if h < 0 || !strings.HasPrefix(s.toks[i].Rel, "acl") || !lawWords[s.lower[h]] {
		return false
	}
	return !s.lawMade(h)
}

// lawMade reports whether the law named at j is being made: the object of
// a verb, save one that breaks or cites a law in force ("violated GATT
// rules prohibiting import quotas").
func (s *sentence) lawMade(j int) bool {
	if s.toks[j].Rel != "obj" {
		return false
	}
	h := s.head[j]
	return h < 0 || !lawBreakers[s.toks[h].Lemma]
}

// lawBreakers are verbs done to a law in force, which makes none.
var lawBreakers = map[string]bool{"violate": true, "breach": true, "break": true, "contravene": true, "cite": true,
	"invoke": true, "flout": true, "infringe": true}

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

// beforeItsNoun reports whether the participle at i stands between a
// determiner or preposition and the word it modifies, right after it
// ("with striking seamen", "the threatened plant"), whatever relation
// the parse gave it: it describes that word.
func (s *sentence) beforeItsNoun(i int) bool {
	if i == 0 || s.head[i] != i+1 || s.toks[i].XPOS != "VBG" && s.toks[i].XPOS != "VBN" {
		return false
	}
	switch s.toks[i-1].UPOS {
	case "DET", "ADP", "SCONJ", "PART": // "with" may be tagged either way
		return s.actorAt[i-1] < 0
	}
	return false
}

// topicMarks open an -ing clause that says what something is about.
var topicMarks = map[string]bool{"on": true, "about": true, "over": true}

// topicGerund reports whether the -ing participle at i says what a
// noun of talk or of a plan is about ("agreed to formal talks on signing
// an economic pact with Hungary", "a proposal about cutting tariffs"),
// however the parse hangs it: the subject of talks, not an act done.
func (s *sentence) topicGerund(i int) bool {
	if s.toks[i].XPOS != "VBG" {
		return false
	}
	m := s.child(i, "mark")
	if m < 0 || !topicMarks[s.lower[m]] || m != i-1 || m == 0 {
		return false
	}
	n := m - 1
	return s.toks[n].UPOS == "NOUN" && (s.eventNoun(n) || actAnaphora[s.lower[n]])
}
