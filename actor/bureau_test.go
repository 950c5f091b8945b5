package actor

import "testing"

// A ministry or department named by its portfolio is one actor, with the
// role the portfolio gives it and the country named before or after it.
func TestFindPortfolio(t *testing.T) {
	d := loadBuiltin(t)
	date := day("2019-06-15")
	tests := []foundCase{
		{"the United States Department of Justice unsealed charges", "United States Department of Justice=USAGOV"},
		{"the US Department of Transportation said", "US Department of Transportation=USAGOV"},
		{"the Florida Department of Transportation said", "Florida Department of Transportation=USAGOV"},
		{"the Ministry of Foreign Affairs of Ukraine said", "Ministry of Foreign Affairs=UKRGOV; Ukraine=UKR"},
		{"the Ministry of Defence and the Ministry of Health", "Ministry of Defence=---MIL; Ministry of Health=---HLH"},
		{"the Department of Health and Human Services", "Department of Health and Human Services=---GOV"},
		{"the Egyptian Ministry of State for Antiquity", "Egyptian Ministry of State=EGYGOV"},
		{"Russia's Foreign Ministry said", "Russia 's Foreign Ministry=RUSGOV"},
		// A country after "of" is the ministry's, not its portfolio.
		{"the ministry of Hungary", "ministry of Hungary=HUNGOV"},
		// No portfolio: the head alone.
		{"the ministry of the interior said", "ministry=---GOV"},
	}
	checkFound(t, d, date, tests)
}

// Former holders of an office the lists do not name are their country's
// elite; role words that are adjectives too name no one before a noun.
func TestFindFormerAndAdjectives(t *testing.T) {
	d := loadBuiltin(t)
	date := day("2019-06-15")
	tests := []foundCase{
		{"former Vice President Jane Doe said", "Vice President Jane Doe=---ELI"},
		{"the former British Prime Minister Jane Doe", "British Prime Minister Jane Doe=GBRELI"},
		{"a former judge said", "judge=---JUD"},
		{"Retired US Supreme Court Justice Jane Doe dies", "US Supreme Court Justice Jane Doe=USAELI"},
		{"the Court and retired Justices", "Court=---JUD; Justices=---JUD"},
		{"he retired in 2017", ""},
		{"former rebels attacked", "rebels=---REB"},
		{"his former lawyer Jane Doe", "lawyer Jane Doe=---JUD"},
		// Adjectives.
		{"referred for potential criminal prosecution", ""},
		{"a New York City criminal proceeding", "New York=USA"},
		{"a criminal said", "criminal=---CRM"},
		{"the general election and the general manager", ""},
		{"the general said", "general=---MIL"},
		{"these issues in general.", ""},
		{"even in his native New York City", "New York=USA"},
		{"a native of Ohio", "native of Ohio=USACVL"},
		{"naturalized status", ""},
	}
	checkFound(t, d, date, tests)
}
