// Package reuters reads the Reuters-21578 collection (SGML files
// reut2-*.sgm) for benchmarks and evaluations. The collection is for
// research use only: it is read from the shared data folder at run time and
// never shipped or copied into the repository.
//
// The files are Latin-1 SGML with control-character entities (&#2;, &#3;)
// and are not well-formed XML, so they are read with a small tolerant
// scanner rather than encoding/xml.
package reuters

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Story is one newswire story of the collection.
type Story struct {
	ID     string    // NEWID, unique across the collection
	Date   time.Time // from <DATE>, UTC
	Topics []string  // the <TOPICS> categories, possibly none
	Title  string
	Body   string // the story's text, UTF-8, without the trailing "Reuter"
	Origin string // file:line of the <REUTERS> tag, for messages
}

// ReadDir reads every reut2-*.sgm file in dir, in file-name order.
func ReadDir(dir string) ([]Story, error) {
	files, err := filepath.Glob(filepath.Join(dir, "reut2-*.sgm"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("reuters: no reut2-*.sgm files in %s", dir)
	}
	sort.Strings(files)
	var out []Story
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("reuters: %w", err)
		}
		stories, err := Parse(filepath.Base(f), data)
		if err != nil {
			return nil, err
		}
		out = append(out, stories...)
	}
	return out, nil
}

// Parse reads the stories of one SGML file; name is used in messages. A
// story without a NEWID or with an unclosed tag is an error naming its
// line.
func Parse(name string, data []byte) ([]Story, error) {
	var out []Story
	rest := data
	offset := 0
	for {
		i := bytes.Index(rest, []byte("<REUTERS"))
		if i < 0 {
			return out, nil
		}
		line := 1 + bytes.Count(data[:offset+i], []byte("\n"))
		where := fmt.Sprintf("%s:%d", name, line)
		j := bytes.Index(rest[i:], []byte("</REUTERS>"))
		if j < 0 {
			return nil, fmt.Errorf("reuters: %s: <REUTERS> without </REUTERS>", where)
		}
		block := rest[i : i+j]
		s, err := parseStory(block)
		if err != nil {
			return nil, fmt.Errorf("reuters: %s: %w", where, err)
		}
		s.Origin = where
		out = append(out, s)
		adv := i + j + len("</REUTERS>")
		rest = rest[adv:]
		offset += adv
	}
}

func parseStory(block []byte) (Story, error) {
	var s Story
	tagEnd := bytes.IndexByte(block, '>')
	if tagEnd < 0 {
		return s, fmt.Errorf("unclosed <REUTERS tag")
	}
	s.ID = attr(string(block[:tagEnd]), "NEWID")
	if s.ID == "" {
		return s, fmt.Errorf("<REUTERS> without NEWID")
	}
	if d := element(block, "DATE"); d != "" {
		// "26-FEB-1987 15:01:01.79"; some dates carry trailing junk, so
		// only the day and the whole seconds are read.
		d = strings.TrimSpace(d)
		if k := strings.IndexByte(d, '.'); k > 0 {
			d = d[:k]
		}
		t, err := time.Parse("2-Jan-2006 15:04:05", d)
		if err != nil { // a garbled time ("605:12:19"): keep the day
			day, _, _ := strings.Cut(d, " ")
			t, err = time.Parse("2-Jan-2006", day)
		}
		if err != nil {
			return s, fmt.Errorf("story %s: date %q: %w", s.ID, d, err)
		}
		s.Date = t.UTC()
	}
	if topics := element(block, "TOPICS"); topics != "" {
		for _, part := range strings.Split(topics, "<D>") {
			if t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(part), "</D>")); t != "" {
				s.Topics = append(s.Topics, t)
			}
		}
	}
	s.Title = decode(element(block, "TITLE"))
	body := decode(element(block, "BODY"))
	body = strings.TrimRight(body, " \n\t")
	body = strings.TrimSuffix(body, "Reuter")
	body = strings.TrimSuffix(body, "REUTER")
	s.Body = strings.TrimSpace(body)
	return s, nil
}

// attr returns the value of name="..." in an opening tag.
func attr(tag, name string) string {
	i := strings.Index(tag, name+`="`)
	if i < 0 {
		return ""
	}
	v := tag[i+len(name)+2:]
	if j := strings.IndexByte(v, '"'); j >= 0 {
		return v[:j]
	}
	return ""
}

// element returns the raw content of the first <name>…</name>, or "".
func element(block []byte, name string) string {
	open := []byte("<" + name + ">")
	i := bytes.Index(block, open)
	if i < 0 {
		return ""
	}
	content := block[i+len(open):]
	j := bytes.Index(content, []byte("</"+name+">"))
	if j < 0 {
		return ""
	}
	return string(content[:j])
}

// decode turns Latin-1 SGML text into UTF-8: the named entities for <, >
// and &, numeric entities (control characters become spaces), and bytes
// above 0x7f as Latin-1 letters.
func decode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '&' {
			if end := strings.IndexByte(s[i:], ';'); end > 1 && end < 8 {
				ent := s[i+1 : i+end]
				if r, ok := entity(ent); ok {
					if r < 0x20 && r != '\n' && r != '\t' {
						r = ' '
					}
					b.WriteRune(r)
					i += end
					continue
				}
			}
		}
		if c >= 0x80 {
			b.WriteRune(rune(c)) // Latin-1 code points are the byte values
			continue
		}
		b.WriteByte(c)
	}
	out := b.String()
	if !utf8.ValidString(out) { // cannot happen: every byte was mapped
		out = strings.ToValidUTF8(out, " ")
	}
	return out
}

func entity(ent string) (rune, bool) {
	switch ent {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "quot":
		return '"', true
	}
	if strings.HasPrefix(ent, "#") {
		n, err := strconv.Atoi(ent[1:])
		if err == nil && n >= 0 && n < 0x110000 {
			return rune(n), true
		}
	}
	return 0, false
}
