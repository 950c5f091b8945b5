//go:build eval

package place_test

import (
	"strings"
	"testing"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/place"
)

// TestEvalWikinews codes the 2019 Wikinews articles, places their events
// and reports the share placed; it prints an evenly spread sample of 30
// placed events with their sentences for checking by hand.
func TestEvalWikinews(t *testing.T) {
	path := shared.MustPath(t, "news", "wikinews", "wikinews_2019.csv")
	p := nlp.Default()
	c := coder.Default()
	var sample, sentences []placed
	events, withPlace, fromSentence, articles := 0, 0, 0, 0
	for a, err := range article.Read([]string{path}, nil, article.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		articles++
		doc := p.Parse(a.Text)
		evs := c.Code(a, doc)
		place.Stage(a, doc, evs)
		// One stand-in event per sentence, anchored at the sentence's
		// start, checks the place finder on more text than the coder codes.
		probe := make([]event.Event, len(doc.Sentences))
		for si, s := range doc.Sentences {
			probe[si].Evidence = []event.Evidence{{Sentence: si, Start: s.Start, End: s.End, Text: a.Text[s.Start:s.End]}}
		}
		place.Default().Annotate(a, doc, probe, "")
		for _, e := range probe {
			if e.Place != nil {
				sentences = append(sentences, placed{e.Place.Name + " (" + e.Place.Country + ", " + e.Place.Precision + ")", e.Evidence[0].Text})
			}
		}
		for _, e := range evs {
			events++
			if e.Place == nil {
				continue
			}
			withPlace++
			if strings.Contains(e.Evidence[0].Text, strings.SplitN(e.Place.Name, ",", 2)[0]) {
				fromSentence++
			}
			sample = append(sample, placed{e.Place.Name + " (" + e.Place.Country + ", " + e.Place.Precision + ")", e.Evidence[0].Text})
		}
	}
	if events == 0 {
		t.Fatal("no events coded")
	}
	share := float64(withPlace) / float64(events)
	t.Logf("wikinews 2019: %d articles, %d events, %d with a place (%.1f%%), %d named in their sentence", articles, events, withPlace, 100*share, fromSentence)
	logSample(t, "coded events", sample)
	t.Logf("sentences: %d placed", len(sentences))
	logSample(t, "sentences", sentences)
	// Wikinews articles carry no datelines, so every place comes from a
	// sentence; most coded sentences name none.
	if share < 0.05 {
		t.Errorf("share of events with a place %.3f, want at least 0.05", share)
	}
	if n := len(sentences); n < 300 {
		t.Errorf("%d sentences placed, want at least 300", n)
	}
}

type placed struct{ place, sentence string }

// logSample logs 30 items spread evenly over ps.
func logSample(t *testing.T, what string, ps []placed) {
	step := max(1, len(ps)/30)
	for i, n := 0, 0; i < len(ps) && n < 30; i, n = i+step, n+1 {
		t.Logf("%s %2d %-40s | %s", what, n+1, ps[i].place, strings.Join(strings.Fields(ps[i].sentence), " "))
	}
}
