package coder

import (
	"testing"
	"time"
)

// TestWarshipMoves codes the parses of testdata/ships.conllu: a
// country's warships heading or sailing somewhere show force, at the
// country their destination names; warships that will sail, and a
// minister heading somewhere, show none.
func TestWarshipMoves(t *testing.T) {
	checkParsedCases(t, "testdata/ships.conllu", time.Date(2019, 6, 10, 0, 0, 0, 0, time.UTC), []parsedCase{
		{"warships heading for a country's waters, read as a noun phrase", nil, []string{"TURMIL CYP 150"}},
		{"a warship sailing into a strait", nil, []string{"GBRMIL - 150"}},
		{"warships that will sail", nil, nil},
		{"a minister heading somewhere", nil, nil},
	})
}
