//go:build eval

package learn_test

import (
	"os"
	"testing"

	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/internal/goldset"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/learn"
	"github.com/annalist/annalist/learn/internal/corpus"
)

func TestZZShow(t *testing.T) {
	arts, err := corpus.Load(shared.MustPath(t), cvSets(t))
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open("../coder/verbs.txt")
	lex, _ := learn.ReadLexicon(f)
	shown := 0
	for fold := range cvFolds {
		var train []learn.Sentence
		for i, a := range arts {
			if i%cvFolds != fold {
				train = append(train, a.Training()...)
			}
		}
		m := learn.Train(train, lex, learn.DefaultEpochs)
		m.Actors = coder.Default().Actors()
		m.MinMargin = 2
		for i, a := range arts {
			if i%cvFolds != fold {
				continue
			}
			rules := coder.Default().Code(a.Article, a.Doc)
			for _, e := range m.Backoff(a.Article, a.Doc, rules) {
				si := e.Evidence[0].Sentence
				gold, ok := a.Annotated[si]
				if !ok || shown > 40 {
					continue
				}
				shown++
				t.Logf("%s\n  GOT %s  (%s)\n  WANT %v\n  MS %v", e.Evidence[0].Text, goldset.Triple(e), e.Evidence[0].Rule, gold, len(a.Mentions[si]))
			}
		}
	}
}
