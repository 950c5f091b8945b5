package goldset

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annalist/annalist/event"
)

func write(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "set.tsv")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRead(t *testing.T) {
	p := write(t, "# a comment\nu1\t1\tUSAGOV\tIRN\t112\nu1\t1\tIRN\t-\t0231\nu2\t3\t-\t-\tnone\n")
	set, err := Read(p)
	if err != nil {
		t.Fatal(err)
	}
	if got := set[Key{"u1", 1}]; len(got) != 2 || got[0] != "USAGOV IRN 112" || got[1] != "IRN - 0231" {
		t.Errorf("u1#1: %q", got)
	}
	if got, ok := set[Key{"u2", 3}]; !ok || len(got) != 0 {
		t.Errorf("u2#3 (none): %q, annotated %v", got, ok)
	}
}

func TestReadErrorsNameFileAndLine(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"u1\t1\tUSAGOV\tIRN\n", ":1: 4 columns, want 5"},
		{"# x\nu1\tone\tUSAGOV\tIRN\t112\n", `:2: sentence index "one"`},
		{"u1\t1\tUSAGOV\tIRN\t1\n", `:1: event code "1"`},
	} {
		p := write(t, c.text)
		if _, err := Read(p); err == nil || !strings.Contains(err.Error(), p+c.want) {
			t.Errorf("%q: error %v, want it to contain %q", c.text, err, p+c.want)
		}
	}
}

func TestScoreSets(t *testing.T) {
	set := map[Key][]string{
		{"u1", 1}: {"USAGOV IRNGOV 112", "IRN USA 0231"},
		{"u1", 2}: {},
	}
	predicted := map[Key][]string{
		{"u1", 1}: {"USAGOV IRN 1121"}, // right at country level, wrong in full
		{"u1", 2}: {"FRA - 010"},       // a false event
		{"u9", 1}: {"FRA - 010"},       // not annotated: not scored
	}
	var differ []Key
	country, full := ScoreSets(set, predicted, func(k Key, got, want []string) { differ = append(differ, k) })
	if country != (Score{TP: 1, Pred: 2, Gold: 2}) || full != (Score{TP: 0, Pred: 2, Gold: 2}) {
		t.Errorf("country %+v full %+v", country, full)
	}
	if p, r, f := country.PRF(); p != 0.5 || r != 0.5 || f != 0.5 {
		t.Errorf("PRF %v %v %v", p, r, f)
	}
	if len(differ) != 2 || differ[0] != (Key{"u1", 1}) || differ[1] != (Key{"u1", 2}) {
		t.Errorf("differing sentences %v", differ)
	}
	if p, r, f := (Score{}).PRF(); p != 0 || r != 0 || f != 0 {
		t.Errorf("empty score PRF %v %v %v", p, r, f)
	}
}

func TestTripleAndCountryLevel(t *testing.T) {
	e := event.Event{Actor1: &event.Actor{Code: "IGOEUREEC"}, EventCode: "0874"}
	if got := Triple(e); got != "IGOEUREEC - 0874" {
		t.Errorf("Triple %q", got)
	}
	if got := Triple(event.Event{Actor2: &event.Actor{}, EventCode: "010"}); got != "- - 010" {
		t.Errorf("Triple with no source and a target with no code %q, want - - 010", got)
	}
	if got := CountryLevel("IGOEUREEC USAGOV 0874"); got != "IGO USA 08" {
		t.Errorf("CountryLevel %q", got)
	}
}
