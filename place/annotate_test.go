package place

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// placesOf analyses text, makes one event per sentence anchored at the
// sentence's first verb (as the coder anchors events) and returns the
// place Annotate gives each, as "Name/COUNTRY/ADMIN1" or "-".
func placesOf(t *testing.T, text, dateline string) []string {
	t.Helper()
	doc := nlp.Default().Parse(text)
	a := &article.Article{ID: "t", Text: text, Published: time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC)}
	evs := make([]event.Event, len(doc.Sentences))
	for si, s := range doc.Sentences {
		verb := s.Tokens[0]
		for _, tk := range s.Tokens {
			if tk.UPOS == "VERB" {
				verb = tk
				break
			}
		}
		evs[si].Evidence = []event.Evidence{{Sentence: si, Start: s.Start, End: s.End, Verb: &event.Span{Start: verb.Start, End: verb.End}}}
	}
	Default().Annotate(a, doc, evs, dateline)
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = "-"
		if p := e.Place; p != nil {
			out[i] = fmt.Sprintf("%s/%s/%s", p.Name, p.Country, p.Admin1)
		}
	}
	return out
}

func TestAnnotate(t *testing.T) {
	for _, tc := range []struct {
		text, dateline string
		want           []string
	}{
		// Places named in the sentence.
		{"Leaders met in Sharm el-Sheikh on Sunday.", "", []string{"Sharm el-Sheikh/EGY/"}},
		{"The ministers met at a summit in Bali.", "", []string{"Bali/IDN/ID.02"}},
		{"Iran rejected the Geneva talks.", "", []string{"Genève/CHE/CH.GE"}},
		{"Israeli jets struck targets in Gaza City overnight.", "", []string{"Gaza/PSE/PS.GZ"}},
		{"Macron flew to Berlin for talks with Merkel.", "", []string{"Berlin/DEU/DE.16"}},
		{"Rebels attacked an army post near Aleppo.", "", []string{"Aleppo/SYR/SY.09"}},
		{"Turkish troops clashed with Kurdish fighters in northern Syria.", "", []string{"Syria/SYR/"}},
		{"Fighting raged in the southern city of Basra.", "", []string{"Basrah/IRQ/IQ.02"}},
		{"Shelling hit Syria's Idlib province on Monday.", "", []string{"Idlib/SYR/SY.12"}},
		{"Clashes erupted in Aleppo in northern Syria.", "", []string{"Aleppo/SYR/SY.09"}},
		{"Protesters marched in Hong Kong.", "", []string{"Hong Kong/HKG/"}},
		{"The president visited Kiev.", "", []string{"Kyiv/UKR/UA.12"}},
		{"Police arrested 20 people in Cologne.", "", []string{"Köln/DEU/DE.07"}},
		{"Talks were held in Córdoba, Spain.", "", []string{"Córdoba/ESP/ES.51"}},
		{"Officials gathered in Washington on Tuesday.", "", []string{"Washington, D.C./USA/US.DC"}},
		{"Troops were deployed in the West Bank.", "", []string{"West Bank/PSE/"}},
		// Ambiguous names resolved by context, both ways.
		{"A tornado hit Paris, Texas.", "", []string{"Paris/USA/US.TX"}},
		{"Pompeo arrived in Paris for talks.", "", []string{"Paris/FRA/FR.11"}},
		{"Texas officials said the storm hit a school in Paris. Police in Paris closed roads.", "", []string{"Paris/USA/US.TX", "Paris/USA/US.TX"}},
		{"Voters in Georgia went to the polls. Turnout in Atlanta was high.", "", []string{"Georgia/USA/US.GA", "Atlanta/USA/US.GA"}},
		{"Russian troops remain in Georgia. Protesters rallied in Tbilisi.", "", []string{"Georgia/GEO/", "Tbilisi/GEO/GE.51"}},
		{"Unrest spread in Georgia.", "", []string{"Georgia/GEO/"}},
		{"Students protested in Santiago.", "", []string{"Santiago/CHL/CL.12"}},
		{"Philippine troops fought rebels in Santiago.", "", []string{"Santiago/PHL/PH.02"}},
		{"Protesters blocked roads in Córdoba.", "", []string{"Córdoba/ARG/AR.05"}},
		{"Spanish police detained protesters in Córdoba.", "", []string{"Córdoba/ESP/ES.51"}},
		{"Mexican troops arrived in Córdoba.", "", []string{"Córdoba/MEX/MX.30"}},
		{"A bomb exploded in London.", "", []string{"London/GBR/GB.ENG"}},
		{"A bomb exploded in London, Ontario.", "", []string{"London/CAN/CA.08"}},
		{"Ontario police said a man was shot in London.", "", []string{"London/CAN/CA.08"}},
		// False places avoided.
		{"Nice weather helped the rescuers.", "", []string{"-"}},
		{"Reading the statement, the minister condemned the attack.", "", []string{"-"}},
		{"Bath officials welcomed the decision.", "", []string{"-"}},
		{"Of the 40 victims, 12 were children.", "", []string{"-"}},
		{"Paris Hilton attended the party.", "", []string{"-"}},
		{"Washington said it would impose sanctions on Iran.", "", []string{"-"}},
		{"The Washington Post reported the talks.", "", []string{"-"}},
		{"Mobile phone networks were shut down.", "", []string{"-"}},
		{"France condemned the attack.", "", []string{"-"}},
		{"The envoy to France resigned.", "", []string{"-"}},
		{"The deal is worth US$2 billion.", "", []string{"-"}},
		{"Cyprus protested to the UN over the violations.", "", []string{"-"}}, // Un, a town in India
		{"Troops were deployed in the US.", "", []string{"United States/USA/"}},
		{"The judge sent the case to Marrero's court.", "", []string{"-"}},
		{"Researcher Yutaka Iwasaki of Kobe, Japan found the wreck.", "", []string{"-"}},
		{"The governor of Louisiana, a U.S. state, declared an emergency.", "", []string{"-"}},
		{"The Manhattan district attorney's office is investigating Trump.", "", []string{"-"}},
		{"Trump sued Manhattan District Attorney Cyrus Vance.", "", []string{"-"}},
		{"Judge Schwartz sentenced the Turpins in the Riverside County criminal court.", "", []string{"Riverside/USA/US.CA"}},
		{"Bill de Blasio, the mayor of New York, New York, ended his campaign in New York, New York.", "", []string{"New York City/USA/US.NY"}},
		// A country after from, to, with or against is an argument of the event, not its place.
		{"Venezuela rejected the proposal from Colombia.", "", []string{"-"}},
		{"Russia sent troops to Syria.", "", []string{"-"}},
		{"Hong Kong protesters opposed extraditions from Hong Kong.", "", []string{"-"}},
		{"The minister met officials from Colombia in Caracas.", "", []string{"Caracas/VEN/VE.25"}},
		{"Refugees fled from Aleppo.", "", []string{"Aleppo/SYR/SY.09"}},
		// A name running into a capitalised word is part of a longer name.
		{"Protesters marched from Hyde Park Corner to Parliament.", "", []string{"-"}},
		// Divisions the news names, and a city qualified by a division that lacks it.
		{"Indian police arrested five men in Goa.", "", []string{"Goa/IND/IN.33"}},
		{"Francis D'Souza, the former minister of the state of Goa, India, died.", "", []string{"Goa/IND/IN.33"}},
		{"A memorial was held in Columbia, New Hampshire.", "", []string{"New Hampshire/USA/US.NH"}},
		{"A truck crashed in Randolph, New Hampshire.", "", []string{"New Hampshire/USA/US.NH"}},
		{"The candidate campaigned in Columbia, South Carolina.", "", []string{"Columbia/USA/US.SC"}},
		// Months, surnames and other words that are also towns give the article no country
		// (March is a town in England, Police one in Poland).
		{"Sunday, March 17, 2019\n\nA gunman attacked two mosques in Christchurch on Friday. Police said Greg Barton was hurt.", "",
			[]string{"-", "Christchurch/NZL/NZ.E9", "-"}},
		// A town's name the article uses as a surname names the person, unless a place
		// preposition says otherwise.
		{"House Majority Leader Thomas Foley urged Congress to act, an aide to Foley said.", "", []string{"-"}},
		{"George Washington was praised. American officials met Chinese officials in Washington.", "",
			[]string{"-", "Washington, D.C./USA/US.DC"}},
		// The dateline's city when the sentence names none, never the actor's country.
		{"Russia condemned the strike.", "Moscow", []string{"Moscow/RUS/RU.48"}},
		{"The mayor condemned the shooting.", "Paris, Texas", []string{"Paris/USA/US.TX"}},
		{"The mayor condemned the shooting.", "Paris", []string{"Paris/FRA/FR.11"}},
		{"The mayor condemned the shooting.", "", []string{"-"}},
		{"The army attacked rebels in Homs. Russia condemned the strike.", "Damascus", []string{"Homs/SYR/SY.11", "Damascus/SYR/SY.13"}},
	} {
		got := placesOf(t, tc.text, tc.dateline)
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%q (dateline %q):\n got %v\nwant %v", tc.text, tc.dateline, got, tc.want)
		}
	}
}

// TestAnnotateActorSpans checks that a place inside the words naming an
// event's actor ("Police in Gaza City", "the mayor of the city of Basra")
// describes the actor, not where the event happened.
func TestAnnotateActorSpans(t *testing.T) {
	for _, tc := range []struct {
		text, actor1, actor2, verb, want string
	}{
		{"Police in Gaza City arrested protesters in Ramallah.", "Police in Gaza City", "", "arrested", "Ramallah"},
		{"The mayor of the city of Basra condemned the attack.", "The mayor of the city of Basra", "", "condemned", "-"},
		{"Troops attacked rebels in the town of Homs in Aleppo.", "", "rebels in the town of Homs", "attacked", "Aleppo"},
		{"Police in Gaza City arrested protesters.", "", "", "arrested", "Gaza"},
		{"In Hong Kong, the day was met with protests.", "Hong Kong", "", "met", "Hong Kong"},
		// A clause that modifies a noun tells of something else.
		{"Macron called for action on the crisis of wildfires destroying forests in Brazil.", "Macron", "", "called", "-"},
		{"Macron called for action on the wildfires in Brazil.", "Macron", "", "called", "Brazil"},
	} {
		doc := nlp.Default().Parse(tc.text)
		span := func(w string) *event.Span {
			if w == "" {
				return nil
			}
			i := strings.Index(tc.text, w)
			return &event.Span{Start: i, End: i + len(w)}
		}
		s := doc.Sentences[0]
		evs := []event.Event{{Evidence: []event.Evidence{{Sentence: 0, Start: s.Start, End: s.End,
			Actor1: span(tc.actor1), Actor2: span(tc.actor2), Verb: span(tc.verb)}}}}
		Default().Annotate(&article.Article{ID: "t", Text: tc.text}, doc, evs, "")
		got := "-"
		if p := evs[0].Place; p != nil {
			got = p.Name
		}
		if got != tc.want {
			t.Errorf("%q with actors %q, %q: place %s, want %s", tc.text, tc.actor1, tc.actor2, got, tc.want)
		}
	}
}

// namesAndCountries is the place of each event as "Name/COUNTRY" or "-".
func namesAndCountries(evs []event.Event) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = "-"
		if p := e.Place; p != nil {
			out[i] = p.Name + "/" + p.Country
		}
	}
	return out
}

func TestStage(t *testing.T) {
	text := "MOSCOW (Reuters) - Russia condemned the strike. Troops attacked rebels in Homs."
	doc := nlp.Default().Parse(text)
	a := &article.Article{ID: "s", Text: text}
	evs := make([]event.Event, len(doc.Sentences))
	for si, s := range doc.Sentences {
		evs[si].Evidence = []event.Evidence{{Sentence: si, Start: s.Start, End: s.End}}
	}
	Stage(a, doc, evs)
	got := namesAndCountries(evs)
	if want := []string{"Moscow/RUS", "Homs/SYR"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Stage places %v, want %v", got, want)
	}
}

// TestStageReports places each report's events by its own dateline on a
// page that reprints two reports.
func TestStageReports(t *testing.T) {
	text := "MOSCOW (Reuters) - Russia condemned the strike.\n\nNAIROBI, Feb 9 (AFP) - Police fired tear gas.\n"
	doc := nlp.Default().Parse(text)
	a := &article.Article{ID: "s", Text: text, Published: time.Date(2024, 2, 9, 0, 0, 0, 0, time.UTC)}
	var evs []event.Event
	for _, verb := range []string{"condemned", "fired"} {
		at := strings.Index(text, verb)
		for si, s := range doc.Sentences {
			if s.Start <= at && at < s.End {
				evs = append(evs, event.Event{Evidence: []event.Evidence{{Sentence: si, Start: s.Start, End: s.End, Verb: &event.Span{Start: at, End: at + len(verb)}}}})
			}
		}
	}
	Stage(a, doc, evs)
	got := namesAndCountries(evs)
	if want := []string{"Moscow/RUS", "Nairobi/KEN"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Stage places %v, want %v", got, want)
	}
}

// StageWith reads the article's geography with the actors it is given:
// "Georgia" is the country, but the US state in a sentence whose actors
// are American.
func TestStageWithGivenActors(t *testing.T) {
	text := "The governor's office said talks were held in Georgia."
	doc := nlp.Default().Parse(text)
	a := &article.Article{ID: "t", Text: text, Published: time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC)}
	toks := doc.Sentences[0].Tokens
	placed := func(actors []actor.Mention) string {
		verb := toks[len(toks)-4] // "held"
		evs := []event.Event{{Evidence: []event.Evidence{{Sentence: 0, Start: 0, End: len(text), Verb: &event.Span{Start: verb.Start, End: verb.End}}}}}
		StageWith(a, doc, evs, [][]actor.Mention{actors})
		if evs[0].Place == nil {
			return "-"
		}
		return evs[0].Place.Country + "/" + evs[0].Place.Admin1
	}
	if got := placed(nil); got != "GEO/" {
		t.Errorf("no actors given: placed in %s, want GEO/", got)
	}
	governor := actor.Mention{Start: 0, End: 3, Code: "USAGOV", Name: "governor", Country: "USA", Roles: []string{"GOV"}, Kind: actor.Agent}
	if got := placed([]actor.Mention{governor}); got != "USA/US.GA" {
		t.Errorf("an American actor given: placed in %s, want USA/US.GA", got)
	}
}
