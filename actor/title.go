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
// the name that follows it: the mention becomes that person's.
func (d *Dict) titled(m Mention, p *phrase, toks []nlp.Token, at int, buf *[]byte) Mention {
	if !p.isTitle() {
		return m
	}
	end, name := d.nameAfter(toks, at, buf)
	if end == at {
		return m
	}
	m.End, m.Name, m.Kind = end, name, Person
	return m
}
