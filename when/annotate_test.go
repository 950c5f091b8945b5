package when

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// tree builds a parsed sentence from "form/UPOS/head/rel[/lemma]" items
// joined by spaces, as the parser would annotate it, appending it to doc.
// The lemma defaults to the lowercased form.
func tree(t *testing.T, doc *nlp.Doc, spec string) {
	t.Helper()
	if doc.Text != "" {
		doc.Text += " "
	}
	s := nlp.Sentence{Start: len(doc.Text)}
	for i, item := range strings.Fields(spec) {
		f := strings.Split(item, "/")
		if len(f) != 4 && len(f) != 5 {
			t.Fatalf("tree item %d %q: want form/UPOS/head/rel[/lemma]", i, item)
		}
		head, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatalf("tree item %d %q: %v", i, item, err)
		}
		if i > 0 {
			doc.Text += " "
		}
		form := strings.ReplaceAll(f[0], "_", " ")
		start := len(doc.Text)
		doc.Text += form
		lemma := strings.ToLower(form)
		if len(f) == 5 {
			lemma = f[4]
		}
		s.Tokens = append(s.Tokens, nlp.Token{Start: start, End: len(doc.Text), Form: form, UPOS: f[1], Lemma: lemma, Head: head, Rel: f[3]})
	}
	s.End = len(doc.Text)
	doc.Sentences = append(doc.Sentences, s)
}

// coded is an event of sentence si whose verb is the word verb.
func coded(t *testing.T, doc *nlp.Doc, si int, verb string) event.Event {
	t.Helper()
	for _, tok := range doc.Sentences[si].Tokens {
		if tok.Form == verb {
			return event.Event{Date: "2024-02-15", DatePrecision: Day, Reported: "2024-02-15",
				Evidence: []event.Evidence{{Sentence: si, Verb: &event.Span{Start: tok.Start, End: tok.End}}}}
		}
	}
	t.Fatalf("sentence %d has no word %q", si, verb)
	return event.Event{}
}

func TestAnnotate(t *testing.T) {
	doc := &nlp.Doc{}
	tree(t, doc, "Macron/PROPN/2/nsubj flew/VERB/0/root to/ADP/4/case Berlin/PROPN/2/obl on/ADP/6/case Wednesday/PROPN/2/obl "+
		"and/CCONJ/9/cc will/AUX/9/aux meet/VERB/2/conj Scholz/PROPN/9/obj on/ADP/12/case Friday/PROPN/9/obl ./PUNCT/2/punct")
	tree(t, doc, "Rebels/NOUN/2/nsubj attacked/VERB/0/root the/DET/4/det town/NOUN/2/obj on/ADP/6/case Monday/PROPN/2/obl "+
		"and/CCONJ/8/cc killed/VERB/2/conj five/NUM/10/nummod soldiers/NOUN/8/obj ./PUNCT/2/punct")
	tree(t, doc, "Russia/PROPN/2/nsubj said/VERB/0/root on/ADP/4/case Tuesday/PROPN/2/obl it/PRON/7/nsubj will/AUX/7/aux "+
		"attack/VERB/2/ccomp Ukraine/PROPN/7/obj next/ADJ/10/amod month/NOUN/7/obl:tmod ./PUNCT/2/punct")
	tree(t, doc, "Iran/PROPN/2/nsubj condemned/VERB/0/root the/DET/4/det attack/NOUN/2/obj ./PUNCT/2/punct")
	tree(t, doc, "Egypt/PROPN/2/nsubj said/VERB/0/root on/ADP/4/case Tuesday/PROPN/2/obl it/PRON/7/nsubj will/AUX/7/aux "+
		"host/VERB/2/ccomp talks/NOUN/7/obj ./PUNCT/2/punct")
	tree(t, doc, "Police/NOUN/2/nsubj said/VERB/0/root on/ADP/4/case Monday/PROPN/2/obl gunmen/NOUN/6/nsubj killed/VERB/2/ccomp "+
		"two/NUM/8/nummod guards/NOUN/6/obj ./PUNCT/2/punct")
	tree(t, doc, "Officials/NOUN/2/nsubj agreed/VERB/0/root/agree to/PART/4/mark meet/VERB/2/xcomp on/ADP/6/case Saturday/PROPN/4/obl ./PUNCT/2/punct")

	evs := []event.Event{
		coded(t, doc, 0, "flew"),
		coded(t, doc, 0, "meet"),
		coded(t, doc, 1, "killed"),
		coded(t, doc, 2, "attack"),
		coded(t, doc, 2, "said"),
		coded(t, doc, 3, "condemned"),
		coded(t, doc, 4, "host"),
		coded(t, doc, 5, "killed"),
		coded(t, doc, 6, "meet"),
		{Evidence: []event.Evidence{{Sentence: 42}}}, // a sentence the doc lacks
	}
	Annotate(doc, evs, thu)
	checkDates(t, evs, []dated{
		{"2024-02-14", Day, "Wednesday"},    // on the verb
		{"2024-02-16", Day, "Friday"},       // the future: the next Friday
		{"2024-02-12", Day, "Monday"},       // a conjoined verb takes its head's date
		{"2024-03-01", Month, "next month"}, // its own clause's, not the saying's
		{"2024-02-13", Day, "Tuesday"},
		{"2024-02-15", Day, ""},         // no time expression: the report's day
		{"2024-02-15", Day, ""},         // future event, past saying: not inherited
		{"2024-02-12", Day, "Monday"},   // past event reported on Monday
		{"2024-02-17", Day, "Saturday"}, // "agreed to meet": planned
		{"2024-02-15", Day, ""},
	})
}

// dated is the date, precision and date words an event should get.
type dated struct{ date, prec, text string }

// checkDates compares the annotated events with want, in order.
func checkDates(t *testing.T, evs []event.Event, want []dated) {
	t.Helper()
	for i, w := range want {
		e := evs[i]
		if e.Date != w.date || e.DatePrecision != w.prec || e.Evidence[0].DateText != w.text {
			t.Errorf("event %d (%s) = %s %s %q, want %s %s %q", i, e.EventCode, e.Date, e.DatePrecision, e.Evidence[0].DateText, w.date, w.prec, w.text)
		}
	}
}

// TestAnnotateCopularClause keeps the date of a copular clause
// ("who was envoy until December", parsed as an apposition) from the
// event of the sentence's verb.
func TestAnnotateCopularClause(t *testing.T) {
	doc := &nlp.Doc{}
	tree(t, doc, "McGurk/PROPN/8/nsubj ,/PUNCT/5/punct who/PRON/5/nsubj was/AUX/5/cop envoy/NOUN/1/appos until/ADP/7/case "+
		"December/PROPN/5/nmod criticized/VERB/0/root the/DET/10/det decision/NOUN/8/obj on/ADP/12/case Monday/PROPN/8/obl ./PUNCT/8/punct")
	tree(t, doc, "McGurk/PROPN/8/nsubj ,/PUNCT/5/punct who/PRON/5/nsubj was/AUX/5/cop envoy/NOUN/1/appos until/ADP/7/case "+
		"December/PROPN/5/nmod criticized/VERB/0/root the/DET/10/det decision/NOUN/8/obj ./PUNCT/8/punct")
	evs := []event.Event{coded(t, doc, 0, "criticized"), coded(t, doc, 1, "criticized")}
	Annotate(doc, evs, thu)
	for i, want := range []string{"Monday", ""} {
		if got := evs[i].Evidence[0].DateText; got != want {
			t.Errorf("sentence %d: dated by %q (%s), want %q", i, got, evs[i].Date, want)
		}
	}
}

func TestAnnotateWithoutParse(t *testing.T) {
	text := "Troops entered the city on Sunday after talks collapsed."
	doc := &nlp.Doc{Text: text, Sentences: nlp.Split(text)}
	verb := strings.Index(text, "entered")
	evs := []event.Event{{Evidence: []event.Evidence{{Sentence: 0, Verb: &event.Span{Start: verb, End: verb + len("entered")}}}}}
	Annotate(doc, evs, thu)
	checkDates(t, evs, []dated{{"2024-02-11", Day, "Sunday"}})
}

func TestAnnotateWithoutReference(t *testing.T) {
	doc := &nlp.Doc{}
	tree(t, doc, "Rebels/NOUN/2/nsubj attacked/VERB/0/root on/ADP/4/case Monday/PROPN/2/obl ./PUNCT/2/punct")
	tree(t, doc, "Rebels/NOUN/2/nsubj attacked/VERB/0/root on/ADP/4/case 2021-09-03/NUM/2/obl ./PUNCT/2/punct")
	evs := []event.Event{coded(t, doc, 0, "attacked"), coded(t, doc, 1, "attacked")}
	evs[0].Date, evs[1].Date = "", ""
	Annotate(doc, evs, time.Time{})
	if evs[0].Date != "" || evs[1].Date != "2021-09-03" || evs[1].Evidence[0].DateText != "2021-09-03" {
		t.Errorf("without a reference day: got %q and %q, want \"\" and 2021-09-03", evs[0].Date, evs[1].Date)
	}
}

// TestAnnotateParsed runs the embedded parser on the design notes'
// example: the visit is dated the Wednesday before the report.
func TestAnnotateParsed(t *testing.T) {
	p, err := nlp.LoadDefault()
	if err != nil {
		t.Skipf("embedded model does not load (the nlp package's tests cover it): %v", err)
	}
	text := "French President Emmanuel Macron flew to Berlin on Wednesday for talks with German Chancellor Olaf Scholz, the Elysee said."
	doc := p.Parse(text)
	verb := strings.Index(text, "flew")
	evs := []event.Event{{Evidence: []event.Evidence{{Sentence: 0, Verb: &event.Span{Start: verb, End: verb + 4}}}}}
	Annotate(doc, evs, thu)
	checkDates(t, evs, []dated{{"2024-02-14", Day, "Wednesday"}})
}

// A participle that modifies a noun has the date of the clause the noun
// is in: the ban of "signed a decree banning" is dated by "On Friday".
func TestAnnotateNounParticiple(t *testing.T) {
	var doc nlp.Doc
	tree(t, &doc, "On/ADP/2/case Friday/PROPN/5/obl ,/PUNCT/2/punct Chahed/PROPN/5/nsubj signed/VERB/0/root "+
		"a/DET/8/det government/NOUN/8/compound decree/NOUN/5/obj banning/VERB/8/acl the/DET/11/det niqab/NOUN/9/obj")
	evs := []event.Event{coded(t, &doc, 0, "banning")}
	Annotate(&doc, evs, thu)
	checkDates(t, evs, []dated{{"2024-02-09", Day, "Friday"}})
}

// TestAnnotateVoicedEvent dates an intent, appeal, demand or threat about
// the future on the day it was voiced, while a planned act keeps its own
// date or none.
func TestAnnotateVoicedEvent(t *testing.T) {
	doc := &nlp.Doc{}
	tree(t, doc, "Yesterday/NOUN/4/obl:tmod ,/PUNCT/4/punct Queen/PROPN/4/nsubj announced/VERB/0/root she/PRON/7/nsubj "+
		"will/AUX/7/aux comply/VERB/4/ccomp ./PUNCT/4/punct")
	tree(t, doc, "Egypt/PROPN/2/nsubj said/VERB/0/root on/ADP/4/case Tuesday/PROPN/2/obl it/PRON/7/nsubj will/AUX/7/aux "+
		"host/VERB/2/ccomp talks/NOUN/7/obj next/ADJ/10/amod month/NOUN/7/obl:tmod ./PUNCT/2/punct")
	with := func(e event.Event, code string) event.Event {
		e.EventCode, e.EventRootCode = code, code[:2]
		return e
	}
	evs := []event.Event{
		with(coded(t, doc, 0, "comply"), "035"), // intent to yield
		with(coded(t, doc, 0, "comply"), "081"), // the act itself, planned
		with(coded(t, doc, 1, "host"), "036"),   // its own date wins
		with(coded(t, doc, 1, "said"), "036"),
	}
	Annotate(doc, evs, thu)
	checkDates(t, evs, []dated{
		{"2024-02-14", Day, "Yesterday"},
		{"2024-02-15", Day, ""},
		{"2024-03-01", Month, "next month"},
		{"2024-02-13", Day, "Tuesday"},
	})
}

// TestAnnotateAnaphoricDay dates "the same day", "the next day" and
// "that night" from the last day the article named before them, and
// leaves them undated without one.
func TestAnnotateAnaphoricDay(t *testing.T) {
	doc := &nlp.Doc{}
	tree(t, doc, "Rules/NOUN/2/nsubj were/AUX/3/aux:pass released/VERB/0/root later/ADV/7/advmod the/DET/7/det "+
		"same/ADJ/7/amod day/NOUN/3/obl:tmod ./PUNCT/3/punct")
	tree(t, doc, "On/ADP/2/case Friday/PROPN/4/obl ,/PUNCT/4/punct officials/NOUN/5/nsubj announced/VERB/0/root rules/NOUN/5/obj ./PUNCT/5/punct")
	tree(t, doc, "Pompeo/PROPN/2/nsubj wrote/VERB/0/root ;/PUNCT/5/punct rules/NOUN/5/nsubj:pass came/VERB/2/parataxis "+
		"later/ADV/9/advmod the/DET/9/det same/ADJ/9/amod day/NOUN/5/obl:tmod ./PUNCT/2/punct")
	tree(t, doc, "The/DET/3/det next/ADJ/3/amod day/NOUN/5/obl:tmod Cuba/PROPN/5/nsubj protested/VERB/0/root ./PUNCT/5/punct")
	tree(t, doc, "Police/NOUN/2/nsubj arrived/VERB/0/root that/DET/4/det night/NOUN/2/obl:tmod ./PUNCT/2/punct")
	tree(t, doc, "Crowds/NOUN/2/nsubj gathered/VERB/0/root the/DET/4/det day/NOUN/2/obl:tmod after/ADP/7/case "+
		"the/DET/7/det vote/NOUN/4/nmod ./PUNCT/2/punct")
	evs := []event.Event{
		coded(t, doc, 0, "released"), // nothing named before it
		coded(t, doc, 2, "came"),
		coded(t, doc, 3, "protested"),
		coded(t, doc, 4, "arrived"), // the day of the sentence before
		coded(t, doc, 5, "gathered"),
	}
	Annotate(doc, evs, thu)
	checkDates(t, evs, []dated{
		{"2024-02-15", Day, ""},
		{"2024-02-09", Day, "later the same day"},
		{"2024-02-10", Day, "The next day"},
		{"2024-02-10", Day, "that night"},
		{"2024-02-15", Day, ""}, // "the day after the vote" is no reference back
	})
}
