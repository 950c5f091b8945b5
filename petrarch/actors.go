package petrarch

import (
	"fmt"
	"io"
	"strings"
	"time"
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
// ("HAMAS_ [PSEREB]"), its "+SYNONYM" lines and tab-indented code lines;
// primary lines without a code share the codes that follow them. Text
// after a line's last code is a note and is ignored, as PETRARCH does
// (the International file carries company sectors and revenues there).
// Lines that cannot be read are returned as errors and skipped.
func ReadActors(r io.Reader, file string) (*ActorDict, []error) {
	d := &ActorDict{File: file}
	errs := errorList{file: file}
	var cur *Actor
	flush := func() {
		if cur == nil {
			return
		}
		if len(cur.Codes) == 0 {
			errs.add(cur.Line, "actor %s has no [CODE]", strings.Join(cur.Names[0], "_"))
		} else {
			d.Actors = append(d.Actors, *cur)
		}
		cur = nil
	}
	eachLine(r, &errs, func(n int, raw string) {
		line := stripComment(raw)
		if line == "" {
			return
		}
		switch {
		case strings.HasPrefix(raw, "\t") || strings.HasPrefix(raw, " ") || line[0] == '[':
			if cur == nil {
				errs.add(n, "code line %q outside an actor block", line)
				return
			}
			codes, err := actorCodes(line)
			if err != nil {
				errs.add(n, "%v", err)
				return
			}
			cur.Codes = append(cur.Codes, codes...)
		case line[0] == '+':
			if cur == nil {
				errs.add(n, "synonym %q outside an actor block", line)
				return
			}
			name, codes, err := actorLine(line[1:])
			if err != nil {
				errs.add(n, "%v", err)
				return
			}
			cur.Names = append(cur.Names, name)
			cur.Codes = append(cur.Codes, codes...)
		default:
			name, codes, err := actorLine(line)
			if err != nil {
				errs.add(n, "%v", err)
				return
			}
			if cur == nil || len(cur.Codes) > 0 {
				flush()
				cur = &Actor{Line: n}
			}
			cur.Names = append(cur.Names, name)
			cur.Codes = append(cur.Codes, codes...)
		}
	})
	flush()
	return d, errs.errs
}

// actorLine reads "PHRASE_WORDS_ [CODE] [CODE dates]…".
func actorLine(s string) ([]string, []ActorCode, error) {
	phrase, rest, _ := strings.Cut(s, "[")
	if strings.ContainsAny(phrase, "]{}") {
		return nil, nil, fmt.Errorf("actor %q: unexpected bracket in the phrase", strings.TrimSpace(s))
	}
	name := words(phrase)
	if len(name) == 0 {
		return nil, nil, fmt.Errorf("actor line %q has no phrase", strings.TrimSpace(s))
	}
	if rest == "" {
		return name, nil, nil
	}
	codes, err := actorCodes("[" + rest)
	if err != nil {
		return nil, nil, fmt.Errorf("actor %s: %w", strings.Join(name, "_"), err)
	}
	return name, codes, nil
}

// actorCodes reads "[CODE]", "[CODE yymmdd-yymmdd]", "[CODE >yymmdd]" and
// "[CODE <yymmdd]" items; text after the last one is a note.
func actorCodes(s string) ([]ActorCode, error) {
	var out []ActorCode
	for s = strings.TrimSpace(s); strings.HasPrefix(s, "["); s = strings.TrimSpace(s) {
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return nil, fmt.Errorf("%q: unbalanced [", s)
		}
		item := s[1:end]
		if strings.ContainsAny(item, "[{}") {
			return nil, fmt.Errorf("[%s]: unbalanced brackets", item)
		}
		f := strings.Fields(item)
		if len(f) == 0 {
			return nil, fmt.Errorf("[]: empty code")
		}
		c := ActorCode{Code: f[0]}
		if !actorCodeOK(c.Code) {
			return nil, fmt.Errorf("[%s]: %q is not a CAMEO actor code", item, c.Code)
		}
		if len(f) > 1 {
			// "[EGYGOV > 140608]": the date may stand apart from its sign.
			var err error
			if c.From, c.To, err = dateRange(strings.Join(f[1:], "")); err != nil {
				return nil, fmt.Errorf("[%s]: %w", item, err)
			}
		}
		out = append(out, c)
		s = s[end+1:]
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%q: want [CODE] or [CODE dates]", s)
	}
	return out, nil
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
