//go:build eval

package nlp

import "testing"

// evalLemmatizer returns the lemma accuracy (percent) on gold-tokenized
// sentences, with tags from tg (nil: the gold tags).
func evalLemmatizer(l *Lemmatizer, tg *Tagger, sents []GoldSentence) float64 {
	right, total := 0, 0
	var toks []Token
	for _, s := range sents {
		toks = append(toks[:0], s.Tokens...)
		for i := range toks {
			toks[i].Lemma = ""
		}
		if tg != nil {
			tg.Tag(toks)
		}
		l.Lemmatize(toks)
		for i, tok := range toks {
			if tok.Lemma == s.Tokens[i].Lemma {
				right++
			}
			total++
		}
	}
	return 100 * float64(right) / float64(total)
}

func TestLemmatizerOnEWT(t *testing.T) {
	train := readTreebank(t, "train")
	l := TrainLemmatizer(train)
	l, size := roundTrip(t, l, ReadLemmatizer)
	t.Logf("lemmatizer model: %d bytes", size)
	tg := evalTaggerModel(t)
	for _, split := range []string{"dev", "test"} {
		sents := readTreebank(t, split)
		gold, pred := evalLemmatizer(l, nil, sents), evalLemmatizer(l, tg, sents)
		t.Logf("EWT %s lemmas: %.2f%% with gold tags, %.2f%% with predicted tags", split, gold, pred)
		if split == "test" && pred < 97.0 {
			t.Errorf("EWT test lemma accuracy with predicted tags %.2f%%, want ≥ 97.0%%", pred)
		}
	}
}
