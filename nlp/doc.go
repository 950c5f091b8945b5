// Package nlp turns raw text into annotated sentences: tokens with byte
// offsets, sentence boundaries, part-of-speech tags, lemmas and labelled
// Universal Dependencies trees. It is pure Go; the trained model is
// embedded in the binary.
package nlp

// Token is one word. Start and End are byte offsets into Doc.Text, so
// Doc.Text[Start:End] is exactly the token's text as written.
type Token struct {
	Start, End int
	Form       string // the token as written (== Doc.Text[Start:End])
	UPOS       string // Universal POS tag ("NOUN")
	XPOS       string // Penn Treebank tag ("NN")
	Lemma      string
	Head       int    // CoNLL-U convention: 0 is the root, else the 1-based index of the head in the sentence
	Rel        string // UD relation ("nsubj", "obl", "nsubj:pass" …)
}

// Sentence is a run of tokens; Start and End are byte offsets into Doc.Text.
type Sentence struct {
	Start, End int
	Tokens     []Token
}

// Doc is a text and its sentences.
type Doc struct {
	Text      string
	Sentences []Sentence
}
