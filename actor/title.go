package actor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist/nlp"
)

// Office holders the dictionary does not list are named the way news
// introduces them: a title and a capitalised name ("Interior Minister
// Jane Doe", "Governor John Bel Edwards", "French Health Minister Agnès
// Buzyn"). The title says the role and, with a country before it, the
// country; the name joins the mention, so the person is one actor
// whatever the parse makes of the words.

// maxNameWords bounds a name after a title ("Maria do Rosário Nunes").
const maxNameWords = 5

// nameParticles are lower-case words inside names ("Ursula von der
// Leyen", "Bashar al-Assad").
var nameParticles = map[string]bool{"de": true, "da": true, "do": true, "dos": true, "del": true, "della": true,
	"der": true, "den": true, "van": true, "von": true, "bin": true, "ibn": true, "al": true, "el": true,
	"la": true, "le": true, "du": true, "ben": true, "abu": true, "-": true}

// notNames are capitalised words that follow a title without being a
// name: days, months and words that open a clause ("police Monday said").
var notNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"the": true, "a": true, "an": true, "on": true, "in": true, "at": true, "and": true, "but": true, "of": true,
	"for": true, "to": true, "with": true, "by": true, "from": true, "as": true, "after": true, "he": true,
	"she": true, "it": true, "they": true, "we": true, "i": true, "this": true, "that": true, "last": true,
	"earlier": true, "today": true, "yesterday": true, "tonight": true, "who": true, "general": true}

// isTitle reports whether the agent phrase p is the singular of its role
// word ("minister", not "ministers"): only one person has a name.
func (p *phrase) isTitle() bool {
	e := p.entries[0]
	return e.kind == Agent && len(e.single) > 0 && slices.Equal(p.words, e.single)
}

// nameAfter returns the end of a capitalised name starting at token at
// that the dictionary does not know, and the name as written; at when
// there is none.
func (d *Dict) nameAfter(toks []nlp.Token, at int, buf *[]byte) (int, string) {
	end := d.nameEnd(toks, at, buf)
	if end == at {
		return at, ""
	}
	return end, spanText(toks, at, end)
}

// nameEnd is nameAfter's end alone, for callers that only test whether a
// name is there: it spares them writing out the name.
func (d *Dict) nameEnd(toks []nlp.Token, at int, buf *[]byte) int {
	end, words := at, 0
	for j := at; j < len(toks) && words < maxNameWords; j++ {
		form := toks[j].Form
		*buf = appendFold((*buf)[:0], form)
		if nameParticles[string(*buf)] && j > at {
			continue
		}
		if !capitalised(form) || notNames[string(*buf)] {
			break
		}
		if p, _ := d.longest(toks, j, anyKind, buf); p != nil {
			break // a known actor or role word: "Minister Ali of Iraq"
		}
		words++
		end = j + 1
	}
	return end
}

// spanText is the text of tokens [a, b) with the spaces between them.
func spanText(toks []nlp.Token, a, b int) string {
	var sb strings.Builder
	for j := a; j < b; j++ {
		if j > a && toks[j].Start > toks[j-1].End {
			sb.WriteByte(' ')
		}
		sb.WriteString(toks[j].Form)
	}
	return sb.String()
}

// capitalised reports whether a word starts with a capital letter and
// has a lower-case letter or is one letter long ("Doe", "J.", not "AP").
func capitalised(form string) bool {
	r, n := utf8.DecodeRuneInString(form)
	if !unicode.IsUpper(r) {
		return false
	}
	rest := form[n:]
	if rest == "" || rest == "." {
		return true
	}
	for _, c := range rest {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false
}

// titled extends the agent mention m, whose title ends at token at, over
// the name that follows it: the mention becomes that person's. A plural
// title names several people, each with their country ("Presidents Jane
// Doe of Nigeria and John Roe of Benin"): it takes a name only when "of"
// and a country follow it, and list reports that the names after it in the
// list share the role (see listed).
func (d *Dict) titled(m Mention, p *phrase, toks []nlp.Token, at int, buf *[]byte) (_ Mention, list bool) {
	single := p.isTitle()
	if fm, ok := d.listedFirmAfter(m, toks, at, buf); ok {
		return fm, false
	}
	if fm, ok := d.firmAcronym(m, toks, at, buf); ok {
		return fm, false
	}
	end, name := d.nameAfter(toks, at, buf)
	if end == at {
		return m, false
	}
	if toks[end-1].Form == "Party" {
		// "the Pirate Party": a role word that names a party.
		pm := Mention{Start: m.Start, End: end, Code: m.Code[:3] + "PTY", Name: spanText(toks, m.Start, end),
			Country: m.Country, Roles: d.roleOf("PTY"), Kind: Group}
		return d.withCountryOf(pm, toks, buf), false
	}
	if stopAt, ok := d.firmName(toks, at, end, buf); ok {
		if slices.Equal(m.Roles, []string{"BUS"}) {
			// "manufacturer Hirtenberger Defence Group": the firm itself.
			m.End, m.Name = stopAt, spanText(toks, at, stopAt)
			return m, false
		}
		// "General Motors Corp", "General Agreement on Tariffs": the
		// title's word begins a firm's or a thing's name, no one's.
		return Mention{Start: m.Start, End: stopAt, Kind: stop}, false
	}
	bodyEnd := end
	if end < len(toks) && capitalised(toks[end].Form) {
		bodyEnd++ // "Navy Information Agency": the word after the name may end it
	}
	if media, ok := bodyName(toks, at, bodyEnd, buf); ok {
		// "the Fox Business Network", "the House Judiciary Committee",
		// "Air Force Reserve": the name is a body's the role word
		// begins, or a medium's, never a person's (a pronoun after it
		// must not take it).
		m.End, m.Name = bodyEnd, spanText(toks, m.Start, bodyEnd)
		if media {
			m.Code, m.Roles = m.Code[:3]+"MED", d.roleOf("MED")
		}
		return m, false
	}
	if _, ok := d.countryOf(toks, end, buf); !single && !ok {
		return m, false
	}
	m.End, m.Name, m.Kind = end, name, Person
	return d.withCountryOf(m, toks, buf), !single
}

// countryOf returns the country named by "of" and a country's name at
// token at ("of Nigeria"); adjectives do not count ("of French").
func (d *Dict) countryOf(toks []nlp.Token, at int, buf *[]byte) (*entry, bool) {
	if at+1 >= len(toks) || !isWord(toks[at].Form, "of") {
		return nil, false
	}
	cp, _ := d.longest(toks, at+1, maskOf(Country), buf)
	if cp == nil || cp.entries[0].adjective {
		return nil, false
	}
	return cp.entries[0], true
}

// withCountryOf gives a titled person of unknown country the country
// named after them ("Judge Jane Doe of Nigeria" is NGAJUD). The country
// stays a mention of its own, so the name's last word is still its last.
func (d *Dict) withCountryOf(m Mention, toks []nlp.Token, buf *[]byte) Mention {
	if m.Country != "" || !strings.HasPrefix(m.Code, "---") {
		return m
	}
	if c, ok := d.countryOf(toks, m.End, buf); ok {
		m.Country, m.Code = c.country, c.country+m.Code[3:]
	}
	return m
}

// listed returns the next person of a list that a plural title opened,
// whose last mention is prev: at token i, after "and" or a comma, an
// unlisted name followed by "of" and a country ("…, and John Roe of
// Benin") takes prev's role with that country.
func (d *Dict) listed(prev Mention, toks []nlp.Token, i int, buf *[]byte) (Mention, bool) {
	if i == 0 || i >= len(toks) || !(isWord(toks[i-1].Form, "and") || toks[i-1].Form == ",") {
		return Mention{}, false
	}
	end, name := d.nameAfter(toks, i, buf)
	if end == i {
		return Mention{}, false
	}
	if _, ok := d.countryOf(toks, end, buf); !ok {
		return Mention{}, false
	}
	role := strings.Join(prev.Roles, "")
	m := Mention{Start: i, End: end, Code: "---" + role, Name: name, Roles: prev.Roles, Kind: Person}
	return d.withCountryOf(m, toks, buf), true
}

// cityPlaces are lower-case nouns of buildings and quarters that a
// capital before them places ("a Moscow mansion", "a Paris suburb"): the
// capital names where they are, not a government acting.
var cityPlaces = map[string]bool{"mansion": true, "residence": true, "villa": true, "suburb": true,
	"suburbs": true, "hotel": true, "restaurant": true, "district": true, "neighbourhood": true,
	"neighborhood": true, "street": true, "streets": true, "apartment": true}

// placeWords end names of places, buildings, organisations, laws and
// other things that start with a given name ("Charles de Gaulle Airport", "George Washington
// Bridge", "John Lewis Partnership"): such a name is not a person's.
var placeWords = map[string]bool{"airport": true, "street": true, "bridge": true, "university": true,
	"hospital": true, "college": true, "school": true, "park": true, "square": true, "station": true,
	"center": true, "centre": true, "foundation": true, "institute": true, "avenue": true, "road": true,
	"stadium": true, "county": true, "island": true, "islands": true, "river": true, "lake": true,
	"mountain": true, "mount": true, "hall": true, "house": true, "church": true, "cathedral": true,
	"museum": true, "library": true, "award": true, "awards": true, "prize": true, "memorial": true,
	"hotel": true, "company": true, "inc": true, "group": true, "corporation": true, "trust": true,
	"fund": true, "act": true, "bill": true, "law": true, "day": true, "cup": true, "bay": true,
	"valley": true, "city": true, "town": true, "township": true, "port": true, "beach": true,
	"garden": true, "gardens": true, "tower": true, "building": true, "highway": true, "boulevard": true,
	"partnership": true, "festival": true, "prison": true, "jail": true, "theatre": true, "theater": true,
	"arena": true, "hurricane": true, "storm": true, "typhoon": true, "cyclone": true, "fire": true,
	"advisory": true, "number": true, "partners": true, "technology": true, "technologies": true,
	"catholic": true, "christianity": true, "orthodox": true}

// firmWords end names of firms and agreements that may start with a
// title's word ("General Motors Corp", "General Electric Co").
var firmWords = map[string]bool{"corp": true, "corp.": true, "corporation": true, "co": true, "co.": true,
	"inc": true, "inc.": true, "ltd": true, "ltd.": true, "plc": true, "llc": true, "holdings": true,
	"motors": true, "electric": true, "bank": true, "airlines": true, "airways": true, "agreement": true,
	"industries": true, "petroleum": true, "steel": true, "securities": true, "insurance": true,
	"entertainment": true}

// bodyWords end the names of bodies, offices and things a role word
// begins ("House Oversight Committee", "Navy Information Agency", "Police
// Prefecture"); none is a given name or a common surname.
var bodyWords = map[string]bool{"committee": true, "commission": true, "council": true, "agency": true,
	"office": true, "bureau": true, "department": true, "ministry": true, "directorate": true,
	"command": true, "reserve": true, "corps": true, "service": true, "authority": true, "board": true,
	"complex": true, "research": true, "prefecture": true, "association": true, "federation": true,
	"union": true, "league": true, "society": true, "academy": true, "politics": true, "affairs": true,
	"olympiad": true, "abuse": true, "account": true, "competition": true}

// mediaWords end the names of media ("Fox Business Network", "Military
// Times").
var mediaWords = map[string]bool{"network": true, "times": true, "journal": true, "news": true, "radio": true,
	"television": true, "tv": true, "channel": true, "herald": true, "tribune": true, "gazette": true,
	"magazine": true, "twitter": true, "facebook": true}

// bodyName reports whether the capitalised name at tokens [at, end) has
// a word of a body's or a medium's name, and whether it is a medium's.
func bodyName(toks []nlp.Token, at, end int, buf *[]byte) (media, ok bool) {
	for j := at; j < end; j++ {
		*buf = appendFold((*buf)[:0], toks[j].Form)
		w := string(*buf)
		if mediaWords[w] {
			return true, true
		}
		if bodyWords[w] {
			ok = true
		}
	}
	return false, ok
}

// personalToo are words of placeWords that are also given names or
// surnames.
var personalToo = map[string]bool{"hall": true, "house": true, "church": true, "day": true, "park": true,
	"bill": true, "lake": true, "bay": true, "hill": true, "port": true, "mount": true, "tower": true,
	"act": true, "law": true, "trust": true, "bridge": true, "garden": true}

// firmName reports whether the capitalised name at tokens [at, end), or
// the word after it, says it names a firm, a place or a thing rather than
// a person; it returns where that name ends.
func (d *Dict) firmName(toks []nlp.Token, at, end int, buf *[]byte) (int, bool) {
	for j := at; j <= end && j < len(toks); j++ {
		*buf = appendFold((*buf)[:0], toks[j].Form)
		w := string(*buf)
		// Some words of places are names of people too ("Judge Durham
		// Hall", "Sheriff Bill Brown"): inside a name they do not count.
		if firmWords[w] || placeWords[w] && !personalToo[w] && (j < end || capitalised(toks[j].Form)) {
			return max(end, j+1), true
		}
	}
	return end, false
}

// unlisted names a person the dictionary does not list: a given name at
// token i and the capitalised words after it ("Patrick Crusius", "James
// Alex Fields"). Their country is unknown ("---"): the coder gives them
// the article's, as the people an event happens to are mostly of the
// place it happens in.
func (d *Dict) unlisted(toks []nlp.Token, i int, buf *[]byte) (Mention, bool) {
	// Most words are not capitalised: a byte test spares them the lookup.
	if f := toks[i].Form; f == "" || f[0] < 'A' || f[0] > 'Z' && f[0] < 0x80 || i+1 >= len(toks) {
		return Mention{}, false
	}
	if !d.given[toks[i].Form] {
		return d.aged(toks, i, buf)
	}
	end := d.nameEnd(toks, i+1, buf)
	if end == i+1 {
		return Mention{}, false
	}
	for _, t := range toks[i+1 : end] {
		*buf = appendFold((*buf)[:0], t.Form)
		if placeWords[string(*buf)] {
			return Mention{}, false
		}
	}
	if end < len(toks) {
		// "John Lewis Partnership", "Patrick Henry College": a place or
		// organisation word right after the name makes it that place's.
		*buf = appendFold((*buf)[:0], toks[end].Form)
		if placeWords[string(*buf)] && capitalised(toks[end].Form) {
			return Mention{}, false
		}
	}
	return d.unknownPerson(toks, i, end, buf), true
}

// unknownPerson is the person toks[i:end] names whom the lists lack: of
// no country ("---") unless one is named after them (see withCountryOf).
func (d *Dict) unknownPerson(toks []nlp.Token, i, end int, buf *[]byte) Mention {
	m := Mention{Start: i, End: end, Code: "---", Name: spanText(toks, i, end), Kind: Person}
	return d.withCountryOf(m, toks, buf)
}

// firmAcronym joins to a firm's role word the name in capitals that
// follows it, with the capitalised words after that ("Chinese company
// ZTE", "state-owned enterprise HDT Védelmi Ipari Kft."): firms go by
// their initials, people do not. ok is false for any other role, and when
// no such name follows or the dictionary knows it ("the company UN
// agencies hired").
func (d *Dict) firmAcronym(m Mention, toks []nlp.Token, at int, buf *[]byte) (Mention, bool) {
	if at >= len(toks) || !slices.Contains(m.Roles, "BUS") || !initials(toks[at].Form) {
		return m, false
	}
	if p, _ := d.longest(toks, at, anyKind, buf); p != nil {
		return m, false
	}
	end := d.nameEnd(toks, at+1, buf)
	m.End, m.Name = end, spanText(toks, at, end)
	return m, true
}

// initials reports whether a word is written in capitals, two letters or
// more ("ZTE", "HDT", "3M" is not).
func initials(form string) bool {
	letters := 0
	for _, r := range form {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '&':
		default:
			return false
		}
	}
	return letters >= 2
}

// officerBodies are the bodies whose officers news titles with a
// government's words ("Society President Ash Soni", "the union leader",
// "a company spokesman", "school officials"), with the role those officers
// have instead: the body's. "" is a private body's ("team leader Tim
// Taylor"). Banks and federations are left out: central banks and the
// Russian Federation are governments.
var officerBodies = map[string]string{"society": "NGO", "association": "NGO", "foundation": "NGO",
	"institute": "NGO", "charity": "NGO", "company": "BUS", "corporation": "BUS", "firm": "BUS",
	"university": "EDU", "college": "EDU", "school": "EDU", "academy": "EDU", "party": "PTY",
	"union": "LAB", "club": "", "team": ""}

// bodyOfficer returns the role of the government's title e at token i when
// the word before it names another body, whose officer it is.
func bodyOfficer(toks []nlp.Token, i int, e *entry, buf *[]byte) (string, bool) {
	if i == 0 || !slices.Equal(e.roles, []string{"GOV"}) {
		return "", false
	}
	*buf = appendFold((*buf)[:0], toks[i-1].Form)
	r, ok := officerBodies[string(*buf)]
	return r, ok
}

// aged names a person whose given name the lists lack by the age news
// sets after the name ("Volodoymyr Zhukovskyy, 23, pleaded not guilty"):
// two or three capitalised words the dictionary does not know, then a
// number of one to three digits between commas.
func (d *Dict) aged(toks []nlp.Token, i int, buf *[]byte) (Mention, bool) {
	// nameEnd stops at a word the dictionary knows, so a name of two
	// words or more starts with none.
	end := d.nameEnd(toks, i, buf)
	if n := end - i; n < 2 || n > 3 || end+2 >= len(toks) || toks[end].Form != "," || toks[end+2].Form != "," || !age(toks[end+1].Form) {
		return Mention{}, false
	}
	for _, t := range toks[i:end] {
		// "Blenheim Palace, 300,": a place's or a body's name and its age.
		*buf = appendFold((*buf)[:0], t.Form)
		if w := string(*buf); placeWords[w] || firmWords[w] || bodyWords[w] || mediaWords[w] {
			return Mention{}, false
		}
	}
	return d.unknownPerson(toks, i, end, buf), true
}

// age reports whether a word is a number of one to three digits.
func age(form string) bool {
	return form != "" && len(form) <= 3 && digits(form) >= 0
}
