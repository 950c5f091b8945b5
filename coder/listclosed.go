package coder

// A list closed by "and" ends there: in "After travelling to France,
// Germany and Italy, the minister hopes to visit Canada" the minister,
// after the comma, is no fourth member of the list of places, and the
// subject read backward from him takes none of them.

// listClosed reports whether mention j, set before the next mention by a
// comma alone, was itself joined to the mention before it by "and": the
// list ends at j.
func (s *sentence) listClosed(j int) bool {
	return j > 0 && !s.joinedByAnd(j) && s.conjoined(j-1) && s.joinedByAnd(j-1)
}
