package actor

import "testing"

// TestPredecessorEra checks that Russia's capital, seats, office-holders
// and named bodies are the Soviet Union's before it ended, and Russia's after, while its
// names and adjectives stay Russia's; and Serbia's capital Yugoslavia's.
func TestPredecessorEra(t *testing.T) {
	d := loadBuiltin(t)
	checkFoundOn(t, d, []datedCase{
		{"Moscow said", "1987-04-13", "Moscow=SUNGOV"},
		{"Moscow said", "1991-12-26", "Moscow=RUSGOV"},
		{"Moscow said", "2019-05-01", "Moscow=RUSGOV"},
		{"Mikhail Gorbachev met", "1987-04-13", "Mikhail Gorbachev=SUNGOV"},
		{"Russian troops", "1987-04-13", "Russian troops=RUSMIL"},
		{"Russia said", "1987-04-13", "Russia=RUS"},
		{"Soviet Foreign Minister Eduard Shevardnadze", "1987-04-13", "Soviet Foreign Minister Eduard Shevardnadze=SUNGOV"},
		{"the Kremlin", "1987-04-13", "Kremlin=SUNGOV"},
		// Named bodies: the news agency and the airline were Soviet.
		{"Tass reported", "1987-04-13", "Tass=SUNMED"},
		{"Tass reported", "2019-05-01", "Tass=RUSMED"},
		{"Aeroflot said", "1987-04-13", "Aeroflot=SUNBUS"},
		// Yugoslavia: its own names always, Serbia's capital until 2003.
		{"Yugoslavia said", "1987-04-13", "Yugoslavia=YUG"},
		{"Yugoslav workers", "1987-04-13", "Yugoslav workers=YUGLAB"},
		{"Belgrade said", "1987-04-13", "Belgrade=YUGGOV"},
		{"Belgrade said", "2019-05-01", "Belgrade=SRBGOV"},
	})
	// With no date a mention stays as the lists give it.
	checkFound(t, d, day("0001-01-01"), []foundCase{{"Moscow said", "Moscow=RUSGOV"}})
}
