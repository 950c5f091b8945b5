package article

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// readXML reads PETRARCH sentence XML:
//
//	<Sentences><Sentence date="YYYYMMDD" id=".." source=".."><Text>..</Text><Parse>..</Parse></Sentence>…
//
// Each Sentence becomes an article; the Parse is ignored (annalist parses
// the text itself). XML that is not well-formed ends the file with an
// error naming the line; the sentences read before it are kept.
func readXML(br *bufio.Reader, s *source, yield func(*Article, error) bool) bool {
	dec := xml.NewDecoder(br)
	dec.Strict = true
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return true
		}
		if err != nil {
			line, _ := dec.InputPos()
			return yield(nil, &Error{Origin: fmt.Sprintf("%s:%d", s.name, line), Err: fmt.Errorf("malformed XML: %v", err)})
		}
		st, ok := tok.(xml.StartElement)
		if !ok || st.Name.Local != "Sentence" {
			continue
		}
		line, _ := dec.InputPos()
		origin := fmt.Sprintf("%s:%d", s.name, line)
		var rec struct {
			Date   string `xml:"date,attr"`
			ID     string `xml:"id,attr"`
			Source string `xml:"source,attr"`
			Text   string `xml:"Text"`
		}
		if err := dec.DecodeElement(&rec, &st); err != nil {
			l, _ := dec.InputPos()
			return yield(nil, &Error{Origin: fmt.Sprintf("%s:%d", s.name, l), Err: fmt.Errorf("malformed XML in sentence starting at line %d: %v", line, err)})
		}
		a := &Article{ID: rec.ID, Source: rec.Source, Text: strings.TrimSpace(rec.Text)}
		if err := s.finish(a, origin, rec.Date); err != nil {
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
