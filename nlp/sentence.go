package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Split tokenizes text and groups the tokens into sentences. Each
// Sentence's Start and End are byte offsets into text: its first token's
// Start and its last token's End.
//
// A sentence ends at a full stop, question or exclamation mark (with the
// closing quotes and brackets that follow it: `"We will go," he said.` is
// one sentence, `"Go!" he said.` too), at a blank line, and at a line break
// that starts a new paragraph, list item or follows a headline. A
// dateline ("WASHINGTON (Reuters) -") does not end a sentence.
// Abbreviations ("Gen.", "U.S.", "J.") end one only when the next word
// cannot continue it ("... in the U.S. The ..."); the period is then split
// off into a token of its own, as in UD English, so Split may return one
// token more than Tokenize for such a sentence.
func Split(text string) []Sentence {
	toks := Tokenize(text)
	if len(toks) == 0 {
		return nil
	}
	type cut struct {
		last  int  // index of the sentence's last token
		split bool // split the final period off that token
	}
	var cuts []cut
	splits := 0
	for i := 0; i < len(toks)-1; i++ {
		last, split, ok := sentenceEnd(text, toks, i)
		if !ok {
			continue
		}
		cuts = append(cuts, cut{last, split})
		if split {
			splits++
		}
		i = last
	}
	if len(cuts) == 0 || cuts[len(cuts)-1].last != len(toks)-1 {
		cuts = append(cuts, cut{last: len(toks) - 1})
	}
	// One backing array for all sentences' tokens.
	all := make([]Token, 0, len(toks)+splits)
	sents := make([]Sentence, 0, len(cuts))
	first := 0
	for _, c := range cuts {
		from := len(all)
		all = append(all, toks[first:c.last+1]...)
		if c.split {
			t := &all[len(all)-1]
			dot := Token{Start: t.End - 1, End: t.End, Form: "."}
			t.End--
			t.Form = t.Form[:len(t.Form)-1]
			all = append(all, dot)
		}
		ts := all[from:len(all):len(all)]
		sents = append(sents, Sentence{Start: ts[0].Start, End: ts[len(ts)-1].End, Tokens: ts})
		first = c.last + 1
	}
	return sents
}

// sentenceEnd decides whether a sentence ends with token i or with the
// closing quotes and brackets right after it (i < len(toks)-1). It returns
// the index of the sentence's last token, and whether that token is an
// abbreviation whose period must become a token of its own.
func sentenceEnd(text string, toks []Token, i int) (last int, split, ok bool) {
	t := toks[i]
	gap := text[t.End:toks[i+1].Start]
	if isBlankLine(gap) {
		return i, isAbbreviationToken(t.Form) && abbreviations[t.Form[:len(t.Form)-1]] != abbrTitle, true
	}
	switch {
	case isTerminal(t.Form) && !(t.Form == "." && i > 0 && isListNumber(text, toks, i-1)):
		j := i
		for j+1 < len(toks) && isCloser(text, toks, j+1) {
			j++
		}
		if j+1 == len(toks) {
			return j, false, true
		}
		if continuesAfterTerminal(t.Form, j > i, text[toks[j].End:toks[j+1].Start], toks[j+1].Form) {
			return 0, false, false
		}
		return j, false, true
	case isAbbreviationToken(t.Form):
		body := t.Form[:len(t.Form)-1]
		if abbreviations[body] == abbrTitle || abbreviations[body] == abbrNumber {
			return 0, false, false
		}
		if startsSentence(toks[i+1].Form) {
			return i, true, true
		}
		return 0, false, false
	}
	if emoticonLen(t.Form) == len(t.Form) && startsUpper(toks[i+1].Form) {
		return i, false, true // "we love it :) Now ..."
	}
	if strings.ContainsRune(gap, '\n') && lineBreakEnds(text, toks, i, gap) {
		return i, false, true
	}
	return 0, false, false
}

// continuesAfterTerminal reports whether the sentence goes on after the
// terminal punctuation term (followed by a closing quote or bracket when
// closed), given the gap and the next token: `"Go!" he said`, "wait...
// what", "Yahoo!, Google". A lower-case word after a bare full stop, "?"
// or "!" starts a sentence: careless writing omits capitals, and
// abbreviations never get here.
func continuesAfterTerminal(term string, closed bool, gap, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if strings.ContainsRune(gap, '\n') {
		// A title such as "Why?" may end a wrapped line.
		return unicode.IsLower(r) && !strings.HasSuffix(term, ".")
	}
	switch {
	case r == ',' || r == ';' || r == ':' || r == ')' || r == ']' || r == '-' && next == "-":
		return true
	case isEllipsis(term):
		return !(unicode.IsUpper(r) || isOpening(r) || unicode.IsDigit(r))
	case unicode.IsLower(r):
		return closed
	}
	return false
}

// lineBreakEnds decides whether a single line break after token i (with no
// final punctuation) ends a sentence: before a bullet or numbered list
// item, before an indented line, or after a headline.
func lineBreakEnds(text string, toks []Token, i int, gap string) bool {
	t, next := toks[i], toks[i+1]
	if isBullet(next.Form) || isListNumber(text, toks, i+1) {
		return true
	}
	if continuesLine(t.Form) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next.Form)
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || isOpening(r)) {
		return false
	}
	nl := strings.LastIndexByte(gap, '\n')
	if nl+1 < len(gap) { // the next line is indented
		return true
	}
	lineStart := strings.LastIndexByte(text[:t.End], '\n') + 1
	return t.End-lineStart < 60 && isTitleLine(text[lineStart:t.End])
}

// isTitleLine reports whether line reads like a headline: every word of
// four letters or more starts with a capital ("Rebels Seize Town in
// North"). A short wrapped line of running text ("Group Inc said Piedmont
// Aviation") does not.
func isTitleLine(line string) bool {
	for _, w := range strings.Fields(line) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && utf8.RuneCountInString(w) >= 4 {
			return false
		}
	}
	return true
}

// isBlankLine reports whether the whitespace gap holds an empty line.
func isBlankLine(gap string) bool {
	first := strings.IndexByte(gap, '\n')
	if first < 0 {
		return false
	}
	rest := gap[first+1:]
	if strings.IndexByte(rest, '\n') >= 0 {
		return true
	}
	// Old Mac line ends, and "\r\n\r\n".
	return strings.Count(gap, "\r") >= 2 && !strings.Contains(gap, "\r\n") ||
		strings.Count(gap, "\r\n") >= 2
}

// isTerminal reports whether form is sentence-final punctuation: runs of
// ".", "!", "?" and ellipses.
func isTerminal(form string) bool {
	for _, r := range form {
		if r != '.' && r != '!' && r != '?' && r != '…' {
			return false
		}
	}
	return form != ""
}

func isEllipsis(form string) bool {
	return strings.HasPrefix(form, "..") || strings.HasPrefix(form, "…")
}

// isCloser reports whether token k closes what precedes it: a closing
// bracket or curly quote, or a straight quote written against the
// previous token or followed by a space (a straight quote after a space
// and against the next word opens the next sentence).
func isCloser(text string, toks []Token, k int) bool {
	f := toks[k].Form
	if strings.ContainsRune(text[toks[k-1].End:toks[k].Start], '\n') {
		return false
	}
	switch f {
	case ")", "]", "}", "”", "’", "»", "''", "’’", "”’":
		return true
	case "\"", "'":
		// Against the previous token, or apart from the next one.
		return toks[k].Start == toks[k-1].End || k+1 == len(toks) || toks[k+1].Start > toks[k].End
	}
	return false
}

// isAbbreviationToken reports whether form is a word that kept its
// period: "U.S.", "Gen.", "J.".
func isAbbreviationToken(form string) bool {
	return len(form) > 1 && form[len(form)-1] == '.' && form[len(form)-2] != '.'
}

// startsSentence reports whether form is a word that, capitalised,
// usually starts a sentence: after "U.S." it means a new sentence
// ("... in the U.S. The ..."), whereas a name continues it ("U.S. Army").
func startsSentence(form string) bool {
	_, ok := sentenceStarters[form]
	return ok
}

func startsUpper(form string) bool {
	r, _ := utf8.DecodeRuneInString(form)
	return unicode.IsUpper(r)
}

var sentenceStarters = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(`The A An He She It They We I You This That These Those There
		Their His Her Its Our My Your But And Or So Yet In On At For From With By As If When While
		After Before Although Though Because Since However Meanwhile Also Still Then Now Some Many
		Most All Both Each Other Another Not Only What Who Why How Where Which Many Such Last Next
		During Under Despite Thus Instead Earlier Later Police Officials Asked Please Thanks`) {
		m[w] = struct{}{}
	}
	return m
}()

// continuesLine reports whether a line ending with form goes on in the
// next line: a comma, a dash as in a dateline, a colon, an opening bracket.
func continuesLine(form string) bool {
	switch form {
	case ",", ";", ":", "-", "--", "—", "–", "(", "[", "&", "/":
		return true
	}
	return false
}

func isBullet(form string) bool {
	switch form {
	case "•", "*", "-", "–", "—", "·", "▪", "‣", "◦", "o":
		return true
	}
	return false
}

// isListNumber reports whether token k starts a numbered list item: "1."
// or "2)" or "(a)" at the start of a line.
func isListNumber(text string, toks []Token, k int) bool {
	f := toks[k].Form
	if k > 0 && !strings.ContainsRune(text[toks[k-1].End:toks[k].Start], '\n') {
		return false
	}
	if len(f) > 3 || len(f) == 0 || !(isDigitByte(f[0]) || len(f) == 1 && isLetterByte(f[0])) {
		return false
	}
	if k+1 >= len(toks) {
		return false
	}
	p := toks[k+1].Form
	return (p == "." || p == ")") && toks[k+1].Start == toks[k].End
}
