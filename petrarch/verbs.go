package petrarch

import (
	"fmt"
	"io"
	"strings"
)

// VerbDict is a PETRARCH verb dictionary (CAMEO.2.0.txt): synonym sets,
// verb blocks with their patterns, and transformations.
type VerbDict struct {
	File       string
	Synsets    map[string]*Synset // by name without "&" or a trailing "_": "CURRENCY"
	Blocks     []*VerbBlock
	Transforms []Transform
}

// Synset is a named set of words ("&CURRENCY" with "+DOLLAR", "+EURO"…)
// that a pattern can name in place of a word.
type Synset struct {
	Name    string
	Line    int
	Members [][]string // each member's words: "CASH_" → [CASH]
}

// Code is a verb code: Active for the active voice, Passive (optional) for
// the passive voice, as "[042:043]". "---" codes no event; "" is no code.
type Code struct {
	Active, Passive string
}

func (c Code) String() string {
	if c.Passive == "" {
		return "[" + c.Active + "]"
	}
	return "[" + c.Active + ":" + c.Passive + "]"
}

// VerbBlock is a "--- NAME [code] ---" block: verbs that share patterns.
type VerbBlock struct {
	Name     string
	Line     int
	Code     Code
	Verbs    []Verb
	Patterns []Pattern
}

// Verb is one verb line of a block: "HURRY {HURRIES HURRYING HURRIED}" or
// a multi-word verb "+CARRY_OUT {+CARRIED_OUT …} [080]".
type Verb struct {
	Line  int
	Words []string   // [CARRY OUT]
	Forms [][]string // irregular forms, each as words
	Code  Code       // zero: the block's code
}

// Pattern is one "- … * … [code]" line of a block.
type Pattern struct {
	Line    int
	Text    string // as written, without the "- " and the comment
	Before  []Elem // the elements before "*"
	After   []Elem // the elements after "*"
	Code    Code
	Comment string
}

// ElemKind says what an element of a pattern stands for.
type ElemKind uint8

// The kinds of pattern element.
const (
	Word      ElemKind = iota // a word; Word may list alternatives as "A|B"
	SynsetRef                 // "&NAME": any member of the synset Word
	Source                    // "$": the source actor
	Target                    // "+": the target actor
	Skip                      // "^": skip a noun phrase
	Compound                  // "%": a compound actor
)

// Elem is one element of a pattern.
type Elem struct {
	Kind ElemKind
	Word string
	Prep bool // inside a prepositional phrase "(…)"
	Noun bool // inside a noun phrase "{…}"
}

// Transform is a "~ a (a b ATTACK) SAY = a b 015" line: an event reported
// inside another verb's clause recoded. They are kept, not applied.
type Transform struct {
	Line        int
	Left, Right []string
}

// ReadVerbs reads a verb dictionary. Lines it cannot read are returned as
// errors with file:line and skipped.
func ReadVerbs(r io.Reader, file string) (*VerbDict, []error) {
	p := verbReader{d: &VerbDict{File: file, Synsets: map[string]*Synset{}}, errs: errorList{file: file}}
	eachLine(r, &p.errs, p.line)
	return p.d, p.errs.errs
}

type verbReader struct {
	d      *VerbDict
	errs   errorList
	synset *Synset    // the synset being read, if any
	block  *VerbBlock // the block being read, if any
}

func (p *verbReader) line(n int, raw string) {
	text, comment, _ := strings.Cut(raw, "#")
	// TABARI's older comment mark ";" survives on a few verb lines.
	if i := strings.IndexByte(text, ';'); i >= 0 {
		text = text[:i]
	}
	line := strings.TrimSpace(text)
	var err error
	switch {
	case line == "":
		return
	case strings.HasPrefix(line, "---"):
		err = p.header(n, line)
	case strings.HasPrefix(line, "&"):
		name := synsetName(line)
		if name == "" || strings.ContainsAny(line, " \t") {
			err = fmt.Errorf("synset %q: want &NAME alone on its line", line)
			break
		}
		p.synset, p.block = &Synset{Name: name, Line: n}, nil
		p.d.Synsets[name] = p.synset
	case strings.HasPrefix(line, "~"):
		err = p.transform(n, line)
	case strings.HasPrefix(line, "-"):
		if p.block == nil {
			err = fmt.Errorf("pattern %q outside a verb block", line)
			break
		}
		var pat Pattern
		if pat, err = readPattern(line[1:]); err == nil {
			pat.Line, pat.Comment = n, strings.TrimSpace(comment)
			p.block.Patterns = append(p.block.Patterns, pat)
		}
	case p.synset != nil:
		if !strings.HasPrefix(line, "+") || len(words(line[1:])) == 0 {
			err = fmt.Errorf("%q in synset &%s: want +MEMBER", line, p.synset.Name)
			break
		}
		p.synset.Members = append(p.synset.Members, words(line[1:]))
	case p.block != nil:
		var v Verb
		if v, err = readVerb(line); err == nil {
			v.Line = n
			p.block.Verbs = append(p.block.Verbs, v)
		}
	default:
		err = fmt.Errorf("%q outside a verb block or synset", line)
	}
	if err != nil {
		p.errs.add(n, "%v", err)
	}
}

// header reads "--- NAME [code] ---".
func (p *verbReader) header(n int, line string) error {
	inner := strings.TrimSpace(strings.Trim(line, "-"))
	name, code, rest, err := cutCode(inner)
	if err != nil {
		return fmt.Errorf("block %q: %w", line, err)
	}
	name = strings.TrimSpace(name)
	// "--- DELAY [120]--- ---" is read as "--- DELAY [120] ---".
	if name == "" || strings.ContainsAny(name, " \t") || strings.Trim(rest, "- \t") != "" || !strings.HasSuffix(line, "---") {
		return fmt.Errorf("block %q: want --- NAME [CODE] ---", line)
	}
	p.block = &VerbBlock{Name: name, Line: n, Code: code}
	p.synset = nil
	p.d.Blocks = append(p.d.Blocks, p.block)
	return nil
}

func (p *verbReader) transform(n int, line string) error {
	left, right, ok := strings.Cut(line[1:], "=")
	l, r := strings.Fields(left), strings.Fields(right)
	if !ok || len(l) == 0 || len(r) == 0 {
		return fmt.Errorf("transformation %q: want ~ PATTERN = RESULT", line)
	}
	if err := balanced(left); err != nil {
		return fmt.Errorf("transformation %q: %w", line, err)
	}
	p.d.Transforms = append(p.d.Transforms, Transform{Line: n, Left: l, Right: r})
	return nil
}

// synsetName turns "&AUXVERB1_" into "AUXVERB1".
func synsetName(s string) string {
	return strings.TrimRight(strings.TrimPrefix(strings.TrimSpace(s), "&"), "_")
}

// readVerb reads "WORD {FORMS} [code]" or "+MULTI_WORD {+FORMS…} [code]".
func readVerb(line string) (Verb, error) {
	var v Verb
	head, code, rest, err := cutCode(line)
	if err != nil {
		return v, fmt.Errorf("verb %q: %w", line, err)
	}
	if strings.TrimSpace(rest) != "" {
		return v, fmt.Errorf("verb %q: text %q after the code", line, strings.TrimSpace(rest))
	}
	v.Code = code
	lemma, forms, hasForms := strings.Cut(head, "{")
	if hasForms {
		end := strings.IndexByte(forms, '}')
		if end < 0 {
			return v, fmt.Errorf("verb %q: unbalanced {", line)
		}
		if strings.TrimSpace(forms[end+1:]) != "" {
			return v, fmt.Errorf("verb %q: text after the forms", line)
		}
		for _, f := range strings.FieldsFunc(forms[:end], func(r rune) bool { return r == ' ' || r == ',' || r == '\t' }) {
			if ws := words(strings.TrimPrefix(f, "+")); len(ws) > 0 {
				v.Forms = append(v.Forms, ws)
			}
		}
	}
	if strings.ContainsAny(lemma, "}()[]&*$") {
		return v, fmt.Errorf("verb %q: unexpected %q", line, strings.TrimSpace(lemma))
	}
	v.Words = words(strings.TrimPrefix(strings.TrimSpace(lemma), "+"))
	if len(v.Words) == 0 {
		return v, fmt.Errorf("verb %q: no verb", line)
	}
	return v, nil
}

// cutCode splits "TEXT [code] REST" at its first bracketed code.
func cutCode(s string) (text string, c Code, rest string, err error) {
	open := strings.IndexByte(s, '[')
	if open < 0 {
		return s, c, "", nil
	}
	end := strings.IndexByte(s[open:], ']')
	if end < 0 {
		return "", c, "", fmt.Errorf("unbalanced [")
	}
	c, err = parseCode(s[open+1 : open+end])
	return s[:open], c, s[open+end+1:], err
}

// parseCode reads "042", "042:043", ":173" or "---".
func parseCode(s string) (Code, error) {
	s = strings.TrimSpace(s)
	active, passive, _ := strings.Cut(s, ":")
	a, okA := eventCode(active)
	b, okB := eventCode(passive)
	if !okA || !okB || s == "" || s == ":" {
		return Code{}, fmt.Errorf("code [%s] is not a CAMEO code, ---, or ACTIVE:PASSIVE", s)
	}
	return Code{Active: a, Passive: b}, nil
}

// balanced checks that (), {} and [] nest.
func balanced(s string) error {
	var stack []byte
	pairs := map[byte]byte{')': '(', '}': '{', ']': '['}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(', '{', '[':
			stack = append(stack, c)
		case ')', '}', ']':
			if len(stack) == 0 || stack[len(stack)-1] != pairs[c] {
				return fmt.Errorf("unbalanced %c", c)
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) > 0 {
		return fmt.Errorf("unbalanced %c", stack[len(stack)-1])
	}
	return nil
}
