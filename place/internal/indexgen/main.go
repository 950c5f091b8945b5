// Command indexgen writes the index of a gazetteer (see place/index.go)
// from its tab-separated form: `go generate ./place` makes the built-in
// data/gazetteer.idx from data/gazetteer.tsv.gz.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/annalist/annalist/place"
)

func main() {
	in := flag.String("in", "", "gazetteer `FILE` (gzipped TSV, as place/internal/gen writes it)")
	out := flag.String("out", "", "index `FILE` to write")
	flag.Parse()
	if *in == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "indexgen:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	g, err := place.Parse(f)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	var b bytes.Buffer
	if _, err := g.WriteIndex(&b); err != nil {
		return err
	}
	return os.WriteFile(out, b.Bytes(), 0o644)
}
