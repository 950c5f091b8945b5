package petrarch

import (
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/nlp"
)

func testSet(t *testing.T) *Set {
	t.Helper()
	var files []File
	for _, n := range []string{"verbs.txt", "actors.txt", "agents.txt", "discards.txt"} {
		files = append(files, File{Path: "testdata/" + n})
	}
	s, errs := Load(files...)
	if len(errs) != 5+3+4 {
		t.Errorf("Load: %d errors, want the 12 broken lines of testdata:\n%v", len(errs), errs)
	}
	return s
}

func codes(c EventCoder, text string, date time.Time) string {
	a := &article.Article{ID: "t", Text: text, Published: date}
	var out []string
	for _, e := range c.Code(a, &nlp.Doc{Text: text, Sentences: nlp.Split(text)}) {
		a2 := "-"
		if e.Actor2 != nil {
			a2 = e.Actor2.Code
		}
		out = append(out, e.Actor1.Code+" "+a2+" "+e.EventCode)
	}
	return strings.Join(out, "; ")
}

func TestActorDictReplace(t *testing.T) {
	s := testSet(t)
	d, errs := s.ActorDict(Replace)
	if len(errs) != 0 {
		t.Errorf("ActorDict: %v", errs)
	}
	find := func(text string, date time.Time) string {
		var out []string
		for _, s := range nlp.Split(text) {
			for _, m := range d.Find(s.Tokens, date) {
				out = append(out, m.Code)
			}
		}
		return strings.Join(out, " ")
	}
	for _, c := range []struct {
		text, date, want string
	}{
		{"Icelandic policemen met Rufus T. Firefly.", "1933-06-01", "ISLCOP ISLGOV"},
		{"Firefly spoke in Reykjavik City.", "1935-06-01", "ISLELI ISL"},
		{"The LFS attacked a foreign minister of Nauru.", "2000-01-01", "NRUREB NRUGOVFRM"},
		{"Peacekeeping troops left; thieves came.", "2000-01-01", "---IGO ---CRM"},
		// Replace leaves out the built-in dictionaries: no France here.
		{"France welcomed the army.", "2000-01-01", "---MIL"},
	} {
		if got := find(c.text, day(c.date)); got != c.want {
			t.Errorf("%q on %s: %q, want %q", c.text, c.date, got, c.want)
		}
	}
	ext, errs := s.ActorDict(Extend)
	if len(errs) != 0 {
		t.Errorf("ActorDict(Extend): %v", errs)
	}
	toks := nlp.Split("France welcomed Iceland.")[0].Tokens
	if ms := ext.Find(toks, time.Time{}); len(ms) != 2 || ms[0].Code != "FRA" || ms[1].Code != "ISL" {
		t.Errorf("Extend: %+v, want FRA and ISL", ms)
	}
}

func TestVerbDictCodes(t *testing.T) {
	s := testSet(t)
	v, st, errs := s.VerbDict(Replace)
	// &MISSING is unknown; the pattern with the target before the verb
	// is skipped.
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "verbs.txt:23: pattern \"* &MISSING\": unknown synset &MISSING") {
		t.Errorf("VerbDict errors = %v", errs)
	}
	want := VerbStats{Verbs: 4, Patterns: 3*2 + 1*2, Skipped: 1, Transforms: 1}
	if st != want {
		t.Errorf("stats = %+v, want %+v", st, want)
	}
	c := coder.New(s.mustActors(t), v)
	date := day("2024-03-12")
	for _, tc := range []struct{ text, want string }{
		{"Iceland fired rockets at Nauru.", "ISL NRU 190"},
		{"Iceland fired warning shots.", ""},
		{"Iceland met with Nauru.", "ISL NRU 040"},
		// The block's patterns outrank the verb's own code, as in PETRARCH.
		{"Iceland sat down with Nauru.", "ISL NRU 040"},
	} {
		if got := codes(c, tc.text, date); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
	if got := codes(s.WithDiscards(c), "Iceland met with Nauru after the Academy Award.", date); got != "" {
		t.Errorf("discarded sentence coded %q", got)
	}
	story := "Iceland met with Nauru. The World Cup starts."
	if got := codes(c, story, date); got != "ISL NRU 040" {
		t.Errorf("without discards: %q", got)
	}
	if got := codes(s.WithDiscards(c), story, date); got != "" {
		t.Errorf("story discard: coded %q", got)
	}
}

func (s *Set) mustActors(t *testing.T) *actor.Dict {
	d, errs := s.ActorDict(Replace)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return d
}
