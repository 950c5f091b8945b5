package article

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// readCSV reads a CSV file whose header row names at least a "text"
// column; url, date (or published), title, source and id are optional.
func readCSV(br *bufio.Reader, s *source, yield func(*Article, error) bool) bool {
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return yield(nil, &Error{Origin: s.name + ":1", Err: fmt.Errorf("unreadable CSV header: %v", err)})
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	ti, ok := col["text"]
	if !ok {
		return yield(nil, &Error{Origin: s.name + ":1", Err: fmt.Errorf("CSV header %q has no text column", strings.Join(header, ","))})
	}
	get := func(rec []string, names ...string) string {
		for _, n := range names {
			if i, ok := col[n]; ok && i < len(rec) {
				return rec[i]
			}
		}
		return ""
	}
	for n := 1; ; n++ {
		rec, err := cr.Read()
		if err == io.EOF {
			return true
		}
		line, _ := cr.FieldPos(0)
		origin := fmt.Sprintf("%s:%d (record %d)", s.name, line, n)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				origin = fmt.Sprintf("%s:%d (record %d)", s.name, pe.StartLine, n)
				err = fmt.Errorf("malformed CSV: %v", pe.Err)
			}
			if !yield(nil, &Error{Origin: origin, Err: err}) {
				return false
			}
			continue
		}
		if ti >= len(rec) {
			if !yield(nil, &Error{Origin: origin, Err: fmt.Errorf("row has %d fields, the text column is field %d", len(rec), ti+1)}) {
				return false
			}
			continue
		}
		a := &Article{ID: get(rec, "id"), URL: get(rec, "url"), Title: get(rec, "title"), Source: get(rec, "source"), Text: rec[ti]}
		if err := s.finish(a, origin, get(rec, "date", "published")); err != nil {
			if !yield(nil, &Error{Origin: origin, Err: err}) {
				return false
			}
			continue
		}
		if !yield(a, nil) {
			return false
		}
	}
}

// splitHeader splits a likely CSV header line; nil if it does not look like one.
func splitHeader(line string) []string {
	line = strings.TrimSpace(line)
	if !strings.Contains(line, ",") || len(line) > 1000 {
		return nil
	}
	rec, err := csv.NewReader(strings.NewReader(line)).Read()
	if err != nil {
		return nil
	}
	return rec
}

func hasColumn(cols []string, name string) bool {
	for _, c := range cols {
		if strings.EqualFold(strings.TrimSpace(c), name) {
			return true
		}
	}
	return false
}
