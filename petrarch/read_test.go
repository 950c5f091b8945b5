package petrarch

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

func open(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// wantErrors checks that errs are exactly the lines given, each message
// holding its text.
func wantErrors(t *testing.T, errs []error, want map[int]string) {
	t.Helper()
	got := map[int]string{}
	for _, err := range errs {
		var le *LineError
		if !errors.As(err, &le) {
			t.Errorf("error %v is not a *LineError", err)
			continue
		}
		if !strings.HasPrefix(err.Error(), le.File+":") {
			t.Errorf("error %q does not start with its file", err)
		}
		got[le.Line] = err.Error()
	}
	for line, text := range want {
		if !strings.Contains(got[line], text) {
			t.Errorf("line %d: error %q, want one containing %q", line, got[line], text)
		}
	}
	for line, msg := range got {
		if _, ok := want[line]; !ok {
			t.Errorf("unexpected error %s", msg)
		}
	}
}

func TestReadVerbs(t *testing.T) {
	d, errs := ReadVerbs(open(t, "verbs.txt"), "verbs.txt")
	wantErrors(t, errs, map[int]string{
		16: "verbs.txt:16: pattern \"* VENTURE (WITH VISIT)      VISIT)\": unbalanced )",
		17: "code [080!] is not a CAMEO code",
		24: "unbalanced {",
		25: "code [999] is not a CAMEO code",
		28: "want ~ PATTERN = RESULT",
	})
	if len(d.Blocks) != 2 || d.Blocks[0].Name != "MEET" || d.Blocks[0].Code != (Code{Active: "040"}) || d.Blocks[1].Code != (Code{Active: "---"}) {
		t.Fatalf("blocks = %+v", d.Blocks)
	}
	meet := d.Blocks[0]
	wantVerbs := []Verb{
		{Line: 10, Words: []string{"MEET"}, Forms: [][]string{{"MET"}, {"MEETING"}}},
		{Line: 11, Words: []string{"SIT", "DOWN"}, Forms: [][]string{{"SAT", "DOWN"}, {"SITTING", "DOWN"}}, Code: Code{Active: "043"}},
		{Line: 12, Words: []string{"CONFER"}, Code: Code{Passive: "043"}},
	}
	if !reflect.DeepEqual(meet.Verbs, wantVerbs) {
		t.Errorf("verbs =\n%+v\nwant\n%+v", meet.Verbs, wantVerbs)
	}
	if len(meet.Patterns) != 3 {
		t.Fatalf("MEET patterns = %+v", meet.Patterns)
	}
	p := meet.Patterns[1]
	wantP := Pattern{Line: 14, Text: "$ * + (IN ^)", Comment: "MEET", Code: Code{Active: "046"},
		Before: []Elem{{Kind: Source}},
		After:  []Elem{{Kind: Target}, {Kind: Word, Word: "IN", Prep: true}, {Kind: Skip, Prep: true}}}
	if !reflect.DeepEqual(p, wantP) {
		t.Errorf("pattern =\n%+v\nwant\n%+v", p, wantP)
	}
	fire := d.Blocks[1].Patterns
	if len(fire) != 3 || fire[0].After[0] != (Elem{Kind: SynsetRef, Word: "WEAPON"}) ||
		fire[1].After[1] != (Elem{Kind: Word, Word: "SHOTS", Noun: true}) || fire[1].Code.Active != "---" {
		t.Errorf("FIRE patterns = %+v", fire)
	}
	w := d.Synsets["WEAPON"]
	if w == nil || !reflect.DeepEqual(w.Members, [][]string{{"GUN"}, {"ROCKET"}, {"HELLFIRE", "MISSILE"}}) {
		t.Errorf("synset WEAPON = %+v", w)
	}
	if len(d.Transforms) != 1 || d.Transforms[0].Line != 27 || strings.Join(d.Transforms[0].Right, " ") != "a b 015" {
		t.Errorf("transforms = %+v", d.Transforms)
	}
}

func day(s string) time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return t
}

func TestReadActors(t *testing.T) {
	d, errs := ReadActors(open(t, "actors.txt"), "actors.txt")
	wantErrors(t, errs, map[int]string{
		17: `date "9008223" is not yymmdd`,
		19: `"BADCODE" is not a CAMEO actor code`,
		20: "unbalanced [",
	})
	want := []Actor{
		{Line: 3, Names: [][]string{{"ICELAND"}, {"ICELANDIC"}, {"REYKJAVIK", "CITY"}}, Codes: []ActorCode{{Code: "ISL"}}},
		{Line: 7, Names: [][]string{{"RUFUS", "T.", "FIREFLY"}, {"FIREFLY"}}, Codes: []ActorCode{
			{Code: "ISLGOV", From: day("1933-01-01"), To: day("1933-12-31")},
			{Code: "ISLELI", From: day("1934-01-01")},
			{Code: "ISLOPP", To: day("1932-12-31")},
		}},
		{Line: 12, Names: [][]string{{"NAURU"}}, Codes: []ActorCode{{Code: "NRU"}}},
		{Line: 13, Names: [][]string{{"LIBERATION", "FRONT", "OF", "NAURU"}, {"LFS"}}, Codes: []ActorCode{{Code: "NRUREB"}}},
		{Line: 15, Names: [][]string{{"ORPHAN"}, {"SYNONYM", "WITHOUT", "CODE"}}, Codes: []ActorCode{{Code: "USAGOV"}}},
	}
	if !reflect.DeepEqual(d.Actors, want) {
		t.Errorf("actors =\n%+v\nwant\n%+v", d.Actors, want)
	}
}

func TestReadActorsBlockWithoutCode(t *testing.T) {
	_, errs := ReadActors(strings.NewReader("ALPHA_ [ALP]\nBETA_\n+GAMMA_\n"), "x.txt")
	wantErrors(t, errs, map[int]string{2: "x.txt:2: actor BETA has no [CODE]"})
	_, errs = ReadActors(strings.NewReader("\t[ALP]\n+GAMMA\n"), "y.txt")
	wantErrors(t, errs, map[int]string{1: "outside an actor block", 2: "outside an actor block"})
}

func TestReadAgents(t *testing.T) {
	d, errs := ReadAgents(open(t, "agents.txt"), "agents.txt")
	wantErrors(t, errs, map[int]string{
		11: "unbalanced }",
		12: `agent "EXTREMIST" has no [~CODE]`,
		13: "want [~CODE] or [CODE~]",
		14: "unknown substitution !TAILOR!",
	})
	phrases := func(a Agent) string {
		var ps []string
		for _, p := range a.Phrases {
			ps = append(ps, strings.Join(p, " "))
		}
		return a.Code + ": " + strings.Join(ps, ", ")
	}
	want := []string{
		"COP: POLICEMAN, POLICEMEN, POLICEWOMAN, POLICEWOMEN",
		"GOVFRM: FOREIGN MINISTER, FOREIGN MINISTERS",
		"MIL: SOLDIER, SOLDIERS",
		"MIL: ARMY",
		"CRM: THIEF, THIEVES",
		"GOV: SECRETARY, SECRETARIES",
		"IGO: PEACEKEEPING TROOPS",
	}
	var got []string
	for _, a := range d.Agents {
		got = append(got, phrases(a))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("agents =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if last := d.Agents[len(d.Agents)-1]; !last.Prefix || d.Agents[0].Prefix {
		t.Errorf("Prefix: [IGO~] %v, [~COP] %v", last.Prefix, d.Agents[0].Prefix)
	}
}

func TestReadDiscards(t *testing.T) {
	d, errs := ReadDiscards(open(t, "discards.txt"), "discards.txt")
	wantErrors(t, errs, nil)
	var got []string
	for _, e := range d.Entries {
		got = append(got, strings.Join(e.Words, " ")+map[bool]string{true: " (story)"}[e.Story])
	}
	want := []string{"academy award", "world cup (story)", "u.s. open"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("discards = %q, want %q", got, want)
	}
}

func TestDetectKind(t *testing.T) {
	for name, want := range map[string]Kind{"verbs.txt": VerbsKind, "actors.txt": ActorsKind, "agents.txt": AgentsKind, "discards.txt": DiscardsKind} {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if got := DetectKind(b); got != want {
			t.Errorf("DetectKind(%s) = %v, want %v", name, got, want)
		}
	}
	for _, text := range []string{"# only a comment\n", "<ISSUE CATEGORY=\"EDUCATION\">\nn:preschool [EARLY_EDUCATION]\n"} {
		if got := DetectKind([]byte(text)); got != UnknownKind {
			t.Errorf("DetectKind(%q) = %v, want unknown", text, got)
		}
	}
}
