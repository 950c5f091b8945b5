package petrarch

import (
	"strings"
	"testing"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// builtinSample is a PETRARCH actor dictionary to add to the built-in one:
// a code line shared by a primary line and its synonym, dated terms on the
// primary line, a synonym without codes, and a place coded as its country.
const builtinSample = `# a PETRARCH actor dictionary
UN_SECURITY_COUNCIL_	
+SECURITY_COUNCIL
	[IGOUNO] # comment
JAVIER_SOLANA_	[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # NATO and EU
HAMAS_ [PSEREB]
+HARAKAT_AL-MUQAWAMA_AL-ISLAMIYYA
GEORGE_W._BUSH_	[USAELI <010120][USAGOV 010120-090120][USAELI >090120]
HELMAND_ [AFG]
`

// mentions tokenizes text and renders each mention Find makes as
// "span=CODE".
func mentions(d *actor.Dict, text, date string) string {
	toks := nlp.Tokenize(text)
	var out []string
	for _, m := range d.Find(toks, day(date)) {
		forms := make([]string, 0, m.End-m.Start)
		for _, t := range toks[m.Start:m.End] {
			forms = append(forms, t.Form)
		}
		out = append(out, strings.Join(forms, " ")+"="+m.Code)
	}
	return strings.Join(out, "; ")
}

func TestActorDictAddToBuiltin(t *testing.T) {
	ad, errs := ReadActors(strings.NewReader(builtinSample), "sample.actors.txt")
	if len(errs) != 0 {
		t.Fatalf("ReadActors: %v", errs)
	}
	d, err := actor.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if errs := ad.AddTo(d); len(errs) != 0 {
		t.Fatalf("AddTo: %v", errs)
	}
	for _, c := range []struct{ text, date, want string }{
		{"the UN Security Council met", "2020-01-01", "UN Security Council=IGOUNO"},
		{"HAMAS said", "2020-01-01", "HAMAS=PSEREB"},
		{"Hamas fighters", "2020-01-01", "Hamas fighters=PSEREB"},
		{"Javier Solana said", "1997-01-01", "Javier Solana=IGOWSTNAT"},
		{"Javier Solana said", "1995-08-01", "Javier Solana=IGOEUREEC"},
		{"George W. Bush said", "2005-01-01", "George W. Bush=USAGOV"},
		{"George W. Bush said", "2012-01-01", "George W. Bush=USAELI"},
		{"Helmand said", "2012-01-01", "Helmand=AFG"},
	} {
		if got := mentions(d, c.text, c.date); got != c.want {
			t.Errorf("Find(%q, %s) = %q, want %q", c.text, c.date, got, c.want)
		}
	}
}

// TestActorDictAddToRefused checks that the lines ReadActors cannot read
// and the entries the Dict refuses are reported with file and line, and
// the good entries still load.
func TestActorDictAddToRefused(t *testing.T) {
	bad := "+ORPHAN\nBAD_DATE_ [USAGOV 0101-0202]\nGOOD_ [USAGOV]\nUNCLOSED_ [USAGOV\nGOOD_TWO_ [USAGOV]\nLOWER_ [usagov]\nNO_CODE_\n"
	ad, errs := ReadActors(strings.NewReader(bad), "bad.txt")
	wantErrors(t, errs, map[int]string{
		1: "bad.txt:1: synonym \"+ORPHAN\" outside an actor block",
		2: `bad.txt:2: actor BAD_DATE: [USAGOV 0101-0202]: date "0101" is not yymmdd`,
		4: "bad.txt:4: actor UNCLOSED: \"[USAGOV\": unbalanced [",
		6: `bad.txt:6: actor LOWER: [usagov]: "usagov" is not a CAMEO actor code`,
		7: "bad.txt:7: actor NO_CODE has no [CODE]",
	})
	d := actor.New()
	if errs := ad.AddTo(d); len(errs) != 0 {
		t.Errorf("AddTo: %v", errs)
	}
	for _, text := range []string{"Good said", "Good Two said"} {
		if got, want := mentions(d, text, "2020-01-01"), strings.TrimSuffix(text, " said")+"=USAGOV"; got != want {
			t.Errorf("Find(%q) = %q, want %q", text, got, want)
		}
	}
	// AddTo reports what the Dict refuses at the actor's line.
	ad = &ActorDict{File: "refused.txt", Actors: []Actor{{Line: 9, Names: [][]string{{"WHO"}}, Codes: []ActorCode{{Code: "US"}}}}}
	if errs := ad.AddTo(actor.New()); len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "refused.txt:9: ") {
		t.Errorf("AddTo of code %q: %v, want one error at refused.txt:9", "US", errs)
	}
}

func TestCapitalised(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{[]string{"JAVIER", "SOLANA"}, "Javier Solana"},
		{[]string{"BAN", "KI-MOON"}, "Ban Ki-moon"},
		{[]string{"U.S."}, "U.s."},
		{[]string{"X"}, "X"},
		{[]string{"MÜLLER"}, "Müller"},
		{[]string{"AL-QA'IDA", "IN", "IRAQ"}, "Al-qa'ida In Iraq"},
	} {
		if got := capitalised(tc.in); got != tc.want {
			t.Errorf("capitalised(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
