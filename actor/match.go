package actor

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annalist/annalist/nlp"
)

// shape is the capitalisation a token needs to match a dictionary word.
type shape uint8

const (
	anyCase  shape = iota // "police", "Police", "POLICE"
	capital               // "Turkey", "TURKEY", never "turkey"
	allUpper              // "US", "NATO": never "us", "Nato"
)

// phrase is a run of dictionary words and what it stands for.
type phrase struct {
	words   []string // folded
	shapes  []shape
	entries []*entry // several only for people sharing a name
}

func (p *phrase) kind() Kind { return p.entries[0].kind }

// kindMask selects kinds of phrase when matching.
type kindMask uint16

func maskOf(ks ...Kind) kindMask {
	var m kindMask
	for _, k := range ks {
		m |= 1 << k
	}
	return m
}

var (
	anyKind    = ^kindMask(0)
	agentKind  = maskOf(Agent)
	personKind = maskOf(Person)
)

// splitWords cuts a dictionary phrase with the tokenizer that cuts the
// text, so both agree ("People's" → People 's, "al-Assad" → al - Assad).
func splitWords(s string) []string {
	toks := nlp.Tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Form
	}
	return out
}

// plainWords reports whether s is words of ASCII letters and single
// spaces.
func plainWords(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' && s[i-1] == ' ' {
			return false
		}
		if c != ' ' && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// words cuts a phrase as splitWords does. While the built-in lists load
// (d.plain is set), words of ASCII letters are cut at the spaces without
// the tokenizer: most names are such, and tokenizing each of tens of
// thousands of them was a third of the start-up. The tokenizer splits a
// few such words ("Im" is "I" "m"); TestBuiltinPlainSplit checks that no
// built-in phrase is one of them.
func (d *Dict) words(s string, buf []string) []string {
	if d.plain && plainWords(s) {
		return appendSplit(buf, s, " ")
	}
	return splitWords(s)
}

// addPhrase files text under its first word. With fold, every word
// matches in any case; otherwise each word keeps the capitals it is
// written with.
func (d *Dict) addPhrase(text string, e *entry, fold bool) {
	var rawBuf [8]string
	raw := d.words(text, rawBuf[:0])
	if len(raw) == 0 {
		return
	}
	// At the end of a sentence the tokenizer cuts the period off an
	// abbreviation ("in the U.S." → U.S .), so "U.S" must match too.
	if last := raw[len(raw)-1]; len(last) > 2 && strings.HasSuffix(last, ".") && strings.Count(last, ".") > 1 {
		short := strings.Join(raw[:len(raw)-1], " ") + " " + strings.TrimSuffix(last, ".")
		d.addPhrase(strings.TrimSpace(short), e, fold)
	}
	p := d.slab.phrase(len(raw), e)
	// One string holds every folded word: a phrase costs fewer allocations,
	// which tens of thousands of names add up to at start-up.
	var foldBuf [64]byte
	var endBuf [8]int
	folded, ends := foldBuf[:0], endBuf[:0]
	for _, w := range raw {
		folded = appendFold(folded, w)
		ends = append(ends, len(folded))
	}
	if !fold {
		for i, w := range raw {
			p.shapes[i] = shapeOf(w)
		}
	}
	all, start := string(folded), 0
	for i, end := range ends {
		p.words[i], start = all[start:end], end
	}
	list := d.first[p.words[0]]
	// The list runs longest first: only phrases of p's length can equal it,
	// and p goes after them. Names sharing a first word ("Mohammed") are
	// hundreds, so both ends are found by halving.
	n := len(p.words)
	lo := sort.Search(len(list), func(i int) bool { return len(list[i].words) <= n })
	at := lo + sort.Search(len(list)-lo, func(i int) bool { return len(list[lo+i].words) < n })
	// Of two phrases of the same words, an organisation's name asking for
	// capitals comes first: written so, "Security Council" is the UN's,
	// not any government's "security council". A country's seat does not
	// ("Congress" named in a Philippine story stays that country's).
	org, before := e.kind == IGO || e.kind == NGO || e.kind == Group, -1
	for k, q := range list[lo:at] {
		if !slices.Equal(q.words, p.words) {
			continue
		}
		if org && before < 0 && stricter(p.shapes, q.shapes) {
			before = lo + k
		}
		if slices.Equal(q.shapes, p.shapes) {
			for _, qe := range q.entries {
				if qe == e || qe.person != nil && qe.person == e.person {
					return
				}
			}
			// A second person of the same name makes the name ambiguous; any
			// other second meaning is ignored: the first one added wins.
			if e.kind == Person && q.kind() == Person {
				q.entries = append(q.entries, e)
			}
			return
		}
	}
	if before >= 0 {
		at = before
	}
	if len(list) == 0 {
		d.first[p.words[0]] = d.slab.list(p)
		return
	}
	d.first[p.words[0]] = slices.Insert(list, at, p)
}

// slab hands out the phrases and people of a Dict and their slices from
// shared chunks: the built-in lists add some 60,000 phrases and 20,000
// people, and allocating each of their parts apart was most of the
// allocations of loading them. A chunk lives as long as anything in it,
// and phrases and people live as long as their Dict. The slices it hands
// out have their length for capacity, so appending to one copies it out
// of the chunk instead of writing over its neighbour.
type slab struct {
	phrases []phrase
	words   []string
	shapes  []shape
	entries []*entry
	lists   []*phrase
	people  []person
	terms   []term
}

const slabChunk = 1024

// phrase returns a phrase of n words, all empty, standing for e.
func (s *slab) phrase(n int, e *entry) *phrase {
	if len(s.phrases) == cap(s.phrases) {
		s.phrases = make([]phrase, 0, slabChunk)
		s.entries = make([]*entry, 0, slabChunk)
	}
	if len(s.words)+n > cap(s.words) {
		s.words = make([]string, 0, max(4*slabChunk, n))
		s.shapes = make([]shape, 0, max(4*slabChunk, n))
	}
	s.phrases = append(s.phrases, phrase{})
	p := &s.phrases[len(s.phrases)-1]
	w := len(s.words)
	s.words, s.shapes = s.words[:w+n], s.shapes[:w+n]
	p.words, p.shapes = s.words[w:w+n:w+n], s.shapes[w:w+n:w+n]
	s.entries = append(s.entries, e)
	k := len(s.entries) - 1
	p.entries = s.entries[k : k+1 : k+1]
	return p
}

// list returns the phrase list of a first word met for the first time:
// p alone.
func (s *slab) list(p *phrase) []*phrase {
	if len(s.lists) == cap(s.lists) {
		s.lists = make([]*phrase, 0, slabChunk)
	}
	s.lists = append(s.lists, p)
	k := len(s.lists) - 1
	return s.lists[k : k+1 : k+1]
}

// person returns a new person named name with its entry, their names
// list sized for n names, and term t.
func (s *slab) person(name string, n int, t term) *person {
	if len(s.people) == cap(s.people) {
		s.people = make([]person, 0, slabChunk)
		s.terms = make([]term, 0, slabChunk)
	}
	s.people = append(s.people, person{name: name, names: make([]string, 0, n)})
	p := &s.people[len(s.people)-1]
	p.entry = &entry{kind: Person, name: name, person: p}
	s.terms = append(s.terms, t)
	k := len(s.terms) - 1
	p.terms = s.terms[k : k+1 : k+1]
	return p
}

// stricter reports whether shapes a ask for capitals wherever b does and
// somewhere b does not.
func stricter(a, b []shape) bool {
	more := false
	for k := range a {
		if a[k] < b[k] {
			return false
		}
		more = more || a[k] > b[k]
	}
	return more
}

func shapeOf(w string) shape {
	letters, upper := 0, 0
	first := true
	firstUpper := false
	for i := 0; i < len(w); {
		// ASCII, most of every name, without the Unicode tables.
		isLetter, isUpper := false, false
		if c := w[i]; c < utf8.RuneSelf {
			isUpper = 'A' <= c && c <= 'Z'
			isLetter = isUpper || 'a' <= c && c <= 'z'
			i++
		} else {
			r, n := utf8.DecodeRuneInString(w[i:])
			isLetter, isUpper = unicode.IsLetter(r), unicode.IsUpper(r)
			i += n
		}
		if !isLetter {
			continue
		}
		letters++
		if isUpper {
			upper++
			if first {
				firstUpper = true
			}
		}
		first = false
	}
	switch {
	case letters >= 2 && upper == letters:
		return allUpper
	case firstUpper:
		return capital
	}
	return anyCase
}

// fits reports whether token form has the capitals shape s asks for.
func fits(form string, s shape) bool {
	switch s {
	case capital:
		for _, r := range form {
			if unicode.IsLetter(r) {
				return unicode.IsUpper(r)
			}
		}
		return true
	case allUpper:
		for _, r := range form {
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

// appendFold appends the lower-case form of s to b, with typographic
// apostrophes made plain, so "Côte D’Ivoire" and "côte d'ivoire" meet.
func appendFold(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch r {
		case '’', '‘':
			r = '\''
		default:
			r = unicode.ToLower(r)
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// longest returns the longest phrase of a kind in mask starting at token
// i, and the index after it. buf is scratch space for folding.
func (d *Dict) longest(toks []nlp.Token, i int, mask kindMask, buf *[]byte) (*phrase, int) {
	if i >= len(toks) {
		return nil, i
	}
	*buf = appendFold((*buf)[:0], toks[i].Form)
	list := d.first[string(*buf)]
	if len(list) == 0 {
		return nil, i
	}
next:
	for _, p := range list {
		n := len(p.words)
		if mask&(1<<p.kind()) == 0 || i+n > len(toks) || !fits(toks[i].Form, p.shapes[0]) {
			continue
		}
		for k := 1; k < n; k++ {
			form := toks[i+k].Form
			*buf = appendFold((*buf)[:0], form)
			if string(*buf) != p.words[k] || !fits(form, p.shapes[k]) {
				continue next
			}
		}
		return p, i + n
	}
	return nil, i
}
