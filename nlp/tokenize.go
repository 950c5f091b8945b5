package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize returns the tokens of text; only Start, End and Form are set,
// Form == text[Start:End].
//
// It follows the conventions of the UD English Web Treebank: punctuation
// is split off ("U.S." and other abbreviations keep their period),
// contractions and possessives are split ("don't" → "do" "n't", "John's" →
// "John" "'s"), hyphenated words are split ("al-Assad" → "al" "-" "Assad")
// except after common prefixes ("e-mail", "non-violent") and in phone
// numbers, numbers keep their separators ("1,000.50", "10:30", "9/11"),
// and URLs and e-mail addresses stay whole.
//
// Whitespace, control characters and invalid UTF-8 bytes separate tokens
// and never appear in them, so every Form is valid UTF-8.
func Tokenize(text string) []Token {
	z := tokenizer{text: text, toks: make([]Token, 0, len(text)/5+1)}
	z.run()
	return z.toks
}

// tokenizer holds the state of one Tokenize call. tail collects the
// punctuation peeled off the end of a chunk (in reverse order) so that no
// allocation is needed per chunk.
type tokenizer struct {
	text string
	toks []Token
	tail [][2]int
}

func (z *tokenizer) emit(a, b int) {
	if a < b {
		z.toks = append(z.toks, Token{Start: a, End: b, Form: z.text[a:b]})
	}
}

// run cuts the text into whitespace-separated chunks and tokenizes each.
func (z *tokenizer) run() {
	s := z.text
	for i := 0; i < len(s); {
		r, n := decodeAt(s, i)
		if isSeparator(r, n) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n = decodeAt(s, j)
			if isSeparator(r, n) {
				break
			}
			j += n
		}
		z.chunk(i, j)
		i = j
	}
}

// chunk tokenizes s[a:b], a run without separators: opening punctuation
// is peeled off the front, closing punctuation off the back, and the core
// is split at infixes.
func (z *tokenizer) chunk(a, b int) {
	s := z.text
	if n := emoticonLen(s[a:b]); n > 0 {
		z.emit(a, a+n)
		a += n
	}
	for a < b {
		r, n := decodeAt(s, a)
		if !isOpening(r) {
			break
		}
		if r == '#' && isLetterAt(s, a+1) {
			break // a hashtag
		}
		if isApostrophe(r) && isContractionChunk(s[a+n:b]) {
			break
		}
		e := runEnd(s, a, b, r)
		z.emit(a, e)
		a = e
	}
	if a == b {
		return
	}
	z.tail = z.tail[:0]
	e := b
	url := isURL(s[a:b])
	for e > a {
		if n := emoticonSuffixLen(s[a:e]); n > 0 && n < e-a {
			z.tail = append(z.tail, [2]int{e - n, e})
			e -= n
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[a:e])
		if !isClosing(r) || (url && !isURLTrailer(r)) {
			break
		}
		st := e - n
		if r == '.' {
			k := st
			for k > a && s[k-1] == '.' {
				k--
			}
			if e-k <= 2 && k > a && !url && z.keepsPeriod(a, k, b) {
				if e-k == 2 { // "Inc.." is "Inc." and a full stop
					z.tail = append(z.tail, [2]int{k + 1, e})
					e = k + 1
				}
				break
			}
			z.tail = append(z.tail, [2]int{k, e})
			e = k
			continue
		}
		k := runStart(s, a, st, r)
		if r == '!' || r == '?' {
			// "?!", "!!!", ".?" are one token, as in UD English.
			for k > a && (s[k-1] == '!' || s[k-1] == '?' || s[k-1] == '.') {
				k--
			}
		}
		z.tail = append(z.tail, [2]int{k, e})
		e = k
	}
	if url {
		z.emit(a, e)
	} else {
		z.core(a, e)
	}
	for i := len(z.tail) - 1; i >= 0; i-- {
		z.emit(z.tail[i][0], z.tail[i][1])
	}
}

// core splits s[a:e] (no leading or trailing punctuation left) at infix
// punctuation into word pieces.
func (z *tokenizer) core(a, e int) {
	s := z.text
	p := a
	for i := a; i < e; {
		r, n := decodeAt(s, i)
		if isWordRune(r) {
			i += n
			continue
		}
		inner := i > p && i+n < e
		switch r {
		case '.':
			// A final period still here was judged part of the word by chunk.
			if i > p && s[i-1] != '.' && (i+1 == e || inner && isAlnumAt(s, i+1)) ||
				inner && s[i+1] == '-' && isDottedAbbrev(s[p:i]) {
				i++
				continue
			}
		case ',', ':', '/':
			if inner && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) {
				i++
				continue
			}
			if r == '/' && inner && i == p+1 && isLetterByte(s[p]) && isLetterByte(s[i+1]) && !isWordRuneAt(s, i+2) {
				i++ // "b/c", "w/o"
				continue
			}
		case '&':
			if inner && isLetterAt(s, i+1) && isLetterBefore(s, i) {
				i++
				continue
			}
		case '#':
			if i == p && isLetterAt(s, i+1) {
				i++ // a hashtag
				continue
			}
		case '\'', '’', '_', '@':
			if inner && isWordRuneAt(s, i+n) {
				i += n
				continue
			}
		case '-':
			if inner && isWordRuneAt(s, i+1) && joinsHyphen(s, p, i, e) {
				i++
				continue
			}
		}
		z.piece(p, i)
		k := runEnd(s, i, e, r)
		z.emit(i, k)
		i, p = k, k
	}
	z.piece(p, e)
}

// isContractionChunk reports whether s (what follows a leading
// apostrophe) makes the apostrophe part of a clitic token, as in a
// detached "'s" or "'re", possibly followed by punctuation.
func isContractionChunk(s string) bool {
	i := 0
	for i < len(s) && isLetterByte(s[i]) {
		i++
	}
	if i == 0 || (i < len(s) && isWordRuneAt(s, i)) {
		return false
	}
	return isClitic(s[:i])
}

// hyphenPrefixes are the prefixes after which UD English keeps a hyphen
// inside the word ("e-mail", "non-violent", "co-founder").
var hyphenPrefixes = []string{
	"e", "non", "mis", "mid", "anti", "pre", "re", "post", "over", "co", "multi", "pro", "ex", "semi",
	"sub", "cross", "neo", "counter", "psycho", "intra", "micro", "inter", "un", "de", "bi", "tri",
	"extra", "ultra", "macro", "mega", "pseudo", "quasi", "trans", "hyper", "vice",
}

// joinsHyphen reports whether the hyphen at s[h] stays inside the word
// that starts at p (the piece ends at or before e).
func joinsHyphen(s string, p, h, e int) bool {
	seg := p
	if k := strings.LastIndexByte(s[p:h], '-'); k >= 0 {
		seg = p + k + 1
	}
	left := s[seg:h]
	for _, pre := range hyphenPrefixes {
		if strings.EqualFold(left, pre) {
			return true
		}
	}
	return isPhoneNumber(s, p, e)
}

// isPhoneNumber reports whether the piece starting at p is digit groups
// joined by hyphens shaped like a phone number or ZIP+4 code (713-853-3989,
// 853-3989, 77002-1234), which UD English keeps as one token, unlike
// ranges such as 1990-1995 or 3-2.
func isPhoneNumber(s string, p, e int) bool {
	groups, first, last := 0, 0, 0
	i := p
	for {
		j := i
		for j < e && isDigitByte(s[j]) {
			j++
		}
		if j == i {
			return false
		}
		if groups == 0 {
			first = j - i
		}
		last = j - i
		groups++
		if groups > 4 {
			return false // no phone number has more groups; also bounds the scan
		}
		if j < e && s[j] == '-' && j+1 < e && isDigitByte(s[j+1]) {
			i = j + 1
			continue
		}
		if j < e && isWordRuneAt(s, j) {
			return false
		}
		break
	}
	return groups >= 2 && last == 4 && first != 4
}

// keepsPeriod reports whether the period at s[dot] belongs to the word
// s[a:dot]: an initial ("M."), an abbreviation with inner periods
// ("U.S.", "e.g.", "Ph.D.") or a known abbreviation ("Gen.", "Aug.").
// "No." keeps its period only before a number. b is the chunk end, for
// that lookahead.
func (z *tokenizer) keepsPeriod(a, dot, b int) bool {
	s := z.text
	// Only the part after the last hyphen or slash counts ("ex-Gen."); no
	// abbreviation is longer than maxAbbrev, which also bounds the scan.
	const maxAbbrev = 24
	k := dot - 1
	for k >= a && dot-k <= maxAbbrev+1 && s[k] != '-' && s[k] != '/' {
		k--
	}
	if k >= a && s[k] != '-' && s[k] != '/' {
		return false
	}
	w := s[k+1 : dot]
	if w == "" {
		return false
	}
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsLetter(r) {
		return true
	}
	if isDottedAbbrev(w) {
		return true
	}
	kind, ok := abbreviations[w]
	if !ok {
		return false
	}
	if kind == abbrNumber {
		return dot+1 == b && nextIsDigit(s, b)
	}
	return true
}

// isDottedAbbrev reports whether w is letters in short groups separated
// by periods ("U.S", "e.g", "Ph.D"), unlike a domain name ("google.com").
func isDottedAbbrev(w string) bool {
	groups, n := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case isLetterByte(c):
			n++
			if n > 2 && !(groups > 0 && n == 3) {
				return false
			}
		case c == '.' && n > 0:
			groups++
			n = 0
		default:
			return false
		}
	}
	return groups > 0 && n > 0
}

// nextIsDigit reports whether the first non-blank byte at or after i is a digit.
func nextIsDigit(s string, i int) bool {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i < len(s) && isDigitByte(s[i])
}

// isURL reports whether s starts like a URL or looks like an e-mail address.
func isURL(s string) bool {
	if hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "ftp://") ||
		hasPrefixFold(s, "www.") || hasPrefixFold(s, "mailto:") {
		return len(s) > 7
	}
	at := strings.IndexByte(s, '@')
	if at <= 0 || !(isAlnumAt(s, at-1) || s[at-1] == '.') {
		return false
	}
	dot := strings.LastIndexByte(s, '.')
	return dot > at+1 && dot+1 < len(s) && isLetterAt(s, dot+1)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// isURLTrailer reports whether r, at the end of a URL, is punctuation of
// the sentence rather than part of the address.
func isURLTrailer(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '"', '\'', '”', '’', '>', '»':
		return true
	}
	return false
}

// runEnd returns the end of the run of rune r starting at i (before e).
func runEnd(s string, i, e int, r rune) int {
	_, n := decodeAt(s, i)
	k := i + n
	for k < e {
		r2, n2 := decodeAt(s, k)
		if r2 != r {
			break
		}
		k += n2
	}
	return k
}

// runStart returns the start of the run of rune r that ends with the rune
// at st, not going before a.
func runStart(s string, a, st int, r rune) int {
	k := st
	for k > a {
		r2, n2 := utf8.DecodeLastRuneInString(s[a:k])
		if r2 != r {
			break
		}
		k -= n2
	}
	return k
}
