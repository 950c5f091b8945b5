package learn

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// Lexicon is what the coder's verb dictionary (coder/verbs.txt) says of
// each lemma: the CAMEO roots its lines code, its own code's root first
// ("criticize" → ["11"]), or "say" for a verb of saying; and of each
// lemma with the word its patterns put first after the verb ("meet
// with" → ["04"], "accuse +" → ["11"]). Nouns named by
// @noun take their verb's entry. The model reads it as features, so that
// a verb seen rarely in training still leans to the roots the dictionary
// gives it.
type Lexicon map[string][]string

// ReadLexicon reads a verb dictionary in the format of coder/verbs.txt.
// Errors name the line.
func ReadLexicon(r io.Reader) (Lexicon, error) {
	lex := Lexicon{}
	nouns := map[string]string{}
	var current []string // the lemmas of the verb line above
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
		case strings.HasPrefix(f[0], "@"):
			current = nil
			switch f[0] {
			case "@noun":
				if len(f) != 3 {
					return nil, fmt.Errorf("verb dictionary line %d: @noun takes a noun and a verb", n)
				}
				nouns[f[1]] = f[2]
			case "@say":
				for _, l := range f[1:] {
					lex.add(l, "say")
				}
			}
		case line[0] == ' ' || line[0] == '\t':
			if len(current) == 0 || len(f) < 2 {
				continue
			}
			for _, c := range f[1:] {
				if root, ok := rootOf(c); ok {
					for _, l := range current {
						lex.add(l, root)
						if f[0] == "*" {
							// "meet * with +": the root of the verb
							// with that word after it
							for _, w := range strings.Split(f[1], "|") {
								lex.add(l+" "+w, root)
							}
						}
					}
				}
			}
		default:
			current = strings.Split(strings.Split(f[0], "/")[0], "|")
			for _, l := range current {
				if len(f) > 1 {
					if root, ok := rootOf(f[1]); ok {
						lex.add(l, root)
						continue
					}
				}
				lex.add(l, "")
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("verb dictionary: %v", err)
	}
	for noun, verb := range nouns {
		for _, r := range lex[verb] {
			lex.add(noun, r)
		}
	}
	for l, rs := range lex {
		lex[l] = slices.DeleteFunc(rs, func(r string) bool { return r == "" })
	}
	return lex, nil
}

// ReadLexiconFile reads the verb dictionary at path (see ReadLexicon).
func ReadLexiconFile(path string) (Lexicon, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadLexicon(f)
}

// add records root for lemma once, in the order seen.
func (lex Lexicon) add(lemma, root string) {
	if !slices.Contains(lex[lemma], root) {
		lex[lemma] = append(lex[lemma], root)
	}
}

// rootOf reads a pattern's code ("111", "042:043") as its root; "---" and
// words are no code.
func rootOf(code string) (string, bool) {
	code, _, _ = strings.Cut(code, ":")
	if len(code) < 2 || len(code) > 4 {
		return "", false
	}
	for _, c := range code {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	return code[:2], true
}
