package nlp

import (
	"math"
	"strings"
	"testing"
)

const evalSample = `# newdoc id = d1
# newpar id = p1
# sent_id = 1
# text = Go home.
1	Go	go	VERB	VB	_	0	root	_	_
2	home	home	ADV	RB	_	1	advmod	_	SpaceAfter=No
3	.	.	PUNCT	.	_	1	punct	_	_

# sent_id = 2
# text = I don't know
1	I	I	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	_

# newpar id = p2
# sent_id = 3
# text = its fine
1-2	its	_	_	_	_	_	_	_	_
1	it	it	PRON	PRP	_	3	nsubj	_	_
2	's	be	AUX	VBZ	_	3	cop	_	_
3	fine	fine	ADJ	JJ	_	0	root	_	_

`

func TestEvalRaw(t *testing.T) {
	gold, err := ReadCoNLLU(strings.NewReader(evalSample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	// Raw text: "Go home. I don't know\n\nits fine". Gold tokens: Go home .
	// I do n't know, then "it" (located), "s" (the text left for "'s") and
	// fine: 10. System tokens: Go home . I do n't know its fine: 9, of
	// which "its" is wrong. Sentences: the full stop ends the first, the
	// blank line the second.
	sc := EvalRaw(gold)
	if sc.GoldTokens != 10 || sc.SystemTokens != 9 || sc.CorrectTokens != 8 {
		t.Errorf("tokens gold/system/correct = %d/%d/%d, want 10/9/8", sc.GoldTokens, sc.SystemTokens, sc.CorrectTokens)
	}
	if sc.GoldSentences != 3 || sc.SystemSentences != 3 || sc.CorrectSentences != 3 {
		t.Errorf("sentences gold/system/correct = %d/%d/%d, want 3/3/3", sc.GoldSentences, sc.SystemSentences, sc.CorrectSentences)
	}
	if p, r := 80.0, 800/9.0; math.Abs(sc.TokenF1-2*p*r/(p+r)) > 1e-9 || sc.SentenceF1 != 100 {
		t.Errorf("F1 tokens %.2f sentences %.2f, want %.2f and 100", sc.TokenF1, sc.SentenceF1, 2*p*r/(p+r))
	}
}

func TestEvalRawErrors(t *testing.T) {
	// Two gold sentences in one paragraph that Split cannot tell apart
	// (no final punctuation), and a token the tokenizer splits differently.
	gold := []GoldSentence{
		{Text: "see you", NewPar: true, Tokens: []Token{{Start: 0, End: 3, Form: "see"}, {Start: 4, End: 7, Form: "you"}}},
		{Text: "e-mail me", Tokens: []Token{{Start: 0, End: 1, Form: "e"}, {Start: 1, End: 2, Form: "-"},
			{Start: 2, End: 6, Form: "mail"}, {Start: 7, End: 9, Form: "me"}}},
	}
	sc := EvalRaw(gold)
	// System: one sentence "see you e-mail me" with tokens see you e-mail me.
	if sc.GoldTokens != 6 || sc.SystemTokens != 4 || sc.CorrectTokens != 3 {
		t.Errorf("tokens gold/system/correct = %d/%d/%d, want 6/4/3", sc.GoldTokens, sc.SystemTokens, sc.CorrectTokens)
	}
	if sc.GoldSentences != 2 || sc.SystemSentences != 1 || sc.CorrectSentences != 0 {
		t.Errorf("sentences gold/system/correct = %d/%d/%d, want 2/1/0", sc.GoldSentences, sc.SystemSentences, sc.CorrectSentences)
	}
	p, r := 100*3/4.0, 100*3/6.0
	if f := 2 * p * r / (p + r); math.Abs(sc.TokenF1-f) > 1e-9 || sc.TokenPrecision != p || sc.TokenRecall != r {
		t.Errorf("token P/R/F1 = %.2f/%.2f/%.2f, want %.2f/%.2f/%.2f", sc.TokenPrecision, sc.TokenRecall, sc.TokenF1, p, r, f)
	}
	if sc.SentenceF1 != 0 {
		t.Errorf("sentence F1 = %.2f, want 0", sc.SentenceF1)
	}
}

func TestEvalRawEmpty(t *testing.T) {
	if sc := EvalRaw(nil); sc != (RawScores{}) {
		t.Errorf("EvalRaw(nil) = %+v, want zero scores", sc)
	}
}
