// Command gen writes the actor package's generated dictionaries
// (data/countries.txt, data/agents.txt, data/people-petrarch.tsv and
// data/given-names.txt) from the third-party data kept beside the project:
// country names, demonyms and capitals from geo/world-countries.json, role
// words from PETRARCH's Phoenix.agents.txt, people and their dated offices
// from PETRARCH's Phoenix actor dictionaries, and given names from the first
// names of all the people files.
// The facts are rewritten in the project's own formats and corrected by the
// curated tables in curated.go; the output is committed, so this program only
// runs when the sources or the curation change:
//
//	go run ./actor/internal/gen -data ../shared/data -out actor/data
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	data := flag.String("data", "../shared/data", "the shared data directory")
	out := flag.String("out", "actor/data", "where to write countries.txt and agents.txt")
	flag.Parse()
	if err := run(*data, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(data, out string) error {
	countries, err := readCountries(filepath.Join(data, "geo", "world-countries.json"))
	if err != nil {
		return err
	}
	if err := writeFile(filepath.Join(out, "countries.txt"), countriesHeader, formatCountries(countries)); err != nil {
		return err
	}
	agents, err := readAgents(filepath.Join(data, "petrarch", "Phoenix.agents.txt"))
	if err != nil {
		return err
	}
	if err := writeFile(filepath.Join(out, "agents.txt"), agentsHeader, formatAgents(agents)); err != nil {
		return err
	}
	// People last: they are checked against the lists written above.
	own, common, err := filters(data, out)
	if err != nil {
		return err
	}
	people, err := people(data, out, own, common)
	if err != nil {
		return err
	}
	if err := writeFile(filepath.Join(out, "people-petrarch.tsv"), peopleHeader, people); err != nil {
		return err
	}
	// Given names last: they are read from every people file.
	given, err := givenNames(out, common, own)
	if err != nil {
		return err
	}
	return writeFile(filepath.Join(out, "given-names.txt"), givenHeader, given)
}

func writeFile(path, header string, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	fmt.Fprint(f, header)
	for _, l := range lines {
		fmt.Fprintln(f, l)
	}
	return f.Close()
}
