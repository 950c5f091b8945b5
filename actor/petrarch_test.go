package actor

import (
	"strings"
	"testing"
)

const petrarchSample = `# a PETRARCH actor dictionary
UN_SECURITY_COUNCIL_	
+SECURITY_COUNCIL
	[IGOUNO] # comment
JAVIER_SOLANA_	[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # NATO and EU
HAMAS_ [PSEREB]
+HARAKAT_AL-MUQAWAMA_AL-ISLAMIYYA
GEORGE_W._BUSH_	[USAELI <010120][USAGOV 010120-090120][USAELI >090120]
HELMAND_ [AFG]
`

func TestLoadPetrarchActors(t *testing.T) {
	d := loadBuiltin(t)
	if err := d.LoadPetrarchActors(strings.NewReader(petrarchSample), "sample.actors.txt"); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, date, want string }{
		{"the UN Security Council met", "2020-01-01", "UN Security Council=IGOUNO"},
		{"HAMAS said", "2020-01-01", "HAMAS=PSEREB"},
		{"Hamas fighters", "2020-01-01", "Hamas fighters=PSEREB"},
		{"Javier Solana said", "1997-01-01", "Javier Solana=IGOWSTNAT"},
		{"Javier Solana said", "1995-08-01", "Javier Solana=IGOEUREEC"},
		{"George W. Bush said", "2005-01-01", "George W. Bush=USAGOV"},
		{"George W. Bush said", "2012-01-01", "George W. Bush=USAELI"},
		{"Helmand said", "2012-01-01", "Helmand=AFG"},
	}
	for _, tt := range tests {
		if got := found(d, tt.text, day(tt.date)); got != tt.want {
			t.Errorf("Find(%q, %s) = %q, want %q", tt.text, tt.date, got, tt.want)
		}
	}
}

func TestLoadPetrarchActorsErrors(t *testing.T) {
	bad := "+ORPHAN\nBAD_DATE_ [USAGOV 0101-0202]\nGOOD_ [USAGOV]\nUNCLOSED_ [USAGOV\nGOOD_TWO_ [USAGOV]\nLOWER_ [usagov]\nNO_CODE_\n"
	err := New().LoadPetrarchActors(strings.NewReader(bad), "bad.txt")
	if err == nil {
		t.Fatal("no error")
	}
	for _, w := range []string{"bad.txt:1: synonym outside a block", `bad.txt:2: date "0101" is not yymmdd`,
		`bad.txt:4: "[USAGOV": unclosed [`, `bad.txt:6: actor code "usagov"`, "bad.txt:7: No Code has no [CODE]"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q lacks %q", err, w)
		}
	}
}
