package when

import "time"

// holiday is a named day: the words of its name (lowercased, the
// possessive as "'s") and its date in a given year.
type holiday struct {
	words []string
	date  func(year int) (time.Month, int)
}

func fixed(m time.Month, d int) func(int) (time.Month, int) {
	return func(int) (time.Month, int) { return m, d }
}

// fromEaster is a day counted from (Western) Easter Sunday.
func fromEaster(days int) func(int) (time.Month, int) {
	return func(y int) (time.Month, int) {
		m, d := easter(y)
		t := date(y, m, d).AddDate(0, 0, days)
		return t.Month(), t.Day()
	}
}

// nthWeekday is the n-th given weekday of a month (n = -1: the last one).
func nthWeekday(m time.Month, wd time.Weekday, n int) func(int) (time.Month, int) {
	return func(y int) (time.Month, int) {
		if n < 0 {
			last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
			return m, last.Day() - (int(last.Weekday())-int(wd)+7)%7
		}
		first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		return m, 1 + (int(wd)-int(first.Weekday())+7)%7 + 7*(n-1)
	}
}

// holidays are the named days the finder knows, longest names first
// among those sharing a first word. Holidays whose date depends on the
// country use the United States' date (Thanksgiving, Labor Day, Memorial
// Day); "Labour Day" is the 1 May of most other countries. Independence
// Day is handled apart, by country (see independence).
var holidays = []holiday{
	{[]string{"christmas", "eve"}, fixed(time.December, 24)},
	{[]string{"christmas", "day"}, fixed(time.December, 25)},
	{[]string{"christmas"}, fixed(time.December, 25)},
	{[]string{"new", "year", "'s", "eve"}, fixed(time.December, 31)},
	{[]string{"new", "year", "'s", "day"}, fixed(time.January, 1)},
	{[]string{"new", "year", "'s"}, fixed(time.January, 1)},
	{[]string{"new", "year"}, fixed(time.January, 1)},
	{[]string{"easter", "sunday"}, fromEaster(0)},
	{[]string{"easter", "monday"}, fromEaster(1)},
	{[]string{"easter"}, fromEaster(0)},
	{[]string{"good", "friday"}, fromEaster(-2)},
	{[]string{"orthodox", "easter"}, func(y int) (time.Month, int) { return orthodoxEaster(y) }},
	{[]string{"orthodox", "christmas"}, fixed(time.January, 7)},
	{[]string{"thanksgiving", "day"}, nthWeekday(time.November, time.Thursday, 4)},
	{[]string{"thanksgiving"}, nthWeekday(time.November, time.Thursday, 4)},
	{[]string{"halloween"}, fixed(time.October, 31)},
	{[]string{"valentine", "'s", "day"}, fixed(time.February, 14)},
	{[]string{"labor", "day"}, nthWeekday(time.September, time.Monday, 1)},
	{[]string{"labour", "day"}, fixed(time.May, 1)},
	{[]string{"memorial", "day"}, nthWeekday(time.May, time.Monday, -1)},
	{[]string{"boxing", "day"}, fixed(time.December, 26)},
	{[]string{"bastille", "day"}, fixed(time.July, 14)},
	{[]string{"armistice", "day"}, fixed(time.November, 11)},
	{[]string{"remembrance", "day"}, fixed(time.November, 11)},
	{[]string{"veterans", "day"}, fixed(time.November, 11)},
	{[]string{"international", "women", "'s", "day"}, fixed(time.March, 8)},
	{[]string{"independence", "day"}, fixed(time.July, 4)}, // the US; see independence
}

// independence gives Independence Day by the country named before it
// ("India's Independence Day"). A country that is not listed gives no
// date rather than a wrong one; no country at all means the US (4 July).
var independence = map[string][2]int{
	"us": {7, 4}, "u.s.": {7, 4}, "america": {7, 4}, "american": {7, 4}, "united states": {7, 4},
	"india": {8, 15}, "indian": {8, 15}, "pakistan": {8, 14}, "pakistani": {8, 14},
	"ukraine": {8, 24}, "ukrainian": {8, 24}, "mexico": {9, 16}, "mexican": {9, 16},
	"indonesia": {8, 17}, "indonesian": {8, 17}, "philippines": {6, 12}, "philippine": {6, 12},
	"nigeria": {10, 1}, "nigerian": {10, 1}, "ghana": {3, 6}, "ghanaian": {3, 6},
	"brazil": {9, 7}, "brazilian": {9, 7}, "argentina": {7, 9}, "argentine": {7, 9},
	"venezuela": {7, 5}, "venezuelan": {7, 5}, "algeria": {7, 5}, "algerian": {7, 5},
	"bangladesh": {3, 26}, "sri lanka": {2, 4}, "lanka": {2, 4}, "belarus": {7, 3},
	"kazakhstan": {12, 16}, "georgia": {5, 26}, "armenia": {9, 21}, "finland": {12, 6},
	"finnish": {12, 6}, "poland": {11, 11}, "polish": {11, 11}, "kenya": {12, 12}, "kenyan": {12, 12},
	"south sudan": {7, 9}, "sudan": {7, 9}, "mozambique": {6, 25}, "zimbabwe": {4, 18},
}

// easter returns Western Easter Sunday of year y (the anonymous Gregorian
// computus).
func easter(y int) (time.Month, int) {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Month(month), day
}

// orthodoxEaster returns Orthodox Easter Sunday (Meeus' Julian computus,
// moved to the Gregorian calendar, 13 days ahead from 1900 to 2099).
func orthodoxEaster(y int) (time.Month, int) {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 13)
	return t.Month(), t.Day()
}

// date is midnight UTC of a day.
func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// daysIn is the number of days of a month.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
