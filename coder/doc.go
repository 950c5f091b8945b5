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
package coder
