package petrarch

import (
	"strings"

	"github.com/annalist/annalist/actor"
)

// AddTo adds the dictionary's actors to d and returns the entries d
// refused, with file:line.
//
// An actor whose codes are all undated becomes a named actor with its
// first code: a country when the code is a CAMEO country code (added as
// a country when d does not know it yet), an organisation for IGO… and
// NGO… codes, a group otherwise. An actor with dated codes becomes a
// person whose terms of office are those codes, so the name is coded by
// the event's date. PETRARCH's upper-case words become capitalised
// names, which match "Solana" and "SOLANA" but not "solana".
func (ad *ActorDict) AddTo(d *actor.Dict) []error {
	errs := errorList{file: ad.File}
	for i := range ad.Actors {
		a := &ad.Actors[i]
		if err := addActor(d, a); err != nil {
			errs.add(a.Line, "%v", err)
		}
	}
	return errs.errs
}

func addActor(d *actor.Dict, a *Actor) error {
	names := make([]string, len(a.Names))
	for i, ws := range a.Names {
		names[i] = capitalised(ws)
	}
	dated := false
	for _, c := range a.Codes {
		dated = dated || c.Dated()
	}
	if dated {
		for i, c := range a.Codes {
			// The names of all terms are merged, so later terms need
			// only the full name that keys the person.
			ns := names
			if i > 0 {
				ns = names[:1]
			}
			if err := d.AddTerm(c.Code, c.From, c.To, "", ns...); err != nil {
				return err
			}
		}
		return nil
	}
	code := a.Codes[0].Code
	switch {
	case strings.HasPrefix(code, "IGO"):
		return d.AddActor(actor.IGO, code, names...)
	case strings.HasPrefix(code, "NGO"):
		return d.AddActor(actor.NGO, code, names...)
	case len(code) == 3 && isCountry(d, code):
		if _, known := d.Country(code); !known {
			return d.AddCountry(actor.CountryInfo{Code: code, Names: names})
		}
		return d.AddActor(actor.Country, code, names...)
	}
	return d.AddActor(actor.Group, code, names...)
}

// isCountry reports whether code is a CAMEO country code: one d knows, or
// one of the built-in dictionary's countries when d starts empty.
func isCountry(d *actor.Dict, code string) bool {
	if _, ok := d.Country(code); ok {
		return true
	}
	return builtinCountry(code)
}

// capitalised turns [JAVIER SOLANA] into "Javier Solana".
func capitalised(ws []string) string {
	n := len(ws) - 1
	for _, w := range ws {
		n += len(w)
	}
	var b strings.Builder
	b.Grow(n)
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w[:1])
		rest := w[1:]
		if !isASCII(rest) {
			b.WriteString(strings.ToLower(rest))
			continue
		}
		for j := 0; j < len(rest); j++ {
			c := rest[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// AddTo adds the dictionary's agents to d as role words and returns the
// entries d refused, with file:line. Agent phrases are written in lower
// case, so they match in any case. A "[CODE~]" agent's code becomes a
// role like any other: annalist composes a country before a role, not an
// organisation code before a country.
func (ag *AgentDict) AddTo(d *actor.Dict) []error {
	errs := errorList{file: ag.File}
	for _, a := range ag.Agents {
		phrases := make([]string, len(a.Phrases))
		for i, ws := range a.Phrases {
			phrases[i] = strings.ToLower(strings.Join(ws, " "))
		}
		if err := d.AddAgent(a.Code, phrases...); err != nil {
			errs.add(a.Line, "%v", err)
		}
	}
	return errs.errs
}
