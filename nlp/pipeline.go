package nlp

import (
	"sync"
)

// Pipeline annotates text: it tokenizes, splits sentences, tags, lemmatises
// and parses. A Pipeline is read-only once loaded and safe for concurrent
// use; each call takes its working memory from a pool.
type Pipeline struct {
	tagger  *Tagger
	lemmas  *Lemmatizer
	parser  *Parser
	scratch sync.Pool // *parseScratch
}

// Parse annotates text: the returned Doc's sentences carry tokens with
// offsets into text, tags, lemmas and dependency trees.
func (p *Pipeline) Parse(text string) *Doc {
	d := &Doc{Text: text, Sentences: Split(text)}
	for i := range d.Sentences {
		p.Annotate(&d.Sentences[i])
	}
	return d
}

// Annotate tags, lemmatises and parses the tokens already in s (their
// Form must be set). A dateline that opens the sentence is annotated
// apart (see datelineEnd).
func (p *Pipeline) Annotate(s *Sentence) {
	d := datelineEnd(s.Tokens)
	body := s.Tokens[d:]
	if len(body) == 0 {
		return
	}
	p.tagger.Tag(body)
	p.lemmatize(body)
	sc, _ := p.scratch.Get().(*parseScratch)
	if sc == nil {
		sc = p.parser.newScratch()
	}
	p.parser.parse(body, sc)
	p.scratch.Put(sc)
	if d == 0 {
		return
	}
	root := 0
	for k := range body {
		if body[k].Head == 0 {
			root = d + k + 1
		} else {
			body[k].Head += d
		}
	}
	annotateDateline(s.Tokens, d, root)
}
