package actor

import (
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
	return e.kind == Agent && e.single != "" && strings.Join(p.words, " ") == e.single
}

// nameAfter returns the end of a capitalised name starting at token at
// that the dictionary does not know, and the name as written; at when
// there is none.
func (d *Dict) nameAfter(toks []nlp.Token, at int, buf *[]byte) (int, string) {
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
	if end == at {
		return at, ""
	}
	var b strings.Builder
	for j := at; j < end; j++ {
		if j > at && toks[j].Start > toks[j-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(toks[j].Form)
	}
	return end, b.String()
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
	end, name := d.nameAfter(toks, at, buf)
	if end == at {
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
