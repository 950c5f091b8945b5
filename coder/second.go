package coder

import "github.com/annalist/annalist/actor"

// A pronoun that opens a second clause joined to the first by "and", a
// semicolon or a colon most often continues the first clause's subject:
// "Macron met Merkel in Paris; he later visited Poland" (Macron),
// "The European Union criticized Russia: it accused Moscow of meddling"
// (the Union). The nearest person named before it, which
// subjectAntecedent takes otherwise, is often the first clause's object.

// joinedSubject returns the subject of the clause the verb at i is
// joined to when the verb's subject is a pronoun ("he", "she", "it")
// that fits it: a single actor, named as such (not by a pronoun
// itself); -1 otherwise.
func (s *sentence) joinedSubject(i int) int {
	if r := s.toks[i].Rel; r != "conj" && r != "parataxis" && !(r == "advcl" && s.semicolonClause(i)) {
		return -1
	}
	subj := s.child(i, "nsubj", "nsubj:pass")
	if subj < 0 || s.actorAt[subj] >= 0 || !joiningPronouns[s.lower[subj]] {
		return -1
	}
	h := s.head[i]
	if h < 0 || s.toks[h].UPOS != "VERB" || s.says(h) {
		// "Officials said ..., and it killed": a report's speaker is
		// left to the rules of reported speech.
		return -1
	}
	a, pronoun, found := s.subjectOf(h)
	if !found || pronoun || len(a) != 1 || !s.pronounFits(i, a[0]) {
		return -1
	}
	if s.lower[subj] != "it" && s.ms[a[0]].Kind != actor.Person {
		// "The government asked Judge Miller to delay his ruling, but he
		// declined": "he" is a person, not a body.
		return -1
	}
	return a[0]
}

// joiningPronouns are the subject pronouns joinedSubject resolves.
var joiningPronouns = map[string]bool{"he": true, "she": true, "it": true}

// semicolonClause reports whether the clause of the verb at i opens
// after a semicolon or a colon, with no word that subordinates it: the
// parse may hang such a clause as an adverbial one.
func (s *sentence) semicolonClause(i int) bool {
	if s.child(i, "mark") >= 0 {
		return false
	}
	for j := range s.toks {
		if s.head[j] == i && s.toks[j].Rel == "punct" && j < i && (s.lower[j] == ";" || s.lower[j] == ":") {
			return true
		}
	}
	return false
}

// objectPronouns are the object pronouns joinedObject resolves.
var objectPronouns = map[string]bool{"it": true, "them": true}

// joinedObject returns, for the verb at i whose object is "it" or "them"
// and which is joined to another verb as a participle or a second verb
// ("imposed sanctions on Iran, accusing it of supporting terrorism"),
// the actor that verb acts on when the pronoun fits it: "it" a country
// or body, "them" a group or several; -1 otherwise.
func (s *sentence) joinedObject(i int) int {
	obj := s.child(i, "obj")
	if obj < 0 || s.actorAt[obj] >= 0 || !objectPronouns[s.lower[obj]] {
		return -1
	}
	h := s.head[i]
	switch s.toks[i].Rel {
	case "advcl", "conj", "xcomp":
	default:
		return -1
	}
	if h < 0 || s.toks[h].UPOS != "VERB" {
		return -1
	}
	if k := s.objectOf(h); k >= 0 {
		if s.objectFits(obj, k) {
			return k
		}
		return -1
	}
	// The tree may hang the actor from the object's noun ("imposed
	// sanctions on Iran"): the first actor after the verb, before the
	// pronoun's verb, that fits.
	for k, m := range s.ms {
		if m.Start > h && m.End <= i && s.clause[m.Start] >= 0 && s.objectFits(obj, k) {
			return k
		}
	}
	return -1
}

// objectFits reports whether the object pronoun at p may stand for
// mention k: "it" for a country or a body, "them" for a group or
// several.
func (s *sentence) objectFits(p, k int) bool {
	m := s.ms[k]
	plural := s.plural(m.End-1) || s.lower[m.End-1] == "people"
	if s.lower[p] == "it" {
		return !plural && m.Kind != actor.Person && m.Kind != actor.Agent
	}
	return plural
}

// pronounObject makes a mention of the actor an object pronoun of the
// verb at i stands for (joinedObject), before the verb's patterns look
// for their target ("and charged them with rioting").
func (s *sentence) pronounObject(i int) {
	if k := s.joinedObject(i); k >= 0 {
		obj := s.child(i, "obj")
		s.addMention(s.ms[k], obj, obj+1)
	}
}
