package store

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Filter.Text is answered in one of two ways, because neither is fast for
// every word:
//
//   - through the trigram index: find the matching sentences, then their
//     events, then sort those. Its cost grows with the number of matches,
//     so it suits rare words, and any query that wants every match.
//   - by walking the events in date order and testing each one's sentences
//     with LIKE until the page is full. Its cost grows with the number of
//     events per match, so it suits common words when a page is wanted.
//     When nothing but the dates and the text is filtered, the walk goes
//     through the sentences themselves, in their index of (date, event,
//     text), which costs no look-up per event (textKeys).
//
// plan walks the sentences when a sample of the first of them (sampleText)
// promises the page soon. Otherwise scanForText picks the walk when the
// page is limited, the word is common (at least textScanMatches sentences
// hold it) and LIKE would agree with the index: LIKE folds only ASCII
// case, so the text must be ASCII. Short text (under three characters)
// has no trigram and is always walked.
const textScanMatches = 4000

func (s *Store) scanForText(ctx context.Context, text string, limit int) (bool, error) {
	if !trigrams(text) {
		return true, nil
	}
	if limit == 0 || !isASCII(text) {
		return false, nil
	}
	var n int
	err := s.textProbe.QueryRowContext(ctx, ftsPhrase(text)).Scan(&n)
	return n >= textScanMatches, err
}

// textCondition selects the events with an evidence sentence containing
// text, by walking (scan) or through the trigram index.
func textCondition(text string, scan bool) (string, any) {
	if scan {
		return `EXISTS (SELECT 1 FROM evidence v WHERE v.event_id = events.id AND v.` + textLike + `)`, likePattern(text)
	}
	return `id IN (SELECT event_id FROM evidence WHERE rowid IN
		(SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?))`, ftsPhrase(text)
}

// textLike tests an evidence sentence against likePattern's pattern.
const textLike = `text LIKE ? ESCAPE '\'`

// likePattern is the LIKE pattern matching sentences that contain text.
func likePattern(text string) string {
	return "%" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(text) + "%"
}

// textProbeSQL counts the sentences holding a phrase, up to the point
// where the answer no longer matters.
var textProbeSQL = `SELECT count(*) FROM (SELECT 1 FROM evidence_fts WHERE evidence_fts MATCH ? LIMIT ` +
	strconv.Itoa(textScanMatches) + `)`

// ftsPhrase quotes text as one FTS5 phrase, so that its words and any
// FTS syntax in it ("OR", "*", quotes) are matched literally.
func ftsPhrase(text string) string {
	return `"` + strings.ReplaceAll(text, `"`, `""`) + `"`
}

// trigrams reports whether text is long enough for the trigram index.
func trigrams(text string) bool { return utf8.RuneCountInString(text) >= 3 }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
