package petrarch

import (
	"io"
	"slices"
	"strings"

	"github.com/annalist/annalist/nlp"
)

// Discards is a PETRARCH discard list (Phoenix.discards.txt): phrases
// that mark a sentence as not political news ("ACADEMY AWARD"); a
// phrase written with a leading "+" discards the whole story.
type Discards struct {
	File    string
	Entries []Discard
	first   map[string][]int // folded first word → indices into Entries
}

// Discard is one discard phrase.
type Discard struct {
	Line  int
	Words []string // folded and cut as the text's tokens are
	Story bool     // "+": discard the whole story
}

// ReadDiscards reads a discard list, one phrase a line. Words are cut the
// way annalist cuts text, so "U.S. OPEN" matches the tokens "U.S." "Open".
func ReadDiscards(r io.Reader, file string) (*Discards, []error) {
	d := &Discards{File: file, first: map[string][]int{}}
	errs := errorList{file: file}
	eachLine(r, &errs, func(n int, raw string) {
		// Old entries carry TABARI's ";" comments.
		line, _, _ := strings.Cut(stripComment(raw), ";")
		line = strings.TrimSpace(line)
		if line == "" {
			return
		}
		e := Discard{Line: n, Story: line[0] == '+'}
		phrase := strings.Join(words(strings.TrimPrefix(line, "+")), " ")
		for _, t := range nlp.Tokenize(phrase) {
			e.Words = append(e.Words, strings.ToLower(t.Form))
		}
		if len(e.Words) == 0 {
			errs.add(n, "discard %q has no words", line)
			return
		}
		if strings.ContainsAny(phrase, "[]{}") {
			errs.add(n, "discard %q: brackets have no meaning in a discard list", line)
			return
		}
		d.first[e.Words[0]] = append(d.first[e.Words[0]], len(d.Entries))
		d.Entries = append(d.Entries, e)
	})
	return d, errs.errs
}

// Match returns the first discard phrase found in a sentence's tokens,
// matched without regard to case; ok is false when there is none.
func (d *Discards) Match(toks []nlp.Token) (Discard, bool) {
	if d == nil {
		return Discard{}, false
	}
	folded := make([]string, len(toks))
	for i, t := range toks {
		folded[i] = strings.ToLower(t.Form)
	}
	for i := range folded {
		for _, k := range d.first[folded[i]] {
			e := d.Entries[k]
			if i+len(e.Words) <= len(folded) && slices.Equal(folded[i:i+len(e.Words)], e.Words) {
				return e, true
			}
		}
	}
	return Discard{}, false
}
