package coder

import "strings"

// Talks and meetings are news as the setting of another act: "Le Drian
// discussed the crisis in Libya in talks on Monday with Di Maio", "Abe
// made the proposal at a meeting with Trump". Whoever does the act in
// them held them with the partner a "with" phrase names (hung from the
// noun, or from the words right after it). With no one in the clause to
// hold them ("no progress had been made in talks with Japan, White House
// officials said"), they are the speaker's side's. A meeting with no
// partner named, one "on" a topic or "of" a body, a talk with reporters,
// and talks someone is only sought or drawn into ("seeking to involve
// governments in negotiations") are none.

// settingCases open a phrase that sets an act in talks or a meeting.
var settingCases = map[string]bool{"in": true, "at": true}

// talksHolders returns who held the talks or meeting (code under 04) at
// i, and with whom, when the noun sets another act: the act's subject,
// else the speaker who reports it (spoken true). Nil when the noun names
// no partner or nothing holds it so.
func (s *sentence) talksHolders(i int, code string) (sources, partners []int, spoken bool) {
	if !strings.HasPrefix(code, "04") {
		return nil, nil, false
	}
	partners = s.withPartner(i)
	if len(partners) == 0 || pressWords[s.lower[s.ms[partners[0]].End-1]] {
		return nil, nil, false
	}
	if sources = s.heldIn(i); len(sources) > 0 {
		return sources, partners, false
	}
	if sources = s.speakerHeld(i, partners); len(sources) > 0 {
		return sources, partners, true
	}
	return nil, nil, false
}

// pressWords name the press, whom talking to is speaking to the public.
var pressWords = map[string]bool{"reporters": true, "journalists": true, "press": true, "media": true, "newsmen": true,
	"reporter": true, "journalist": true}

// withPartner returns the actors of the "with" phrase of the talks noun
// at i, hung from it or, by a parse slip, from the words right after it
// (partnerAfter); nil if none.
func (s *sentence) withPartner(i int) []int {
	for j := range s.toks {
		if s.head[j] == i && relBase(s.toks[j].Rel) == "nmod" && s.caseOf(j) == "with" {
			return s.actorsOf(j)
		}
	}
	return s.partnerAfter(i)
}

// heldIn returns who held the talks or meeting at i that set the act of
// the verb above them: the verb's subject. The phrase may hang from a
// word of the verb's object, as the parse often hangs it ("discussed the
// need to control spending in talks with Lawson"). Nil when the noun sets
// no act, the verb is no fact of its own (an adjective's "interested in
// talks", an infinitive's "seeking to involve governments in talks"),
// or its subject is no actor.
func (s *sentence) heldIn(i int) []int {
	h := s.settingVerb(i)
	if h < 0 || s.negatedAt(h) || s.hasChildWord(h, "mark", toMark) {
		return nil
	}
	a, _, _ := s.subjectOf(h)
	return a
}

// settingVerb returns the verb whose act the talks noun at i sets, "in"
// or "at" them: the verb the phrase hangs from, or the verb over the
// nouns and infinitives it hangs from, a few steps up; -1 if none.
func (s *sentence) settingVerb(i int) int {
	if h := s.head[i]; h >= 0 && s.caseOf(i) == "to" && leadVerbs[s.toks[h].Lemma] && relBase(s.toks[i].Rel) == "obl" {
		return h // "led a delegation to the talks with the government"
	}
	if !settingCases[s.caseOf(i)] {
		return -1
	}
	if r := relBase(s.toks[i].Rel); r != "obl" && r != "nmod" {
		return -1
	}
	h := s.head[i]
	for steps := 0; h >= 0 && steps < maxSettingSteps; steps++ {
		if r := s.toks[h].Rel; s.toks[h].UPOS == "VERB" && (r != "acl" && r != "xcomp" || s.child(h, "nsubj") >= 0) {
			return h // a finite verb; an infinitive's is the one above
		} else if r == "xcomp" && !s.hasChildWord(i, "nmod:poss", possessivePronouns) {
			// "seeking to involve governments in talks": sought, not
			// done; but "agreed to discuss it in its talks with Peking"
			// names talks that are the subject's own.
			return -1
		}
		if s.toks[h].UPOS != "NOUN" && s.toks[h].UPOS != "VERB" {
			return -1
		}
		h = s.head[h]
	}
	return -1
}

// leadVerbs take a delegation to talks its subject holds.
var leadVerbs = map[string]bool{"lead": true, "head": true}

// possessivePronouns make talks someone's own ("its talks with Peking").
var possessivePronouns = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true}

// maxSettingSteps is how far above talks the verb they set may be.
const maxSettingSteps = 4

// partnerAfter returns the actors of a "with" phrase that follows the
// talks noun at i, with no verb or punctuation between, but that the
// parse hung from a word after it or above it ("in talks on Monday with
// Di Maio", "with Di Maio" under "Monday"); nil if none. ("At the
// meeting, France sided with producers": the verb's own.)
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
		if u := s.toks[b].UPOS; u == "VERB" || u == "AUX" || u == "PUNCT" {
			return nil
		}
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

// speakerHeld returns the speaker who reports talks with partners that
// no one in the clause holds, when the clause tells they went on: the
// noun sets the verb's act ("progress was made in talks with Japan") or
// is its subject ("talks with Japan ended"), and the speaker is of
// another country than the partner. Nil otherwise.
func (s *sentence) speakerHeld(i int, partners []int) []int {
	h := s.head[i]
	if h < 0 || s.toks[h].UPOS != "VERB" || s.negatedAt(h) {
		return nil
	}
	switch rel := s.toks[i].Rel; {
	case relBase(rel) == "obl" && settingCases[s.caseOf(i)]:
	case rel == "nsubj" || rel == "nsubj:pass":
	default:
		return nil
	}
	via := s.reportedBy(i)
	if via < 0 || s.ms[via].Country == "" || s.ms[via].Country == s.ms[partners[0]].Country {
		return nil
	}
	return []int{via}
}

// betweenJoined returns the sides of talks "between" two actors when the
// parse made the second the subject of the verb after them ("Talks
// between the United States and Iran resumed", read as "Iran resumed"
// joined to "Talks"): the actor right after the "and" that follows the
// first side is the second. Between is returned as it is otherwise.
func (s *sentence) betweenJoined(i int, between []int) []int {
	if len(between) != 1 {
		return between
	}
	if b := s.betweenSubject(i, between); len(b) > 1 {
		return b // heldboth.go
	}
	and := s.ms[between[0]].End
	if and >= len(s.toks) || s.lower[and] != "and" {
		return between
	}
	for j := range s.toks {
		if s.head[j] != i || s.toks[j].Rel != "conj" || s.toks[j].UPOS != "VERB" {
			continue
		}
		if n := s.child(j, "nsubj"); n >= 0 {
			if k := s.mentionOf(n); k >= 0 && s.opensAfter(and, k) {
				return append(between, k)
			}
		}
	}
	return between
}
