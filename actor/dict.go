// Package actor knows who the actors of political news are and finds them
// in tokenized sentences: countries and their capitals and seats of power,
// role words (CAMEO agents), international organisations and office
// holders with their terms. It codes each mention in the CAMEO actor
// scheme ("FRAGOV", "---COP", "IGOUNO").
//
// The built-in dictionaries are text files in the project's own formats
// under data/ (each documents its format at the top), embedded in the
// binary and loaded once by Default. A Dict is read-only once built, so one
// Dict serves any number of goroutines; build a bigger one with Builtin and
// the Add and Load methods (package petrarch adds PETRARCH's dictionaries:
// petrarch.ReadActors, then ActorDict.AddTo).
//
// Matching rules:
//   - Names (countries, capitals, organisations, people) must be written
//     with their capitals: "Turkey" but not "turkey", "US" but not "us".
//     Role words and country adjectives match in any case ("russian").
//   - At each token the longest phrase wins; mentions never overlap.
//     Stop phrases ("Latin America") win too and yield nothing.
//   - A title before a capitalised name the lists lack makes that person's
//     mention ("Judge Jane Doe" ---JUD), with the country named after it
//     ("Judge Jane Doe of Kenya" KENJUD); a plural title takes a list of
//     names, each with its country ("Presidents A of Nigeria and B of
//     Benin"). A given name (data/given-names.txt) and the capitalised
//     words after it name a person of unknown country ("Patrick Crusius"
//     "---"), whom the coder gives the article's country.
//   - A ministry or department named by its portfolio is one actor with
//     the portfolio's role ("the Ministry of Defence of Iran" IRNMIL); a
//     capital before a role word gives it its country ("Moscow police"
//     RUSCOP); a party's name before a role word makes its leader or MP
//     ("Labour leader", "Labour MP").
//   - A nationality before lower-case words that describe a trade gives
//     its country to the firm or person a role word titles ("Austrian
//     mortar and shell manufacturer Hirtenberger Defence Group" AUTBUS),
//     and a word of nationality to any name after it ("Turkish national
//     Hatice Cengiz" TUR); capitalised words ended by a legal form are a
//     firm ("HDT Limited", "Siemens AG", "Maersk A/S" ---BUS, an Agent's
//     mention that takes the article's country). A court or police "in" a
//     country is that country's ("a court in Scotland" GBRJUD), and so is
//     a crowd, also with a participle between ("protesters in Hong Kong"
//     HKGOPP, "students protesting in Belgium" BELEDU); a medium after
//     "on", "via" or "live" is the channel used, no actor. See private.go.
//   - Peoples CAMEO codes as countries are in data/countries.txt ("Kurdish
//     forces" KURMIL); their lawmakers and judges sit in a state's
//     institutions and take no country ("a Kurdish lawmaker" ---LEG). A
//     government's employees are labour ("civil servants" LAB).
//   - A role of no country after a person's possessive takes the person's
//     country ("Trump's Special Presidential Envoy" USAGOV). A capitalised
//     name after a role word that has a word of a body's or medium's name
//     is that body or medium, never a person ("the Fox Business Network"
//     ---MED, "Navy Information Agency" ---MIL).
//   - A name inside another name is no actor: a country's in a work's, a
//     war's or an agreement's name ("an artwork entitled America", "the
//     Iraq War", "the Paris Agreement"), a listed surname in another
//     person's name ("Hunter Biden"); role words that are adjectives too
//     name no one before a noun ("a criminal investigation").
//   - A person is coded by the office held on the event's date. Out of
//     office (before, between or after terms) a person is their country's
//     elite, CAMEO's ELI ("FRAELI"), even after the title of an office
//     they left ("Justice John Paul Stevens" in 2019), and so is a former
//     holder the lists lack ("former Vice President Jane Doe"); an
//     organisation's former officer keeps the organisation's code. With no date, the latest term counts. A name
//     several people share ("Bush") means the one in office that day, and
//     nobody when none or several are.
package actor

import (
	"strings"
	"time"
)

// Kind says what a mention names.
type Kind uint8

// The kinds of mention.
const (
	Country Kind = iota + 1 // a country's name or adjective ("Russia", "Russian")
	Capital                 // a capital or seat of power standing for its government ("Moscow", "Kremlin")
	Person                  // an office holder ("Emmanuel Macron")
	IGO                     // an international organisation ("United Nations")
	NGO                     // a non-governmental organisation ("Red Cross")
	Agent                   // a role word, alone or with its country ("police", "Israeli troops")
	Group                   // a named non-state group (from PETRARCH-style actor lists)
)

// stop marks phrases that block shorter matches inside them and yield
// no mention ("Latin America").
const stop Kind = 15

var kindNames = [...]string{"", "country", "capital", "person", "igo", "ngo", "agent", "group"}

// String returns the kind's lower-case name ("capital").
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

// Mention is an actor found in a sentence.
type Mention struct {
	Start, End int      // token indices [Start, End) in the sentence
	Code       string   // CAMEO actor code: "FRAGOV"; "---GOV" when the country is unknown
	Name       string   // "Emmanuel Macron", "France", "police"
	Country    string   // "FRA"; "" when unknown or not a country's actor
	Roles      []string // ["GOV"]; shared, do not modify
	Kind       Kind
}

// CountryInfo is what the dictionary knows about one country.
type CountryInfo struct {
	Code       string   // CAMEO code, "FRA"
	Name       string   // display name, "France"
	Names      []string // every name, display name first
	Adjectives []string // adjectives and demonyms, "French"
	Capital    string   // "Paris"; may be empty
	Seats      []Seat   // other metonyms of its government
}

// Seat is a metonym for a government or one of its arms: "Pentagon" is the
// United States' MIL.
type Seat struct {
	Phrase string
	Role   string
}

// Dict holds actor dictionaries and matches them against tokens. Build it
// with New and the Add and Load methods, then share it read-only.
type Dict struct {
	// first maps a folded first word to the phrases starting with it,
	// longest first, so matching looks at only a few candidates per token.
	first     map[string][]*phrase
	countries map[string]*CountryInfo
	people    map[string]*person // by full name
	roles     map[string][]string
	given     map[string]bool // given names, as written ("Jane")
	// plain cuts plain phrases at spaces while Builtin loads (see words).
	plain bool
	slab  slab // where phrases and people are taken from
}

// entry is what a phrase stands for.
type entry struct {
	kind      Kind
	code      string // full code for Country (country code), Capital, IGO, NGO, Group; role code for Agent
	name      string
	country   string // country code, "" if none
	adjective bool   // a country adjective: takes no possessive
	roles     []string
	person    *person
	single    []string // an agent's singular phrase, its words folded
	span      *term    // a named actor's years of existence; nil: always (most entries: a pointer keeps them small)
}

// exists reports whether the actor e names existed on date; with no date
// (zero) it does.
func (e *entry) exists(date time.Time) bool {
	return date.IsZero() || e.span == nil || e.span.covers(date)
}

// New returns an empty dictionary.
func New() *Dict {
	return &Dict{
		first:     map[string][]*phrase{},
		countries: map[string]*CountryInfo{},
		people:    map[string]*person{},
		roles:     map[string][]string{},
		given:     map[string]bool{},
	}
}

// Country returns what the dictionary knows about a CAMEO country code.
// A people CAMEO codes as it codes countries (the Kurds, KUR) is no
// country: Country reports it unknown, so that an actor file's [KUR]
// entry is read as a group's, and the list of states stays ISO's.
func (d *Dict) Country(code string) (CountryInfo, bool) {
	c, ok := d.countries[code]
	if !ok || ethnicGroups[code] {
		return CountryInfo{}, false
	}
	return *c, true
}

// splitRoles cuts the role part of a code into CAMEO's three-letter
// chunks ("GOVMED" → GOV, MED), shared per distinct string.
func (d *Dict) splitRoles(s string) []string {
	if r, ok := d.roles[s]; ok {
		return r
	}
	var r []string
	for i := 0; i+3 <= len(s); i += 3 {
		r = append(r, s[i:i+3])
	}
	d.roles[s] = r
	return r
}

// countryPrefix reports whether code starts with a known country code;
// it returns that code.
func (d *Dict) countryPrefix(code string) (string, bool) {
	if len(code) < 3 {
		return "", false
	}
	_, ok := d.countries[code[:3]]
	return code[:3], ok
}

// AddCountry adds a country with its names, adjectives, capital and seats.
func (d *Dict) AddCountry(c CountryInfo) error {
	if !validCode(c.Code) || len(c.Code) != 3 {
		return errorf("country code %q is not three capital letters", c.Code)
	}
	if len(c.Names) == 0 {
		return errorf("country %s has no name", c.Code)
	}
	c.Name = c.Names[0]
	cp := c
	d.countries[c.Code] = &cp
	name := &entry{kind: Country, code: c.Code, name: c.Name, country: c.Code}
	for _, n := range c.Names {
		d.addPhrase(n, name, false)
	}
	adj := &entry{kind: Country, code: c.Code, name: c.Name, country: c.Code, adjective: true}
	for _, a := range c.Adjectives {
		exact := strings.HasPrefix(a, "=")
		d.addPhrase(strings.TrimPrefix(a, "="), adj, !exact)
	}
	gov := &entry{kind: Capital, code: c.Code + "GOV", name: c.Name, country: c.Code, roles: d.splitRoles("GOV")}
	if c.Capital != "" {
		d.addPhrase(c.Capital, gov, false)
	}
	for _, s := range c.Seats {
		role := s.Role
		if role == "" {
			role = "GOV"
		}
		if !validCode(role) {
			return errorf("country %s: seat %q has role %q, not CAMEO role codes", c.Code, s.Phrase, role)
		}
		e := gov
		if role != "GOV" {
			e = &entry{kind: Capital, code: c.Code + role, name: c.Name, country: c.Code, roles: d.splitRoles(role)}
		}
		d.addPhrase(s.Phrase, e, false)
	}
	return nil
}

// AddAgent adds role words ("foreign minister", "foreign ministers") for
// a role code ("GOV", or several run together, "GOVMED"). Words written in
// lower case match in any case. The code "---" marks words for private
// people ("man", "suspect"): they are an actor only with the country or the
// name the text gives them ("Ohio man" USA, "a man, John Roe").
func (d *Dict) AddAgent(code string, phrases ...string) error {
	if !validCode(code) {
		return errorf("agent code %q is not CAMEO role codes", code)
	}
	if len(phrases) == 0 {
		return errorf("agent %s has no phrase", code)
	}
	role := code
	if code == "---" {
		role = ""
	}
	e := &entry{kind: Agent, code: role, name: phrases[0], roles: d.splitRoles(role)}
	e.single = d.words(phrases[0], nil)
	for i, w := range e.single {
		e.single[i] = string(appendFold(nil, w))
	}
	for _, p := range phrases {
		d.addPhrase(p, e, false)
	}
	return nil
}

// AddActor adds a named actor with a fixed code, such as an organisation
// ("IGOUNO", "United Nations", "UN") or a group; the first phrase is its
// name. Phrases match only when written with their capitals.
func (d *Dict) AddActor(kind Kind, code string, phrases ...string) error {
	return d.AddActorDuring(kind, code, time.Time{}, time.Time{}, phrases...)
}

// AddActorDuring adds a named actor that exists only from from until to
// (a zero time leaves that side open): on another date its names are no
// actor ("ICC" in 1987 is the Interstate Commerce Commission, not the
// International Criminal Court of 2002).
func (d *Dict) AddActorDuring(kind Kind, code string, from, to time.Time, phrases ...string) error {
	if !to.IsZero() && !to.After(from) {
		return errorf("actor %s ends %s, not after it begins %s", code, to.Format(time.DateOnly), from.Format(time.DateOnly))
	}
	if !validCode(code) {
		return errorf("actor code %q is not a CAMEO code", code)
	}
	if len(phrases) == 0 {
		return errorf("actor %s has no name", code)
	}
	e := &entry{kind: kind, code: code, name: phrases[0]}
	if !from.IsZero() || !to.IsZero() {
		e.span = &term{from: from, to: to}
	}
	if c, ok := d.countryPrefix(code); ok && kind != IGO && kind != NGO {
		e.country = c
		e.roles = d.splitRoles(code[3:])
	} else if len(code) > 3 {
		e.roles = d.splitRoles(code[3:])
	}
	for _, p := range phrases {
		d.addPhrase(p, e, false)
	}
	return nil
}

// AddStop adds phrases that contain an actor's name but are not that
// actor ("Latin America", "New Jersey"): they match, longest first, and
// yield no mention. They keep the capitals they are written with.
func (d *Dict) AddStop(phrases ...string) {
	e := &entry{kind: stop}
	for _, p := range phrases {
		d.addPhrase(p, e, false)
	}
}

// validCode reports whether s is a non-empty run of capital letters and
// digits in whole three-character chunks, or starts with "---".
func validCode(s string) bool {
	if s == "" || len(s)%3 != 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' && i < 3) {
			return false
		}
	}
	return true
}
