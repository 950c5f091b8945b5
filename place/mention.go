package place

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// A trigger is what makes a name a place in its sentence. Names alone are
// not enough: "Reading" and "Nice" open sentences, "Paris Hilton" is a
// person and "Washington said" is a government.
type trigger uint8

const (
	noTrigger trigger = iota
	weak              // "to Berlin", "from Aleppo": places, but maybe not where the event was
	strong            // "in Gaza City", "the Geneva talks", "the city of Basra", "Paris, Texas"
)

// mention is a name of the gazetteer found in a sentence.
type mention struct {
	start, end int // token indices [start, end)
	e          *entry
	why        trigger
	qual       *entry // the division or country after a comma: "Paris, Texas"
	place      Place  // the meaning chosen in the article
}

// maxWords bounds the length of a name in tokens ("Newfoundland and Labrador").
const maxWords = 5

// spans returns the longest gazetteer names starting with a capital
// letter, left to right, none overlapping, whatever their context.
func (g *Gazetteer) spans(text string, toks []nlp.Token) []mention {
	var out []mention
	var buf [96]byte
	for i := 0; i < len(toks); i++ {
		if !capitalised(toks[i].Form) {
			continue
		}
		for n := min(maxWords, len(toks)-i); n >= 1; n-- {
			last := toks[i+n-1]
			if !capitalised(last.Form) || n > 1 && breaksName(toks[i+1:i+n]) {
				continue
			}
			k := appendFold(buf[:0], text[toks[i].Start:last.End])
			if e := g.find(k); e != nil {
				out = append(out, mention{start: i, end: i + n, e: e})
				i += n - 1
				break
			}
		}
	}
	return out
}

// breaksName reports whether tokens inside a candidate name end it: a
// comma or bracket never belongs to a name.
func breaksName(toks []nlp.Token) bool {
	for _, t := range toks {
		if t.UPOS == "PUNCT" && t.Form != "-" && t.Form != "." {
			return true
		}
	}
	return false
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// places returns the mentions of a sentence that its words make places.
// actors are the sentence's actor mentions. What the names say about
// the article's geography goes into c: the names of countries and
// divisions wherever they stand ("Texas officials"), and the names of
// places the words make places — never a name rejected as a common word
// or a person's ("March", "Police", "Greg Barton").
func (g *Gazetteer) places(text string, toks []nlp.Token, actors []actor.Mention, c *context) []mention {
	ms := g.spans(text, toks)
	var out []mention
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if isSurname(toks, m, actors) {
			c.surnames[toks[m.start].Form] = true
			continue
		}
		if falseName(toks, m) || glued(text, toks[m.end-1].End) {
			continue
		}
		if m.end-m.start == 1 && c.surnames[toks[m.start].Form] && before(toks, m.start, out) != strong {
			continue // "an aide to Foley", but "in Washington" after "George Washington"
		}
		c.addCoarse(m.e)
		if insideActor(m, actors) {
			continue
		}
		m.why = before(toks, m.start, out)
		if i+1 < len(ms) && ms[i+1].start == m.end+1 && toks[m.end].Form == "," && m.qualify(ms[i+1]) {
			i++
		} else if m.end < len(toks) && partOfName(toks[m.end]) {
			continue // "Paris Hilton", "Washington Post", "Hyde Park Corner"
		}
		if m.why == noTrigger && m.end < len(toks) {
			switch next := strings.ToLower(toks[m.end].Form); {
			case eventNouns[next] && m.e.places[0].Precision == City:
				m.why = strong // "the Geneva talks"
			case placeNouns[next] && !(m.start > 0 && (isWord(toks[m.start-1].Form, "a") || isWord(toks[m.start-1].Form, "an"))) &&
				!(m.end+1 < len(toks) && isNoun(toks[m.end+1])):
				m.why = strong // "Idlib province", not "a U.S. state" nor "the Manhattan district attorney"
			}
		}
		if m.why == weak && !hasFinerThanCountry(m.e) {
			continue // "ambassador to France" is no place of the event
		}
		if m.why == weak && m.end+1 < len(toks) && isPossessive(toks[m.end].Form) && !capitalised(toks[m.end+1].Form) {
			continue // "a stay to Marrero's order": an owner, likely a person
		}
		if m.why != noTrigger {
			c.addEntry(m.e)
			out = append(out, m)
		}
	}
	return out
}

// qualify reads the name q after m and a comma as the division or
// country m lies in: "Paris, Texas" (q is part of the mention, not a
// place of its own) or "Columbia, New Hampshire" (a town too small for
// the gazetteer, placed by its division). It reports whether q was taken.
func (m *mention) qualify(q mention) bool {
	if qualifies(q.e, m.e) {
		m.qual, m.why = q.e, strong
		return true
	}
	if d := divisionOf(q.e, m.e); d != nil {
		m.e, m.end, m.why = d, q.end, strong
		return true
	}
	return false
}

// partOfName reports whether the token after a place's name continues a
// longer name: a capitalised noun that is no time word and no word for a
// kind of place or event ("Idlib Province", "the Geneva Summit").
func partOfName(t nlp.Token) bool {
	if !capitalised(t.Form) || t.UPOS != "PROPN" && t.UPOS != "NOUN" || timeWord(t.Form) {
		return false
	}
	w := strings.ToLower(t.Form)
	return !placeNouns[w] && !eventNouns[w]
}

// divisionOf returns, as an entry of its own, the division or country q
// names when it cannot qualify name although it names the kind of place
// that would: a region in the country of one of name's cities, or a
// country after a name that is only ever a city. Nil otherwise (a list,
// "Paris, London and Berlin", or "France, Germany").
func divisionOf(q, name *entry) *entry {
	for _, p := range name.places {
		if p.Precision != City {
			return nil
		}
	}
	var d entry
	for i, a := range q.places {
		switch a.Precision {
		case Region:
			for _, p := range name.places {
				if p.Country == a.Country {
					d.places, d.alt = append(d.places, a), append(d.alt, q.alt[i])
					break
				}
			}
		case Country:
			d.places, d.alt = append(d.places, a), append(d.alt, q.alt[i])
		}
	}
	if len(d.places) == 0 {
		return nil
	}
	return &d
}

// falseName rejects common words that are also towns when nothing but a
// capital letter suggests the town, and names glued to a name before them.
func falseName(toks []nlp.Token, m mention) bool {
	if m.start > 0 {
		p := toks[m.start-1]
		if capitalised(p.Form) && p.UPOS == "PROPN" {
			return true // "Lake Geneva", "President Washington"
		}
		if m.start > 1 && isWord(p.Form, "of") && capitalised(toks[m.start-2].Form) {
			return true // "Yutaka Iwasaki of Kobe", "Western District of Texas", "Bank of England"
		}
	}
	if m.end-m.start == 1 {
		switch toks[m.start].UPOS {
		case "PROPN", "NOUN", "X":
		default:
			return true // "Of", "Nice", "Reading" as the tagger reads them
		}
		if timeWord(toks[m.start].Form) {
			return true
		}
		if acronym(toks[m.start].Form) && onlyTownsNamedOtherwise(m.e) {
			return true // "the UN" is no town Un; countries keep "US", "UK"
		}
	}
	return false
}

// onlyTownsNamedOtherwise reports whether every meaning of e is a city
// whose name is not written in capitals.
func onlyTownsNamedOtherwise(e *entry) bool {
	for _, p := range e.places {
		if p.Precision != City || acronym(p.Name) {
			return false
		}
	}
	return true
}

// acronym reports whether s is two or more letters, all capitals.
func acronym(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// isSurname reports whether a one-word name is a person's surname here:
// it follows a given name ("Thomas Foley") or ends a person the actor
// dictionary found.
func isSurname(toks []nlp.Token, m mention, actors []actor.Mention) bool {
	if m.end-m.start != 1 {
		return false
	}
	if m.start > 0 && actor.IsGivenName(toks[m.start-1].Form) {
		return true
	}
	for _, a := range actors {
		if a.Kind == actor.Person && a.End == m.end && a.End-a.Start > 1 {
			return true
		}
	}
	return false
}

// glued reports whether the name runs into the next character ("US$2.6
// billion").
func glued(text string, end int) bool {
	return end < len(text) && (text[end] == '$' || text[end] == '-' && end+1 < len(text) && text[end+1] != ' ')
}

// insideActor reports whether the name is part of a longer actor mention
// ("the Kurdistan Regional Government").
func insideActor(m mention, actors []actor.Mention) bool {
	for _, a := range actors {
		if a.Start <= m.start && m.end <= a.End && a.End-a.Start > m.end-m.start {
			return true
		}
	}
	return false
}

// before reads the words before a name for a trigger: a locative
// preposition, possibly across "the" and a direction ("in northern
// Syria"), "the city of", or a place's possessive ("Syria's Idlib").
func before(toks []nlp.Token, i int, found []mention) trigger {
	j := i - 1
	if j >= 1 && isPossessive(toks[j].Form) && len(found) > 0 && found[len(found)-1].end == j {
		return found[len(found)-1].why
	}
	for j >= 0 && skippable[strings.ToLower(toks[j].Form)] {
		j--
	}
	if j < 0 {
		return noTrigger
	}
	w := strings.ToLower(toks[j].Form)
	if w == "of" && j >= 1 && placeNouns[toks[j-1].Form] { // "the city of Basra", not "District of Columbia"
		return strong
	}
	switch {
	case strongPreps[w]:
		return strong
	case weakPreps[w]:
		return weak
	}
	return noTrigger
}

func isNoun(t nlp.Token) bool { return t.UPOS == "NOUN" || t.UPOS == "PROPN" }

func isWord(form, w string) bool { return strings.EqualFold(form, w) }

func isPossessive(s string) bool { return s == "'s" || s == "’s" || s == "'" || s == "’" }

func hasFinerThanCountry(e *entry) bool {
	for _, p := range e.places {
		if p.Precision != Country {
			return true
		}
	}
	return false
}

// qualifies reports whether q names the division or country of one of
// name's places ("Paris, Texas", "Goa, India").
func qualifies(q, name *entry) bool {
	for _, a := range q.places {
		for _, p := range name.places {
			if within(p, a) {
				return true
			}
		}
	}
	return false
}

// within reports whether place p lies in the division or country a: a
// city in a region or country, a region in a country.
func within(p, a Place) bool {
	switch {
	case p == a:
		return false // "New York, New York" is the city, not the state qualified by itself
	case p.Precision == City && a.Precision == Region:
		return p.Admin1 == a.Admin1
	case p.Precision != Country && a.Precision == Country:
		return p.Country == a.Country
	}
	return false
}

func timeWord(s string) bool { return timeWords[strings.ToLower(s)] }

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var (
	strongPreps = set("in at near outside inside across around throughout within visited visit visits visiting toured tour touring nearby")
	weakPreps   = set("to from into towards toward via through")
	skippable   = set("the northern southern eastern western central northeastern northwestern southeastern southwestern north-eastern north-western south-eastern south-western north south east west downtown neighbouring neighboring nearby rebel-held government-held besieged occupied restive remote coastal capital")
	placeNouns  = set("city town village province region state district capital port island county municipality suburb outskirts governorate")
	eventNouns  = set("talks summit conference meeting meetings negotiations accord accords agreement agreements deal process protest protests rally rallies attack attacks bombing bombings massacre clashes summit forum peace ceasefire truce declaration")
	timeWords   = set("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december")
)
