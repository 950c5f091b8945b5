package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/annalist/annalist/nlp"
)

func init() {
	register("nlp", "tokenize, tag and parse text; train and evaluate the model", runNLP)
}

const nlpUsage = `Usage:
  annalist nlp parse [--model FILE] [FILE|-]      print CoNLL-U for raw text
  annalist nlp eval --conllu FILE [--raw] [--model FILE] [--json]
  annalist nlp train --treebank DIR --out FILE [--seed N] [--folds N] [--models N] [--tagger-models N] [--min-hits N] [--label-min-hits N] [--context] [--two-pass] [--with-dev|--parser-with-dev]
`

func runNLP(e *env) int {
	if len(e.Args) == 0 {
		fmt.Fprint(e.Stderr, nlpUsage)
		return 2
	}
	sub := map[string]func(*env) int{"parse": nlpParse, "eval": nlpEval, "train": nlpTrain}[e.Args[0]]
	if sub == nil {
		if h := e.Args[0]; h == "-h" || h == "--help" || h == "help" {
			fmt.Fprint(e.Stderr, nlpUsage)
			return 0
		}
		fmt.Fprintf(e.Stderr, "annalist nlp: unknown subcommand %q\n%s", e.Args[0], nlpUsage)
		return 2
	}
	return sub(&env{Args: e.Args[1:], Stdin: e.Stdin, Stdout: e.Stdout, Stderr: e.Stderr})
}

// newFlags returns a flag set that reports to e.Stderr.
func newFlags(e *env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet("annalist nlp "+name, flag.ContinueOnError)
	fs.SetOutput(e.Stderr)
	return fs
}

// loadModel returns the pipeline of the model file at path, or the
// embedded one when path is empty.
func loadModel(path string) (*nlp.Pipeline, error) {
	if path == "" {
		return nlp.LoadDefault()
	}
	return nlp.LoadPipelineFile(path)
}

func nlpParse(e *env) int {
	fs := newFlags(e, "parse")
	model := fs.String("model", "", "model `FILE` (default: the embedded model)")
	if err := fs.Parse(e.Args); err != nil {
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(e.Stderr, "annalist nlp parse: at most one input file")
		return 2
	}
	in, name := e.Stdin, "-"
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		name = fs.Arg(0)
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(e.Stderr, "annalist nlp parse: %v\n", err)
			return 1
		}
		defer f.Close()
		in = f
	}
	text, err := io.ReadAll(in)
	if err != nil {
		fmt.Fprintf(e.Stderr, "annalist nlp parse: reading %s: %v\n", name, err)
		return 1
	}
	p, err := loadModel(*model)
	if err != nil {
		fmt.Fprintf(e.Stderr, "annalist nlp parse: %v\n", err)
		return 1
	}
	if err := nlp.WriteCoNLLU(e.Stdout, p.Parse(string(text))); err != nil {
		fmt.Fprintf(e.Stderr, "annalist nlp parse: %v\n", err)
		return 1
	}
	return 0
}

// readTreebankFile reads a CoNLL-U file; errors name the file (and line).
func readTreebankFile(path string) ([]nlp.GoldSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return nlp.ReadCoNLLU(f, path)
}

func nlpEval(e *env) int {
	fs := newFlags(e, "eval")
	conllu := fs.String("conllu", "", "gold CoNLL-U `FILE`")
	raw := fs.Bool("raw", false, "also score tokenization and sentence splitting of the raw text")
	model := fs.String("model", "", "model `FILE` (default: the embedded model)")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := fs.Parse(e.Args); err != nil {
		return 2
	}
	if *conllu == "" || fs.NArg() > 0 {
		fmt.Fprintln(e.Stderr, "annalist nlp eval: need --conllu FILE and no other arguments")
		return 2
	}
	gold, err := readTreebankFile(*conllu)
	if err != nil {
		fmt.Fprintf(e.Stderr, "annalist nlp eval: %v\n", err)
		return 1
	}
	if len(gold) == 0 {
		fmt.Fprintf(e.Stderr, "annalist nlp eval: %s: no sentences\n", *conllu)
		return 1
	}
	p, err := loadModel(*model)
	if err != nil {
		fmt.Fprintf(e.Stderr, "annalist nlp eval: %v\n", err)
		return 1
	}
	s := p.Evaluate(gold)
	out := map[string]any{"sentences": s.Sentences, "tokens": s.Tokens, "upos": round2(s.UPOS), "xpos": round2(s.XPOS),
		"lemma": round2(s.Lemma), "uas": round2(s.UAS), "las": round2(s.LAS)}
	rows := [][2]string{{"sentences", fmt.Sprint(s.Sentences)}, {"tokens", fmt.Sprint(s.Tokens)},
		{"UPOS", pct(s.UPOS)}, {"XPOS", pct(s.XPOS)}, {"lemma", pct(s.Lemma)}, {"UAS", pct(s.UAS)}, {"LAS", pct(s.LAS)}}
	if *raw {
		r := nlp.EvalRaw(gold)
		out["tokens_f1"], out["sentences_f1"] = round2(r.TokenF1), round2(r.SentenceF1)
		rows = append(rows, [2]string{"tokens F1", pct(r.TokenF1)}, [2]string{"sentences F1", pct(r.SentenceF1)})
	}
	if *asJSON {
		b, _ := json.Marshal(out)
		fmt.Fprintf(e.Stdout, "%s\n", b)
		return 0
	}
	fmt.Fprintf(e.Stdout, "%s (gold tokenization)\n", *conllu)
	for _, r := range rows {
		fmt.Fprintf(e.Stdout, "  %-13s %8s\n", r[0], r[1])
	}
	return 0
}

func round2(x float64) float64 { return float64(int64(x*100+0.5)) / 100 }

func pct(x float64) string { return fmt.Sprintf("%.2f%%", x) }

func nlpTrain(e *env) int {
	fs := newFlags(e, "train")
	dir := fs.String("treebank", "", "UD treebank `DIR` holding *-ud-train.conllu and *-ud-dev.conllu")
	out := fs.String("out", "", "model `FILE` to write")
	seed := fs.Uint64("seed", 1, "random seed (the same seed gives the same model)")
	folds := fs.Int("folds", 10, "jackknife folds for the parser's training tags")
	models := fs.Int("models", 1, "parsers trained from different seeds and summed into one")
	taggerModels := fs.Int("tagger-models", 1, "taggers trained from different seeds and summed into one")
	minHits := fs.Int("min-hits", 0, "prune parser move features updated fewer `N` times over all models (0: 2 per model)")
	labelMinHits := fs.Int("label-min-hits", 0, "prune parser label features updated fewer `N` times over all models (0: 2)")
	context := fs.Bool("context", false, "add the parser's context features (n0's preposition or coordinator with s0, s0's head and s1)")
	twoPass := fs.Bool("two-pass", false, "tag in two passes, the second seeing the first's tags of the words to the right")
	withDev := fs.Bool("with-dev", false, "train on train and dev together (for the final model, once choices were made on dev; no dev scores then)")
	parserWithDev := fs.Bool("parser-with-dev", false, "train the parser on train and dev together, the tagger and lemmatizer on train alone (no dev scores then)")
	if err := fs.Parse(e.Args); err != nil {
		return 2
	}
	if *dir == "" || *out == "" || fs.NArg() > 0 || (*withDev && *parserWithDev) {
		fmt.Fprintln(e.Stderr, "annalist nlp train: need --treebank DIR and --out FILE, and at most one of --with-dev and --parser-with-dev")
		return 2
	}
	split := func(name string) ([]nlp.GoldSentence, error) {
		m, _ := filepath.Glob(filepath.Join(*dir, "*-ud-"+name+".conllu"))
		if len(m) != 1 {
			return nil, fmt.Errorf("%s: want one *-ud-%s.conllu, found %d", *dir, name, len(m))
		}
		return readTreebankFile(m[0])
	}
	train, err := split("train")
	if err == nil {
		var dev []nlp.GoldSentence
		if dev, err = split("dev"); err == nil {
			opt := nlp.PipelineOptions{Seed: *seed, Folds: *folds, ParserModels: *models, ParserMinHits: *minHits, ParserLabelMinHits: *labelMinHits, ParserContext: *context, TaggerTwoPass: *twoPass, TaggerModels: *taggerModels}
			switch {
			case *withDev:
				train, dev = append(train, dev...), nil
			case *parserWithDev:
				opt.ParserExtra, dev = dev, nil
			}
			err = trainModel(e, train, dev, opt, *out)
		}
	}
	if err != nil {
		fmt.Fprintf(e.Stderr, "annalist nlp train: %v\n", err)
		return 1
	}
	return 0
}

func trainModel(e *env, train, dev []nlp.GoldSentence, opt nlp.PipelineOptions, out string) error {
	start := time.Now()
	opt.Progress, opt.Dev = e.Stderr, dev
	p, err := nlp.TrainPipeline(train, opt)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	n, err := p.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	fmt.Fprintf(e.Stderr, "wrote %s (%.1f MB) after %s\n", out, float64(n)/1e6, time.Since(start).Round(time.Second))
	return nil
}
