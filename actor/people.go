package actor

import (
	"slices"
	"time"
)

// person is one office holder and the terms they served.
type person struct {
	name  string
	names []string // every name filed for them, full name first
	terms []term   // by start date
	entry *entry
}

// term is one office held from From until To (zero: still in office).
type term struct {
	code   string
	office string
	from   time.Time
	to     time.Time
}

func (t term) covers(date time.Time) bool {
	return !date.Before(t.from) && (t.to.IsZero() || date.Before(t.to))
}

// distance is how far date lies outside the term.
func (t term) distance(date time.Time) time.Duration {
	if date.Before(t.from) {
		return t.from.Sub(date)
	}
	if !t.to.IsZero() && !date.Before(t.to) {
		return date.Sub(t.to)
	}
	return 0
}

// AddTerm records that the person named names[0] (the full name; the rest
// are other names they go by) held an office coded code from from until to
// (zero to: still in office). Call it once per term; the names of all terms
// are merged.
func (d *Dict) AddTerm(code string, from, to time.Time, office string, names ...string) error {
	if !validCode(code) {
		return errorf("code %q is not a CAMEO actor code", code)
	}
	if len(names) == 0 || names[0] == "" {
		return errorf("term of %s from %s has no name", code, from.Format(time.DateOnly))
	}
	if !to.IsZero() && to.Before(from) {
		return errorf("%s: term ends %s before it starts %s", names[0], to.Format(time.DateOnly), from.Format(time.DateOnly))
	}
	t := term{code: code, office: office, from: from, to: to}
	p := d.people[names[0]]
	if p == nil {
		p = d.slab.person(names[0], len(names), t)
		d.people[names[0]] = p
	} else {
		at, _ := slices.BinarySearchFunc(p.terms, t, func(a, b term) int { return a.from.Compare(b.from) })
		p.terms = slices.Insert(p.terms, at, t)
	}
	for _, n := range names {
		// Term lines repeat a person's names; each is filed once.
		if n != "" && !slices.Contains(p.names, n) {
			p.names = append(p.names, n)
			d.addPhrase(n, p.entry, false)
		}
	}
	return nil
}

// on returns the term that codes the person on date and whether they were
// in office then. Out of office, the nearest term says which country they
// belong to. With no date, the latest term counts as current.
func (p *person) on(date time.Time) (term, bool) {
	if date.IsZero() {
		return p.terms[len(p.terms)-1], true
	}
	best, in := -1, false
	for i, t := range p.terms {
		if t.covers(date) {
			best, in = i, true // the latest-starting term that covers date wins
		}
	}
	if in {
		return p.terms[best], true
	}
	for i, t := range p.terms {
		if best < 0 || t.distance(date) < p.terms[best].distance(date) {
			best = i
		}
	}
	return p.terms[best], false
}

// petrarchHorizon is the day people-petrarch.tsv closes the terms still
// open when PETRARCH's lists were last revised (2014): such a term may have
// gone on, so the title the text gives wins over it.
var petrarchHorizon = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)

// heldBefore reports whether the person held an office of role (the
// role part of a code, "JUD") that ended before date: a title of that
// role is then the honorific they keep ("Justice John Paul Stevens" after
// he retired, "President Carter"), and names no office held now.
func (p *person) heldBefore(role string, date time.Time) bool {
	for _, t := range p.terms {
		if t.to.Equal(petrarchHorizon) {
			continue // closed by the lists' age, not known to have ended
		}
		if len(t.code) > 3 && t.code[3:] == role && !t.to.IsZero() && !date.Before(t.to) {
			return true
		}
	}
	return false
}

// resolvePerson picks the person a name means on date. A name several
// people share (a surname) means the one holding office then, and nobody
// when none or more than one do.
func resolvePerson(p *phrase, date time.Time) *person {
	if len(p.entries) == 1 {
		return p.entries[0].person
	}
	if date.IsZero() {
		return nil
	}
	var found *person
	for _, e := range p.entries {
		if _, in := e.person.on(date); in {
			if found != nil {
				return nil
			}
			found = e.person
		}
	}
	return found
}

// personMention codes person pe on date: the code of the office they held,
// or, out of office, their country's elite ("FRAELI"). An organisation's
// former officer keeps the organisation's code.
func (d *Dict) personMention(pe *person, date time.Time, start, end int) Mention {
	t, in := pe.on(date)
	m := Mention{Start: start, End: end, Code: t.code, Name: pe.name, Kind: Person}
	if c, ok := d.countryPrefix(t.code); ok {
		m.Country = c
		if !in {
			m.Code = c + "ELI"
		}
		m.Roles = d.roleOf(m.Code[3:])
	} else if len(t.code) > 3 {
		m.Roles = d.roleOf(t.code[3:])
	}
	return m
}
