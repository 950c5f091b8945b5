package coder

import (
	"testing"
	"time"
)

// TestDisapproveStructure codes the parses of testdata/disapprove.conllu
// and checks the events the structures of disapproval and threat give: a
// speaker's verdict of fault on an actor or its deed, or blame for a
// wrong, a name of wrong given, dismay at an actor's act, a condemned act's agent hung under its victim, a complaint filed
// with a body against someone, and the threats a conditional sentence
// reports, beside the sentences of the same shapes that are none.
func TestDisapproveStructure(t *testing.T) {
	checkParsedCases(t, "testdata/disapprove.conllu", time.Date(2019, 6, 12, 0, 0, 0, 0, time.UTC), []parsedCase{
		{"a verdict of fault on someone's decision", nil, []string{"USALEG USAGOV 111"}},
		{"a verdict set before the speaker", nil, []string{"USALEG USAGOV 111"}},
		{"a verdict on one's own decision", nil, nil},
		{"a verdict on a thing no one did", nil, nil},
		{"what something is unfit for is no verdict", nil, nil},
		{"dismay at the tariffs someone announced, said by its pronoun", nil, []string{"JPNGOV USAGOV 110"}},
		{"dismay told in the passive", nil, []string{"CHN USA 110"}},
		{"a worry about an actor, not a deed", nil, nil},
		{"the agent of a killing hung under the victim", nil, []string{"IRN USA 111"}},
		{"a complaint filed with a body against another", nil, []string{"MEX USA 114"}},
		{"a sanction said to follow a condition", nil, []string{"CHN USA 1312"}},
		{"force said to answer an attack, the condition's verb read as a noun", nil, []string{"ISR IRN 138"}},
		{"a conditional forecast no one is reported to make", nil, nil},
		{"a question opened by if", nil, nil},
		{"a warning to no one of what may come", nil, nil},
		{"a speaker says who is responsible for the deaths", nil, []string{"SAU IRN 112"}},
		{"a duty one will be responsible for", nil, nil},
		{"a name of wrong given to a country's sanctions", nil, []string{"IRNGOV USA 111"}},
		{"a label of praise", nil, nil},
		{"a country called a name of wrong", nil, []string{"USAGOV IRN 111"}},
		{"a title given after called", nil, nil},
		{"a speaker says a country broke a treaty", nil, []string{"USA RUS 112"}},
		{"a truce broken is force, reported", nil, []string{"UKR - 196"}},
	})
}
