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
	// "IRNA, monitored in Nicosia, said troops attacked": Nicosia is in a
	// clause of the speaker's noun, outside the verb's subtree, and not
	// where the troops attacked.
	aside := []nlp.Token{tok("PROPN", "nsubj", 5), tok("VERB", "acl", 1), tok("ADP", "case", 4), tok("PROPN", "obl", 2),
		tok("VERB", "root", 0), tok("NOUN", "nsubj", 7), tok("VERB", "ccomp", 5)}
	if !subordinate(aside, 3, 6) {
		t.Error("a clause of the speaker's noun did not set Nicosia apart from the attack")
	}
	// "troops said Friday they attacked in Basra" keeps a place outside
	// the verb's subtree that no noun's clause holds.
	if subordinate([]nlp.Token{tok("NOUN", "nsubj", 2), tok("VERB", "root", 0), tok("ADP", "case", 4), tok("PROPN", "obl", 2), tok("VERB", "ccomp", 2)}, 3, 4) {
		t.Error("a place hung from the verb of saying was set apart")
	}
	if subordinate(rel, 4, -1) {
		t.Error("no verb: nothing can be subordinate to it")
	}
}
