package learn

import (
	"maps"
	"slices"
	"testing"
)

// TestEmbeddedLexiconIsCurrent fails when coder/verbs.txt changed after
// the embedded model was trained: the model keeps the lexicon it was
// trained with, so its features would silently differ from a retrained
// one. Retrain with `go generate ./learn` (it needs ../shared/data).
func TestEmbeddedLexiconIsCurrent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := ReadLexiconFile("../coder/verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !maps.EqualFunc(m.lex, lex, slices.Equal) {
		t.Errorf("learn/model.bin was trained with another coder/verbs.txt (%d lemmas, now %d): run go generate ./learn", len(m.lex), len(lex))
	}
}
