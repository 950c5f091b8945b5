package actor

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/annalist/annalist/nlp"
)

// Find returns the actors mentioned in a sentence's tokens, left to right,
// each the longest match at its place and none overlapping. date is the
// event's date: it decides which office a person held (zero: unknown, the
// latest office counts).
//
// Matches compose: a country name or adjective before a role word takes
// that country ("Israeli troops" ISRMIL, "Turkey 's president" TURGOV); a
// role or title before a person's name joins the person's mention
// ("French President Emmanuel Macron" is one FRAGOV mention named
// "Emmanuel Macron"); "president of France" is FRAGOV; a role word alone
// has no country ("police" ---COP); a given name and the capitalised
// words after it name a person the lists do not have ("Patrick Crusius"
// "---").
func (d *Dict) Find(toks []nlp.Token, date time.Time) []Mention {
	var out []Mention
	buf := make([]byte, 0, 64)
	var list Mention // the last person of a list a plural title opened
	listOpen := false
	for i := 0; i < len(toks); {
		m, ok, opens := d.matchAt(toks, i, date, &buf)
		if !ok && listOpen {
			m, ok = d.listed(list, toks, i, &buf)
			opens = ok
		}
		if !ok {
			m, ok = d.unlisted(toks, i, &buf)
		}
		if !ok {
			m, ok = d.partyName(toks, i, &buf)
		}
		if !ok {
			m, ok = d.firmByName(toks, i, &buf)
		}
		switch {
		case !ok:
			i++
		case m.Kind == stop:
			i = m.End
		default:
			if len(out) > 0 {
				m = ownedBy(out[len(out)-1], m, toks)
			}
			m = d.withAlias(m, toks, &buf)
			out = append(out, inEra(m, date))
			i = m.End
			if opens {
				list, listOpen = m, true
			} else if m.Kind != Country && m.Kind != Person {
				listOpen = false
			}
		}
	}
	return out
}

// ownedBy gives a role of no country the country of the person whose
// possessive comes just before it, with at most a few words between
// ("Trump's Special Presidential Envoy" USAGOV): someone's envoy, aide or
// lawyer serves them. A country's possessive ("Iran's envoy") is read
// where the country is matched.
func ownedBy(prev, m Mention, toks []nlp.Token) Mention {
	if prev.Kind != Person || prev.Country == "" || m.Kind != Agent || m.Country != "" ||
		!strings.HasPrefix(m.Code, "---") || prev.End >= len(toks) || !isPossessive(toks[prev.End].Form) ||
		m.Start-prev.End-1 > 3 {
		return m
	}
	for _, t := range toks[prev.End+1 : m.Start] {
		if !capitalised(t.Form) && !ownerModifiers[strings.ToLower(t.Form)] {
			return m // "Trump's decision angered officials": another phrase
		}
	}
	m.Country, m.Code = prev.Country, prev.Country+m.Code[3:]
	return m
}

// ownerModifiers are the lower-case words that may stand between a
// possessive and the role of someone serving the owner ("Trump's former
// lawyer", "Putin's top aide").
var ownerModifiers = map[string]bool{"former": true, "top": true, "chief": true, "personal": true,
	"senior": true, "special": true, "own": true, "longtime": true, "new": true, "then": true}

// matchAt returns the mention at token i, if any; opens reports a
// plural title's person, after whom a list of names may follow.
// nationalParticiples joined to a country by a hyphen give the role word
// after them that country ("a British-flagged tanker" is GBRBUS, "a
// Saudi-owned newspaper" SAUMED). Participles of support or command
// ("Iran-backed militias", "US-led coalition") name another actor's
// relation to it and give nothing.
var nationalParticiples = map[string]bool{"flagged": true, "registered": true, "owned": true,
	"based": true, "operated": true, "run": true, "headquartered": true}

func (d *Dict) matchAt(toks []nlp.Token, i int, date time.Time, buf *[]byte) (_ Mention, ok, opens bool) {
	p, end := d.longest(toks, i, anyKind, buf)
	if p == nil {
		return Mention{}, false, false
	}
	e := p.entries[0]
	switch e.kind {
	case stop:
		return Mention{Start: i, End: end, Kind: stop}, true, false
	case Person:
		pe := resolvePerson(p, date)
		if pe == nil || len(p.words) == 1 && (d.nameGoesOn(toks, end, buf) || d.nameBefore(toks, i, buf)) {
			return Mention{}, false, false
		}
		return d.personMention(pe, date, i, end), true, false
	case Agent:
		if r, ok := bodyOfficer(toks, i, e, buf); ok {
			oe := *e
			oe.code, oe.roles = r, d.roleOf(r)
			e = &oe
		}
		if m, ok := d.personAfter(toks, i, end, date, Mention{Code: "---" + e.code, Roles: e.roles}, buf); ok {
			return m, true, !p.isTitle()
		}
		if end+1 < len(toks) && isWord(toks[end].Form, "of") {
			// "the Parliament of the United Kingdom"
			if cp, cend := d.longest(toks, skipThe(toks, end+1), maskOf(Country), buf); cp != nil && !cp.entries[0].adjective {
				return d.countryAgent(cp.entries[0], e, i, cend), true, false
			}
			if om, ok := d.officerOf(e, toks, i, end, date, buf); ok {
				return om, true, false
			}
		}
		if cm, ok := d.placedIn(e, toks, i, end, buf); ok {
			return cm, true, false
		}
		if adjectival(p, toks, i, end) || channel(p, toks, i) {
			return Mention{}, false, false
		}
		m := Mention{Start: i, End: end, Code: "---" + e.code, Name: e.name, Roles: e.roles, Kind: Agent}
		if pm, ap, ok := d.partyRole(m, toks, buf); ok {
			if m, ok := d.personAfter(toks, i, pm.End, date, pm, buf); ok {
				return m, true, false
			}
			m, opens := d.titled(pm, ap, toks, pm.End, buf)
			return m, true, opens
		}
		if bm, ok := d.portfolio(m, p, toks, buf); ok {
			return bm, true, false
		}
		if lm, ok := d.partyIn(m, toks, buf); ok {
			return lm, true, false
		}
		m, opens = d.titled(m, p, toks, end, buf)
		m = d.exOffice(m, toks)
		if e.code == "" && m.Kind != Person {
			// "a man", "the suspect": a private person whose country the
			// words do not give is no actor ("Ohio man" is, see Country).
			return Mention{}, false, false
		}
		return m, true, opens
	case Country:
		if !e.adjective && d.inName(toks, i, buf) {
			return Mention{Start: i, End: end, Kind: stop}, true, false
		}
		if n := d.nameAfterPlace(toks, end, buf); !e.adjective && n > end {
			return Mention{Start: i, End: n, Kind: stop}, true, false
		}
		j := end
		if !e.adjective && j+1 < len(toks) && isPossessive(toks[j].Form) {
			j++
		}
		if j+2 < len(toks) && toks[j].Form == "-" && nationalParticiples[string(appendFold((*buf)[:0], toks[j+1].Form))] {
			j += 2 // "a British-flagged tanker", "a US-based firm": the role is the country's
		}
		if ap, aend := d.longest(toks, j, agentKind, buf); ap != nil {
			m, opens := d.placedRole(e, ap, toks, i, aend, date, buf)
			return m, true, opens
		}
		// "the Russian Deputy Health Minister": a deputy, vice or acting
		// holder of an office the lists name holds its role.
		if k := skipRanks(toks, j, buf); k > j {
			if ap, aend := d.longest(toks, k, agentKind, buf); ap != nil {
				m, opens := d.placedRole(e, ap, toks, i, aend, date, buf)
				return m, true, opens
			}
		}
		if be, bend := d.namedBureau(toks, j, buf); be != nil {
			// "the Saudi Oil Ministry": a portfolio the lists lack.
			return d.countryAgent(e, be, i, bend), true, false
		}
		if j > end { // "Russia 's Putin"
			if m, ok := d.personAfter(toks, i, j, date, Mention{}, buf); ok {
				return m, true, false
			}
		}
		if m, ok := d.national(e, toks, i, end, date, buf); ok {
			return m, true, false
		}
		return Mention{Start: i, End: end, Code: e.code, Name: e.name, Country: e.country, Kind: Country}, true, false
	default: // Capital, IGO, NGO, Group
		if !e.exists(date) {
			// Its names meant something else then: nobody we know.
			return Mention{Start: i, End: end, Kind: stop}, true, false
		}
		if e.kind == Capital && slices.Equal(e.roles, []string{"GOV"}) {
			// "Moscow police", "the Paris Police Prefecture", "Kabul
			// Mayor Jane Doe": the capital's country has that role.
			if ap, aend := d.longest(toks, end, agentKind, buf); ap != nil {
				m, opens := d.placedRole(e, ap, toks, i, aend, date, buf)
				return m, true, opens
			}
		}
		if e.kind == Capital {
			// "Speaker of the House Nancy Pelosi": a seat that titles a
			// person joins the person's mention.
			if pm, ok := d.personAfter(toks, i, end, date, Mention{}, buf); ok {
				return pm, true, false
			}
		}
		if e.kind == Capital && end < len(toks) && placesNext(toks[end].Form, buf) {
			return Mention{Start: i, End: end + 1, Kind: stop}, true, false
		}
		if e.kind == Capital {
			// "Paris Saint-Germain", "Atletico Madrid": a club, a firm or
			// a work named after the city, whose government is no actor
			// of it; "Pentagon Chief Spokesman" opens a title.
			if n := d.nameAfterPlace(toks, end, buf); n > end && !opensTitle(toks[end].Form, buf) {
				return Mention{Start: i, End: n, Kind: stop}, true, false
			}
			if end == i+1 && d.inName(toks, i, buf) {
				return Mention{Start: i, End: end, Kind: stop}, true, false
			}
		}
		m := Mention{Start: i, End: end, Code: e.code, Name: e.name, Country: e.country, Roles: e.roles, Kind: e.kind}
		if listedFirm(e) {
			// "Siemens AG", "General Motors Corp": the legal form is
			// part of the firm's name.
			end = legalFormEnd(toks, end, buf)
			m.End = end
		}
		if e.kind != Capital {
			// "UN Secretary-General Antonio Guterres", "UN peacekeepers".
			if ap, aend := d.longest(toks, end, agentKind, buf); ap != nil {
				if pm, ok := d.personAfter(toks, i, aend, date, Mention{}, buf); ok {
					return pm, true, false
				}
				m.End = aend
				m, _ = d.titled(m, ap, toks, aend, buf)
			}
		}
		return m, true, false
	}
}

// placesNext reports whether the word after a capital's name makes the
// capital the place of a thing rather than its government: a capitalised
// place, firm or deed ("London Bridge", "the Toronto Congress Centre",
// "the Paris Agreement", "the Minsk Protocol"), or a lower-case building
// or quarter ("an elegant Moscow mansion", "a Paris suburb").
func placesNext(form string, buf *[]byte) bool {
	upper := capitalised(form)
	if !upper && !lowerWord(form) {
		return false // a number, a sign, a word of mixed case
	}
	w := string(appendFold((*buf)[:0], form))
	if upper {
		return placeWords[w] || firmWords[w] || deedWords[w]
	}
	return cityPlaces[w]
}

// placedRole reads a role phrase ap at tokens [.., aend) after a
// country's name, adjective or capital (place, starting at token start)
// as that country's role: a person's title ("Turkish President Erdogan"),
// a ministry with its portfolio, a titled name the lists lack or the role
// alone ("Israeli troops"). opens reports a plural title's person.
func (d *Dict) placedRole(place *entry, ap *phrase, toks []nlp.Token, start, aend int, date time.Time, buf *[]byte) (_ Mention, opens bool) {
	ca := d.countryAgent(place, ap.entries[0], start, aend)
	if pm, pp, ok := d.partyRole(ca, toks, buf); ok {
		ca, ap, aend = pm, pp, pm.End
	}
	if m, ok := d.personAfter(toks, start, aend, date, ca, buf); ok {
		return m, !ap.isTitle()
	}
	if bm, ok := d.portfolio(ca, ap, toks, buf); ok {
		return bm, false
	}
	m, opens := d.titled(ca, ap, toks, aend, buf)
	return d.exOffice(m, toks), opens
}

// personAfter matches a person's name at token at and returns it as one
// mention starting at start, so the title before the name is part of it.
// title is what the words before the name make on their own ("Samoan
// Prime Minister" WSMGOV): a person the dictionary has out of office on
// the date takes the title's code, as the text names the office they hold
// now, unless it calls them former ("former President Jimmy Carter").
func (d *Dict) personAfter(toks []nlp.Token, start, at int, date time.Time, title Mention, buf *[]byte) (Mention, bool) {
	if at+2 < len(toks) && toks[at].Form == "-" && (isWord(toks[at+1].Form, "elect") || isWord(toks[at+1].Form, "designate")) {
		at += 2 // "President-elect Jair Bolsonaro": the title is to be held
	}
	p, end := d.longest(toks, at, personKind, buf)
	if p == nil {
		return Mention{}, false
	}
	pe := resolvePerson(p, date)
	if pe == nil {
		return Mention{}, false
	}
	m := d.personMention(pe, date, start, end)
	if _, in := pe.on(date); in || date.IsZero() || formerly(toks, start) || len(title.Roles) == 0 ||
		pe.heldBefore(title.Code[3:], date) {
		return m, true
	}
	if title.Country != "" {
		m.Country = title.Country
	}
	if m.Country != "" {
		m.Code = m.Country + title.Code[3:]
		m.Roles = title.Roles
	}
	return m, true
}

// lowerWord reports whether a token is a word of lower-case letters
// ("artist", "climate-change").
func lowerWord(form string) bool {
	if form == "" {
		return false
	}
	for _, r := range form {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

// partyIn reads a party's members in a legislature as that legislature
// ("Democrats in Congress", "Republicans in the Senate" are USALEG): the
// act is the lawmakers'.
func (d *Dict) partyIn(m Mention, toks []nlp.Token, buf *[]byte) (Mention, bool) {
	if m.Code != "---PTY" || m.End+1 >= len(toks) || !isWord(toks[m.End].Form, "in") {
		return m, false
	}
	lp, end := d.longest(toks, skipThe(toks, m.End+1), maskOf(Capital, Agent), buf)
	if lp == nil {
		return m, false
	}
	le := lp.entries[0]
	if !slices.Equal(le.roles, []string{"LEG"}) {
		return m, false
	}
	m.End, m.Roles = end, le.roles
	m.Code, m.Country = "---LEG", le.country
	if le.country != "" {
		m.Code = le.country + "LEG"
	}
	return m, true
}

// partyOfficers are the party's own offices: its leader speaks for the
// party, not for a government ("Labour leader Jeremy Corbyn").
var partyOfficers = map[string]bool{"leader": true, "leaders": true, "chairman": true, "chairwoman": true,
	"chair": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "deputy leader": true}

// partyRole joins a party's name and the role word after it into one
// mention ("Labour leader", "Labour MP"): a party office keeps the party's
// role, a legislator's title gives LEG, as the seat is the office held.
// It returns the role's phrase for a name that may follow.
func (d *Dict) partyRole(m Mention, toks []nlp.Token, buf *[]byte) (Mention, *phrase, bool) {
	if !slices.Equal(m.Roles, []string{"PTY"}) {
		return m, nil, false
	}
	ap, aend := d.longest(toks, m.End, agentKind, buf)
	if ap == nil {
		return m, nil, false
	}
	switch r := ap.entries[0].roles; {
	case partyOfficers[strings.Join(ap.words, " ")]:
	case slices.Equal(r, []string{"LEG"}):
		m.Code, m.Roles = m.Code[:3]+"LEG", r
	default:
		return m, nil, false
	}
	m.End = aend
	return m, ap, true
}

// formerly reports whether the word before token i says that what
// follows no longer holds ("former", "ex-", "late", "then").
func formerly(toks []nlp.Token, i int) bool {
	if i == 0 {
		return false
	}
	for _, w := range [...]string{"former", "ex", "ex-", "late", "then", "-", "retired"} {
		if strings.EqualFold(toks[i-1].Form, w) {
			return true
		}
	}
	return false
}

// countryAgent codes a role word with its country: ISR + MIL.
func (d *Dict) countryAgent(country, agent *entry, start, end int) Mention {
	if ethnicGroups[country.country] && len(agent.roles) > 0 && stateOffices[agent.roles[0]] {
		return Mention{Start: start, End: end, Code: "---" + agent.code, Name: agent.name, Roles: agent.roles, Kind: Agent}
	}
	return Mention{
		Start: start, End: end,
		Code:    country.country + agent.code,
		Name:    country.name,
		Country: country.country,
		Roles:   agent.roles,
		Kind:    Agent,
	}
}

// rankWords qualify an office without changing its role ("Deputy",
// "Acting").
var rankWords = map[string]bool{"deputy": true, "vice": true, "acting": true, "interim": true}

// skipRanks returns the index after the rank words at token j ("First
// Deputy", "First Vice"; and the head of a devolved government, "Scottish
// First Minister"), or j when there are none.
func skipRanks(toks []nlp.Token, j int, buf *[]byte) int {
	k := j
	for k < len(toks) {
		w := string(appendFold((*buf)[:0], toks[k].Form))
		if !rankWords[w] && !(w == "first" && k+1 < len(toks) && firstRanked(toks[k+1].Form)) {
			break
		}
		k++
	}
	return k
}

// firstRanked reports whether "First" before the word ranks an office.
func firstRanked(form string) bool {
	return isWord(form, "deputy") || isWord(form, "vice") || isWord(form, "minister")
}

// officerOf reads the role phrase e at tokens [start, end), followed by
// "of", as an officer of the organisation or firm named after it ("the
// Secretary-General of NATO", "the chief executive of Boeing"): the
// officer acts for it and is coded as it is. Roles of people who are no
// officers of it ("victims of Boko Haram", "employees of Huawei") are
// left alone.
func (d *Dict) officerOf(e *entry, toks []nlp.Token, start, end int, date time.Time, buf *[]byte) (Mention, bool) {
	if len(e.roles) == 0 || !officerRoles[e.roles[0]] {
		return Mention{}, false
	}
	op, oend := d.longest(toks, skipThe(toks, end+1), maskOf(IGO, NGO, Group), buf)
	if op == nil || !op.entries[0].exists(date) {
		return Mention{}, false
	}
	o := op.entries[0]
	if listedFirm(o) {
		oend = legalFormEnd(toks, oend, buf)
	}
	// The mention is the officer's, an Agent's, as "the Parliament of the
	// United Kingdom" is: a name set after it by a comma names the officer.
	return Mention{Start: start, End: oend, Code: o.code, Name: o.name, Country: o.country, Roles: o.roles, Kind: Agent}, true
}

// officerRoles are the roles of those who act for a body they are
// officers of.
var officerRoles = map[string]bool{"GOV": true, "BUS": true, "MIL": true, "JUD": true, "LEG": true, "COP": true, "SPY": true}

// ethnicGroups are the peoples CAMEO codes as it codes countries
// ("Kurdish forces" KURMIL, "a Kurdish leader" KURGOV).
var ethnicGroups = map[string]bool{"KUR": true}

// stateOffices are roles held in a state's institutions. A people has no
// parliament or court of its own in CAMEO: a Kurdish lawmaker or judge
// sits in a state's, so the mention is a role of no country, which the
// coder gives the article's ("the Turkish parliament stripped the Kurdish
// lawmaker of immunity" is TURLEG to TURLEG).
var stateOffices = map[string]bool{"LEG": true, "JUD": true}

// roleOf splits a code's role part without writing to the Dict, which
// Find must not do (it runs on many goroutines at once).
func (d *Dict) roleOf(s string) []string {
	if r, ok := d.roles[s]; ok {
		return r
	}
	var r []string
	for i := 0; i+3 <= len(s); i += 3 {
		r = append(r, s[i:i+3])
	}
	return r
}

func isPossessive(form string) bool {
	switch form {
	case "'s", "’s", "'", "’", "'S":
		return true
	}
	return false
}

// isWord compares a token with a lower-case ASCII word in any case.
func isWord(form, w string) bool {
	if len(form) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := form[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// skipThe returns the token after at when at is "the" and a word follows
// it ("in the Senate", "of the United Kingdom"), else at.
func skipThe(toks []nlp.Token, at int) int {
	if at+1 < len(toks) && isWord(toks[at].Form, "the") {
		return at + 1
	}
	return at
}

// exOffice codes an office's former holder named with a name the lists
// lack ("former Vice President Jane Doe") as the lists code a listed
// person out of office: their country's elite, ELI. Only offices of state
// are held and left so ("former rebels" are still rebels to the news). A
// former holder named by the office alone ("the former governor") keeps
// the office's role, as the validation records code such mentions.
func (d *Dict) exOffice(m Mention, toks []nlp.Token) Mention {
	if m.Kind != Person || len(m.Roles) == 0 || !formerly(toks, m.Start) {
		return m
	}
	for _, t := range toks[m.Start:m.End] {
		if privateCounsel[strings.ToLower(t.Form)] {
			return m // "his former lawyer Jane Doe" held no office
		}
	}
	switch m.Roles[0] {
	case "GOV", "LEG", "JUD":
		m.Roles = d.roleOf("ELI")
		m.Code = m.Code[:3] + "ELI"
	}
	return m
}

// privateCounsel are JUD titles of private lawyers, not of offices.
var privateCounsel = map[string]bool{"lawyer": true, "attorney": true, "advocate": true, "barrister": true,
	"solicitor": true, "counsel": true, "counsellor": true, "counselor": true}

// adjectives are role words used as often for adjectives as for nouns
// ("a criminal prosecution", "the general election", "his native city").
var adjectives = map[string]bool{"criminal": true, "general": true, "native": true, "military": true}

// nounFollowers are lower-case words after which such a role word is still
// a noun: verbs and words that open a phrase ("the general said", "a
// native of Ohio").
var nounFollowers = map[string]bool{"said": true, "says": true, "told": true, "was": true, "is": true,
	"were": true, "are": true, "has": true, "had": true, "have": true, "who": true, "and": true, "or": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "from": true, "with": true, "for": true,
	"by": true, "that": true, "which": true, "whose": true, "will": true, "would": true, "could": true,
	"can": true, "may": true, "might": true, "should": true, "must": true, "did": true, "does": true,
	"led": true, "took": true, "gave": true, "made": true, "left": true, "fled": true, "met": true,
	"now": true, "also": true, "still": true, "then": true, "later": true, "again": true}

// adjectival reports whether the role phrase p at tokens [i, end) is one
// of the adjectives and modifies what follows it, or is "in general" or
// after a possessive ("his native New York").
func adjectival(p *phrase, toks []nlp.Token, i, end int) bool {
	if len(p.words) != 1 || !adjectives[p.words[0]] {
		return false
	}
	if i > 0 {
		switch strings.ToLower(toks[i-1].Form) {
		case "in", "his", "her", "their", "its", "my", "our", "your":
			return true
		}
	}
	if end >= len(toks) || !lowerWord(toks[end].Form) {
		return false
	}
	next := toks[end].Form
	return !nounFollowers[next] && !strings.HasSuffix(next, "ed")
}

// FindEach returns the actors of each sentence of doc, as Find finds them
// on the given date: the stages that place and attribute events read
// every sentence's actors.
func (d *Dict) FindEach(doc *nlp.Doc, date time.Time) [][]Mention {
	out := make([][]Mention, len(doc.Sentences))
	for i := range doc.Sentences {
		out[i] = d.Find(doc.Sentences[i].Tokens, date)
	}
	return out
}

// withAlias extends a mention over the short name in brackets after it
// that the dictionary does not know ("state-owned enterprise HDT Védelmi
// Ipari Kft. (HDT Limited)", "the Disaster Council (NDRRMC)"): it is the
// same actor, which must not stand apart as one of no country. A name the
// dictionary knows stays a mention of its own ("the prime minister (Boris
// Johnson)").
func (d *Dict) withAlias(m Mention, toks []nlp.Token, buf *[]byte) Mention {
	open := m.End
	if open+2 >= len(toks) || toks[open].Form != "(" {
		return m
	}
	k := open + 1
	for ; k < len(toks) && k <= open+maxNameWords && toks[k].Form != ")"; k++ {
		if f := toks[k].Form; !capitalised(f) && !initials(f) {
			return m
		}
	}
	if k == open+1 || k >= len(toks) || toks[k].Form != ")" {
		return m
	}
	if p, _ := d.longest(toks, open+1, anyKind, buf); p != nil {
		return m
	}
	m.End = k + 1
	return m
}

// titleOpeners are capitalised words that open a title after a seat of
// power ("Pentagon Chief Spokesman", "CIA Deputy Director").
var titleOpeners = map[string]bool{"deputy": true, "acting": true, "assistant": true, "principal": true,
	"press": true, "interim": true, "associate": true, "executive": true}

// opensTitle reports whether a word opens a title: a word of titleOpeners
// or of ownerModifiers ("Chief", "Senior", "Special").
func opensTitle(form string, buf *[]byte) bool {
	*buf = appendFold((*buf)[:0], form)
	w := string(*buf)
	return titleOpeners[w] || ownerModifiers[w]
}
