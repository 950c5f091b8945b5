package feed

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// Item is a feed entry reduced to what annalist needs.
type Item struct {
	Key       string // the entry's GUID, else its link: what deduplicates it
	Link      string
	Title     string
	Content   string // the entry's full content, as plain text ("" if the feed has none)
	Summary   string // its description, as plain text
	Published time.Time
}

// ID is the article ID of the item: stable across polls and restarts, so
// the store recognises an item it already holds.
func (it Item) ID() string { return ItemID(it.Key) }

// ItemID derives the article ID of the entry with the given GUID or link.
func ItemID(key string) string {
	h := sha256.Sum256([]byte(key))
	return "feed-" + hex.EncodeToString(h[:12])
}

// Parse reads an RSS, Atom or JSON feed and returns its title and items.
// Entries with neither GUID nor link are dropped: they cannot be
// deduplicated. contentType only improves the error for a non-feed.
func Parse(body []byte, contentType string) (string, []Item, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		if contentType == "" {
			contentType = "no content type"
		}
		return "", nil, fmt.Errorf("not an RSS, Atom or JSON feed (%s)", contentType)
	}
	if err != nil {
		return "", nil, fmt.Errorf("malformed feed: %w", err)
	}
	items := make([]Item, 0, len(f.Items))
	for _, gi := range f.Items {
		it := Item{
			Link:    strings.TrimSpace(gi.Link),
			Title:   plain(gi.Title),
			Content: htmlText(gi.Content),
			Summary: htmlText(gi.Description),
		}
		it.Key = strings.TrimSpace(gi.GUID)
		if it.Key == "" {
			it.Key = it.Link
		}
		if it.Key == "" {
			continue
		}
		switch {
		case gi.PublishedParsed != nil:
			it.Published = gi.PublishedParsed.UTC()
		case gi.UpdatedParsed != nil:
			it.Published = gi.UpdatedParsed.UTC()
		}
		items = append(items, it)
	}
	return plain(f.Title), items, nil
}

// htmlText renders an HTML fragment (or plain text) as text, keeping
// paragraph breaks so that sentences do not run together.
func htmlText(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if !strings.ContainsAny(s, "<&") {
		return plain(s)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return plain(s)
	}
	return plain(render.InnerText(doc))
}

// plain makes text valid UTF-8 without surrounding space.
func plain(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.TrimSpace(s)
}

// MainText extracts the main text of an HTML page (the article, without
// navigation and boilerplate).
func MainText(page []byte, pageURL string) (string, error) {
	u, err := url.Parse(pageURL)
	if err != nil {
		return "", fmt.Errorf("page %s: %w", pageURL, err)
	}
	art, err := readability.FromReader(bytes.NewReader(page), u)
	if err != nil {
		return "", fmt.Errorf("page %s: %w", pageURL, err)
	}
	if art.Node == nil {
		return "", fmt.Errorf("page %s: no main text found", pageURL)
	}
	var b strings.Builder
	if err := art.RenderText(&b); err != nil {
		return "", fmt.Errorf("page %s: %w", pageURL, err)
	}
	text := plain(b.String())
	if text == "" {
		return "", fmt.Errorf("page %s: no main text found", pageURL)
	}
	return text, nil
}
