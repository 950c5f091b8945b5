// Package petrarch reads the dictionaries of the PETRARCH2 and TABARI event
// coders — CAMEO verb patterns, actors, agents and discards — and turns
// them into annalist's structures: actors and agents into an *actor.Dict,
// verbs and patterns into *coder.Verbs, discards into a Filter over
// sentences and stories.
//
// Each reader returns what it understood and a list of *LineError, one
// per line it had to skip, naming the file and line; a bad line never
// stops the rest of the file from loading.
//
//	vd, errs := petrarch.ReadVerbs(f, "CAMEO.2.0.txt")
//	v := coder.NewVerbs()
//	st, cerrs := vd.AddTo(v)
//
// Load reads a set of files (several at a time), telling each one's kind
// from its content unless it is given, and Set.Coder builds a coder from
// them:
//
//	set, errs := petrarch.Load(petrarch.File{Path: "CAMEO.2.0.txt"}, petrarch.File{Path: "local.actors.txt"})
//	c, stats, cerrs := set.Coder(petrarch.Extend)
//	pc := set.WithDiscards(c) // drops events of discarded sentences and stories
//
// # Extend or replace
//
// Both. Extend (what "annalist code --dict" does) adds the files' entries
// to the built-in dictionaries, the usual case of a project adding its
// local militias or a few verbs. Replace (what a validation environment
// and "--dict-replace" do) codes with the files alone, as PETRARCH does,
// so that its validation suites and its production dictionaries can be
// compared with annalist's. Either way a kind of dictionary the set lacks
// stays built-in: a set of actor files alone still codes with the
// built-in verbs.
//
// # What maps and what does not
//
// Actors become countries, organisations, groups or (with dated codes)
// people with terms of office; agents become role words with their
// plurals. Verb blocks become verbs with their irregular forms, each verb
// getting every pattern of its block. A pattern's words, noun phrases and
// prepositional phrases become words that must follow (or precede) the
// verb; synsets become alternatives. Not mapped, and counted in
// VerbStats: patterns with the target before the verb, the source after
// it or a compound actor "%" (the coder has no such slots), and the "~"
// transformations, which are read and kept but not applied. "[CODE~]"
// agents (an organisation code put before the actor's) become ordinary
// role words.
package petrarch
