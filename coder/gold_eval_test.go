//go:build eval

package coder

import (
	"testing"

	"github.com/annalist/annalist/internal/goldset"
	"github.com/annalist/annalist/internal/shared"
)

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
// recall 0.293, F1 0.397 here (24 of 39 coded). Rules written from Reuters
// and the project's own sentences (intents, resignations only under
// pressure) then gave precision 0.641, recall 0.305, F1 0.413 (25 of 39
// coded), where it is held; on a blind, adjudicated held-out Reuters set
// (TestReutersHeldOut) the same rules stayed at F1 0.13.
const (
	goldF1Floor        = 0.41
	goldPrecisionFloor = 0.64
)

func TestWikinewsGold(t *testing.T) {
	gold, err := goldset.Read("../eval/gold/wikinews_2019.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) < 120 {
		t.Errorf("gold set has %d sentences, want at least 120", len(gold))
	}
	predicted, articles := codeWikinews(t, gold)
	// A nil callback: no sentence and no difference is logged, so that
	// running `make eval` keeps the set unseen by whoever tunes the coder.
	country, full := goldset.ScoreSets(gold, predicted, nil)
	t.Logf("gold: %d sentences of %d articles; %d gold events, %d coded", len(gold), articles, country.Gold, country.Pred)
	logScores(t, country, full)
	// The same events against the first annotation alone, the gold set
	// before its adjudication, so that figures across the change compare.
	t.Run("first_annotation", func(t *testing.T) {
		first, err := goldset.Read("../eval/gold/wikinews_2019_first.tsv")
		if err != nil {
			t.Fatal(err)
		}
		country, full := goldset.ScoreSets(first, predicted, nil)
		t.Logf("first annotation: %d events, %d coded", country.Gold, country.Pred)
		logScores(t, country, full)
	})
	cp, _, cf := country.PRF()
	// Bars: F1 ≥ 0.70 and precision ≥ 0.75, neither reached now: each
	// is held at the level last reached.
	shared.Bar(t, "country-level F1", cf, 0.70, goldF1Floor)
	shared.Bar(t, "country-level precision", cp, 0.75, goldPrecisionFloor)
}
