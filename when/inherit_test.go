package when

import (
	"testing"
	"time"

	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// TestInherit: an event its own sentence does not date takes the date of
// the nearest earlier event of the same actors that its sentence dates —
// not one of other actors, not a date after the reference day, not for a
// verb in the future tense, and not from too far back.
func TestInherit(t *testing.T) {
	ref := time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC) // a Thursday
	actor := func(code string) *event.Actor { return &event.Actor{Code: code} }
	cases := []struct {
		name     string
		second   string // the undated sentence's tree
		verb     string
		a1, a2   string
		gap      int // sentences between the dated one and the undated one
		want     string
		wantText string
	}{
		{"same source", "Police/PROPN/2/nsubj arrested/VERB/0/root him/PRON/2/obj", "arrested", "GBRCOP", "", 0, "2024-02-12", "Monday"},
		{"actor as target", "Protesters/NOUN/2/nsubj attacked/VERB/0/root police/NOUN/2/obj", "attacked", "GBROPP", "GBRCOP", 0, "2024-02-12", "Monday"},
		{"other actors", "Protesters/NOUN/2/nsubj marched/VERB/0/root", "marched", "GBROPP", "", 0, "2024-02-15", ""},
		{"future tense", "Police/PROPN/3/nsubj will/AUX/3/aux arrest/VERB/0/root him/PRON/3/obj", "arrest", "GBRCOP", "", 0, "2024-02-15", ""},
		{"too far back", "Police/PROPN/2/nsubj arrested/VERB/0/root him/PRON/2/obj", "arrested", "GBRCOP", "", inheritWindow, "2024-02-15", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := &nlp.Doc{}
			tree(t, doc, "Police/PROPN/2/nsubj raided/VERB/0/root a/DET/4/det house/NOUN/2/obj on/ADP/6/case Monday/PROPN/2/obl")
			for range c.gap {
				tree(t, doc, "It/PRON/2/nsubj rained/VERB/0/root")
			}
			tree(t, doc, c.second)
			first := coded(t, doc, 0, "raided")
			first.Actor1 = actor("GBRCOP")
			second := coded(t, doc, len(doc.Sentences)-1, c.verb)
			second.Actor1 = actor(c.a1)
			if c.a2 != "" {
				second.Actor2 = actor(c.a2)
			}
			evs := []event.Event{first, second}
			Annotate(doc, evs, ref)
			if evs[0].Date != "2024-02-12" {
				t.Fatalf("the dated event: %s, want 2024-02-12", evs[0].Date)
			}
			if got := evs[1]; got.Date != c.want || got.Evidence[0].DateText != c.wantText {
				t.Errorf("got %s %q, want %s %q", got.Date, got.Evidence[0].DateText, c.want, c.wantText)
			}
		})
	}
}

// TestInheritNotFromPlans: a date after the reference day (a plan) is not
// inherited by an act told as done.
func TestInheritNotFromPlans(t *testing.T) {
	ref := time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC)
	doc := &nlp.Doc{}
	tree(t, doc, "Police/PROPN/3/nsubj will/AUX/3/aux raid/VERB/0/root a/DET/5/det house/NOUN/3/obj on/ADP/7/case Monday/PROPN/3/obl")
	tree(t, doc, "Police/PROPN/2/nsubj arrested/VERB/0/root him/PRON/2/obj")
	first, second := coded(t, doc, 0, "raid"), coded(t, doc, 1, "arrested")
	first.Actor1, second.Actor1 = &event.Actor{Code: "GBRCOP"}, &event.Actor{Code: "GBRCOP"}
	evs := []event.Event{first, second}
	Annotate(doc, evs, ref)
	if evs[0].Date != "2024-02-19" {
		t.Fatalf("the planned raid: %s, want 2024-02-19", evs[0].Date)
	}
	if evs[1].Date != "2024-02-15" || evs[1].Evidence[0].DateText != "" {
		t.Errorf("the arrest: %s %q, want the reference day", evs[1].Date, evs[1].Evidence[0].DateText)
	}
}
