package place

import (
	"testing"

	"github.com/annalist/annalist/nlp"
)

// TestSubordinate checks which clauses set a place apart from the verb's
// event, on parses written by hand so that no model's slips move them.
func TestSubordinate(t *testing.T) {
	tok := func(upos, rel string, head int) nlp.Token { return nlp.Token{UPOS: upos, Rel: rel, Head: head} }
	// "Clashes erupted in Aleppo", "Clashes" tagged as the verb and
	// "erupted" hung from it as acl: Aleppo is still the event's place.
	slip := []nlp.Token{tok("VERB", "root", 0), tok("VERB", "acl", 1), tok("ADP", "case", 4), tok("PROPN", "obl", 2)}
	if subordinate(slip, 3, 0) {
		t.Error("an acl under a verb-tagged word set Aleppo apart from the event")
	}
	// "met the envoy who served in Kabul": Kabul is in a relative clause
	// of the noun "envoy", not the meeting's place.
	rel := []nlp.Token{tok("VERB", "root", 0), tok("NOUN", "obj", 1), tok("VERB", "acl:relcl", 2), tok("ADP", "case", 5), tok("PROPN", "obl", 3)}
	if !subordinate(rel, 4, 0) {
		t.Error("a relative clause of a noun did not set Kabul apart from the event")
	}
	if subordinate(rel, 4, -1) {
		t.Error("no verb: nothing can be subordinate to it")
	}
}
