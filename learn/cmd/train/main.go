// Command train trains annalist's event model on the annotated sets and
// writes it where package learn embeds it:
//
//	go run ./learn/cmd/train -out learn/model.bin
//
// It reads the shared data from -data (default $ANNALIST_DATA, else
// ../shared/data beside the repository) and the annotation files the
// -sets globs match; held-out sets are refused. The same files give the
// same model, byte for byte. It prints the sentences and events it read
// from each file.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/learn"
	"github.com/annalist/annalist/learn/internal/corpus"
)

func main() {
	data := flag.String("data", "", "the shared data directory (default $ANNALIST_DATA, else ../shared/data beside the repository)")
	sets := flag.String("sets", "eval/dev/*.tsv,eval/train/*.tsv", "comma-separated globs of annotation files")
	out := flag.String("out", "learn/model.bin", "where to write the model")
	verbs := flag.String("verbs", "coder/verbs.txt", "the coder's verb dictionary, read as features")
	epochs := flag.Int("epochs", learn.DefaultEpochs, "training epochs")
	flag.Parse()
	if err := run(*data, *sets, *verbs, *out, *epochs); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(data, sets, verbs, out string, epochs int) error {
	if data == "" {
		d, err := shared.Dir()
		if err != nil {
			return err
		}
		data = d
	}
	lex, err := learn.ReadLexiconFile(verbs)
	if err != nil {
		return err
	}
	var files []string
	for _, g := range strings.Split(sets, ",") {
		m, err := filepath.Glob(g)
		if err != nil {
			return fmt.Errorf("%s: %v", g, err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		return fmt.Errorf("no annotation file matches %s", sets)
	}
	arts, err := corpus.Load(data, files)
	if err != nil {
		return err
	}
	var sents []learn.Sentence
	for _, a := range arts {
		sents = append(sents, a.Training()...)
	}
	perFile := corpus.PerFile(arts)
	for _, f := range files {
		n := perFile[corpus.Name(f)]
		fmt.Fprintf(os.Stderr, "%s: %d sentences, %d events\n", f, n.Sentences, n.Events)
	}
	m := learn.Train(sents, lex, epochs)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%d sentences; model %d bytes\n", len(sents), buf.Len())
	return os.WriteFile(out, buf.Bytes(), 0o644)
}
