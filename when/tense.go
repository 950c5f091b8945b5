package when

import "github.com/annalist/annalist/nlp"

// toldAsDone reports whether the verb at token v tells an act as done:
// a past tense ("declared"), a perfect ("has declared", "had declared")
// or a past passive ("was shot"), and not a plan ("was to meet", "would
// declare").
func toldAsDone(toks []nlp.Token, v int) bool {
	if futureVerb(toks, v) {
		return false
	}
	return toks[v].XPOS == "VBD" || hasAux(toks, v, "has", "have", "had", "'s", "'ve", "was", "were", "did")
}

// toldInPast reports whether the verb at token v tells an act in the
// narrative past ("arrested", "was shot", "had met"), as a report tells
// a happening in sequence; a present perfect ("have opened") tells a
// state of things at the report's time, so it does not count.
func toldInPast(toks []nlp.Token, v int) bool {
	if futureVerb(toks, v) || hasAux(toks, v, "has", "have", "'s", "'ve") || perfectBefore(toks, v) {
		return false
	}
	return toks[v].XPOS == "VBD" || hasAux(toks, v, "had", "was", "were", "did")
}

// hasAux reports whether the verb at token v has an auxiliary of the
// given words, the one just before it or any attached to it, whose head
// is v ("has declared", "was shot dead").
func hasAux(toks []nlp.Token, v int, words ...string) bool {
	for k := v - 1; k >= 0 && v-k <= 4; k-- {
		t := toks[k]
		if t.Head-1 == v && (t.Rel == "aux" || t.Rel == "aux:pass") && is(t.Form, words...) {
			return true
		}
	}
	return false
}

// presentVerb reports whether the verb at token v is in the present
// tense ("are investigating", "denies", "is treating"): what it tells
// holds at the report's time.
func presentVerb(toks []nlp.Token, v int) bool {
	switch toks[v].XPOS {
	case "VBZ", "VBP":
		return true
	case "VBG":
		return hasAux(toks, v, "is", "are", "am", "'s", "'re", "'m")
	}
	return false
}

// perfectBefore reports whether "has" or "have" comes right before the
// verb at token v, adverbs aside, whatever the parse made of it: the
// tagger may take "have so far blocked" for a past tense and the parser
// "have" for a verb of its own.
func perfectBefore(toks []nlp.Token, v int) bool {
	k := v - 1
	for k >= 0 && v-k <= 3 && toks[k].UPOS == "ADV" {
		k--
	}
	return k >= 0 && is(toks[k].Form, "has", "have", "'ve")
}
