//go:build eval

package coder

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestGoldAgreement measures how far two annotators agree on the gold
// set's sentences: eval/gold/wikinews_2019_second.tsv is a second
// annotation of the same sentences, made blind to the first and to the
// coder. The second is scored against the first exactly as the coder is
// scored against the gold set (scoreSentences), at the level of (source
// country, target country, root code) and of the full triple, and the
// sentences where they differ are logged. The figures bound what the
// coder's bars can ask: a coder cannot be expected to agree with one
// annotator better than another careful annotator does. There is no bar;
// the test fails only when a file is unreadable or the two annotations do
// not cover the same sentences. It never runs the coder.
func TestGoldAgreement(t *testing.T) {
	first, err := readGold("../eval/gold/wikinews_2019.tsv")
	if err != nil {
		t.Fatal(err)
	}
	second, err := readGold("../eval/gold/wikinews_2019_second.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if only := missingSentences(first, second); len(only) > 0 {
		t.Errorf("annotated in the gold set but not in the second annotation: %s", strings.Join(only, ", "))
	}
	if only := missingSentences(second, first); len(only) > 0 {
		t.Errorf("annotated in the second annotation but not in the gold set: %s", strings.Join(only, ", "))
	}
	if t.Failed() {
		return
	}
	country, full := scoreSentences(t, first, second)
	t.Logf("%d sentences; %d events in the first annotation, %d in the second (country level)", len(first), country.gold, country.pred)
	for _, level := range []struct {
		name string
		s    score
	}{{"(source country, target country, root)", country}, {"(source, target, code)", full}} {
		p, r, f := level.s.prf()
		t.Logf("annotator agreement (second vs first) %s: precision %.3f recall %.3f F1 %.3f", level.name, p, r, f)
	}
}

// missingSentences lists, sorted as "url#sentence", the sentences of a
// that b does not annotate.
func missingSentences(a, b map[goldKey][]string) []string {
	var out []string
	for k := range a {
		if _, ok := b[k]; !ok {
			out = append(out, fmt.Sprintf("%s#%d", k.url, k.sentence))
		}
	}
	slices.Sort(out)
	return out
}
