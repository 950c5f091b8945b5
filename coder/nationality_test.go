package coder

import (
	"strings"
	"testing"
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
		found := each[0]
		before := append(found[:0:0], found...)
		got := ""
		for _, m := range nationalTitles(doc.Sentences[0].Tokens, found) {
			if m.Name == tt.name {
				got = m.Code
			}
		}
		if got != tt.want {
			t.Errorf("%q: %s is %q, want %q", tt.text, tt.name, got, tt.want)
		}
		for k := range found {
			if found[k].Code != before[k].Code {
				t.Errorf("%q: the found mentions were changed", tt.text)
			}
		}
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
