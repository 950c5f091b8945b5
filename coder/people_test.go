package coder

import (
	"testing"

	"github.com/annalist/annalist/actor"
)

func TestPeopleHome(t *testing.T) {
	c := Default()
	tests := []struct {
		name, text, home, want string
	}{
		{"a country only on the other side gives way to one placed itself",
			"Iran bought arms from Israel. Sweden banned the sale.", "IRN", "IRN"},
		{"the other side of a sale", "Arms were sold to Iran. Sweden banned the sale.", "IRN", "SWE"},
		{"the other side of a trip, after 'the'", "He cancelled a trip to the U.S. in Tokyo.", "USA", "JPN"},
		{"nothing placed: the article's home", "He cancelled a trip to the U.S.", "USA", "USA"},
	}
	for _, tt := range tests {
		doc, found := findIn(c, tt.text)
		if got := peopleHome(doc.Sentences, found, tt.home); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPlacePeople(t *testing.T) {
	h := homes{article: "IRN", people: "USA"}
	person := actor.Mention{Code: "---", Name: "John Poindexter", Kind: actor.Person}
	police := actor.Mention{Code: "---COP", Name: "police", Roles: []string{"COP"}, Kind: actor.Agent}
	if got := h.place(person).Code; got != "USA" {
		t.Errorf("a person the dictionaries do not know: %s, want USA", got)
	}
	if got := h.place(police).Code; got != "IRNCOP" {
		t.Errorf("a role word: %s, want IRNCOP", got)
	}
}
