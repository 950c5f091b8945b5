package article

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// readText reads a whole file as one article. An optional first line
// followed by a blank line is the title.
func readText(br *bufio.Reader, s *source, yield func(*Article, error) bool) bool {
	b, err := io.ReadAll(io.LimitReader(br, MaxArticleBytes+1))
	if err != nil {
		return yield(nil, &Error{Origin: s.name, Err: err})
	}
	if len(b) > MaxArticleBytes {
		return yield(nil, &Error{Origin: s.name, Err: fmt.Errorf("file exceeds the %d-byte article limit", MaxArticleBytes)})
	}
	text := strings.TrimPrefix(string(b), "\ufeff")
	a := &Article{Text: text}
	if first, rest, ok := strings.Cut(text, "\n"); ok {
		if r := strings.TrimLeft(rest, " \t\r"); strings.HasPrefix(r, "\n") && len(first) < 300 && strings.TrimSpace(first) != "" {
			a.Title = strings.TrimSpace(first)
			a.Text = strings.TrimLeft(r, "\r\n")
		}
	}
	if err := s.finish(a, s.name, ""); err != nil {
		return yield(nil, &Error{Origin: s.name, Err: err})
	}
	return yield(a, nil)
}
