package coder

import "github.com/annalist/annalist/actor"

// A protest or a strike the news asserts with no one named as doing it is
// done by the people of the country it happens in: "Protests continued
// in Santiago despite the curfew", "about 20 strikes broke out in
// Montenegro". Its authors are that country's civilians (workers for a
// strike), as the crowd counted at a verb's root is (crowd.go). A
// protest told in a clause that frames another act ("after protests
// broke out in the capital") is a cause, and none.

// venueCases open the phrase of where a protest happens.
var venueCases = wordSet("in across throughout")

// frameMarks open a clause that frames another act.
var frameMarks = wordSet("after before since because as when while until amid following")

// protestVenueAuthor returns a mention, at the protest or strike noun i,
// of the people of the country the noun's phrase or its verb's places it
// in, when the noun, of code under 14, is the subject of a verb that
// asserts it; -1 otherwise.
func (s *sentence) protestVenueAuthor(i int, code string) int {
	if !codeUnder(code, "14") || s.toks[i].Rel != "nsubj" || !s.protestAsserted(i, code) {
		return -1
	}
	h := s.head[i]
	if relBase(s.toks[h].Rel) == "advcl" && s.hasChildWord(h, "mark", frameMarks) {
		return -1 // "after protests broke out in the capital"
	}
	country := s.venueOf(i)
	if country == "" {
		country = s.venueOf(h)
	}
	if country == "" {
		return -1
	}
	role := "CVL"
	if code == strikeCode {
		role = "LAB"
	}
	k := s.addAgent(country, role, i)
	s.actorAt[i] = -1 // the noun stays the act's word
	return k
}

// venueOf returns the country of a place the word at h has in a phrase of
// venueCases ("in Santiago", "across Iran"), "" if none.
func (s *sentence) venueOf(h int) string {
	for j := range s.toks {
		if r := relBase(s.toks[j].Rel); s.head[j] != h || r != "nmod" && r != "obl" || !venueCases[s.caseOf(j)] {
			continue
		}
		if k := s.mentionOf(j); k >= 0 && (s.ms[k].Kind == actor.Country || s.ms[k].Kind == actor.Capital) && s.ms[k].Country != "" {
			return s.ms[k].Country
		}
	}
	return ""
}
