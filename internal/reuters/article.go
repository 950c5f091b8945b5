package reuters

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/annalist/annalist/article"
)

// ArticleID is the id a story takes as an article: "reuters-NEWID", as
// the project's annotation files name it.
func (s Story) ArticleID() string { return "reuters-" + s.ID }

// HasBody reports whether the story has text to code; many stories of
// the collection are a title alone.
func (s Story) HasBody() bool { return strings.TrimSpace(s.Body) != "" }

// Record is the story as a JSON Lines article record (id, source, title,
// text, and the published day when the story is dated): what
// internal/reuters/jsonl writes and `annalist code` reads.
func (s Story) Record() map[string]string {
	rec := map[string]string{"id": s.ArticleID(), "source": "Reuters", "title": s.Title, "text": s.Body}
	if !s.Date.IsZero() {
		rec["published"] = s.Date.Format("2006-01-02")
	}
	return rec
}

// Articles returns the stories with a body whose ArticleID keep accepts,
// read back through article.Read from their JSON Lines records, exactly
// as `annalist code` reads internal/reuters/jsonl's output: so the text,
// and the sentence indexes of the annotation files, are the same.
func Articles(stories []Story, keep func(id string) bool) ([]*article.Article, error) {
	var lines bytes.Buffer
	enc := json.NewEncoder(&lines)
	for _, s := range stories {
		if !s.HasBody() || !keep(s.ArticleID()) {
			continue
		}
		if err := enc.Encode(s.Record()); err != nil {
			return nil, fmt.Errorf("%s: %v", s.Origin, err)
		}
	}
	var out []*article.Article
	for a, err := range article.Read([]string{"-"}, &lines, article.Options{}) {
		if err != nil {
			return nil, fmt.Errorf("Reuters-21578 as JSON Lines: %v", err)
		}
		out = append(out, a)
	}
	return out, nil
}
