package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// jsonRecord is one JSON Lines article; only text is required.
type jsonRecord struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Source    string          `json:"source"`
	Published string          `json:"published"`
	Date      string          `json:"date"`
	Title     string          `json:"title"`
	Text      *string         `json:"text"`
}

func readJSONL(br *bufio.Reader, s *source, yield func(*Article, error) bool) bool {
	lr := lineReader{r: br, max: MaxArticleBytes * 2}
	for {
		line, n, err := lr.next()
		if err == io.EOF {
			return true
		}
		origin := fmt.Sprintf("%s:%d", s.name, n)
		if err != nil {
			if !yield(nil, &Error{Origin: origin, Err: err}) {
				return false
			}
			if errors.Is(err, errLineTooLong) {
				continue
			}
			return true
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		a, err := parseJSONRecord(line, s, origin)
		if !yield(a, err) {
			return false
		}
	}
}

func parseJSONRecord(line []byte, s *source, origin string) (*Article, error) {
	var rec jsonRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			err = fmt.Errorf("malformed JSON at column %d: %v", se.Offset, se)
		}
		return nil, &Error{Origin: origin, Err: err}
	}
	if rec.Text == nil {
		return nil, &Error{Origin: origin, Err: errors.New(`record has no "text" field`)}
	}
	a := &Article{ID: idString(rec.ID), URL: rec.URL, Source: rec.Source, Title: rec.Title, Text: *rec.Text}
	date := rec.Published
	if date == "" {
		date = rec.Date
	}
	if err := s.finish(a, origin, date); err != nil {
		return nil, &Error{Origin: origin, Err: err}
	}
	return a, nil
}

// idString accepts a string or a number as an ID.
func idString(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var f json.Number
	if json.Unmarshal(raw, &f) == nil {
		return f.String()
	}
	return strconv.Quote(string(raw))
}

var errLineTooLong = errors.New("line too long")

// lineReader returns lines of at most max bytes; a longer line is
// reported (with its number) and skipped without holding it in memory.
type lineReader struct {
	r    *bufio.Reader
	max  int
	line int
	buf  []byte
}

func (l *lineReader) next() ([]byte, int, error) {
	l.line++
	l.buf = l.buf[:0]
	tooLong := false
	for {
		chunk, err := l.r.ReadSlice('\n')
		if !tooLong {
			if len(l.buf)+len(chunk) > l.max {
				tooLong = true
				l.buf = l.buf[:0]
			} else {
				l.buf = append(l.buf, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && (len(l.buf) > 0 || tooLong):
			err = nil
		case err != nil:
			return nil, l.line, err
		}
		if tooLong {
			return nil, l.line, fmt.Errorf("%w: longer than %d bytes, skipped", errLineTooLong, l.max)
		}
		return l.buf, l.line, nil
	}
}
