package coder

import "strings"

// One who comes back from a visit made it: "Johnson returned to London
// on Friday from a visit to Japan", "Pompeo returned from a trip to
// Saudi Arabia" (042 by the visitor, the host's 043 paired). The trip's
// own "to" phrase names the host; a return from a place alone ("returned
// from Japan") is no visit the text tells.

// returnVerbs bring their subject back from where it went.
var returnVerbs = map[string]bool{"return": true, "fly": true, "arrive": true, "come": true, "head": true}

// returnedFrom returns who made the visit (code 042) at i that the verb
// it hangs from tells them returning from ("returned from a visit to
// Japan"): the verb's subject; nil otherwise.
func (s *sentence) returnedFrom(i int, code string) []int {
	h := s.head[i]
	if !strings.HasPrefix(code, "042") || h < 0 || relBase(s.toks[i].Rel) != "obl" || s.caseOf(i) != "from" ||
		!returnVerbs[s.toks[h].Lemma] || s.negatedAt(h) {
		return nil
	}
	a, _, _ := s.subjectOf(h)
	return a
}
