package story

import (
	"strings"
	"testing"
)

const wire = `Finance ministers of the Group of Seven met in Paris on Sunday and agreed to
cooperate closely to foster the stability of exchange rates around current levels.
The ministers said the dollar had fallen far enough and that further substantial
exchange rate shifts could damage growth and adjustment prospects in their countries.
Officials said the central banks would intervene in the markets if needed.`

func TestIndexFindsCopies(t *testing.T) {
	x := NewIndex(IndexOptions{})
	if m := x.Add("orig", wire); len(m) != 0 {
		t.Fatalf("first text matched %v", m)
	}
	for _, tc := range []struct {
		name, text  string
		near, exact bool
	}{
		{"reprint", strings.ToUpper(strings.ReplaceAll(wire, "\n", "  ")), true, true},
		{"truncation", wire[:len(wire)/2], true, false},
		{"added paragraph", wire + "\nRelated: markets and economy coverage from our correspondents.", true, false},
		{"other story", "The central bank of Brazil said on Monday it would suspend interest payments on its foreign debt to commercial banks, citing falling reserves.", false, false},
	} {
		ms := x.Add(tc.name, tc.text)
		near, exact := false, false
		for _, m := range ms {
			if m.ID == "orig" {
				near, exact = m.Near, m.Exact
			}
		}
		if near != tc.near || exact != tc.exact {
			t.Errorf("%s: near %v exact %v, want %v %v (%+v)", tc.name, near, exact, tc.near, tc.exact, ms)
		}
	}
	if x.Len() != 5 {
		t.Errorf("Len = %d, want 5", x.Len())
	}
}

func TestSimilarity(t *testing.T) {
	if s := Similarity(wire, wire); s != 1 {
		t.Errorf("Similarity(x, x) = %v, want 1", s)
	}
	if s := Similarity("short note", wire); s != 0 {
		t.Errorf("short unrelated text scores %v, want 0", s)
	}
	// A few words inside a long text do not make a copy.
	if s := Similarity("the dollar had fallen far enough", wire); s >= DefaultNearDuplicate {
		t.Errorf("fragment scores %v, want < %v", s, DefaultNearDuplicate)
	}
}

func TestExactKey(t *testing.T) {
	if ExactKey("Hello, World!") != ExactKey("hello world") || ExactKey("hello world") == ExactKey("world hello") {
		t.Error("ExactKey must ignore case and punctuation but not word order")
	}
	if ExactKey("  ... ") != 0 {
		t.Error("a text without words has key 0")
	}
}
