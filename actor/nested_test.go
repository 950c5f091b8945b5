package actor

import "testing"

// A country's name inside another name (a work, a character, a company)
// and a surname the lists know inside another person's name are no
// actors; headlines, which capitalise every word, keep their actors.
func TestFindNamesInNames(t *testing.T) {
	d := loadBuiltin(t)
	date := day("2019-06-15")
	tests := []foundCase{
		{"The toilet is an artwork entitled America made by Italian artist Maurizio Cattelan.", "Italian artist Maurizio Cattelan=ITA"},
		{"The mockumentary Mister America had its premiere in Hollywood.", ""},
		{"Scientists from the World Wildlife Fund Mexico estimate the population.", "Scientists=---CVL; World Wildlife Fund=NGOENV"},
		{"His tax preparer, Mazars USA, could likewise be exempt from investigation.", ""},
		{"Fighting in Eastern Ukraine and in Northern Syria went on.", "Ukraine=UKR; Syria=SYR"},
		{"On Monday China said it would retaliate.", "China=CHN"},
		{"Trump Says China Must Pay", "Trump=USAGOV; China=CHN"},
		{"It is the fault of the government, said Ashton Bumhira, director of a youth forum in Zimbabwe.", "government=---GOV; Zimbabwe=ZWE"},
		{"He grew up in Arroyo Grande in the south of California.", "California=USA"},
		{"Ashton said the talks would go on.", "Ashton=IGOEUREEC"},
		// A surname the lists know after another capitalised name.
		{"NASA has selected two astronauts, Doug Hurley and Bob Behnken, for the mission.", "NASA=USAGOV"},
		{"Trump asks Zelensky to investigate Joe Biden and his son, Hunter Biden.", "Trump=USAGOV; Zelensky=UKRGOV; Joe Biden=USAELI"},
		{"The warning applied to County Galway and County Kerry from tomorrow on.", ""},
		{"In the letter, Mr Erdogan and Democrat Pelosi were named.", "Erdogan=TURGOV; Pelosi=USALEG"},
		{"Lucy Fischer of The Times told NPR.", ""},
		{"Fischer said the talks failed.", "Fischer=DEUELI"},
		// A given name alone is no office holder's surname.
		{"Their mother, Anwar, wept.", "mother=---CVL"},
		// Parties the lists lack.
		{"the Palang Dharma Party said it would run", "Palang Dharma Party=---PTY"},
		{"The Justice Party of South Korea said it would run", "Justice Party=KORPTY; South Korea=KOR"},
		{"the Pirate Party won seats", "Pirate Party=---PTY"},
		// A capital in the name of an agreement or a meeting.
		{"Thunberg promised protests until Sweden joined the Paris Agreement.", "Thunberg=SWEENV; Sweden=SWE"},
		{"They met after the Hanoi Summit and the Minsk Protocol had failed.", ""},
		// A country's name before words of another name.
		{"Chirac was an opponent of the Iraq War in 2003.", "Chirac=FRAELI"},
		{"Chad Smith said the band would tour.", ""},
		{"She was born in Mexico City and lives in New York State.", "Mexico City=MEXGOV; New York=USA"},
		{"the third-highest person in the U.S. Federal government", "U.S.=USA; government=---GOV"},
		// A capital inside the name of a club, a firm or a work.
		{"Paris Saint-Germain signed an agreement with Qatar Airways.", "Qatar Airways=QATBUS"},
		{"The club beat Atletico Madrid on Sunday.", ""},
		{"He spoke in Washington Tuesday about the Pentagon Papers.", "Washington=USAGOV"},
		{"Thousands marched in Central London on Saturday.", "London=GBRGOV"},
		{"The meeting in Washington DC ended.", "Washington=USAGOV"},
		{"Pentagon Chief Spokesman Jonathan Hoffman said", "Pentagon=USAMIL; Spokesman Jonathan Hoffman=---GOV"},
		{"Kremlin spokesman Dmitry Peskov said Moscow would respond.", "Kremlin spokesman Dmitry Peskov=RUSGOV; Moscow=RUSGOV"},
		// Events, days and honours named after a country or a role.
		{"They hid during the Iran Hostage Crisis.", ""},
		{"He fought for Martin Luther King Jr. Day to be a holiday.", ""},
		{"He was awarded the Intelligence Star by President Jimmy Carter.", "President Jimmy Carter=USAELI"},
		// "Former" opens a title; it names nothing with the country.
		{"Former United States Central Intelligence Agency agent Tony Mendez died.", "United States=USA; Central Intelligence Agency=USASPY; Tony Mendez=---"},
	}
	checkFound(t, d, date, tests)
}
