package coder

import (
	"slices"
	"testing"
	"time"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/internal/goldset"
	"github.com/annalist/annalist/nlp"
)

// TestCodeFound checks that coding with the actors found beforehand gives
// what Code gives, leaves the caller's mentions as they were, and finds
// the actors itself when it is given too few.
func TestCodeFound(t *testing.T) {
	text := "Iran seized a British tanker. The move was condemned by France. Police arrested a man and released him."
	a := &article.Article{ID: "found", Text: text, Published: time.Date(2019, 7, 20, 0, 0, 0, 0, time.UTC)}
	doc := &nlp.Doc{Text: text, Sentences: nlp.Split(text)}
	c := Default()
	want := triples(c.Code(a, doc))
	if len(want) == 0 {
		t.Fatal("Code found no events; the test needs some")
	}
	found := c.Actors().FindEach(doc, a.Published)
	before := make([][]actor.Mention, len(found))
	for i, ms := range found {
		// Spare capacity would let an append write into the caller's array.
		found[i] = append(make([]actor.Mention, 0, len(ms)+8), ms...)
		before[i] = slices.Clone(ms)
	}
	if got := triples(c.CodeFound(a, doc, found)); !slices.Equal(got, want) {
		t.Errorf("CodeFound: %q, Code: %q", got, want)
	}
	for i := range found {
		if !slices.EqualFunc(found[i], before[i], sameMention) || !slices.EqualFunc(found[i][:len(found[i])+1], append(slices.Clone(before[i]), actor.Mention{}), sameMention) {
			t.Errorf("sentence %d: the caller's mentions changed", i)
		}
	}
	if got := triples(c.CodeFound(a, doc, found[:1])); !slices.Equal(got, want) {
		t.Errorf("CodeFound with one sentence's actors: %q, want %q", got, want)
	}
}

func triples(evs []event.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, goldset.Triple(e))
	}
	return out
}

func sameMention(x, y actor.Mention) bool {
	return x.Start == y.Start && x.End == y.End && x.Code == y.Code && x.Name == y.Name
}
