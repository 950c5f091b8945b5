//go:build eval

package nlp

import (
	"bytes"
	"slices"
	"testing"
)

// The embedded model annotates Wikinews and EWT dev exactly as it does
// with its weights in the dense form, where scoring is the plain sum of
// each feature's row in feature order: the read-only form built at load
// time for speed (perceptron_frozen.go) changes no tag, lemma, head or
// label. This holds for any model, so retraining does not touch it.
func TestFastScoringAnnotatesAsDense(t *testing.T) {
	data := []byte(embeddedModel)
	fast, err := LoadPipeline(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	dense, err := LoadPipeline(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []*Perceptron{dense.tagger.model, dense.tagger.second, dense.parser.moves, dense.parser.labeller, dense.parser.relabeller} {
		if m != nil {
			m.thaw()
		}
	}
	if dense.parser.moves.fz != nil || fast.parser.moves.fz == nil {
		t.Fatal("the two pipelines do not score differently")
	}
	words := 0
	for _, text := range wikinewsTexts(t) {
		a, b := fast.Parse(text), dense.Parse(text)
		for i, s := range a.Sentences {
			words += len(s.Tokens)
			if !slices.Equal(s.Tokens, b.Sentences[i].Tokens) {
				t.Fatalf("Wikinews sentence %q: fast scoring gives\n%v\ndense\n%v", text[s.Start:s.End], s.Tokens, b.Sentences[i].Tokens)
			}
		}
	}
	for _, g := range readTreebank(t, "dev") {
		a, b := Sentence{Tokens: wordsOf(g.Tokens)}, Sentence{Tokens: wordsOf(g.Tokens)}
		fast.Annotate(&a)
		dense.Annotate(&b)
		words += len(a.Tokens)
		if !slices.Equal(a.Tokens, b.Tokens) {
			t.Fatalf("EWT dev sentence %v: fast scoring gives\n%v\ndense\n%v", g.Tokens, a.Tokens, b.Tokens)
		}
	}
	t.Logf("%d words annotated alike", words)
}
