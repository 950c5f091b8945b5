package actor

import (
	"github.com/annalist/annalist/nlp"
)

// Names nest in other names. A country's name is often a word of another
// name: of a work ("an artwork entitled America", "the film Mister
// America"), a character ("Captain America"), a company ("Air France") or
// a contest ("Miss Universe"); a surname the lists know alone is often a
// word of another person's name ("Hunter Biden", "Ashton Bumhira"). Such
// a word names no actor, and must not make the article's country either.
// Unknown names ended by "Party" are parties.

// namingWords are words after which a capitalised word is a name given to
// something ("an artwork entitled America").
var namingWords = map[string]bool{"entitled": true, "titled": true, "called": true, "named": true, "dubbed": true}

// placeModifiers are capitalised words that qualify a country's name as
// a region or era of it rather than naming something else ("Eastern
// Ukraine", "Mainland China", "Soviet Russia", "Former Yugoslavia"), or
// open a title before it ("Former United States Senator").
var placeModifiers = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true, "upper": true, "lower": true,
	"greater": true, "mainland": true, "rural": true, "coastal": true, "communist": true, "soviet": true,
	"modern": true, "ancient": true, "medieval": true, "imperial": true, "colonial": true, "occupied": true,
	"free": true, "democratic": true, "federal": true, "royal": true, "republican": true, "independent": true,
	"all": true, "former": true}

// inName reports whether the country's name at token i is a word of
// another name: it follows a naming word, or a capitalised word that is
// no actor, role, region or date inside a sentence written in lower case
// (a headline in title case capitalises every word).
func (d *Dict) inName(toks []nlp.Token, i int, buf *[]byte) bool {
	if i == 0 {
		return false
	}
	prev := toks[i-1].Form
	*buf = appendFold((*buf)[:0], prev)
	w := string(*buf)
	if namingWords[w] {
		return true
	}
	return i > 1 && d.strayName(toks, i-1, placeModifiers, buf)
}

// strayName reports whether token j is a capitalised word of a name the
// lists lack: no dictionary phrase starts it, it is no date, clause word,
// name particle or word of also, and the sentence is no headline.
func (d *Dict) strayName(toks []nlp.Token, j int, also map[string]bool, buf *[]byte) bool {
	if !capitalised(toks[j].Form) {
		return false
	}
	*buf = appendFold((*buf)[:0], toks[j].Form)
	if w := string(*buf); notNames[w] || nameParticles[w] || also[w] {
		return false
	}
	if p, _ := d.longest(toks, j, anyKind, buf); p != nil {
		return false
	}
	return !headline(toks)
}

// headline reports whether a sentence capitalises its words as a
// headline does: more than twice as many start with a capital as not
// (the small words of a title stay in lower case).
func headline(toks []nlp.Token) bool {
	upper, lower := 0, 0
	for _, t := range toks {
		switch {
		case capitalised(t.Form):
			upper++
		case lowerWord(t.Form):
			lower++
		}
	}
	return upper > 2*lower
}

// nameGoesOn reports whether a capitalised word at token at, which no
// dictionary phrase starts, continues the name before it: a surname the
// lists know alone ("Ashton", "Rice") is then another person's given name
// or part of another name ("Ashton Bumhira", "Rice Business Plan
// Competition").
func (d *Dict) nameGoesOn(toks []nlp.Token, at int, buf *[]byte) bool {
	return at < len(toks) && d.strayName(toks, at, nil, buf)
}

// placeParts are words after a place's name that keep it a place ("Mexico
// City", "New York State", "Tyumen Oblast", "Washington DC").
var placeParts = map[string]bool{"city": true, "state": true, "province": true, "region": true,
	"oblast": true, "governorate": true, "prefecture": true, "district": true, "territory": true,
	"federal": true, "dc": true, "d.c.": true}

// nameAfterPlace returns the end of the capitalised words after a
// country's name that make it part of another name ("Kenya Airways",
// "the Iran Hostage Crisis", "Chad Smith"): words no dictionary phrase
// starts, that are no date or place part, in a sentence that is no
// headline. It returns at when there are none.
func (d *Dict) nameAfterPlace(toks []nlp.Token, at int, buf *[]byte) int {
	end := at
	for j := at; j < len(toks) && capitalised(toks[j].Form); j++ {
		*buf = appendFold((*buf)[:0], toks[j].Form)
		if w := string(*buf); notNames[w] || placeParts[w] || nameParticles[w] {
			break
		}
		if p, _ := d.longest(toks, j, anyKind, buf); p != nil {
			break
		}
		end = j + 1
	}
	if end > at && headline(toks) {
		return at
	}
	return end
}

// nameBefore reports whether a capitalised word before token i, which no
// dictionary phrase starts and which opens no sentence, unless it is a
// given name, is the start of the name a surname the lists know alone
// ends ("Doug Hurley", "County Kerry", "Lucy Fischer of The Times said"):
// that name is someone else's or a place's.
func (d *Dict) nameBefore(toks []nlp.Token, i int, buf *[]byte) bool {
	return (i >= 2 || i == 1 && d.given[toks[0].Form]) && d.strayName(toks, i-1, honorifics, buf)
}

// honorifics are capitalised words before a surname that are no given
// name: forms of address and party labels ("Mr Johnson", "Republican
// Graham").
var honorifics = map[string]bool{"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
	"dr": true, "dr.": true, "sir": true, "dame": true, "lord": true, "lady": true, "madam": true,
	"sheikh": true, "sheik": true, "ayatollah": true, "mullah": true, "rev": true, "rev.": true,
	"democrat": true, "republican": true, "tory": true, "incumbent": true, "comrade": true}

// deedWords end names of agreements and meetings named after a city ("the
// Paris Agreement", "the Oslo Accords", "the Hanoi Summit").
var deedWords = map[string]bool{"agreement": true, "agreements": true, "accord": true, "accords": true,
	"protocol": true, "convention": true, "conventions": true, "treaty": true, "declaration": true,
	"summit": true, "conference": true, "process": true, "format": true, "consensus": true}

// partyName reads capitalised words the lists do not know, ended by
// "Party", as a political party ("the Palang Dharma Party"), of the
// country named after it ("the Justice Party of Korea") or of none, so
// that the coder gives it the article's.
func (d *Dict) partyName(toks []nlp.Token, i int, buf *[]byte) (Mention, bool) {
	end, ok := d.nameEndedBy(toks, i, capitalised, func(form, _ string) bool { return form == "Party" }, buf)
	if !ok {
		return Mention{}, false
	}
	m := Mention{Start: i, End: end, Code: "---PTY", Name: spanText(toks, i, end), Roles: d.roleOf("PTY"), Kind: Group}
	return d.withCountryOf(m, toks, buf), true
}

// nameEndedBy reads a name the lists do not know from token i: words that
// word accepts, up to maxNameWords, closed by one that closes says ends a
// name of this kind ("Party", "Limited"), given the word as written and
// folded. It returns the end of the name, after the closing word. The
// name must start there (not inside a longer capitalised run, "the"
// aside) and have a word before the closing one; no word may be a common
// word (notNames) or start a phrase the lists know.
func (d *Dict) nameEndedBy(toks []nlp.Token, i int, word func(string) bool, closes func(form, folded string) bool, buf *[]byte) (int, bool) {
	if i >= len(toks) || !word(toks[i].Form) || i > 0 && word(toks[i-1].Form) && !isWord(toks[i-1].Form, "the") {
		return 0, false
	}
	for j := i; j < len(toks) && j < i+maxNameWords; j++ {
		*buf = appendFold((*buf)[:0], toks[j].Form)
		folded := string(*buf)
		if closes(toks[j].Form, folded) {
			return j + 1, j > i
		}
		if !word(toks[j].Form) || notNames[folded] {
			return 0, false
		}
		if p, _ := d.longest(toks, j, anyKind, buf); p != nil {
			return 0, false
		}
	}
	return 0, false
}
