package actor

import (
	"slices"
	"strings"
	"time"

	"github.com/annalist/annalist/nlp"
)

// News describes private people and firms by nationality and trade, with
// the name after the words that describe them ("Italian artist Maurizio
// Cattelan", "Turkish national Hatice Cengiz", "Austrian mortar and shell
// manufacturer Hirtenberger Defence Group"), and names firms by their
// legal form ("HDT Limited"). A broadcast medium after "on" or "via" is the
// channel a speaker used, no actor ("said on state television").

// maxDescription bounds the lower-case words between a nationality and
// the role word or name they describe ("mortar and shell manufacturer").
//
// A name after a naming word ("a Polish chef named Łukasz") is left out:
// the coder's pronouns take the last person named, and such a bystander,
// named once in an aside, took "him" from the attacker the story is about.
const maxDescription = 4

// national reads a nationality, a lower-case description and a name as
// that person or firm, of that country: a name the lists lack right after
// at most two words ("Italian artist Maurizio Cattelan" ITA, "British chef
// Jane Doe" GBR), any capitalised name after a word of nationality
// ("Turkish national Hatice Cengiz" TUR), or a role word that titles a name ("Austrian ...
// manufacturer Hirtenberger Defence Group" AUTBUS). A description that
// names no one ("Russian nuclear plants") gives nothing.
func (d *Dict) national(c *entry, toks []nlp.Token, start, end int, date time.Time, buf *[]byte) (Mention, bool) {
	if !c.adjective || d.pluralNationality(c, toks, start, end, buf) {
		return Mention{}, false
	}
	for k := end; k < end+maxDescription && k+1 < len(toks) && describing(toks[k].Form) && !pastForm(toks[k].Form); k++ {
		*buf = appendFold((*buf)[:0], toks[k].Form)
		if nationalityNouns[string(*buf)] {
			if n, name := d.nameAfter(toks, k+1, buf); n > k+1 {
				return Mention{Start: start, End: n, Code: c.code, Name: name, Country: c.country, Kind: Person}, true
			}
		}
		if k < end+2 {
			if m, ok := d.unlisted(toks, k+1, buf); ok && m.Country == "" {
				m.Start, m.Code, m.Country = start, c.code, c.country
				return m, true
			}
		}
		if ap, aend := d.longest(toks, k+1, agentKind, buf); ap != nil {
			m, _ := d.placedRole(c, ap, toks, start, aend, date, buf)
			if m.End > aend {
				return m, true
			}
			if fm, ok := d.firmByName(toks, aend, buf); ok && m.Code == c.code+"BUS" {
				// "Hungarian state-owned enterprise HDT Védelmi Ipari Kft."
				m.End, m.Name = fm.End, fm.Name
				return m, true
			}
			if k == end && trade(toks[k].Form) && m.Country != "" && !modifiesNoun(toks, aend) {
				// "Iranian oil companies", "Japanese car makers": one
				// word of trade between, the role is the nationality's
				// (but "Japanese color television sets" are goods).
				return m, true
			}
			return Mention{}, false
		}
	}
	return Mention{}, false
}

// trade reports whether a word between a nationality and a role word may
// name a trade ("oil", "car", "steel"): a plain lower-case word, not a
// participle or gerund, which would be an act ("Iranian backed militias",
// "Israeli bombing victims").
func trade(form string) bool {
	if !lowerWord(form) || len(form) < 3 {
		return false
	}
	for _, end := range []string{"ed", "ing", "'s", "ly"} {
		if len(form) > len(end) && form[len(form)-len(end):] == end {
			return false
		}
	}
	return true
}

// modifiesNoun reports whether the word at i continues a compound noun
// the word before it modifies ("television sets"): a lower-case word that
// is no verb or phrase opener the role words are followed by.
func modifiesNoun(toks []nlp.Token, i int) bool {
	if i >= len(toks) || !lowerWord(toks[i].Form) {
		return false
	}
	next := toks[i].Form
	return !nounFollowers[next] && !strings.HasSuffix(next, "ed")
}

// nationalityNouns say that the adjective before them is a person's
// nationality, so any capitalised name after them is that person's
// ("Turkish national Hatice Cengiz"), listed as a given name or not.
var nationalityNouns = map[string]bool{"national": true, "citizen": true, "native": true, "expatriate": true}

// pluralNationality reports whether the nationality in toks[start:end]
// is the plural noun of a listed adjective of its country ("Venezuelans",
// "Israelis", "South Koreans"): the people themselves, who describe no
// one after them. The lower-case words that follow are their act and the
// name its target ("Venezuelans criticized President Nicolas Maduro"),
// not a description of the name.
func (d *Dict) pluralNationality(c *entry, toks []nlp.Token, start, end int, buf *[]byte) bool {
	last := toks[end-1].Form
	if len(last) < 4 || last[len(last)-1] != 's' {
		return false
	}
	words := make([]string, 0, end-start)
	for k := start; k < end-1; k++ {
		words = append(words, string(appendFold((*buf)[:0], toks[k].Form)))
	}
	words = append(words, string(appendFold((*buf)[:0], last[:len(last)-1])))
	for _, p := range d.first[words[0]] {
		if e := p.entries[0]; e.adjective && e.country == c.country && slices.Equal(p.words, words) {
			return true
		}
	}
	return false
}

// pastForm reports whether a lower-case word is a verb's past form, which
// ends a description: what follows is the act's target ("Iranian hackers
// targeted President Donald Trump's campaign", "Russian trolls said").
// Hyphenated participles describe ("state-owned enterprise"), and naming
// words (nested.go) name ("a Polish chef named Jan Nowak").
func pastForm(form string) bool {
	if strings.Contains(form, "-") || namingWords[form] {
		return false
	}
	return len(form) > 4 && strings.HasSuffix(form, "ed") || irregularPasts[form]
}

// irregularPasts are the past forms of news verbs that do not end in
// "-ed".
var irregularPasts = map[string]bool{"said": true, "told": true, "met": true, "hit": true, "struck": true,
	"won": true, "took": true, "gave": true, "sent": true, "led": true, "held": true, "made": true,
	"fought": true, "sought": true, "shot": true, "beat": true, "sold": true, "bought": true, "left": true}

// describing reports whether a token may be a word of a lower-case
// description ("climate-change activist", "mortar and shell").
func describing(form string) bool {
	return lowerWord(form) && !functionWords[form]
}

// functionWords end a description: determiners, prepositions, pronouns,
// auxiliaries and modals belong to a clause, not to the words that
// describe a name ("Soviet summit could emerge from Secretary of State
// George Shultz" names no Soviet Shultz). "And" joins descriptions
// ("mortar and shell manufacturer").
var functionWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "from": true, "to": true,
	"in": true, "at": true, "on": true, "with": true, "by": true, "for": true, "into": true, "over": true,
	"about": true, "against": true, "after": true, "before": true, "as": true, "than": true, "that": true,
	"which": true, "who": true, "this": true, "its": true, "their": true, "his": true, "her": true,
	"it": true, "they": true, "he": true, "she": true, "we": true, "is": true, "was": true, "are": true,
	"were": true, "be": true, "been": true, "has": true, "have": true, "had": true, "will": true,
	"would": true, "can": true, "could": true, "may": true, "might": true, "should": true, "must": true,
	"says": true, "not": true, "or": true, "but": true, "if": true, "when": true}

// channelWords end role phrases of broadcast media ("television", "state
// TV", "public radio").
var channelWords = map[string]bool{"television": true, "tv": true, "radio": true}

// channelBefore are words before a medium that make it the channel
// something was said or done on ("announced by live television").
var channelBefore = map[string]bool{"on": true, "via": true, "by": true, "live": true, "over": true,
	"through": true}

// channel reports whether the medium phrase p at token i is the channel a
// speaker used rather than an actor.
func channel(p *phrase, toks []nlp.Token, i int) bool {
	if i == 0 || !channelWords[p.words[len(p.words)-1]] {
		return false
	}
	prev := toks[i-1].Form
	for k := i - 1; k > 0 && (isWord(prev, "state") || isWord(prev, "national") || isWord(prev, "the")); k-- {
		prev = toks[k-1].Form // "on the state television"
	}
	return channelBefore[string(appendFold(nil, prev))]
}

// firmSuffixes end the names of firms by their legal form, English,
// German and Hungarian ("Kft.", "Zrt."), matched in any case.
var firmSuffixes = map[string]bool{"limited": true, "ltd": true, "ltd.": true, "inc": true, "inc.": true,
	"corp": true, "corp.": true, "corporation": true, "plc": true, "llc": true, "gmbh": true, "kft": true,
	"kft.": true, "zrt": true, "zrt.": true, "nyrt": true, "nyrt.": true}

// firmSuffixesExact are legal forms matched only as written: in another
// case they are words ("Ag", "sa") or offices ("the AG said" is the
// attorney general, which the name before the suffix rules out).
var firmSuffixesExact = map[string]bool{"AG": true, "SA": true, "S.A.": true, "NV": true, "N.V.": true,
	"BV": true, "B.V.": true, "A/S": true, "ASA": true, "SpA": true, "S.p.A.": true, "Oyj": true, "S.A.S.": true}

// firmByName reads capitalised words or acronyms the lists lack, ended by
// a legal form, as a firm ("HDT Limited", "Acme Widgets Inc"), of the
// country named after it or of none, so that the coder gives it the
// article's. The mention is an Agent's, as "the company" is.
func (d *Dict) firmByName(toks []nlp.Token, i int, buf *[]byte) (Mention, bool) {
	// Some legal forms ("A/S", "S.A.") are no name words: closes is asked
	// before word.
	end, ok := d.nameEndedBy(toks, i, nameWord, legalForm, buf)
	if !ok {
		return Mention{}, false
	}
	return d.firm(toks, i, end, buf), true
}

// legalForm reports whether a word, as written and folded, is a firm's
// legal form ("Ltd", "AG").
func legalForm(form, folded string) bool {
	return firmSuffixesExact[form] || firmSuffixes[folded]
}

// listedFirm reports whether e is a firm the dictionary lists by name
// ("Boeing", "Gazprom"), no role word.
func listedFirm(e *entry) bool {
	return e.kind == Group && slices.Contains(e.roles, "BUS")
}

// legalFormEnd returns the index after the legal form at token j
// ("AG" in "Siemens AG", "Corp" in "General Motors Corp"), or j when
// there is none.
func legalFormEnd(toks []nlp.Token, j int, buf *[]byte) int {
	if j >= len(toks) {
		return j
	}
	w := string(appendFold((*buf)[:0], toks[j].Form))
	if legalForm(toks[j].Form, w) || w == "co" || w == "co." {
		return j + 1
	}
	return j
}

// listedFirmAfter joins to a firm's role word the firm the dictionary
// lists right after it ("Chinese company Huawei", "the carmaker
// Toyota"): one firm, of the listed firm's code. ok is false for any
// other role, and when no listed firm follows.
func (d *Dict) listedFirmAfter(m Mention, toks []nlp.Token, at int, buf *[]byte) (Mention, bool) {
	if !slices.Contains(m.Roles, "BUS") {
		return m, false
	}
	p, end := d.longest(toks, at, maskOf(Group), buf)
	if p == nil || !listedFirm(p.entries[0]) {
		return m, false
	}
	e := p.entries[0]
	end = legalFormEnd(toks, end, buf)
	return Mention{Start: m.Start, End: end, Code: e.code, Name: e.name, Country: e.country, Roles: e.roles, Kind: Group}, true
}

// firm is the firm named by toks[i:end]. It is an Agent, as "the company"
// is: a firm of no country named takes the article's (the coder completes
// role words so).
func (d *Dict) firm(toks []nlp.Token, i, end int, buf *[]byte) Mention {
	m := Mention{Start: i, End: end, Code: "---BUS", Name: spanText(toks, i, end), Roles: d.roleOf("BUS"), Kind: Agent}
	return d.withCountryOf(m, toks, buf)
}

// nameWord reports whether a token may be a word of a firm's name: a
// capitalised word or an acronym ("HDT").
func nameWord(form string) bool {
	return capitalised(form) || len(form) > 1 && shapeOf(form) == allUpper
}

// territorial are roles whose holders serve where they sit: a court or
// police force in a country is that country's.
var territorial = map[string]bool{"JUD": true, "COP": true}

// crowds are roles of people who, named by no country, are mostly of the
// country they gather in: protesters, people, workers, students.
var crowds = map[string]bool{"OPP": true, "CVL": true, "LAB": true, "EDU": true}

// gatherings are participles that say where a crowd is ("protesters
// rallying in Hong Kong").
var gatherings = map[string]bool{"protesting": true, "demonstrating": true, "rallying": true,
	"marching": true, "striking": true, "gathered": true, "gathering": true}

// placedIn reads a court's, police's or crowd's role word followed by
// "in" and a country's name as that country's ("the Court of Appeal in
// England" GBRJUD, "police in Ohio" USACOP, "protesters in Belgium"
// BELOPP). The place joins a court's or police's mention; a crowd's
// mention is its word alone, as a participle may come between ("people
// protesting in Belgium" BELCVL) in which the coder reads the act. A capital does not count: its name is
// often another town's ("Police in Paris" in a story from Texas), which
// the place resolver decides. Other roles stay of unknown country:
// troops, refugees or diplomats in a country are often another's.
func (d *Dict) placedIn(e *entry, toks []nlp.Token, i, end int, buf *[]byte) (Mention, bool) {
	if len(e.roles) == 0 || !territorial[e.roles[0]] && !crowds[e.roles[0]] || end+1 >= len(toks) {
		return Mention{}, false
	}
	in := end
	if crowds[e.roles[0]] && gatherings[string(appendFold((*buf)[:0], toks[in].Form))] {
		in++
	}
	if in+1 >= len(toks) || !isWord(toks[in].Form, "in") {
		return Mention{}, false
	}
	pp, pend := d.longest(toks, skipThe(toks, in+1), maskOf(Country), buf)
	if pp == nil || pp.entries[0].adjective {
		return Mention{}, false
	}
	pe := pp.entries[0]
	if n := d.nameAfterPlace(toks, pend, buf); n > pend {
		return Mention{}, false // "police in Chad Smith's house"
	}
	if crowds[e.roles[0]] {
		// The place stays a mention of its own, for the place resolver
		// and for the coder, which may read an act in a participle.
		return d.countryAgent(pe, e, i, end), true
	}
	return d.countryAgent(pe, e, i, pend), true
}
