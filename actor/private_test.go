package actor

import "testing"

func TestFindPrivateAndFirms(t *testing.T) {
	d := loadBuiltin(t)
	date := day("2019-06-15")
	tests := []foundCase{
		// A nationality before a description and a role word titling a firm.
		{"(HDT Limited) acquired Austrian mortar and shell manufacturer Hirtenberger Defence Group.",
			"HDT Limited=---BUS; Austrian mortar and shell manufacturer Hirtenberger Defence Group=AUTBUS"},
		// A word of nationality takes any capitalised name, listed as a given name or not;
		// a naming word does not (see private.go).
		{"another, a Polish chef named Łukasz, harried him", "Polish=POL"},
		{"He wanted to marry Turkish national Hatice Cengiz.", "Turkish national Hatice Cengiz=TUR"},
		{"British citizen Nazanin Zaghari-Ratcliffe was jailed in Iran", "British citizen Nazanin Zaghari - Ratcliffe=GBRCVL; Iran=IRN"},
		{"the Turkish national team played", "Turkish=TUR"},
		// A plural nationality is the people themselves: what follows is
		// their act and its target, no description of a name.
		{"Venezuelans criticized President Nicolas Maduro.", "Venezuelans=VEN; President Nicolas Maduro=VENGOV"},
		{"South Koreans welcomed Japanese Prime Minister Shinzo Abe", "South Koreans=KOR; Japanese Prime Minister Shinzo Abe=JPNGOV"},
		{"Swiss banker Hans Meier resigned", "Swiss banker Hans Meier=CHE"},
		// A country joined by a hyphen to a participle of ownership or
		// registry gives the role word after it; one of support does not.
		{"Iran seized a British-flagged tanker", "Iran=IRN; British - flagged tanker=GBRBUS"},
		{"a Saudi-owned newspaper said", "Saudi - owned newspaper=SAUMED"},
		{"Iran-backed militias attacked", "Iran=IRN; militias=---UAF"},
		// A function word ends a description too.
		{"a Russian summit could follow Secretary of State Mike Pompeo's visit", "Russian=RUS; Secretary of State Mike Pompeo=USAGOV"},
		// A past form ends a description: the name after it is the act's.
		{"Iranian hackers targeted President Donald Trump's campaign", "Iranian=IRN; President Donald Trump=USAGOV"},
		{"Russian trolls said Senator Elizabeth Warren lied", "Russian=RUS; Senator Elizabeth Warren=USALEG"},
		// A description that titles no one gives nothing, nor does the adjective alone.
		{"Russian nuclear plants were shut", "Russian=RUS"},
		// One word of trade between gives the role the nationality; an act
		// between (a participle or gerund) does not.
		{"the US sanctioned Iranian oil companies", "US=USA; Iranian oil companies=IRNBUS"},
		{"Japanese car makers protested", "Japanese car makers=JPNBUS"},
		{"Iranian backed militias attacked", "Iranian=IRN; militias=---UAF"},
		{"Israeli bombing victims were buried", "Israeli=ISR; victims=---CVL"},
		{"Brazilian coffee and sugar growers protested", "Brazilian=BRA"},
		// ... and a role word that modifies a noun after it names goods.
		{"tariffs on Japanese color television sets", "Japanese=JPN; television=---MED"},
		// A role word that ends the text is read without a name after it.
		{"it sanctioned Austrian arms manufacturers", "Austrian arms manufacturers=AUTBUS"},
		// The article before a country after "of".
		{"the Parliament of the United Kingdom was suspended", "Parliament of the United Kingdom=GBRLEG"},
		// An officer of an organisation or a firm acts for it; people who
		// are no officers of it do not.
		{"the Secretary-General of NATO said", "Secretary - General of NATO=IGOWSTNAT"},
		{"the chief executive of Siemens AG said", "chief executive of Siemens AG=DEUBUS"},
		{"the victims of Boko Haram said", "victims=---CVL; Boko Haram=NGAREB"},
		// A capitalised portfolio the lists lack, before a ministry's head.
		{"the Saudi Oil Ministry said", "Saudi Oil Ministry=SAUGOV"},
		{"the Japanese Trade and Industry Ministry said", "Japanese Trade and Industry Ministry=JPNGOV"},
		{"the Russian Defence Ministry said", "Russian Defence Ministry=RUSMIL"},
		// A deputy or acting holder of an office holds its role.
		{"the Russian Deputy Health Minister said", "Russian Deputy Health Minister=RUSGOVHLH"},
		{"Iraqi First Deputy Speaker Hassan al-Kaabi said", "Iraqi First Deputy Speaker Hassan al - Kaabi=IRQLEG"},
		{"seconded by Scottish First Minister Nicola Sturgeon", "Scottish First Minister Nicola Sturgeon=GBRGOV"},
		{"Chinese First Vice Premier Han Zheng said", "Chinese First Vice Premier Han Zheng=CHNGOV"},
		{"Brazilian President-elect Jair Bolsonaro said", "Brazilian President - elect Jair Bolsonaro=BRAGOV"},
		{"President-elect Jair Bolsonaro said", "President - elect Jair Bolsonaro=BRAGOV"},
		// A firm's legal form ends its name; the country after it is its own.
		{"Acme Widgets Inc of Canada sued", "Acme Widgets Inc=CANBUS; Canada=CAN"},
		{"The Court ruled against Acme Ltd.", "Court=---JUD; Acme Ltd.=---BUS"},
		{"Ltd was alone", ""},
		{"Austrian arms manufacturer HDT Védelmi Ipari Kft. bought it", "Austrian arms manufacturer HDT Védelmi Ipari Kft.=AUTBUS"},
		// Firms go by their initials after the role word; a name the
		// dictionary knows stays apart.
		{"Chinese company ZTE criticized it", "Chinese company ZTE=CHNBUS"},
		{"state-owned enterprise HDT acquired it", "state - owned enterprise HDT=---GOVBUS"},
		{"The company UN agencies hired left", "company=---BUS; UN=IGOUNO"},
		// A short name in brackets the dictionary does not know is the
		// mention's own; a known one is a mention of its own.
		{"Hungarian state-owned enterprise HDT Védelmi Ipari Kft. (HDT Limited) acquired it",
			"Hungarian state - owned enterprise HDT Védelmi Ipari Kft. ( HDT Limited )=HUNGOVBUS"},
		{"the United States Coast Guard (USCG) said", "United States Coast Guard ( USCG )=USAMIL"},
		{"the Syrian Democratic Forces (SDF) said", "Syrian Democratic Forces=SYRREB; SDF=SYRREB"},
		{"the prime minister (Boris Johnson) said", "prime minister=---GOV; Boris Johnson=GBRLEG"},
		{"the police (who arrived late) said", "police=---COP"},
		// Legal forms that are no name words, or only as written: "the AG" is an office.
		{"Acme Widgets AG sued", "Acme Widgets AG=---BUS"},
		{"Siemens AG sued", "Siemens AG=DEUBUS"},
		// A firm the lists name after a firm's role word is that firm.
		{"Chinese company Huawei sued", "Chinese company Huawei=CHNBUS"},
		{"the carmaker Toyota Motor Corp said", "carmaker Toyota=JPNBUS"},
		{"The company Gazprom agreed", "company Gazprom=RUSBUS"},
		{"Maersk A/S of Denmark sued", "Maersk A/S=DNKBUS; Denmark=DNK"},
		{"Iberdrola S.A. and Royal Philips N.V. sued", "Iberdrola S.A.=---BUS; Royal Philips N.V.=---BUS"},
		{"the AG said", ""},
		{"Magyar Telekom Nyrt. sued", "Magyar Telekom Nyrt.=---BUS"},
		// Peoples CAMEO codes as countries; their lawmakers sit in a state's parliament.
		{"Kurdish forces and a Kurdish leader met the Kurds", "Kurdish forces=KURMIL; Kurdish leader=KURGOV; Kurds=KUR"},
		{"the Kurdish lawmaker was stripped of immunity", "Kurdish lawmaker=---LEG"},
		{"the Kurdish Workers' Party", "Kurdish Workers ' Party=TURREB"},
		// A government's employees are labour, not the government.
		{"Greek civil servants and state workers went on strike", "Greek civil servants=GRCLAB; state workers=---LAB"},
		// A medium after "on", "via", "by" or "live" is the channel used.
		{"He announced this change by live television on Wednesday", ""},
		{"she said on state television", ""},
		{"State television reported the deaths", "State television=---MED"},
		{"Iranian state TV said", "Iranian state TV=IRNMED"},
		// The full name of UNESCO is one actor; Time magazine is American media.
		{"the Greek foreign minister and United Nations Educational, Scientific and Cultural Organization (UNESCO)",
			"Greek foreign minister=GRCGOV; United Nations Educational , Scientific and Cultural Organization=IGOUNODEV; UNESCO=IGOUNODEV"},
		// A court or police in a country is that country's (a capital's name
		// may be another town's, left to the place resolver);
		// other roles in a country stay of unknown country.
		{"A court in Scotland ruled against the government", "court in Scotland=GBRJUD; government=---GOV"},
		{"The High Court in London ruled", "High Court=---JUD; London=GBRGOV"},
		{"Police in the United States arrested him", "Police in the United States=USACOP"},
		{"troops in Syria and refugees in Turkey", "troops=---MIL; Syria=SYR; refugees=---REF; Turkey=TUR"},
		// So is a crowd in a country, also with a participle between, which
		// stays out of the mention for the coder; a capital does not count.
		{"Protesters in Hong Kong marched", "Protesters=HKGOPP; Hong Kong=HKG"},
		{"Thousands of people protesting in Belgium", "people=BELCVL; Belgium=BEL"},
		{"demonstrators protesting in Brussels", "demonstrators=---OPP; Brussels=IGOEUREEC"},
		{"protesters blocked roads in Lebanon", "protesters=---OPP; Lebanon=LBN"},
		{"35 thousand students protesting in Belgium", "students=BELEDU; Belgium=BEL"},
		// A role after a person's possessive serves them, with their country.
		{"McGurk, who was Trump's Special Presidential Envoy", "Trump=USAGOV; Envoy=USAGOV"},
		{"Trump's decision angered officials", "Trump=USAGOV; officials=---GOV"},
		{"the court in Chad Smith's case", "court=---JUD"},
		// Leaders and bodies of the whole world are no one country's.
		{"Thunberg met world leaders at the summit", "Thunberg=SWEENV"},
		{"The international community condemned the attack", ""},
		{"Time magazine named Greta Thunberg its Person of the Year", "Time magazine=USAMED; Greta Thunberg=SWEENV"},
	}
	checkFound(t, d, date, tests)
}

// A people coded as a country is no state: Country does not report it.
func TestCountryLeavesOutPeoples(t *testing.T) {
	d := loadBuiltin(t)
	if _, ok := d.Country("KUR"); ok {
		t.Errorf("Country(KUR) reported a country")
	}
	if c, ok := d.Country("TUR"); !ok || c.Code != "TUR" {
		t.Errorf("Country(TUR) = %+v, %v; want Turkey", c, ok)
	}
}
