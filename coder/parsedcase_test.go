package coder

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/internal/goldset"
)

// parsedCase is one article of a CoNLL-U test file (one sentence each):
// the arcs the repair must leave, and the events the coder gives.
type parsedCase struct {
	name string
	arcs []string // "word rel head-word" after the repair; none for a sound parse
	want []string // events, as triple gives them
}

// checkParsedCases codes the articles of path, published on date, one
// case each in order, and checks that the sentence is repaired exactly
// when the case lists arcs, that those arcs are set, that the caller's
// tokens are left as they were, and the events coded.
func checkParsedCases(t *testing.T, path string, date time.Time, cases []parsedCase) {
	t.Helper()
	docs := treeDocsFrom(t, path)
	if len(docs) != len(cases) {
		t.Fatalf("%s has %d articles, want %d", path, len(docs), len(cases))
	}
	c := Default()
	for i, tc := range cases {
		doc := docs[i]
		toks := doc.Sentences[0].Tokens
		before := slices.Clone(toks)
		s := newSentence(c.verbs, toks, c.actors.Find(toks, date), date.Year())
		if s.repaired != (len(tc.arcs) > 0) {
			t.Errorf("%s: repaired %v, want %v", tc.name, s.repaired, len(tc.arcs) > 0)
		}
		if !slices.Equal(toks, before) {
			t.Errorf("%s: the caller's tokens were changed", tc.name)
		}
		for _, arc := range tc.arcs {
			if got := arcOf(s, strings.Fields(arc)[0]); got != arc {
				t.Errorf("%s: arc %q, want %q", tc.name, got, arc)
			}
		}
		var got []string
		for _, e := range c.Code(textArticleOn(doc.Text, date), doc) {
			got = append(got, goldset.Triple(e))
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q coded %q, want %q", tc.name, doc.Text, got, tc.want)
		}
	}
}
