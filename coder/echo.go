package coder

import (
	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/event"
)

// coded is an event with what withoutCountryEchoes needs to know of its
// actors: whether each is a country or its people named as such
// ("Sweden", "Swedes") rather than a person, a role or a body.
type coded struct {
	event.Event
	countrySource, countryTarget bool
}

// countryNamed reports whether mention k names a country or its people
// and nothing more: not a country's adjective set before the name or
// noun of whom it describes ("Scottish First Minister Nicola Sturgeon",
// "Russian hackers"), which the dictionaries did not know.
func (s *sentence) countryNamed(k int, home homes) bool {
	m := home.place(s.ms[k])
	if m.Kind != actor.Country {
		return false
	}
	if m.End < len(s.toks) {
		switch s.toks[m.End].UPOS {
		case "NOUN", "PROPN", "ADJ", "NUM":
			return false
		}
	}
	return true
}

// withoutCountryEchoes returns the events of one sentence without those
// whose source or target is a country named as such where another event
// of the sentence has the same code and other side and, in that place, an
// actor of the same country named more fully: "She protested alone, but
// thousands of Swedes joined the protest" is Thunberg's protest
// (SWEENV 141), not also one by Sweden (SWE 141). The fuller actor says
// all the country-only one does. A person the dictionaries give only a
// country ("Scottish First Minister Nicola Sturgeon") is an actor of
// their own and stays.
func withoutCountryEchoes(evs []coded) []event.Event {
	out := make([]event.Event, 0, len(evs))
	for i, e := range evs {
		echo := false
		for j, f := range evs {
			if i != j && e.EventCode == f.EventCode && e.echoes(f.Event) {
				echo = true
				break
			}
		}
		if !echo {
			out = append(out, e.Event)
		}
	}
	return out
}

// echoes reports whether e says less than f of the same act: one side is
// the same in both and e's other side is a country named as such whose
// code is the start of f's ("SWE" and "SWEENV").
func (e coded) echoes(f event.Event) bool {
	t1, t2 := targetCode(e.Event), targetCode(f)
	switch {
	case t1 == t2:
		return e.countrySource && countryOnlyOf(e.Actor1.Code, f.Actor1.Code)
	case e.Actor1.Code == f.Actor1.Code:
		return e.countryTarget && countryOnlyOf(t1, t2)
	}
	return false
}

// targetCode returns the code of an event's target, "" for none.
func targetCode(e event.Event) string {
	if e.Actor2 == nil {
		return ""
	}
	return e.Actor2.Code
}

// countryOnlyOf reports whether code is a bare three-letter country code
// and full a longer code of the same country.
func countryOnlyOf(code, full string) bool {
	return len(code) == 3 && len(full) > 3 && full[:3] == code && code != "---"
}

// selfAct reports whether pair p has a country named as such on both
// sides, the same one ("Japan is refusing to open Japan to imports"):
// no country acts on itself.
func (s *sentence) selfAct(p pair) bool {
	if p.tgt < 0 {
		return false
	}
	a, b := s.ms[p.src], s.ms[p.tgt]
	return a.Kind == actor.Country && b.Kind == actor.Country && a.Code == b.Code
}
