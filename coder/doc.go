// Package coder turns annotated sentences into CAMEO events: who did what
// to whom, found from the verb of a clause, the patterns it heads in the
// verb dictionary (verbs.txt) and the actors around it.
//
// Coding works clause by clause: a verb form from the dictionary, the
// pattern it matches, the nearest actor before it as the source and the
// first actor after it (or after the pattern's preposition) as the
// target. Passives, actors joined by "and", reported speech, negation and
// intent ("agreed to meet") adjust that reading. Each step is a function
// over a clause, so a dependency-tree version can replace the token
// heuristics one step at a time.
//
// # Dictionaries
//
// DefaultVerbs is the project's own dictionary, embedded from verbs.txt
// (its format is described at the top of that file). Verbs from other
// dictionaries are added through a small API, so that a reader of another
// format (PETRARCH's CAMEO verb file) needs to know nothing of the coder:
//
//	v := coder.NewVerbs()                 // function words only, no coding verbs
//	v := coder.DefaultVerbs().Clone()     // or: extend the built-in verbs
//	err := v.AddVerb("abandon", nil, "---")                  // forms, no code alone
//	err = v.AddVerb("forsake", []string{"forsook", "forsaken"}, "161")
//	err = v.AddPattern("meet", coder.Pattern{
//		Prep: "with", PrepWords: []string{"+"}, Code: "040", Mutual: true,
//		Rule: "CAMEO.2.0.txt:812 - * (WITH +) [040]",
//	})
//	c := coder.New(actor.Default(), v)
//
// A Pattern names the words before the verb (Before), after it (After,
// with "+" for the target), an optional prepositional phrase (Prep and
// PrepWords), the code in the active voice, the paired code of the
// target's side, and the code in the passive voice. Words may list
// alternatives as "A|B"; multi-word verbs are given as "carry_out". Rule
// is stored as the evidence of every event the pattern codes. A Verbs
// must not be changed once a Coder uses it.
package coder
