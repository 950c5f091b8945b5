// Package goldset reads hand-annotated event sets (eval/gold/*.tsv,
// eval/dev/*.tsv) and scores coded events against them, so that every
// evaluation — the coder's with its built-in dictionaries, the PETRARCH2
// production dictionaries' — reads and scores them the same way.
//
// A set file has one row per event: URL, sentence index, SOURCE, TARGET
// ("-" for none) and CODE, tab-separated; "none" in CODE marks an
// annotated sentence without events; '#' lines are comments.
package goldset

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/annalist/annalist/event"
)

// Key is one sentence of one article.
type Key struct {
	URL      string
	Sentence int
}

// Read reads an annotation file: for each annotated sentence, its events
// as "SOURCE TARGET CODE"; a sentence annotated "none" has an empty list.
// Errors name the file and line.
func Read(path string) (map[Key][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	set := map[Key][]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 5", path, n, len(cols))
		}
		si, err := strconv.Atoi(cols[1])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: sentence index %q: %v", path, n, cols[1], err)
		}
		k := Key{URL: cols[0], Sentence: si}
		if cols[4] == "none" {
			set[k] = set[k] // an annotated sentence without events
			continue
		}
		if len(cols[4]) < 2 {
			return nil, fmt.Errorf("%s:%d: event code %q, want a CAMEO code or none", path, n, cols[4])
		}
		set[k] = append(set[k], cols[2]+" "+cols[3]+" "+cols[4])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return set, nil
}

// Triple gives e as "ACTOR1 ACTOR2 CODE" (an actor "-" when it is
// missing or has no code), the form of the set's events.
func Triple(e event.Event) string {
	code := func(a *event.Actor) string {
		if a == nil || a.Code == "" {
			return "-"
		}
		return a.Code
	}
	return code(e.Actor1) + " " + code(e.Actor2) + " " + e.EventCode
}

// CountryLevel reduces "SOURCE TARGET CODE" to the first three letters of
// each actor code (its country, or IGO) and the root code.
func CountryLevel(ev string) string {
	f := strings.Fields(ev)
	cut := func(code string) string {
		if len(code) > 3 {
			return code[:3]
		}
		return code
	}
	return cut(f[0]) + " " + cut(f[1]) + " " + f[2][:2]
}

// Score is a tally of matched, predicted and annotated events.
type Score struct{ TP, Pred, Gold int }

// Add tallies one sentence: its predicted and its annotated events, each
// set counted once.
func (s *Score) Add(pred, gold []string) {
	g := map[string]bool{}
	for _, x := range gold {
		g[x] = true
	}
	p := map[string]bool{}
	for _, x := range pred {
		p[x] = true
	}
	for x := range p {
		if g[x] {
			s.TP++
		}
	}
	s.Pred += len(p)
	s.Gold += len(g)
}

// Merge adds o's tallies to s.
func (s *Score) Merge(o Score) {
	s.TP += o.TP
	s.Pred += o.Pred
	s.Gold += o.Gold
}

// PRF is precision, recall and F1 (0 where undefined).
func (s Score) PRF() (p, r, f float64) {
	if s.Pred > 0 {
		p = float64(s.TP) / float64(s.Pred)
	}
	if s.Gold > 0 {
		r = float64(s.TP) / float64(s.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// ScoreSets scores predicted against the annotated events of set at the
// level of (source country, target country, root code) and of the full
// (source, target, code) triple; differ, when not nil, is called, in the
// order of URL and sentence, for each sentence whose country-level events
// differ.
func ScoreSets(set, predicted map[Key][]string, differ func(k Key, got, want []string)) (country, full Score) {
	keys := make([]Key, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b Key) int {
		if c := strings.Compare(a.URL, b.URL); c != 0 {
			return c
		}
		return a.Sentence - b.Sentence
	})
	for _, k := range keys {
		want, got := set[k], predicted[k]
		gc, wc := mapEach(got, CountryLevel), mapEach(want, CountryLevel)
		country.Add(gc, wc)
		full.Add(got, want)
		if differ != nil && !sameSet(gc, wc) {
			differ(k, got, want)
		}
	}
	return country, full
}

func mapEach(xs []string, fn func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = fn(x)
	}
	return out
}

// sameSet reports whether a and b hold the same strings, ignoring order
// and repeats.
func sameSet(a, b []string) bool {
	in := func(xs []string) map[string]bool {
		m := map[string]bool{}
		for _, x := range xs {
			m[x] = true
		}
		return m
	}
	ma, mb := in(a), in(b)
	if len(ma) != len(mb) {
		return false
	}
	for x := range ma {
		if !mb[x] {
			return false
		}
	}
	return true
}
