package coder

import (
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/internal/goldset"
	"github.com/annalist/annalist/nlp"
)

// codeWith codes text with verbs and the built-in actors, as codeText.
func codeWith(v *Verbs, text string) []string {
	a := &article.Article{ID: "t", Text: text, Published: time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)}
	var out []string
	for _, e := range New(actor.Default(), v).Code(a, &nlp.Doc{Text: text, Sentences: nlp.Split(text)}) {
		out = append(out, goldset.Triple(e)+" "+e.Evidence[0].Rule)
	}
	return out
}

func TestAddVerbAndPattern(t *testing.T) {
	v := NewVerbs()
	if err := v.AddVerb("snub", nil, "---"); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		lemma string
		p     Pattern
	}{
		{"snub", Pattern{After: []string{"+"}, Code: "1246", Rule: "X.txt:7"}},
		{"snub", Pattern{After: []string{"invitation|offer"}, Prep: "from", PrepWords: []string{"+"}, Code: "125"}},
		{"carry_out", Pattern{After: []string{"raids|strikes"}, Prep: "on", PrepWords: []string{"+"}, Code: "190"}},
		{"ambush", Pattern{Code: "190", Passive: "181"}},
		{"rebuke", Pattern{Before: []string{"$", "sharply"}, Code: "111"}},
	}
	for _, s := range steps {
		if err := v.AddPattern(s.lemma, s.p); err != nil {
			t.Fatalf("AddPattern(%s): %v", s.lemma, err)
		}
	}
	if err := v.AddVerb("hail", []string{"hailed"}, "051"); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"Russia snubbed Japan.", "RUS JPN 1246 X.txt:7"},
		{"Russia snubbed an invitation from Japan.", "RUS JPN 125 added SNUB * INVITATION|OFFER FROM +"},
		{"Israel carried out air strikes on Syria.", "ISR SYR 190 added CARRY * OUT RAIDS|STRIKES ON +"},
		{"Mali was ambushed by Niger.", "NER MLI 181 added AMBUSH *"},
		{"Mali ambushed Niger.", "MLI NER 190 added AMBUSH *"},
		{"France sharply rebuked Italy.", "FRA ITA 111 added REBUKE $ SHARPLY *"},
		{"France rebuked Italy.", ""}, // the word before the verb is missing
		{"Peru hailed Chile.", "PER CHL 051 added HAIL *"},
		{"Peru refused to hail Chile.", "PER CHL 120 added HAIL *"},
		{"Chile met Peru.", ""}, // not in this dictionary
	}
	for _, tt := range tests {
		if got := strings.Join(codeWith(v, tt.text), ","); got != tt.want {
			t.Errorf("%q coded %q, want %q", tt.text, got, tt.want)
		}
	}
	// The built-in dictionary is not changed by a clone's additions.
	c := DefaultVerbs().Clone()
	if err := c.AddPattern("meet", Pattern{After: []string{"+", "secretly"}, Code: "046"}); err != nil {
		t.Fatal(err)
	}
	if got := codeWith(c, "Chile met Peru secretly."); len(got) == 0 || !strings.HasPrefix(got[0], "CHL PER 046") {
		t.Errorf("clone with added pattern coded %q", got)
	}
	if got := codeWith(DefaultVerbs(), "Chile met Peru secretly."); len(got) == 0 || !strings.HasPrefix(got[0], "CHL PER 040") {
		t.Errorf("built-in dictionary changed by a clone: coded %q", got)
	}
}

func TestAddErrors(t *testing.T) {
	v := NewVerbs()
	if err := v.AddVerb("snub", nil, "120"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		err  error
		want string
	}{
		{v.AddVerb("snub", nil, "111"), "verb snub: code 111 given, but it already codes 120"},
		{v.AddVerb("", nil, "111"), `verb "": empty lemma`},
		{v.AddVerb("rebuke", nil, "999"), `unknown CAMEO code "999"`},
		{v.AddPattern("rebuke", Pattern{After: []string{"*"}, Code: "111"}), `pattern REBUKE * *: "*" cannot follow the verb`},
		{v.AddPattern("rebuke", Pattern{Before: []string{"+"}, Code: "111"}), `"+" cannot stand before the verb`},
		{v.AddPattern("rebuke", Pattern{PrepWords: []string{"+"}, Code: "111"}), "without its preposition"},
		{v.AddPattern("rebuke", Pattern{Code: "111", Passive: "77"}), `unknown CAMEO passive code "77"`},
	}
	for _, tt := range tests {
		if tt.err == nil || !strings.Contains(tt.err.Error(), tt.want) {
			t.Errorf("error = %v, want %q", tt.err, tt.want)
		}
	}
}
