package coder

import (
	"testing"
	"time"
)

// declaredIntents are the articles of testdata/intent3.conllu, in order:
// readiness stated in the passive, by "eager" or "stands ready";
// attempts in a clause of their own; hopes of cooperation with a named
// counterpart; visits to come owned by a time; meetings sought by a
// pronoun in reported speech; openness to talks; visits someone is set
// to make; looking forward to meeting; pledges told as clauses, with
// their addressee; a named actor's pledge or stated intention to no one
// named. And what declares no intent: a lessened readiness, an attempt
// that is another act's purpose, force hoped for, a hope by a role word
// the text gives no country, talks one is not ready for, a desire
// denied, and a pledge to keep up force.
var declaredIntents = []parsedCase{
	{name: "prepared to, a passive in form", want: []string{"TUR SYR 036"}},
	{name: "eager to, its 'it' read as an expletive", want: []string{"IND JPN 036"}},
	{name: "stands ready to", want: []string{"RUS UKR 036"}},
	{name: "less eager to"},
	{name: "will try to resolve", want: []string{"JPNGOV KOR 037"}},
	{name: "meet to try to resolve: the attempt is the meeting's purpose", want: []string{"CHN USA 036", "USA CHN 036"}},
	{name: "hopes to meet a named counterpart", want: []string{"FRAGOV USAGOV 036"}},
	{name: "hopes to capture: force hoped for"},
	{name: "a role word after a closed list hopes"},
	{name: "during next week's visit", want: []string{"GBRGOV JPNGOV 036"}},
	{name: "said it would seek a summit", want: []string{"JPN KOR 036"}},
	{name: "open to talks", want: []string{"IRN SAU 036"}},
	{name: "not ready for talks"},
	{name: "set to meet", want: []string{"USAGOV CHNGOV 036"}},
	{name: "looks forward to meeting", want: []string{"USAGOV PRKGOV 036"}},
	{name: "promised that it would release", want: []string{"IRN GBRBUS 0353"}},
	{name: "assured its addressee that it would provide aid", want: []string{"CHN PAK 033"}},
	{name: "no desire to meet"},
	{name: "a named actor's pledge to no one named", want: []string{"GBRLEG - 030"}},
	{name: "a pledge to keep up raids is no cooperation"},
	{name: "an intention stated to endorse someone unnamed", want: []string{"USALEG - 032"}},
}

// TestDeclaredIntents codes the parses of testdata/intent3.conllu and
// checks the events of each against declaredIntents.
func TestDeclaredIntents(t *testing.T) {
	checkParsedCases(t, "testdata/intent3.conllu", time.Date(2019, 6, 10, 0, 0, 0, 0, time.UTC), declaredIntents)
}
