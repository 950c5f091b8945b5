package when

import (
	"testing"
	"time"

	"github.com/annalist/annalist/nlp"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

var (
	thu = day(2024, time.February, 15) // Thursday
	mon = day(2024, time.January, 1)   // Monday, New Year's Day
	wed = day(2024, time.July, 3)      // Wednesday, the eve of US Independence Day
)

// findOne returns the single expression Find sees in sentence.
func findOne(t *testing.T, sentence string, ref time.Time) (Date, bool) {
	t.Helper()
	var all []Date
	for _, s := range nlp.Split(sentence) {
		all = append(all, Find(sentence, s.Tokens, ref)...)
	}
	if len(all) != 1 {
		t.Errorf("Find(%q) = %d expressions %v, want 1", sentence, len(all), all)
		return Date{}, false
	}
	if d := all[0]; sentence[d.Start:d.End] != d.Text {
		t.Errorf("Find(%q): offsets [%d,%d) give %q, Text is %q", sentence, d.Start, d.End, sentence[d.Start:d.End], d.Text)
	}
	return all[0], true
}

func TestFind(t *testing.T) {
	for _, c := range []struct {
		sentence string
		ref      time.Time
		text     string
		want     time.Time
		prec     string
	}{
		// Weekdays: the latest on or before the report, the next in the future tense.
		{"Macron flew to Berlin on Wednesday for talks.", thu, "Wednesday", day(2024, 2, 14), Day},
		{"The leaders will meet on Wednesday.", thu, "Wednesday", day(2024, 2, 21), Day},
		{"The leaders met on Thursday.", thu, "Thursday", day(2024, 2, 15), Day},
		{"The leaders will meet on Thursday.", thu, "Thursday", day(2024, 2, 15), Day},
		{"He arrived last Thursday.", thu, "last Thursday", day(2024, 2, 8), Day},
		{"He will arrive next Thursday.", thu, "next Thursday", day(2024, 2, 22), Day},
		{"Protesters gathered on Sunday night.", thu, "Sunday night", day(2024, 2, 11), Day},
		{"The strike began on Monday morning.", thu, "Monday morning", day(2024, 2, 12), Day},
		{"Protests are scheduled for Saturday.", thu, "Saturday", day(2024, 2, 17), Day},
		{"Opposition leaders plan to rally on Saturday.", thu, "Saturday", day(2024, 2, 17), Day},
		{"The minister is to visit Cairo on Sunday.", thu, "Sunday", day(2024, 2, 18), Day},
		{"Lunar New Year celebrations began on Saturday.", thu, "Saturday", day(2024, 2, 10), Day},
		// Across the year's end.
		{"Shelling resumed on Friday.", mon, "Friday", day(2023, 12, 29), Day},
		{"Talks will resume on Friday.", mon, "Friday", day(2024, 1, 5), Day},
		{"Talks resumed on Monday.", mon, "Monday", day(2024, 1, 1), Day},
		{"The storm hit on Wednesday.", wed, "Wednesday", day(2024, 7, 3), Day},
		// Explicit dates.
		{"Talks began on Sept. 3.", thu, "Sept. 3", day(2023, 9, 3), Day},
		{"Talks will begin on Sept. 3.", thu, "Sept. 3", day(2024, 9, 3), Day},
		{"The vote was held on 3 September 2021.", thu, "3 September 2021", day(2021, 9, 3), Day},
		{"The vote was held on September 3, 2021.", thu, "September 3, 2021", day(2021, 9, 3), Day},
		{"The file is dated 2021-09-03.", thu, "2021-09-03", day(2021, 9, 3), Day},
		{"The summit took place Sept 3-4.", thu, "Sept 3-4", day(2023, 9, 3), Day},
		{"The summit took place on March 3–4, 2022.", thu, "March 3–4, 2022", day(2022, 3, 3), Day},
		{"Leaders met on the 3rd of February.", thu, "the 3rd of February", day(2024, 2, 3), Day},
		{"Leaders met on Sep. 3rd.", thu, "Sep. 3rd", day(2023, 9, 3), Day},
		{"Troops withdrew on Wednesday, Sept. 3, 2025.", thu, "Wednesday, Sept. 3, 2025", day(2025, 9, 3), Day},
		{"Police raided the office on Dec. 30.", mon, "Dec. 30", day(2023, 12, 30), Day},
		// A weekday written before a date without its year picks the year
		// in which the date falls on that weekday, nearest the report,
		// whatever the tense says.
		{"His aide announced her resignation effective next Wednesday, July 31.", day(2019, 7, 28), "Wednesday, July 31", day(2019, 7, 31), Day},
		{"The talks ended on Friday, Dec. 28.", day(2019, 1, 3), "Friday, Dec. 28", day(2018, 12, 28), Day},
		{"The envoy arrived on Monday, Jan. 6.", day(2019, 12, 30), "Monday, Jan. 6", day(2020, 1, 6), Day},
		{"Protesters marched on Tuesday, March 5.", thu, "Tuesday, March 5", day(2024, 3, 5), Day},
		// A date that does not fall on the weekday written leaves the
		// choice to the tense.
		{"Protesters marched on Monday, March 5.", thu, "Monday, March 5", day(2023, 3, 5), Day},
		// What takes effect on a date without its year takes effect next.
		{"He announced his resignation effective July 31.", day(2019, 7, 28), "July 31", day(2019, 7, 31), Day},
		{"The law will take effect on Jan. 2.", mon, "Jan. 2", day(2024, 1, 2), Day},
		{"It happened on the 3rd.", thu, "the 3rd", day(2024, 2, 3), Day},
		{"It happened on the 20th.", thu, "the 20th", day(2024, 1, 20), Day},
		{"It will happen on the 20th.", thu, "the 20th", day(2024, 2, 20), Day},
		// Today and its neighbours.
		{"The bomb exploded today.", thu, "today", day(2024, 2, 15), Day},
		{"Police said the attack happened yesterday.", thu, "yesterday", day(2024, 2, 14), Day},
		{"Gunmen attacked the village last night.", thu, "last night", day(2024, 2, 14), Day},
		{"Fighting resumed this morning.", thu, "this morning", day(2024, 2, 15), Day},
		{"The president will fly to Kyiv tomorrow.", thu, "tomorrow", day(2024, 2, 16), Day},
		// Weeks (the month of most of their days, as they name no day),
		// months, years.
		{"A ceasefire was agreed last week.", thu, "last week", day(2024, 2, 1), Month},
		{"Talks continue this week.", thu, "this week", day(2024, 2, 1), Month},
		{"Ministers will meet next week.", thu, "next week", day(2024, 2, 1), Month},
		{"Crowds gathered last week.", mon, "last week", day(2023, 12, 1), Month},
		{"Talks began last week.", day(2024, 2, 5), "last week", day(2024, 2, 1), Month},  // 29 Jan to 4 Feb
		{"Talks began last week.", day(2024, 1, 31), "last week", day(2024, 1, 1), Month}, // 22 to 28 Jan
		{"Troops left last weekend.", wed, "last weekend", day(2024, 6, 29), Day},
		{"Protesters clashed with police over the weekend.", wed, "the weekend", day(2024, 6, 29), Day},
		{"Rebels shelled the town during the weekend.", day(2024, 6, 30), "the weekend", day(2024, 6, 29), Day},
		{"The envoys will meet over the weekend.", wed, "the weekend", day(2024, 7, 6), Day},
		{"Prices rose last month.", thu, "last month", day(2024, 1, 1), Month},
		{"Prices fell last month.", mon, "last month", day(2023, 12, 1), Month},
		{"Elections are due next month.", thu, "next month", day(2024, 3, 1), Month},
		{"Output fell this month.", thu, "this month", day(2024, 2, 1), Month},
		{"The treaty was signed earlier this year.", thu, "earlier this year", day(2024, 1, 1), Year},
		{"Parliament met last year.", thu, "last year", day(2023, 1, 1), Year},
		{"A vote is planned next year.", thu, "next year", day(2025, 1, 1), Year},
		{"Troops will leave by the end of this year.", thu, "the end of this year", day(2024, 12, 1), Month},
		{"The army attacked in March.", thu, "March", day(2023, 3, 1), Month},
		{"The army will withdraw in March.", thu, "March", day(2024, 3, 1), Month},
		{"Unrest grew in December.", mon, "December", day(2023, 12, 1), Month},
		{"Unrest spread in mid-March.", thu, "mid-March", day(2023, 3, 1), Month},
		{"Leaders met last March.", thu, "last March", day(2023, 3, 1), Month},
		{"The deal collapsed in September 2021.", thu, "September 2021", day(2021, 9, 1), Month},
		{"The party was founded in 2019.", thu, "2019", day(2019, 1, 1), Year},
		{"Rebels attacked the base in late 2019.", thu, "late 2019", day(2019, 1, 1), Year},
		{"The law took effect at the beginning of 2020.", thu, "the beginning of 2020", day(2020, 1, 1), Month},
		// Seasons (northern hemisphere, meteorological).
		{"Floods hit the region last summer.", thu, "last summer", day(2023, 6, 1), Month},
		{"A new offensive is expected this spring.", thu, "this spring", day(2024, 3, 1), Month},
		{"Talks stalled in the autumn.", thu, "the autumn", day(2023, 9, 1), Month},
		{"Last winter was harsh.", mon, "Last winter", day(2022, 12, 1), Month},
		{"This winter is mild.", mon, "This winter", day(2023, 12, 1), Month},
		{"Last summer the dam broke.", wed, "Last summer", day(2023, 6, 1), Month},
		{"Next summer the dam will open.", wed, "Next summer", day(2025, 6, 1), Month},
		// Ago.
		{"The rebels struck two days ago.", thu, "two days ago", day(2024, 2, 13), Day},
		{"The rebels struck three weeks ago.", thu, "three weeks ago", day(2024, 1, 25), Day},
		{"Two weeks ago, troops moved in.", mon, "Two weeks ago", day(2023, 12, 18), Day},
		{"Three months ago, the army seized the town.", thu, "Three months ago", day(2023, 11, 1), Month},
		{"Two years ago the government fell.", thu, "Two years ago", day(2022, 1, 1), Year},
		{"The war began a decade ago.", thu, "a decade ago", day(2014, 1, 1), Year},
		{"The blast came 5 days ago.", thu, "5 days ago", day(2024, 2, 10), Day},
		// Holidays.
		{"Pilgrims gathered on Christmas Day.", thu, "Christmas Day", day(2023, 12, 25), Day},
		{"Fireworks lit the sky on New Year's Eve.", thu, "New Year's Eve", day(2023, 12, 31), Day},
		{"Revellers celebrated on New Year’s Day.", mon, "New Year’s Day", day(2024, 1, 1), Day},
		{"Parades were held on Independence Day.", thu, "Independence Day", day(2023, 7, 4), Day},
		{"They met on Independence Day.", wed, "Independence Day", day(2023, 7, 4), Day},
		{"They will meet on Independence Day.", wed, "Independence Day", day(2024, 7, 4), Day},
		{"Crowds marked India's Independence Day.", thu, "India's Independence Day", day(2023, 8, 15), Day},
		{"Churches will be full at Easter.", thu, "Easter", day(2024, 3, 31), Day},
		{"Churches were full at Easter.", thu, "Easter", day(2023, 4, 9), Day},
		{"Orthodox Easter was celebrated.", wed, "Orthodox Easter", day(2024, 5, 5), Day},
		{"The clashes happened on Good Friday.", thu, "Good Friday", day(2023, 4, 7), Day},
		{"Shoppers crowded malls on Thanksgiving.", thu, "Thanksgiving", day(2023, 11, 23), Day},
		{"Fighting stopped during Christmas 2019.", thu, "Christmas 2019", day(2019, 12, 25), Day},
		{"Troops withdrew last Christmas.", thu, "last Christmas", day(2023, 12, 25), Day},
	} {
		d, ok := findOne(t, c.sentence, c.ref)
		if !ok {
			continue
		}
		if d.Text != c.text || !d.Day.Equal(c.want) || d.Precision != c.prec {
			t.Errorf("Find(%q, %s) = %q %s %s, want %q %s %s", c.sentence, c.ref.Format(time.DateOnly),
				d.Text, d.Day.Format(time.DateOnly), d.Precision, c.text, c.want.Format(time.DateOnly), c.prec)
		}
	}
}

func TestFindFuture(t *testing.T) {
	for _, c := range []struct {
		sentence string
		future   bool
	}{
		{"The leaders will meet on Wednesday.", true},
		{"The leaders met on Wednesday.", false},
		{"The leaders will meet on Thursday.", false}, // the report's own day
		{"Elections are due next month.", true},
		{"Troops will leave by the end of this year.", true},
		{"Prices rose last month.", false},
		{"A vote is planned next year.", true},
	} {
		if d, ok := findOne(t, c.sentence, thu); ok && d.Future != c.future {
			t.Errorf("Find(%q).Future = %v, want %v (date %s)", c.sentence, d.Future, c.future, d.Day.Format(time.DateOnly))
		}
	}
}

func TestFindIgnores(t *testing.T) {
	for _, s := range []string{
		"She may go to the talks.",
		"Thousands march in the streets.",
		"Jan Smith and Dec Jones spoke.",
		"Protesters saw the Sun rise.",
		"In 2019 people died, 2019 people died.",
		"The past week was hard.",
		"The last year has been hard.",
		"Prices fall every winter.",
		"The Fall of Kabul shocked the world.",
		"A new year of hope.",
		"Israel's Independence Day parade.",
		"Call 03/09/2021 for details.",
		"The 3rd Battalion moved.",
		"Days later the army came.",
		"The May Day rally", // "May Day" is not read as a month
	} {
		var all []Date
		for _, sent := range nlp.Split(s) {
			all = append(all, Find(s, sent.Tokens, thu)...)
		}
		// "In 2019" counts once; the bare "2019 people" does not.
		if s == "In 2019 people died, 2019 people died." {
			if len(all) != 1 || all[0].Text != "2019" || all[0].Start != 3 {
				t.Errorf("Find(%q) = %+v, want only the first 2019", s, all)
			}
			continue
		}
		if len(all) != 0 {
			t.Errorf("Find(%q) = %+v, want nothing", s, all)
		}
	}
}

func TestFindWithoutReference(t *testing.T) {
	s := "Talks began on Wednesday and ended on 3 September 2021."
	toks := nlp.Split(s)[0].Tokens
	got := Find(s, toks, time.Time{})
	if len(got) != 1 || got[0].Text != "3 September 2021" || !got[0].Day.Equal(day(2021, 9, 3)) || got[0].Future {
		t.Errorf("Find without a reference day = %+v, want only the full date", got)
	}
}

func TestFindSeveral(t *testing.T) {
	s := "Russia said on Friday it had shelled the town two days ago and would withdraw next month."
	toks := nlp.Split(s)[0].Tokens
	got := Find(s, toks, thu)
	want := []struct {
		text string
		day  time.Time
	}{{"Friday", day(2024, 2, 9)}, {"two days ago", day(2024, 2, 13)}, {"next month", day(2024, 3, 1)}}
	if len(got) != len(want) {
		t.Fatalf("Find(%q) = %+v, want %d expressions", s, got, len(want))
	}
	for i, w := range want {
		if got[i].Text != w.text || !got[i].Day.Equal(w.day) {
			t.Errorf("expression %d = %q %s, want %q %s", i, got[i].Text, got[i].Day.Format(time.DateOnly), w.text, w.day.Format(time.DateOnly))
		}
	}
}

func TestEaster(t *testing.T) {
	for y, want := range map[int][2]int{2019: {4, 21}, 2023: {4, 9}, 2024: {3, 31}, 2025: {4, 20}, 2038: {4, 25}} {
		if m, d := easter(y); int(m) != want[0] || d != want[1] {
			t.Errorf("easter(%d) = %d-%d, want %d-%d", y, m, d, want[0], want[1])
		}
	}
	for y, want := range map[int][2]int{2019: {4, 28}, 2023: {4, 16}, 2024: {5, 5}, 2025: {4, 20}} {
		if m, d := orthodoxEaster(y); int(m) != want[0] || d != want[1] {
			t.Errorf("orthodoxEaster(%d) = %d-%d, want %d-%d", y, m, d, want[0], want[1])
		}
	}
}

func BenchmarkFind(b *testing.B) {
	text := "French President Emmanuel Macron flew to Berlin on Wednesday for talks with German Chancellor Olaf Scholz, the Elysee said. " +
		"The two leaders discussed support for Ukraine and the European Union's budget, officials from both governments told reporters. " +
		"Protesters gathered outside the chancellery as police blocked the roads around the government quarter in the capital."
	sents := nlp.Split(text)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		s := sents[i%len(sents)]
		Find(text, s.Tokens, thu)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
