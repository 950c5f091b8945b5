package coder

import (
	"strings"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// This file codes a sentence from its dependency tree (Universal
// Dependencies): the subject is the source, the object or the
// prepositional argument the pattern names is the target, and the tree
// says what is passive, negated, hypothetical, intended, reported or past.

// parsed reports whether tokens carry a dependency parse.
func parsed(toks []nlp.Token) bool {
	for _, t := range toks {
		if t.Rel != "" {
			return true
		}
	}
	return false
}

// opensClause reports whether token i heads a clause of its own: the
// root, a complement or adverbial clause, a clause modifying a noun, or a
// verb joined to another. An xcomp ("agreed to meet") stays in the clause
// of its head, as the words of a pattern may run into it ("declined to
// comment").
func (s *sentence) opensClause(i int) bool {
	if s.head[i] < 0 {
		return true
	}
	switch relBase(s.toks[i].Rel) {
	case "ccomp", "advcl", "parataxis", "acl", "csubj":
		return true
	case "conj":
		return s.toks[i].UPOS == "VERB" || s.toks[i].UPOS == "AUX"
	}
	return false
}

func relBase(rel string) string {
	base, _, _ := strings.Cut(rel, ":")
	return base
}

// numberTreeClauses sets each token's tree clause to the token heading it.
// A climb that reaches a token whose clause is known stops there: the
// rest of the way is the same (a malformed parse's cycle is never known,
// and is climbed as far as the sentence is long).
func (s *sentence) numberTreeClauses() {
	n := len(s.toks)
	known := make([]bool, n)
	for i := range s.toks {
		j, steps := i, 0
		for ; steps < n; steps++ {
			if known[j] {
				j = s.tclause[j]
				break
			}
			if s.opensClause(j) {
				break
			}
			j = s.head[j]
		}
		s.tclause[i], known[i] = j, steps < n
	}
}

// child returns the first dependent of h with one of rels, or -1.
func (s *sentence) child(h int, rels ...string) int {
	for j := range s.toks {
		if s.head[j] != h {
			continue
		}
		for _, r := range rels {
			if s.toks[j].Rel == r {
				return j
			}
		}
	}
	return -1
}

// caseOf returns the lower-case preposition (case dependent) of a nominal,
// with "according to" and "because of" read as their first word.
func (s *sentence) caseOf(h int) string {
	if c := s.child(h, "case"); c >= 0 {
		return s.lower[c]
	}
	return ""
}

// hasChildWord reports whether h has a dependent with relation rel (any
// subtype when rel has none) whose lower-case form is one of words.
func (s *sentence) hasChildWord(h int, rel string, words map[string]bool) bool {
	for j := range s.toks {
		if s.head[j] == h && (s.toks[j].Rel == rel || relBase(s.toks[j].Rel) == rel) && words[s.lower[j]] {
			return true
		}
	}
	return false
}

// prepPhrase reports whether h has a dependent before token before with
// relation rel (any subtype) opened by the preposition prep ("a visit
// to London", "talks with Erdogan").
func (s *sentence) prepPhrase(h int, rel, prep string, before int) bool {
	for j := 0; j < before; j++ {
		if s.head[j] == h && relBase(s.toks[j].Rel) == rel && s.caseOf(j) == prep {
			return true
		}
	}
	return false
}

// within reports whether token j lies in the subtree of h.
func (s *sentence) within(j, h int) bool {
	for steps := 0; j >= 0 && steps <= len(s.toks); steps++ {
		if j == h {
			return true
		}
		j = s.head[j]
	}
	return false
}

// allWithin reports whether every token from from up to to (exclusive)
// lies in the subtree of h: nothing but h's own words between.
func (s *sentence) allWithin(from, to, h int) bool {
	for j := from; j < to; j++ {
		if !s.within(j, h) {
			return false
		}
	}
	return true
}

// eventNoun reports whether token i is a noun the verb dictionary knows
// as an act ("visit", "talks", "criticism").
func (s *sentence) eventNoun(i int) bool {
	if !s.nominal(i) {
		return false
	}
	_, ok := s.nounVerb(i)
	return ok
}

// nominal reports whether token i is a noun, or a word the tagger took
// for an adjective that the parse uses as one ("the offensive against
// ..." as a subject): the tree knows the word's place better.
func (s *sentence) nominal(i int) bool {
	switch s.toks[i].UPOS {
	case "NOUN":
		return true
	case "ADJ":
		switch s.toks[i].Rel {
		case "nsubj", "nsubj:pass", "obj", "iobj", "obl":
			return true
		}
		// "Pakistan's offensive against ...": a word with a possessor
		// is a noun, whatever its tag.
		return s.child(i, "nmod:poss") >= 0
	}
	return false
}

// nounVerb returns the verb a noun names: its own form ("attack",
// "talks") or a noun listed with @noun ("criticism").
func (s *sentence) nounVerb(i int) (*verb, bool) {
	if v, ok := s.strikeNoun(i); ok {
		return v, true // "a strike by workers": a stoppage, not force
	}
	if v, ok := s.v.nouns[s.lower[i]]; ok {
		return v, true
	}
	if f, ok := s.v.forms[s.lower[i]]; ok && f.kind&(formBase|formThird) != 0 && !f.verb.say {
		return f.verb, true
	}
	return nil, false
}

// mentionOf returns the actor a phrase headed by h names: the mention
// over h itself, else one over a word that modifies it ("the Ukrainian
// city of Kharkiv", "Turkey's president"), preferring a country's; -1 for
// none. A phrase headed by an act ("Russia's attack") names no actor.
func (s *sentence) mentionOf(h int) int {
	if h < 0 {
		return -1
	}
	if k := s.actorAt[h]; k >= 0 {
		return k
	}
	if s.eventNoun(h) {
		return -1
	}
	best := -1
	for j := range s.toks {
		if s.head[j] != h {
			continue
		}
		k := -1
		switch s.toks[j].Rel {
		case "amod", "nmod:poss", "flat", "det:poss":
			if k = s.actorAt[j]; k >= 0 && s.toks[j].Rel == "amod" && s.topicCompound(j, h) {
				k = -1 // "European Community spending cuts"
			}
		case "compound", "nmod":
			// "the Ukrainian city of Kharkiv", but not "the fiancée of a
			// journalist" or "the police complex": a role word there is
			// someone else. A number of people is those people
			// ("thousands of protesters", "dozens of police").
			c := s.caseOf(j)
			if k = s.actorAt[j]; k >= 0 && s.roleOnly(k) && !(s.quantity(h) && c == "of") {
				k = s.roleOwner(j, k) // an organisation's plan is its own ("a NATO plan")
			}
			if k < 0 && s.quantity(h) && s.quantity(j) && c == "of" {
				k = s.mentionOf(j) // "tens of thousands of people"
			}
			// "a letter to Trump", "talks with Iran": an actor the phrase
			// is directed at is another party.
			if otherParty[c] {
				k = -1
			}
			if k >= 0 && s.toks[j].Rel == "nmod" && s.placeOnly(j, k) {
				k = -1 // "hailstorms in south China": where, not whose
			}
			if k >= 0 && s.toks[j].Rel == "compound" && s.topicCompound(j, h) {
				k = -1 // "the Iran arms scandal" is about Iran, not Iran
			}
			if k >= 0 && s.quantity(h) && c == "of" {
				return k // "dozens of protesters in Khartoum": whom it counts
			}
		case "appos":
			// "Kurt Volker, the United States special envoy": the
			// apposition's own phrase names the actor.
			if k = s.actorAt[j]; k < 0 && s.toks[h].Rel != "appos" {
				k = s.mentionOf(j)
			}
		}
		// A country's actor is preferred to one of no country; the name
		// the phrase itself bears ("Poland's Law and Justice party") to
		// the country that owns it.
		// So is the name set beside it: "his Russian counterpart
		// Vladimir Putin" is Putin.
		named := k >= 0 && best >= 0 && (s.toks[j].Rel == "compound" || s.toks[j].Rel == "appos") && s.ms[k].Kind != actor.Country && s.ms[k].Country != "" && s.ms[best].Kind == actor.Country
		if k >= 0 && (best < 0 || s.ms[best].Country == "" && s.ms[k].Country != "" || named) {
			best = k
		}
	}
	return best
}

// mentionHead returns the token of mention k that the parse hangs from a
// word outside the mention (or from none): the head of the mention's
// phrase; -1 if there is none.
func (s *sentence) mentionHead(k int) int {
	m := s.ms[k]
	for j := m.Start; j < m.End; j++ {
		if h := s.head[j]; h < m.Start || h >= m.End {
			return j
		}
	}
	return -1
}

// objectBefore returns the actor right before the -ing participle at i
// when it is the object of the verb the participle hangs from; -1
// otherwise.
func (s *sentence) objectBefore(i int) int {
	if s.toks[i].XPOS != "VBG" || i == 0 || s.child(i, "mark") >= 0 {
		return -1
	}
	k := s.actorAt[i-1]
	if k < 0 {
		return -1
	}
	for j := s.ms[k].Start; j < s.ms[k].End; j++ {
		if s.head[j] == s.head[i] && s.toks[j].Rel == "obj" {
			return k
		}
	}
	return -1
}

// plural reports whether the noun at h is plural ("leaders").
func (s *sentence) plural(h int) bool {
	x := s.toks[h].XPOS
	return x == "NNS" || x == "NNPS"
}

// nounAt reports whether token h is a noun or a name.
func (s *sentence) nounAt(h int) bool {
	return h >= 0 && (s.toks[h].UPOS == "NOUN" || s.toks[h].UPOS == "PROPN")
}

// vocativeBefore returns an actor the parse made a vocative before the
// verb at i, hung from the verb or from a participle of it ("Erdogan,
// speaking to reporters, accused ..."); -1 if none.
func (s *sentence) vocativeBefore(i int) int {
	for v := 0; v < i; v++ {
		if s.toks[v].Rel != "vocative" || s.actorAt[v] < 0 {
			continue
		}
		if h := s.head[v]; h == i || h >= 0 && s.head[h] == i && s.toks[h].Rel == "advcl" {
			return v
		}
	}
	return -1
}

// otherParty are the prepositions of a noun's phrase that name someone
// other than the noun's own actor.
var otherParty = map[string]bool{"to": true, "with": true, "against": true, "on": true, "into": true, "for": true,
	"between": true, "toward": true, "towards": true, "over": true, "about": true, "at": true}

// quantityWords count the people of an of-phrase ("thousands of
// protesters", "a group of lawmakers").
var quantityWords = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "millions": true, "tens": true,
	"scores": true, "number": true, "group": true, "groups": true, "crowd": true, "crowds": true, "members": true,
	"some": true, "many": true, "several": true, "most": true, "all": true, "majority": true, "hundred": true, "thousand": true}

// quantity reports whether token h counts people rather than naming them.
func (s *sentence) quantity(h int) bool {
	return quantityWords[s.lower[h]] || s.toks[h].UPOS == "NUM"
}

// actorsOf returns the actors of the phrase headed by h and of the
// phrases joined to it ("France, Germany and Italy").
func (s *sentence) actorsOf(h int) []int {
	var out []int
	add := func(k int) {
		if k < 0 {
			return
		}
		for _, x := range out {
			if x == k {
				return
			}
		}
		out = append(out, k)
	}
	first := s.mentionOf(h)
	add(first)
	for j := range s.toks {
		if s.toks[j].Rel != "conj" {
			continue
		}
		// The phrase's own conjuncts, and those hung from a word of its
		// mention ("Presidents Muhammadu Buhari of Nigeria and Patrice
		// Talon", the second name joined to "Buhari").
		x := s.head[j]
		if x == h {
			add(s.mentionOf(j))
		} else if first >= 0 && x >= s.ms[first].Start && x < s.ms[first].End && s.actorAt[j] != first {
			// Only a person, or each country of a plural ("the leaders
			// of France and Germany"): "the ambassador of France and
			// Italy" is one actor.
			if k := s.mentionOf(j); k >= 0 && (s.ms[k].Kind == actor.Person || s.plural(h)) {
				add(k)
			}
		}
	}
	if first >= 0 && s.ms[first].Kind == actor.Person {
		for _, k := range s.peopleJoinedToCountry(first) {
			add(k)
		}
	}
	return out
}

// authorsOf returns the actors behind a noun that an -ing participle
// modifies: the noun's own actors ("officials asking ..."), else those it
// is by or from ("the calls by UK officials asking ..."), else the
// subject of the verb it is the object of ("X issued a statement
// condemning ...", "X sent a letter requesting ...").
func (s *sentence) authorsOf(h int) []int {
	if a := s.actorsOf(h); len(a) > 0 {
		return a
	}
	for j := range s.toks {
		if s.head[j] == h && (s.toks[j].Rel == "nmod:poss" || relBase(s.toks[j].Rel) == "nmod" && (s.caseOf(j) == "by" || s.caseOf(j) == "from")) {
			if a := s.actorsOf(j); len(a) > 0 {
				return a
			}
		}
	}
	if v := s.head[h]; v >= 0 && s.toks[h].Rel == "obj" {
		a, _, _ := s.subjectOf(v)
		return a
	}
	return nil
}

// authorsOfAct returns who does the act a noun names: its possessor
// ("Russia's attack"), the country of its adjective ("Russian
// airstrikes") or its "by" phrase ("attacks by the army", "the sanctions
// imposed by Russia").
func (s *sentence) authorsOfAct(h int) []int {
	for j := range s.toks {
		if s.head[j] != h {
			continue
		}
		switch rel := s.toks[j].Rel; {
		case rel == "nmod:poss", relBase(rel) == "nmod" && (s.authorCase(h, j) || s.caseOf(j) == "of" && ownActNouns[s.lower[h]]):
			if a := s.actorsOf(j); len(a) > 0 && !(heldNouns[s.lower[h]] && s.roleOnly(a[0])) {
				return a
			}
		case rel == "amod", rel == "compound" && s.compoundAuthor(j, h):
			// "Russian airstrikes", "the US demand", "a Reagan
			// administration plan"; but "the Ukraine invasion" is done to
			// Ukraine.
			if k := s.countryActorAt(j); k >= 0 {
				return []int{k}
			}
		case relBase(rel) == "nmod" && (s.caseOf(j) == "of" || reaches[s.caseOf(j)]) && s.actorAt[j] < 0:
			// "an offer of aid from the G7"; "the attack on the Saudi oil
			// facilities by Houthi rebels", the author hung from the
			// phrase of whom it was made on.
			for n := range s.toks {
				if s.head[n] == j && relBase(s.toks[n].Rel) == "nmod" && s.authorCase(h, n) {
					if a := s.actorsOf(n); len(a) > 0 {
						return a
					}
				}
			}
		case strings.HasPrefix(rel, "acl") && s.toks[j].XPOS == "VBN":
			// "the sanctions imposed by Russia"
			for o := range s.toks {
				if s.head[o] == j && s.caseOf(o) == "by" {
					if a := s.actorsOf(o); len(a) > 0 {
						return a
					}
				}
			}
		}
	}
	return nil
}

// ownActNouns name acts that are their "of" phrase's own, done by it
// rather than to it: "the visit of Prime Minister Abe", "the remarks of
// the foreign minister" (as against "the arrest of the opposition
// leader").
var ownActNouns = map[string]bool{"visit": true, "visits": true, "trip": true, "remarks": true, "comments": true,
	"statement": true, "statements": true, "speech": true, "decision": true, "move": true, "refusal": true,
	"conduct": true, "behavior": true, "behaviour": true, "actions": true, "stance": true, "handling": true,
	"meeting": true, "summit": true, "session": true, "conference": true}

// heldNouns are those of ownActNouns that a body holds: "the annual
// meeting of the ADB" is the bank's, but "the meeting of foreign
// ministers" names no one's in particular, and its role words are no
// one's but the home country's.
var heldNouns = map[string]bool{"meeting": true, "summit": true, "session": true, "conference": true}

// authorCase reports whether the phrase j of the act noun h names the
// act's author by its preposition: "by", or "from" ("an offer from the
// G7", "criticism from Greece", and "an offer of aid from the G7", the
// phrase hung from the "of" phrase), but not for a withdrawal or a
// release, where "from" names what is left.
func (s *sentence) authorCase(h, j int) bool {
	switch s.caseOf(j) {
	case "by":
		return true
	case "from":
		if s.goesTo(h, j) {
			return false // "a visit to London on his way home from Jamaica": whence
		}
		v, ok := s.nounVerb(h)
		if !ok {
			if o := s.head[j]; o >= 0 && o != h && s.head[o] == h && s.caseOf(o) == "of" {
				v, ok = s.nounVerb(s.head[o])
			}
		}
		return ok && v.def != nil && !strings.HasPrefix(v.def.code, "08")
	}
	return false
}

// timeWords are days that a parse may take for a sentence's subject.
var timeWords = map[string]bool{"yesterday": true, "today": true, "tonight": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// temporalMarks open an -ing clause set in time against its main clause.
var temporalMarks = map[string]bool{"after": true, "before": true, "while": true, "since": true, "upon": true,
	"when": true}

// mannerMarks open an -ing clause that says how or in what the main
// clause's subject acted ("in fighting", "by shelling").
var mannerMarks = map[string]bool{"in": true, "by": true}

// temporalAdjunct reports whether the verb at i is an -ing participle
// opened by a temporal mark ("after meeting Xi").
func (s *sentence) temporalAdjunct(i int) bool {
	return s.toks[i].XPOS == "VBG" && s.hasChildWord(i, "mark", temporalMarks)
}

// bare reports whether the actors ms say nothing of who they are: none,
// or a name the dictionaries know neither country nor role of.
func (s *sentence) bare(ms []int) bool {
	for _, k := range ms {
		if m := s.ms[k]; m.Country != "" || len(m.Roles) > 0 {
			return false
		}
	}
	return true
}

// roleAs returns the actor an "as" phrase of the verb at i names ("John
// Smith resigned as governor of Kano"): the role in which a person the
// dictionaries do not know acts.
func (s *sentence) roleAs(i int) []int {
	for j := range s.toks {
		if s.head[j] == i && relBase(s.toks[j].Rel) == "obl" && s.caseOf(j) == "as" {
			if k := s.mentionOf(j); k >= 0 {
				return []int{k}
			}
		}
	}
	return nil
}

// forceNoun reports whether the noun at h names an act of force (18,
// 19, 20), whose compound country is often its victim.
func (s *sentence) forceNoun(h int) bool {
	v, ok := s.nounVerb(h)
	if !ok || v.def == nil {
		return false
	}
	return codeUnder(v.def.code, "18", "19", "20")
}

// compoundAuthor reports whether the name j compounded with the act
// noun h names its author: "the US demand", "Houthi drone strikes"; but
// a country before an act of force is its target ("the Ukraine
// invasion"), while a group or a force is not invaded so.
func (s *sentence) compoundAuthor(j, h int) bool {
	if !s.forceNoun(h) {
		return true
	}
	k := s.actorAt[j]
	return k >= 0 && s.ms[k].Kind != actor.Country && s.ms[k].Kind != actor.Capital
}

var relativePronouns = map[string]bool{"who": true, "which": true, "that": true}

// maxAsking is how deep subjectOf may call itself through act nouns
// ("the talks' host ..."); deeper is a cycle in the parse.
const maxAsking = 4

// subjectOf returns the actors doing the act of the clause headed by i,
// and whether its subject is a pronoun: the subject's
// actors; for a verb joined to another ("attacked Ukraine and threatened
// Poland"), an infinitive ("agreed to meet") or a participle ("...,
// calling for talks") without a subject, those of the verb it depends on;
// for a relative pronoun, the noun the clause modifies.
//
// The third result tells whether the tree names a subject at all: when it
// names one that is no actor ("a fire killed ..."), the words around the
// verb are not searched for another.
func (s *sentence) subjectOf(i int) (actors []int, pronoun, found bool) {
	if s.asking >= maxAsking {
		return nil, false, false
	}
	s.asking++
	defer func() { s.asking-- }()
	for steps := 0; i >= 0 && steps < 8; steps++ {
		subj := s.child(i, "nsubj", "nsubj:outer", "nsubj:pass")
		if subj < 0 {
			subj = s.readySubject(i) // "said it was eager to", "it" read as expletive (readiness.go)
		}
		if v := s.vocativeBefore(i); subj < 0 && v >= 0 && s.head[i] < 0 {
			// "China, responding to the sanctions, recalled ...": news
			// addresses no one; a name set before the main verb so is
			// its subject.
			subj = v
		}
		if subj >= 0 && relativePronouns[s.lower[subj]] {
			// "..., which the United States criticized": the pronoun
			// is the object, the other subject the verb's.
			if o := s.otherSubject(i, subj); o >= 0 {
				subj = o
			}
		}
		if subj >= 0 {
			m := s.child(i, "mark")
			placeMark := m >= 0 && m < subj && placePreps[s.lower[m]] // a place's "in" or "at" before the subject
			if placeMark && s.head[i] < 0 && m > 0 && s.actorAt[m-1] >= 0 {
				// "..., protesters in Hong Kong marched", the place
				// taken for the subject and the protesters hung
				// elsewhere: the actor before the place's preposition.
				return []int{s.actorAt[m-1]}, false, true
			}
			if placeMark && s.head[i] >= 0 {
				// "gathered around the headquarters in Hong Kong,
				// blocking the exits", "Protesters in Hong Kong
				// surrounded ...", parsed with the place as the verb's
				// subject: the subject is the noun or the clause the
				// verb hangs from. ("with students protesting" has a
				// subject of its own.)
				if h := s.head[i]; s.toks[i].Rel == "acl" && s.head[h] < 0 {
					return s.actorsOf(h), false, true
				}
				if s.toks[i].XPOS == "VBG" {
					i = s.head[i]
					continue
				}
			}
			if k := s.placeSubject(subj); k >= 0 {
				return []int{k}, false, true
			}
			if timeWords[s.lower[subj]] {
				// "Yesterday, Judge X sentenced ..." parsed with the day
				// as the subject: the words before the verb tell.
				return nil, false, false
			}
			if c := s.child(subj, "case"); c >= 0 && s.toks[c].UPOS == "ADP" {
				// "In Nigeria, Abdullahi Ganduje resigned ..." parsed
				// with the place as the subject: the name set beside it
				// is the subject, else the tree names none.
				if subj = s.child(subj, "appos"); subj < 0 {
					return nil, false, false
				}
			}
			if relativePronouns[s.lower[subj]] && (strings.HasPrefix(s.toks[i].Rel, "acl") || s.toks[i].Rel == "parataxis" && s.nounAt(s.head[i])) {
				// "Pompeo, who met King Salman, said ...", the clause hung
				// from the name as an aside.
				return s.actorsOf(s.head[i]), false, true
			}
			a := append(s.actorsOf(subj), s.joinedSubjects(i, subj)...)
			a = append(a, s.companions(subj)...)
			if s.toks[subj].UPOS == "PROPN" && s.bare(a) {
				if r := s.roleAs(i); len(r) > 0 {
					a = r
				}
			}
			if len(a) > 0 || !s.eventNoun(subj) {
				return a, pronouns[s.lower[subj]] && !(s.nameWord(subj) && s.lower[subj] != "i"), true // "Vice Premier Liu He praised": a name
			}
			// "Russian airstrikes killed ...", "the army's attack
			// killed ...": the act's author does what it does, unless
			// the noun names whom it was done to and so codes the act
			// itself ("Russia's attack on Ukraine killed ...").
			if _, ok := s.nounAct(subj); ok {
				return nil, false, true
			}
			return s.authorsOfAct(subj), false, true
		}
		if k := s.asideSubject(i); k >= 0 {
			return s.actorsOf(k), false, true
		}
		if k := s.frontedAppos(i); k >= 0 {
			// "On live television Erdogan attacked ...", the name hung
			// from the place set before it.
			return s.actorsOf(k), false, true
		}
		if o := s.subordinateSubject(i); o >= 0 {
			return s.actorsOf(o), false, true
		}
		if o := s.initialParticiple(i); o >= 0 {
			return s.actorsOf(o), false, true // "Retired Justice Anna Roe criticized ..."
		}
		switch s.toks[i].Rel {
		case "xcomp":
			if h := s.head[i]; h < 0 {
				return nil, false, false
			} else if o := s.child(h, "obj"); o >= 0 && o < i {
				// "Police reported the attacker continued to attack",
				// "forced Iran to release": a complement hung after the
				// head's object is the object's to do.
				return s.actorsOf(o), pronouns[s.lower[o]], true
			}
			i = s.head[i]
		case "conj":
			i = s.head[i]
		case "acl":
			h := s.head[i]
			if h < 0 {
				return nil, false, false
			}
			if s.subordinateActor(i) {
				return s.actorsOf(h), false, true
			}
			// "officials asking the US to ...": an -ing participle's noun
			// is its subject. "Iranian police detained the journalist" is
			// often parsed as a noun with a participle; the noun at the
			// root is then the subject too.
			if s.toks[i].XPOS == "VBG" || s.enacted(i) {
				return s.authorsOf(h), false, true
			}
			if s.head[h] < 0 && (s.toks[h].UPOS == "NOUN" || s.toks[h].UPOS == "PROPN") {
				return s.actorsOf(h), false, true
			}
			if s.countedRoot(h) {
				return s.actorsOf(h), false, true
			}
			return nil, false, false
		case "advcl", "ccomp":
			if k := s.objectBefore(i); k >= 0 {
				// "detained 1,000 protesters demanding free elections":
				// a participle right after the object, with no comma,
				// describes it.
				return []int{k}, false, true
			}
			if h := s.head[i]; h >= 0 && s.toks[h].Lemma == "join" && s.hasChildWord(i, "mark", inMark) {
				// "Germany joined France in condemning ...": both do it.
				a, p, f := s.subjectOf(h)
				if o := s.child(h, "obj"); o >= 0 {
					a = append(a, s.actorsOf(o)...)
				}
				return a, p, f
			}
			// "..., calling for talks"; "After meeting Xi, Macron said
			// ...", whose participle the parser may make the object of
			// "said": the main clause's subject does it.
			// "allied with Kurdish groups in fighting ISIS" and "retaliated
			// by shelling Idlib" are done by the main clause's subject too,
			// not by the nearest name before them.
			if s.toks[i].XPOS != "VBG" || s.child(i, "mark") >= 0 && !s.temporalAdjunct(i) && !s.hasChildWord(i, "mark", mannerMarks) {
				return nil, false, false
			}
			if v := s.relativeHost(i); v >= 0 {
				i = v
				continue
			}
			i = s.head[i]
		default:
			if s.head[i] < 0 && s.toks[i].UPOS == "NOUN" {
				// "Thousands of protesters blocked roads ...,
				// demanding ...", parsed with the crowd at the root:
				// the crowd is the subject.
				if a := s.actorsOf(i); len(a) > 0 {
					return a, false, true
				}
			}
			return nil, false, false
		}
	}
	return nil, false, false
}

// decreeNouns name an instrument that does what its clause says ("a
// decree banning rallies", "a resolution condemning Turkey", "an order to
// suspend the internet").
var decreeNouns = map[string]bool{"decree": true, "decrees": true, "order": true, "orders": true, "resolution": true,
	"law": true, "ordinance": true, "directive": true, "edict": true, "regulation": true, "regulations": true}

// enactVerbs put a decree into force.
var enactVerbs = map[string]bool{"sign": true, "issue": true, "pass": true, "adopt": true, "approve": true, "enact": true}

// enacted reports whether the "to"-infinitive at i says what a decree
// put into force does ("signed a decree to ban rallies"): it is done by
// whoever signed, issued or passed it.
func (s *sentence) enacted(i int) bool {
	h := s.head[i]
	if h < 0 || !decreeNouns[s.lower[h]] || !s.hasChildWord(i, "mark", toMark) || s.toks[h].Rel != "obj" {
		return false
	}
	v := s.head[h]
	return v >= 0 && enactVerbs[s.toks[v].Lemma]
}

// reportedBy returns who reports the clause of token i, as the tree
// says it (reportOf), else as the words do ("..., X said": via); -1 if
// no one does.
func (s *sentence) reportedBy(i int) int {
	if k := s.reportOf(i); k >= 0 {
		return k
	}
	return s.via[i]
}

// reportOf returns the speaker or channel reporting the clause of token
// i ("X said ...", "..., X said", "according to X", "in a statement
// carried by X"), or -1.
func (s *sentence) reportOf(i int) int {
	for j, steps := s.tclause[i], 0; j >= 0 && steps < 8; j, steps = s.tclause[s.head[j]], steps+1 {
		// "..., X said" and "X said ..." as the parser may attach them.
		for c := range s.toks {
			if s.head[c] == j && (s.toks[c].Rel == "parataxis" || s.toks[c].Rel == "ccomp") && s.says(c) {
				if k := s.speakerOf(c); k >= 0 {
					return k
				}
			}
		}
		if k := s.channelOf(j); k >= 0 {
			return k
		}
		if s.head[j] < 0 {
			break
		}
		if r := relBase(s.toks[j].Rel); (r == "ccomp" || r == "parataxis") && (s.says(s.head[j]) || s.pledgedThat(j)) {
			return s.speakerOf(s.head[j])
		}
		if r := relBase(s.toks[j].Rel); r != "conj" && r != "ccomp" && r != "parataxis" {
			break
		}
	}
	return -1
}

// reported reports whether the clause of token i is what a verb of
// saying reports ("He said Iran would not negotiate"), whoever says it.
func (s *sentence) reported(i int) bool {
	j := s.tclause[i]
	if h := s.head[j]; h >= 0 {
		if r := relBase(s.toks[j].Rel); r == "ccomp" || r == "parataxis" {
			return s.says(h) || s.pledgedThat(j) // "promised that it would release" (pledgedthat.go)
		}
	}
	return false
}

// says reports whether token i is a verb of saying.
func (s *sentence) says(i int) bool {
	f, ok := s.verbAt(i)
	return ok && f.verb.say
}

// speakerOf returns the actor saying at the verb of saying i.
func (s *sentence) speakerOf(i int) int {
	if subj := s.child(i, "nsubj"); subj >= 0 {
		return s.firstActorIn(subj)
	}
	if o := s.invertedSpeaker(i); o >= 0 {
		return s.firstActorIn(o)
	}
	return -1
}

// channelOf returns the actor of an "according to X" or "in a statement
// carried by X" phrase of the clause headed by j, or -1.
func (s *sentence) channelOf(j int) int {
	for o := range s.toks {
		if s.head[o] != j || relBase(s.toks[o].Rel) != "obl" {
			continue
		}
		switch c := s.caseOf(o); {
		case c == "according":
			return s.firstActorIn(o)
		case c == "in" && (s.lower[o] == "statement" || s.lower[o] == "report"):
			return s.firstActorIn(o)
		}
	}
	return -1
}

// firstActorIn returns the actor of the phrase headed by h, else the
// first actor inside it, or -1.
func (s *sentence) firstActorIn(h int) int {
	if k := s.mentionOf(h); k >= 0 {
		return k
	}
	for j := range s.toks {
		if k := s.actorAt[j]; k >= 0 && s.within(j, h) {
			return k
		}
	}
	return -1
}

var (
	modals      = map[string]bool{"could": true, "might": true, "may": true, "would": true, "should": true, "can": true, "must": true}
	futures     = map[string]bool{"will": true, "'ll": true, "shall": true}
	conditions  = map[string]bool{"if": true, "unless": true}
	historyCase = map[string]bool{"during": true, "under": true, "since": true, "in": true, "until": true}
	// pastNouns name periods that lie before the news ("during the Cold
	// War", "under Ottoman rule", "since independence").
	pastNouns = map[string]bool{"war": true, "rule": true, "occupation": true, "regime": true, "era": true, "reign": true,
		"dictatorship": true, "empire": true, "revolution": true, "mandate": true, "independence": true, "partition": true}
)

// mood is how a clause presents its act.
type mood int

const (
	asFact mood = iota
	asFuture
	notCoded // hypothetical, conditional or background
)

// moodOf reads the auxiliaries, conditions and time phrases of the clause
// headed by i. In reported speech "would" is the reported "will" ("Russia
// said it would meet Turkey").
func (s *sentence) moodOf(i int, reported bool) mood {
	reported = reported || s.reported(i)
	if s.toks[i].Rel == "advcl" && s.hasChildWord(i, "mark", conditions) || s.questioned(i) {
		return notCoded
	}
	for j := range s.toks {
		if !s.supposing && s.head[j] == i && s.toks[j].Rel == "advcl" && s.hasChildWord(j, "mark", conditions) {
			return notCoded
		}
	}
	if s.past(i) || s.underModal(i) || s.awaited(i, reported) {
		return notCoded
	}
	if !reported && s.subordinate(i) && (s.pastPerfect(i) || s.toks[i].XPOS == "VBG" && s.head[i] >= 0 && s.pastPerfect(s.head[i])) {
		// "records that showed a Japanese bomber had attacked a U.S.
		// vessel": the past perfect of a clause within another sets its
		// act before the news it explains, unless someone reports it
		// ("Iran said it had seized a tanker"). A main clause's past
		// perfect ("Santos had threatened the mayor") is the story's.
		return notCoded
	}
	if s.pastPerfect(i) && s.hasChildWord(i, "advmod", beforeNews) {
		// "Pelosi had previously opposed impeachment": a past perfect
		// the words set before the news is its background, in a main
		// clause too.
		return notCoded
	}
	if h := s.head[i]; h >= 0 && s.toks[i].Rel == "advcl" && s.hasChildWord(i, "mark", temporalMarks) && s.past(s.tclause[h]) {
		// "In 2009, she was appointed after Clinton resigned": a clause
		// set in time by another is as old as that one.
		return notCoded
	}
	m := asFact
	if s.hasChildWord(i, "cop", beForms) && s.hasChildWord(i, "mark", toMark) {
		m = asFuture // "Modi is to visit Saudi Arabia next week"
	}
	for j := range s.toks {
		if s.head[j] != i || s.toks[j].Rel != "aux" {
			continue
		}
		switch w := s.lower[j]; {
		case w == "would" && reported:
			m = asFuture
		case modals[w]:
			return notCoded
		case futures[w]:
			m = asFuture
		}
	}
	if m == asFact && (s.datedAhead(i) || s.dueTo(i)) {
		m = asFuture // "when he visits Washington next month"
	}
	if h := s.head[i]; m == asFact && h >= 0 && s.toks[i].Rel == "conj" && (s.toks[i].XPOS == "VB" || s.toks[i].XPOS == "VBP") && s.toks[h].UPOS == "VERB" &&
		s.child(i, "nsubj", "aux") < 0 && s.moodOf(h, reported) == asFuture {
		// "Iran will meet and negotiate with the United States": a base
		// form joined to a future verb shares its "will" (the tagger
		// takes some for a present tense with no subject: "will make a
		// visit ... and hold talks").
		return asFuture
	}
	return m
}

// awaitedMarks open a clause that sets when another act will be done
// ("will lift the tariffs as soon as Tokyo complies", "once Iran
// releases the tanker").
var awaitedMarks = map[string]bool{"as": true, "when": true, "once": true, "until": true, "till": true,
	"after": true, "before": true, "whenever": true}

// awaited reports whether the verb at i heads such a clause of a verb
// set in the future: what it waits for has not happened either, whatever
// its tense ("he would lift tariffs as soon as Tokyo complied").
func (s *sentence) awaited(i int, reported bool) bool {
	if s.toks[i].Rel != "advcl" || !s.hasChildWord(i, "mark", awaitedMarks) {
		return false
	}
	h := s.head[i]
	for steps := 0; h >= 0 && s.toks[h].UPOS != "VERB" && steps < 2; steps++ {
		h = s.head[h] // "as soon as", hung from "soon"
	}
	return h >= 0 && s.toks[h].UPOS == "VERB" && s.moodOf(h, reported) == asFuture
}

// beForms are the finite forms of "be" that make "is to visit" a plan.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true}

// beforeNews are adverbs that put a past perfect before the news.
var beforeNews = map[string]bool{"previously": true, "formerly": true, "earlier": true, "once": true}

// subordinate reports whether the verb at i heads a clause that complements
// or qualifies another (a complement or adverbial clause), as against a
// main clause, one joined to it, or a relative clause.
func (s *sentence) subordinate(i int) bool {
	c := s.tclause[i]
	if s.toks[i].XPOS == "VBG" && s.head[i] >= 0 {
		c = s.tclause[s.head[i]]
	}
	switch relBase(s.toks[c].Rel) {
	case "ccomp", "advcl", "csubj":
		return true
	}
	return false // a relative clause ("protesters who had gathered") describes a party to the news
}

// pastPerfect reports whether the verb at i is in the past perfect ("had
// attacked", "had been allied").
func (s *sentence) pastPerfect(i int) bool {
	for j := range s.toks {
		if s.head[j] == i && (s.toks[j].Rel == "aux" || s.toks[j].Rel == "aux:pass") && s.lower[j] == "had" {
			return true
		}
	}
	return false
}

// underModal reports whether a clause that governs the one headed by i
// is hypothetical ("the bill would allow people visiting Hong Kong to
// ...") or only expected ("is expected to announce he is rejecting");
// a reported "would" is the speaker's future, not a hypothesis.
func (s *sentence) underModal(i int) bool {
	for j, steps := s.head[i], 0; j >= 0 && steps < 8; j, steps = s.head[j], steps+1 {
		if s.expectedOnly(j) {
			return true // "is expected to announce he is rejecting the bill"
		}
		j = s.tclause[j]
		for a := range s.toks {
			if s.head[a] == j && s.toks[a].Rel == "aux" && modals[s.lower[a]] && !(s.lower[a] == "would" && (s.reportOf(j) >= 0 || s.reported(j))) {
				return true
			}
		}
	}
	return false
}

// negatedAt reports whether the verb at i has a negator ("did not meet",
// "never met").
func (s *sentence) negatedAt(i int) bool {
	// The word right before the verb negates it however the parse hung
	// it ("laws do not prohibit", with "not" attached elsewhere).
	for j := range s.toks {
		if s.head[j] == i && (s.toks[j].Rel == "advmod" || s.toks[j].Rel == "neg") && s.v.negators[s.lower[j]] && !s.notOnly(j) {
			return true
		}
	}
	return i > 0 && s.v.negators[s.lower[i-1]]
}

// passiveAt reports whether the verb at i is passive: it has a passive
// auxiliary ("was attacked"), or a passive subject and is a participle
// (a clause without "be": "the journalist, arrested by police"). A passive
// subject on a finite verb is a parsing slip ("Brazil and Argentina
// talked by telephone") and the verb is read as active.
func (s *sentence) passiveAt(i int) bool {
	if s.child(i, "aux:pass") >= 0 {
		return true
	}
	return s.child(i, "nsubj:pass") >= 0 && s.child(i, "aux") < 0 && s.toks[i].XPOS == "VBN" && s.head[i] >= 0
}

// objectRel reports whether token j hangs from its verb as an object:
// obj or iobj, or an agent with no "by" ("advised residents of her
// city to ...", a slip of the parse for the object).
func (s *sentence) objectRel(j int) bool {
	switch s.toks[j].Rel {
	case "obj", "iobj":
		return true
	case "obl:agent":
		return s.caseOf(j) == ""
	}
	return false
}

// roleOnly reports whether mention k is a role word of no country and no
// organisation of its own ("foreign ministers", "officials").
func (s *sentence) roleOnly(k int) bool {
	m := s.ms[k]
	return m.Country == "" && m.Kind != actor.IGO
}
