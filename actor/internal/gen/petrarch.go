package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"time"
)

// petrarchActor is one block of a PETRARCH actor dictionary: its primary
// phrase, synonyms and codes, with the file and line it starts at.
type petrarchActor struct {
	file  string
	line  int
	names []string // PETRARCH words: "VLADIMIR_V._PUTIN_"
	codes []petrarchCode
}

// petrarchCode is one "[CODE]" or "[CODE dates]" item; bad marks an item
// whose dates do not parse, so it is left out.
type petrarchCode struct {
	code     string
	from, to time.Time
	dated    bool
	bad      bool
}

// readPetrarchActors reads the blocks of a PETRARCH actor dictionary:
// primary lines without a code yet share the codes that follow them. It
// differs from petrarch.ReadActors, and people-petrarch.tsv depends on
// that: ReadActors starts a block at every primary line, as PETRARCH does,
// so the name variants listed one per primary line above their codes
// (BORIS_YELTSIN_, YELTSIN, … GERALD_R._FORD_) get no code there, and it
// reads "[CODE > yymmdd]", with a space in the date, which this reader
// leaves out as bad. This reader also lets a primary line join a block
// whose only code was bad (DAVID_CAMERON_ takes ALAN_JOHNSON_'s terms).
func readPetrarchActors(path string) ([]petrarchActor, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []petrarchActor
	var b petrarchActor
	flush := func() {
		if b.line > 0 {
			out = append(out, b)
		}
		b = petrarchActor{file: path}
	}
	b.file = path
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		text, _, _ := strings.Cut(raw, "#")
		line := strings.TrimSpace(text)
		switch {
		case line == "":
		case strings.HasPrefix(raw, "\t") || strings.HasPrefix(line, "["):
			if b.line > 0 {
				b.codes = append(b.codes, parseCodes(line)...)
			}
		case strings.HasPrefix(line, "+"):
			if b.line > 0 {
				name, rest, _ := strings.Cut(line[1:], "[")
				b.names = append(b.names, strings.TrimSpace(name))
				b.codes = append(b.codes, parseCodes("["+rest)...)
			}
		default:
			if b.line == 0 || len(b.codes) > 0 {
				flush()
				b.line = n
			}
			name, rest, _ := strings.Cut(line, "[")
			b.names = append(b.names, strings.TrimSpace(name))
			b.codes = append(b.codes, parseCodes("["+rest)...)
		}
	}
	flush()
	return out, sc.Err()
}

// parseCodes reads the "[CODE]" and "[CODE yymmdd-yymmdd]" items of s.
func parseCodes(s string) []petrarchCode {
	var out []petrarchCode
	for {
		open := strings.IndexByte(s, '[')
		if open < 0 {
			return out
		}
		end := strings.IndexByte(s[open:], ']')
		if end < 0 {
			return out
		}
		f := strings.Fields(s[open+1 : open+end])
		s = s[open+end+1:]
		if len(f) == 0 {
			continue
		}
		c := petrarchCode{code: f[0], bad: len(f) > 2}
		if len(f) == 2 {
			c.dated = true
			c.from, c.to, c.bad = petrarchDates(f[1])
		}
		out = append(out, c)
	}
}

// petrarchDates reads "yymmdd-yymmdd", ">yymmdd" and "<yymmdd"; bad is
// true when they do not parse.
func petrarchDates(s string) (from, to time.Time, bad bool) {
	var err error
	switch {
	case strings.HasPrefix(s, ">"):
		from, err = petrarchDate(s[1:])
	case strings.HasPrefix(s, "<"):
		to, err = petrarchDate(s[1:])
	default:
		a, z, ok := strings.Cut(s, "-")
		if !ok {
			return from, to, true
		}
		if from, err = petrarchDate(a); err == nil {
			to, err = petrarchDate(z)
		}
	}
	return from, to, err != nil || !to.IsZero() && to.Before(from)
}

// petrarchDate reads yymmdd (years after 30 are 1900s) or yyyymmdd.
func petrarchDate(s string) (time.Time, error) {
	layout := "060102"
	if len(s) == 8 {
		layout = "20060102"
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return t, fmt.Errorf("date %q", s)
	}
	if len(s) == 6 && t.Year() > 2030 {
		t = t.AddDate(-100, 0, 0)
	}
	return t, nil
}
