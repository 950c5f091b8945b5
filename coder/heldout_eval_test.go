//go:build eval

package coder

import (
	"testing"

	"github.com/annalist/annalist/internal/goldset"
)

// reutersHeldOutFiles matches the held-out Reuters-21578 sets: stories
// annotated blind, before the coder was ever run on them, and kept unseen
// by whoever tunes it.
const reutersHeldOutFiles = "../eval/heldout/reuters21578*.tsv"

// reutersHeldOutMinSentences is the least the held-out set holds: it was
// built from fifty to sixty stories, three sentences each. Fewer means a
// file was cut or misread.
const reutersHeldOutMinSentences = 150

// TestReutersHeldOut codes the Reuters-21578 stories of the held-out sets
// eval/heldout/reuters21578*.tsv as TestReutersDev codes the development
// sets', and logs only the aggregate figures: sentences, stories,
// annotated and coded events, and precision, recall and F1 at both
// levels. It never logs a sentence or a difference, so that running it
// (as `make eval` does) leaves the set unseen and its figures an honest
// measure of how the coder generalises to news it was not tuned on. It
// has no quality bar. It fails when the set is missing or short, when two
// files annotate the same sentence, or when a file names a story or
// sentence the collection does not have.
func TestReutersHeldOut(t *testing.T) {
	set, _ := readSetFiles(t, reutersHeldOutFiles)
	if len(set) < reutersHeldOutMinSentences {
		t.Errorf("%s: the held-out set has %d sentences, want at least %d", reutersHeldOutFiles, len(set), reutersHeldOutMinSentences)
	}
	predicted, stories := codeArticles(t, set, reutersArticles(t, set), "Reuters-21578")
	// A nil callback: the differences stay unlogged.
	country, full := goldset.ScoreSets(set, predicted, nil)
	t.Logf("held-out Reuters: %d sentences of %d stories; %d annotated events, %d coded", len(set), stories, country.Gold, country.Pred)
	logScores(t, country, full)
}

// TestReutersHeldOutAgreement measures how far the annotators of the
// held-out Reuters sentences agree, as TestGoldAgreement does for the
// Wikinews gold set: eval/heldout/first_reuters21578.tsv and
// eval/heldout/second_reuters21578.tsv are two independent blind
// annotations of the same sentences, eval/heldout/reuters21578.tsv (the
// set TestReutersHeldOut reads) a third person's adjudication of them.
// The second is scored against the first, and each against the
// adjudication, at both levels. Only the figures are logged, never a
// sentence, so that the set stays unseen. It never runs the coder, and
// fails when a file is unreadable or the three do not cover the same
// sentences.
func TestReutersHeldOutAgreement(t *testing.T) {
	read := func(path string) map[goldset.Key][]string {
		set, err := goldset.Read(path)
		if err != nil {
			t.Fatal(err)
		}
		return set
	}
	first := read("../eval/heldout/first_reuters21578.tsv")
	second := read("../eval/heldout/second_reuters21578.tsv")
	adjudicated := read("../eval/heldout/reuters21578.tsv")
	compareAnnotations(t, "held-out second vs first", "the first annotation", first, "the second annotation", second, false)
	compareAnnotations(t, "held-out first vs adjudicated", "the adjudication", adjudicated, "the first annotation", first, false)
	compareAnnotations(t, "held-out second vs adjudicated", "the adjudication", adjudicated, "the second annotation", second, false)
}
