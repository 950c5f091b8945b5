package petrarch

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
)

// ActorDict is a PETRARCH actor dictionary (Phoenix.Countries.actors.txt
// and the like).
type ActorDict struct {
	File   string
	Actors []Actor
}

// Actor is one block of an actor dictionary: a primary phrase
// ("BAN_KI-MOON_"), its "+SYNONYM" lines and its codes, each of them
// possibly restricted to dates.
type Actor struct {
	Line  int        // of the primary phrase
	Names [][]string // primary phrase first, as words: [BAN KI-MOON]
	Codes []ActorCode
}

// ActorCode is one code of an actor, "[USAGOV 010120-050120]": zero From
// (or To) means open at that end.
type ActorCode struct {
	Code     string
	From, To time.Time
}

// Dated reports whether the code holds only between some dates.
func (c ActorCode) Dated() bool { return !c.From.IsZero() || !c.To.IsZero() }

// ReadActors reads an actor dictionary. A block is a primary line
// ("HAMAS_ [PSEREB]"), its "+SYNONYM" lines and its code lines ("[CODE]").
// Consecutive primary lines with no code between them are one block of
// name variants sharing the codes below them (BORIS_YELTSIN_, then
// YELTSIN, then the codes); once a block has had a code, good or bad, it
// is closed and the next primary line starts a new block, so a block's
// codes never reach the names after it. A primary line carrying codes of
// its own starts a new block too. Lines are read
// trimmed, as PETRARCH reads them, so an indented line is a code line,
// a synonym or a primary line by its first character alone. Text after a
// line's last code is a note and is ignored, as PETRARCH does (the
// International file carries company sectors and revenues there).
// Problems are returned as errors naming file and line: a bad code is
// left out and the rest of its line kept, and a block left without any
// code is dropped (reported as such unless a bad code was reported in it).
func ReadActors(r io.Reader, file string) (*ActorDict, []error) {
	d := &ActorDict{File: file}
	errs := errorList{file: file}
	// The block being read: its names and codes gather in buffers reused
	// from block to block and are copied into slabs when it is done.
	var (
		cur       Actor
		open      bool // cur holds a block
		names     [][]string
		codes     []ActorCode
		lineCodes []ActorCode // the codes of a primary line
		nameSlab  slab[[]string]
		codeSlab  slab[ActorCode]
		wordSlab  slab[string]
	)
	badCodes := false // a code of cur was reported bad
	coded := false    // cur has had a code, good or bad: it takes no more primary lines
	skip := false     // the primary line was reported bad: skip its block
	flush := func() {
		if !open {
			return
		}
		switch {
		case len(codes) > 0:
			cur.Names, cur.Codes = nameSlab.copy(names), codeSlab.copy(codes)
			d.Actors = append(d.Actors, cur)
		case !badCodes:
			errs.add(cur.Line, "actor %s has no [CODE]", strings.Join(names[0], "_"))
		}
		open, badCodes, names, codes = false, false, names[:0], codes[:0]
	}
	report := func(n int, bad []error) {
		for _, err := range bad {
			errs.add(n, "%v", err)
		}
		badCodes = badCodes || len(bad) > 0
	}
	eachLine(r, &errs, func(n int, raw string) {
		line := stripComment(raw)
		if line == "" {
			return
		}
		switch line[0] {
		case '[':
			if !open {
				if skip {
					return
				}
				errs.add(n, "code line %q outside an actor block", line)
				return
			}
			var bad []error
			codes, bad = actorCodes(line, codes)
			coded = true
			report(n, bad)
		case '+':
			if !open {
				if skip {
					return
				}
				errs.add(n, "synonym %q outside an actor block", line)
				return
			}
			before := len(codes)
			name, more, bad := actorLine(line[1:], codes, &wordSlab)
			if name != nil {
				names, codes = append(names, name), more
				coded = coded || len(codes) > before || len(bad) > 0
			}
			report(n, bad)
		default:
			name, more, bad := actorLine(line, lineCodes[:0], &wordSlab)
			lineCodes = more
			if name != nil && open && !coded && len(more) == 0 && len(bad) == 0 {
				names = append(names, name) // a variant of the names above
				return
			}
			flush()
			if name != nil {
				cur, open = Actor{Line: n}, true
				names, codes = append(names, name), append(codes, more...)
			}
			skip = name == nil
			coded = len(more) > 0 || len(bad) > 0
			report(n, bad)
		}
	})
	flush()
	return d, errs.errs
}

// actorLine reads "PHRASE_WORDS_ [CODE] [CODE dates]…", appending the
// codes to codes and the words of the phrase to ws. It returns a nil name
// when the phrase cannot be read, and an error for each code it could
// not read.
func actorLine(s string, codes []ActorCode, ws *slab[string]) ([]string, []ActorCode, []error) {
	phrase, rest, _ := strings.Cut(s, "[")
	if strings.ContainsAny(phrase, "]{}") {
		return nil, codes, []error{fmt.Errorf("actor %q: unexpected bracket in the phrase", strings.TrimSpace(s))}
	}
	name := phraseWords(phrase, ws)
	if len(name) == 0 {
		return nil, codes, []error{fmt.Errorf("actor line %q has no phrase", strings.TrimSpace(s))}
	}
	if rest == "" {
		return name, codes, nil
	}
	// rest is s after its first "[": read the codes from that bracket on.
	codes, bad := actorCodes(s[len(phrase):], codes)
	for i, err := range bad {
		bad[i] = fmt.Errorf("actor %s: %w", strings.Join(name, "_"), err)
	}
	return name, codes, bad
}

// phraseWords is words(s) in a slab: the words of the many names of an
// actor file take a few allocations.
func phraseWords(s string, ws *slab[string]) []string {
	var buf [16]string
	out := buf[:0]
	for s != "" {
		i := strings.IndexFunc(s, isWordBreak)
		if i < 0 {
			out = append(out, s)
			break
		}
		if i > 0 {
			out = append(out, s[:i])
		}
		s = s[i+1:]
	}
	return ws.copy(out)
}

// actorCodes reads "[CODE]", "[CODE yymmdd-yymmdd]", "[CODE >yymmdd]" and
// "[CODE <yymmdd]" items, appending them to out; text after the last one
// is a note. It returns an error for each item it could not read; an
// unbalanced "[" ends the line.
func actorCodes(s string, out []ActorCode) ([]ActorCode, []error) {
	var bad []error
	for s = strings.TrimSpace(s); strings.HasPrefix(s, "["); s = strings.TrimSpace(s) {
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return out, append(bad, fmt.Errorf("%q: unbalanced [", s))
		}
		c, err := actorCode(s[1:end])
		if err != nil {
			bad = append(bad, err)
		} else {
			out = append(out, c)
		}
		s = s[end+1:]
	}
	return out, bad
}

// actorCode reads one item between brackets: "CODE" or "CODE dates".
func actorCode(item string) (ActorCode, error) {
	if strings.ContainsAny(item, "[{}") {
		return ActorCode{}, fmt.Errorf("[%s]: unbalanced brackets", item)
	}
	code, dates := strings.TrimSpace(item), ""
	if i := strings.IndexFunc(code, unicode.IsSpace); i >= 0 {
		code, dates = code[:i], code[i:]
	}
	if code == "" {
		return ActorCode{}, fmt.Errorf("[]: empty code")
	}
	c := ActorCode{Code: code}
	if !actorCodeOK(c.Code) {
		return ActorCode{}, fmt.Errorf("[%s]: %q is not a CAMEO actor code", item, c.Code)
	}
	if dates = strings.TrimSpace(dates); dates != "" {
		// "[EGYGOV > 140608]": the date may stand apart from its sign.
		if strings.IndexFunc(dates, unicode.IsSpace) >= 0 {
			dates = strings.Join(strings.Fields(dates), "")
		}
		var err error
		if c.From, c.To, err = dateRange(dates); err != nil {
			return ActorCode{}, fmt.Errorf("[%s]: %w", item, err)
		}
	}
	return c, nil
}

// actorCodeOK reports whether s is capital letters and digits in whole
// three-character chunks ("USAGOV", "IGOUNOKID"), or "---" and such.
func actorCodeOK(s string) bool {
	if s == "" || len(s)%3 != 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// dateRange reads "yymmdd-yymmdd", ">yymmdd" (from) and "<yymmdd"
// (until); dates may also be written yyyymmdd.
func dateRange(s string) (from, to time.Time, err error) {
	switch {
	case strings.HasPrefix(s, ">"):
		from, err = date(s[1:])
	case strings.HasPrefix(s, "<"):
		to, err = date(s[1:])
	default:
		a, z, ok := strings.Cut(s, "-")
		if !ok {
			return from, to, fmt.Errorf("dates %q: want yymmdd-yymmdd, >yymmdd or <yymmdd", s)
		}
		if from, err = date(a); err == nil {
			to, err = date(z)
		}
		if err == nil && to.Before(from) {
			err = fmt.Errorf("dates %q end before they start", s)
		}
	}
	return from, to, err
}

// date reads yymmdd or yyyymmdd. The dictionaries date from the 2010s and
// reach back to the 1930s, so two-digit years after 30 are 1900s.
func date(s string) (time.Time, error) {
	layout := "060102"
	if len(s) == 8 {
		layout = "20060102"
	}
	t, err := time.Parse(layout, s)
	if err != nil || len(s) != 6 && len(s) != 8 {
		return time.Time{}, fmt.Errorf("date %q is not yymmdd or yyyymmdd", s)
	}
	if len(s) == 6 && t.Year() > 2030 {
		t = t.AddDate(-100, 0, 0)
	}
	return t, nil
}
