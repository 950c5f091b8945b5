package nlp

import (
	"errors"
	"io"
	"strings"
)

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

// readLemmatizer and writeLemmatizer (de)serialise the lemmatizer part of
// a model bundle.
func readLemmatizer(r io.Reader) (lemmatizer, error) {
	return nil, errors.New("lemmatizer: this build cannot read lemmatizer models")
}

func writeLemmatizer(w io.Writer, l lemmatizer) (int64, error) {
	return 0, errors.New("lemmatizer: this build cannot write lemmatizer models")
}
