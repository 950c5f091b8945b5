package coder

import (
	"testing"
	"time"
)

// TestSpeechTrees codes the parses kept in testdata/speech.conllu (one
// sentence an article): a visit owned by a pronoun that stands for the speaker, talks a
// noun names with both sides, a second subject of "said", and the
// actors a group includes hung as a conjunct of it.
func TestSpeechTrees(t *testing.T) {
	checkParsedCases(t, "testdata/speech.conllu", time.Date(2019, 6, 12, 0, 0, 0, 0, time.UTC), []parsedCase{
		{"a visit owned by the speaker's pronoun, its clause ahead",
			[]string{"visit nsubj help"},
			[]string{"JPNGOV USAGOV 036"}},
		{"negotiations a noun names with both sides",
			nil,
			[]string{"FRA IRN 046", "IRN FRA 046"}},
		{"a second subject of said",
			[]string{"Turkey nsubj hold"},
			[]string{"GRC TUR 036", "TUR GRC 036"}},
		{"what a group includes hung as a conjunct",
			[]string{"States nmod countries"},
			[]string{"IGOUNO GBR 020", "IGOUNO USA 020"}},
	})
}
