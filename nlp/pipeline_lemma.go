package nlp

import "strings"

// lemmatize sets lemmas with the pipeline's lemmatizer, or falls back to
// the lowercased form for a model without one.
func (p *Pipeline) lemmatize(toks []Token) {
	if p.lemmas != nil {
		p.lemmas.Lemmatize(toks)
		return
	}
	for i := range toks {
		toks[i].Lemma = strings.ToLower(toks[i].Form)
	}
}
