package when

import "time"

// Precisions of a resolved date.
const (
	Day   = "day"
	Month = "month"
	Year  = "year"
)

// resolve places x on the calendar. ref is the reference day (the
// publication or dateline date, at midnight UTC); future says the
// expression was read in the future tense, which decides plain weekdays,
// months, days and holidays: "on Wednesday" is the latest Wednesday on
// or before ref, "will meet on Wednesday" the first on or after it.
// ok is false when the expression cannot be placed (a relative
// expression without a reference day).
func resolve(x expr, ref time.Time, future bool) (day time.Time, precision string, ok bool) {
	if ref.IsZero() && !(x.kind == kDate && x.year != 0) {
		return time.Time{}, "", false
	}
	ref = date(ref.Year(), ref.Month(), ref.Day())
	if x.dir != 0 {
		future = x.dir > 0
	}
	switch x.kind {
	case kDate:
		return resolveDate(x, ref, future)
	case kOrdinal:
		t := date(ref.Year(), ref.Month(), 1)
		step := -1
		if future {
			step = 1
		}
		// The nearest month, in the tense's direction, whose x.day is on
		// the right side of ref and exists.
		for range 4 {
			if x.day <= daysIn(t.Year(), t.Month()) {
				d := date(t.Year(), t.Month(), x.day)
				if future && !d.Before(ref) || !future && !d.After(ref) {
					return d, Day, true
				}
			}
			t = t.AddDate(0, step, 0)
		}
		return time.Time{}, "", false
	case kWeekday:
		return weekdayNear(ref, x.weekday, x.rel, future), Day, true
	case kDeictic:
		return ref.AddDate(0, 0, x.n), Day, true
	case kRelUnit:
		return resolveRelUnit(x, ref)
	case kAgo:
		switch x.unit {
		case uDay:
			return ref.AddDate(0, 0, -x.n), Day, true
		case uWeek:
			return ref.AddDate(0, 0, -7*x.n), Day, true
		case uMonth:
			t := date(ref.Year(), ref.Month(), 1).AddDate(0, -x.n, 0)
			return t, Month, true
		case uYear:
			return date(ref.Year()-x.n, 1, 1), Year, true
		case uDecade:
			return date(ref.Year()-10*x.n, 1, 1), Year, true
		}
	case kSeason:
		return resolveSeason(x, ref, future), Month, true
	case kHoliday:
		return resolveHoliday(x, ref, future), Day, true
	}
	return time.Time{}, "", false
}

// resolveDate places explicit dates: a missing year is the one that puts
// the date on the tense's side of ref ("Sept. 3" in a report of
// 2024-01-10 is 2023-09-03; "will vote on March 3" is 2024-03-03).
func resolveDate(x expr, ref time.Time, future bool) (time.Time, string, bool) {
	switch {
	case x.month == 0: // a year alone
		switch x.bound {
		case boundStart:
			return date(x.year, time.January, 1), Month, true
		case boundEnd:
			return date(x.year, time.December, 1), Month, true
		}
		return date(x.year, 1, 1), Year, true
	case x.day == 0: // a month, with or without its year
		y := x.year
		if y == 0 {
			y = yearOfMonth(x.month, x.rel, ref, future)
		}
		return date(y, x.month, 1), Month, true
	}
	y := x.year
	if y == 0 && x.named {
		y = yearOfWeekday(x, ref)
	}
	if y == 0 {
		y = ref.Year()
		d := date(y, x.month, min(x.day, daysIn(y, x.month)))
		if future && d.Before(ref) {
			y++
		} else if !future && d.After(ref) {
			y--
		}
	}
	if x.day > daysIn(y, x.month) { // 29 February of a common year
		return time.Time{}, "", false
	}
	return date(y, x.month, x.day), Day, true
}

// yearOfWeekday is the year, of the one before ref's, its own and the
// one after, nearest to ref in which the date written without a year
// falls on the weekday written before it: "Wednesday, July 31" in a
// report of 2019-07-28 is 2019-07-31, whatever the tense. It is 0 when
// none of them does (a slip of the writer's), so the tense decides.
func yearOfWeekday(x expr, ref time.Time) int {
	best, gap := 0, time.Duration(1<<63-1)
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		if x.day > daysIn(y, x.month) {
			continue
		}
		d := date(y, x.month, x.day)
		if d.Weekday() != x.weekday {
			continue
		}
		if g := max(d.Sub(ref), ref.Sub(d)); g < gap {
			best, gap = y, g
		}
	}
	return best
}

// yearOfMonth is the year of a month named without one: "last March" is
// the latest March before the current month, "next March" the first
// after it, "this March" the current year's; plain "in March" the latest
// on or before ref, or in the future tense the first on or after it.
func yearOfMonth(m time.Month, rel int, ref time.Time, future bool) int {
	y := ref.Year()
	switch rel {
	case relThis:
		return y
	case relLast:
		if m >= ref.Month() {
			y--
		}
		return y
	case relNext:
		if m <= ref.Month() {
			y++
		}
		return y
	}
	if future && m < ref.Month() {
		y++
	} else if !future && m > ref.Month() {
		y--
	}
	return y
}

// weekdayNear is the weekday wd near ref: "last" the latest strictly
// before ref, "next" the first strictly after; otherwise the latest on
// or before ref, or in the future tense the first on or after it, so
// "Wednesday" in a Wednesday's report is that day.
func weekdayNear(ref time.Time, wd time.Weekday, rel int, future bool) time.Time {
	back := (int(ref.Weekday()) - int(wd) + 7) % 7
	fwd := (int(wd) - int(ref.Weekday()) + 7) % 7
	switch {
	case rel == relLast:
		if back == 0 {
			back = 7
		}
		return ref.AddDate(0, 0, -back)
	case rel == relNext:
		if fwd == 0 {
			fwd = 7
		}
		return ref.AddDate(0, 0, fwd)
	case future:
		return ref.AddDate(0, 0, fwd)
	}
	return ref.AddDate(0, 0, -back)
}

// monday is the Monday of ref's week (weeks run Monday to Sunday, ISO 8601).
func monday(ref time.Time) time.Time {
	return ref.AddDate(0, 0, -((int(ref.Weekday()) + 6) % 7))
}

// resolveRelUnit places "last week", "this month", "next year", "earlier
// this year", "by the end of this year". A week names no day and the
// event record has no week precision, so a week resolves to the month
// that holds most of its days (that of its Thursday) with month
// precision; a weekend to its Saturday.
func resolveRelUnit(x expr, ref time.Time) (time.Time, string, bool) {
	step := map[int]int{relLast: -1, relThis: 0, relNext: 1}[x.rel]
	switch x.unit {
	case uWeek:
		thu := monday(ref).AddDate(0, 0, 3+7*step)
		return date(thu.Year(), thu.Month(), 1), Month, true
	case uWeekend:
		// This week's Saturday; last and next weekends are a week off.
		sat := monday(ref).AddDate(0, 0, 5+7*step)
		return sat, Day, true
	case uMonth:
		return date(ref.Year(), ref.Month(), 1).AddDate(0, step, 0), Month, true
	case uYear:
		y := ref.Year() + step
		switch x.bound {
		case boundStart:
			return date(y, time.January, 1), Month, true
		case boundEnd:
			return date(y, time.December, 1), Month, true
		}
		return date(y, 1, 1), Year, true
	}
	return time.Time{}, "", false
}

// resolveSeason places a season (northern hemisphere, meteorological:
// spring from 1 March, summer 1 June, autumn 1 September, winter 1
// December) at the first day of its first month. A winter belongs to the
// year of its December.
func resolveSeason(x expr, ref time.Time, future bool) time.Time {
	if x.year != 0 {
		return date(x.year, x.month, 1)
	}
	// The start of the season under way at ref.
	cur := date(ref.Year(), ref.Month()-time.Month((int(ref.Month())%3)), 1)
	if ref.Month() < 3 {
		cur = date(ref.Year()-1, time.December, 1)
	}
	// The latest start of this season on or before the current season's.
	at := date(cur.Year(), x.month, 1)
	if at.After(cur) {
		at = at.AddDate(-1, 0, 0)
	}
	inIt := at.Equal(cur)
	switch {
	case x.rel == relLast:
		if inIt {
			at = at.AddDate(-1, 0, 0)
		}
	case x.rel == relNext:
		at = at.AddDate(1, 0, 0)
	case x.rel == relThis, future:
		if !inIt {
			at = at.AddDate(1, 0, 0)
		}
	}
	return at
}

// resolveHoliday places a holiday: "last Christmas" is the latest before
// ref, "next Easter" the first after it, "this Christmas" the one of
// ref's year; otherwise the latest on or before ref, or in the future
// tense the first on or after it.
func resolveHoliday(x expr, ref time.Time, future bool) time.Time {
	on := func(y int) time.Time {
		m, d := x.on(y)
		return date(y, m, d)
	}
	if x.year != 0 {
		return on(x.year)
	}
	y := ref.Year()
	switch x.rel {
	case relThis:
		return on(y)
	case relLast:
		if t := on(y); t.Before(ref) {
			return t
		}
		return on(y - 1)
	case relNext:
		if t := on(y); t.After(ref) {
			return t
		}
		return on(y + 1)
	}
	t := on(y)
	if future && t.Before(ref) {
		return on(y + 1)
	}
	if !future && t.After(ref) {
		return on(y - 1)
	}
	return t
}
