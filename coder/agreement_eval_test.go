//go:build eval

package coder

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/goldset"
)

// TestGoldAgreement measures how far the annotators of the gold set's
// sentences agree. eval/gold/wikinews_2019_first.tsv is the first
// annotation; eval/gold/wikinews_2019_second.tsv a second one of the same
// sentences, made blind to the first and to the coder;
// eval/gold/wikinews_2019.tsv, the gold set, is a third person's
// adjudication of the two, also blind to the coder. The second is scored
// against the first, and each of the two against the adjudication,
// exactly as the coder is scored against the gold set (scoreSentences),
// at the level of (source country, target country, root code) and of the
// full triple, and the sentences where they differ are logged. The
// figures bound what the coder's bars can ask: a coder cannot be expected
// to agree with one annotator better than another careful annotator
// does. There is no bar; the test fails only when a file is unreadable or
// the annotations do not cover the same sentences. It never runs the
// coder.
func TestGoldAgreement(t *testing.T) {
	first, err := goldset.Read("../eval/gold/wikinews_2019_first.tsv")
	if err != nil {
		t.Fatal(err)
	}
	second, err := goldset.Read("../eval/gold/wikinews_2019_second.tsv")
	if err != nil {
		t.Fatal(err)
	}
	adjudicated, err := goldset.Read("../eval/gold/wikinews_2019.tsv")
	if err != nil {
		t.Fatal(err)
	}
	compareAnnotations(t, "second vs first", "the first annotation", first, "the second annotation", second, true)
	compareAnnotations(t, "first vs adjudicated", "the adjudication", adjudicated, "the first annotation", first, true)
	compareAnnotations(t, "second vs adjudicated", "the adjudication", adjudicated, "the second annotation", second, true)
}

// compareAnnotations scores other against reference under the label name,
// logging both levels' figures and, when logDiffs is set, the differing
// sentences (a held-out set keeps them unlogged); it reports an error
// instead, naming both annotations, when they do not cover the same
// sentences.
func compareAnnotations(t *testing.T, name, refName string, reference map[goldset.Key][]string, otherName string, other map[goldset.Key][]string, logDiffs bool) {
	t.Helper()
	t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
		if only := missingSentences(reference, other); len(only) > 0 {
			t.Errorf("annotated in %s but not in %s: %s", refName, otherName, strings.Join(only, ", "))
		}
		if only := missingSentences(other, reference); len(only) > 0 {
			t.Errorf("annotated in %s but not in %s: %s", otherName, refName, strings.Join(only, ", "))
		}
		if t.Failed() {
			return
		}
		var country, full goldset.Score
		if logDiffs {
			country, full = scoreSentences(t, reference, other)
		} else {
			country, full = goldset.ScoreSets(reference, other, nil)
		}
		t.Logf("%d sentences; %d events in %s, %d in %s (country level)", len(reference), country.Gold, refName, country.Pred, otherName)
		for _, level := range []struct {
			name string
			s    goldset.Score
		}{{"(source country, target country, root)", country}, {"(source, target, code)", full}} {
			p, r, f := level.s.PRF()
			t.Logf("annotator agreement (%s) %s: precision %.3f recall %.3f F1 %.3f", name, level.name, p, r, f)
		}
	})
}

// missingSentences lists, sorted as "url#sentence", the sentences of a
// that b does not annotate.
func missingSentences(a, b map[goldset.Key][]string) []string {
	var out []string
	for k := range a {
		if _, ok := b[k]; !ok {
			out = append(out, fmt.Sprintf("%s#%d", k.URL, k.Sentence))
		}
	}
	slices.Sort(out)
	return out
}
