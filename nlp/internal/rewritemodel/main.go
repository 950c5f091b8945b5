// Command rewritemodel rewrites a model bundle in the current format
// (perceptron weights in version 4, the frozen tables as they lie in
// memory), without retraining: the weights are read and written again,
// and the program fails unless the rewritten bundle reads back into the
// same model and, written again, gives the same bytes.
//
//	go run ./nlp/internal/rewritemodel -in nlp/model/en_ewt.model -out nlp/model/en_ewt.model
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"reflect"

	"github.com/annalist/annalist/nlp"
)

func main() {
	in := flag.String("in", "", "model bundle `FILE` to read")
	out := flag.String("out", "", "`FILE` to write the rewritten bundle to (may be -in)")
	flag.Parse()
	if *in == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := rewrite(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "rewritemodel:", err)
		os.Exit(1)
	}
}

func rewrite(in, out string) error {
	p, err := nlp.LoadPipelineFile(in)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if _, err := p.WriteTo(&b); err != nil {
		return err
	}
	q, err := nlp.LoadPipeline(bytes.NewReader(b.Bytes()))
	if err != nil {
		return fmt.Errorf("reading the rewritten bundle back: %w", err)
	}
	if !reflect.DeepEqual(p, q) {
		return fmt.Errorf("%s: the rewritten bundle reads back into a different model", in)
	}
	var again bytes.Buffer
	if _, err := q.WriteTo(&again); err != nil {
		return err
	}
	if !bytes.Equal(again.Bytes(), b.Bytes()) {
		return fmt.Errorf("%s: the rewritten bundle, read and written again, gives different bytes", in)
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %.1f MB\n", out, float64(b.Len())/1e6)
	return nil
}
