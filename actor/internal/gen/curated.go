package main

// The curated tables correct and extend the generated sources with the
// forms English news actually uses.

// cameoCode maps the source's alpha-3 codes to CAMEO's where they differ.
var cameoCode = map[string]string{"UNK": "KSV"}

// displayName is the name shown for a country when the source's common
// name is not the one English news uses.
var displayName = map[string]string{
	"TUR": "Turkey",
	"CZE": "Czech Republic",
	"MKD": "North Macedonia",
	"CPV": "Cape Verde",
	"SWZ": "Eswatini",
	"VAT": "Vatican City",
}

// extraNames are short forms and older names common in the news.
var extraNames = map[string][]string{
	"USA": append([]string{"U.S.", "U.S.A.", "US", "America", "United States of America"}, usStates...),
	"CAN": {"Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
		"New Brunswick", "Newfoundland and Labrador", "Prince Edward Island", "Yukon", "Nunavut", "Northwest Territories"},
	"GBR": {"U.K.", "UK", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"},
	"COD": {"Congo-Kinshasa", "Democratic Republic of Congo", "D.R. Congo", "DRC", "Zaire"},
	"COG": {"Congo-Brazzaville", "Republic of the Congo", "Congo Republic"},
	"CIV": {"Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire", "Cote D'Ivoire"},
	"MMR": {"Burma"},
	// The islands' own short name: "the Turks and Caicos government" is not Turkey's.
	"TCA": {"Turks and Caicos"},
	"VIR": {"Virgin Islands", "U.S. Virgin Islands", "US Virgin Islands"},
	"TUR": {"Turkey", "Türkiye", "Turkiye"},
	"ARE": {"UAE", "U.A.E.", "Emirates", "United Arab Emirates"},
	"PRK": {"North Korea", "DPRK", "D.P.R.K."},
	"KOR": {"South Korea", "ROK"},
	"RUS": {"Russia", "Chechnya"},
	// Regions the news names for their country's people and officials
	// ("Catalan leaders", "the Basque police").
	"ESP": {"Catalonia", "Basque Country"},
	"FRA": {"Corsica"},
	// India's states and Australia's, named for their officials as a U.S.
	// state is ("the former Deputy Chief Minister of Goa", "the Kerala
	// government", "the New South Wales government"); Punjab and Kashmir,
	// names of regions of two countries, and Victoria, a given name and a
	// lake's, are left out.
	"IND": {"Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa", "Gujarat",
		"Haryana", "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala", "Madhya Pradesh", "Maharashtra",
		"Manipur", "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Rajasthan", "Sikkim", "Tamil Nadu",
		"Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand", "West Bengal"},
	"AUS": {"New South Wales", "Queensland", "South Australia", "Western Australia", "Tasmania",
		"Northern Territory", "Australian Capital Territory"},
	"ITA": {"Sicily", "Sardinia"},
	"DEU": {"Bavaria"},
	"CZE": {"Czechia"},
	"MKD": {"Macedonia", "FYROM"},
	"SWZ": {"Swaziland"},
	"CPV": {"Cabo Verde"},
	"TLS": {"East Timor"},
	"GNB": {"Guinea Bissau"},
	"PSE": {"Palestinian Territories", "Palestinian territories", "West Bank", "Gaza", "Gaza Strip"},
	"VAT": {"Holy See", "Vatican"},
	"LAO": {"Laos"},
	"SYR": {"Syria"},
	"IRN": {"Iran", "Persia"},
	"VNM": {"Vietnam", "Viet Nam"},
	"BOL": {"Bolivia"},
	"VEN": {"Venezuela"},
	"TZA": {"Tanzania"},
	"MDA": {"Moldova"},
	"FSM": {"Micronesia"},
	"BRN": {"Brunei"},
	"NLD": {"Holland", "Netherlands"},
	"BHS": {"Bahamas"},
	"GMB": {"Gambia"},
}

// usStates name the United States as PETRARCH's country dictionary does
// (a state is its country's: "a federal judge in Texas", "Texas sued");
// Georgia is the country and Washington the capital already.
var usStates = []string{"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
	"Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
	"Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
	"Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
	"Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
	"Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia"}

// dropNames are source spellings that collide with ordinary words or other
// countries' names.
var dropNames = map[string][]string{
	"SAU": {"Saudi"},             // an adjective, listed as one
	"ISL": {"Island"},            // Icelandic for Iceland, an English word
	"IMN": {"Mann", "Mannin"},    // a surname
	"JEY": {"Jersey"},            // inside "New Jersey"
	"TWN": {"Republic of China"}, // read as China more often than as Taiwan
	"VGB": {"Virgin Islands"},    // the bare name is the U.S. territory's in the news
}

// adjectiveOwner settles adjectives several countries share.
var adjectiveOwner = map[string]string{
	"Dominican": "DOM", "Dominicans": "DOM", "Congolese": "COD", "Channel Islander": "", "Channel Islanders": "",
	"Virgin Islander": "", "Virgin Islanders": "",
}

// extraAdjectives are demonyms the source lacks or spells differently.
var extraAdjectives = map[string][]string{
	"GBR": {"Briton", "Britons", "Scottish", "Welsh"}, // not "English": mostly the language,
	"SAU": {"Saudi", "Saudis"},
	"ARE": {"Emirati", "Emiratis"},
	"NLD": {"Dutch"},
	"FRA": {"French", "Frenchman", "Frenchmen", "Corsican", "Corsicans"},
	"POL": {"=Polish", "=Pole", "=Poles"}, // not "poles" of wood
	// Nouns for the people where the source gives only the adjective.
	"SWE": {"=Swede", "=Swedes"}, // not the vegetable
	"DNK": {"Dane", "Danes"},
	"FIN": {"Finns"}, // not the given name Finn
	"ESP": {"Spaniard", "Spaniards", "Catalan", "Catalans", "Basque", "Basques"},
	"RUS": {"Chechen", "Chechens"},
	"ITA": {"Sicilian", "Sicilians", "Sardinian", "Sardinians"},
	"IRL": {"Irishman", "Irishmen", "Irishwoman", "Irishwomen"},
	"PHL": {"Filipino", "Filipinos", "Philippine"},
	"CZE": {"Czech", "Czechs"},
	"CHE": {"Swiss"},
	"NZL": {"New Zealander", "New Zealanders"},
	"AFG": {"Afghan", "Afghans"},
	"PSE": {"Palestinian", "Palestinians"},
	"BGD": {"Bangladeshi", "Bangladeshis"},
	"MMR": {"Burmese", "Myanmar"},
	"COD": {"Congolese"},
	"KOR": {"South Korean", "South Koreans"},
	"PRK": {"North Korean", "North Koreans"},
	"CPV": {"Cape Verdean", "Cape Verdeans"},
	"KSV": {"Kosovar", "Kosovars", "Kosovan"},
	"TWN": {"Taiwanese"},
	"BIH": {"Bosnian", "Bosnians"},
	"DEU": {"German", "Germans", "Bavarian", "Bavarians"},
	"TUR": {"Turk", "Turks"},
	"THA": {"Thai", "Thais"},
	"ISL": {"Icelandic"},
	"HKG": {"Hongkonger", "Hongkongers"},
}

// capitalOK lists dependent territories whose capital stands for a
// government the news reports on.
var capitalOK = map[string]bool{"TWN": true, "PSE": true}

// capitalOverride fixes capitals the source gives in a form the news does
// not use or that are ambiguous; "" removes the capital.
var capitalOverride = map[string]string{
	"MMR": "Naypyidaw",
	"BEL": "", // Brussels stands for the European Union in the news
	"BGR": "", // Sofia: a first name
	"SYC": "", // Victoria: a common first name
	"HKG": "", // City of Victoria
	"ISR": "Jerusalem",
	"CIV": "Abidjan", // the seat of government, though Yamoussoukro is the capital
	"NGA": "Abuja",
	"BOL": "La Paz",
	"ZAF": "Pretoria",
	"NLD": "The Hague",
	"MYS": "Putrajaya",
	"TZA": "Dodoma",
	"BEN": "Cotonou",
	"LKA": "Colombo",
	"SWZ": "Mbabane",
	"CHE": "Bern",
	"GEO": "Tbilisi",
	"PSE": "Ramallah",
	"KSV": "Pristina",
	"TWN": "Taipei",
	"DOM": "Santo Domingo",
	"JAM": "", // Kingston: also a town in several countries
	"VCT": "", // Kingstown
	"BRB": "", // Bridgetown
	"GUY": "", // Georgetown: also in Malaysia and the US
	"STP": "", // São Tomé: same as the island
	"PLW": "", // Ngerulmud
	"TUV": "", // Funafuti
	"KIR": "", // South Tarawa
	"MHL": "", // Majuro
	"NRU": "", // Yaren
}

// seats are metonyms for a government or one of its arms.
var seats = map[string][]string{
	"USA": {"White House", "State Department", "Department of State", "Pentagon=MIL", "Capitol Hill=LEG", "Congress=LEG", "Oval Office",
		"Justice Department", "Department of Justice", "FBI=COP", "Federal Bureau of Investigation=COP", "CIA=SPY", "Central Intelligence Agency=SPY",
		"Department of Homeland Security", "Homeland Security Department", "Department of Transportation", "Transportation Department",
		"Treasury Department", "Department of the Treasury", "Commerce Department", "Department of Commerce",
		"Environmental Protection Agency", "EPA", "Immigration and Customs Enforcement=COP", "ICE=COP",
		"Customs and Border Protection=COP", "Border Patrol=COP", "Secret Service=COP", "National Security Agency=SPY",
		"Supreme Court of the United States=JUD", "SCOTUS=JUD",
		// Federal agencies that act on people and firms: they investigate,
		// ground, approve, fine and raid.
		"National Transportation Safety Board", "NTSB", "Federal Aviation Administration", "FAA",
		"Food and Drug Administration", "FDA", "Centers for Disease Control and Prevention=HLH", "CDC=HLH",
		"National Institutes of Health=HLH", "NIH=HLH", "Federal Emergency Management Agency", "FEMA",
		"Drug Enforcement Administration=COP", "DEA=COP", "Bureau of Alcohol, Tobacco, Firearms and Explosives=COP",
		"ATF=COP", "Internal Revenue Service", "IRS", "Congressional Black Caucus=LEG",
		// Congress's members are of one country, as Congress is ("the Speaker
		// of the House" is not: several countries' houses have one).
		"member of Congress=LEG", "members of Congress=LEG",
		// The space agency and the central bank, which act for the state
		// ("NASA praised SpaceX", "the Federal Reserve warned"); a central
		// bank is GOVBUS, as PETRARCH's CENTRAL_BANK.
		"NASA", "National Aeronautics and Space Administration", "Federal Reserve=GOVBUS",
		"Federal Reserve Board=GOVBUS", "U.S. Attorney's Office=JUD"},
	"PSE": {"Palestinian Authority", "Palestinian National Authority"},
	// The FSB is a domestic security service, coded as MI5 and Shin Bet are;
	// the Investigative Committee investigates crimes, as the FBI does.
	"RUS": {"Kremlin", "Duma=LEG", "State Duma=LEG", "Federation Council=LEG", "Federal Security Service=SPY", "FSB=SPY",
		"Investigative Committee=COP", "Emergencies Ministry", "Emergency Situations Ministry", "Ministry of Emergency Situations",
		"Rosgvardia=MIL", "National Guard of Russia=MIL", "Roscosmos", "Central Bank of Russia=GOVBUS",
		"Bank of Russia=GOVBUS"},
	"GBR": {"Downing Street", "Number 10", "No 10", "Whitehall", "Foreign Office", "Westminster=LEG", "House of Commons=LEG", "House of Lords=LEG",
		"Scotland Yard=COP", "MI5=SPY", "MI6=SPY", "Home Office", "Buckingham Palace", "Court of Session=JUD",
		"High Court of Justiciary=JUD", "Old Bailey=JUD", "Crown Prosecution Service=JUD", "Metropolitan Police=COP",
		"Met Police=COP", "Holyrood=LEG", "Stormont=LEG", "Thames Valley Police=COP", "Greater Manchester Police=COP",
		"West Midlands Police=COP", "West Yorkshire Police=COP", "Merseyside Police=COP", "Police Scotland=COP",
		"British Transport Police=COP", "Police Service of Northern Ireland=COP", "PSNI=COP",
		"Speaker of the House of Commons=LEG", "Bank of England=GOVBUS", "Crown Court=JUD"},
	"FRA": {"Elysee", "Élysée", "Elysee Palace", "Élysée Palace", "Quai d'Orsay", "Matignon", "Bank of France=GOVBUS",
		"Banque de France=GOVBUS"},
	"DEU": {"Bundestag=LEG", "Bundesrat=LEG", "Bundeswehr=MIL", "Chancellery", "Federal Constitutional Court=JUD",
		"Bundesbank=GOVBUS"},
	"CHN": {"Zhongnanhai", "PLA=MIL", "People's Liberation Army=MIL", "Xinhua=MED", "Politburo", "State Council",
		"National People's Congress=LEG", "Communist Party of China", "Chinese Communist Party", "CCP",
		"People's Bank of China=GOVBUS"},
	"HKG": {"LegCo=LEG", "Legco=LEG"},
	"TWN": {"Legislative Yuan=LEG", "Executive Yuan"},
	"ITA": {"Quirinale", "Palazzo Chigi"},
	"ESP": {"Moncloa", "Congress of Deputies=LEG"},
	"VEN": {"Miraflores", "Miraflores Palace", "National Assembly of Venezuela=LEG"},
	"ARG": {"Casa Rosada"},
	"PHL": {"Malacanang", "Malacañang", "Malacanang Palace", "Malacañang Palace"},
	"POL": {"Sejm=LEG"},
	"NOR": {"Storting=LEG", "Stortinget=LEG"},
	"SWE": {"Riksdag=LEG"},
	"DNK": {"Folketing=LEG"},
	"IRL": {"Dail=LEG", "Dáil=LEG", "Oireachtas=LEG"},
	"ISR": {"Knesset=LEG", "IDF=MIL", "Israel Defense Forces=MIL", "Mossad=SPY", "Shin Bet=SPY"},
	"KOR": {"Blue House"},
	"JPN": {"Diet=LEG", "Bank of Japan=GOVBUS"},
	"MMR": {"Tatmadaw=MIL", "Naypyitaw", "Nay Pyi Taw"},
	"IRN": {"Majlis=LEG", "IRGC=MIL", "Revolutionary Guards=MIL", "Revolutionary Guard=MIL", "IRNA=MED"},
	"UKR": {"Verkhovna Rada=LEG", "Rada=LEG", "Kiev"},
	"BRA": {"Brasilia", "Planalto"},
	"COL": {"Bogota"},
	"CMR": {"Yaounde"},
	"TGO": {"Lome"},
	"PRY": {"Asuncion"},
	"MDA": {"Chisinau"},
	"YEM": {"Sanaa"},
	"MNG": {"Ulaanbaatar"},
	"KAZ": {"Nur-Sultan"},
	"CRI": {"San Jose"},
	"IND": {"Lok Sabha=LEG", "Rajya Sabha=LEG", "Delhi", "Reserve Bank of India=GOVBUS",
		"Central Bureau of Investigation=COP"},
	"CAN": {"Bank of Canada=GOVBUS"},
	"CHE": {"Swiss National Bank=GOVBUS"},
}

// extraCountries are entities CAMEO codes as countries but ISO 3166-1 lacks.
var extraCountries = []country{
	{code: "DDR", names: []string{"East Germany", "German Democratic Republic", "GDR"}, adjectives: []string{"East German", "East Germans"}},
	{code: "SUN", names: []string{"Soviet Union", "USSR", "U.S.S.R."}, adjectives: []string{"Soviet", "Soviets"}},
	{code: "YUG", names: []string{"Yugoslavia", "Socialist Federal Republic of Yugoslavia", "Federal Republic of Yugoslavia"}, adjectives: []string{"Yugoslav", "Yugoslavs", "Yugoslavian", "Yugoslavians"}},
	// CAMEO codes ethnic groups as it codes countries: the Kurds are KUR,
	// not the country they live in ("Kurdish forces" are KURMIL). Their
	// regions keep their state's code, as PETRARCH's dictionaries do
	// ("Iraqi Kurdistan" and the KRG are IRQ's), so "Kurdistan" is no name.
	{code: "KUR", names: []string{"Kurds"}, adjectives: []string{"Kurdish", "Kurd"}},
}

// extraGiven are common given names the people files, mostly of men in
// office, lack; they count even where the treebank has them as words
// ("Grace", "Jack"), as the name rule wants a capitalised unknown word
// after them.
var extraGiven = []string{
	"Mary", "Emma", "Louise", "Heather", "Amy", "Rachel", "Rebecca", "Hannah", "Emily", "Lucy", "Alice",
	"Michelle", "Melissa", "Stephanie", "Katherine", "Kathryn", "Grace", "Chloe", "Megan", "Lauren", "Ashley",
	"Brittany", "Samantha", "Greta", "Kirsten", "Tulsi", "Beto", "Pete", "Cory", "Kamala", "Ryan", "Brandon",
	"Tyler", "Kyle", "Dylan", "Ethan", "Noah", "Logan", "Aiden", "Jack", "Oliver", "Charlie", "Alfie",
	"Freddie", "Archie", "Aisha", "Priya", "Rahul", "Amit", "Yuki", "Jessica", "Jennifer", "Karen", "Linda",
	"Kimberly", "Amanda", "Nicole", "Danielle", "Natalie", "Vanessa", "Tiffany", "Courtney", "Kayla",
	"Abigail", "Sophia", "Isabella", "Ava", "Mia", "Harper", "Evelyn", "Zoe", "Ellie", "Holly",
	"Joshua", "Matthew", "Justin", "Jason", "Brian", "Kevin", "Eric", "Sean", "Shane", "Travis", "Derek",
	"Cody", "Dustin", "Connor", "Jake", "Luke", "Harry", "Jamie", "Toby", "Liam",
	"Imran", "Bilal", "Hamza", "Waseem", "Qandeel", "Deepak", "Pooja", "Sofia", "Natalia", "Irina",
}
