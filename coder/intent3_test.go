package coder

import (
	"testing"
	"time"
)

// TestDeclaredIntents codes the parses of testdata/intent3.conllu:
// readiness stated in the passive, by "eager" or "stands ready";
// attempts in a clause of their own; hopes of cooperation with a named
// counterpart; visits to come owned by a time; meetings sought by a
// pronoun in reported speech; openness to talks; visits someone is set
// to make; looking forward to meeting; pledges told as clauses, with
// their addressee; a named actor's pledge or stated intention to no one
// named. And what declares no intent: a lessened readiness,
// an attempt that is another act's purpose, force hoped for, a hope by a
// role word the text gives no country, talks one is not ready for, a
// desire denied, and a pledge to keep up force.
func TestDeclaredIntents(t *testing.T) {
	checkParsedCases(t, "testdata/intent3.conllu", time.Date(2019, 6, 10, 0, 0, 0, 0, time.UTC), []parsedCase{
		{"prepared to, a passive in form", nil, []string{"TUR SYR 036"}},
		{"eager to, its 'it' read as an expletive", nil, []string{"IND JPN 036"}},
		{"stands ready to", nil, []string{"RUS UKR 036"}},
		{"less eager to", nil, nil},
		{"will try to resolve", nil, []string{"JPNGOV KOR 037"}},
		{"meet to try to resolve: the attempt is the meeting's purpose", nil, []string{"CHN USA 036", "USA CHN 036"}},
		{"hopes to meet a named counterpart", nil, []string{"FRAGOV USAGOV 036"}},
		{"hopes to capture: force hoped for", nil, nil},
		{"a role word after a closed list hopes", nil, nil},
		{"during next week's visit", nil, []string{"GBRGOV JPNGOV 036"}},
		{"said it would seek a summit", nil, []string{"JPN KOR 036"}},
		{"open to talks", nil, []string{"IRN SAU 036"}},
		{"not ready for talks", nil, nil},
		{"set to meet", nil, []string{"USAGOV CHNGOV 036"}},
		{"looks forward to meeting", nil, []string{"USAGOV PRKGOV 036"}},
		{"promised that it would release", nil, []string{"IRN GBRBUS 0353"}},
		{"assured its addressee that it would provide aid", nil, []string{"CHN PAK 033"}},
		{"no desire to meet", nil, nil},
		{"a named actor's pledge to no one named", nil, []string{"GBRLEG - 030"}},
		{"a pledge to keep up raids is no cooperation", nil, nil},
		{"an intention stated to endorse someone unnamed", nil, []string{"USALEG - 032"}},
	})
}
