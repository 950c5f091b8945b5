package main

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

const givenHeader = `# annalist given names: first names of people, one a line. A capitalised
# given name followed by a capitalised word the dictionaries do not know
# ("Patrick Crusius", "Louise Turpin") is a person's name: news names the
# people its events happen to, and the coder gives them the article's
# country.
#
# Derived by actor/internal/gen from the first words of the full names in
# the people files (people-a.tsv, people-b.tsv, people-c.tsv and
# people-petrarch.tsv, itself from PETRARCH2's Phoenix dictionaries, MIT):
# a first word two or more people share, of letters only, that the English
# Web Treebank (CC BY-SA 4.0) never writes in lower case ("Will", "Grant"
# and "Rose" are words too) and that is no actor, title or name particle;
# and common given names the people files lack (curated.go).
# Regenerate rather than editing by hand.
`

// minGivenOwners is how many people must share a first word for it to
// count as a given name: one person's first word may be a surname
// written first, a title or a one-off.
const minGivenOwners = 2

// givenNames returns the lines of given-names.txt from the people files
// in dir, dropping common words and anything own's dictionaries match.
func givenNames(dir string, common map[string]bool, own *ownDicts) ([]string, error) {
	owners := map[string]map[string]bool{} // first word → full names
	for _, f := range append(append([]string(nil), ownPeople...), "people-petrarch.tsv") {
		lines, err := peopleNames(dir, f)
		if err != nil {
			return nil, err
		}
		for _, names := range lines {
			full, _, _ := strings.Cut(names, "|")
			words := strings.Fields(full)
			if len(words) < 2 {
				continue
			}
			if owners[words[0]] == nil {
				owners[words[0]] = map[string]bool{}
			}
			owners[words[0]][full] = true
		}
	}
	var out []string
	for w, fulls := range owners {
		if len(fulls) >= minGivenOwners && givenShape(w) && !common[strings.ToLower(w)] &&
			!titleWords[strings.ToLower(w)] && !particles[strings.ToLower(w)] &&
			!own.matches(w) {
			out = append(out, w)
		}
	}
	for _, w := range extraGiven {
		if !slices.Contains(out, w) && !own.matches(w) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out, nil
}

// givenShape reports whether w is a capitalised word of three or more
// letters with lower-case letters after the first ("Jane", not "J." or
// "AL").
func givenShape(w string) bool {
	rs := []rune(w)
	if len(rs) < 3 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, r := range rs[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
