package nlp

import (
	"bytes"
	"fmt"
	"testing"
)

// Sentences given as ParserExtra train the parser alone: the tagger is
// the one trained on the training set without them, byte for byte, and
// the parser learns their trees.
func TestPipelineParserExtra(t *testing.T) {
	var train, extra []GoldSentence
	for i, spec := range oracleTrees {
		s := GoldSentence{ID: fmt.Sprint(i), Tokens: tree(t, spec)}
		if i%2 == 0 {
			train = append(train, s, s)
		} else {
			extra = append(extra, s)
		}
	}
	opt := PipelineOptions{Seed: 2, Folds: 2, TaggerEpochs: 3, ParserEpochs: 12}
	plain, err := TrainPipeline(train, opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.ParserExtra = extra
	withExtra, err := TrainPipeline(train, opt)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if _, err := plain.tagger.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := withExtra.tagger.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the extra sentences changed the tagger")
	}
	before, after := ScoreParser(plain.parser, extra), ScoreParser(withExtra.parser, extra)
	if after.UAS < 90 || after.UAS <= before.UAS {
		t.Errorf("extra trees parsed with UAS %.1f after training on them, %.1f before; want ≥ 90 and higher", after.UAS, before.UAS)
	}
}
