package actor

import (
	"strings"
	"testing"
	"time"
)

func TestLoadReportsBadLines(t *testing.T) {
	tests := []struct {
		name  string
		load  func(*Dict, string) error
		input string
		want  []string // each must appear in the error
	}{
		{"people", func(d *Dict, s string) error { return d.LoadPeople(strings.NewReader(s), "bad.tsv") },
			"# comment\nUSAGOV\t2017-01-20\t2021-01-20\tDonald Trump|Trump\tpresident\n" +
				"USAGOV\t2017-13-01\t\tSomeone\tpresident\n" +
				"USAGOV\t2017-01-01\n" +
				"usagov\t2017-01-01\t\tSomeone Else\tpresident\n" +
				"USAGOV\t2017-01-01\t2016-01-01\tBackwards\tpresident\n" +
				"USAGOV\t2017-01-01\t\t\tpresident\n",
			[]string{`bad.tsv:3: FROM "2017-13-01" is not a YYYY-MM-DD date`, "bad.tsv:4: 2 tab-separated columns",
				`bad.tsv:5: code "usagov"`, "bad.tsv:6: Backwards: term ends 2016-01-01 before it starts", "bad.tsv:7: term of USAGOV"}},
		{"countries", func(d *Dict, s string) error { return d.LoadCountries(strings.NewReader(s), "c.txt") },
			"FRA\tFrance\tFrench\tParis\tElysee\nFRANCE\tFrance\nESP\t\nITA\tItaly\t\t\tQuirinale=gov\n",
			[]string{`c.txt:2: country code "FRANCE"`, "c.txt:3: country ESP has no name", `c.txt:4: country ITA: seat "Quirinale" has role "gov"`}},
		{"agents", func(d *Dict, s string) error { return d.LoadAgents(strings.NewReader(s), "a.txt") },
			"GOV\tminister|ministers\nGO\tminister\nMIL\n",
			[]string{`a.txt:2: agent code "GO"`, "a.txt:3: 1 tab-separated columns"}},
		{"actors", func(d *Dict, s string) error { return d.LoadActors(strings.NewReader(s), "o.txt") },
			"IGOUNO\tigo\tUnited Nations|UN\nIGOXYZ\tclub\tClub\nIGOJUDICC\tigo\tICC\t2002-07-01\n" +
				"IGOJUDICC\tigo\tICC\t2002-13-01..\nIGOXYZ\tigo\tXYZ\t2002-01-01..2001-01-01\n",
			[]string{`o.txt:2: kind "club"`, `o.txt:3: dates "2002-07-01", want FROM..`,
				`o.txt:4: dates "2002-13-01..": "2002-13-01" is not a YYYY-MM-DD date`,
				"o.txt:5: actor IGOXYZ ends 2001-01-01, not after it begins 2002-01-01"}},
	}
	for _, tt := range tests {
		d := New()
		err := tt.load(d, tt.input)
		if err == nil {
			t.Errorf("%s: no error for malformed lines", tt.name)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", tt.name, err, w)
			}
		}
		if n := strings.Count(err.Error(), "\n") + 1; n != len(tt.want) {
			t.Errorf("%s: %d errors, want %d: %v", tt.name, n, len(tt.want), err)
		}
	}
}

// The good lines around bad ones still load.
func TestLoadKeepsGoodLines(t *testing.T) {
	d := New()
	_ = d.LoadPeople(strings.NewReader("USAGOV\tbad\t\tNobody\tpresident\nUSAGOV\t2017-01-20\t2021-01-20\tDonald Trump|Trump\tpresident\n"), "p.tsv")
	if got := found(d, "Trump said", day("2018-01-01")); got != "Trump=USAGOV" {
		t.Errorf("Find = %q, want Trump=USAGOV", got)
	}
}

func TestParseDay(t *testing.T) {
	for _, s := range []string{"2019-02-28", "2000-02-29", "1900-01-01", "2026-12-31"} {
		got, ok := parseDay(s)
		want, err := time.Parse(time.DateOnly, s)
		if !ok || err != nil || !got.Equal(want) {
			t.Errorf("parseDay(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "2019-2-28", "2019-02-30", "2019-13-01", "2019-00-10", "2019/02/28", "20190228xx", "2019-02-2a"} {
		if _, ok := parseDay(s); ok {
			t.Errorf("parseDay(%q) accepted a bad date", s)
		}
	}
}
