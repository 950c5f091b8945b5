package story

import (
	"strings"
	"testing"

	"github.com/annalist/annalist/event"
)

func TestTwoAgenciesReportingOneStatementGiveOneEvent(t *testing.T) {
	c := NewClusterer(Options{})
	c.Add(newsItem("afp-1", "AFP", "2024-03-04", "Russia condemns sanctions",
		"Russia's foreign ministry on Monday condemned new United States sanctions as illegal."),
		[]event.Event{mention("afp-1", "AFP", 0, "RUSGOV", "USAGOV", "111", "2024-03-04")})
	c.Add(newsItem("rtr-9", "Reuters", "2024-03-05", "Moscow criticises Washington over sanctions",
		"Moscow criticised Washington's latest sanctions, the Russian foreign ministry said in a statement."),
		[]event.Event{mention("rtr-9", "Reuters", 0, "RUSGOV", "USAGOV", "111", "2024-03-04")})
	evs := c.Events()
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1: %+v", len(evs), evs)
	}
	e := evs[0]
	if e.NumSources != 2 || e.NumArticles != 2 || e.NumMentions != 2 || len(e.Evidence) != 2 {
		t.Errorf("sources %d articles %d mentions %d evidence %d, want 2 2 2 2", e.NumSources, e.NumArticles, e.NumMentions, len(e.Evidence))
	}
	if strings.Join(e.Sources, ",") != "AFP,Reuters" {
		t.Errorf("sources %v", e.Sources)
	}
	stories := c.Stories()
	if len(stories) != 1 || len(stories[0].Articles) != 2 || stories[0].ID != "afp-1" || stories[0].Headline != "Russia condemns sanctions" {
		t.Errorf("stories %+v", stories)
	}
}

func TestOneEventInThreeSentencesIsOneRecord(t *testing.T) {
	c := NewConsolidator(0)
	c.Add([]event.Event{
		mention("a", "AFP", 0, "FRAGOV", "DEUGOV", "042", "2024-02-14"),
		mention("a", "AFP", 3, "FRAGOV", "DEUGOV", "042", "2024-02-14"),
		mention("a", "AFP", 7, "FRAGOV", "DEUGOV", "04", "2024-02-14"),
	})
	evs := c.Events()
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1", len(evs))
	}
	if e := evs[0]; e.NumMentions != 3 || e.NumArticles != 1 || e.NumSources != 1 || e.EventCode != "042" {
		t.Errorf("mentions %d articles %d sources %d code %s, want 3 1 1 042", e.NumMentions, e.NumArticles, e.NumSources, e.EventCode)
	}
}

func TestMeetingsAWeekApartStayTwo(t *testing.T) {
	c := NewClusterer(Options{})
	c.Add(newsItem("m1", "AFP", "2024-02-14", "Macron meets Scholz", "Macron met Scholz in Berlin on Wednesday."),
		[]event.Event{mention("m1", "AFP", 0, "FRAGOV", "DEUGOV", "042", "2024-02-14")})
	c.Add(newsItem("m2", "AFP", "2024-02-21", "Macron and Scholz meet again", "Macron met Scholz again, this time in Paris."),
		[]event.Event{mention("m2", "AFP", 0, "FRAGOV", "DEUGOV", "042", "2024-02-21")})
	if evs := c.Events(); len(evs) != 2 {
		t.Fatalf("got %d events, want 2", len(evs))
	}
	if s := c.Stories(); len(s) != 2 {
		t.Errorf("got %d stories, want 2", len(s))
	}
}

func TestSame(t *testing.T) {
	base := mention("a", "AFP", 0, "FRAGOV", "DEUGOV", "042", "2024-02-14")
	for _, tc := range []struct {
		name string
		edit func(e *event.Event)
		want bool
	}{
		{"identical", func(e *event.Event) {}, true},
		{"more specific code", func(e *event.Event) { e.EventCode = "0421" }, true},
		{"root code", func(e *event.Event) { e.EventCode = "04" }, true},
		{"sibling base code", func(e *event.Event) { e.EventCode = "043" }, false},
		{"other root", func(e *event.Event) { e.EventCode = "111" }, false},
		{"three days later", func(e *event.Event) { e.Date = "2024-02-17" }, true},
		{"four days later", func(e *event.Event) { e.Date = "2024-02-18" }, false},
		{"month precision, same month", func(e *event.Event) { e.Date, e.DatePrecision = "2024-02-01", "month" }, true},
		{"month precision, other month", func(e *event.Event) { e.Date, e.DatePrecision = "2024-03-01", "month" }, false},
		{"undated", func(e *event.Event) { e.Date, e.DatePrecision = "", "" }, true},
		{"reversed actors", func(e *event.Event) { e.Actor1, e.Actor2 = e.Actor2, e.Actor1 }, false},
		{"no target", func(e *event.Event) { e.Actor2 = nil }, false},
	} {
		e := mention("b", "AFP", 0, "FRAGOV", "DEUGOV", "042", "2024-02-14")
		tc.edit(&e)
		if got := Same(&base, &e, DefaultWindow); got != tc.want {
			t.Errorf("%s: Same = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestFoldChoosesAndExplains(t *testing.T) {
	into := mention("a", "AFP", 0, "FRAGOV", "DEUGOV", "042", "2024-02-15")
	into.Place = &event.Place{Name: "Germany", Country: "DEU", Precision: "country"}
	from := mention("b", "Reuters", 2, "FRAGOV", "DEUGOV", "0421", "2024-02-14")
	from.Evidence[0].DateText = "on Wednesday"
	from.Place = &event.Place{Name: "Berlin", Country: "DEU", Precision: "city"}
	from.IsRootEvent = true
	why := Fold(&into, &from)
	if into.EventCode != "0421" || into.EventBaseCode != "042" || into.Date != "2024-02-14" || into.Place.Name != "Berlin" {
		t.Errorf("code %s base %s date %s place %s", into.EventCode, into.EventBaseCode, into.Date, into.Place.Name)
	}
	if into.Reported != "2024-02-14" || !into.IsRootEvent || into.NumSources != 2 || into.NumArticles != 2 {
		t.Errorf("reported %s root %v sources %d articles %d", into.Reported, into.IsRootEvent, into.NumSources, into.NumArticles)
	}
	for _, want := range []string{"code 0421 over 042: more specific", "date 2024-02-14 (day) over 2024-02-15 (day): read from the text", "place Berlin (city) over Germany (country): more precise"} {
		if !strings.Contains(why, want) {
			t.Errorf("why %q lacks %q", why, want)
		}
	}
	// The same report again adds nothing.
	if why := Fold(&into, &from); why != "" || into.NumMentions != 2 || len(into.Evidence) != 2 {
		t.Errorf("refold: why %q mentions %d evidence %d", why, into.NumMentions, len(into.Evidence))
	}
	if from.EventCode != "0421" || len(from.Evidence) != 1 {
		t.Error("Fold changed its argument")
	}
}

func TestFoldTieGoesToLowerCodeWhateverTheOrder(t *testing.T) {
	a := mention("a", "AFP", 0, "FRAGOV", "DEUGOV", "0422", "2024-02-14")
	b := mention("b", "AFP", 0, "FRAGOV", "DEUGOV", "0421", "2024-02-14")
	x, y := clone(&a), clone(&b)
	Fold(&x, &b)
	Fold(&y, &a)
	if x.EventCode != "0421" || y.EventCode != "0421" {
		t.Errorf("codes %s and %s, want 0421 both", x.EventCode, y.EventCode)
	}
}

func TestReconcileKeepsStoredIDs(t *testing.T) {
	stored := []event.Event{mention("a", "AFP", 0, "FRAGOV", "DEUGOV", "042", "2024-02-14")}
	stored[0].ID = "stored-1"
	news := []event.Event{
		mention("b", "Reuters", 0, "FRAGOV", "DEUGOV", "042", "2024-02-15"),
		mention("b", "Reuters", 4, "FRAGOV", "DEUGOV", "042", "2024-02-15"),
		mention("b", "Reuters", 5, "DEUGOV", "FRAGOV", "043", "2024-02-15"),
	}
	got := Reconcile(stored, news, 0)
	if len(got) != 2 {
		t.Fatalf("got %d events, want 2", len(got))
	}
	if got[0].ID != "stored-1" || got[0].NumMentions != 3 || got[0].NumArticles != 2 || got[0].NumSources != 2 {
		t.Errorf("merged %s mentions %d articles %d sources %d", got[0].ID, got[0].NumMentions, got[0].NumArticles, got[0].NumSources)
	}
	if got[1].ID != news[2].ID || got[1].NumMentions != 1 {
		t.Errorf("new event %+v", got[1])
	}
	if stored[0].NumMentions != 1 || len(stored[0].Evidence) != 1 {
		t.Error("Reconcile changed the stored events")
	}
}
