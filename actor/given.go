package actor

// IsGivenName reports whether w, as written ("Jane"), is one of the
// dictionary's given names, which mark the capitalised word after them
// as a surname.
func (d *Dict) IsGivenName(w string) bool { return d.given[w] }
