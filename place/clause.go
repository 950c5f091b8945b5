package place

import (
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// verbIndex returns the index in toks of the head token of the event's
// verb: the token of the span whose head lies outside it; -1 without a
// span or a parse.
func verbIndex(toks []nlp.Token, span *event.Span) int {
	if span == nil {
		return -1
	}
	for k, t := range toks {
		if t.Rel == "" || t.Start < span.Start || t.End > span.End {
			continue
		}
		if h := t.Head - 1; h < 0 || h >= len(toks) || toks[h].Start < span.Start || toks[h].End > span.End {
			return k
		}
	}
	return -1
}

// subordinate reports whether token k hangs from the verb v through a
// clause that modifies a noun ("called for action on a crisis of
// wildfires destroying rainforest in Brazil", "met the envoy who had
// served in Kabul"): such a clause tells of something else than the
// verb's event, and the places it names are not the event's. Purpose,
// coordinated and reported clauses do not count: "flew to Japan to attend
// the summit in Osaka", "police said a man was shot in London" (the
// police of London, most often). A clause the parse hangs as "acl" from a
// word it tagged as a verb modifies no noun (a tagger slip: "Clashes
// erupted in Aleppo" with "Clashes" taken for a verb) and does not count.
// A token outside v's subtree counts when such a clause holds it too: the
// aside of a wire story's speaker ("the agency IRNA, monitored in
// Nicosia, said troops attacked …") says where the report was heard, not
// where the act was.
func subordinate(toks []nlp.Token, k, v int) bool {
	if v < 0 {
		return false
	}
	crossed := false
	for steps := 0; k >= 0 && k < len(toks) && steps < len(toks); steps++ {
		if k == v {
			return crossed
		}
		switch toks[k].Rel {
		case "acl", "acl:relcl":
			if h := toks[k].Head - 1; h < 0 || h >= len(toks) || !verbal(toks[h].UPOS) {
				crossed = true
			}
		}
		k = toks[k].Head - 1
	}
	return crossed
}

// verbal reports whether a universal POS tag is a verb's.
func verbal(upos string) bool { return upos == "VERB" || upos == "AUX" }
