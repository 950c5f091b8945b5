//go:build eval

package learn_test

import (
	"math"
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/learn"
	"github.com/annalist/annalist/learn/internal/corpus"
)

func TestZZOracle(t *testing.T) {
	arts, err := corpus.Load(shared.MustPath(t), cvSets(t))
	if err != nil {
		t.Fatal(err)
	}
	m := learn.Train(nil, nil, 1)
	var gold, covered, srcFound, noMention int
	roots := map[string][2]int{}
	for _, a := range arts {
		for si, evs := range a.Annotated {
			ms := a.Mentions[si]
			toks := a.Doc.Sentences[si].Tokens
			pairs := map[string]bool{}
			srcs := map[string]bool{}
			for _, p := range m.Propose(toks, ms, float32(math.Inf(-1))) {
				s, tg := ms[p.Source].Code, "-"
				if p.Target >= 0 {
					tg = ms[p.Target].Code
				}
				pairs[c3(s)+" "+c3(tg)] = true
			}
			for _, x := range ms {
				srcs[c3(x.Code)] = true
			}
			if len(ms) == 0 && len(evs) > 0 {
				noMention += len(evs)
			}
			for _, ev := range evs {
				f := strings.Fields(ev)
				gold++
				r := roots[f[2][:2]]
				r[0]++
				if pairs[c3(f[0])+" "+c3(f[1])] {
					covered++
					r[1]++
				}
				roots[f[2][:2]] = r
				if srcs[c3(f[0])] {
					srcFound++
				}
			}
		}
	}
	t.Logf("gold %d, pair candidate %d, source mention %d, in sentences with no mention %d", gold, covered, srcFound, noMention)
	t.Logf("%v", roots)
}

func c3(s string) string {
	if len(s) > 3 {
		return s[:3]
	}
	return s
}
