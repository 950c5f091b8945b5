package nlp

import (
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"
)

// PipelineOptions controls TrainPipeline.
type PipelineOptions struct {
	Seed          uint64 // the same seed and data give the same model
	Folds         int    // jackknife folds for the parser's training tags (default 10)
	TaggerEpochs  int    // 0: the tagger's default
	TaggerTwoPass bool   // a tagger with a second pass (see TrainOptions.TwoPass)
	// TaggerModels is the number of taggers summed into the pipeline's
	// (see TrainOptions.Models); 0 means 1. The jackknife tags with one
	// tagger per fold all the same: the parser, trained on those
	// slightly worse tags, still gained from the better ones at run time
	// on EWT dev, and the jackknife stays as fast.
	TaggerModels  int
	ParserEpochs  int // 0: the parser's default
	ParserModels  int // parsers summed into one (see ParserOptions.Models); 0 means 1
	ParserMinHits int // prune rarer move features (see ParserOptions.MinHits); 0: the default
	// ParserLabelMinHits prunes rarer label features (see
	// ParserOptions.LabelMinHits); 0: the default.
	ParserLabelMinHits int
	// ParserContext adds the parser's context features (see
	// ParserOptions.Context).
	ParserContext bool
	// ParserExtra are sentences only the parser learns from, with the
	// training set (their tags jackknifed with it); the tagger and
	// lemmatizer learn from the training set alone. The final model
	// adds EWT dev this way: taggers trained on train and dev together
	// tagged news sentences the rest of annalist is tested on worse
	// (see nlp/model/README.md), while the parser gains from the data.
	ParserExtra []GoldSentence
	Progress    io.Writer
	// Dev, when set, is tagged and parsed after training and its scores
	// printed to Progress (and, per epoch, the parser's).
	Dev []GoldSentence
}

// TrainPipeline trains the tagger, the lemmatizer and the parser of a pipeline on a
// treebank. The parser learns on predicted tags, as it will see them:
// the training set is cut into folds and each fold is tagged by a tagger
// trained on the others (jackknifing).
func TrainPipeline(train []GoldSentence, opt PipelineOptions) (*Pipeline, error) {
	if opt.Folds <= 1 {
		opt.Folds = 10
	}
	if opt.Progress == nil {
		opt.Progress = io.Discard
	}
	if len(train) < opt.Folds {
		return nil, fmt.Errorf("training set: %d sentences, fewer than the %d folds", len(train), opt.Folds)
	}
	start := time.Now()
	parserTrain := append(train[:len(train):len(train)], opt.ParserExtra...)
	tagged := jackknife(parserTrain, opt)
	fmt.Fprintf(opt.Progress, "jackknifed tags for %d sentences in %s\n", len(parserTrain), time.Since(start).Round(time.Second))

	tagger := TrainTagger(train, TrainOptions{Epochs: opt.TaggerEpochs, Seed: opt.Seed, TwoPass: opt.TaggerTwoPass, Models: opt.TaggerModels})
	p := &Pipeline{tagger: tagger, lemmas: TrainLemmatizer(train)}
	var dev []GoldSentence
	if len(opt.Dev) > 0 {
		dev = p.retag(opt.Dev)
	}
	parser, err := TrainParser(tagged, ParserOptions{Epochs: opt.ParserEpochs, Models: opt.ParserModels, MinHits: opt.ParserMinHits, LabelMinHits: opt.ParserLabelMinHits, Context: opt.ParserContext, Seed: opt.Seed, Progress: opt.Progress, Dev: dev})
	if err != nil {
		return nil, err
	}
	p.parser = parser
	if len(opt.Dev) > 0 {
		s := p.Evaluate(opt.Dev)
		fmt.Fprintf(opt.Progress, "dev: UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f\n", s.UPOS, s.XPOS, s.Lemma, s.UAS, s.LAS)
	}
	fmt.Fprintf(opt.Progress, "trained the pipeline in %s\n", time.Since(start).Round(time.Second))
	return p, nil
}

// jackknife returns copies of train whose tags and lemmas are predicted:
// fold k (every Folds-th sentence from k) by a tagger and lemmatizer
// trained on the rest. Folds are independent, so they train in parallel
// (one per core); the result does not depend on the order they finish in.
func jackknife(train []GoldSentence, opt PipelineOptions) []GoldSentence {
	out := make([]GoldSentence, len(train))
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	done := 0
	for k := range opt.Folds {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			var rest []GoldSentence
			for i := range train {
				if i%opt.Folds != k {
					rest = append(rest, train[i])
				}
			}
			tagger := TrainTagger(rest, TrainOptions{Epochs: opt.TaggerEpochs, Seed: opt.Seed + uint64(k), TwoPass: opt.TaggerTwoPass})
			p := &Pipeline{tagger: tagger, lemmas: TrainLemmatizer(rest)}
			for i := k; i < len(train); i += opt.Folds {
				out[i] = p.retag(train[i : i+1])[0]
			}
			mu.Lock()
			done++
			fmt.Fprintf(opt.Progress, "jackknife: %d/%d folds tagged\n", done, opt.Folds)
			mu.Unlock()
		}()
	}
	wg.Wait()
	return out
}

// retag returns copies of gold whose tags and lemmas come from p, with
// the gold trees kept.
func (p *Pipeline) retag(gold []GoldSentence) []GoldSentence {
	out := make([]GoldSentence, len(gold))
	for i, s := range gold {
		out[i] = s
		out[i].Tokens = make([]Token, len(s.Tokens))
		copy(out[i].Tokens, s.Tokens)
		p.tagger.Tag(out[i].Tokens)
		p.lemmatize(out[i].Tokens)
	}
	return out
}
