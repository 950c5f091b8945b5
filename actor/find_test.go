package actor

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/nlp"
)

// day is an event date for the tests.
func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// found tokenizes text and renders each mention as "span=CODE".
func found(d *Dict, text string, date time.Time) string {
	toks := nlp.Tokenize(text)
	var out []string
	for _, m := range d.Find(toks, date) {
		forms := make([]string, 0, m.End-m.Start)
		for _, t := range toks[m.Start:m.End] {
			forms = append(forms, t.Form)
		}
		out = append(out, strings.Join(forms, " ")+"="+m.Code)
	}
	return strings.Join(out, "; ")
}

// foundCase is a text and what found should make of Find's mentions in it.
type foundCase struct{ text, want string }

// checkFound runs Find over each case's text on date.
func checkFound(t *testing.T, d *Dict, date time.Time, tests []foundCase) {
	t.Helper()
	for _, tt := range tests {
		if got := found(d, tt.text, date); got != tt.want {
			t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}

// datedCase is a text, the date Find reads it on (YYYY-MM-DD) and what
// found should make of the mentions.
type datedCase struct{ text, date, want string }

// checkFoundOn runs Find over each case's text on the case's date.
func checkFoundOn(t *testing.T, d *Dict, tests []datedCase) {
	t.Helper()
	for _, tt := range tests {
		if got := found(d, tt.text, day(tt.date)); got != tt.want {
			t.Errorf("Find(%q, %s) = %q, want %q", tt.text, tt.date, got, tt.want)
		}
	}
}

func loadBuiltin(t *testing.T) *Dict {
	t.Helper()
	d, err := Builtin()
	if err != nil {
		t.Fatalf("built-in dictionaries: %v", err)
	}
	return d
}

// withFixture is the built-in dictionary plus testdata/people.tsv.
func withFixture(t *testing.T) *Dict {
	t.Helper()
	d := loadBuiltin(t)
	f, err := os.Open("testdata/people.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := d.LoadPeople(f, "testdata/people.tsv"); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestBuiltinLoads(t *testing.T) {
	d := loadBuiltin(t)
	if n := len(d.countries); n < 249 {
		t.Errorf("%d countries, want every ISO 3166-1 entry (249) and more", n)
	}
	if len(d.people) == 0 {
		t.Errorf("no people loaded from data/people-*.tsv")
	}
	if Default() != Default() {
		t.Errorf("Default is not loaded once")
	}
}

func TestFind(t *testing.T) {
	d := loadBuiltin(t)
	date := day("2024-02-15")
	tests := []foundCase{
		// Countries and their short forms.
		{"Russia said on Monday", "Russia=RUS"},
		{"The United States and the U.S. and the US and America", "United States=USA; U.S.=USA; US=USA; America=USA"},
		{"United Kingdom, U.K. and Britain", "United Kingdom=GBR; U.K.=GBR; Britain=GBR"},
		{"DR Congo, Ivory Coast and Burma", "DR Congo=COD; Ivory Coast=CIV; Burma=MMR"},
		{"Saudi Arabia and North Korea", "Saudi Arabia=SAU; North Korea=PRK"},
		// Adjectives and demonyms, in any case.
		{"a Russian and a russian", "Russian=RUS; russian=RUS"},
		{"Saudi, Emirati, Israeli, British, Chinese and Palestinian", "Saudi=SAU; Emirati=ARE; Israeli=ISR; British=GBR; Chinese=CHN; Palestinian=PSE"},
		{"Israelis and Palestinians", "Israelis=ISR; Palestinians=PSE"},
		// Capitals and seats of power stand for the government.
		{"Moscow said it would hold talks with Tehran", "Moscow=RUSGOV; Tehran=IRNGOV"},
		{"Washington and Beijing", "Washington=USAGOV; Beijing=CHNGOV"},
		{"the Kremlin, the White House, Downing Street and the Elysee", "Kremlin=RUSGOV; White House=USAGOV; Downing Street=GBRGOV; Elysee=FRAGOV"},
		{"the Pentagon said", "Pentagon=USAMIL"},
		// Compositions.
		{"Israeli troops fired", "Israeli troops=ISRMIL"},
		{"Chinese state media reported", "Chinese state media=CHNMED"},
		{"the Turkish foreign minister said", "Turkish foreign minister=TURGOV"},
		{"Turkey's president said", "Turkey 's president=TURGOV"},
		{"the president of France", "president of France=FRAGOV"},
		{"French President Emmanuel Macron flew to Berlin", "French President Emmanuel Macron=FRAGOV; Berlin=DEUGOV"},
		{"Russia's Putin", "Russia 's Putin=RUSGOV"},
		// Bare role words have no country.
		{"police fired on protesters", "police=---COP; protesters=---OPP"},
		{"Rebels and militants attacked civilians", "Rebels=---REB; militants=---UAF; civilians=---CVL"},
		{"lawmakers, the court, journalists and refugees", "lawmakers=---LEG; court=---JUD; journalists=---MED; refugees=---REF"},
		// Organisations.
		{"the UN, the EU and NATO", "UN=IGOUNO; EU=IGOEUREEC; NATO=IGOWSTNAT"},
		{"the World Health Organization and the IAEA", "World Health Organization=IGOUNOHLHWHO; IAEA=IGOUNOIAE"},
		{"UN peacekeepers", "UN peacekeepers=IGOUNO"},
		// Lower-case words that are not actors.
		{"we ate turkey with rice on china dishes", ""},
		{"they told us who would come", ""},
		{"he went to polish the silver", ""},
		{"a Polish minister", "Polish minister=POLGOV"},
		// Names inside longer names that are not the actor.
		{"Latin America and New Guinea, and the Washington Post", ""},
		{"New Jersey and New Mexico", "New Jersey=USA; New Mexico=USA"},
		{"French troops and American officials", "French troops=FRAMIL; American officials=USAGOV"},
		{"the Dominican government", "Dominican government=DOMGOV"},
	}
	checkFound(t, d, date, tests)
}

// The sentence splitter cuts the period off an abbreviation that ends a
// sentence ("the U.S." → U.S .); the abbreviation must still match.
func TestFindAbbreviationAtSentenceEnd(t *testing.T) {
	d := loadBuiltin(t)
	sents := nlp.Split("Troops left the U.S. The U.N. agreed.")
	if len(sents) != 2 {
		t.Fatalf("%d sentences, want 2", len(sents))
	}
	ms := d.Find(sents[0].Tokens, time.Time{})
	if len(ms) != 2 || ms[1].Code != "USA" || sents[0].Tokens[ms[1].Start].Form != "U.S" {
		t.Errorf("Find(%v) = %+v, want ---MIL and USA on U.S", sents[0].Tokens, ms)
	}
}

func TestFindMentionFields(t *testing.T) {
	d := loadBuiltin(t)
	toks := nlp.Tokenize("French President Emmanuel Macron met Israeli troops and police.")
	ms := d.Find(toks, day("2024-02-15"))
	want := []Mention{
		{Start: 0, End: 4, Code: "FRAGOV", Name: "Emmanuel Macron", Country: "FRA", Roles: []string{"GOV"}, Kind: Person},
		{Start: 5, End: 7, Code: "ISRMIL", Name: "Israel", Country: "ISR", Roles: []string{"MIL"}, Kind: Agent},
		{Start: 8, End: 9, Code: "---COP", Name: "police", Country: "", Roles: []string{"COP"}, Kind: Agent},
	}
	if got, w := fmt.Sprintf("%+v", ms), fmt.Sprintf("%+v", want); got != w {
		t.Errorf("mentions\n got %s\nwant %s", got, w)
	}
}

func TestFindPeopleByDate(t *testing.T) {
	d := withFixture(t)
	tests := []datedCase{
		// The same person, coded by the office held on the day.
		{"Ban Ki-moon said", "2005-06-01", "Ban Ki - moon=KORGOV"},
		{"Ban Ki-moon said", "2010-06-01", "Ban Ki - moon=IGOUNO"},
		// Before any term: the country's elite, from the nearest term.
		{"Ban Ki-moon said", "2000-06-01", "Ban Ki - moon=KORELI"},
		{"Emmanuel Macron said", "2014-06-01", "Emmanuel Macron=FRAELI"},
		{"Macron said", "2024-06-01", "Macron=FRAGOV"},
		// A surname two people share means whoever held office that day.
		{"Bush said", "2005-06-01", "Bush=USAGOV"},
		{"Bush said", "1990-06-01", "Bush=USAGOV"},
		{"Bush said", "1997-06-01", ""},
		{"George H. W. Bush said", "1997-06-01", "George H. W. Bush=USAELI"},
		// A surname not listed alone is not matched alone.
		{"Johnson said", "2020-06-01", ""},
		{"Boris Johnson said", "2020-06-01", "Boris Johnson=GBRGOV"},
		// A person's name must be capitalised.
		{"macron said", "2024-06-01", ""},
	}
	checkFoundOn(t, d, tests)
}

func TestFindBuiltinPeople(t *testing.T) {
	d := loadBuiltin(t)
	tests := []datedCase{
		{"Putin said", "2010-06-01", "Putin=RUSGOV"},
		{"Russian Prime Minister Vladimir Putin", "2010-06-01", "Russian Prime Minister Vladimir Putin=RUSGOV"},
		{"Erdogan said", "2010-06-01", "Erdogan=TURGOV"},
		{"Erdogan said", "1995-06-01", "Erdogan=TURELI"},
	}
	checkFoundOn(t, d, tests)
}

func TestCountry(t *testing.T) {
	d := loadBuiltin(t)
	c, ok := d.Country("FRA")
	if !ok {
		t.Fatal("no FRA")
	}
	if c.Name != "France" || c.Capital != "Paris" || !contains(c.Adjectives, "French") {
		t.Errorf("FRA = %+v", c)
	}
	if _, ok := d.Country("XXX"); ok {
		t.Errorf("unknown code XXX found")
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// One Dict serves many goroutines: they all see the same mentions.
func TestFindConcurrent(t *testing.T) {
	d := Default()
	toks := nlp.Tokenize("French President Emmanuel Macron met Israeli troops, UN officials and police in Moscow.")
	date := day("2024-02-15")
	want := fmt.Sprintf("%+v", d.Find(toks, date))
	errs := make(chan string, 8)
	for range 8 {
		go func() {
			for range 200 {
				if got := fmt.Sprintf("%+v", d.Find(toks, date)); got != want {
					errs <- got
					return
				}
			}
			errs <- ""
		}()
	}
	for range 8 {
		if got := <-errs; got != "" {
			t.Errorf("concurrent Find = %s, want %s", got, want)
		}
	}
}

// A title before a name the dictionary does not list makes that person's
// mention, coded by the title (and the country before it); plurals, days
// and known actors after a title are no names.
func TestFindTitledNames(t *testing.T) {
	d := loadBuiltin(t)
	tests := []foundCase{
		{"Governor John Bel Edwards said", "Governor John Bel Edwards=---GOV"},
		{"French Health Minister Agnès Buzyn met", "French Health Minister Agnès Buzyn=FRAGOVHLH"},
		{"UN envoy Martin Griffiths said", "UN envoy Martin Griffiths=IGOUNO"},
		{"Judge Amy Roe of the court", "Judge Amy Roe=---JUD; court=---JUD"},
		{"opposition leader Jane Doe", "opposition leader Jane Doe=---OPP"},
		// A title's word that begins a firm's, a thing's or a place's name.
		{"General Motors Corp said", ""},
		// A firm the lists name keeps its legal form.
		{"Chrysler Corp said", "Chrysler Corp=USABUS"},
		{"the General Agreement on Tariffs and Trade", ""},
		{"in General Santos City and Parliament Square", ""},
		{"shell manufacturer Hirtenberger Defence Group", "manufacturer Hirtenberger Defence Group=---BUS"},
		// Words of places that are names of people.
		{"Judge Durham Hall QC said", "Judge Durham Hall=---JUD"},
		{"County Sheriff Bill Brown said", "Sheriff Bill Brown=---COP"},
		{"police Monday said", "police=---COP"},
		{"officials Jane Doe", "officials=---GOV; Jane Doe=---"},
		{"Minister Kabul", "Minister=---GOV; Kabul=AFGGOV"},
		{"Senator Ben al-Hussein", "Senator Ben al - Hussein=---LEG"},
	}
	checkFound(t, d, day("2019-06-01"), tests)
	ms := d.Find(nlp.Tokenize("Governor John Bel Edwards said"), day("2019-06-01"))
	if len(ms) != 1 || ms[0].Kind != Person || ms[0].Name != "John Bel Edwards" {
		t.Errorf("titled name = %+v, want one Person named John Bel Edwards", ms)
	}
}

// A title before a person the dictionary has out of office names the
// office they hold on the date; "former" keeps them their country's elite,
// and so does a bare name.
func TestTitleOverridesStaleTerm(t *testing.T) {
	d := New()
	if err := d.LoadCountries(strings.NewReader("WSM\tSamoa\tSamoan\tApia\nUSA\tUnited States\tAmerican\n"), "c"); err != nil {
		t.Fatal(err)
	}
	if err := d.LoadAgents(strings.NewReader("GOV\tprime minister|prime ministers\nLEG\tspeaker\n"), "a"); err != nil {
		t.Fatal(err)
	}
	if err := d.LoadPeople(strings.NewReader("WSMGOVAGR\t2003-01-01\t2015-01-01\tJane Fiame|Fiame\n"), "p"); err != nil {
		t.Fatal(err)
	}
	date := day("2019-06-01")
	checkFound(t, d, date, []foundCase{
		{"Samoan Prime Minister Jane Fiame said", "Samoan Prime Minister Jane Fiame=WSMGOV"},
		{"Prime Minister Jane Fiame said", "Prime Minister Jane Fiame=WSMGOV"},
		{"American speaker Jane Fiame said", "American speaker Jane Fiame=USALEG"},
		{"former Prime Minister Jane Fiame said", "Prime Minister Jane Fiame=WSMELI"},
		{"Jane Fiame said", "Jane Fiame=WSMELI"},
	})
	// In office, the dictionary's own code stands.
	if got := found(d, "Prime Minister Jane Fiame said", day("2010-06-01")); got != "Prime Minister Jane Fiame=WSMGOVAGR" {
		t.Errorf("in office: got %q", got)
	}
}

// FindEach finds each sentence's actors as Find does on that sentence.
func TestFindEach(t *testing.T) {
	doc := &nlp.Doc{Sentences: []nlp.Sentence{
		{Tokens: nlp.Tokenize("Israeli troops entered Gaza.")},
		{Tokens: nlp.Tokenize("It rained.")},
		{Tokens: nlp.Tokenize("French President Emmanuel Macron spoke.")},
	}}
	date := time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC)
	got := Default().FindEach(doc, date)
	if len(got) != 3 {
		t.Fatalf("%d sentences, want 3", len(got))
	}
	for i, s := range doc.Sentences {
		if want := Default().Find(s.Tokens, date); !reflect.DeepEqual(got[i], want) {
			t.Errorf("sentence %d: %v, want %v", i, got[i], want)
		}
	}
	if len(got[0]) == 0 || got[0][0].Code != "ISRMIL" || len(got[1]) != 0 || len(got[2]) == 0 || got[2][0].Code != "FRAGOV" {
		t.Errorf("actors %v", got)
	}
}

// TestFindNamesEachOrganisation checks that an organisation's mention
// carries its own display name, not that of another body sharing its
// code: parties, firms, rebel groups and the UN's organs each have a line.
func TestFindNamesEachOrganisation(t *testing.T) {
	d := loadBuiltin(t)
	date := day("2019-06-15")
	for _, tc := range []struct{ text, code, name string }{
		{"Plaid Cymru said", "GBRPTY", "Plaid Cymru"},
		{"the SPD said", "DEUPTY", "Social Democratic Party of Germany"},
		{"Microsoft said", "USABUS", "Microsoft"},
		{"ExxonMobil said", "USABUS", "Exxon"},
		{"Islamic Jihad said", "PSEREB", "Islamic Jihad"},
		{"the UN Security Council said", "IGOUNO", "UN Security Council"},
		{"the U.N. said", "IGOUNO", "United Nations"},
	} {
		ms := d.Find(nlp.Split(tc.text)[0].Tokens, date)
		if len(ms) != 1 || ms[0].Code != tc.code || ms[0].Name != tc.name {
			t.Errorf("Find(%q) = %+v, want one mention %s named %q", tc.text, ms, tc.code, tc.name)
		}
	}
}
