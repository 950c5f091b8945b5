package actor

import "testing"

// Titles, offices and bodies as political news names them.
func TestFindNewsRoles(t *testing.T) {
	d := loadBuiltin(t)
	date := day("2019-06-15")
	tests := []struct{ text, want string }{
		// Judges and courts, with and without a country before the title.
		{"U.S. District Judge Gray Miller ruled", "U.S. District Judge Gray Miller=USAJUD"},
		{"United States Federal District Judge Michael Urbanski sentenced him", "United States Federal District Judge Michael Urbanski=USAJUD"},
		{"Judge Paul Kellar ordered", "Judge Paul Kellar=---JUD"},
		{"a federal judge in Texas", "federal judge=---JUD"},
		{"the county criminal court", "criminal court=---JUD"},
		{"Justice Brett Kavanaugh wrote", "Justice Brett Kavanaugh=---JUD"},
		{"the Court of Session in Edinburgh", "Court of Session=GBRJUD"},
		{"Germany's Federal Constitutional Court", "Germany=DEU; Federal Constitutional Court=DEUJUD"},
		// Where people are sent is no actor.
		{"sentenced to life in prison", ""},
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
		{"the Department of Agrarian Reform", "Department=---GOV"},
		{"the Home Office and the Met Police", "Home Office=GBRGOV; Met Police=GBRCOP"},
		{"UN Secretary-General Jane Doe", "UN Secretary - General Jane Doe=IGOUNO"},
		{"the New York Police Department", "Police Department=---COP"},
		// Royal households.
		{"the palace said the queen", "palace=---GOV; queen=---GOV"},
		{"Buckingham Palace said", "Buckingham Palace=GBRGOV"},
		// People of a place.
		{"Hongkongers marched", "Hongkongers=HKG"},
		{"Hong Kong's Legislative Council and LegCo", "Hong Kong 's Legislative Council=HKGLEG; LegCo=HKGLEG"},
	}
	for _, tt := range tests {
		if got := found(d, tt.text, date); got != tt.want {
			t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}
