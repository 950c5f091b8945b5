package when

import (
	"strings"
	"time"
)

// class is what a word contributes to a time expression.
type class uint8

const (
	cNone      class = iota
	cMonth           // "September", "Sept", "Sept." (value: month)
	cWeekday         // "Wednesday", "Wed." (value: weekday)
	cDeictic         // "today", "yesterday", "tomorrow", "tonight" (value: day offset)
	cUnit            // "day(s)", "week(s)", "month(s)", "year(s)", "decade(s)", "weekend"
	cPartOfDay       // "morning", "afternoon", "evening", "night"
	cSeason          // "spring", "summer", "autumn", "fall", "winter" (value: first month)
	cHoliday         // the first word of a holiday's name
	cAgo             // "ago"
	cRel             // "last", "next", "this", "previous" (value: relation)
	cNumber          // "a", "one" … "twenty" (value: the number)
	cBoundary        // "end", "beginning", "start" (value: which)
)

// unit is a calendar span named by a word.
type unit uint8

const (
	uDay unit = iota + 1
	uWeek
	uWeekend
	uMonth
	uYear
	uDecade
)

// Relations named by modifiers: rel on an expression.
const (
	relNone = iota // plain: the tense decides
	relLast        // "last": the latest one before the current period
	relThis        // "this": the current period
	relNext        // "next": the first one after the current period
)

// entry is a word's class and value.
type entry struct {
	c class
	v int
}

// abbrev marks month and weekday abbreviations, which count only next to
// a day or year ("Sept 3"), never alone ("Jan" is also a name).
const abbrev = 100

// lexicon maps lowercased words (apostrophes as ASCII ') to their class.
// Only anchor words are here: a time expression is looked for around a
// token only when its word is in this table or the token starts with a
// digit, which keeps Find cheap on sentences without dates.
var lexicon = map[string]entry{}

func init() {
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sept", "sep"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, names := range months {
		lexicon[names[0]] = entry{cMonth, i + 1}
		for _, a := range names[1:] {
			lexicon[a] = entry{cMonth, abbrev + i + 1}
			lexicon[a+"."] = entry{cMonth, abbrev + i + 1}
		}
	}
	days := [][]string{
		{"sunday", "sun"}, {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
		{"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"},
	}
	for i, names := range days {
		lexicon[names[0]] = entry{cWeekday, i}
		for _, a := range names[1:] {
			// Bare "Sun", "Sat", "Wed" are words; only "Wed." is a weekday.
			lexicon[a+"."] = entry{cWeekday, abbrev + i}
		}
	}
	for w, off := range map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1} {
		lexicon[w] = entry{cDeictic, off}
	}
	for w, u := range map[string]unit{
		"day": uDay, "days": uDay, "week": uWeek, "weeks": uWeek, "weekend": uWeekend,
		"month": uMonth, "months": uMonth, "year": uYear, "years": uYear,
		"decade": uDecade, "decades": uDecade,
	} {
		lexicon[w] = entry{cUnit, int(u)}
	}
	for _, w := range []string{"morning", "afternoon", "evening", "night"} {
		lexicon[w] = entry{cPartOfDay, 0}
	}
	for w, m := range map[string]int{"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12} {
		lexicon[w] = entry{cSeason, m}
	}
	for i, h := range holidays {
		if _, ok := lexicon[h.words[0]]; !ok {
			lexicon[h.words[0]] = entry{cHoliday, i}
		}
	}
	lexicon["ago"] = entry{cAgo, 0}
	for w, r := range map[string]int{"last": relLast, "past": relLast, "previous": relLast, "this": relThis, "next": relNext, "coming": relNext} {
		lexicon[w] = entry{cRel, r}
	}
	for i, w := range []string{"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"} {
		n := i
		if i == 0 {
			n = 1
		}
		lexicon[w] = entry{cNumber, n}
	}
	lexicon["an"] = entry{cNumber, 1}
	lexicon["thirty"] = entry{cNumber, 30}
	lexicon["forty"] = entry{cNumber, 40}
	lexicon["fifty"] = entry{cNumber, 50}
	lexicon["hundred"] = entry{cNumber, 100}
	lexicon["end"] = entry{cBoundary, boundEnd}
	lexicon["beginning"] = entry{cBoundary, boundStart}
	lexicon["start"] = entry{cBoundary, boundStart}
}

// Boundaries of a period: "the end of this year" → December.
const (
	boundNone = iota
	boundStart
	boundEnd
)

// isTrigger reports whether a word's class can anchor an expression on
// its own (modifiers and numbers only extend one).
func (e entry) isTrigger() bool {
	switch e.c {
	case cMonth, cWeekday, cDeictic, cUnit, cPartOfDay, cSeason, cHoliday, cAgo:
		return true
	}
	return false
}

// lower writes w lowercased (ASCII) into buf, with the typographic
// apostrophe ’ as ', and returns the bytes; nil when w does not fit or
// has other non-ASCII letters (no word of the lexicon does).
func lower(buf []byte, w string) []byte {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			if i+2 < len(w) && c == 0xE2 && w[i+1] == 0x80 && w[i+2] == 0x99 {
				c = '\''
				i += 2
			} else {
				return nil
			}
		}
		if n == len(buf) {
			return nil
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return buf[:n]
}

// lookup returns the lexicon entry of a token's form.
func lookup(form string) entry {
	var buf [16]byte
	b := lower(buf[:], form)
	if b == nil {
		return entry{}
	}
	return lexicon[string(b)]
}

// is reports whether form is one of words, ignoring case.
func is(form string, words ...string) bool {
	for _, w := range words {
		if strings.EqualFold(form, w) {
			return true
		}
	}
	return false
}

// isPossessive reports whether form is the clitic 's (or ’s, or a bare
// apostrophe after a plural).
func isPossessive(form string) bool {
	switch form {
	case "'s", "’s", "'S", "’S", "'", "’":
		return true
	}
	return false
}

// isUpper reports whether a word starts with a capital letter (names of
// months, days and holidays are capitalised in English).
func isUpper(form string) bool {
	return form != "" && 'A' <= form[0] && form[0] <= 'Z'
}

// weekdayOf turns a lexicon value into a weekday.
func weekdayOf(v int) time.Weekday { return time.Weekday(v % abbrev) }
