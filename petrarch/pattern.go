package petrarch

import (
	"fmt"
	"strings"
)

// readPattern reads a pattern line after its "-":
// "prenoun (PREP noun) * {MOD HEAD} (PREP noun) [code]".
func readPattern(s string) (Pattern, error) {
	var p Pattern
	text, code, rest, err := cutCode(s)
	switch {
	case err != nil:
		return p, fmt.Errorf("pattern %q: %w", strings.TrimSpace(s), err)
	case !strings.Contains(s, "["):
		return p, fmt.Errorf("pattern %q has no [code]", strings.TrimSpace(s))
	case strings.TrimSpace(rest) != "":
		return p, fmt.Errorf("pattern %q: text %q after the code", strings.TrimSpace(s), strings.TrimSpace(rest))
	}
	p.Text, p.Code = strings.TrimSpace(text), code
	if err := balanced(text); err != nil {
		return p, fmt.Errorf("pattern %q: %w", p.Text, err)
	}
	verb := false
	var prep, noun bool
	for _, tok := range patternTokens(text) {
		switch tok {
		case "(":
			prep = true
			continue
		case ")":
			prep = false
			continue
		case "{":
			noun = true
			continue
		case "}":
			noun = false
			continue
		case "*":
			if verb {
				return p, fmt.Errorf("pattern %q: two *", p.Text)
			}
			verb = true
			continue
		}
		e := Elem{Prep: prep, Noun: noun}
		switch {
		case tok == "$":
			e.Kind = Source
		case tok == "+":
			e.Kind = Target
		case tok == "^":
			e.Kind = Skip
		case tok == "%":
			e.Kind = Compound
		case strings.HasPrefix(tok, "&"):
			e.Kind, e.Word = SynsetRef, synsetName(tok)
		default:
			if strings.ContainsAny(tok, "[]&*$%^+") {
				return p, fmt.Errorf("pattern %q: unexpected %q", p.Text, tok)
			}
			// "BOMBING/EXPLOSION": alternatives.
			e.Word = strings.ReplaceAll(strings.Trim(tok, "_"), "/", "|")
		}
		if verb {
			p.After = append(p.After, e)
		} else {
			p.Before = append(p.Before, e)
		}
	}
	if !verb {
		return p, fmt.Errorf("pattern %q has no * for the verb", p.Text)
	}
	return p, nil
}

// patternTokens splits a pattern into brackets and words.
func patternTokens(s string) []string {
	var out []string
	start := -1
	flush := func(i int) {
		if start >= 0 {
			for _, w := range strings.Split(s[start:i], "_") {
				if w != "" {
					out = append(out, w)
				}
			}
			start = -1
		}
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t':
			flush(i)
		case '(', ')', '{', '}', '*':
			flush(i)
			out = append(out, string(c))
		default:
			if start < 0 {
				start = i
			}
		}
	}
	flush(len(s))
	return out
}
