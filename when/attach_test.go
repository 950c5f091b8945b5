package when

import (
	"testing"

	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// tag sets the Penn tag of the word form in sentence si, as the tagger
// would ("VBD" for a past tense), which the tense checks read.
func tag(t *testing.T, doc *nlp.Doc, si int, form, xpos string) {
	t.Helper()
	for k, tok := range doc.Sentences[si].Tokens {
		if tok.Form == form {
			doc.Sentences[si].Tokens[k].XPOS = xpos
			return
		}
	}
	t.Fatalf("sentence %d has no word %q", si, form)
}

// oneSentence annotates the event of verb in a single parsed sentence
// (tags: word → Penn tag) and returns it.
func oneSentence(t *testing.T, spec, verb string, tags map[string]string) event.Event {
	t.Helper()
	doc := &nlp.Doc{}
	tree(t, doc, spec)
	for form, xpos := range tags {
		tag(t, doc, 0, form, xpos)
	}
	evs := []event.Event{coded(t, doc, 0, verb)}
	Annotate(doc, evs, thu)
	return evs[0]
}

// TestAnnotateDoneNotAhead: an act told as done ("has declared",
// "declared") does not take a date after the report, which belongs to
// what it names ("declared tomorrow a day of mourning"); it takes another
// of its dates, or the report's day. A plan does take it.
func TestAnnotateDoneNotAhead(t *testing.T) {
	cases := []struct {
		name, spec, verb string
		tags             map[string]string
		want             dated
	}{
		{"perfect", "Mayor/PROPN/3/nsubj has/AUX/3/aux declared/VERB/0/root tomorrow/NOUN/3/obl:unmarked a/DET/6/det " +
			"day/NOUN/3/obl:unmarked of/ADP/8/case mourning/NOUN/6/nmod ./PUNCT/3/punct", "declared", nil,
			dated{"2024-02-15", Day, ""}},
		{"past, another date", "The/DET/2/det mayor/NOUN/3/nsubj declared/VERB/0/root tomorrow/NOUN/3/obl:unmarked a/DET/6/det " +
			"day/NOUN/3/obl:unmarked of/ADP/8/case mourning/NOUN/6/nmod on/ADP/10/case Monday/PROPN/3/obl ./PUNCT/3/punct",
			"declared", map[string]string{"declared": "VBD"}, dated{"2024-02-12", Day, "Monday"}},
		{"plan", "Mayor/PROPN/3/nsubj will/AUX/3/aux declare/VERB/0/root tomorrow/NOUN/3/obl:unmarked a/DET/6/det " +
			"day/NOUN/3/obl:unmarked ./PUNCT/3/punct", "declare", nil, dated{"2024-02-16", Day, "tomorrow"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkDates(t, []event.Event{oneSentence(t, c.spec, c.verb, c.tags)}, []dated{c.want})
		})
	}
}

// TestAnnotateClauseBelow: a clause under the event's verb that tells
// when it was done ("When announcing … on Monday", "Speaking on Monday")
// or, for an act told in the past, when it was said ("charged the
// suspect, they said Sunday") dates it; a clause of another time ("After
// meeting on Monday") does not, nor does the saying date a plan.
func TestAnnotateClauseBelow(t *testing.T) {
	when := func(mark string) string { // "When/SCONJ/2/mark", "When/ADV/2/advmod"
		return mark + " announcing/VERB/9/advcl the/DET/4/det shutdown/NOUN/2/obj on/ADP/6/case Monday/PROPN/2/obl " +
			",/PUNCT/9/punct Tuilaepa/PROPN/9/nsubj called/VERB/0/root on/ADP/11/case councils/NOUN/9/obl ./PUNCT/9/punct"
	}
	cases := []struct {
		name, spec, verb string
		want             dated
	}{
		{"when", when("When/SCONJ/2/mark"), "called", dated{"2024-02-12", Day, "Monday"}},
		{"when as adverb", when("When/ADV/2/advmod"), "called", dated{"2024-02-12", Day, "Monday"}},
		{"while", when("While/SCONJ/2/mark"), "called", dated{"2024-02-12", Day, "Monday"}},
		{"after", when("After/SCONJ/2/mark"), "called", dated{"2024-02-15", Day, ""}},
		{"after as adverb", when("After/ADV/2/advmod"), "called", dated{"2024-02-15", Day, ""}},
		{"participle", "Speaking/VERB/6/advcl on/ADP/3/case Monday/PROPN/1/obl ,/PUNCT/6/punct she/PRON/6/nsubj urged/VERB/0/root " +
			"calm/NOUN/6/obj ./PUNCT/6/punct", "urged", dated{"2024-02-12", Day, "Monday"}},
		{"said after the act", "Prosecutors/NOUN/2/nsubj charged/VERB/0/root the/DET/4/det suspect/NOUN/2/obj ,/PUNCT/7/punct " +
			"they/PRON/7/nsubj said/VERB/2/parataxis/say Sunday/PROPN/7/obl:unmarked ./PUNCT/2/punct", "charged",
			dated{"2024-02-11", Day, "Sunday"}},
		{"said of a plan", "Prosecutors/NOUN/3/nsubj will/AUX/3/aux charge/VERB/0/root the/DET/5/det suspect/NOUN/3/obj ,/PUNCT/8/punct " +
			"they/PRON/8/nsubj said/VERB/3/parataxis/say Sunday/PROPN/8/obl:unmarked ./PUNCT/3/punct", "charge",
			dated{"2024-02-15", Day, ""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkDates(t, []event.Event{oneSentence(t, c.spec, c.verb, nil)}, []dated{c.want})
		})
	}
}

// TestAnnotateVerblessRoot: a relative clause takes the date of the
// sentence's root only when the parser made the root a noun ("According
// to the mayor, during the weekend, police were investigating", the
// main verb taken for a relative clause); under a verb, a relative
// clause keeps to itself.
func TestAnnotateVerblessRoot(t *testing.T) {
	got := oneSentence(t, "According/VERB/4/case to/ADP/1/fixed the/DET/4/det mayor/NOUN/0/root ,/PUNCT/8/punct during/ADP/8/case "+
		"the/DET/8/det weekend/NOUN/4/nmod ,/PUNCT/12/punct police/NOUN/12/nsubj were/AUX/12/aux investigating/VERB/4/acl:relcl "+
		"./PUNCT/4/punct", "investigating", nil)
	checkDates(t, []event.Event{got}, []dated{{"2024-02-10", Day, "the weekend"}})
	got = oneSentence(t, "Police/NOUN/2/nsubj arrested/VERB/0/root a/DET/4/det man/NOUN/2/obj who/PRON/6/nsubj fled/VERB/4/acl:relcl "+
		"on/ADP/8/case Monday/PROPN/2/obl ./PUNCT/2/punct", "fled", nil)
	checkDates(t, []event.Event{got}, []dated{{"2024-02-15", Day, ""}})
}

// TestAnnotateQuotedDeictic: "this afternoon" within a quotation counts
// from the last day the article named before it (the day it was said),
// not from the report's day; outside a quotation, or with no day named
// before, from the report's day.
func TestAnnotateQuotedDeictic(t *testing.T) {
	const lede = "On/ADP/2/case Tuesday/PROPN/4/obl attackers/NOUN/4/nsubj stabbed/VERB/0/root four/NUM/6/nummod people/NOUN/4/obj"
	const quote = `The/DET/2/det mayor/NOUN/3/nsubj wrote/VERB/0/root :/PUNCT/7/punct "/PUNCT/7/punct Paris/PROPN/7/nsubj ` +
		`mourns/VERB/3/parataxis this/DET/9/det afternoon/NOUN/7/obl:tmod "/PUNCT/7/punct`
	const plain = `The/DET/2/det mayor/NOUN/3/nsubj wrote/VERB/0/root that/SCONJ/6/mark Paris/PROPN/6/nsubj ` +
		`mourns/VERB/3/ccomp this/DET/8/det afternoon/NOUN/6/obl:tmod`
	for _, c := range []struct {
		name      string
		specs     []string
		wantDate  string
		wantText  string
		eventSent int
	}{
		{"quoted", []string{lede, quote}, "2024-02-13", "this afternoon", 1},
		{"not quoted", []string{lede, plain}, "2024-02-15", "this afternoon", 1},
		{"no day before", []string{quote}, "2024-02-15", "this afternoon", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := &nlp.Doc{}
			for _, s := range c.specs {
				tree(t, doc, s)
			}
			evs := []event.Event{coded(t, doc, c.eventSent, "mourns")}
			Annotate(doc, evs, thu)
			checkDates(t, evs, []dated{{c.wantDate, Day, c.wantText}})
		})
	}
}

// TestAnnotateNoClauseUnderNoun: an event coded on a noun ("his visit")
// takes no date from a clause the parser hung under it ("starting on
// April 29"): a noun tells no tense to read the date in.
func TestAnnotateNoClauseUnderNoun(t *testing.T) {
	got := oneSentence(t, "Nakasone/PROPN/2/nsubj told/VERB/0/root the/DET/4/det party/NOUN/2/obj about/ADP/7/case his/PRON/7/nmod:poss "+
		"visit/NOUN/2/obl starting/VERB/7/advcl on/ADP/10/case April/PROPN/8/obl 29/NUM/10/nummod", "visit", map[string]string{"told": "VBD"})
	checkDates(t, []event.Event{got}, []dated{{"2024-02-15", Day, ""}})
}
