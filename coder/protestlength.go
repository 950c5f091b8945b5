package coder

import (
	"slices"
	"strings"
)

// A strike or a protest whose length is counted is one under way: "no
// solution is in sight to a three-day-old strike by bankworkers", "a deal
// was reached in a five-week strike by 48,000 workers at GM", "schools
// stayed shut for a second day of a strike by teachers". Counting its
// days asserts that it happens, whatever verb the clause has; named as a
// frame ("after a two-day strike", "amid a week-long protest") it stays
// a cause, as any act noun does.

// lengthUnits are the units a strike's or a protest's length is counted in.
var lengthUnits = wordSet("day days week weeks month months hour hours")

// ordinalWords count which day of an act it is ("the second day of").
var ordinalWords = wordSet("second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth " +
	"2nd 3rd 4th 5th 6th 7th 8th 9th 10th")

// protestFrames open a phrase that names an act as the cause or the frame of
// another: "after", "amid", "following", "despite" ... the act.
var protestFrames = wordSet("after amid amidst following despite since before because ahead without until")

// lengthCounted reports whether the protest or strike noun at i has its
// length counted in its own words ("a week-long strike", "a 48-hour
// strike", "a three-day-old strike") in a phrase opened by "in" or "to"
// ("a deal was reached in ...", "no end in sight to ..."), or is the act
// a counted day is of ("the second day of a strike"), in a clause told
// as fact and not named as a frame.
func (s *sentence) lengthCounted(i int) bool {
	if s.framed(i) || s.moodOf(s.tclause[i], s.reportedBy(i) >= 0) != asFact {
		return false
	}
	h := s.head[i]
	if h < 0 {
		return false
	}
	switch s.phraseCase(i) {
	case "of":
		// "for a second day of a strike", not "after weeks of protests"
		// nor "the threat of a 48-hour strike".
		return lengthUnits[s.lower[h]] && !protestFrames[s.caseOf(h)] && s.hasChildWord(h, "amod", ordinalWords)
	case "in":
		// "a deal was reached in a five-week strike".
	case "to":
		// "no end is in sight to a week-long strike", but not "agreed
		// to a 48-hour strike", a verb's.
		if !s.nominal(h) {
			return false
		}
	default:
		// An object or a phrase of another kind is no counted strike
		// under way: "threatened a 48-hour strike", "called off a
		// week-long strike", "plans for a 24-hour strike".
		return false
	}
	return s.lengthBefore(i)
}

// framed reports whether the noun at i is named in a phrase of
// protestFrames: its own preposition, or a frame word before it in its
// clause that the parse may hang elsewhere ("amid a week - long strike",
// "amid" taken for a verb; "despite a strike threat by workers and a
// two-week stoppage by seamen").
func (s *sentence) framed(i int) bool {
	if protestFrames[s.caseOf(i)] {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-maxFrameWords; j-- {
		if protestFrames[s.lower[j]] {
			return true
		}
		if u := s.toks[j].UPOS; u == "VERB" || u == "AUX" || s.lower[j] == "," || s.lower[j] == ";" {
			return false
		}
	}
	return false
}

// maxFrameWords is how far before an act noun its frame word may be.
const maxFrameWords = 15

// phraseCase returns the preposition of the noun at i: its case, or,
// when the parse gave it none, the one the words before its phrase show
// ("in sight to a week - long strike", the length hung elsewhere).
func (s *sentence) phraseCase(i int) string {
	if c := s.caseOf(i); c != "" {
		return c
	}
	for j := i - 1; j >= 0 && j >= i-maxLengthWords; j-- {
		switch s.toks[j].UPOS {
		case "ADP":
			return s.lower[j]
		case "DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT":
			if s.lower[j] == "," {
				return ""
			}
		default:
			return ""
		}
	}
	return ""
}

// maxLengthWords is how many words before its noun an act's length may
// be told ("a three - day - old national strike").
const maxLengthWords = 7

// lengthBefore reports whether the words right before the noun at i,
// within its phrase, count a length: a unit hyphened to a number or to
// "long" or "old" ("five-week", "week-long", "three-day-old", "24-hour").
func (s *sentence) lengthBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-maxLengthWords; j-- {
		w := s.lower[j]
		switch s.toks[j].UPOS {
		case "DET", "ADP", "VERB", "AUX", "PRON", "CCONJ", "SCONJ":
			return false
		}
		if w == "," {
			return false
		}
		if lengthUnits[w] && j+1 < i && s.lower[j+1] == "-" {
			return true // "week - long", "three - day - old"
		}
		if lengthUnits[w] && j > 0 && s.lower[j-1] == "-" {
			return true // "five - week strike"
		}
		if strings.Contains(w, "-") && slices.ContainsFunc(strings.Split(w, "-"), func(p string) bool { return lengthUnits[p] }) {
			return true // "24-hour", "week-long" kept as one word
		}
	}
	return false
}
