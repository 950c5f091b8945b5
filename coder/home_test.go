package coder

import (
	"testing"

	"github.com/annalist/annalist/actor"
)

func TestHomeCountry(t *testing.T) {
	gbr := actor.Mention{Code: "GBR", Country: "GBR"}
	usa := actor.Mention{Code: "USA", Country: "USA"}
	role := actor.Mention{Code: "---COP"}
	tests := []struct {
		name     string
		mentions [][]actor.Mention
		want     string
	}{
		{"the lede's country wins over more mentions further down",
			[][]actor.Mention{nil, {role}, {gbr}, nil, {usa}, {usa, usa}}, "GBR"},
		{"without a country in the lede, the whole article's",
			[][]actor.Mention{nil, {role}, nil, nil, {gbr}, {usa, usa}}, "USA"},
		{"a tie goes to the first named",
			[][]actor.Mention{{usa}, {gbr}}, "USA"},
		{"no country at all", [][]actor.Mention{{role}}, ""},
		{"no sentences", nil, ""},
	}
	for _, tt := range tests {
		if got := homeCountry(tt.mentions); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestRepression(t *testing.T) {
	police := actor.Mention{Code: "HKGCOP", Country: "HKG", Roles: []string{"COP"}}
	protesters := actor.Mention{Code: "HKGOPP", Country: "HKG", Roles: []string{"OPP"}}
	foreign := actor.Mention{Code: "PSECVL", Country: "PSE", Roles: []string{"CVL"}}
	rebels := actor.Mention{Code: "HKGREB", Country: "HKG", Roles: []string{"REB"}}
	tests := []struct {
		name     string
		code     string
		src, tgt actor.Mention
		want     string
	}{
		{"police firing on their protesters", "190", police, protesters, "175"},
		{"assault is repression too", "182", police, protesters, "175"},
		{"another country's civilians keep the code", "190", police, foreign, "190"},
		{"armed opponents keep the code", "190", police, rebels, "190"},
		{"arrests are not force", "173", police, protesters, "173"},
		{"protesters attacking police keep the code", "190", protesters, police, "190"},
	}
	for _, tt := range tests {
		if got := repression(tt.code, tt.src, tt.tgt); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestTrader(t *testing.T) {
	bus := []string{"BUS"}
	firm := actor.Mention{Code: "---BUS", Name: "the company", Roles: bus, Kind: actor.Agent}
	named := actor.Mention{Code: "---BUS", Name: "Mobil Corp", Roles: bus, Kind: actor.Group}
	businessmen := actor.Mention{Code: "---BUS", Name: "businessmen", Roles: bus, Kind: actor.Agent}
	japanFirm := actor.Mention{Code: "JPNBUS", Name: "Toyota", Country: "JPN", Roles: bus, Kind: actor.Group}
	police := actor.Mention{Code: "---COP", Name: "police", Roles: []string{"COP"}, Kind: actor.Agent}
	china := actor.Mention{Code: "CHN", Name: "China", Country: "CHN", Kind: actor.Country}
	austria := actor.Mention{Code: "AUTGOV", Name: "the Austrian government", Country: "AUT", Roles: []string{"GOV"}, Kind: actor.Agent}
	tests := []struct {
		name  string
		m     actor.Mention
		code  string
		other actor.Mention
		want  bool
	}{
		{"a firm buying from a country", firm, "0311", china, true},
		{"a named firm's offer to no one", named, "030", actor.Mention{}, true},
		{"a firm's deal with a government", firm, "057", austria, false},
		{"a firm's criticism is no deal", firm, "111", china, false},
		{"businessmen are the country's", businessmen, "061", china, false},
		{"a firm of a known country", japanFirm, "0311", china, false},
		{"police are no business", police, "061", china, false},
	}
	for _, tt := range tests {
		if got := trader(tt.m, tt.code, tt.other); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}
