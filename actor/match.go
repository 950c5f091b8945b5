package actor

import (
	"slices"
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

// addPhrase files text under its first word. With fold, every word
// matches in any case; otherwise each word keeps the capitals it is
// written with.
func (d *Dict) addPhrase(text string, e *entry, fold bool) {
	raw := splitWords(text)
	if len(raw) == 0 {
		return
	}
	// At the end of a sentence the tokenizer cuts the period off an
	// abbreviation ("in the U.S." → U.S .), so "U.S" must match too.
	if last := raw[len(raw)-1]; len(last) > 2 && strings.HasSuffix(last, ".") && strings.Count(last, ".") > 1 {
		short := strings.Join(raw[:len(raw)-1], " ") + " " + strings.TrimSuffix(last, ".")
		d.addPhrase(strings.TrimSpace(short), e, fold)
	}
	p := &phrase{words: make([]string, len(raw)), shapes: make([]shape, len(raw)), entries: []*entry{e}}
	for i, w := range raw {
		p.words[i] = string(appendFold(nil, w))
		if !fold {
			p.shapes[i] = shapeOf(w)
		}
	}
	list := d.first[p.words[0]]
	for _, q := range list {
		if slices.Equal(q.words, p.words) && slices.Equal(q.shapes, p.shapes) {
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
	// Longest first, so the first candidate that matches is the longest.
	at := len(list)
	for i, q := range list {
		if len(q.words) < len(p.words) {
			at = i
			break
		}
	}
	d.first[p.words[0]] = slices.Insert(list, at, p)
}

func shapeOf(w string) shape {
	letters, upper := 0, 0
	first := true
	firstUpper := false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
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
