//go:build eval

package nlp

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/annalist/annalist/internal/shared"
)

// readTreebank reads one file of the UD English-EWT treebank.
func readTreebank(t testing.TB, split string) []GoldSentence {
	t.Helper()
	path := shared.MustPath(t, "ud-english-ewt", "en_ewt-ud-"+split+".conllu")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// evalTagger returns the tagger's UPOS and XPOS accuracy (percent) on
// gold-tokenized sentences.
func evalTagger(tg *Tagger, sents []GoldSentence) (upos, xpos float64) {
	right, rightX, total := 0, 0, 0
	var toks []Token
	for _, s := range sents {
		toks = append(toks[:0], s.Tokens...)
		for i := range toks {
			toks[i].UPOS, toks[i].XPOS = "", ""
		}
		tg.Tag(toks)
		for i, tok := range toks {
			if tok.UPOS == s.Tokens[i].UPOS {
				right++
			}
			if tok.XPOS == s.Tokens[i].XPOS {
				rightX++
			}
			total++
		}
	}
	return 100 * float64(right) / float64(total), 100 * float64(rightX) / float64(total)
}

// evalTaggerModel returns the tagger under evaluation: the model at
// $ANNALIST_TAGGER_MODEL if set, else one trained on the training split
// and passed through serialisation, so the figures are the shipped model's.
func evalTaggerModel(t *testing.T) *Tagger {
	t.Helper()
	if path := os.Getenv("ANNALIST_TAGGER_MODEL"); path != "" {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		tg, err := ReadTagger(f)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return tg
	}
	train := readTreebank(t, "train")
	start := time.Now()
	tg := TrainTagger(train, TrainOptions{Seed: 1, Progress: testLogWriter{t}})
	t.Logf("trained the tagger on %d sentences in %v", len(train), time.Since(start).Round(time.Millisecond))
	var buf bytes.Buffer
	if _, err := tg.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	t.Logf("tagger model: %d bytes, %d features", buf.Len(), tg.model.Features())
	start = time.Now()
	tg, err := ReadTagger(&buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("tagger model loaded in %v", time.Since(start).Round(time.Microsecond))
	return tg
}

// testLogWriter sends training progress to the test log.
type testLogWriter struct{ t *testing.T }

func (w testLogWriter) Write(p []byte) (int, error) {
	w.t.Log(string(bytes.TrimRight(p, "\n")))
	return len(p), nil
}

func TestTaggerOnEWT(t *testing.T) {
	tg := evalTaggerModel(t)
	for _, split := range []string{"dev", "test"} {
		upos, xpos := evalTagger(tg, readTreebank(t, split))
		t.Logf("EWT %s: UPOS %.2f%%, XPOS %.2f%%", split, upos, xpos)
		if split != "test" {
			continue
		}
		if upos < 95.0 {
			t.Errorf("EWT test UPOS %.2f%%, want ≥ 95.0%%", upos)
		}
		if xpos < 94.5 {
			t.Errorf("EWT test XPOS %.2f%%, want ≥ 94.5%%", xpos)
		}
	}
}

// BenchmarkTagger tags the EWT dev set with a tagger trained on train
// (or the one at $ANNALIST_TAGGER_MODEL) and reports tokens per second.
func BenchmarkTagger(b *testing.B) {
	var tg *Tagger
	if path := os.Getenv("ANNALIST_TAGGER_MODEL"); path != "" {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		tg, err = ReadTagger(f)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
	} else {
		tg = TrainTagger(readTreebank(b, "train"), TrainOptions{Seed: 1})
	}
	dev := readTreebank(b, "dev")
	ntok := 0
	for _, s := range dev {
		ntok += len(s.Tokens)
	}
	tg.Tag(dev[0].Tokens) // fill the scratch pool before counting allocations
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range dev {
			tg.Tag(s.Tokens)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(0, "ns/op")
}
