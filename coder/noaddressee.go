package coder

// An appeal made to people who are no actor is none between actors, even
// when the act it asks for names one: "Guaido urged supporters to march
// to the presidential palace" appeals to his supporters, not to the
// palace's government. The words' rule takes the first actor after the
// verb as the target; when the verb's object is a common noun no actor
// covers and the target lies outside it, the appeal is dropped, as one
// with no target is (addressedToNoActor).

// appealsToNoActor drops the appeals (02) whose verb is said to people
// who are no actor and whose targets lie outside that object.
func (s *sentence) appealsToNoActor(acts []act) []act {
	out := acts[:0]
	for _, a := range acts {
		if codeUnder(a.code, "02") && len(a.targets) > 0 && s.addressedToNoActor(a.verbStart) && !s.targetsInObject(a) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// targetsInObject reports whether a target of a lies within an object
// of its verb ("urged the people of Venezuela to ...", "asked veteran
// politician Giulio Andreotti to ...", parsed with two objects).
func (s *sentence) targetsInObject(a act) bool {
	for o := range s.toks {
		if s.head[o] != a.verbStart || s.toks[o].Rel != "obj" && s.toks[o].Rel != "iobj" {
			continue
		}
		for _, k := range a.targets {
			if h := s.mentionHead(k); h >= 0 && (s.within(h, o) || s.within(o, h)) {
				return true
			}
		}
	}
	return false
}
