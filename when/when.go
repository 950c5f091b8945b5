// Package when finds the time expressions of news sentences ("on
// Wednesday", "Sept. 3", "two days ago", "by the end of this year",
// "Christmas Day") and resolves them against the report's date, so that
// each event gets the date it happened (or is planned for) rather than
// the day it was published.
//
// Resolution rules, in short (ref is the publication or dateline day):
//   - Weekdays, months without a year, days without a month and holidays
//     are the latest on or before ref; in the future tense ("will meet on
//     Wednesday") the first on or after it. "last"/"next" always look
//     strictly before/after ("last Friday", "next March").
//   - "last week"/"this week"/"next week" name no day: they resolve to
//     the month holding most of the week's days, with month precision
//     (the event record has no week precision); a weekend to its
//     Saturday. Months and "last month" have month
//     precision; years, "earlier this year" and "N years ago" year
//     precision; "the end of this year" is December (month precision).
//   - Seasons are meteorological, northern hemisphere: spring from 1
//     March, summer 1 June, autumn 1 September, winter 1 December (a
//     winter belongs to its December's year); month precision.
//   - Holidays use fixed or computed dates (Easter by the Gregorian
//     computus); US dates where countries differ (Thanksgiving, Labor
//     Day); Independence Day by the country named before it, the US's
//     4 July when none is named, and no date for a country not listed.
//   - Numeric dates are read only year first ("2021-09-03"): "03/09/2021"
//     means different days in the US and elsewhere, so it is left alone.
//   - Narrative-relative words ("the day before", "a year earlier") are
//     not resolved: their anchor is another event, not the report.
package when

import (
	"time"

	"github.com/annalist/annalist/nlp"
)

// Date is a resolved time expression.
type Date struct {
	Day        time.Time // midnight UTC; the first day of the month or year for coarser precisions
	Precision  string    // Day, Month or Year
	Text       string    // the words that gave the date, as written
	Start, End int       // byte offsets of Text in the document's text
	Future     bool      // the date lies after the reference day (a plan, a schedule)
}

// Find lists the time expressions in a sentence (tokens of the doc,
// whose offsets point into text), resolved against ref. The tense that
// decides plain weekdays and months is guessed from the nearest verb
// marker ("will", "is due to", a past-tense verb); Annotate reads it from
// the parse instead. Expressions that cannot be placed (relative ones
// when ref is zero) are left out.
func Find(text string, toks []nlp.Token, ref time.Time) []Date {
	var buf [8]expr
	xs := scan(text, toks, buf[:0])
	if len(xs) == 0 {
		return nil
	}
	out := make([]Date, 0, len(xs))
	for _, x := range xs {
		if d, ok := place(text, toks, x, ref, futureNear(toks, x.i, x.j) || takesEffect(toks, x)); ok {
			out = append(out, d)
		}
	}
	return out
}

// place resolves x into a Date that carries its words.
func place(text string, toks []nlp.Token, x expr, ref time.Time, future bool) (Date, bool) {
	day, prec, ok := resolve(x, ref, future)
	if !ok {
		return Date{}, false
	}
	start, end := toks[x.i].Start, toks[x.j-1].End
	d := Date{Day: day, Precision: prec, Text: text[start:end], Start: start, End: end}
	if !ref.IsZero() {
		d.Future = after(day, prec, ref)
		if x.kind == kRelUnit && x.unit == uWeek {
			// A week resolves to its month, which may hold the report's
			// day: "next week" is ahead all the same.
			d.Future = x.rel == relNext || x.dir > 0
		}
	}
	return d, true
}

// after reports whether a date of the given precision lies wholly after
// ref's day.
func after(day time.Time, prec string, ref time.Time) bool {
	switch prec {
	case Year:
		return day.Year() > ref.Year()
	case Month:
		return day.Year() > ref.Year() || day.Year() == ref.Year() && day.Month() > ref.Month()
	}
	return day.After(date(ref.Year(), ref.Month(), ref.Day()))
}

// takesEffect reports whether x is a date without its year written
// after "effective" ("resigned effective July 31", "effective from June
// 1"): what takes effect on it does so next. Weekdays keep the tense's
// reading ("resigned effective Monday" may be the Monday just gone).
func takesEffect(toks []nlp.Token, x expr) bool {
	if x.kind != kDate || x.year != 0 || x.day == 0 {
		return false
	}
	k := x.i - 1
	if k >= 0 && is(toks[k].Form, "on", "from") {
		k--
	}
	return k >= 0 && is(toks[k].Form, "effective")
}

// futureNear guesses the tense around tokens [i, j) without a parse: a
// date right after "is" or "are" ("the deadline is October 31") is
// ahead; otherwise the nearer of a future marker ("will", "shall",
// "'ll", "would", "going to", "is to", "scheduled", "due to visit",
// "expected to", "plans to") and a past one (a past-tense tag, or
// "said", "was", "were", "had", "did") decides; the search stops at a
// semicolon.
func futureNear(toks []nlp.Token, i, j int) bool {
	// "The deadline is October 31", "the vote is on Sunday": a date
	// predicated in the present tense is ahead.
	if k := i - 1; k >= 0 && is(toks[k].Form, "on", "in", "for") {
		if k--; k >= 0 && is(toks[k].Form, "is", "are") {
			return true
		}
	} else if k >= 0 && is(toks[k].Form, "is", "are") {
		return true
	}
	const far = 1 << 30
	fut, past := far, far
	for k := i - 1; k >= 0 && i-k < 12 && toks[k].Form != ";"; k-- {
		if fut == far && isFutureMarker(toks, k) {
			fut = i - k
		}
		if past == far && isPastMarker(toks[k]) {
			past = i - k
		}
	}
	for k := j; k < len(toks) && k-j < 12 && toks[k].Form != ";"; k++ {
		if d := k - j + 1; d < fut && isFutureMarker(toks, k) {
			fut = d
		}
		if d := k - j + 1; d < past && isPastMarker(toks[k]) {
			past = d
		}
	}
	return fut < far && fut <= past
}

// Tense markers, by word (lowercased).
const (
	mFuture = 1 << iota // "will", "scheduled"
	mPlanTo             // future before "to": "expected to", "plans to"
	mBeTo               // future before "to": "is to visit"
	mDue                // "due to visit", "is due out"
	mBe                 // "is", "was" …: before "due"
	mPast               // "said", "was" …
)

var markers = map[string]uint8{
	"will": mFuture, "shall": mFuture, "'ll": mFuture, "would": mFuture, "wo": mFuture,
	"upcoming": mFuture, "scheduled": mFuture, "slated": mFuture,
	"going": mPlanTo, "expected": mPlanTo, "set": mPlanTo, "plans": mPlanTo, "planned": mPlanTo,
	"plan": mPlanTo, "intends": mPlanTo, "hopes": mPlanTo, "aims": mPlanTo, "poised": mPlanTo,
	"forecast": mPlanTo, "likely": mPlanTo, "projected": mPlanTo,
	"due": mDue, "is": mBeTo | mBe, "are": mBeTo | mBe, "was": mBe | mPast, "were": mBe | mPast, "be": mBe,
	"said": mPast, "had": mPast, "did": mPast, "told": mPast, "added": mPast, "to": 0,
}

// marker returns the tense markers of a token's word.
func marker(toks []nlp.Token, k int) uint8 {
	if k < 0 || k >= len(toks) || len(toks[k].Form) > 9 {
		return 0
	}
	var buf [16]byte
	return markers[string(lower(buf[:], toks[k].Form))]
}

// isTo reports whether token k is "to".
func isTo(toks []nlp.Token, k int) bool {
	return k < len(toks) && is(toks[k].Form, "to")
}

// isFutureMarker reports whether token k marks the future tense or a
// plan.
func isFutureMarker(toks []nlp.Token, k int) bool {
	m := marker(toks, k)
	switch {
	case m == 0:
		return false
	case m&mFuture != 0:
		return true
	case m&mDue != 0 && isTo(toks, k+1):
		return k+2 < len(toks) && isInfinitive(toks[k+2]) // "due to visit", not "due to a scandal"
	case m&mDue != 0:
		return marker(toks, k-1)&mBe != 0 // "is due out in May"
	case m&(mPlanTo|mBeTo) != 0:
		return isTo(toks, k+1) // "the minister is to visit" ("was to meet" is a past plan)
	}
	return false
}

// isInfinitive reports whether a token after "to" is a verb: its tag
// says so, or, in untagged text, it is one of the verbs schedules use.
func isInfinitive(t nlp.Token) bool {
	if t.XPOS != "" {
		return t.XPOS == "VB"
	}
	return is(t.Form, "be", "visit", "meet", "arrive", "hold", "take", "begin", "start", "open", "return", "sign",
		"vote", "travel", "attend", "leave", "face", "appear", "make", "give", "announce", "deliver", "end",
		"expire", "come", "go", "hold", "host", "launch", "resume", "testify", "speak", "rule", "decide")
}

// isPastMarker reports whether a token is a past-tense verb.
func isPastMarker(t nlp.Token) bool {
	if t.XPOS == "VBD" {
		return true
	}
	var buf [16]byte
	return len(t.Form) <= 9 && markers[string(lower(buf[:], t.Form))]&mPast != 0
}
