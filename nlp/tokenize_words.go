package nlp

import "strings"

// piece emits the word s[a:b], split into UD English syntactic words
// where the treebank splits it: a contraction or possessive clitic ("do"
// "n't", "John" "'s"), fused forms ("can" "not", "gon" "na", "do" "nt"),
// and a number from its unit ("375" "mm", "7:30" "pm").
func (z *tokenizer) piece(a, b int) {
	if a >= b {
		return
	}
	w := z.text[a:b]
	k := cliticStart(w)
	if k == 0 {
		k = fusedSplit(w)
	}
	if k == 0 {
		k = unitStart(w)
	}
	if k > 0 {
		z.emit(a, a+k)
		z.emit(a+k, b)
		return
	}
	z.emit(a, b)
}

// cliticStart returns the byte offset in w where a trailing clitic starts
// ("n't", "'s", "'re", "'ll", "'ve", "'d", "'m", with straight or curly
// apostrophes, any case), or 0 when there is none. Decades and plurals of
// numbers ("70's") keep their "'s".
func cliticStart(w string) int {
	for _, apos := range [...]string{"'", "’"} {
		nt := len(w) - len(apos) - 2 // start of "n't"
		if nt > 0 && (w[nt] == 'n' || w[nt] == 'N') && w[nt+1:nt+1+len(apos)] == apos &&
			(w[len(w)-1] == 't' || w[len(w)-1] == 'T') {
			return nt
		}
		i := strings.LastIndex(w, apos)
		if i > 0 && isClitic(w[i+len(apos):]) && !isDigits(w[:i]) {
			return i
		}
	}
	return 0
}

func isClitic(s string) bool {
	switch strings.ToLower(s) {
	case "s", "re", "ll", "ve", "d", "m":
		return true
	}
	return false
}

// fusedWords are words written without a space or apostrophe that UD
// English splits into two syntactic words, with the length of the first.
var fusedWords = map[string]int{
	"cannot": 3, "gonna": 3, "gotta": 3, "wanna": 3, "outta": 3, "alot": 1,
	"dont": 2, "didnt": 3, "doesnt": 4, "isnt": 2, "wasnt": 3, "werent": 4, "arent": 3,
	"havent": 4, "hasnt": 3, "hadnt": 3, "couldnt": 5, "wouldnt": 5, "shouldnt": 6,
	"im": 1, "ive": 1, "thats": 4, "theres": 5, "youre": 3, "theyre": 4, "whats": 4,
}

// fusedSplit returns where a fused word splits, or 0.
func fusedSplit(w string) int {
	if len(w) > 8 || len(w) < 2 {
		return 0
	}
	var low [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	return fusedWords[string(low[:len(w)])]
}

// unitStart returns where the unit starts in a number written with its
// unit ("375mm", "7:30pm", "650k"), or 0. Ordinals and decades ("17th",
// "1990s") stay whole.
func unitStart(w string) int {
	i := 0
	for i < len(w) && (isDigitByte(w[i]) || i > 0 && (w[i] == '.' || w[i] == ',' || w[i] == ':')) {
		i++
	}
	if i == 0 || i == len(w) || !isDigitByte(w[i-1]) {
		return 0
	}
	for j := i; j < len(w); j++ {
		if !isLetterByte(w[j]) {
			return 0
		}
	}
	switch u := strings.ToLower(w[i:]); u {
	case "th", "st", "nd", "rd", "s", "d":
		return 0
	case "k", "m", "p", "f", "c", "x":
		return i
	default:
		if len(u) == 1 {
			return 0
		}
		return i
	}
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}
