package coder

import (
	"time"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// findIn splits text into sentences and finds the actors c's dictionaries
// name in each, as of March 1987.
func findIn(c *Coder, text string) (*nlp.Doc, [][]actor.Mention) {
	doc := &nlp.Doc{Text: text, Sentences: nlp.Split(text)}
	return doc, c.actors.FindEach(doc, time.Date(1987, 3, 1, 0, 0, 0, 0, time.UTC))
}
