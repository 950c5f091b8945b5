package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Character classes for the tokenizer. ASCII is decided by a table; other
// runes by the unicode package.

const (
	cSep    = 1 << iota // whitespace and control characters
	cLetter             // A-Z a-z
	cDigit              // 0-9
	cOpen               // may open a word: ( [ { " ' ` $ # < and friends
	cClose              // may close a word: ) ] } " ' . , ; : ! ? % > and friends
)

var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c <= ' ' || c == 0x7f:
			t[c] = cSep
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			t[c] = cLetter
		case c >= '0' && c <= '9':
			t[c] = cDigit
		}
	}
	for _, c := range "([{\"'`$#<*-" {
		t[c] |= cOpen
	}
	for _, c := range ")]}\"'.,;:!?%>*-+" {
		t[c] |= cClose
	}
	return t
}()

// decodeAt decodes the rune at s[i], with a fast path for ASCII.
func decodeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isSeparator reports whether the rune r of n bytes separates tokens:
// whitespace, control and format characters, and invalid UTF-8 bytes.
func isSeparator(r rune, n int) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&cSep != 0
	}
	if r == utf8.RuneError && n == 1 {
		return true
	}
	return unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u200b' || r == '\u2060' || r == '\ufeff'
}

// isWordRune reports whether r is part of a word: a letter, digit or mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&(cLetter|cDigit) != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isOpening reports whether r is punctuation split off the front of a word.
func isOpening(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&cOpen != 0
	}
	switch r {
	case '“', '‘', '«', '‹', '„', '‚', '—', '–', '―', '‒', '…', '€', '£', '¥', '¿', '¡', '•', '·':
		return true
	}
	return unicode.Is(unicode.Ps, r) || unicode.Is(unicode.Pi, r) || unicode.Is(unicode.Sc, r)
}

// isClosing reports whether r is punctuation split off the end of a word.
func isClosing(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&cClose != 0
	}
	switch r {
	case '”', '’', '»', '›', '—', '–', '―', '‒', '…', '°':
		return true
	}
	return unicode.Is(unicode.Pe, r) || unicode.Is(unicode.Pf, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isDigitByte(c byte) bool  { return c >= '0' && c <= '9' }
func isLetterByte(c byte) bool { return c < utf8.RuneSelf && asciiClass[c]&cLetter != 0 }

func isWordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := decodeAt(s, i)
	return isWordRune(r)
}

func isAlnumAt(s string, i int) bool { return isWordRuneAt(s, i) }

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := decodeAt(s, i)
	return unicode.IsLetter(r)
}

func isLetterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

// emoticons are kept whole, as UD English does.
var emoticons = []string{":-)", ":-(", ":-P", ":-D", ";-)", ":)", ":(", ":P", ":D", ";)", ":p", ":/", "=)", ":'("}

// emoticonLen returns the length of the emoticon s starts with, or 0; the
// emoticon must end s or be followed by something other than a letter.
func emoticonLen(s string) int {
	if len(s) < 2 || (s[0] != ':' && s[0] != ';' && s[0] != '=') {
		return 0
	}
	for _, e := range emoticons {
		if strings.HasPrefix(s, e) && !isWordRuneAt(s, len(e)) {
			return len(e)
		}
	}
	return 0
}

// emoticonSuffixLen returns the length of the emoticon s ends with, or 0.
func emoticonSuffixLen(s string) int {
	if len(s) < 2 {
		return 0
	}
	if c := s[len(s)-1]; c != ')' && c != '(' && c != 'P' && c != 'D' && c != 'p' && c != '/' {
		return 0
	}
	for _, e := range emoticons {
		if strings.HasSuffix(s, e) {
			return len(e)
		}
	}
	return 0
}
