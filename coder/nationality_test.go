package coder

import (
	"testing"
	"time"

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
		doc := &nlp.Doc{Text: tt.text, Sentences: nlp.Split(tt.text)}
		found := c.actors.FindEach(doc, time.Date(1987, 3, 1, 0, 0, 0, 0, time.UTC))[0]
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
