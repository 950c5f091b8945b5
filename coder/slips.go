package coder

import (
	"strings"

	"github.com/annalist/annalist/actor"
)

// This file undoes the parse slips news sentences provoke most: a
// subject hung from the time or place set before it, a subordinate
// clause read as a phrase, a place taken for the subject, a list of
// actors cut in two. Each function names the slip it reads through.

// peopleJoinedToCountry returns the people joined to the country of the
// person mention k ("Presidents Buhari of Nigeria and Talon of Benin",
// "Akufo-Addo of Ghana and Gnassingbe of Togo"): the parser hangs the
// second person from the first one's country, as if the countries were
// the list. Only people are taken: in "the president of Ghana and Togo"
// the list is of countries.
func (s *sentence) peopleJoinedToCountry(k int) []int {
	m := s.ms[k]
	var out []int
	for c := range s.toks {
		x := s.head[c]
		if s.toks[c].Rel != "conj" || x < 0 || s.caseOf(x) != "of" || s.actorAt[x] < 0 || s.ms[s.actorAt[x]].Kind != actor.Country {
			continue
		}
		if h := s.head[x]; h < m.Start || h >= m.End {
			continue // the country is not the person's own "of" phrase
		}
		if j := s.mentionOf(c); j >= 0 && s.ms[j].Kind == actor.Person {
			out = append(out, j)
		}
	}
	return out
}

// placeSubject returns the actor named right before "in" or "at" when
// the parse took the place after it for the subject ("police in Hong
// Kong fired tear gas", with "Hong Kong" as the subject of "fired"); -1
// if the subject is no such place.
func (s *sentence) placeSubject(subj int) int {
	k := s.actorAt[subj]
	if k < 0 || s.ms[k].Kind != actor.Country && s.ms[k].Kind != actor.Capital {
		return -1
	}
	p := s.ms[k].Start - 1
	if p < 1 || !placePreps[s.lower[p]] {
		return -1
	}
	if b := s.actorAt[p-1]; b >= 0 && s.ms[b].Kind != actor.Country && s.ms[b].Kind != actor.Capital {
		return b
	}
	return -1
}

// placePreps open a phrase of place.
var placePreps = map[string]bool{"in": true, "at": true, "on": true, "near": true, "outside": true, "inside": true}

// inMark opens the act someone joins another in ("joined France in
// condemning").
var inMark = map[string]bool{"in": true}

// companionCases open a phrase naming who acts together with the
// subject ("France, along with Germany, condemned ...").
var companionCases = map[string]bool{"along": true, "together": true, "alongside": true}

// companions returns the actors acting together with the subject at subj.
func (s *sentence) companions(subj int) []int {
	var out []int
	for j := range s.toks {
		if s.head[j] == subj && relBase(s.toks[j].Rel) == "nmod" && companionCases[s.caseOf(j)] {
			out = append(out, s.actorsOf(j)...)
		}
	}
	return out
}

// joinedSubjects returns the actors of the subjects after subj that the
// parse gave the verb at i as subjects of their own, though "and" joins
// them ("Sudan's military rulers and the opposition signed ...").
func (s *sentence) joinedSubjects(i, subj int) []int {
	var out []int
	for j := subj + 1; j < i; j++ {
		if s.head[j] != i || !strings.HasPrefix(s.toks[j].Rel, "nsubj") {
			continue
		}
		// The "and" may hang from the second subject, from the word
		// before it, or from a word inside its phrase ("she and Russian
		// President Vladimir Putin", "and" under "Russian").
		if c := s.prevSibling(j); s.child(j, "cc") >= 0 || c >= 0 && s.toks[c].Rel == "cc" || s.toks[s.subtreeStart(j)].Rel == "cc" {
			out = append(out, s.actorsOf(j)...)
		}
	}
	return out
}

// prevSibling returns the dependent of the same head as j that comes
// last before j's own phrase: the word that joins j to what precedes.
func (s *sentence) prevSibling(j int) int {
	for k := s.subtreeStart(j) - 1; k >= 0; k-- {
		if s.head[k] == s.head[j] {
			return k
		}
		if !s.within(k, s.head[j]) {
			break
		}
	}
	return -1
}

// subordinators open a clause that a parse may take for a prepositional
// phrase ("after the European Union sanctioned Iran").
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true, "because": true,
	"as": true, "when": true, "while": true}

// subordinateActor reports whether the participle-looking verb at i,
// hung from an actor opened by a subordinator, is that actor's own verb
// ("resigned after the military called on him to step down", parsed as
// "after the military" and "called" describing it): the verb takes an
// argument as an active verb does (an object, a phrase it is aimed at, an
// infinitive) and no "by" agent. "after the journalist detained in Iran"
// is a journalist who was detained.
func (s *sentence) subordinateActor(i int) bool {
	h := s.head[i]
	if s.toks[i].Rel != "acl" || h < 0 || h > i || s.actorAt[h] < 0 || relBase(s.toks[h].Rel) != "obl" || !subordinators[s.caseOf(h)] {
		return false
	}
	active := false
	for j := range s.toks {
		if s.head[j] != i {
			continue
		}
		switch c := s.caseOf(j); relBase(s.toks[j].Rel) {
		case "obj", "iobj":
			active = true
		case "obl":
			if c == "by" {
				return false
			}
			active = active || c != "" && !locative[c] && !notTarget[c] && !timeWords[s.lower[j]]
		case "xcomp", "advcl":
			active = active || s.hasChildWord(j, "mark", toMark)
		}
	}
	return active
}

// subordinateSubject returns the subject of a verb the parse joined, with
// no conjunction, to the main verb, when what it took for a phrase of the
// main verb opened by a subordinator right before it is the verb's
// subject ("The move comes after the European Union sanctioned Iran",
// parsed as "comes after the European Union" and "sanctioned Iran"). -1
// if none.
func (s *sentence) subordinateSubject(i int) int {
	if s.toks[i].Rel != "conj" || s.child(i, "cc") >= 0 || i == 0 {
		return -1
	}
	o := s.head[i-1]
	switch {
	case s.actorAt[i-1] < 0:
		// A name the dictionaries do not know ("after Clinton
		// resigned") is the subject all the same, of no actor.
		if u := s.toks[i-1].UPOS; u != "PROPN" && u != "NOUN" {
			return -1
		}
		if relBase(s.toks[i-1].Rel) == "obl" {
			o = i - 1
		}
	case s.head[i-1] != s.head[i]:
		// the last word of the name, its head within it ("the European Union")
		if o < 0 || s.actorAt[o] != s.actorAt[i-1] {
			return -1
		}
	default:
		o = i - 1
	}
	if o < 0 {
		return -1
	}
	if relBase(s.toks[o].Rel) != "obl" || !subordinators[s.caseOf(o)] {
		return -1
	}
	if s.head[o] != s.head[i] && s.tclause[s.head[o]] == s.tclause[i] {
		return -1
	}
	// ("she was appointed to fill the seat after Clinton resigned", the
	// name hung from "fill" and "resigned" joined to the main verb.)
	return o
}

// countedRoot reports whether the noun at h is counted by the word at the
// root of the sentence ("Thousands of people protested", parsed with
// "Thousands" as the root and the verb describing "people"): the noun is
// then the subject of the sentence's act.
func (s *sentence) countedRoot(h int) bool {
	top := s.head[h]
	return top >= 0 && s.head[top] < 0 && s.quantity(top) && s.caseOf(h) == "of"
}

// frontedAppos returns the subject a parse hung, as an apposition, from
// a time or place set before the verb at i ("On Friday in Pakistan,
// Mohammed Waseem, ..., was sentenced", with the name beside "Friday"):
// a day or a place has no apposition, so the name is the clause's
// subject. -1 if none.
func (s *sentence) frontedAppos(i int) int {
	for j := 0; j < i; j++ {
		o := s.head[j]
		if s.toks[j].Rel != "appos" || o < 0 || o > j || s.head[o] != i || relBase(s.toks[o].Rel) != "obl" {
			continue
		}
		if timeWords[s.lower[o]] || s.child(o, "case") >= 0 {
			return j
		}
	}
	return -1
}

// personBefore returns the person noun right before the auxiliary of the
// passive verb at i ("The accused was sentenced", "the suspect was
// charged"), which a parse may take for a verb and leave the clause with
// no subject. -1 if none.
func (s *sentence) personBefore(i int) int {
	aux := s.child(i, "aux:pass")
	if aux < 2 {
		return -1
	}
	j := aux - 1
	if personNouns[s.lower[j]] && determiners[s.lower[j-1]] {
		return j
	}
	return -1
}

// agentParticiple reports whether the verb at i is a past participle
// with a "by" agent and neither auxiliary nor subject, hung from another
// verb ("using data released by the U.S. Navy"): a passive, whose agent
// does the act to what it describes, not the subject of anything.
func (s *sentence) agentParticiple(i int) bool {
	return s.toks[i].XPOS == "VBN" && s.head[i] >= 0 && s.toks[i].Rel != "acl" && !strings.HasPrefix(s.toks[i].Rel, "acl:") &&
		s.child(i, "aux", "aux:pass", "nsubj", "nsubj:pass") < 0 && s.byAgent(i)
}

// initialParticiple returns the object of the sentence's first word when
// the parse took that word, a participle describing the subject
// ("Retired US Supreme Court Justice Anna Roe criticized ..."), for the
// main verb and hung the real verb at i from it as a complement; -1
// otherwise.
func (s *sentence) initialParticiple(i int) int {
	h := s.head[i]
	if h != 0 || s.toks[i].Rel != "xcomp" || s.head[0] >= 0 || s.toks[0].XPOS != "VBD" && s.toks[0].XPOS != "VBN" {
		return -1
	}
	if o := s.child(0, "obj"); o >= 0 && o < i && s.mentionOf(o) >= 0 {
		return o
	}
	return -1
}

// subjectAside finds a participle set off by commas after the sentence's
// subject ("Protesters, carrying placards asking the government to
// resign, marched ..."): it returns the comma that opens it, the comma
// that closes it and the main verb after it; -1s when the sentence has
// none. Read from the words, as the parser often hangs the main verb
// inside the aside.
func (s *sentence) subjectAside() (open, close, main int) {
	open = -1
	for j := range s.toks {
		if s.lower[j] == "," {
			open = j
			break
		}
		if u := s.toks[j].UPOS; u == "VERB" || u == "AUX" {
			return -1, -1, -1 // no subject phrase set before a comma
		}
	}
	if open < 1 || open+1 >= len(s.toks) || s.toks[open+1].XPOS != "VBG" {
		return -1, -1, -1
	}
	if u := s.toks[open-1].UPOS; u != "NOUN" && u != "PROPN" {
		return -1, -1, -1
	}
	for q := open + 2; q < len(s.toks); q++ {
		if s.lower[q] != "," {
			continue
		}
		v := q + 1
		for v < len(s.toks) && s.toks[v].UPOS == "ADV" {
			v++
		}
		if v < len(s.toks) && (s.toks[v].UPOS == "VERB" || s.toks[v].UPOS == "AUX") && s.toks[v].XPOS != "VBG" {
			return open, q, v
		}
		break
	}
	return -1, -1, -1
}

// withinSubjectAside reports whether verb i lies in a subject's aside
// beyond its participle, right after a noun of it: what the placards ask
// describes the protesters, and the sentence's act is the march. The
// participle itself is kept ("Trump, meeting Xi in Osaka, said ..." met
// Xi).
func (s *sentence) withinSubjectAside(i int) bool {
	open, close, _ := s.subjectAside()
	// The verb says what a noun of the aside says: it follows the noun
	// ("placards asking"), where a second participle joined to the first
	// ("waving flags and demanding ...") is the subject's own.
	return open >= 0 && open+2 < i && i < close && s.toks[i-1].UPOS == "NOUN"
}

// asideSubject returns the noun before a subject's aside when verb i is
// the main verb after it and the parse gave the verb no subject of its
// own ("Thousands of demonstrators, waving banners ..., marched", the
// verb hung inside the aside); -1 otherwise.
func (s *sentence) asideSubject(i int) int {
	open, _, main := s.subjectAside()
	if open < 0 || main != i || s.child(i, "nsubj", "nsubj:pass") >= 0 {
		return -1
	}
	return open - 1
}

// imperative reports whether the verb at i is a bare base form with no
// subject, auxiliary or "to" of its own, at the root or joined to a verb
// that is not a base form itself ("She was 95, but ask anyone close to
// her"): a command addresses the reader and reports no act. ("will meet
// and sign" joins "sign" to a base form that has its auxiliary.)
func (s *sentence) imperative(i int) bool {
	if s.toks[i].XPOS != "VB" || s.isPast(i) || s.child(i, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark") >= 0 {
		return false // "Police arrived and shot him", "shot" tagged a base form
	}
	switch h := s.head[i]; {
	case h < 0:
		return i == 0 || s.lower[i-1] == "," || s.lower[i-1] == "but" || s.lower[i-1] == "and"
	case s.toks[i].Rel == "conj":
		// A noun the parse made the head is a predicate only with its
		// copula ("was a tough negotiator, but ask anyone").
		return s.toks[h].XPOS != "VB" && (s.toks[h].UPOS != "NOUN" || s.child(h, "cop") >= 0)
	}
	return false
}
