package validate

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// Suite is a validation file.
type Suite struct {
	File    string
	Env     Environment
	Records []Record
}

// Environment names the dictionaries a suite is coded with; file names
// are as written in the suite.
type Environment struct {
	Verbfile    string
	Actorfiles  []string
	Agentfile   string
	Discardfile string
	Include     []string // categories (or flags: "valid") to evaluate; empty: all
	Exclude     []string // categories not to evaluate
}

// Record is one <Sentence> of a suite.
type Record struct {
	Line     int // of the <Sentence> tag
	ID       string
	Date     time.Time // zero when the record has none
	Category string
	// Flags are the evaluate, sentence and valid attributes, by name, as
	// booleans; a record with one of them false is not evaluated.
	Flags    map[string]bool
	Expected []Triple // empty: no events expected
	// ExpectError is the error="…" of an EventCoding: PETRARCH could not
	// code the sentence, so no events are expected.
	ExpectError string
	Text        string
}

// Triple is one event as a validation record states it.
type Triple struct {
	Source, Target, Code string
}

func (t Triple) String() string { return t.Source + ">" + t.Target + " " + t.Code }

// flagNames are the Sentence attributes that mark a record for
// evaluation.
var flagNames = []string{"evaluate", "sentence", "valid"}

// Read reads a suite. Records and elements that cannot be read are
// returned as errors with file:line; the rest of the file is kept, and
// XML that breaks off (a truncated file) ends the reading with an error
// at the line where it broke.
func Read(r io.Reader, file string) (*Suite, []error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return &Suite{File: file}, []error{fmt.Errorf("%s: %w", file, err)}
	}
	rd := &reader{s: &Suite{File: file}, src: blankComments(dropHashLines(src))}
	rd.run()
	return rd.s, rd.errs
}

type reader struct {
	s    *Suite
	src  []byte
	dec  *xml.Decoder
	cur  *Record // the record children attach to
	errs []error
}

func (rd *reader) errorf(line int, format string, args ...any) {
	rd.errs = append(rd.errs, fmt.Errorf("%s:%d: %s", rd.s.File, line, fmt.Sprintf(format, args...)))
}

func (rd *reader) line() int {
	l, _ := rd.dec.InputPos()
	return l
}

func (rd *reader) run() {
	rd.dec = xml.NewDecoder(bytes.NewReader(rd.src))
	rd.dec.Strict = false
	rd.dec.Entity = xml.HTMLEntity
	inEnv := false
	for {
		tok, err := rd.dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			line := rd.line()
			if errors.As(err, &se) {
				line = se.Line
			}
			rd.errorf(line, "unreadable XML, reading stops here: %v", err)
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch name := t.Name.Local; {
			case name == "Environment":
				inEnv = true
			case name == "Sentence":
				rd.flush()
				rd.cur = rd.sentence(t)
			case name == "EventCoding":
				rd.coding(t)
			case name == "Text":
				rd.text(t)
			case inEnv:
				rd.env(t)
			case name == "Parse":
				rd.dec.Skip()
			}
		case xml.EndElement:
			if t.Name.Local == "Environment" {
				inEnv = false
			}
		}
	}
	rd.flush()
}

// flush keeps the current record if it is complete.
func (rd *reader) flush() {
	rec := rd.cur
	rd.cur = nil
	if rec == nil {
		return
	}
	if strings.TrimSpace(rec.Text) == "" {
		rd.errorf(rec.Line, "record %s has no <Text>; skipped", rec.ID)
		return
	}
	rd.s.Records = append(rd.s.Records, *rec)
}

func (rd *reader) sentence(t xml.StartElement) *Record {
	rec := &Record{Line: rd.line(), Flags: map[string]bool{}}
	for _, a := range t.Attr {
		if strings.EqualFold(a.Name.Local, "id") {
			rec.ID = strings.TrimSpace(a.Value)
		}
	}
	if rec.ID == "" {
		rec.ID = fmt.Sprintf("line-%d", rec.Line)
		rd.errorf(rec.Line, "<Sentence> without id; called %s", rec.ID)
	}
	for _, a := range t.Attr {
		v := strings.TrimSpace(a.Value)
		switch name := strings.ToLower(a.Name.Local); name {
		case "category":
			rec.Category = v
		case "date":
			d, err := time.Parse("20060102", v)
			if err != nil {
				rd.errorf(rec.Line, "record %s: date %q is not YYYYMMDD", rec.ID, v)
				continue
			}
			rec.Date = d
		case "evaluate", "sentence", "valid":
			rec.Flags[name] = strings.EqualFold(v, "true")
		}
	}
	return rec
}

func (rd *reader) coding(t xml.StartElement) {
	line := rd.line()
	if rd.cur == nil {
		rd.errorf(line, "<EventCoding> outside a <Sentence>")
		return
	}
	var tr Triple
	none := false
	for _, a := range t.Attr {
		v := strings.TrimSpace(a.Value)
		switch strings.ToLower(a.Name.Local) {
		case "sourcecode":
			tr.Source = v
		case "targetcode":
			tr.Target = v
		case "eventcode":
			tr.Code = v
		case "noevents":
			none = strings.EqualFold(v, "true")
		case "error":
			rd.cur.ExpectError, none = v, true
		}
	}
	switch {
	case none:
	case tr.Source == "" || tr.Code == "":
		rd.errorf(line, "record %s: <EventCoding> needs sourcecode and eventcode (or noevents=\"True\")", rd.cur.ID)
	default:
		if tr.Target == "" {
			tr.Target = "---"
		}
		rd.cur.Expected = append(rd.cur.Expected, tr)
	}
}

func (rd *reader) text(t xml.StartElement) {
	line := rd.line()
	var body struct {
		Text string `xml:",chardata"`
	}
	if err := rd.dec.DecodeElement(&body, &t); err != nil {
		rd.errorf(line, "<Text>: %v", err)
		return
	}
	if rd.cur == nil {
		rd.errorf(line, "<Text> outside a <Sentence>")
		return
	}
	rd.cur.Text = strings.TrimSpace(body.Text)
}

func (rd *reader) env(t xml.StartElement) {
	line := rd.line()
	var body struct {
		Text string `xml:",chardata"`
	}
	if err := rd.dec.DecodeElement(&body, &t); err != nil {
		rd.errorf(line, "<%s>: %v", t.Name.Local, err)
		return
	}
	v := strings.TrimSpace(body.Text)
	e := &rd.s.Env
	switch t.Name.Local {
	case "Verbfile":
		e.Verbfile = v
	case "Actorfile":
		e.Actorfiles = append(e.Actorfiles, list(v)...)
	case "Agentfile":
		e.Agentfile = v
	case "Discardfile":
		e.Discardfile = v
	case "Include":
		e.Include = append(e.Include, strings.Fields(strings.ReplaceAll(v, ",", " "))...)
	case "Exclude":
		e.Exclude = append(e.Exclude, strings.Fields(strings.ReplaceAll(v, ",", " "))...)
	}
}

func list(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// dropHashLines blanks bare "#" comment lines outside <Text>, keeping the
// line count so that errors name the right lines.
func dropHashLines(src []byte) []byte {
	lines := bytes.Split(src, []byte("\n"))
	inText := false
	for i, l := range lines {
		t := bytes.TrimSpace(l)
		if !inText && bytes.HasPrefix(t, []byte("#")) {
			lines[i] = nil
			continue
		}
		if o, c := bytes.LastIndex(l, []byte("<Text")), bytes.LastIndex(l, []byte("</Text>")); o > c {
			inText = true
		} else if c >= 0 {
			inText = false
		}
	}
	return bytes.Join(lines, []byte("\n"))
}

// blankComments blanks <!-- … --> comments, keeping their line breaks:
// Go's XML reader rejects the "--" that hand-written comments contain
// ("targetcode "---" means no target").
func blankComments(src []byte) []byte {
	for from := 0; ; {
		i := bytes.Index(src[from:], []byte("<!--"))
		if i < 0 {
			return src
		}
		i += from
		j := bytes.Index(src[i+4:], []byte("-->"))
		if j < 0 {
			return src // unclosed: let the XML reader report it
		}
		end := i + 4 + j + 3
		for k := i; k < end; k++ {
			if src[k] != '\n' {
				src[k] = ' '
			}
		}
		from = end
	}
}

// Evaluated reports whether the suite's environment asks for rec to be
// evaluated: none of its flags is false, its category is not excluded,
// and Include is empty or names its category or one of its true flags.
func (s *Suite) Evaluated(rec *Record) bool {
	for _, ok := range rec.Flags {
		if !ok {
			return false
		}
	}
	for _, c := range s.Env.Exclude {
		if strings.EqualFold(c, rec.Category) {
			return false
		}
	}
	if len(s.Env.Include) == 0 {
		return true
	}
	for _, c := range s.Env.Include {
		if strings.EqualFold(c, rec.Category) || rec.Flags[strings.ToLower(c)] {
			return true
		}
	}
	return false
}
