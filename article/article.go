// Package article defines the Article, annalist's unit of input, and the
// readers that turn files (plain text, JSON Lines, CSV, PETRARCH XML) into
// articles.
package article

import "time"

// Article is one news report: its text and what is known about it.
type Article struct {
	ID        string    // stable identifier: from the record, else derived from origin
	URL       string    // where it was published, if known
	Source    string    // agency or site ("Reuters", "en.wikinews.org"), if known
	Published time.Time // publication date (UTC midnight when only the day is known)
	Title     string
	Text      string // the body, valid UTF-8; offsets in events point into it
	Origin    string // where it was read from, for messages: "feeds/afp.jsonl:233"
}
