// Package feed polls RSS, Atom and JSON Feed sources and turns their items
// into articles, fetching safely (see Fetcher): conditional requests,
// exponential backoff on errors, items deduplicated by GUID or link, and
// an item's text taken from the feed or, failing that, from the main text
// of the page it links to.
package feed

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"strings"
)

// ReadList reads a feed list: one http or https URL per line; blank lines
// and lines starting with # are ignored, as is anything after " #". name
// is used in errors ("feeds.txt:3: ..."). Duplicate URLs are listed once.
func ReadList(r io.Reader, name string) ([]string, error) {
	var urls []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), 64<<10)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.Index(line, " #"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		u, err := url.Parse(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if err := checkScheme(u); err != nil {
			return nil, fmt.Errorf("%s:%d: %q: %w", name, n, line, err)
		}
		if !seen[u.String()] {
			seen[u.String()] = true
			urls = append(urls, u.String())
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return urls, nil
}
