package coder

// Hoping to act ("Macron hopes to meet Trump next week") is the hoper's
// own intent, the infinitive taking the hoper as its subject, but what is
// hoped is as often only a wish: it declares an intent (the "hope" map of
// verbs.txt, acts of cooperation only) when the act is done to a named
// counterpart by a hoper the text names, and the hope is held now, in
// the present or reported ("said he hoped to meet"); a hope the
// narrative sets in the past ("had hoped to meet", "hoped to win a
// seat") is no declared intent. Expecting to act oneself ("Trump expects
// to meet Xi") is held to the same terms, by the same "hope" class.

// hopeUnmet reports whether the act at i, governed by "hope" (the verb
// at ctl, or i itself), declares no intent: it names no target, the
// hoper is a role word the text gives no country ("the minister hopes
// to visit Canada", whose side only the article's home country would
// guess), or the hope is told in the past outside reported speech.
func (s *sentence) hopeUnmet(i, ctl, via int, sources, targets []int) bool {
	if len(targets) == 0 || len(sources) == 1 && s.roleOnly(sources[0]) {
		return true
	}
	h := i
	if ctl >= 0 {
		h = ctl
	}
	if s.pastPerfect(h) {
		return true
	}
	return via < 0 && s.toks[h].XPOS == "VBD"
}
