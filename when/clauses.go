package when

import (
	"strings"

	"github.com/annalist/annalist/nlp"
)

// concurrentClause reports whether clause c (a predicate token) hangs
// from the verb at token v and tells when v's act was done: an adverbial
// clause of time ("When announcing the shutdown on Monday, he called
// on …", "Speaking on Monday, she urged …"), or, for an act told in the
// past, the clause reporting it ("prosecutors charged the suspect, they
// said Sunday": charged by the day it was said).
func concurrentClause(toks []nlp.Token, c, v int, future bool) bool {
	if c < 0 || c == v || toks[c].Head-1 != v || toks[v].UPOS != "VERB" {
		return false // an event coded on a noun has no clauses of its own
	}
	switch toks[c].Rel {
	case "parataxis":
		return !future && speechVerb(toks[c].Lemma)
	case "advcl":
		if !future && speechVerb(toks[c].Lemma) {
			return true
		}
		mark := clauseMark(toks, c)
		return is(mark, "when", "while", "as") || mark == "" && strings.HasSuffix(strings.ToLower(toks[c].Form), "ing")
	}
	return false
}

// clauseMark is the subordinating word of the clause headed by c ("when"
// in "When announcing", "after" in "after he met"), "" if none.
func clauseMark(toks []nlp.Token, c int) string {
	for k := c - 1; k >= 0; k-- {
		t := toks[k]
		if t.Head-1 == c && (t.Rel == "mark" || t.Rel == "advmod" && is(t.Form, "when", "while", "as", "after", "before", "since", "until", "once")) {
			return t.Form
		}
	}
	return ""
}

// speechVerb reports whether a lemma is a verb of saying or reporting.
func speechVerb(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "say", "tell", "announce", "report", "confirm", "state", "add", "write", "tweet", "disclose", "reveal":
		return true
	}
	return false
}

// verblessRoot reports whether token p is the root of a sentence the
// parser made without a verb: a noun or name root with no copula.
func verblessRoot(toks []nlp.Token, p int) bool {
	t := toks[p]
	return t.Head == 0 && t.UPOS != "VERB" && t.UPOS != "AUX" && t.UPOS != "" && !hasCopula(toks, p)
}
