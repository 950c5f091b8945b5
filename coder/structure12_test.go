package coder

import (
	"slices"
	"testing"
	"time"
)

// TestParsedStructure codes the parses of testdata/structure12.conllu,
// slips of the parser included, and checks the events: what a law in
// force prohibits is no act of the one who violates it, and a speaker
// named at length after the report ("..., World Bank official John Smith
// said.") is not whom the reported act is done to.
func TestParsedStructure(t *testing.T) {
	docs := treeDocsFrom(t, "testdata/structure12.conllu")
	tests := []struct {
		name string
		want []string // events, as triple gives them
	}{
		{"a law in force an act violates, its participle hung from the verb", nil},
		{"a speaker named at length at the end, hung from the reported verb", nil}, // not "negotiate with the World Bank"
	}
	if len(docs) != len(tests) {
		t.Fatalf("testdata/structure12.conllu has %d articles, want %d", len(docs), len(tests))
	}
	c := Default()
	date := time.Date(1987, 4, 2, 0, 0, 0, 0, time.UTC)
	for i, tc := range tests {
		var got []string
		for _, e := range c.Code(textArticleOn(docs[i].Text, date), docs[i]) {
			got = append(got, triple(e))
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q coded %q, want %q", tc.name, docs[i].Text, got, tc.want)
		}
	}
}
