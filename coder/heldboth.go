package coder

// Talks that a noun names with both sides take two: "Shultz' Moscow
// talks with Shevardnadze", "Iran's negotiations with France", "talks
// between the United States and Japan" are held by each side with the
// other, as "X and Y met" is, and code the consultation (040) or
// negotiation (046) both ways. A visit (042) is one side's, a meeting
// only intended (036) is its proposer's, and a call for talks or a
// refusal of them is no consultation at all: none is made mutual here.
// Talks that name only the partner stay the act of whoever the sentence
// has hold them: "After talks with Xi, Macron announced a deal", "had a
// meeting with the Russian president", "no progress was made in talks
// with China, US officials said" are the subject's or the speaker's.

// heldBothWays reports whether the act noun at i coded code, whose
// holder the noun itself names and that its sentence sets as done (not
// ahead, proposed or scheduled), is a consultation or negotiation held
// with targets named by its "with" or "between" phrase, and so by both
// sides.
func (s *sentence) heldBothWays(i int, code string, targets []int) bool {
	if code != "040" && code != "046" || len(targets) == 0 {
		return false
	}
	for _, k := range targets {
		if !s.withPhraseOf(i, k) {
			return false
		}
	}
	return true
}

// maxWithSteps is how far up from an actor's phrase its "with" may be:
// "with Soviet Foreign Minister Eduard Shevardnadze" hangs the case from
// the name's head, "with officials of Japan" from the word above.
const maxWithSteps = 3

// withPhraseOf reports whether actor k lies in a "with" or "between"
// phrase below the noun at i (the second side of "between the United
// States and Japan" hangs from the first).
func (s *sentence) withPhraseOf(i, k int) bool {
	h := s.mentionHead(k)
	for n := 0; h >= 0 && h != i && n < maxWithSteps; h, n = s.head[h], n+1 {
		if c := s.caseOf(h); c == "with" || c == "between" {
			return true
		}
	}
	return false
}

// betweenSubject returns the sides of talks "between" two actors when
// the parse made the second a subject of the verb the talks are the
// subject of ("The talks between Iran and the European Union will
// resume", read with "the European Union" a second subject of
// "resume"): the actor opening right after the "and" that follows the
// first side, a determiner aside, is the second. Between is returned as
// it is otherwise.
func (s *sentence) betweenSubject(i int, between []int) []int {
	if len(between) != 1 || s.toks[i].Rel != "nsubj" || s.head[i] < 0 {
		return between
	}
	and := s.ms[between[0]].End
	if and >= len(s.toks) || s.lower[and] != "and" {
		return between
	}
	h := s.head[i]
	for j := range s.toks {
		if j == i || s.head[j] != h || s.toks[j].Rel != "nsubj" {
			continue
		}
		k := s.mentionOf(j)
		if k < 0 || k == between[0] {
			continue
		}
		if s.opensAfter(and, k) {
			return append(between, k)
		}
	}
	return between
}

// opensAfter reports whether actor k's mention opens right after the
// word at and, a determiner aside ("and the European Union").
func (s *sentence) opensAfter(and, k int) bool {
	start := and + 1
	for start < s.ms[k].Start && s.toks[start].UPOS == "DET" {
		start++
	}
	return s.ms[k].Start == start
}

// betweenVerb returns the verb joined to the talks noun at i whose
// subject the parse made the second side of its "between" phrase ("Talks
// between Iran and the European Union will resume next week", "resume"
// a conjunct of "Talks"): that verb tells whether the talks are held or
// to come. -1 if there is none.
func (s *sentence) betweenVerb(i int, between []int) int {
	if len(between) != 2 {
		return -1
	}
	for j := range s.toks {
		if s.head[j] != i || s.toks[j].Rel != "conj" || s.toks[j].UPOS != "VERB" {
			continue
		}
		if n := s.child(j, "nsubj"); n >= 0 && s.mentionOf(n) == between[1] {
			return j
		}
	}
	return -1
}

// participleBetween returns the actors of a "between" phrase hung from a
// participle that describes the talks noun at i ("Talks planned between
// Israel and Lebanon will start on Wednesday", "Negotiations scheduled
// between the union and employers"): the phrase names the sides of the
// talks, not of the planning. Nil if there is none.
func (s *sentence) participleBetween(i int) []int {
	for p := range s.toks {
		if s.head[p] != i || s.toks[p].Rel != "acl" || s.toks[p].XPOS != "VBN" {
			continue
		}
		for j := range s.toks {
			if s.head[j] == p && relBase(s.toks[j].Rel) == "obl" && s.caseOf(j) == "between" {
				return s.actorsOf(j)
			}
		}
	}
	return nil
}
