//go:build eval

package learn_test

import (
	"os"
	"strings"
	"testing"

	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/learn"
	"github.com/annalist/annalist/learn/internal/corpus"
)

func TestZZDiag(t *testing.T) {
	arts, err := corpus.Load(shared.MustPath(t), cvSets(t))
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open("../coder/verbs.txt")
	lex, _ := learn.ReadLexicon(f)
	for _, fit := range []bool{true, false} {
		var right, pairOK, rootOnlyWrong, wrongPair, gold int
		for fold := range cvFolds {
			var train []learn.Sentence
			for i, a := range arts {
				if fit || i%cvFolds != fold {
					train = append(train, a.Training()...)
				}
			}
			m := learn.Train(train, lex, learn.DefaultEpochs)
			m.Actors = coder.Default().Actors()
			for i, a := range arts {
				if !fit && i%cvFolds != fold || fit && fold > 0 {
					continue
				}
				for si, evs := range a.Annotated {
					gold += len(evs)
					ms := a.Mentions[si]
					gc := map[string]bool{}
					gp := map[string]bool{}
					for _, e := range evs {
						x := strings.Fields(e)
						gc[c3(x[0])+" "+c3(x[1])+" "+x[2][:2]] = true
						gp[c3(x[0])+" "+c3(x[1])] = true
					}
					for _, p := range learn.Select(m.Propose(a.Doc.Sentences[si].Tokens, ms, 0), ms) {
						s, tg := c3(ms[p.Source].Code), "-"
						if p.Target >= 0 {
							tg = c3(ms[p.Target].Code)
						}
						switch {
						case gc[s+" "+tg+" "+p.Root]:
							right++
						case gp[s+" "+tg]:
							rootOnlyWrong++
						default:
							wrongPair++
							if !fit && len(evs) > 0 {
								pairOK++
							}
						}
					}
				}
			}
		}
		t.Logf("fit=%v gold %d: right %d, pair right root wrong %d, wrong pair %d (of which in a sentence with events %d)", fit, gold, right, rootOnlyWrong, wrongPair, pairOK)
	}
}
