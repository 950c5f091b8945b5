package when

import (
	"time"

	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// inheritWindow is how many sentences back an undated event may take the
// date of an earlier event of the same actors.
const inheritWindow = 5

// inherit dates the events that no words of their own sentence date
// (undated[k] true) by the nearest earlier event, at most inheritWindow
// sentences back, that its sentence dates and that shares an actor with
// them: news tells one happening over several sentences and dates it
// once ("Yesterday the House voted … Democrats supported the resolution
// …"). The earlier date must not lie after the reference day (a plan is
// no date for what is told as done), and an event told in the future
// tense keeps the reference day. The inherited event keeps the words
// that gave the date.
func inherit(doc *nlp.Doc, evs []event.Event, undated []bool, ref time.Time) {
	for k := range evs {
		if !undated[k] {
			continue
		}
		e := &evs[k]
		si := e.Evidence[0].Sentence
		toks := doc.Sentences[si].Tokens
		if v := verbToken(toks, e.Evidence[0].Verb); v >= 0 && parsed(toks) && futureVerb(toks, v) {
			continue
		}
		from := -1
		for j := range evs {
			d := &evs[j]
			if undated[j] || len(d.Evidence) == 0 || d.Evidence[0].DateText == "" {
				continue
			}
			dj := d.Evidence[0].Sentence
			if dj >= si || dj < si-inheritWindow || !sharesActor(e, d) || !onOrBefore(d.Date, ref) {
				continue
			}
			if from < 0 || dj > evs[from].Evidence[0].Sentence {
				from = j
			}
		}
		if from < 0 {
			continue
		}
		d := &evs[from]
		e.Date, e.DatePrecision = d.Date, d.DatePrecision
		e.Evidence[0].DateText = d.Evidence[0].DateText
	}
}

// sharesActor reports whether two events have an actor code in common.
func sharesActor(a, b *event.Event) bool {
	for _, x := range []*event.Actor{a.Actor1, a.Actor2} {
		for _, y := range []*event.Actor{b.Actor1, b.Actor2} {
			if x != nil && y != nil && x.Code != "" && x.Code == y.Code {
				return true
			}
		}
	}
	return false
}

// onOrBefore reports whether the day written as date is not after ref.
func onOrBefore(date string, ref time.Time) bool {
	d, err := time.Parse(time.DateOnly, date)
	return err == nil && !d.After(ref)
}
