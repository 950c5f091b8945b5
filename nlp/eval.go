package nlp

import "strings"

// Scores are accuracies in percent over gold-tokenised sentences. UAS and
// LAS count every word, punctuation included, and LAS compares universal
// relations (the part before ':'), as the CoNLL 2018 shared task's
// evaluation does; LASFull compares the relations with their subtypes.
type Scores struct {
	Sentences int     `json:"sentences"`
	Tokens    int     `json:"tokens"`
	UPOS      float64 `json:"upos"`
	XPOS      float64 `json:"xpos"`
	Lemma     float64 `json:"lemma"`
	UAS       float64 `json:"uas"`
	LAS       float64 `json:"las"`
	LASFull   float64 `json:"-"`
}

// tally counts agreements between predicted and gold words.
type tally struct {
	sents, toks                    int
	upos, xpos, lemma, uas, las, l int
}

func (c *tally) add(pred, gold []Token) {
	c.sents++
	for i := range gold {
		p, g := &pred[i], &gold[i]
		c.toks++
		c.upos += b2i(p.UPOS == g.UPOS)
		c.xpos += b2i(p.XPOS == g.XPOS)
		c.lemma += b2i(p.Lemma == g.Lemma)
		if p.Head == g.Head {
			c.uas++
			c.las += b2i(universal(p.Rel) == universal(g.Rel))
			c.l += b2i(p.Rel == g.Rel)
		}
	}
}

func (c *tally) scores() Scores {
	pct := func(k int) float64 { return 100 * float64(k) / float64(max(c.toks, 1)) }
	return Scores{Sentences: c.sents, Tokens: c.toks, UPOS: pct(c.upos), XPOS: pct(c.xpos), Lemma: pct(c.lemma),
		UAS: pct(c.uas), LAS: pct(c.las), LASFull: pct(c.l)}
}

func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// wordsOf copies the forms of gold tokens, dropping every annotation.
func wordsOf(gold []Token) []Token {
	toks := make([]Token, len(gold))
	for i, g := range gold {
		toks[i] = Token{Start: g.Start, End: g.End, Form: g.Form}
	}
	return toks
}

// ScoreParser parses the gold sentences with the tags and lemmas they
// carry (gold ones, or predicted ones put there by the caller) and scores
// the trees. Tag and lemma scores are then 100 by construction.
func ScoreParser(p *Parser, gold []GoldSentence) Scores {
	var c tally
	sc := p.newScratch()
	for _, s := range gold {
		toks := make([]Token, len(s.Tokens))
		copy(toks, s.Tokens)
		p.parse(toks, sc)
		c.add(toks, s.Tokens)
	}
	return c.scores()
}

// Evaluate annotates the words of the gold sentences (gold tokenisation,
// everything else predicted) and scores tags, lemmas and trees.
func (p *Pipeline) Evaluate(gold []GoldSentence) Scores {
	var c tally
	for _, s := range gold {
		sent := Sentence{Tokens: wordsOf(s.Tokens)}
		p.Annotate(&sent)
		c.add(sent.Tokens, s.Tokens)
	}
	return c.scores()
}
