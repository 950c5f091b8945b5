package cameo

import (
	"strconv"
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		code, name, base, root string
		goldstein              float64
		quad                   int
		plover                 Plover
	}{
		{"042", "Make a visit", "042", "04", 1.9, 1, Plover{"CONSULT", "visit"}},
		{"043", "Host a visit", "043", "04", 2.8, 1, Plover{"CONSULT", "visit"}},
		{"0871", "Declare truce, ceasefire", "087", "08", 9.0, 2, Plover{"RETREAT", ""}},
		{"081", "Ease administrative sanctions", "081", "08", 5.0, 2, Plover{"CONCEDE", ""}},
		{"1712", "Destroy property", "171", "17", -9.2, 4, Plover{"ASSAULT", ""}},
		{"1711", "Confiscate property", "171", "17", -9.2, 4, Plover{"COERCE", ""}},
		{"175", "Use violent repression", "175", "17", -9.0, 4, Plover{"ASSAULT", ""}},
		{"010", "Make statement", "010", "01", 0, 1, Plover{}},
		{"020", "Make an appeal or request", "020", "02", 3.0, 1, Plover{}},
		{"14", "Protest", "14", "14", -6.5, 4, Plover{"PROTEST", ""}},
		{"2042", "Detonate nuclear weapons", "204", "20", -10, 4, Plover{"ASSAULT", ""}},
		// 1213 is missing from GDELT's Goldstein table: it takes 121's value.
		{"1213", "Reject judicial cooperation", "121", "12", -4.0, 3, Plover{"REJECT", ""}},
	}
	for _, tt := range tests {
		c, ok := Lookup(tt.code)
		if !ok {
			t.Errorf("Lookup(%q): not found", tt.code)
			continue
		}
		want := Code{tt.code, tt.name, tt.base, tt.root, tt.goldstein, tt.quad, tt.plover}
		if c != want {
			t.Errorf("Lookup(%q) = %+v, want %+v", tt.code, c, want)
		}
	}
}

func TestLookupUnknown(t *testing.T) {
	for _, code := range []string{"", "0", "21", "099", "0425", "abc", "04a", "00001"} {
		if c, ok := Lookup(code); ok {
			t.Errorf("Lookup(%q) = %+v, want not found", code, c)
		}
	}
}

// The quad class and PLOVER type follow from the root (with the exceptions
// the PLOVER mapping makes), so check every row against the rule rather
// than trusting the data file.
func TestEveryCodeFollowsRootRules(t *testing.T) {
	all := All()
	if len(all) < 300 {
		t.Fatalf("All() has %d codes, want the full table (>300)", len(all))
	}
	for _, c := range all {
		root, _ := strconv.Atoi(c.Root)
		wantQuad := 4
		switch {
		case root <= 5:
			wantQuad = 1
		case root <= 8:
			wantQuad = 2
		case root <= 13:
			wantQuad = 3
		}
		if c.QuadClass != wantQuad {
			t.Errorf("%s: QuadClass %d, want %d", c.Code, c.QuadClass, wantQuad)
		}
		if got, want := c.Plover.Type, ploverType(c.Code); got != want {
			t.Errorf("%s: PLOVER type %q, want %q", c.Code, got, want)
		}
		if !strings.HasPrefix(c.Code, c.Base) || !strings.HasPrefix(c.Base, c.Root) {
			t.Errorf("%s: base %q / root %q are not prefixes of the code", c.Code, c.Base, c.Root)
		}
		if len(c.Code) > 2 {
			if _, ok := Lookup(c.Code[:len(c.Code)-1]); !ok {
				t.Errorf("%s: parent code %s missing", c.Code, c.Code[:len(c.Code)-1])
			}
		}
	}
}

func ploverType(code string) string {
	root, _ := strconv.Atoi(code[:2])
	base := code[:min(3, len(code))]
	switch {
	case root <= 2:
		return ""
	case root == 8 && base >= "084":
		return "RETREAT"
	case root == 17 && (strings.HasPrefix(code, "1712") || base == "175"):
		return "ASSAULT"
	case root >= 18:
		return "ASSAULT"
	}
	return map[int]string{3: "AGREE", 4: "CONSULT", 5: "SUPPORT", 6: "COOPERATE", 7: "AID", 8: "CONCEDE",
		9: "ACCUSE", 10: "REQUEST", 11: "ACCUSE", 12: "REJECT", 13: "THREATEN", 14: "PROTEST",
		15: "MOBILIZE", 16: "SANCTION", 17: "COERCE"}[root]
}

func TestAllReturnsCopy(t *testing.T) {
	a := All()
	a[0].Name = "changed"
	if All()[0].Name == "changed" {
		t.Error("All() exposes the shared table")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"042\t1.9\t1\tCONSULT\tvisit", "line 1: 5 fields"},
		{"# c\n04x\t1.9\t1\t-\t-\tName", "line 2: code \"04x\""},
		{"042\tbig\t1\t-\t-\tName", "line 1: code 042: Goldstein value \"big\""},
		{"042\t11\t1\t-\t-\tName", "Goldstein value \"11\""},
		{"042\t1\t5\t-\t-\tName", "QuadClass \"5\""},
		{"042\t1\t1\t-\t-\t", "line 1: code 042 has no name"},
		{"042\t1\t1\t-\t-\tA\n\n042\t1\t1\t-\t-\tB", "line 3: code 042 already defined on line 1"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) error = %v, want one containing %q", tt.in, err, tt.want)
		}
	}
}
