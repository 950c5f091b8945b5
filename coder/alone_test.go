package coder

import (
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/nlp"
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
		text := "France pleaded guilty to charges from Germany."
		a := &article.Article{ID: "t", Text: text, Published: time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)}
		var got []string
		for _, e := range New(actor.Default(), v).Code(a, &nlp.Doc{Text: text, Sentences: nlp.Split(text)}) {
			a2 := "-"
			if e.Actor2 != nil {
				a2 = e.Actor2.Code
			}
			got = append(got, e.Actor1.Code+" "+a2+" "+e.EventCode)
		}
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
