package coder

import (
	"fmt"
	"maps"
	"strings"
	"sync"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/cameo"
)

// Pattern is a verb pattern given in words, for dictionaries read from
// other formats (PETRARCH's CAMEO verb file). Each word element may list
// alternatives as "A|B"; matching ignores case.
type Pattern struct {
	// Before are words that must stand before the verb in its clause, in
	// order, each at most three words from the next (PETRARCH's pre-verb
	// words). "$" (the source's place) is allowed and ignored: the
	// source is always the verb's subject.
	Before []string
	// After are the words that must follow the verb, in order, each at
	// most three words from the previous one. "+" is the target: the first
	// actor there. Without "+" anywhere, the first actor after the
	// matched words, if any, is the target.
	After []string
	// Prep, when set, is the preposition of a phrase the pattern needs
	// after After ("with" in "meet * with +"); PrepWords are the words
	// after the preposition, "+" again the target.
	Prep      string
	PrepWords []string
	// Code is the CAMEO code of the act in the active voice; "" or "---"
	// means the words code nothing (a phrase that is not an event).
	Code string
	// Paired, when set, is the code of the same act seen from the
	// target's side ("visit": 042 paired with 043).
	Paired string
	// Passive, when set, is the code of the verb in the passive voice
	// (PETRARCH's [active:passive]); else a passive codes Code with
	// source and target swapped ("X was attacked by Y" is Y → X).
	Passive string
	// Mutual marks acts done together: "X and Y met" codes both ways.
	Mutual bool
	// Rule is the reference recorded as the evidence of coded events
	// ("CAMEO.2.0.txt:4120 - * + TO [042]"); a description of the
	// pattern is used when empty.
	Rule string
}

// NewVerbs returns a dictionary without coding verbs that knows the
// built-in function words: negators, passive auxiliaries, clause breaks,
// verbs of saying and control verbs ("agree to", "refuse to") with their
// code maps. Fill it with AddVerb and AddPattern.
func NewVerbs() *Verbs {
	v := DefaultVerbs().Clone()
	v.file = "added"
	for lemma, vb := range v.verbs {
		if vb.control == "" && !vb.say {
			delete(v.verbs, lemma)
			continue
		}
		vb.def, vb.patterns = nil, nil
	}
	for w, f := range v.forms {
		if _, kept := v.verbs[f.verb.lemma]; !kept {
			delete(v.forms, w)
		}
	}
	clear(v.nouns)
	return v
}

// Clone returns a copy of v that can be changed (with AddVerb and
// AddPattern) without changing v: DefaultVerbs().Clone() extends the
// built-in dictionary.
func (v *Verbs) Clone() *Verbs {
	c := &Verbs{
		file:     v.file,
		forms:    make(map[string]form, len(v.forms)),
		verbs:    make(map[string]*verb, len(v.verbs)),
		controls: make(map[string]map[string]string, len(v.controls)),
		negators: maps.Clone(v.negators),
		passive:  maps.Clone(v.passive),
		breaks:   maps.Clone(v.breaks),
		nouns:    make(map[string]*verb, len(v.nouns)),
	}
	copies := map[*verb]*verb{}
	for lemma, vb := range v.verbs {
		cp, ok := copies[vb]
		if !ok {
			x := *vb
			x.patterns = append([]*pattern(nil), vb.patterns...)
			cp = &x
			copies[vb] = cp
		}
		c.verbs[lemma] = cp
	}
	for w, f := range v.forms {
		c.forms[w] = form{verb: copies[f.verb], kind: f.kind}
	}
	for noun, vb := range v.nouns {
		c.nouns[noun] = copies[vb]
	}
	for class, m := range v.controls {
		c.controls[class] = maps.Clone(m)
	}
	return c
}

// AddVerb adds a verb: its lemma, forms that the regular rules (-s, -ed,
// -ing) do not give, and the code of the verb alone with the first actor
// after it as the target ("" or "---": the verb codes only through its
// patterns). A form ending in "ing" is a gerund, any other a past tense
// or participle. A lemma of several words ("carry_out" or "carry out")
// adds its first word as the verb and the code as a pattern of the other
// words. For a lemma already known the forms are added and the code is
// set if it had none; a second, different code is an error.
func (v *Verbs) AddVerb(lemma string, forms []string, code string) error {
	words := splitLemma(lemma)
	if len(words) == 0 {
		return fmt.Errorf("verb %q: empty lemma", lemma)
	}
	if len(words) > 1 {
		vb := v.ensureVerb(words[0], forms)
		return v.addPattern(vb, Pattern{After: words[1:], Code: code})
	}
	vb := v.ensureVerb(words[0], forms)
	if code == "" || code == "---" {
		return nil
	}
	p, err := v.compile(vb, Pattern{Code: code})
	if err != nil {
		return fmt.Errorf("verb %s: %w", lemma, err)
	}
	if vb.def != nil && vb.def.code != p.code {
		return fmt.Errorf("verb %s: code %s given, but it already codes %s (%s)", lemma, code, vb.def.code, vb.def.rule)
	}
	vb.def = p
	return nil
}

// AddPattern adds a pattern to a verb, adding the verb (with regular
// forms and no code of its own) if it is not known yet. A multi-word
// lemma puts its other words in front of p.After.
func (v *Verbs) AddPattern(lemma string, p Pattern) error {
	words := splitLemma(lemma)
	if len(words) == 0 {
		return fmt.Errorf("verb %q: empty lemma", lemma)
	}
	vb := v.ensureVerb(words[0], nil)
	if len(words) > 1 {
		p.After = append(append([]string(nil), words[1:]...), p.After...)
	}
	return v.addPattern(vb, p)
}

func (v *Verbs) addPattern(vb *verb, p Pattern) error {
	pat, err := v.compile(vb, p)
	if err != nil {
		return fmt.Errorf("verb %s: %w", vb.lemma, err)
	}
	if len(pat.elems) == 0 && len(pat.pre) == 0 {
		// A pattern of no words is the verb alone.
		if vb.def == nil {
			vb.def = pat
		}
		return nil
	}
	// Longest first, then in the order added, as ParseVerbs orders them.
	i := len(vb.patterns)
	for i > 0 && len(vb.patterns[i-1].elems) < len(pat.elems) {
		i--
	}
	vb.patterns = append(vb.patterns, nil)
	copy(vb.patterns[i+1:], vb.patterns[i:])
	vb.patterns[i] = pat
	return nil
}

func splitLemma(lemma string) []string {
	return strings.FieldsFunc(strings.ToLower(lemma), func(r rune) bool { return r == '_' || r == ' ' })
}

// ensureVerb returns the verb of lemma, creating it with its regular
// forms, and records extra forms.
func (v *Verbs) ensureVerb(lemma string, forms []string) *verb {
	vb, ok := v.verbs[lemma]
	p := verbParser{v: v}
	if !ok {
		vb = &verb{lemma: lemma}
		v.verbs[lemma] = vb
		third, past, gerund := inflect(lemma)
		p.addForm(lemma, vb, formBase)
		p.addForm(third, vb, formThird)
		p.addForm(past, vb, formPast)
		p.addForm(gerund, vb, formGerund)
	}
	for _, f := range forms {
		kind := formPast
		if strings.HasSuffix(strings.ToLower(f), "ing") {
			kind = formGerund
		}
		p.addForm(f, vb, kind)
	}
	return vb
}

// compile checks a Pattern and turns it into the coder's form.
func (v *Verbs) compile(vb *verb, p Pattern) (*pattern, error) {
	pat := &pattern{mutual: p.Mutual, rule: p.Rule}
	for _, c := range []struct {
		name string
		code string
		dst  *string
	}{{"code", p.Code, &pat.code}, {"paired code", p.Paired, &pat.paired}, {"passive code", p.Passive, &pat.passive}} {
		if c.code == "" || c.code == "---" {
			continue
		}
		if _, ok := cameo.Lookup(c.code); !ok {
			return nil, fmt.Errorf("pattern %s: unknown CAMEO %s %q", describe(vb, p), c.name, c.code)
		}
		*c.dst = c.code
	}
	for _, w := range p.Before {
		if w == "$" {
			continue
		}
		if w == "+" || w == "*" || w == "" {
			return nil, fmt.Errorf("pattern %s: %q cannot stand before the verb", describe(vb, p), w)
		}
		if pat.pre == nil {
			pat.pre = make([]elem, 0, len(p.Before))
		}
		pat.pre = append(pat.pre, elem{words: alternatives(w)})
	}
	if p.Prep == "" && len(p.PrepWords) > 0 {
		return nil, fmt.Errorf("pattern %s: words for a prepositional phrase without its preposition", describe(vb, p))
	}
	n := len(p.After)
	if p.Prep != "" {
		n += 1 + len(p.PrepWords)
	}
	if n > 0 {
		pat.elems = make([]elem, 0, n)
	}
	for i := range n {
		w := elemWord(p, i)
		switch w {
		case "+":
			pat.elems = append(pat.elems, elem{target: true})
		case "$", "*", "":
			return nil, fmt.Errorf("pattern %s: %q cannot follow the verb", describe(vb, p), w)
		default:
			pat.elems = append(pat.elems, elem{words: alternatives(w)})
			pat.literals++
		}
	}
	if pat.rule == "" {
		pat.rule = v.file + " " + describe(vb, p)
	}
	return pat, nil
}

// elemWord is the i-th word after the verb: After, then Prep and its
// PrepWords.
func elemWord(p Pattern, i int) string {
	if i < len(p.After) {
		return p.After[i]
	}
	if i -= len(p.After); i == 0 {
		return p.Prep
	}
	return p.PrepWords[i-1]
}

// wordLists interns the alternatives of pattern words ("a|b|c" → [a b
// c]): a PETRARCH block gives the same patterns, with the same long
// synset lists, to each of its verbs, and compiled lists are only read,
// so one copy serves every pattern of every dictionary. It holds a few
// thousand lists at most (the distinct words of the dictionaries loaded).
var wordLists = struct {
	sync.Mutex
	m map[string][]string
}{m: map[string][]string{}}

// alternatives returns the interned lower-case alternatives of w.
func alternatives(w string) []string {
	w = strings.ToLower(w)
	wordLists.Lock()
	defer wordLists.Unlock()
	if l, ok := wordLists.m[w]; ok {
		return l
	}
	w = strings.Clone(w) // not to keep a larger string it may be part of
	l := strings.Split(w, "|")
	wordLists.m[w] = l
	return l
}

// describe writes a pattern the way verbs.txt does: "MEET * WITH +".
func describe(vb *verb, p Pattern) string {
	parts := []string{strings.ToUpper(vb.lemma)}
	parts = append(parts, p.Before...)
	parts = append(parts, "*")
	parts = append(parts, p.After...)
	if p.Prep != "" {
		parts = append(append(parts, p.Prep), p.PrepWords...)
	}
	return strings.ToUpper(strings.Join(parts, " "))
}

// Actors returns the actor dictionary c codes with, so that later stages
// (places, quotations) tell actors with the same dictionary.
func (c *Coder) Actors() *actor.Dict { return c.actors }
