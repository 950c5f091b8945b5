package coder

import (
	"slices"
	"strings"

	"github.com/annalist/annalist/actor"
)

// homeCountry returns the country an article is about: the one its
// lede's actors belong to most often, as news names its country there (a
// burglary in England stays English when an artwork named "America", its
// price in US dollars and a tweet by Donald Trump come up further down);
// without a country in the lede, the one of the whole article's actors.
// The first named wins a tie; "" when no actor has a country.
func homeCountry(mentions [][]actor.Mention) string {
	if c := mostNamed(mentions[:min(len(mentions), ledeSentences)]); c != "" {
		return c
	}
	return mostNamed(mentions)
}

// mostNamed returns the country the mentions belong to most often, the
// first named on a tie.
func mostNamed(mentions [][]actor.Mention) string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, ms := range mentions {
		for _, m := range ms {
			if m.Country == "" {
				continue
			}
			count[m.Country]++
			if n := count[m.Country]; n > bestN {
				best, bestN = m.Country, n
			}
		}
	}
	return best
}

// ledeSentences are the dateline and the lede.
const ledeSentences = 4

// placeAgent gives the article's home country to a role word named
// without one ("police", "the court", "protesters", "Governor Jane Doe",
// a party name several countries use such as "Labour"):
// in a report about
// Hong Kong, "police" are Hong Kong's police. It is applied to the actors
// of coded events only, so that coding itself sees the words as written.
func placeAgent(m actor.Mention, home string) actor.Mention {
	if home != "" && unplaced(m) {
		m.Country = home
		m.Code = home + m.Code[3:]
	}
	return m
}

// unplaced reports whether m is an actor named without a country that
// the country of where it is named may be given to.
func unplaced(m actor.Mention) bool {
	return m.Country == "" && (m.Kind == actor.Agent || m.Kind == actor.Person || m.Kind == actor.Group) && strings.HasPrefix(m.Code, "---")
}

// trader reports whether m, named without a country, is a business
// ("the company", "Mobil Corp", "producers") in a deal, code, with
// other, an actor that is not a state's (other.Code is "" for none): the
// deal does not tell the firm's country, as firms trade across borders.
// "The firm will buy products from China" is no Chinese firm, and "the
// company offers Japanese banks" bonds need not be Japanese; a firm that
// deals with a government, is fined or investigated, or sues is left the
// country's the text is about, as those are mostly its own. People in
// business as a class stay the country's too ("the Prime Minister
// called on businessmen to hold their salaries").
func trader(m actor.Mention, code string, other actor.Mention) bool {
	if !unplaced(m) || !slices.Contains(m.Roles, "BUS") || !deal(code) && !firmVoice(m) {
		return false
	}
	if code == strikeCode && slices.Contains(other.Roles, "LAB") {
		return false // the firm a country's workers strike employs them there
	}
	if other.Country != "" && slices.ContainsFunc(other.Roles, func(r string) bool { return stateRoles[r] }) {
		return false
	}
	return !businessPeople[lastWord(m.Name)]
}

// deal reports whether code is a business deal's: an offer or agreement
// (030, 0311), a signed agreement (057) or economic cooperation (061).
func deal(code string) bool {
	return code == "030" || code == "0311" || code == "057" || code == "061"
}

// stateRoles are the roles of a state's arms.
var stateRoles = map[string]bool{"GOV": true, "LEG": true, "JUD": true, "MIL": true, "COP": true, "SPY": true}

// businessPeople are the nouns of people in business as a class.
var businessPeople = map[string]bool{
	"businessman": true, "businessmen": true, "businesswoman": true, "businesswomen": true,
	"businesspeople": true, "employer": true, "employers": true, "industrialist": true,
	"industrialists": true, "entrepreneur": true, "entrepreneurs": true,
}

// homes are the countries a sentence's actors named without one belong
// to: the article's, and the one of the place the sentence says it
// happens in ("" for none), which police and courts act in ("An American
// tourist in Turkey was arrested by police": Turkish police). Others may
// act abroad: rebels sign peace deals, and governments talk, in other
// countries' capitals.
type homes struct {
	article, venue string
	people         string // peopleHome: the country of people the dictionaries do not know
}

// localRoles act only where they are.
var localRoles = map[string]bool{"COP": true, "JUD": true}

// place gives m the country it belongs to (placeAgent).
func (h homes) place(m actor.Mention) actor.Mention {
	if h.venue != "" && len(m.Roles) == 1 && localRoles[m.Roles[0]] {
		return placeAgent(m, h.venue)
	}
	if m.Kind == actor.Person {
		return placeAgent(m, h.people)
	}
	return placeAgent(m, h.article)
}

// victim gives m, the target of an act with code, the country it
// belongs to: force is used where its victims are, so a role word force
// is done to belongs to the country the sentence happens in ("Russian
// warplanes bombed a hospital in Syria": a Syrian hospital).
func (h homes) victim(m actor.Mention, code string) actor.Mention {
	if h.venue != "" && violent(code) {
		return placeAgent(m, h.venue)
	}
	return h.place(m)
}

// venueCountry returns the country of the place the sentence says it
// happens in, "in Turkey" or "in Ankara"; "" when it names none, or
// places of more than one country.
func (s *sentence) venueCountry() string {
	place := ""
	for k, m := range s.ms {
		if m.Kind != actor.Country && m.Kind != actor.Capital || m.Country == "" || m.Start == 0 || s.lower[m.Start-1] != "in" {
			continue
		}
		if s.dep && !s.placePhrase(k) {
			continue
		}
		if place != "" && place != m.Country {
			return ""
		}
		place = m.Country
	}
	return place
}

// homeVisit reports whether pair p of act ac is a visit (042, or the
// host's 043) to a place of the visitor's own country: "a helicopter
// flying the Prime Minister of Lebanon to Beirut", "the governor
// travelled to Washington" go home, and visit no one.
func (s *sentence) homeVisit(ac act, p pair, h homes) bool {
	code := ac.codeOf(p)
	if p.tgt < 0 || !codeUnder(code, "042", "043") {
		return false
	}
	visitor, place := s.ms[p.src], s.ms[p.tgt]
	if code == "043" {
		visitor, place = place, visitor
	}
	if place.Kind != actor.Country && place.Kind != actor.Capital || len(place.Roles) > 1 || len(place.Roles) == 1 && place.Roles[0] != "GOV" {
		return false // a seat of another body is someone to visit ("Baker visited Congress")
	}
	v := h.place(visitor)
	return v.Country != "" && v.Country == place.Country
}

// strayTrader reports whether the source of pair p of act ac is a
// trader, whose deal is not coded: with no country, or with a guessed
// one, it would only be a false event.
func (s *sentence) strayTrader(ac act, p pair, h homes) bool {
	code := ac.codeOf(p)
	var other actor.Mention
	if p.tgt >= 0 {
		other = h.place(s.ms[p.tgt])
	}
	return trader(s.ms[p.src], code, other)
}

// venueActor reports whether mention k, the source or target of pair p
// of act ac, is a capital named as where something happens, "in London":
// "Funaro, who is in Rome today, will fly to Tokyo" is no Italian act,
// "criticized the panels in London" none against the British
// government. A visit to a capital is one to its government, and a
// country named so may be what an act is about ("denounced the coup in
// Niger"), as may a capital after "at" ("lashed out at Moscow"), but for
// talks and meetings, which are held there.
func (s *sentence) venueActor(ac act, p pair, k int) bool {
	code := ac.codeOf(p)
	if k < 0 || codeUnder(code, "042", "043", "044") {
		return false
	}
	// A meeting or talks in a country are held there, not with it ("held
	// their last meeting with the committee in New York").
	if kind := s.ms[k].Kind; kind != actor.Capital && (kind != actor.Country || !codeUnder(code, "04")) {
		return false
	}
	if st := s.ms[k].Start; st > 0 && s.lower[st-1] == "in" {
		return true
	}
	if !s.dep {
		return false
	}
	j := s.mentionHead(k)
	return j >= 0 && s.caseOf(j) == "in"
}

// foreignRole reports whether mention k is a role word the text calls
// foreign ("appealed for aid from foreign governments", "overseas
// banks"): not of the article's country, whatever else it names.
func (s *sentence) foreignRole(k int) bool {
	m := s.ms[k]
	return unplaced(m) && m.Start > 0 && foreignWords[s.lower[m.Start-1]]
}

// foreignWords say a role word is another country's.
var foreignWords = map[string]bool{"foreign": true, "overseas": true}
