package petrarch

import (
	"fmt"
	"io"
	"strings"
)

// AgentDict is a PETRARCH agent dictionary (Phoenix.agents.txt): role
// words that add a role to an actor's code ("POLICE" → ~COP).
type AgentDict struct {
	File   string
	Agents []Agent
	// Substitutions are the "!PERSON! = MAN, MEN, …" sets, by name
	// without the "!".
	Substitutions map[string][]string
}

// Agent is one line of an agent dictionary with its phrases expanded:
// substitution sets filled in and plurals added.
type Agent struct {
	Line    int
	Phrases [][]string // as words: [FOREIGN MINISTER], [FOREIGN MINISTERS] …
	Code    string     // "GOV"
	// Prefix is true for "[CODE~]", whose code goes before the actor's
	// ("IGO" for peacekeepers); "[~CODE]" appends it.
	Prefix bool
}

// ReadAgents reads an agent dictionary: "PHRASE {PLURAL…} [~CODE]" lines,
// where "{}" means no plural and no braces a regular plural, and
// "!NAME! = A, B, …" substitution sets used as "CATTLE!PERSON!" or
// "FOREIGN_!MINIST!". Lines that cannot be read are returned as errors
// and skipped.
func ReadAgents(r io.Reader, file string) (*AgentDict, []error) {
	d := &AgentDict{File: file, Substitutions: map[string][]string{}}
	errs := errorList{file: file}
	eachLine(r, &errs, func(n int, raw string) {
		line := stripComment(raw)
		if line == "" {
			return
		}
		if line[0] == '!' && strings.Contains(line, "=") {
			if err := d.substitution(line); err != nil {
				errs.add(n, "%v", err)
			}
			return
		}
		a, err := d.agent(line)
		if err != nil {
			errs.add(n, "%v", err)
			return
		}
		a.Line = n
		d.Agents = append(d.Agents, a)
	})
	return d, errs.errs
}

// substitution reads "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON".
func (d *AgentDict) substitution(line string) error {
	name, list, _ := strings.Cut(line, "=")
	name = strings.TrimSpace(name)
	if len(name) < 3 || !strings.HasSuffix(name, "!") || strings.Count(name, "!") != 2 {
		return fmt.Errorf("substitution %q: want !NAME! = WORD, WORD…", line)
	}
	var ws []string
	for _, w := range strings.Split(list, ",") {
		if w = strings.TrimSpace(w); w != "" {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		return fmt.Errorf("substitution %s has no words", name)
	}
	d.Substitutions[strings.Trim(name, "!")] = ws
	return nil
}

func (d *AgentDict) agent(line string) (Agent, error) {
	var a Agent
	if err := balanced(line); err != nil {
		return a, fmt.Errorf("agent %q: %w", line, err)
	}
	open := strings.LastIndexByte(line, '[')
	if open < 0 {
		return a, fmt.Errorf("agent %q has no [~CODE]", line)
	}
	end := strings.IndexByte(line[open:], ']') + open
	if strings.TrimSpace(line[end+1:]) != "" {
		return a, fmt.Errorf("agent %q: text after the code", line)
	}
	code := strings.TrimSpace(line[open+1 : end])
	switch {
	case strings.HasPrefix(code, "~"):
		a.Code = code[1:]
	case strings.HasSuffix(code, "~"):
		a.Code, a.Prefix = code[:len(code)-1], true
	default:
		return a, fmt.Errorf("agent %q: code [%s], want [~CODE] or [CODE~]", line, code)
	}
	if !actorCodeOK(a.Code) || strings.Contains(a.Code, "-") {
		return a, fmt.Errorf("agent %q: %q is not CAMEO role codes", line, a.Code)
	}
	phrase, plurals, braces := strings.Cut(line[:open], "{")
	var pl [][]string
	if braces {
		body, rest, _ := strings.Cut(plurals, "}")
		if strings.TrimSpace(rest) != "" {
			return a, fmt.Errorf("agent %q: text after the plurals", line)
		}
		for _, p := range strings.Fields(body) {
			pl = append(pl, words(p))
		}
	}
	expanded, err := d.expand(strings.TrimSpace(phrase))
	if err != nil {
		return a, fmt.Errorf("agent %q: %w", line, err)
	}
	a.Phrases = expanded
	switch {
	case braces:
		a.Phrases = append(a.Phrases, pl...)
	case !strings.Contains(phrase, "!"):
		// A substitution set lists its plurals itself.
		a.Phrases = append(a.Phrases, plural(expanded[0]))
	}
	return a, nil
}

// expand fills in the "!NAME!" sets of a phrase: one phrase per word of
// the set. "!MINIST! OF_X": the set's word is a word of its own.
func (d *AgentDict) expand(phrase string) ([][]string, error) {
	before, rest, ok := strings.Cut(phrase, "!")
	if !ok {
		ws := words(phrase)
		if len(ws) == 0 {
			return nil, fmt.Errorf("no phrase")
		}
		return [][]string{ws}, nil
	}
	name, after, ok := strings.Cut(rest, "!")
	if !ok {
		return nil, fmt.Errorf("unclosed !%s", rest)
	}
	set, ok := d.Substitutions[name]
	if !ok {
		return nil, fmt.Errorf("unknown substitution !%s!", name)
	}
	var out [][]string
	for _, w := range set {
		more, err := d.expand(before + w + after)
		if err != nil {
			return nil, err
		}
		out = append(out, more...)
	}
	return out, nil
}

// plural makes the regular plural of a phrase's last word.
func plural(ws []string) []string {
	out := append([]string(nil), ws...)
	last := out[len(out)-1]
	u := strings.ToUpper(last)
	switch {
	case strings.HasSuffix(u, "S") || strings.HasSuffix(u, "X") || strings.HasSuffix(u, "Z") ||
		strings.HasSuffix(u, "CH") || strings.HasSuffix(u, "SH"):
		last += "ES"
	case len(u) > 1 && strings.HasSuffix(u, "Y") && !strings.ContainsRune("AEIOU", rune(u[len(u)-2])):
		last = last[:len(last)-1] + "IES"
	default:
		last += "S"
	}
	out[len(out)-1] = last
	return out
}
