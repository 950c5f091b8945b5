package coder

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/annalist/annalist/cameo"
)

// Verbs is a verb pattern dictionary: which verb forms code which CAMEO
// events, and the words that steer the coding (control verbs, negators,
// passive auxiliaries, verbs of saying, clause breaks). The format is
// documented at the top of verbs.txt. A Verbs is read-only once parsed
// and safe for concurrent use.
type Verbs struct {
	file     string           // name used in rule references, "verbs.txt"
	forms    map[string]form  // lower-case word form → verb
	verbs    map[string]*verb // lemma → verb
	controls map[string]map[string]string
	negators map[string]bool
	passive  map[string]bool
	breaks   map[string]bool
	nouns    map[string]*verb // nouns that name a verb's act ("criticism")
}

// formKind tells apart the forms that matter for coding: a participle
// after "be" makes a passive, a base form after "to" an infinitive. It is a
// set, since one word can be several forms ("cut" is base and past).
type formKind uint8

const (
	formBase formKind = 1 << iota
	formThird
	formPast // past tense or past participle
	formGerund
)

type form struct {
	verb *verb
	kind formKind
}

type verb struct {
	lemma    string
	line     int
	def      *pattern   // the verb alone; nil when it codes nothing alone
	patterns []*pattern // longest first, then in file order
	control  string     // control class ("intent", "negate", "threat") or ""
	say      bool
}

type pattern struct {
	line     int
	pre      []elem // words that must come before the verb, in order
	elems    []elem
	code     string // "" for "---": the words code nothing
	paired   string // the target's side of the act, or ""
	passive  string // the code in the passive voice, "" for code
	mutual   bool
	alone    bool   // the act has no target, whatever actor follows
	rule     string // "verbs.txt:123 MEET * WITH +"
	literals int
}

// hasTarget reports whether the pattern names its target ("+").
func (p *pattern) hasTarget() bool {
	for _, e := range p.elems {
		if e.target {
			return true
		}
	}
	return false
}

type elem struct {
	target bool     // "+"
	words  []string // alternatives for a word element
}

//go:embed verbs.txt
var verbsTxt string

var defaultVerbs = sync.OnceValue(func() *Verbs {
	v, err := ParseVerbs("verbs.txt", verbsTxt)
	if err != nil {
		// The embedded dictionary is checked by the package tests; a broken
		// one is a build defect, not an input error.
		panic("coder: embedded " + err.Error())
	}
	return v
})

// DefaultVerbs returns the project's verb dictionary, embedded from verbs.txt.
func DefaultVerbs() *Verbs { return defaultVerbs() }

// ParseVerbs reads a verb dictionary in the verbs.txt format; file names
// it in errors and in the rule references of coded events.
func ParseVerbs(file, text string) (*Verbs, error) {
	p := verbParser{v: &Verbs{
		file:     file,
		forms:    map[string]form{},
		verbs:    map[string]*verb{},
		controls: map[string]map[string]string{},
		negators: map[string]bool{},
		passive:  map[string]bool{},
		breaks:   map[string]bool{},
		nouns:    map[string]*verb{},
	}, controlOf: map[string]string{}, nounOf: map[string]string{}, opened: map[*verb]bool{}}
	for i, line := range strings.Split(text, "\n") {
		if err := p.line(i+1, line); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", file, i+1, err)
		}
	}
	if err := p.finish(); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return p.v, nil
}

type verbParser struct {
	v         *Verbs
	cur       *verb
	controlOf map[string]string // lemma → class, resolved in finish
	nounOf    map[string]string // noun → lemma, resolved in finish
	says      []string
	opened    map[*verb]bool // verbs opened by a bare lemma, not yet defined in full
}

func (p *verbParser) line(n int, line string) error {
	if i := strings.Index(line, "#"); i >= 0 {
		line = line[:i]
	}
	line = strings.TrimRight(line, " \t\r")
	if strings.TrimSpace(line) == "" {
		return nil
	}
	f := strings.Fields(line)
	switch {
	case f[0][0] == '@':
		p.cur = nil
		return p.directive(f)
	case line[0] == ' ' || line[0] == '\t':
		if p.cur == nil {
			return fmt.Errorf("pattern %q outside a verb entry", strings.TrimSpace(line))
		}
		return p.pattern(n, f)
	default:
		return p.verbLine(n, f)
	}
}

func (p *verbParser) directive(f []string) error {
	args := f[1:]
	switch f[0] {
	case "@control":
		if len(args) < 2 {
			return fmt.Errorf("@control needs a class and at least one verb")
		}
		for _, lemma := range args[1:] {
			p.controlOf[lemma] = args[0]
		}
	case "@map":
		if len(args) != 3 {
			return fmt.Errorf("@map needs CLASS PREFIX CODE, got %d fields", len(args))
		}
		if _, ok := cameo.Lookup(args[2]); !ok {
			return fmt.Errorf("@map %s %s: unknown CAMEO code %s", args[0], args[1], args[2])
		}
		m := p.v.controls[args[0]]
		if m == nil {
			m = map[string]string{}
			p.v.controls[args[0]] = m
		}
		if _, dup := m[args[1]]; dup {
			return fmt.Errorf("@map %s %s defined twice", args[0], args[1])
		}
		m[args[1]] = args[2]
	case "@negators":
		addAll(p.v.negators, args)
	case "@passive":
		addAll(p.v.passive, args)
	case "@breaks":
		addAll(p.v.breaks, args)
	case "@say":
		p.says = append(p.says, args...)
	case "@noun":
		if len(args) != 2 {
			return fmt.Errorf("@noun needs NOUN LEMMA, got %d fields", len(args))
		}
		p.nounOf[strings.ToLower(args[0])] = args[1]
	default:
		return fmt.Errorf("unknown directive %s", f[0])
	}
	return nil
}

func addAll(set map[string]bool, words []string) {
	for _, w := range words {
		set[strings.ToLower(w)] = true
	}
}

// verbLine reads "LEMMA[/PAST/PARTICIPLE[/GERUND]] [CODE[:PAIRED]] [mutual]".
func (p *verbParser) verbLine(n int, f []string) error {
	slots := strings.Split(f[0], "/")
	if len(slots) == 2 || len(slots) > 4 {
		return fmt.Errorf("verb %q: give LEMMA, LEMMA/PAST/PARTICIPLE or LEMMA/PAST/PARTICIPLE/GERUND", f[0])
	}
	lemmas := strings.Split(slots[0], "|")
	bare := len(f) == 1 && len(slots) == 1 && len(lemmas) == 1
	if old, ok := p.v.verbs[f[0]]; ok && bare {
		// A bare lemma already defined reopens that verb for more
		// patterns, so that a later section of the file can add the
		// phrasings that need the tree ("ruled that ... is unlawful")
		// without editing the verb's own block.
		p.cur = old
		return nil
	}
	v := &verb{lemma: lemmas[0], line: n}
	if old, ok := p.v.verbs[lemmas[0]]; ok && p.opened[old] && old.def == nil {
		// A bare lemma may open a verb that a later line defines in full
		// (its irregular forms, its own code), so that a section can hold
		// the phrasings of its acts ("took the government to court") for
		// a verb another section defines.
		v, old.line = old, n
		delete(p.opened, old)
	} else if bare {
		p.opened[v] = true
	}
	for _, l := range lemmas {
		if w, dup := p.v.verbs[l]; dup && w != v {
			return fmt.Errorf("verb %s defined twice", l)
		}
		p.v.verbs[l] = v
	}
	for _, l := range lemmas {
		third, past, gerund := inflect(l)
		p.addForm(l, v, formBase)
		p.addForm(third, v, formThird)
		if len(slots) == 1 {
			p.addForm(past, v, formPast)
		}
		if len(slots) < 4 {
			p.addForm(gerund, v, formGerund)
		}
	}
	for i, kind := range []formKind{formPast, formPast, formGerund} {
		if i+1 < len(slots) {
			for _, w := range strings.Split(slots[i+1], "|") {
				p.addForm(w, v, kind)
			}
		}
	}
	p.cur = v
	if len(f) == 1 {
		return nil
	}
	pat, err := p.codes(n, f[1:])
	if err != nil {
		return fmt.Errorf("verb %s: %w", v.lemma, err)
	}
	pat.elems = nil
	pat.rule = fmt.Sprintf("%s:%d %s * +", p.v.file, n, strings.ToUpper(v.lemma))
	v.def = pat
	return nil
}

// addForm records a word form; a form shared by two verbs keeps the first.
func (p *verbParser) addForm(w string, v *verb, kind formKind) {
	w = strings.ToLower(w)
	old, ok := p.v.forms[w]
	if ok && old.verb != v {
		return
	}
	p.v.forms[w] = form{verb: v, kind: old.kind | kind}
}

// pattern reads "* ELEMENT... CODE[:PAIRED] [mutual|alone]". "alone"
// marks an act done to no one ("pleaded guilty to", "at the Superior
// Court"): the actor after the words is not its target.
func (p *verbParser) pattern(n int, f []string) error {
	if f[0] != "*" {
		return fmt.Errorf("pattern %q must start with *", strings.Join(f, " "))
	}
	end := len(f)
	alone := false
	switch f[end-1] {
	case "mutual":
		end--
	case "alone":
		end, alone = end-1, true
	}
	if end < 2 {
		return fmt.Errorf("pattern %q has no code", strings.Join(f, " "))
	}
	codeFields := f[end-1:] // the code and "mutual"
	if alone {
		codeFields = f[end-1 : end]
	}
	pat, err := p.codes(n, codeFields)
	if err != nil {
		return err
	}
	pat.alone = alone
	for _, w := range f[1 : end-1] {
		if w == "+" && alone {
			return fmt.Errorf("pattern %q names a target and is alone", strings.Join(f, " "))
		}
		if w == "+" {
			pat.elems = append(pat.elems, elem{target: true})
			continue
		}
		if w == "*" {
			return fmt.Errorf("pattern %q has a second *", strings.Join(f, " "))
		}
		pat.elems = append(pat.elems, elem{words: strings.Split(strings.ToLower(w), "|")})
		pat.literals++
	}
	pat.rule = fmt.Sprintf("%s:%d %s %s", p.v.file, n, strings.ToUpper(p.cur.lemma), strings.ToUpper(strings.Join(f[:end-1], " ")))
	p.cur.patterns = append(p.cur.patterns, pat)
	return nil
}

// codes reads "CODE[:PAIRED] [mutual]" into a pattern.
func (p *verbParser) codes(n int, f []string) (*pattern, error) {
	pat := &pattern{line: n}
	if len(f) > 1 {
		if len(f) > 2 || f[1] != "mutual" {
			return nil, fmt.Errorf("unexpected %q after the code", strings.Join(f[1:], " "))
		}
		pat.mutual = true
	}
	if f[0] == "---" {
		return pat, nil
	}
	code, paired, hasPaired := strings.Cut(f[0], ":")
	if _, ok := cameo.Lookup(code); !ok {
		return nil, fmt.Errorf("unknown CAMEO code %q", code)
	}
	if _, ok := cameo.Lookup(paired); hasPaired && !ok {
		return nil, fmt.Errorf("unknown CAMEO code %q after the colon", paired)
	}
	pat.code, pat.paired = code, paired
	return pat, nil
}

// finish resolves the verbs named by directives (creating code-less
// entries with regular forms for those not listed as verbs) and orders
// each verb's patterns.
func (p *verbParser) finish() error {
	lookup := func(lemma string) *verb {
		if v, ok := p.v.verbs[lemma]; ok {
			return v
		}
		p.cur = nil
		_ = p.verbLine(0, []string{lemma})
		return p.v.verbs[lemma]
	}
	for lemma, class := range p.controlOf {
		if _, ok := p.v.controls[class]; !ok {
			return fmt.Errorf("@control %s: no @map %s lines", class, class)
		}
		lookup(lemma).control = class
	}
	if len(p.v.negators) > 0 && p.v.controls["negate"] == nil {
		return fmt.Errorf("@negators given but no @map negate lines")
	}
	for _, lemma := range p.says {
		lookup(lemma).say = true
	}
	for noun, lemma := range p.nounOf {
		v, ok := p.v.verbs[lemma]
		if !ok {
			return fmt.Errorf("@noun %s %s: no verb %s", noun, lemma, lemma)
		}
		p.v.nouns[noun] = v
	}
	for _, v := range p.v.verbs {
		sort.SliceStable(v.patterns, func(i, j int) bool {
			return len(v.patterns[i].elems) > len(v.patterns[j].elems)
		})
	}
	return nil
}

// mapCode returns the code an act takes under a control class or
// negation: the @map entry with the longest prefix of the act's code.
func (v *Verbs) mapCode(class, code string) (string, bool) {
	m := v.controls[class]
	for n := len(code); n >= 2; n-- {
		if c, ok := m[code[:n]]; ok {
			return c, true
		}
	}
	return "", false
}
