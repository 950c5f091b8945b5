package when

import (
	"time"

	"github.com/annalist/annalist/nlp"
)

// kind is the shape of a time expression before it is resolved.
type kind uint8

const (
	kDate      kind = iota + 1 // explicit parts: year and/or month and/or day
	kOrdinal                   // "on the 3rd": a day of an unnamed month
	kWeekday                   // "Wednesday", "last Friday"
	kDeictic                   // "today", "yesterday", "last night"
	kRelUnit                   // "last week", "earlier this year"
	kAgo                       // "two days ago"
	kSeason                    // "last summer"
	kHoliday                   // "Christmas Day", "Easter"
	kAnaphoric                 // "the same day", "the next day", "that night": a day told of earlier
)

// expr is a time expression found in a sentence: the tokens [i, j) and
// what they say, not yet placed on the calendar.
type expr struct {
	i, j    int
	kind    kind
	year    int        // kDate, kSeason, kHoliday: 0 when not written
	month   time.Month // kDate: 0 when not written; kSeason: its first month
	day     int        // kDate, kOrdinal: 0 when not written
	weekday time.Weekday
	named   bool // kDate: the weekday is written before the date ("Wednesday, July 31")
	rel     int  // relNone, relLast, relThis, relNext
	unit    unit // kRelUnit, kAgo
	n       int  // kAgo: how many units; kDeictic, kAnaphoric: day offset
	bound   int  // boundStart, boundEnd: "the end of this year"
	dir     int  // -1 "earlier this …", +1 "later this …"
	on      func(year int) (time.Month, int)
}

// scanner walks the tokens of one sentence left to right.
type scanner struct {
	text string
	toks []nlp.Token
	last int // tokens before this index belong to an earlier expression
}

// scan appends the time expressions of a sentence to out.
func scan(text string, toks []nlp.Token, out []expr) []expr {
	s := scanner{text: text, toks: toks}
	for i := 0; i < len(toks); {
		f := toks[i].Form
		if f == "" {
			i++
			continue
		}
		var x expr
		ok := false
		if c := f[0]; '0' <= c && c <= '9' {
			x, ok = s.numeric(i)
		} else if len(f) < 3 || len(f) > 14 {
			// No anchor word is this short or long: skip the table look-up
			// for "a", "of", "in" and the like, the commonest tokens.
		} else if e := lookup(f); e.isTrigger() {
			x, ok = s.word(i, e)
		} else if len(f) > 4 && is(f[:4], "mid-") {
			x, ok = s.mid(i)
		}
		if ok {
			out = append(out, x)
			s.last = x.j
			i = x.j
			continue
		}
		i++
	}
	return out
}

// form returns token k's form, "" outside the sentence or inside an
// earlier expression.
func (s *scanner) form(k int) string {
	if k < s.last || k >= len(s.toks) {
		return ""
	}
	return s.toks[k].Form
}

// number parses a token of digits only.
func number(f string) (int, bool) {
	if f == "" || len(f) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(f); i++ {
		if f[i] < '0' || f[i] > '9' {
			return 0, false
		}
		n = n*10 + int(f[i]-'0')
	}
	return n, true
}

// dayNumber parses "3", "03" or an ordinal "3rd" as a day of the month.
func dayNumber(f string) (int, bool) {
	if n := len(f); n > 2 && (is(f[n-2:], "st", "nd", "rd", "th")) {
		f = f[:n-2]
	}
	if len(f) > 2 {
		return 0, false
	}
	d, ok := number(f)
	return d, ok && d >= 1 && d <= 31
}

// isOrdinal reports whether f is written as an ordinal ("3rd").
func isOrdinal(f string) bool {
	n := len(f)
	return n > 2 && f[0] >= '0' && f[0] <= '9' && is(f[n-2:], "st", "nd", "rd", "th")
}

// yearNumber parses a four-digit year in the range news writes about.
func yearNumber(f string) (int, bool) {
	if len(f) != 4 {
		return 0, false
	}
	y, ok := number(f)
	return y, ok && y >= 1800 && y <= 2199
}

func isDash(f string) bool { return f == "-" || f == "–" || f == "—" }

// dayAt reads a day at token k, with a range after it ("3-4", "3 – 4",
// whose first day is kept). It returns the day and the index after it.
func (s *scanner) dayAt(k int) (int, int, bool) {
	f := s.form(k)
	for p := 1; p < len(f) && p <= 2; p++ {
		if f[p] == '-' { // one token "3-4"
			d, ok := dayNumber(f[:p])
			_, ok2 := dayNumber(f[p+1:])
			if ok && ok2 {
				return d, k + 1, true
			}
			return 0, k, false
		}
	}
	d, ok := dayNumber(f)
	if !ok {
		return 0, k, false
	}
	if isDash(s.form(k + 1)) {
		if _, ok := dayNumber(s.form(k + 2)); ok {
			return d, k + 3, true
		}
	}
	return d, k + 1, true
}

// numeric reads an expression that starts with a digit: an ISO date
// ("2021-09-03"), a year after a preposition ("in 2019"), or "on the 3rd".
func (s *scanner) numeric(i int) (expr, bool) {
	if x, ok := s.iso(i); ok {
		return x, true
	}
	f := s.toks[i].Form
	if y, ok := yearNumber(f); ok {
		start, bound, ok := s.modifiers(i)
		if !ok && !is(s.form(i-1), "in", "since", "during", "until", "by", "before", "after", "from", "through", "throughout", "of") {
			return expr{}, false
		}
		return expr{i: start, j: i + 1, kind: kDate, year: y, bound: bound}, true
	}
	if isOrdinal(f) {
		d, _ := dayNumber(f)
		if d == 0 {
			return expr{}, false
		}
		// "the 3rd of May (2021)"
		if is(s.form(i+1), "of") {
			if e := lookup(s.form(i + 2)); e.c == cMonth && isUpper(s.form(i+2)) {
				x := expr{i: i, j: i + 3, kind: kDate, month: time.Month(e.v % abbrev), day: d}
				if is(s.form(i-1), "the") {
					x.i = i - 1
				}
				s.yearAfter(&x)
				return x, validDay(x)
			}
		}
		if is(s.form(i-1), "the") && is(s.form(i-2), "on") {
			return expr{i: i - 1, j: i + 1, kind: kOrdinal, day: d}, true
		}
	}
	return expr{}, false
}

// iso reads "2021-09-03" (or with slashes, year first), whether the
// tokenizer kept it whole or split it at the dashes.
func (s *scanner) iso(i int) (expr, bool) {
	start := s.toks[i].Start
	if start+10 > len(s.text) {
		return expr{}, false
	}
	t := s.text[start : start+10]
	sep := t[4]
	if (sep != '-' && sep != '/') || t[7] != sep {
		return expr{}, false
	}
	y, ok1 := yearNumber(t[:4])
	m, ok2 := number(t[5:7])
	d, ok3 := number(t[8:10])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || len(s.text) > start+10 && isDigit(s.text[start+10]) {
		return expr{}, false
	}
	x := expr{i: i, j: i, kind: kDate, year: y, month: time.Month(m), day: d}
	for x.j < len(s.toks) && s.toks[x.j].Start < start+10 {
		x.j++
	}
	return x, validDay(x)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// validDay checks a written day against its month (and year, if known).
func validDay(x expr) bool {
	if x.day == 0 {
		return true
	}
	y := x.year
	if y == 0 {
		y = 2024 // a leap year: 29 February is valid when the year is unknown
	}
	return x.month >= 1 && x.month <= 12 && x.day <= daysIn(y, x.month)
}

// yearAfter extends x with a year written after it: "3 September 2021",
// "September 3, 2021".
func (s *scanner) yearAfter(x *expr) {
	k := x.j
	if s.form(k) == "," || x.day == 0 && is(s.form(k), "of") { // "March of 2016"
		k++
	}
	if y, ok := yearNumber(s.form(k)); ok {
		x.year, x.j = y, k+1
	}
}

// modifiers reads what stands before an expression starting at token i
// and moves the start over it: "early", "mid", "late", "the end of",
// "the beginning of". ok is false when there is none.
func (s *scanner) modifiers(i int) (start, bound int, ok bool) {
	start = i
	switch f := s.form(i - 1); {
	case is(f, "early", "mid", "late", "mid-"):
		start = i - 1
		ok = true
	case is(f, "of"):
		if e := lookup(s.form(i - 2)); e.c == cBoundary {
			start, bound, ok = i-2, e.v, true
			if is(s.form(i-3), "the") {
				start = i - 3
			}
		}
	}
	return start, bound, ok
}

// word reads an expression anchored on a lexicon word at token i.
func (s *scanner) word(i int, e entry) (expr, bool) {
	f := s.toks[i].Form
	switch e.c {
	case cMonth:
		if isUpper(f) {
			return s.month(i, time.Month(e.v%abbrev), e.v > abbrev)
		}
	case cWeekday:
		if isUpper(f) {
			return s.weekday(i, weekdayOf(e.v))
		}
	case cDeictic:
		x := expr{i: i, j: i + 1, kind: kDeictic, n: e.v}
		s.partOfDay(&x)
		return x, true
	case cPartOfDay:
		// "last night", "this morning"; a part of day after a weekday or
		// "yesterday" is read with it.
		if x, ok := s.anaphoric(i); ok {
			return x, true
		}
		switch {
		case is(s.form(i-1), "last") && is(f, "night"):
			return expr{i: i - 1, j: i + 1, kind: kDeictic, n: -1}, true
		case is(s.form(i-1), "this"):
			return expr{i: i - 1, j: i + 1, kind: kDeictic}, true
		}
	case cUnit:
		return s.unit(i, unit(e.v))
	case cSeason:
		return s.season(i, time.Month(e.v))
	case cHoliday:
		if isUpper(f) {
			return s.holiday(i)
		}
	}
	return expr{}, false
}

// month reads an expression around a month name at token i: "Sept. 3",
// "September 3, 2021", "3 September 2021", "Sept 3-4", "the 3rd of May",
// "September 2021", "in March", "last March", "Wednesday, Sept. 3".
func (s *scanner) month(i int, m time.Month, short bool) (expr, bool) {
	x := expr{i: i, j: i + 1, kind: kDate, month: m}
	if d, next, ok := s.dayAt(i + 1); ok {
		if _, isYear := yearNumber(s.form(i + 1)); !isYear {
			x.day, x.j = d, next
		}
	}
	if x.day == 0 {
		// A day before the month: "3 September", "the 3rd of September".
		k := i - 1
		if is(s.form(k), "of") && isOrdinal(s.form(k-1)) {
			k--
		}
		if d, ok := dayNumber(s.form(k)); ok && k >= s.last {
			x.day, x.i = d, k
			if is(s.form(k-1), "the") {
				x.i = k - 1
			}
		}
	}
	s.yearAfter(&x)
	if x.day == 0 && x.year == 0 {
		// A month alone needs a word that makes it a time: "in March",
		// "last March", "early March"; never a bare "May" or "Jan".
		if short {
			return expr{}, false
		}
		switch prev := s.form(i - 1); {
		case is(prev, "last", "this", "next"):
			x.rel = lookup(prev).v
			x.i = i - 1
		case is(prev, "in", "since", "during", "until", "by", "before", "after", "from", "through", "throughout", "of", "early", "mid", "late", "mid-"):
			start, bound, _ := s.modifiers(i)
			x.i, x.bound = start, bound
		default:
			return expr{}, false
		}
		return x, true
	}
	if x.day == 0 {
		start, bound, _ := s.modifiers(i)
		x.i, x.bound = start, bound
	}
	// A weekday before the date is part of it: "Wednesday, Sept. 3".
	k := x.i - 1
	if s.form(k) == "," {
		k--
	}
	if e := lookup(s.form(k)); e.c == cWeekday && isUpper(s.form(k)) {
		x.i, x.weekday, x.named = k, weekdayOf(e.v), true
	}
	return x, validDay(x)
}

// weekday reads "Wednesday", "last Friday", "next Monday", "Monday night".
func (s *scanner) weekday(i int, wd time.Weekday) (expr, bool) {
	// "Wednesday, Sept. 3" and "Wednesday 3 September" belong to the date.
	k := i + 1
	if s.form(k) == "," {
		k++
	}
	if lookup(s.form(k)).c == cMonth && isUpper(s.form(k)) {
		return expr{}, false
	}
	if _, ok := dayNumber(s.form(k)); ok && lookup(s.form(k+1)).c == cMonth {
		return expr{}, false
	}
	x := expr{i: i, j: i + 1, kind: kWeekday, weekday: wd}
	switch prev := s.form(i - 1); {
	case is(prev, "last", "next", "this"):
		x.rel, x.i = lookup(prev).v, i-1
		if is(prev, "last") && is(s.form(i-2), "this") { // "this last Friday"
			x.i = i - 2
		}
	case is(prev, "past", "coming") && is(s.form(i-2), "this"): // "this past Monday", "this coming Friday"
		x.rel, x.i = lookup(prev).v, i-2
	}
	s.partOfDay(&x)
	return x, true
}

// partOfDay extends x over "morning", "night" … after it.
func (s *scanner) partOfDay(x *expr) {
	if lookup(s.form(x.j)).c == cPartOfDay {
		x.j++
	}
}

// unit reads "two days ago", "last week", "next month", "earlier this
// year", "by the end of this year", "end of the year", "this weekend",
// "over the weekend".
func (s *scanner) unit(i int, u unit) (expr, bool) {
	if is(s.form(i+1), "ago") {
		e := lookup(s.form(i - 1))
		n, ok := number(s.form(i - 1))
		switch {
		case e.c == cNumber:
			n, ok = e.v, true
		case ok && (n < 1 || n > 100):
			ok = false
		}
		if !ok {
			return expr{}, false
		}
		return expr{i: i - 1, j: i + 2, kind: kAgo, unit: u, n: n}, true
	}
	if u == uDay && !plural(s.form(i)) {
		return s.anaphoric(i)
	}
	prev := s.form(i - 1)
	x := expr{i: i - 1, j: i + 1, kind: kRelUnit, unit: u}
	switch {
	case is(prev, "last", "next", "this"):
		if u == uDay || u == uDecade || plural(s.form(i)) {
			return expr{}, false
		}
		if is(prev, "last") && is(s.form(i-2), "the") { // "the last year": a span
			return expr{}, false
		}
		x.rel = lookup(prev).v
	case u == uWeekend && is(prev, "the") && is(s.form(i-2), "over", "during", "at", "on"):
		// "over the weekend" is the weekend nearest the report, past or
		// (in the future tense) coming: read like a weekday, as Saturday.
		return expr{i: i - 1, j: i + 1, kind: kWeekday, weekday: time.Saturday}, true
	case is(prev, "the") && is(s.form(i-2), "of") && lookup(s.form(i-3)).c == cBoundary:
		// "the end of the year": this year's end.
		if u != uMonth && u != uYear {
			return expr{}, false
		}
		x.rel = relThis
	default:
		return expr{}, false
	}
	k := x.i - 1
	switch f := s.form(k); {
	case is(f, "earlier"):
		x.i, x.dir = k, -1
	case is(f, "later"):
		x.i, x.dir = k, 1
	case is(f, "early", "late", "mid"):
		x.i = k
	default:
		if start, bound, ok := s.modifiers(x.i); ok {
			x.i, x.bound = start, bound
		}
	}
	return x, true
}

// anaphoric reads a day told of by an earlier date of the article around
// "day" or a part of the day at token i: "the same day", "that day",
// "later that day", "the next day", "the following morning", "the
// previous day", "that night", and "the day before" or "the day after"
// at the end of a clause ("the day after the vote" is another matter).
func (s *scanner) anaphoric(i int) (expr, bool) {
	prev := s.form(i - 1)
	x := expr{i: i - 1, j: i + 1, kind: kAnaphoric}
	switch {
	case is(prev, "that"):
	case is(prev, "same") && is(s.form(i-2), "the"):
		x.i = i - 2
	case is(prev, "next", "following") && is(s.form(i-2), "the"):
		x.i, x.n = i-2, 1
	case is(prev, "previous") && is(s.form(i-2), "the"):
		x.i, x.n = i-2, -1
	case is(prev, "the") && is(s.form(i), "day") && is(s.form(i+1), "before", "after") && clauseEnds(s.form(i+2)):
		x.j, x.n = i+2, 1
		if is(s.form(i+1), "before") {
			x.n = -1
		}
	default:
		return expr{}, false
	}
	if is(s.form(x.i-1), "later", "earlier") {
		x.i--
	}
	return x, true
}

// clauseEnds reports whether a token ends a clause: punctuation, a
// conjunction or the end of the sentence.
func clauseEnds(f string) bool {
	return f == "" || is(f, ",", ".", ";", ":", "and", "but", "—", "–", "-")
}

func plural(f string) bool { return len(f) > 1 && (f[len(f)-1] == 's' || f[len(f)-1] == 'S') }

// season reads "last summer", "this spring", "in the autumn", "summer
// 2019", "the summer of 2019". A season never counts alone ("fall" is
// mostly a verb).
func (s *scanner) season(i int, first time.Month) (expr, bool) {
	x := expr{i: i, j: i + 1, kind: kSeason, month: first}
	k := i + 1
	if is(s.form(k), "of") {
		k++
	}
	if y, ok := yearNumber(s.form(k)); ok {
		x.year, x.j = y, k+1
		if is(s.form(i-1), "the") {
			x.i = i - 1
		}
		return x, true
	}
	prev := s.form(i - 1)
	switch {
	case is(prev, "last", "this", "next"):
		x.rel, x.i = lookup(prev).v, i-1
	case is(prev, "the") && is(s.form(i-2), "in", "during", "over", "through", "throughout"):
		x.i = i - 1
	case is(prev, "in", "during") && !is(s.toks[i].Form, "fall"):
	default:
		return expr{}, false
	}
	if start, bound, ok := s.modifiers(x.i); ok {
		x.i, x.bound = start, bound
	}
	return x, true
}

// holiday reads a named day at token i: "Christmas Day", "New Year's
// Eve", "Easter", "India's Independence Day", "last Christmas",
// "Christmas 2019".
func (s *scanner) holiday(i int) (expr, bool) {
	for _, h := range holidays {
		n := s.matchWords(i, h.words)
		if n == 0 {
			continue
		}
		x := expr{i: i, j: i + n, kind: kHoliday, on: h.date}
		prev := s.form(i - 1)
		if h.words[0] == "new" && is(prev, "lunar", "chinese", "jewish", "islamic", "persian", "orthodox", "tamil", "thai", "iranian") {
			return expr{}, false
		}
		if h.words[0] == "independence" {
			on, start, ok := s.independence(i)
			if !ok {
				return expr{}, false
			}
			x.on, x.i = on, start
		}
		if is(prev, "last", "this", "next") {
			x.rel, x.i = lookup(prev).v, i-1
		}
		if y, ok := yearNumber(s.form(x.j)); ok {
			x.year, x.j = y, x.j+1
		} else if next := s.form(x.j); isUpper(next) && lookup(next).c == cNone {
			return expr{}, false // a name: "Easter Island", "Christmas Island"
		}
		return x, true
	}
	return expr{}, false
}

// matchWords returns how many tokens from i spell words, 0 if they do not.
func (s *scanner) matchWords(i int, words []string) int {
	k := i
	for _, w := range words {
		f := s.form(k)
		if w == "'s" {
			if !isPossessive(f) {
				return 0
			}
		} else if !is(f, w) {
			return 0
		}
		k++
	}
	return k - i
}

// independence finds the country of "X's Independence Day" at token i.
func (s *scanner) independence(i int) (on func(int) (time.Month, int), start int, ok bool) {
	k := i - 1
	if isPossessive(s.form(k)) {
		k--
	}
	country := s.form(k)
	if country == "" || !isUpper(country) || is(country, "on", "in", "at", "by", "for", "since", "during", "before", "after", "the", "last", "this", "next", "of", "and", "until") {
		return fixed(time.July, 4), i, true // none named: the US
	}
	var buf [16]byte
	key := string(lower(buf[:], country))
	if is(country, "Lanka", "Sudan") && k-1 >= s.last && isUpper(s.form(k-1)) {
		key = string(lower(buf[:], s.form(k-1))) + " " + key
	}
	md, known := independence[key]
	if !known {
		return nil, i, false
	}
	return fixed(time.Month(md[0]), md[1]), k, true
}

// mid reads one-token "mid-March" and "mid-2019".
func (s *scanner) mid(i int) (expr, bool) {
	rest := s.toks[i].Form[4:]
	if y, ok := yearNumber(rest); ok {
		return expr{i: i, j: i + 1, kind: kDate, year: y}, true
	}
	if e := lookup(rest); e.c == cMonth && e.v < abbrev && isUpper(rest) {
		x := expr{i: i, j: i + 1, kind: kDate, month: time.Month(e.v)}
		s.yearAfter(&x)
		return x, true
	}
	return expr{}, false
}
