package event

import (
	"strings"
	"testing"
)

func valid() *Event {
	return &Event{
		ID: "e1", Date: "2024-02-14", DatePrecision: "day", Reported: "2024-02-15",
		Actor1:    &Actor{Code: "FRAGOV", Name: "Emmanuel Macron", Country: "FRA", Roles: []string{"GOV"}, Text: "Macron"},
		EventCode: "042", EventBaseCode: "042", EventRootCode: "04", EventName: "Make a visit",
		QuadClass: 1, Goldstein: 1.9, Plover: &Plover{Type: "CONSULT", Mode: "visit"},
		IsRootEvent: true, NumMentions: 1, NumSources: 1, NumArticles: 1,
		Evidence: []Evidence{{Article: "a1", Text: "Macron flew to Berlin.", Rule: "r", End: 22, Verb: &Span{7, 11}}},
	}
}

func TestValidateAcceptsRecords(t *testing.T) {
	e := valid()
	if err := ValidateEvent(e); err != nil {
		t.Fatalf("valid record rejected: %v", err)
	}
	e.Actor2 = &Actor{Code: "---CVL", Country: "", Roles: []string{"CVL"}}
	e.Place = &Place{Name: "Berlin", Country: "DEU", Lat: 52.5, Lon: 13.4, GeonameID: 2950159, Precision: "city"}
	e.Via = &Via{Code: "FRAGOV", Text: "the Elysee"}
	if err := ValidateEvent(e); err != nil {
		t.Fatalf("valid record rejected: %v", err)
	}
}

func TestValidateRejects(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(e *Event)
		want   string
	}{
		{"bad code", func(e *Event) { e.EventCode = "42" }, "/event_code"},
		{"root 21", func(e *Event) { e.EventRootCode = "21" }, "/event_root_code"},
		{"quad 5", func(e *Event) { e.QuadClass = 5 }, "/quad_class"},
		{"goldstein", func(e *Event) { e.Goldstein = 11 }, "/goldstein"},
		{"no actor1", func(e *Event) { e.Actor1 = nil }, "/actor1"},
		{"no evidence", func(e *Event) { e.Evidence = nil }, "/evidence"},
		{"bad date", func(e *Event) { e.Date = "14/02/2024" }, "/date"},
		{"lowercase actor", func(e *Event) { e.Actor1.Code = "fragov" }, "/actor1/code"},
		{"precision", func(e *Event) { e.Place = &Place{Precision: "street"} }, "/place"},
	}
	for _, c := range cases {
		e := valid()
		c.mutate(e)
		err := ValidateEvent(e)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want it to mention %s", c.name, err, c.want)
		}
	}
	if err := Validate([]byte(`{"id":"x"}`)); err == nil || !strings.Contains(err.Error(), "missing propert") {
		t.Errorf("missing fields: %v", err)
	}
}
