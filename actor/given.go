package actor

import "sync"

// IsGivenName reports whether w, as written ("Jane"), is one of the
// built-in given names (data/given-names.txt), which mark the capitalised
// word after them as a surname. It reads that list alone, not the whole
// built-in dictionary, so that callers coding with other dictionaries do
// not load it.
func IsGivenName(w string) bool { return givenNames()[w] }

var givenNames = sync.OnceValue(func() map[string]bool {
	d := &Dict{given: map[string]bool{}}
	f, err := builtin.Open("data/given-names.txt")
	if err != nil {
		return d.given
	}
	defer f.Close()
	_ = d.LoadGivenNames(f, "data/given-names.txt") // checked with the built-in dictionary (Builtin reports it)
	return d.given
})
