package coder

import (
	"strings"
	"testing"

	"github.com/annalist/annalist/actor"
)

// TestAlonePattern checks that a pattern marked "alone" codes its act with
// no target, while the same words without the mark take the next actor.
func TestAlonePattern(t *testing.T) {
	for _, tt := range []struct {
		dict, want string
	}{
		{"plead\n  * guilty 015\n", "FRA DEU 015"},
		{"plead\n  * guilty 015 alone\n", "FRA - 015"},
		{"plead\n  * guilty to 015 alone\n  * guilty 016\n", "FRA - 015"},
	} {
		v, err := ParseVerbs("test.txt", tt.dict)
		if err != nil {
			t.Fatalf("%q: %v", tt.dict, err)
		}
		got := codeArticle(New(actor.Default(), v), textArticle("France pleaded guilty to charges from Germany."))
		if g := strings.Join(got, ","); g != tt.want {
			t.Errorf("%q: coded %q, want %q", tt.dict, g, tt.want)
		}
	}
}

// TestAloneWithTarget rejects a pattern that names a target and is alone.
func TestAloneWithTarget(t *testing.T) {
	_, err := ParseVerbs("test.txt", "meet\n  * with + 040 alone\n")
	if err == nil || !strings.Contains(err.Error(), "test.txt:2") || !strings.Contains(err.Error(), "alone") {
		t.Errorf("got error %v, want one naming test.txt:2 and alone", err)
	}
}
