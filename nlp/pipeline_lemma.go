package nlp

import "strings"

// lemmatizer is what the pipeline needs from a lemmatizer: set Lemma on
// tagged tokens.
type lemmatizer interface {
	Lemmatize(toks []Token)
}

// lemmatize sets lemmas with the pipeline's lemmatizer, or falls back to
// the lowercased form when the model has none.
func (p *Pipeline) lemmatize(toks []Token) {
	if p.lemmas != nil {
		p.lemmas.Lemmatize(toks)
		return
	}
	for i := range toks {
		toks[i].Lemma = strings.ToLower(toks[i].Form)
	}
}
