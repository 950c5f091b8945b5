package actor

import (
	"strings"
	"testing"
)

// Built-in phrases of plain words are cut at the spaces while loading; the
// tokenizer must cut every one of them the same way, or a name would never
// match the text ("Im Sothi" is tokenized "I" "m" "Sothi"). Loading with
// and without the shortcut must file the same phrases.
func TestBuiltinPlainSplit(t *testing.T) {
	fast, err := builtinDict(true)
	if err != nil {
		t.Fatal(err)
	}
	slow, err := builtinDict(false)
	if err != nil {
		t.Fatal(err)
	}
	phrases := func(d *Dict) map[string]bool {
		out := map[string]bool{}
		for _, list := range d.first {
			for _, p := range list {
				out[strings.Join(p.words, " ")] = true
			}
		}
		return out
	}
	f, s := phrases(fast), phrases(slow)
	for p := range f {
		if !s[p] {
			t.Errorf("phrase %q is cut otherwise by the tokenizer", p)
		}
	}
	if len(f) != len(s) || len(f) < 20000 {
		t.Errorf("%d phrases with the shortcut, %d without; want the same, over 20,000", len(f), len(s))
	}
	for _, s := range []string{"", " Joe", "Joe ", "Joe  Biden", "al-Assad", "O'Brien", "J. Doe"} {
		if plainWords(s) {
			t.Errorf("plainWords(%q) = true", s)
		}
	}
	if !plainWords("Im Sothi") || !plainWords("Vladimir Putin") {
		t.Error("plainWords refuses plain names")
	}
}

// shapeOf reads ASCII and other letters alike.
func TestShapeOf(t *testing.T) {
	for w, want := range map[string]shape{
		"police": anyCase, "Police": capital, "US": allUpper, "NATO": allUpper, "U.S.": allUpper,
		"iPhone": anyCase, "A": capital, "Łódź": capital, "ŁÓDŹ": allUpper, "élysée": anyCase,
		"Élysée": capital, "McDonald": capital, "1st": anyCase, "": anyCase, "\xffAB": allUpper,
	} {
		if got := shapeOf(w); got != want {
			t.Errorf("shapeOf(%q) = %d, want %d", w, got, want)
		}
	}
}
