package coder

import "strings"

// Talks and meetings are news as the setting of another act: "Le Drian
// discussed the crisis in Libya in talks on Monday with Di Maio", "Abe
// made the proposal at a meeting with Trump". Whoever does the act in
// them held them, with the partner the noun (or the clause right after
// it) names. With no one in the clause to hold them ("no progress had
// been made in talks with Japan, White House officials said"), they are
// the speaker's side's. Talks only wanted, offered or refused are not
// held: those verbs do not set an act in talks.

// settingCases open a phrase that sets an act in talks or a meeting.
var settingCases = map[string]bool{"in": true, "at": true}

// heldIn returns who held the talks or meeting (code under 04) at i that
// set the act of the verb above them: the verb's subject. The phrase may
// hang from a word of the verb's object, as the parse often hangs it
// ("discussed the need to control spending in talks with Lawson"). Nil
// when the noun sets no act, the verb is no fact of its own (an
// adjective's "interested in talks"), or its subject is no actor.
func (s *sentence) heldIn(i int, code string) []int {
	h := s.settingVerb(i, code)
	if h < 0 || s.negatedAt(h) {
		return nil
	}
	a, _, _ := s.subjectOf(h)
	return a
}

// settingVerb returns the verb whose act the talks noun at i (code under
// 04) sets, "in" or "at" them: the verb the phrase hangs from, or the
// verb over the nouns and infinitives it hangs from, a few steps up; -1
// if none.
func (s *sentence) settingVerb(i int, code string) int {
	if !strings.HasPrefix(code, "04") || !settingCases[s.caseOf(i)] {
		return -1
	}
	if r := relBase(s.toks[i].Rel); r != "obl" && r != "nmod" {
		return -1
	}
	h := s.head[i]
	for steps := 0; h >= 0 && steps < maxSettingSteps; steps++ {
		if r := s.toks[h].Rel; s.toks[h].UPOS == "VERB" && (r != "acl" && r != "xcomp" || s.child(h, "nsubj") >= 0) {
			return h // a finite verb; an infinitive's is the one above
		}
		if s.toks[h].UPOS != "NOUN" && s.toks[h].UPOS != "VERB" {
			return -1
		}
		h = s.head[h]
	}
	return -1
}

// maxSettingSteps is how far above talks the verb they set may be.
const maxSettingSteps = 4

// partnerAfter returns the actors of a "with" phrase that follows the
// talks noun at i in its clause but that the parse hung from a word
// after it or above it ("in talks on Monday with Di Maio", "with Di
// Maio" under "Monday"); nil if none.
func (s *sentence) partnerAfter(i int) []int {
	above := func(x int) bool {
		for h, n := s.head[i], 0; h >= 0 && n <= maxSettingSteps; h, n = s.head[h], n+1 {
			if x == h {
				return true
			}
		}
		return false
	}
	for b := i + 1; b < len(s.toks) && b <= i+maxPartnerWords; b++ {
		if s.lower[b] != "with" || s.toks[b].Rel != "case" {
			continue
		}
		j := s.head[b]
		if x := s.head[j]; x == i || above(x) || x > i && x < b && above(s.head[x]) {
			return s.actorsOf(j)
		}
		return nil
	}
	return nil
}

// maxPartnerWords is how far after talks their partner may be named.
const maxPartnerWords = 6

// speakerHeld returns, for talks with a partner (targets) that no one in
// the clause holds, the speaker who reports them, when the clause tells
// they went on: the noun sets the verb's act ("progress was made in
// talks with Japan") or is its subject ("talks with Japan ended"). Nil
// otherwise.
func (s *sentence) speakerHeld(i int, code string, targets []int) []int {
	h := s.head[i]
	if !strings.HasPrefix(code, "04") || len(targets) == 0 || h < 0 || s.toks[h].UPOS != "VERB" || s.negatedAt(h) {
		return nil
	}
	switch rel := s.toks[i].Rel; {
	case relBase(rel) == "obl" && settingCases[s.caseOf(i)]:
	case rel == "nsubj" || rel == "nsubj:pass":
	default:
		return nil
	}
	via := s.reportedBy(i)
	if via < 0 || s.ms[via].Country == "" || s.ms[via].Country == s.ms[targets[0]].Country {
		return nil
	}
	return []int{via}
}
