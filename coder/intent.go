package coder

// objectControlled reports whether the control verb at i has an object
// before its infinitive, which then names who is to act ("wants the
// government to resign", "wanted Iran to stop"): the infinitive is the
// object's act, not one the verb's subject intends or refuses.
func (s *sentence) objectControlled(i int) bool {
	x := s.child(i, "xcomp")
	o := s.child(i, "obj")
	return x >= 0 && o >= 0 && o < x
}
