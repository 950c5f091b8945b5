package coder

import (
	"testing"
	"time"
)

// TestParsedStructure codes the parses of testdata/structure12.conllu,
// slips of the parser included, and checks the events: what a law in
// force prohibits is no act of the one who violates it, and a speaker
// named at length after the report ("..., World Bank official John Smith
// said.") is not whom the reported act is done to.
func TestParsedStructure(t *testing.T) {
	checkParsedCases(t, "testdata/structure12.conllu", time.Date(1987, 4, 2, 0, 0, 0, 0, time.UTC), []parsedCase{
		{"a law in force an act violates, its participle hung from the verb", nil, nil},
		{"a speaker named at length at the end, hung from the reported verb", nil, nil}, // not "negotiate with the World Bank"
	})
}
