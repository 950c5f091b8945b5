package coder

import "strings"

// One who comes back from a visit made it: "Johnson returned to London
// on Friday from a visit to Japan", "Pompeo returned from a trip to
// Saudi Arabia", "Howard said on his return from a visit to Japan" (042
// by the visitor, the host's 043 paired). The trip's
// own "to" phrase names the host; a return from a place alone ("returned
// from Japan") is no visit the text tells.

// returnVerbs bring their subject back from where it went.
var returnVerbs = map[string]bool{"return": true, "fly": true, "arrive": true, "come": true, "head": true}

// returnedFrom returns who made the visit (code 042) at i that the verb
// it hangs from tells them returning from ("returned from a visit to
// Japan"): the verb's subject; nil otherwise.
func (s *sentence) returnedFrom(i int, code string) []int {
	h := s.head[i]
	if !strings.HasPrefix(code, "042") || h < 0 || s.caseOf(i) != "from" || !returnVerbs[s.toks[h].Lemma] {
		return nil
	}
	if r := relBase(s.toks[i].Rel); r == "nmod" && s.toks[h].UPOS == "NOUN" && s.hasChildWord(h, "nmod:poss", possessivePronouns) {
		// "Howard said on his return from a visit to Japan": the
		// return is the subject's of the verb it is set at.
		if v := s.head[h]; v >= 0 && s.toks[v].UPOS == "VERB" && relBase(s.toks[h].Rel) == "obl" {
			if a, _, _ := s.subjectOf(v); len(a) > 0 {
				return a
			}
			// The parse lost the subject: the person the pronoun
			// stands for.
			if k := s.actorAt[s.child(h, "nmod:poss")]; k >= 0 {
				return []int{k}
			}
		}
		return nil
	}
	if relBase(s.toks[i].Rel) != "obl" || s.negatedAt(h) {
		return nil
	}
	a, _, _ := s.subjectOf(h)
	return a
}
