package actor

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// LoadPetrarchActors reads an actor dictionary in the PETRARCH/TABARI
// format (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
// Phoenix.MilNonState.actors.txt) into d. A block is a primary line
// ("HAMAS_ [PSEREB]"), its "+SYNONYM" lines and tab-indented code lines;
// dated codes ("[IGOWSTNAT 951205-991006]", "[USAGOV >170120]",
// "[USAELI <090120]") become terms of office, so the name is coded by date.
// An undated code makes a named actor: a country ("[AFG]"), an
// organisation ("IGO…", "NGO…") or a group (anything else). PETRARCH's
// words are upper case; they are matched as capitalised names.
func (d *Dict) LoadPetrarchActors(r io.Reader, file string) error {
	var errs []error
	var b petrarchBlock
	flush := func() {
		if err := b.add(d); err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", file, b.line, err))
		}
		b = petrarchBlock{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		text, _, _ := strings.Cut(raw, "#")
		line := strings.TrimSpace(text)
		switch {
		case line == "":
			continue
		case strings.HasPrefix(raw, "\t") || strings.HasPrefix(line, "["):
			if b.line == 0 {
				errs = append(errs, fmt.Errorf("%s:%d: code line outside a block", file, n))
				continue
			}
			if err := b.codes(line); err != nil {
				errs = append(errs, fmt.Errorf("%s:%d: %w", file, n, err))
			}
		case strings.HasPrefix(line, "+"):
			if b.line == 0 {
				errs = append(errs, fmt.Errorf("%s:%d: synonym outside a block", file, n))
				continue
			}
			name, rest, _ := strings.Cut(line[1:], "[")
			b.names = append(b.names, petrarchWords(name))
			if rest != "" {
				if err := b.codes("[" + rest); err != nil {
					errs = append(errs, fmt.Errorf("%s:%d: %w", file, n, err))
				}
			}
		default:
			// Primary lines with no code yet share the codes that follow.
			if b.line == 0 || len(b.terms) > 0 {
				flush()
				b.line = n
			}
			name, rest, _ := strings.Cut(line, "[")
			b.names = append(b.names, petrarchWords(name))
			if rest != "" {
				if err := b.codes("[" + rest); err != nil {
					errs = append(errs, fmt.Errorf("%s:%d: %w", file, n, err))
				}
			}
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", file, err))
	}
	return errors.Join(errs...)
}

// petrarchBlock is one actor of a PETRARCH dictionary being read.
type petrarchBlock struct {
	line  int // of the primary phrase
	names []string
	terms []term // code, from, to; zero dates for undated codes
}

// codes reads "[CODE]" and "[CODE yymmdd-yymmdd]" items from s.
func (b *petrarchBlock) codes(s string) error {
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] != '[' {
			return fmt.Errorf("%q: want [CODE] or [CODE dates]", s)
		}
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return fmt.Errorf("%q: unclosed [", s)
		}
		f := strings.Fields(s[1:end])
		s = s[end+1:]
		if len(f) == 0 || len(f) > 2 {
			return fmt.Errorf("[%s]: want [CODE] or [CODE dates]", strings.Join(f, " "))
		}
		t := term{code: f[0]}
		if len(f) == 2 {
			var err error
			if t.from, t.to, err = petrarchDates(f[1]); err != nil {
				return err
			}
		}
		b.terms = append(b.terms, t)
	}
	return nil
}

func (b *petrarchBlock) add(d *Dict) error {
	if b.line == 0 {
		return nil
	}
	if len(b.terms) == 0 {
		return fmt.Errorf("%s has no [CODE]", b.names[0])
	}
	dated := false
	for _, t := range b.terms {
		dated = dated || !t.from.IsZero() || !t.to.IsZero()
	}
	if dated {
		for _, t := range b.terms {
			if err := d.AddTerm(t.code, t.from, t.to, "", b.names...); err != nil {
				return err
			}
		}
		return nil
	}
	code := b.terms[0].code
	kind := Group
	switch {
	case strings.HasPrefix(code, "IGO"):
		kind = IGO
	case strings.HasPrefix(code, "NGO"):
		kind = NGO
	case len(code) == 3:
		if _, ok := d.countries[code]; ok {
			kind = Country
		}
	}
	return d.AddActor(kind, code, b.names...)
}

// petrarchWords turns "JAVIER_SOLANA_" into "Javier Solana": PETRARCH's
// upper case becomes capitalised words, which match "Solana" and "SOLANA".
func petrarchWords(p string) string {
	ws := strings.Fields(strings.ReplaceAll(p, "_", " "))
	for i, w := range ws {
		ws[i] = w[:1] + strings.ToLower(w[1:])
	}
	return strings.Join(ws, " ")
}

// petrarchDates reads "yymmdd-yymmdd", ">yymmdd" (from) and "<yymmdd"
// (until).
func petrarchDates(s string) (from, to time.Time, err error) {
	switch {
	case strings.HasPrefix(s, ">"):
		from, err = petrarchDate(s[1:])
	case strings.HasPrefix(s, "<"):
		to, err = petrarchDate(s[1:])
	default:
		a, z, ok := strings.Cut(s, "-")
		if !ok {
			return from, to, fmt.Errorf("dates %q: want yymmdd-yymmdd, >yymmdd or <yymmdd", s)
		}
		if from, err = petrarchDate(a); err == nil {
			to, err = petrarchDate(z)
		}
	}
	return from, to, err
}

// petrarchDate reads yymmdd or yyyymmdd. The dictionaries date from 2014
// and reach back to the 1930s, so two-digit years after 30 are 1900s.
func petrarchDate(s string) (time.Time, error) {
	layout := "060102"
	if len(s) == 8 {
		layout = "20060102"
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return t, fmt.Errorf("date %q is not yymmdd", s)
	}
	if len(s) == 6 && t.Year() > 2030 {
		t = t.AddDate(-100, 0, 0)
	}
	return t, nil
}
