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
