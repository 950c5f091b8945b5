package coder

import (
	"slices"
	"testing"

	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/internal/goldset"
)

func TestWithoutCountryEchoes(t *testing.T) {
	ev := func(src, tgt, code string, countrySource, countryTarget bool) coded {
		e := event.Event{EventCode: code, Actor1: &event.Actor{Code: src}}
		if tgt != "-" {
			e.Actor2 = &event.Actor{Code: tgt}
		}
		return coded{e, countrySource, countryTarget}
	}
	tests := []struct {
		name string
		in   []coded
		want []string
	}{
		{"a country's people beside its fuller actor",
			[]coded{ev("SWEENV", "-", "141", false, false), ev("SWE", "-", "141", true, false)},
			[]string{"SWEENV - 141"}},
		{"a country target beside its government",
			[]coded{ev("USA", "RUS", "111", true, true), ev("USA", "RUSGOV", "111", true, false)},
			[]string{"USA RUSGOV 111"}},
		{"another code stays",
			[]coded{ev("SWEENV", "-", "141", false, false), ev("SWE", "-", "140", true, false)},
			[]string{"SWEENV - 141", "SWE - 140"}},
		{"another country stays",
			[]coded{ev("FRAGOV", "IRN", "111", false, true), ev("DEU", "IRN", "111", true, true)},
			[]string{"FRAGOV IRN 111", "DEU IRN 111"}},
		{"a person coded by country alone stays",
			[]coded{ev("GBR", "GBROPP", "051", false, false), ev("GBRPTY", "GBROPP", "051", false, false)},
			[]string{"GBR GBROPP 051", "GBRPTY GBROPP 051"}},
		{"another target stays",
			[]coded{ev("RUS", "UKR", "190", true, true), ev("RUSMIL", "-", "190", false, false)},
			[]string{"RUS UKR 190", "RUSMIL - 190"}},
	}
	for _, tc := range tests {
		var got []string
		for _, e := range withoutCountryEchoes(tc.in) {
			got = append(got, goldset.Triple(e))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
