// Package petrarch reads the dictionaries of the PETRARCH2 and TABARI event
// coders — CAMEO verb patterns, actors, agents and discards — and turns
// them into annalist's structures: actors and agents into an *actor.Dict,
// verbs and patterns into *coder.Verbs, discards into a filter over
// sentences and stories.
//
// Each reader returns what it understood and a list of *LineError, one
// per line it had to skip, naming the file and line; a bad line never
// stops the rest of the file from loading.
//
//	vd, errs := petrarch.ReadVerbs(f, "CAMEO.2.0.txt")
//	v := coder.NewVerbs()
//	errs = append(errs, vd.AddTo(v)...)
//
// Load reads a set of files, recognising each one's kind from its content,
// and Set.Coder builds a coder from them.
package petrarch
