// Command jsonl writes the first N Reuters-21578 stories that have a body
// as annalist JSON Lines articles, for throughput benchmarks. The output
// goes to a file outside the repository: the collection is research-use
// only and is never shipped.
//
//	go run ./internal/reuters/jsonl -dir ../shared/data/news/reuters21578 -n 5000 >out/reuters5000.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/annalist/annalist/internal/reuters"
)

func main() {
	dir := flag.String("dir", "", "the reuters21578 `DIR`")
	n := flag.Int("n", 5000, "how many stories with a body to write")
	flag.Parse()
	stories, err := reuters.ReadDir(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "jsonl:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(w)
	written := 0
	for _, s := range stories {
		if written == *n {
			break
		}
		if !s.HasBody() {
			continue
		}
		if err := enc.Encode(s.Record()); err != nil {
			fmt.Fprintln(os.Stderr, "jsonl:", err)
			os.Exit(1)
		}
		written++
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "jsonl:", err)
		os.Exit(1)
	}
	if written < *n {
		fmt.Fprintf(os.Stderr, "jsonl: only %d stories with a body\n", written)
		os.Exit(1)
	}
}
