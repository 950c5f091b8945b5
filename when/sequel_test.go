package when

import (
	"testing"

	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// codedAs is the event of verb in sentence si with a CAMEO code and actor
// codes ("" for none).
func codedAs(t *testing.T, doc *nlp.Doc, si int, verb, code, a1, a2 string) event.Event {
	t.Helper()
	e := coded(t, doc, si, verb)
	e.EventCode, e.EventRootCode = code, code[:2]
	if a1 != "" {
		e.Actor1 = &event.Actor{Code: a1}
	}
	if a2 != "" {
		e.Actor2 = &event.Actor{Code: a2}
	}
	return e
}

const filler = "It/PRON/2/nsubj rained/VERB/0/root ./PUNCT/2/punct"

// TestInheritSameEvent: the same event (code and actors) told again
// takes the date it was first given however far back, beyond the window
// that holds for events that only share an actor; an event of another
// code that far back keeps the report's day.
func TestInheritSameEvent(t *testing.T) {
	for _, c := range []struct {
		code string
		want dated
	}{{"173", dated{"2024-02-12", Day, "Monday"}}, {"0841", dated{"2024-02-15", Day, ""}}} {
		doc := &nlp.Doc{}
		tree(t, doc, "Police/PROPN/2/nsubj arrested/VERB/0/root a/DET/4/det man/NOUN/2/obj on/ADP/6/case Monday/PROPN/2/obl")
		for range inheritWindow + 2 {
			tree(t, doc, filler)
		}
		tree(t, doc, "Officers/NOUN/2/nsubj detained/VERB/0/root him/PRON/2/obj")
		last := len(doc.Sentences) - 1
		evs := []event.Event{codedAs(t, doc, 0, "arrested", "173", "GBRCOP", "GBR"), codedAs(t, doc, last, "detained", c.code, "GBRCOP", "GBR")}
		Annotate(doc, evs, thu)
		checkDates(t, evs, []dated{{"2024-02-12", Day, "Monday"}, c.want})
	}
}

// TestInheritSequel: a material act told in the narrative past, that no
// event of its actors dates, takes the date of the main clause of one of
// the two sentences before ("On Tuesday a worker stabbed four people …
// The attacker was shot dead by police"), and passes it on to the same
// event told again. Not so: a statement or reaction, an act in the
// present perfect ("have opened a case", a state of things), one whose
// sentence has time words of its own, or one told further back.
func TestInheritSequel(t *testing.T) {
	const lede = "On/ADP/2/case Tuesday/PROPN/5/obl a/DET/4/det worker/NOUN/5/nsubj stabbed/VERB/0/root four/NUM/7/nummod people/NOUN/5/obj"
	const shot = "The/DET/2/det attacker/NOUN/4/nsubj:pass was/AUX/4/aux:pass shot/VERB/0/root dead/ADJ/4/xcomp by/ADP/7/case police/NOUN/5/obl"
	tuesday, none := dated{"2024-02-13", Day, "Tuesday"}, dated{"2024-02-15", Day, ""}
	cases := []struct {
		name    string
		fillers int
		second  string
		verb    string
		code    string
		want    dated
	}{
		{"passive past", 1, shot, "shot", "190", tuesday},
		{"right after", 0, shot, "shot", "190", tuesday},
		{"reaction", 1, "The/DET/2/det mayor/NOUN/3/nsubj offered/VERB/0/root condolences/NOUN/3/obj", "offered", "018", none},
		{"present perfect", 1, "Police/NOUN/3/nsubj have/AUX/3/aux opened/VERB/0/root a/DET/5/det case/NOUN/3/obj", "opened", "173", none},
		{"own time words", 1, "Police/NOUN/2/nsubj arrested/VERB/0/root a/DET/4/det man/NOUN/2/obj who/PRON/6/nsubj " +
			"arrived/VERB/4/acl:relcl in/ADP/8/case 2003/NUM/6/obl", "arrested", "173", none},
		{"too far", sequelWindow, shot, "shot", "190", none},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := &nlp.Doc{}
			tree(t, doc, lede)
			for range c.fillers {
				tree(t, doc, filler)
			}
			tree(t, doc, c.second)
			si := len(doc.Sentences) - 1
			tree(t, doc, filler)
			tree(t, doc, filler)
			tree(t, doc, c.second)
			evs := []event.Event{codedAs(t, doc, si, c.verb, c.code, "FRACOP", "FRA"), codedAs(t, doc, si+3, c.verb, c.code, "FRACOP", "FRA")}
			Annotate(doc, evs, thu)
			checkDates(t, evs, []dated{c.want, c.want}) // the second: the same event told again
		})
	}
}

// TestInheritSequelAgreedDates: a sentence whose time words all agree
// ("January 20 of this year") gives its finest to the sequel even when
// the parse hangs them off another clause than the main one.
func TestInheritSequelAgreedDates(t *testing.T) {
	doc := &nlp.Doc{}
	tree(t, doc, "Thunberg/PROPN/2/nsubj led/VERB/0/root the/DET/4/det demonstration/NOUN/2/obj held/VERB/2/conj on/ADP/8/case "+
		"January/PROPN/8/compound 20/NUM/5/obl of/ADP/11/case this/DET/11/det year/NOUN/8/nmod")
	tree(t, doc, "Millions/NOUN/2/nsubj joined/VERB/0/root the/DET/4/det protests/NOUN/2/obj")
	evs := []event.Event{codedAs(t, doc, 1, "joined", "141", "SWECVL", "")}
	tag(t, doc, 1, "joined", "VBD")
	Annotate(doc, evs, thu)
	if evs[0].Date != "2024-01-20" || evs[0].DatePrecision != Day {
		t.Errorf("got %s %s %q, want 2024-01-20 day", evs[0].Date, evs[0].DatePrecision, evs[0].Evidence[0].DateText)
	}
}

// TestInheritNotPresent: an act told in the present tense ("are
// investigating") holds at the report's time and inherits no date.
func TestInheritNotPresent(t *testing.T) {
	doc := &nlp.Doc{}
	tree(t, doc, "Prosecutors/NOUN/2/nsubj charged/VERB/0/root him/PRON/2/obj on/ADP/5/case Sunday/PROPN/2/obl")
	tree(t, doc, "Authorities/NOUN/3/nsubj are/AUX/3/aux investigating/VERB/0/root the/DET/5/det shooting/NOUN/3/obj")
	tag(t, doc, 1, "investigating", "VBG")
	evs := []event.Event{codedAs(t, doc, 0, "charged", "173", "USAJUD", "USA"), codedAs(t, doc, 1, "investigating", "091", "USAGOV", "USA")}
	Annotate(doc, evs, thu)
	checkDates(t, evs, []dated{{"2024-02-11", Day, "Sunday"}, {"2024-02-15", Day, ""}})
}

// TestInheritRestatement: an act told in the past in a sentence whose
// subject names the act of the sentence before ("The announcement was
// made after …" after "announced") takes that sentence's date, though it
// is no material act, and though it is coded on a noun ("a call"); a
// subject naming something else does not.
func TestInheritRestatement(t *testing.T) {
	const lede = "Late/ADV/3/advmod on/ADP/3/case Sunday/PROPN/6/obl ,/PUNCT/3/punct Trump/PROPN/6/nsubj announced/VERB/0/root/announce " +
		"a/DET/8/det withdrawal/NOUN/6/obj"
	for _, c := range []struct {
		subject string
		want    dated
	}{{"announcement", dated{"2024-02-11", Day, "Sunday"}}, {"troops", dated{"2024-02-15", Day, ""}}} {
		doc := &nlp.Doc{}
		tree(t, doc, lede)
		tree(t, doc, "The/DET/2/det "+c.subject+"/NOUN/4/nsubj:pass was/AUX/4/aux:pass made/VERB/0/root/make after/SCONJ/7/mark "+
			"Trump/PROPN/7/nsubj had/VERB/4/advcl/have a/DET/9/det call/NOUN/7/obj")
		tag(t, doc, 1, "had", "VBD")
		evs := []event.Event{codedAs(t, doc, 1, "had", "041", "USAGOV", "TURGOV"), codedAs(t, doc, 1, "call", "041", "TURGOV", "USAGOV")}
		Annotate(doc, evs, thu)
		checkDates(t, evs, []dated{c.want, c.want})
	}
}

// TestInheritNotFromNextWeek: "next week" resolves to a month that may
// hold the report's day, but it is a plan all the same, and no date for
// an act of the same actors told as done.
func TestInheritNotFromNextWeek(t *testing.T) {
	doc := &nlp.Doc{}
	tree(t, doc, "India/PROPN/3/nsubj will/AUX/3/aux send/VERB/0/root a/DET/5/det team/NOUN/3/obj to/ADP/7/case Japan/PROPN/3/obl "+
		"next/ADJ/9/amod week/NOUN/3/obl:tmod")
	tree(t, doc, "Japan/PROPN/2/nsubj asked/VERB/0/root India/PROPN/2/obj to/PART/5/mark cut/VERB/2/xcomp prices/NOUN/5/obj")
	tag(t, doc, 1, "asked", "VBD")
	evs := []event.Event{codedAs(t, doc, 0, "send", "036", "IND", "JPN"), codedAs(t, doc, 1, "asked", "020", "JPN", "IND")}
	Annotate(doc, evs, thu)
	checkDates(t, evs, []dated{{"2024-02-01", Month, "next week"}, {"2024-02-15", Day, ""}})
}

// TestSequelNotPresentPerfect: "have so far blocked", even tagged as a
// past tense, tells a state of things, not the next step of the
// happening told before.
func TestSequelNotPresentPerfect(t *testing.T) {
	doc := &nlp.Doc{}
	tree(t, doc, "On/ADP/2/case Wednesday/PROPN/4/obl Belgium/PROPN/4/nsubj minted/VERB/0/root a/DET/6/det coin/NOUN/4/obj")
	tree(t, doc, "Members/NOUN/5/nsubj have/AUX/5/aux so/ADV/4/advmod far/ADV/5/advmod blocked/VERB/0/root reform/NOUN/5/obj")
	// As the parser may make it: "have" a verb, "blocked" hanging from it.
	tree(t, doc, "On/ADP/2/case Wednesday/PROPN/4/obl Belgium/PROPN/4/nsubj minted/VERB/0/root a/DET/6/det coin/NOUN/4/obj")
	tree(t, doc, "Members/NOUN/2/nsubj have/VERB/0/root so/ADV/4/advmod far/ADV/5/advmod blocked/VERB/2/parataxis reform/NOUN/5/obj")
	tag(t, doc, 1, "blocked", "VBD")
	tag(t, doc, 3, "blocked", "VBD")
	evs := []event.Event{codedAs(t, doc, 1, "blocked", "144", "DEU", ""), codedAs(t, doc, 3, "blocked", "144", "BEL", "")}
	Annotate(doc, evs, thu)
	checkDates(t, evs, []dated{{"2024-02-15", Day, ""}, {"2024-02-15", Day, ""}})
}

// TestInheritNamesake: a material act told in the past that nothing
// near dates takes the date of the latest act before it named by the
// same word, however far back ("the rape in 2014 was reported" … "the
// officers raped her"); an act of another word keeps the report's day.
func TestInheritNamesake(t *testing.T) {
	for _, c := range []struct {
		verb, lemma string
		want        dated
	}{{"raped", "rape", dated{"2014-01-01", Year, "2014"}}, {"robbed", "rob", dated{"2024-02-15", Day, ""}}} {
		doc := &nlp.Doc{}
		tree(t, doc, "The/DET/2/det rape/NOUN/6/nsubj:pass in/ADP/4/case 2014/NUM/2/nmod was/AUX/6/aux:pass reported/VERB/0/root/report")
		for range inheritWindow + 1 {
			tree(t, doc, filler)
		}
		tree(t, doc, "The/DET/2/det officers/NOUN/3/nsubj "+c.verb+"/VERB/0/root/"+c.lemma+" her/PRON/3/obj")
		last := len(doc.Sentences) - 1
		tag(t, doc, last, c.verb, "VBD")
		evs := []event.Event{codedAs(t, doc, last, c.verb, "1821", "FRACOP", "CAN")}
		Annotate(doc, evs, thu)
		checkDates(t, evs, []dated{c.want})
	}
}

// TestSequelMainClauseOnly: the sequel takes the date that the sentence
// before tells of its main verb, not the time words of a noun ("followed
// celebrations yesterday"), nor, for a material act, the day a report
// was made ("Newspapers reported at the weekend").
func TestSequelMainClauseOnly(t *testing.T) {
	for _, c := range []struct{ name, before string }{
		{"noun's date", "It/PRON/2/nsubj followed/VERB/0/root celebrations/NOUN/2/obj yesterday/NOUN/3/nmod:tmod"},
		{"a report's date", "Newspapers/NOUN/2/nsubj reported/VERB/0/root/report at/ADP/5/case the/DET/5/det weekend/NOUN/2/obl " +
			"that/SCONJ/9/mark an/DET/8/det offer/NOUN/9/nsubj came/VERB/2/ccomp"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := &nlp.Doc{}
			tree(t, doc, c.before)
			tree(t, doc, "Warplanes/NOUN/2/nsubj hit/VERB/0/root a/DET/4/det tanker/NOUN/2/obj")
			tag(t, doc, 1, "hit", "VBD")
			evs := []event.Event{codedAs(t, doc, 1, "hit", "190", "IRQMIL", "IRN")}
			Annotate(doc, evs, thu)
			checkDates(t, evs, []dated{{"2024-02-15", Day, ""}})
		})
	}
}
