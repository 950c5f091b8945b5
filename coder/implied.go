package coder

import (
	"strings"

	"github.com/annalist/annalist/actor"
)

// This file finds the parties an act implies when its clause does not
// name them: whom a response, an appeal or a reaction is to, who took
// part in an act a noun names, and whether that act happened at all.

// responseNouns make what their "to" or "for" phrase names the cause of
// an act ("in response to a statement from the King").
var responseNouns = map[string]bool{"response": true, "reaction": true, "retaliation": true, "reply": true}

// respondedTo returns whom the act of the verb at i answers when it names
// no target: the author of what an "in response to" (or "in reaction
// to", "in retaliation for") phrase of the verb names ("In response to a
// statement from the King, the party withdrew ..."), or that phrase's
// actor; -1 if none.
func (s *sentence) respondedTo(i int) int {
	for o := range s.toks {
		// "Trump, responding to Pelosi's announcement, attacked ...".
		if s.head[o] == i && (s.toks[o].Lemma == "respond" || s.toks[o].Lemma == "react") && s.toks[o].XPOS == "VBG" {
			for n := range s.toks {
				if s.head[n] == o && relBase(s.toks[n].Rel) == "obl" && s.caseOf(n) == "to" {
					if a := s.authorsOfAct(n); len(a) > 0 {
						return a[0]
					}
					if a := s.actorsOf(n); len(a) > 0 {
						return a[0]
					}
				}
			}
		}
	}
	for o := range s.toks {
		if s.head[o] != i || relBase(s.toks[o].Rel) != "obl" || !responseNouns[s.lower[o]] || s.caseOf(o) != "in" {
			continue
		}
		for n := range s.toks {
			if s.head[n] != o || relBase(s.toks[n].Rel) != "nmod" || (s.caseOf(n) != "to" && s.caseOf(n) != "for") {
				continue
			}
			if a := s.authorsOf(n); len(a) > 0 {
				return a[0]
			}
			if a := s.earlierAuthors(n); len(a) > 0 {
				return a[0]
			}
		}
		for n := range s.toks {
			// "in response to the decision by the United States", the
			// "by" phrase hung from "response".
			if c := s.caseOf(n); s.head[n] == o && (c == "by" || c == "from") {
				if a := s.actorsOf(n); len(a) > 0 {
					return a[0]
				}
			}
		}
	}
	return -1
}

// addresseeClause returns whom an appeal, a demand or a warning is
// made to when the verb at i names them only as the subject of the clause
// it governs ("North Korea demanded that the United States end the
// exercises", "warned that Iran would face consequences"); -1 if none.
// A clause whose subject is of the sources' own country tells what they
// will do, and whom they warn is whom they will do it to ("Trump warned
// that the US would destroy Iran").
func (s *sentence) addresseeClause(i int, code string, sources []int) int {
	if !codeUnder(code, "02", "10", "13") {
		return -1
	}
	c := s.child(i, "ccomp")
	if c < 0 {
		return -1
	}
	a := s.actorsOf(s.child(c, "nsubj", "nsubj:pass"))
	if len(a) == 0 && codeUnder(code, "13") && s.warnsOwnAct(i, sources) {
		return s.measureAgainst(c, sources) // "warned that it would take action against Turkey"
	}
	if len(a) == 0 || s.apart(a[0]) {
		return -1
	}
	if !s.ownSide(a[0], sources) {
		return a[0]
	}
	if o := s.mentionOf(s.child(c, "obj")); o >= 0 && !s.ownSide(o, sources) {
		return o
	}
	if codeUnder(code, "13") {
		return s.measureAgainst(c, sources) // "would take action against China"
	}
	return -1
}

// ownSide reports whether mention k is one of sources or of a source's
// country. A country named as such may be the own side of a source whose
// country the dictionaries do not know ("Francois Guillaume warned that
// France would reject the reforms"), and is taken so.
func (s *sentence) ownSide(k int, sources []int) bool {
	for _, x := range sources {
		if x == k || s.ms[k].Country != "" && s.ms[k].Country == s.ms[x].Country {
			return true
		}
		if s.ms[x].Country == "" && s.ms[k].Kind == actor.Country {
			return true
		}
	}
	return false
}

// apart reports whether mention k is the speaker set apart by "..., X
// said" and so takes no part in the act.
func (s *sentence) apart(k int) bool {
	return len(s.notApart([]int{k})) == 0
}

// sequenceCases set a meeting or a visit before or around the main
// clause's act ("Following a meeting with Xi, Trump announced ...").
var sequenceCases = map[string]bool{"after": true, "following": true, "before": true, "during": true, "upon": true}

// takenPartIn returns who does the act the noun at i names when the
// clause says they took part in it: the subject of "took part in
// protests", "participated in talks", "joined the protest", which makes
// the act a fact (the second result); or the subject of a clause a
// consultation (04) is set before or around ("After talks with Xi, Trump
// said ..."), which is not one without a partner. Nil if neither.
func (s *sentence) takenPartIn(i int, code string) ([]int, bool) {
	h := s.head[i]
	if h < 0 {
		return nil, false
	}
	if s.caseOf(i) == "of" && spanNouns[s.lower[h]] && s.head[h] >= 0 {
		// "after two days of talks with X", "after a round of talks":
		// the span's phrase is the talks'.
		i, h = h, s.head[h]
	}
	c, rel := s.caseOf(i), relBase(s.toks[i].Rel)
	if rel == "nmod" && c == "in" && s.lower[h] == "part" && s.toks[h].Rel == "obj" {
		h, rel = s.head[h], "obl" // "took part in protests", hung from "part"
	}
	if s.gerundAfter(h, keptFromMarks) || s.gerundAfter(h, allegationMarks) {
		// "banned employees from joining protests", "accused of taking
		// part in protests": no one is said to have taken part.
		return nil, false
	}
	lemma := s.toks[h].Lemma
	fact := true
	switch {
	case rel == "obl" && c == "in" && (lemma == "participate" || lemma == "take" && s.hasChildWord(h, "obj", partWord)):
	case rel == "obj" && lemma == "join":
	case rel == "obl" && (c == "into" || c == "to") && goVerbs[lemma] && strings.HasPrefix(code, "04"):
		// "went straight into a closed-door meeting with Shevardnadze",
		// "drove from the airport to a meeting with": who goes to a
		// meeting holds it.
	case (rel == "obl" || rel == "nsubj") && sequenceCases[c] && strings.HasPrefix(code, "04"):
		// ("After talks with Putin, Erdogan said", the talks parsed as
		// the subject of "said".)
		fact = false
	case s.sentFor(i):
		// "sent Shultz to Moscow for talks with Shevardnadze": the one
		// sent is to hold them.
		return s.actorsOf(s.child(h, "obj")), false
	default:
		return nil, false
	}
	a, _, found := s.subjectOf(h)
	if !found && goVerbs[lemma] {
		return nil, false // the words before a verb of going name where from, as often as who
	}
	if !found {
		// "Following a meeting with Xi, Trump announced ...", the name
		// hung from the meeting's phrase: the words give the subject.
		a = s.group(s.mentionBefore(h, s.clause[h]), true)
	}
	return a, fact
}

var partWord = map[string]bool{"part": true}

// goVerbs take their subject somewhere.
var goVerbs = map[string]bool{"go": true, "drive": true, "come": true, "head": true, "walk": true, "hurry": true, "fly": true}

// sendVerbs send someone somewhere, for a purpose a "for" phrase names.
var sendVerbs = map[string]bool{"send": true, "dispatch": true}

// sentFor reports whether the consultation noun at i is the purpose
// ("for talks with X") of sending someone, the verb's object: talks
// still to be held.
func (s *sentence) sentFor(i int) bool {
	h := s.head[i]
	v, ok := s.nounVerb(i)
	return h >= 0 && ok && v.def != nil && strings.HasPrefix(v.def.code, "04") && relBase(s.toks[i].Rel) == "obl" &&
		s.caseOf(i) == "for" && sendVerbs[s.toks[h].Lemma] && s.child(h, "obj") >= 0
}

// spanNouns measure how long, or in how many rounds, talks went on.
var spanNouns = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "hour": true, "hours": true,
	"month": true, "months": true, "round": true, "rounds": true, "series": true}

// plannedWords describe an act that has not happened ("a planned trip",
// "the proposed talks", "an upcoming visit").
var plannedWords = map[string]bool{"planned": true, "proposed": true, "scheduled": true, "upcoming": true,
	"expected": true, "possible": true, "potential": true, "future": true, "cancelled": true, "canceled": true,
	"postponed": true, "aborted": true}

// scheduledWords set an act for a time to come ("the scheduled talks",
// "talks scheduled for Thursday", "his planned visit"): it is intended.
var scheduledWords = map[string]bool{"planned": true, "scheduled": true, "upcoming": true}

// scheduled reports whether the act noun at i, or the span of it it
// names ("two rounds of talks"), is set for a time to come by an
// adjective or a participle of scheduledWords, and not called off.
func (s *sentence) scheduled(i int) bool {
	if h := s.head[i]; h >= 0 && s.caseOf(i) == "of" && spanNouns[s.lower[h]] {
		i = h
	}
	set := false
	for j := range s.toks {
		if s.head[j] == i && scheduledWords[s.lower[j]] && (s.toks[j].Rel == "amod" || strings.HasPrefix(s.toks[j].Rel, "acl") && !s.negatedAt(j)) {
			set = true
		}
	}
	if !set || s.unrealizedBut(i, scheduledWords) {
		return false
	}
	for j := range s.toks {
		if calledOff[s.toks[j].Lemma] && s.within(j, i) {
			return false // "Trump's planned trip to Warsaw, which was cancelled"
		}
	}
	return true
}

// calledOff are the verbs that call an act off, however far below its
// noun the parse hangs them.
var calledOff = map[string]bool{"cancel": true, "postpone": true, "scrap": true, "shelve": true, "delay": true, "abort": true, "suspend": true}

// unrealized reports whether the act noun at i is one planned, expected
// or called off: an adjective says so ("President Trump's planned trip to
// Warsaw"), or a clause describing it does ("..., which was cancelled").
func (s *sentence) unrealized(i int) bool {
	return s.unrealizedBut(i, nil)
}

// unrealizedBut is unrealized, words in except not counting: what is
// only scheduled may still be called off ("Trump's planned trip to
// Warsaw, which was cancelled").
func (s *sentence) unrealizedBut(i int, except map[string]bool) bool {
	for j := range s.toks {
		if s.head[j] != i || except[s.lower[j]] {
			continue
		}
		switch rel := s.toks[j].Rel; {
		case rel == "amod" && plannedWords[s.lower[j]]:
			return true
		case strings.HasPrefix(rel, "acl") && planVerbs[s.toks[j].Lemma] && s.passiveAt(j):
			return true
		}
	}
	return false
}

// reactionSubject returns the subject of the verb that makes the noun
// at i a reaction its subject drew ("the move drew criticism"), -1 if
// none. The tagger often takes "drew" for a noun compounded with the
// reaction, which then holds the subject itself.
func (s *sentence) reactionSubject(i int) int {
	if h := s.head[i]; h >= 0 && s.toks[i].Rel == "obj" && reactionVerbs[s.toks[h].Lemma] {
		if subj := s.child(h, "nsubj"); subj >= 0 || s.toks[h].Rel != "acl" {
			return subj
		}
		// "Saudi Arabia's execution of 37 people drew criticism", the
		// verb hung from "people": the act whose "of" phrase it is.
		n := s.head[h]
		if o := s.head[n]; o >= 0 && s.caseOf(n) == "of" && s.eventNoun(o) {
			return o
		}
		return n
	}
	if i > 0 && s.head[i-1] == i && s.toks[i-1].Rel == "compound" && reactionForms[s.lower[i-1]] {
		return s.child(i, "nsubj")
	}
	return -1
}

// reactionForms are the past and present forms of reactionVerbs a tagger
// may take for nouns.
var reactionForms = map[string]bool{"drew": true, "draws": true, "sparked": true, "sparks": true, "prompted": true,
	"triggered": true, "provoked": true, "attracted": true, "faced": true, "faces": true, "received": true, "earned": true,
	"won": true, "gained": true, "secured": true}
