package coder

import (
	"slices"
	"strings"
	"testing"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

func TestNationalTitles(t *testing.T) {
	c := Default()
	tests := []struct {
		text, name, want string
	}{
		{"Iranian Oil Minister Gholamreza Aqazadeh arrived in Algiers.", "Gholamreza Aqazadeh", "IRNGOV"},
		{"He met Saudi Arabia's Oil Minister Hisham Nazir.", "Hisham Nazir", "SAUGOV"},
		{"Iran said Oil Minister Gholamreza Aqazadeh arrived.", "Gholamreza Aqazadeh", "---GOV"},
		{"Iranian officials met Minister Gholamreza Aqazadeh.", "Gholamreza Aqazadeh", "---GOV"},
	}
	for _, tt := range tests {
		doc, each := findIn(c, tt.text)
		checkDerivedMention(t, tt.text, doc.Sentences[0].Tokens, each[0], nationalTitles, tt.name, tt.want, func(m actor.Mention) bool { return m.Name == tt.name })
	}
}

// checkDerivedMention checks that derive, given the mentions found in
// toks, gives the mention pick chooses (named label in messages) the code
// want, and leaves the found mentions as they were.
func checkDerivedMention(t *testing.T, text string, toks []nlp.Token, found []actor.Mention,
	derive func([]nlp.Token, []actor.Mention) []actor.Mention, label, want string, pick func(actor.Mention) bool) {
	t.Helper()
	before := slices.Clone(found)
	got := "missing"
	for _, m := range derive(toks, found) {
		if pick(m) {
			got = m.Code
		}
	}
	if got != want {
		t.Errorf("%q: %s is %q, want %q", text, label, got, want)
	}
	if !slices.EqualFunc(found, before, func(a, b actor.Mention) bool { return a.Code == b.Code }) {
		t.Errorf("%q: the found mentions were changed", text)
	}
}

func TestSharedRoles(t *testing.T) {
	c := Default()
	tests := []struct{ text, want string }{
		{"Japanese and British officials met.", "JPNGOV GBRGOV"},
		{"Japan and British officials met.", "JPN GBRGOV"},
		{"Japanese or British officials met.", "JPN GBRGOV"},
	}
	for _, tt := range tests {
		doc, found := findIn(c, tt.text)
		toks := doc.Sentences[0].Tokens
		toks[0].UPOS, toks[2].UPOS = "ADJ", "ADJ" // as the tagger gives them
		if toks[0].Form == "Japan" {
			toks[0].UPOS = "PROPN"
		}
		var got []string
		for _, m := range sharedRoles(toks, found[0]) {
			got = append(got, m.Code)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: %s, want %s", tt.text, g, tt.want)
		}
	}
}

func TestFirmVoices(t *testing.T) {
	c := Default()
	tests := []struct{ text, want string }{
		{"A Sun Chemical spokesman declined to comment.", "---BUS Sun Chemical spokesman"},
		{"Finance Ministry officials declined to comment.", "---GOV finance ministry, ---GOV official"},
		{"A spokesman declined to comment.", "---GOV spokesman"},
	}
	for _, tt := range tests {
		doc, found := findIn(c, tt.text)
		var got []string
		for _, m := range firmVoices(doc.Sentences[0].Tokens, found[0]) {
			got = append(got, m.Code+" "+m.Name)
		}
		if g := strings.Join(got, ", "); g != tt.want {
			t.Errorf("%q: %s, want %s", tt.text, g, tt.want)
		}
	}
}
