package petrarch

import (
	"fmt"
	"slices"
	"strings"

	"github.com/annalist/annalist/coder"
)

// VerbStats counts what AddTo made of a verb dictionary.
type VerbStats struct {
	Verbs      int // verb lines added
	Patterns   int // patterns added (each pattern once per verb of its block)
	Skipped    int // patterns annalist's coder cannot express (see AddTo)
	Transforms int // transformations kept but not applied
}

// AddTo adds the dictionary's verbs and patterns to v and returns what it
// added and the entries v refused, with file:line.
//
// Every verb of a block gets the block's patterns, as in PETRARCH. A verb
// without its own code takes the block's. Pattern elements map onto
// coder.Pattern: words, noun phrases "{…}" and prepositional phrases
// "(…)" become the words that must follow (or precede) the verb in
// order; "&SYNSET" becomes the alternatives of its members (their
// regular plurals included; of a multi-word member its last word, the
// head); "+" after the verb is the target; "$" before the verb is the
// subject, which the coder always takes as the source; "^" (skip a
// phrase) is dropped. Patterns with the target before the verb, the
// source after it, or a compound actor "%" are skipped and counted.
// Transformations ("~ …") are counted and not applied: the coder has no
// way yet to recode an event nested in another verb's clause.
func (vd *VerbDict) AddTo(v *coder.Verbs) (VerbStats, []error) {
	st := VerbStats{Transforms: len(vd.Transforms)}
	errs := errorList{file: vd.File}
	alts := synsetAlternatives(vd.Synsets)
	pats := make([][]*coder.Pattern, len(vd.Blocks))
	for k, b := range vd.Blocks {
		pats[k] = make([]*coder.Pattern, len(b.Patterns))
		for i := range b.Patterns {
			p, err := vd.convert(&b.Patterns[i], alts)
			if err != nil {
				errs.add(b.Patterns[i].Line, "%v", err)
				continue
			}
			if p == nil {
				st.Skipped++
				continue
			}
			pats[k][i] = p
		}
	}
	// Verbs of one word go first, so that their forms are theirs before
	// a multi-word verb that starts with one of them ("+ATTACKED_AND_STABBED")
	// is filed under its verb's lemma.
	lemmas := vd.formLemmas()
	for _, multi := range []bool{false, true} {
		for k, b := range vd.Blocks {
			for _, vb := range b.Verbs {
				if (len(vb.Words) > 1) != multi {
					continue
				}
				words := vb.Words
				if l, ok := lemmas[words[0]]; ok && multi {
					words = append([]string{l}, words[1:]...)
				}
				lemma := strings.Join(words, "_")
				code := vb.Code
				if code.Active == "" && code.Passive == "" {
					code = b.Code
				}
				// A verb v already codes otherwise keeps its code, reported,
				// and still gets the block's patterns.
				if err := addVerb(v, lemma, vb, code, fmt.Sprintf("%s:%d %s %s", vd.File, vb.Line, lemma, code)); err != nil {
					errs.add(vb.Line, "%v", err)
				} else {
					st.Verbs++
				}
				for i, p := range pats[k] {
					if p == nil {
						continue
					}
					if err := v.AddPattern(lemma, *p); err != nil {
						errs.add(b.Patterns[i].Line, "%v", err)
						continue
					}
					st.Patterns++
				}
			}
		}
	}
	slices.SortStableFunc(errs.errs, func(a, b error) int { return lineOf(a) - lineOf(b) })
	return st, errs.errs
}

// formLemmas maps the forms of the dictionary's one-word verbs (their
// irregular forms and regular -s, -ed, -ing) to their lemmas.
func (vd *VerbDict) formLemmas() map[string]string {
	m := map[string]string{}
	for _, b := range vd.Blocks {
		for _, vb := range b.Verbs {
			if len(vb.Words) != 1 {
				continue
			}
			l := vb.Words[0]
			stem := strings.TrimSuffix(l, "E")
			for _, f := range []string{l + "S", l + "ES", stem + "ED", stem + "ING"} {
				if _, ok := m[f]; !ok {
					m[f] = l
				}
			}
			for _, f := range vb.Forms {
				if _, ok := m[f[0]]; !ok && len(f) == 1 {
					m[f[0]] = l
				}
			}
		}
	}
	return m
}

func lineOf(err error) int {
	if le, ok := err.(*LineError); ok {
		return le.Line
	}
	return 0
}

// addVerb adds one verb line: its irregular forms (of a multi-word verb,
// the verb word of each form) and its code alone.
func addVerb(v *coder.Verbs, lemma string, vb Verb, code Code, rule string) error {
	var forms []string
	for _, f := range vb.Forms {
		forms = append(forms, strings.ToLower(f[0]))
	}
	if code.Passive == "" {
		return v.AddVerb(lemma, forms, code.Active)
	}
	if err := v.AddVerb(lemma, forms, ""); err != nil {
		return err
	}
	return v.AddPattern(lemma, coder.Pattern{Code: code.Active, Passive: code.Passive, Rule: rule})
}

// convert turns a pattern into the coder's form; nil when the coder
// cannot express it.
func (vd *VerbDict) convert(p *Pattern, alts map[string]string) (*coder.Pattern, error) {
	out := &coder.Pattern{
		Code:    p.Code.Active,
		Passive: p.Code.Passive,
		Rule:    fmt.Sprintf("%s:%d - %s %s", vd.File, p.Line, p.Text, p.Code),
	}
	word := func(e Elem) (string, error) {
		if e.Kind == SynsetRef {
			a, ok := alts[e.Word]
			if !ok {
				return "", fmt.Errorf("pattern %q: unknown synset &%s", p.Text, e.Word)
			}
			return a, nil
		}
		return strings.ToLower(e.Word), nil
	}
	for _, e := range p.Before {
		switch e.Kind {
		case Word, SynsetRef:
			w, err := word(e)
			if err != nil {
				return nil, err
			}
			out.Before = append(out.Before, w)
		case Source:
			out.Before = append(out.Before, "$")
		case Target, Compound:
			return nil, nil
		}
	}
	for _, e := range p.After {
		switch e.Kind {
		case Word, SynsetRef:
			w, err := word(e)
			if err != nil {
				return nil, err
			}
			out.After = append(out.After, w)
		case Target:
			out.After = append(out.After, "+")
		case Source, Compound:
			return nil, nil
		}
	}
	return out, nil
}

// synsetAlternatives writes each synset as "a|b|c" with the regular
// plurals of its members; a multi-word member stands for its last word.
func synsetAlternatives(sets map[string]*Synset) map[string]string {
	out := make(map[string]string, len(sets))
	for name, s := range sets {
		seen := map[string]bool{}
		var ws []string
		for _, m := range s.Members {
			head := []string{m[len(m)-1]}
			for _, w := range []string{head[0], plural(head)[0]} {
				if w = strings.ToLower(w); !seen[w] {
					seen[w] = true
					ws = append(ws, w)
				}
			}
		}
		out[name] = strings.Join(ws, "|")
	}
	return out
}
