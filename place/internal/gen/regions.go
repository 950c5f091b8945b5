package main

// The GeoNames extract names no first-level divisions: city rows carry
// only an admin1 code. These tables are the project's own list of the
// divisions most often named in political news, keyed by GeoNames admin1
// code (country alpha-2 "." code); a division's coordinates and size come
// from its cities. Divisions not listed here have a code on their cities
// but no name and no entry of their own.

type admin1 struct {
	code, name string
	alts       []string
}

var admin1Names = []admin1{
	// United States (GeoNames uses the postal codes).
	{"US.AL", "Alabama", nil}, {"US.AK", "Alaska", nil}, {"US.AZ", "Arizona", nil},
	{"US.AR", "Arkansas", nil}, {"US.CA", "California", nil}, {"US.CO", "Colorado", nil},
	{"US.CT", "Connecticut", nil}, {"US.DE", "Delaware", nil}, {"US.FL", "Florida", nil},
	{"US.GA", "Georgia", nil}, {"US.HI", "Hawaii", nil}, {"US.ID", "Idaho", nil},
	{"US.IL", "Illinois", nil}, {"US.IN", "Indiana", nil}, {"US.IA", "Iowa", nil},
	{"US.KS", "Kansas", nil}, {"US.KY", "Kentucky", nil}, {"US.LA", "Louisiana", nil},
	{"US.ME", "Maine", nil}, {"US.MD", "Maryland", nil}, {"US.MA", "Massachusetts", nil},
	{"US.MI", "Michigan", nil}, {"US.MN", "Minnesota", nil}, {"US.MS", "Mississippi", nil},
	{"US.MO", "Missouri", nil}, {"US.MT", "Montana", nil}, {"US.NE", "Nebraska", nil},
	{"US.NV", "Nevada", nil}, {"US.NH", "New Hampshire", nil}, {"US.NJ", "New Jersey", nil},
	{"US.NM", "New Mexico", nil}, {"US.NY", "New York", []string{"New York State"}},
	{"US.NC", "North Carolina", nil}, {"US.ND", "North Dakota", nil}, {"US.OH", "Ohio", nil},
	{"US.OK", "Oklahoma", nil}, {"US.OR", "Oregon", nil}, {"US.PA", "Pennsylvania", nil},
	{"US.RI", "Rhode Island", nil}, {"US.SC", "South Carolina", nil}, {"US.SD", "South Dakota", nil},
	{"US.TN", "Tennessee", nil}, {"US.TX", "Texas", nil}, {"US.UT", "Utah", nil},
	{"US.VT", "Vermont", nil}, {"US.VA", "Virginia", nil}, {"US.WA", "Washington State", nil},
	{"US.WV", "West Virginia", nil}, {"US.WI", "Wisconsin", nil}, {"US.WY", "Wyoming", nil},
	// Canada.
	{"CA.01", "Alberta", nil}, {"CA.02", "British Columbia", nil}, {"CA.03", "Manitoba", nil},
	{"CA.04", "New Brunswick", nil}, {"CA.05", "Newfoundland and Labrador", []string{"Newfoundland"}},
	{"CA.07", "Nova Scotia", nil}, {"CA.08", "Ontario", nil}, {"CA.09", "Prince Edward Island", nil},
	{"CA.10", "Quebec", []string{"Québec"}}, {"CA.11", "Saskatchewan", nil}, {"CA.12", "Yukon", nil},
	{"CA.13", "Northwest Territories", nil},
	// Australia.
	{"AU.01", "Australian Capital Territory", nil}, {"AU.02", "New South Wales", nil},
	{"AU.03", "Northern Territory", nil}, {"AU.04", "Queensland", nil}, {"AU.05", "South Australia", nil},
	{"AU.06", "Tasmania", nil}, {"AU.07", "Victoria", nil}, {"AU.08", "Western Australia", nil},
	// United Kingdom.
	{"GB.ENG", "England", nil}, {"GB.SCT", "Scotland", nil}, {"GB.WLS", "Wales", nil},
	{"GB.NIR", "Northern Ireland", nil},
	// Elsewhere, as checked against the seat city's admin1 code.
	{"ID.02", "Bali", nil}, {"UA.11", "Crimea", []string{"Crimean Peninsula"}},
	{"ES.56", "Catalonia", []string{"Catalunya"}}, {"ES.59", "Basque Country", nil},
	{"IN.12", "Jammu and Kashmir", []string{"Kashmir"}}, {"IN.16", "Maharashtra", nil},
	{"IN.25", "Tamil Nadu", nil}, {"IN.28", "West Bengal", nil}, {"IN.19", "Karnataka", nil},
	{"IN.36", "Uttar Pradesh", nil}, {"IN.34", "Bihar", nil}, {"IN.33", "Goa", nil},
	{"IN.13", "Kerala", nil}, {"IN.09", "Gujarat", nil}, {"IN.24", "Rajasthan", nil},
	{"IN.03", "Assam", nil}, {"IN.17", "Manipur", nil}, {"IN.35", "Madhya Pradesh", nil},
	{"CN.13", "Xinjiang", nil}, {"CN.14", "Tibet", nil}, {"RU.12", "Chechnya", nil},
	{"PK.02", "Balochistan", []string{"Baluchistan"}}, {"PK.03", "Khyber Pakhtunkhwa", nil},
	{"PK.05", "Sindh", nil}, {"MM.01", "Rakhine", []string{"Rakhine State"}},
	{"ET.53", "Tigray", nil}, {"NG.27", "Borno", []string{"Borno State"}},
}

// extraPlaces are well-known places the extract lacks (small towns that
// host summits, territories and regions that are not first-level
// divisions), with approximate coordinates.
func extraPlaces() []place {
	return []place{
		{name: "Sharm el-Sheikh", country: "EGY", lat: 27.9158, lon: 34.33, population: 73000, kind: 'c', alts: []string{"Sharm El Sheikh", "Sharm al-Sheikh"}},
		{name: "Davos", country: "CHE", lat: 46.8027, lon: 9.836, population: 11000, kind: 'c'},
		{name: "Camp David", country: "USA", lat: 39.6483, lon: -77.465, population: 1000, kind: 'c'},
		{name: "Gaza Strip", country: "PSE", lat: 31.42, lon: 34.36, population: 1900000, kind: 'r'},
		{name: "West Bank", country: "PSE", lat: 31.95, lon: 35.25, population: 2900000, kind: 'r'},
		{name: "Golan Heights", country: "SYR", lat: 33.0, lon: 35.75, population: 40000, kind: 'r', alts: []string{"Golan"}},
		{name: "Sinai", country: "EGY", lat: 29.5, lon: 33.8, population: 600000, kind: 'r', alts: []string{"Sinai Peninsula"}},
		{name: "Darfur", country: "SDN", lat: 13.5, lon: 24.0, population: 9000000, kind: 'r'},
		{name: "Donbas", country: "UKR", lat: 48.0, lon: 38.0, population: 6500000, kind: 'r', alts: []string{"Donbass"}},
		{name: "Kurdistan Region", country: "IRQ", lat: 36.4, lon: 44.4, population: 6000000, kind: 'r', alts: []string{"Iraqi Kurdistan"}},
		{name: "Mindanao", country: "PHL", lat: 7.5, lon: 125.0, population: 25000000, kind: 'r'},
	}
}

// cityAliases add names that news uses but the alternate names lack or
// that must point at one place ("Washington" is the US capital).
var cityAliases = map[int][]string{
	4140963: {"Washington", "Washington DC"},
	5128581: {"New York"},
	703448:  {"Kiev"},
}

// countryAliases add short forms the country file lacks.
var countryAliases = map[string][]string{
	"USA": {"US", "U.S.", "U.S.A.", "America"},
	"GBR": {"UK", "U.K.", "Britain"},
	"ARE": {"UAE", "U.A.E."},
	"COD": {"DRC", "Congo-Kinshasa"},
	"PRK": {"North Korea"},
	"KOR": {"South Korea"},
	"CZE": {"Czech Republic"},
	"MMR": {"Burma"},
	"CIV": {"Ivory Coast"},
	"TUR": {"Turkey"},
}
