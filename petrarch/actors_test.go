package petrarch

import (
	"reflect"
	"strings"
	"testing"
)

// readActorsString reads an actor dictionary written in the test.
func readActorsString(t *testing.T, src string) ([]Actor, []error) {
	t.Helper()
	d, errs := ReadActors(strings.NewReader(src), "t.actors.txt")
	return d.Actors, errs
}

func checkActors(t *testing.T, got, want []Actor) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("actors =\n%+v\nwant\n%+v", got, want)
	}
}

// A bad code costs only itself: the line's phrase and its other codes stay.
func TestReadActorsBadCodeKeepsLine(t *testing.T) {
	got, errs := readActorsString(t, ""+
		"DAVID_CAMERON_ [GBRELI] [GBRGOV >201005011] [GBRGOV 100511-160713] # note\n"+
		"+PM_CAMERON_ [GBRXXXXGOV] [GBRGOV]\n"+
		"\t[GBRELI 9008223-911221] [GBROPP <050505]\n")
	wantErrors(t, errs, map[int]string{
		1: `t.actors.txt:1: actor DAVID_CAMERON: [GBRGOV >201005011]: date "201005011" is not yymmdd`,
		2: `"GBRXXXXGOV" is not a CAMEO actor code`,
		3: `date "9008223" is not yymmdd`,
	})
	checkActors(t, got, []Actor{{Line: 1, Names: [][]string{{"DAVID", "CAMERON"}, {"PM", "CAMERON"}}, Codes: []ActorCode{
		{Code: "GBRELI"},
		{Code: "GBRGOV", From: day("2010-05-11"), To: day("2016-07-13")},
		{Code: "GBRGOV"},
		{Code: "GBROPP", To: day("2005-05-05")},
	}}})
}

// A block whose only code is bad is dropped (the bad code is its one
// error), and the primary line after
// it starts its own block rather than joining the codeless one.
func TestReadActorsPrimaryStartsBlock(t *testing.T) {
	got, errs := readActorsString(t, ""+
		"DAVID_CAMERON_  # CountryInfo.txt\n"+
		"+PRIME_MINISTER_DAVID_CAMERON_\n"+
		"\t[GBRGOV >201005011] \n"+
		"ALAN_JOHNSON_\n"+
		"+ALAN_ARTHUR_JOHNSON_\n"+
		"\t[GBRGOV 041001-050531]\n"+
		"ALPHA_\n"+
		"BETA_ [BET]\n")
	wantErrors(t, errs, map[int]string{
		3: `date "201005011" is not yymmdd`,
		7: "actor ALPHA has no [CODE]",
	})
	checkActors(t, got, []Actor{
		{Line: 4, Names: [][]string{{"ALAN", "JOHNSON"}, {"ALAN", "ARTHUR", "JOHNSON"}}, Codes: []ActorCode{
			{Code: "GBRGOV", From: day("2004-10-01"), To: day("2005-05-31")}}},
		{Line: 8, Names: [][]string{{"BETA"}}, Codes: []ActorCode{{Code: "BET"}}},
	})
}

// PETRARCH trims every line before reading it, so an indented line that
// is neither a code nor a synonym is a primary line (International
// actors, line 267).
func TestReadActorsIndentedPrimary(t *testing.T) {
	got, errs := readActorsString(t, ""+
		"JOHN_J MCCLOY_\n"+
		"\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]# IGOrulers.txt\n"+
		"LEWIS_PRESTON_\n"+
		"+LEWIS_T._PRESTON_\t\n"+
		"\t[IGOUNODEVWBK 910901-950531]# IGOrulers.txt\n"+
		"  +LEWIS_T_PRESTON_\n")
	wantErrors(t, errs, map[int]string{1: "actor JOHN_J_MCCLOY has no [CODE]"})
	checkActors(t, got, []Actor{
		{Line: 2, Names: [][]string{{"JOHN", "MCCLOY"}}, Codes: []ActorCode{
			{Code: "IGOUNODEVWBK", From: day("1947-03-01"), To: day("1949-06-30")}}},
		{Line: 3, Names: [][]string{{"LEWIS", "PRESTON"}, {"LEWIS", "T.", "PRESTON"}, {"LEWIS", "T", "PRESTON"}}, Codes: []ActorCode{
			{Code: "IGOUNODEVWBK", From: day("1991-09-01"), To: day("1995-05-31")}}},
	})
}

// A date standing apart from its sign or its dash has one reading, so it
// is read ("[KSVGOV > 080109]", Phoenix.Countries.actors.txt).
func TestReadActorsSpacedDates(t *testing.T) {
	got, errs := readActorsString(t, ""+
		"HASHIM_THACI_\n"+
		"\t[KSVGOV > 080109]\n"+
		"\t[KSVREB 980101 - 991231]\n"+
		"\t[KSVELI < 971231]\n")
	wantErrors(t, errs, nil)
	checkActors(t, got, []Actor{{Line: 1, Names: [][]string{{"HASHIM", "THACI"}}, Codes: []ActorCode{
		{Code: "KSVGOV", From: day("2008-01-09")},
		{Code: "KSVREB", From: day("1998-01-01"), To: day("1999-12-31")},
		{Code: "KSVELI", To: day("1997-12-31")},
	}}})
}

// The lines of a block whose primary phrase is unreadable go with it: they
// neither join the block before nor count as lines outside a block.
func TestReadActorsBadPrimarySkipsBlock(t *testing.T) {
	got, errs := readActorsString(t, ""+
		"FAROE_ [FRO]\n"+
		"FAEROYENE]_\n"+
		"+FAEROYAR_\n"+
		"\t[FRO]\n")
	wantErrors(t, errs, map[int]string{2: `actor "FAEROYENE]_": unexpected bracket`})
	checkActors(t, got, []Actor{{Line: 1, Names: [][]string{{"FAROE"}}, Codes: []ActorCode{{Code: "FRO"}}}})
}

// Primary lines with no code between them are variants of one name and
// share the codes below them (Phoenix.Countries.actors.txt writes
// BORIS_YELTSIN_, BORIS_N._YELTSIN and YELTSIN so), synonyms among them
// included.
func TestReadActorsVariantsShareCodes(t *testing.T) {
	got, errs := readActorsString(t, ""+
		"BORIS_YELTSIN_  # CountryInfo.txt\n"+
		"BORIS_N._YELTSIN\n"+
		"+PRESIDENT_YELTSIN\n"+
		"YELTSIN\n"+
		"\t[RUSELI 310201-910709]\n"+
		"\t[RUSGOV 910710-991231]\n"+
		"VLADIMIR_PUTIN_\n"+
		"\t[RUSGOV >000101]\n")
	wantErrors(t, errs, nil)
	checkActors(t, got, []Actor{
		{Line: 1, Names: [][]string{{"BORIS", "YELTSIN"}, {"BORIS", "N.", "YELTSIN"}, {"PRESIDENT", "YELTSIN"}, {"YELTSIN"}}, Codes: []ActorCode{
			{Code: "RUSELI", From: day("1931-02-01"), To: day("1991-07-09")},
			{Code: "RUSGOV", From: day("1991-07-10"), To: day("1999-12-31")}}},
		{Line: 7, Names: [][]string{{"VLADIMIR", "PUTIN"}}, Codes: []ActorCode{{Code: "RUSGOV", From: day("2000-01-01")}}},
	})
}

// A block that has had a code line, good or bad, is closed: the primary
// lines after it start a block of their own, so neither its codes nor
// its names reach them (DAVID_CAMERON_'s bad code, then ALAN_JOHNSON_).
func TestReadActorsCodeClosesBlock(t *testing.T) {
	got, errs := readActorsString(t, ""+
		"DAVID_CAMERON_\n"+
		"PRIME_MINISTER_DAVID_CAMERON_\n"+
		"\t[GBRGOV >201005011]\n"+
		"ALAN_JOHNSON_\n"+
		"ALAN_ARTHUR_JOHNSON_\n"+
		"\t[GBRGOV 041001-050531]\n"+
		"\t[GBRELI >100511]\n"+
		"GORDON_BROWN_\n"+
		"\t[GBRGOV 070627-100511]\n")
	wantErrors(t, errs, map[int]string{3: `date "201005011" is not yymmdd`})
	checkActors(t, got, []Actor{
		{Line: 4, Names: [][]string{{"ALAN", "JOHNSON"}, {"ALAN", "ARTHUR", "JOHNSON"}}, Codes: []ActorCode{
			{Code: "GBRGOV", From: day("2004-10-01"), To: day("2005-05-31")},
			{Code: "GBRELI", From: day("2010-05-11")}}},
		{Line: 8, Names: [][]string{{"GORDON", "BROWN"}}, Codes: []ActorCode{
			{Code: "GBRGOV", From: day("2007-06-27"), To: day("2010-05-11")}}},
	})
}
