//go:build eval

package coder

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/annalist/annalist/internal/shared"
)

// goldKey is one sentence of one article.
type goldKey struct {
	url      string
	sentence int
}

// readGold reads an annotation file such as eval/gold/wikinews_2019.tsv:
// for each annotated sentence,
// its events as "SOURCE TARGET CODE" ("-" for no target); a sentence
// annotated "none" has an empty list.
func readGold(path string) (map[goldKey][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gold := map[goldKey][]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 5", path, n, len(cols))
		}
		si, err := strconv.Atoi(cols[1])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: sentence index %q: %v", path, n, cols[1], err)
		}
		k := goldKey{cols[0], si}
		if cols[4] == "none" {
			gold[k] = gold[k] // an annotated sentence without events
			continue
		}
		gold[k] = append(gold[k], cols[2]+" "+cols[3]+" "+cols[4])
	}
	return gold, sc.Err()
}

// countryLevel reduces "SOURCE TARGET CODE" to the first three letters of
// each actor code (its country, or IGO) and the root code.
func countryLevel(ev string) string {
	f := strings.Fields(ev)
	cut := func(code string) string {
		if len(code) > 3 {
			return code[:3]
		}
		return code
	}
	return cut(f[0]) + " " + cut(f[1]) + " " + f[2][:2]
}

// score is a tally of matched, predicted and gold events.
type score struct{ tp, pred, gold int }

func (s *score) add(pred, gold []string) {
	g := map[string]bool{}
	for _, x := range gold {
		g[x] = true
	}
	p := map[string]bool{}
	for _, x := range pred {
		p[x] = true
	}
	for x := range p {
		if g[x] {
			s.tp++
		}
	}
	s.pred += len(p)
	s.gold += len(g)
}

func (s score) prf() (p, r, f float64) {
	if s.pred > 0 {
		p = float64(s.tp) / float64(s.pred)
	}
	if s.gold > 0 {
		r = float64(s.tp) / float64(s.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func mapEach(xs []string, fn func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = fn(x)
	}
	return out
}

// TestWikinewsGold codes the hand-annotated Wikinews sentences (each
// article parsed and coded whole, so that pronouns and dates see their
// context) and scores the events of the annotated sentences against the
// gold set, at the level of (source country, target country, root code)
// and of the full (source, target, code) triple.
//
// goldF1Floor and goldPrecisionFloor are the country-level F1 and
// precision last reached with the embedded model; raise them as the coder
// improves, until they meet their bars of 0.70 and 0.75. Precision met its
// bar (0.81) before the recall work that took the development set's F1
// from 0.14 to 0.57 and this set's recall from 0.32 to 0.385; on this set
// it fell to 0.69 (wrong targets and sources of acts now found, and acts
// the annotation leaves out); precision work on the development sets and
// on wire news brought it back to 0.714 (F1 0.50). A new parser (EWT
// test UAS 85.65 → 86.13) and a round of recall work that took the
// development set from F1 0.625 to 0.680 (precision 0.714 → 0.739) left
// this set's recall at 0.385 and added two false events: 0.676 (25 of 37
// coded), F1 0.490, where it was held, not claimed.
//
// The gold set was then adjudicated: a second annotator coded the same
// sentences blind (agreeing with the first at F1 0.621 only), and a third
// person settled every disagreement and the policies behind them, blind to
// the coder (eval/gold/wikinews_2019.tsv; the first annotation is
// wikinews_2019_first.tsv, still scored below for comparison, where the
// coder keeps 0.676 / 0.385 / 0.490). The adjudicated set has 82 events
// instead of 65 (restatements, intents, targets the first left out) and
// drops some the first had: on it the same coder scores precision 0.595,
// recall 0.268, F1 0.370, the floors now held. The first annotator scores
// precision 0.815, F1 0.721 against it (TestGoldAgreement): about what the
// bars ask. Work on a development set of Reuters ledes and on the
// adjudication's policies then brought the coder to precision 0.615,
// recall 0.293, F1 0.397 here (24 of 39 coded), where it is held.
const (
	goldF1Floor        = 0.39
	goldPrecisionFloor = 0.61
)

func TestWikinewsGold(t *testing.T) {
	gold, err := readGold("../eval/gold/wikinews_2019.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) < 120 {
		t.Errorf("gold set has %d sentences, want at least 120", len(gold))
	}
	predicted, articles := codeWikinews(t, gold)
	country, full := scoreSentences(t, gold, predicted)
	t.Logf("gold: %d sentences of %d articles; %d gold events, %d coded", len(gold), articles, country.gold, country.pred)
	logScores(t, country, full)
	// The same events against the first annotation alone, the gold set
	// before its adjudication, so that figures across the change compare.
	t.Run("first_annotation", func(t *testing.T) {
		first, err := readGold("../eval/gold/wikinews_2019_first.tsv")
		if err != nil {
			t.Fatal(err)
		}
		country, full := scoreSentences(t, first, predicted)
		t.Logf("first annotation: %d events, %d coded", country.gold, country.pred)
		logScores(t, country, full)
	})
	cp, _, cf := country.prf()
	// Bars: F1 ≥ 0.70 and precision ≥ 0.75, neither reached now: each
	// is held at the level last reached.
	shared.Bar(t, "country-level F1", cf, 0.70, goldF1Floor)
	shared.Bar(t, "country-level precision", cp, 0.75, goldPrecisionFloor)
}

func dedupe(xs []string) []string {
	m := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !m[x] {
			m[x] = true
			out = append(out, x)
		}
	}
	slices.Sort(out)
	return out
}
