package nlp

import "strings"

// A wire story's first sentence opens with its dateline: "WASHINGTON
// (Reuters) - The United States imposed …", "MOSCOW, Sept 3 (Reuters) -",
// "(AP) —". The treebank has few of them, so the tagger and parser read
// the city as the subject or the story's subject as an apposition, by
// chance of the model. The pipeline therefore annotates the words after
// the dateline as a sentence of their own and hangs the dateline from
// their root (as "dep": it names where and who reported, no argument).

// datelineEnd returns the number of tokens that open toks as a dateline,
// 0 if none: capitalised place words in capitals ("NEW DELHI"), maybe a
// comma and a date ("Sept 3"), then an agency in brackets, then a dash.
// Without brackets, only a place and a date before the dash count
// ("PARIS, March 3 -"): "NATO - the alliance …" is no dateline.
func datelineEnd(toks []Token) int {
	i := 0
	for i < len(toks) && allCaps(toks[i].Form) {
		i++
	}
	place := i > 0
	dated := false
	if place && i+2 < len(toks) && toks[i].Form == "," && monthWord(toks[i+1].Form) && dayNumber(toks[i+2].Form) {
		i, dated = i+3, true
	}
	agency := false
	if i < len(toks) && toks[i].Form == "(" {
		j := i + 1
		for j < len(toks) && j-i <= 4 && toks[j].Form != ")" && startsUpper(toks[j].Form) {
			j++
		}
		if j == i+1 || j >= len(toks) || toks[j].Form != ")" {
			return 0
		}
		i, agency = j+1, true
	}
	if !agency && !(place && dated) {
		return 0
	}
	if i >= len(toks) || !isDash(toks[i].Form) || len(toks)-i-1 < 3 {
		return 0
	}
	return i + 1
}

// annotateDateline tags the n dateline tokens of toks and hangs them from
// root (a 1-based index): the first word of the place, or the agency when
// there is no place, from the root; the rest from that word.
func annotateDateline(toks []Token, n, root int) {
	for k := 0; k < n; k++ {
		t := &toks[k]
		t.Lemma = t.Form
		switch f := t.Form; {
		case f == "(":
			t.UPOS, t.XPOS, t.Rel = "PUNCT", "-LRB-", "punct"
		case f == ")":
			t.UPOS, t.XPOS, t.Rel = "PUNCT", "-RRB-", "punct"
		case f == ",":
			t.UPOS, t.XPOS, t.Rel = "PUNCT", ",", "punct"
		case isDash(f):
			t.UPOS, t.XPOS, t.Rel = "PUNCT", ":", "punct"
		case dayNumber(f):
			t.UPOS, t.XPOS, t.Rel = "NUM", "CD", "nummod"
		default:
			t.UPOS, t.XPOS, t.Rel = "PROPN", "NNP", "flat"
		}
	}
	first := 0
	if toks[0].Form == "(" {
		first = 1
	}
	toks[first].Head, toks[first].Rel = root, "dep"
	for k := 0; k < n; k++ {
		if k != first {
			toks[k].Head = first + 1
		}
	}
}

func allCaps(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z':
			letters++
		case c == '.' || c == '-' || c == '\'':
		default:
			return false
		}
	}
	return letters >= 2
}

// dayNumber reports whether s is a day of the month as written in a
// dateline: one or two digits.
func dayNumber(s string) bool { return len(s) <= 2 && isDigits(s) }

func isDash(s string) bool { return s == "-" || s == "--" || s == "—" || s == "–" }

// monthWord reports whether s names a month, in full or abbreviated
// ("Sept", "Sept.", "September").
func monthWord(s string) bool {
	s = strings.TrimSuffix(strings.ToLower(s), ".")
	if len(s) < 3 {
		return false
	}
	for _, m := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if strings.HasPrefix(m, s) {
			return true
		}
	}
	return false
}
