package coder

import "strings"

// A meeting proposed or sought by a pronoun in reported speech is the
// speaker's: "Japan said it would seek a summit with South Korea" is
// Japan's intent to meet South Korea (036), as "Japan will seek a
// meeting with South Korea" is.

// subjectPronouns may stand for the speaker of the clause they are in.
var subjectPronouns = wordSet("it we they he she")

// proposers returns the actors of the subject of the verb at h that
// proposes or seeks a meeting: its own actors, else, for a pronoun in
// reported speech that fits the speaker, the speaker (with those joined
// to it for "we" and "they"), and then spoken is true: the speaker, set
// apart as the report's channel elsewhere, is the source here.
func (s *sentence) proposers(h int) (actors []int, spoken bool) {
	subj := s.child(h, "nsubj", "nsubj:pass")
	if e := s.child(h, "expl"); subj < 0 && e >= 0 && e < h && s.lower[e] == "it" {
		subj = e // "said it was open to talks", "it" read as an expletive
	}
	if subj < 0 {
		return nil, false
	}
	if a := s.actorsOf(subj); len(a) > 0 || !subjectPronouns[s.lower[subj]] {
		return a, false
	}
	via := s.reportedBy(h)
	if via < 0 || !s.pronounFits(h, via) {
		return nil, false
	}
	if s.pluralPronounSubject(h) {
		return s.speakers(via), true
	}
	return []int{via}, true
}

// readyFor names the words that state a readiness for talks, with the
// preposition that names the talks: "open to talks", "ready for talks",
// "prepared for negotiations", "committed to talks".
var readyFor = map[string]string{"open": "to", "ready": "for", "prepared": "for", "committed": "to"}

// openTo reports whether the consultation noun at i (04) is what its
// subject states itself open or ready for: "Iran said it was open to
// talks with Saudi Arabia", "Iran is ready for talks with the United
// States" declare the intent to meet (036), as seeking talks does.
// Negated ("is not open to talks") it is none.
func (s *sentence) openTo(i int, v *verb) bool {
	h := s.head[i]
	if h < 0 || relBase(s.toks[i].Rel) != "obl" || !strings.HasPrefix(v.def.code, "04") || s.negatedAt(h) {
		return false
	}
	c, ok := readyFor[s.lower[h]]
	if !ok || s.caseOf(i) != c {
		return false
	}
	return s.toks[h].UPOS == "ADJ" || s.toks[h].XPOS == "VBN" && s.child(h, "aux:pass") >= 0
}

// proposingVerb returns the verb the noun at i is the object of: its
// head, or, when the parse hung the noun from the "to" phrase before it
// ("will propose to Andean countries a summit meeting with Trump", the
// meeting read as the countries' object), the verb of that phrase.
func (s *sentence) proposingVerb(i int) int {
	h := s.head[i]
	if h < 0 || s.toks[i].Rel != "obj" || s.toks[h].UPOS != "NOUN" || relBase(s.toks[h].Rel) != "obl" || s.caseOf(h) != "to" {
		return h
	}
	if g := s.head[h]; g >= 0 && proposeVerbs[s.toks[g].Lemma] {
		return g
	}
	return h
}
