package actor

import "testing"

// Titles, offices and bodies as political news names them.
func TestFindNewsRoles(t *testing.T) {
	d := loadBuiltin(t)
	date := day("2019-06-15")
	tests := []foundCase{
		// Judges and courts, with and without a country before the title.
		{"U.S. District Judge Gray Miller ruled", "U.S. District Judge Gray Miller=USAJUD"},
		{"United States Federal District Judge Michael Urbanski sentenced him", "United States Federal District Judge Michael Urbanski=USAJUD"},
		{"Judge Paul Kellar ordered", "Judge Paul Kellar=---JUD"},
		{"a federal judge in Texas", "federal judge in Texas=USAJUD"},
		{"the county criminal court", "criminal court=---JUD"},
		{"Justice Jane Doe wrote", "Justice Jane Doe=---JUD"},
		{"Judge Jane Doe of Kenya ruled", "Judge Jane Doe=KENJUD; Kenya=KEN"},
		{"the Court of Session in Edinburgh", "Court of Session=GBRJUD"},
		{"Germany's Federal Constitutional Court", "Germany=DEU; Federal Constitutional Court=DEUJUD"},
		// Where people are sent is no actor, nor an act's adjective.
		{"sentenced to life in prison", ""},
		{"a criminal investigation of Ford by criminal gangs", "criminal gangs=---CRM"},
		// "Military" before a noun that is no role is an adjective; before a
		// verb, a role, and the roles it titles are phrases of their own.
		{"Congress approved military aid to the rebels", "Congress=USALEG; rebels=---REB"},
		{"he will release more of his military records", ""},
		{"The military now controls the country", "military=---MIL"},
		{"The military said it had attacked", "military=---MIL"},
		{"Sudanese military leaders met protesters", "Sudanese military leaders=SDNMIL; protesters=---OPP"},
		{"the Burmese military killed protesters", "Burmese military=MMRMIL; protesters=---OPP"},
		{"U.S. Representative Jane Doe", "U.S. Representative Jane Doe=USALEG"},
		// One who advocates rights is an activist; a state's enterprise is
		// its firm.
		{"animal rights advocate Doris Day died", "rights advocate Doris Day=---OPP"},
		{"Chinese human rights advocates criticized it", "Chinese human rights advocates=CHNOPP"},
		{"A Chinese state-owned enterprise bought it", "Chinese state - owned enterprise=CHNGOVBUS"},
		{"the enterprise said", "enterprise=---BUS"},
		// Officers, clergy and workers named by their trade.
		{"Cardinal George Pell was convicted", "Cardinal George Pell=---REL"},
		{"the cardinal rule of politics", ""},
		{"the coroner and the medical examiner ruled", "coroner=---GOV; medical examiner=---GOV"},
		{"Chilean miners went on strike", "Chilean miners=CHLLAB"},
		// A government's title after another body's word is that body's officer.
		{"the union leader said", "union=---LAB; leader=---LAB"},
		{"a company spokesman said", "company=---BUS; spokesman=---BUS"},
		{"Society President Ash Soni said", "President Ash Soni=---NGO"},
		{"Team leader Tim Taylor said", "leader Tim Taylor=---"},
		{"the central bank governor said", "central bank governor=---GOVBUS"},
		// Law officers: "attorneys general", not "attorneys" and a "general".
		{"attorneys general from sixteen states", "attorneys general=---GOV"},
		{"the state attorney general", "state attorney general=---GOV"},
		{"the Ministry of Justice and the Minister of Justice", "Ministry of Justice=---GOV; Minister of Justice=---GOV"},
		// Legislatures' officers.
		{"Speaker Jane Doe said", "Speaker Jane Doe=---LEG"},
		{"Senate Majority Leader Jane Doe", "Senate Majority Leader Jane Doe=---LEG"},
		{"Rep. Jane Doe and Sen. John Roe", "Rep. Jane Doe=---LEG; Sen. John Roe=---LEG"},
		// Departments and agencies.
		{"the Department of Transportation said", "Department of Transportation=USAGOV"},
		{"the Department of Agrarian Reform", "Department of Agrarian Reform=---GOV"},
		{"the Home Office and the Met Police", "Home Office=GBRGOV; Met Police=GBRCOP"},
		{"UN Secretary-General Jane Doe", "UN Secretary - General Jane Doe=IGOUNO"},
		{"the New York Police Department", "New York Police Department=USACOP"},
		{"the city's Police Department", "Police Department=---COP"},
		// A firm's officers are business, a settlement no one.
		{"its chief executive officer and an executive vice president", "chief executive officer=---BUS; executive vice president=---BUS"},
		{"Apple CEO Tim Cook said", "CEO Tim Cook=---BUS"},
		{"they reached a settlement", ""},
		{"European Community ministers", "European Community ministers=IGOEUREEC"},
		// Local councils' members govern.
		{"Councillor Jane Doe and a city council member", "Councillor Jane Doe=---GOV; city council member=---GOV"},
		// Royal households.
		{"the palace said the queen", "the palace=---GOV; queen=---GOV"},
		{"stolen from Blenheim Palace", ""},
		// A capital before a role word gives it its country; before a
		// place's word it is part of the place's name.
		{"the Paris Police Prefecture and Moscow police", "Paris Police Prefecture=FRACOP; Moscow police=RUSCOP"},
		{"Kabul Mayor Jane Doe said", "Kabul Mayor Jane Doe=AFGGOV"},
		{"fled up London Bridge to the Toronto Congress Centre", ""},
		{"London Fire Brigade", "London Fire Brigade=GBRGOV"},
		{"Buckingham Palace said", "Buckingham Palace=GBRGOV"},
		// People of a place.
		{"Hongkongers marched", "Hongkongers=HKG"},
		// Congress's members are of its country; a Speaker of a house is of
		// the country the house names.
		{"members of Congress and the Speaker of the House", "members of Congress=USALEG; Speaker of the House=---LEG"},
		{"the Speaker of the House of Commons said", "Speaker of the House of Commons=GBRLEG"},
		// A seat that titles a person joins the person's mention.
		{"Speaker of the House of Commons John Bercow said", "Speaker of the House of Commons John Bercow=GBRLEG"},
		{"White House spokesman Hogan Gidley said", "White House spokesman Hogan Gidley=USAGOV"},
		{"thousands of Swedes, two Poles and a Dane", "Swedes=SWE; Poles=POL; Dane=DNK"},
		{"telephone poles fell on the swedes", ""},
		{"Hong Kong's Legislative Council and LegCo", "Hong Kong 's Legislative Council=HKGLEG; LegCo=HKGLEG"},
	}
	checkFound(t, d, date, tests)
}

// A plural title before names, each with its country, names each person
// with the title's role and their own country.
func TestFindTitledList(t *testing.T) {
	d := loadBuiltin(t)
	date := day("2019-06-15")
	tests := []foundCase{
		{"Presidents Jane Doe of Nigeria and John Roe of Benin met",
			"Presidents Jane Doe=NGAGOV; Nigeria=NGA; John Roe=BENGOV; Benin=BEN"},
		{"Presidents Muhammadu Buhari of Nigeria, Jane Doe of Ghana and John Roe of Benin",
			"Presidents Muhammadu Buhari=NGAGOV; Nigeria=NGA; Jane Doe=GHAGOV; Ghana=GHA; John Roe=BENGOV; Benin=BEN"},
		// Without a country after each name, a plural takes no name: the
		// names are people of their own.
		{"Presidents Jane Doe and John Roe met", "Presidents=---GOV; Jane Doe=---; John Roe=---"},
		// A list ends at the first word that is not part of it.
		{"Presidents Jane Doe of Nigeria met John Roe of Benin", "Presidents Jane Doe=NGAGOV; Nigeria=NGA; John Roe=BEN; Benin=BEN"},
		// A known person keeps their own office.
		{"Ministers Jane Doe of Kenya and Emmanuel Macron of France", "Ministers Jane Doe=KENGOV; Kenya=KEN; Emmanuel Macron=FRAGOV; France=FRA"},
	}
	checkFound(t, d, date, tests)
}

// People in the news of 2017-2020 beyond heads of state and government
// (people-c.tsv), coded by the office held on the day.
func TestFindNewsPeople(t *testing.T) {
	d := loadBuiltin(t)
	tests := []datedCase{
		{"Pelosi said", "2019-06-15", "Pelosi=USALEG"},
		{"Senate Majority Leader Mitch McConnell", "2019-06-15", "Senate Majority Leader Mitch McConnell=USALEG"},
		{"William Barr said", "2019-06-15", "William Barr=USAGOV"},
		{"William Barr said", "2015-06-15", "William Barr=USAELI"},
		{"Mueller said", "2018-06-15", "Mueller=USAJUD"},
		{"Mueller said", "2010-06-15", "Mueller=USACOP"},
		{"Carrie Lam said", "2019-06-15", "Carrie Lam=HKGGOV"},
		{"Corbyn said", "2019-06-15", "Corbyn=GBROPP"},
		{"Corbyn said", "2021-06-15", "Corbyn=GBRLEG"},
		// Terms join those of the same name in people-a and people-b.
		{"UN Secretary-General Antonio Guterres said", "2019-06-15", "UN Secretary - General Antonio Guterres=IGOUNO"},
		{"Antonio Guterres said", "1999-06-15", "Antonio Guterres=PRTGOV"},
		{"Biden said", "2012-06-15", "Biden=USAGOV"},
		{"Biden said", "2019-06-15", "Biden=USAELI"},
		{"Tedros said", "2020-03-15", "Tedros=IGOUNOHLHWHO"},
		{"Geingob said", "2019-06-15", "Geingob=NAMGOV"},
		// Death in office ends the term on the day after.
		{"Akilisi Pohiva died today", "2019-09-12", "Akilisi Pohiva=TONGOV"},
		{"Pohiva's funeral", "2019-09-20", "Pohiva=TONELI"},
		{"Wiranto was stabbed", "2019-10-10", "Wiranto=IDNGOV"},
		{"John Paul Stevens dies", "2019-07-17", "John Paul Stevens=USAELI"},
		{"Ron Paul said", "2019-06-15", "Ron Paul=USAELI"},
		{"Mohammed bin Salman said", "2018-10-20", "Mohammed bin Salman=SAUGOV"},
		{"opposition leader Juan Guaidó", "2019-02-01", "opposition leader Juan Guaidó=VENOPP"},
		{"Zalmay Khalilzad said", "2019-09-01", "Zalmay Khalilzad=USAGOV"},
		// A title of an office the person left is an honorific: they are
		// their country's elite ("Justice" Stevens retired in 2010).
		{"our colleague Justice John Paul Stevens has passed away", "2019-07-17", "Justice John Paul Stevens=USAELI"},
		{"Ukrainian President Petro Poroshenko said", "2019-06-15", "Ukrainian President Petro Poroshenko=UKRELI"},
		{"Samoan Prime Minister Tuilaepa said", "2019-06-15", "Samoan Prime Minister Tuilaepa=WSMGOV"},
		// Leaders of parties, armed groups and organisations, 2018-2020.
		{"Jens Stoltenberg said", "2019-09-15", "Jens Stoltenberg=IGOWSTNAT"},
		{"Hassan Nasrallah said", "2019-09-15", "Hassan Nasrallah=LBNREB"},
		{"Annegret Kramp-Karrenbauer said", "2019-09-15", "Annegret Kramp - Karrenbauer=DEUGOV"},
		{"Arlene Foster said", "2019-09-15", "Arlene Foster=GBRPTY"},
		{"Matteo Salvini said", "2019-09-15", "Matteo Salvini=ITALEG"},
		{"Ron DeSantis said", "2019-09-15", "Ron DeSantis=USAGOV"},
		// Royals who carry out royal duties act for the crown.
		{"Prince Charles said", "2019-06-15", "Prince Charles=GBRGOV"},
		{"Prince Harry said", "2021-06-15", "Prince Harry=GBRELI"},
		// Members of Parliament are LEG around the offices they hold.
		{"Theresa May said", "2019-07-25", "Theresa May=GBRLEG"},
		{"Theresa May said", "2019-03-25", "Theresa May=GBRGOV"},
		{"Boris Johnson said", "2023-01-10", "Boris Johnson=GBRLEG"},
	}
	checkFoundOn(t, d, tests)
}

// Organisations, parties and movements of political news. Party names
// several countries use are role words, so they take the article's country.
func TestFindOrganisations(t *testing.T) {
	d := loadBuiltin(t)
	date := day("2019-06-15")
	tests := []foundCase{
		{"Greenpeace, Oxfam and the ACLU", "Greenpeace=NGOENV; Oxfam=NGOXFM; ACLU=NGOUSAHRI"},
		{"the European Court of Human Rights and the ECB", "European Court of Human Rights=IGOEURCOE; ECB=IGOEUREEC"},
		{"Islamic State and al-Qaeda", "Islamic State=IMGMUS; al - Qaeda=IMGMUSALQ"},
		{"the BJP and the AfD and the SNP", "BJP=INDPTY; AfD=DEUPTY; SNP=GBRPTY"},
		{"Poland's Law and Justice party", "Poland=POL; Law and Justice=POLPTY"},
		{"Democrats and Republicans and the GOP", "Democrats=---PTY; Republicans=---PTY; GOP=---PTY"},
		// A party's members in a legislature are that legislature's.
		{"Democrats in Congress and Republicans in the Senate", "Democrats in Congress=USALEG; Republicans in the Senate=---LEG"},
		{"Labour in the House of Commons and Tories in London", "Labour in the House of Commons=GBRLEG; Tories=---PTY; London=GBRGOV"},
		{"the Tories and Labour", "Tories=---PTY; Labour=---PTY"},
		{"the Republican Guard", "Republican Guard=---MIL"},
		{"Extinction Rebellion and Black Lives Matter", "Extinction Rebellion=---OPP; Black Lives Matter=---OPP"},
		{"yellow vests protested", "yellow vests=FRAOPP"},
		{"the Congress party and Congress", "Congress party=INDPTY; Congress=USALEG"},
		{"Pope Francis said", "Pope Francis=VATGOV"},
		// A party's officers speak for the party; its MPs sit in parliament.
		{"Labour leader Jeremy Corbyn said", "Labour leader Jeremy Corbyn=GBROPP"},
		{"the Conservative Party leader said", "Conservative Party leader=---PTY"},
		{"Labour MP Jane Doe said", "Labour MP Jane Doe=---LEG"},
		{"British Labour MP Jane Doe said", "British Labour MP Jane Doe=GBRLEG"},
		{"SNP leader Jane Doe said", "SNP leader Jane Doe=GBRPTY"},
		{"the Libertarian Party and the New Progressive Party", "Libertarian Party=USAPTY; New Progressive Party=PRIPTY"},
		{"the Investigative Committee and the Federal Security Service (FSB)", "Investigative Committee=RUSCOP; Federal Security Service=RUSSPY; FSB=RUSSPY"},
		{"the Emergencies Ministry said", "Emergencies Ministry=RUSGOV"},
		{"the NTSB, the FAA and the CDC", "NTSB=USAGOV; FAA=USAGOV; CDC=USAHLH"},
		{"Abu Sayyaf and Civic Platform", "Abu Sayyaf=PHLREB; Civic Platform=POLPTY"},
	}
	checkFound(t, d, date, tests)
}

// A given name and the capitalised words after it name a person the
// lists do not have; places and bodies named after people are not people.
func TestFindUnlistedPeople(t *testing.T) {
	d := loadBuiltin(t)
	date := day("2019-06-15")
	tests := []foundCase{
		{"Patrick Crusius was arrested", "Patrick Crusius=---"},
		{"Qandeel Baloch made videos", "Qandeel Baloch=---"},
		// A name the lists lack, given name and all, with the age news sets after it.
		{"Volodoymyr Zhukovskyy, 23, pleaded not guilty", "Volodoymyr Zhukovskyy=---"},
		{"Zhukovskyy, 23, pleaded not guilty", ""},
		{"Acme Corp, 23, said", "Acme Corp=---BUS"},
		{"In 2019, Volodoymyr Zhukovskyy said", ""},
		{"Irina Petrova said", "Irina Petrova=---"},
		{"Ohio man James Alex Fields drove", "Ohio man James Alex Fields=USA"},
		{"police arrested the suspect and a 36-year-old man", "police=---COP"},
		{"a Saudi woman and a British suspect", "Saudi woman=SAU; British suspect=GBR"},
		{"David and Louise Turpin", "Louise Turpin=---"},
		{"Bashar al-Assad met Fernando de la Rua", "Bashar al - Assad=SYRGOV; Fernando de la Rua=ARGELI"},
		{"John Roe of Benin said", "John Roe=BEN; Benin=BEN"},
		// A nationality before a description and the name gives the country.
		{"Italian artist Maurizio Cattelan made it", "Italian artist Maurizio Cattelan=ITA"},
		{"a Polish chef named Jan Nowak", "Polish chef named Jan Nowak=POL"},
		{"French police detained Jan Nowak", "French police=FRACOP; Jan Nowak=---"},
		{"Chinese state media Xinhua", "Chinese state media=CHNMED; Xinhua=CHNMED"},
		// Not people.
		{"at Charles de Gaulle Airport", ""},
		{"the George Washington Bridge", ""},
		{"Patrick Henry College said", "College=---EDU"},
		{"Will Europe agree", ""},
		{"the Roman Catholic Church", ""},
		{"Patrick said", ""},
	}
	checkFound(t, d, date, tests)
}

// News outlets named after a place report events; the place's government
// is no actor of them.
func TestFindNewsOutlets(t *testing.T) {
	d := loadBuiltin(t)
	got := found(d, "Police told Agence France-Presse, the Jerusalem Post and Voice of America", day("2019-06-15"))
	if want := "Police=---COP"; got != want {
		t.Errorf("Find = %q, want %q", got, want)
	}
	got = found(d, "worth five million US dollars or 40 Hong Kong dollars", day("2019-06-15"))
	if got != "" {
		t.Errorf("Find = %q, want no actor in currencies", got)
	}
	got = found(d, "Thames Valley Police said", day("2019-06-15"))
	if want := "Thames Valley Police=GBRCOP"; got != want {
		t.Errorf("Find = %q, want %q", got, want)
	}
}
