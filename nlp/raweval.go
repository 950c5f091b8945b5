package nlp

import (
	"strings"
)

// RawScores are the results of tokenizing and splitting raw text against
// a treebank, in the manner of the CoNLL 2018 shared task evaluation:
// precision, recall and F1 (in percent) of token spans and sentence spans.
type RawScores struct {
	GoldTokens, SystemTokens, CorrectTokens          int
	GoldSentences, SystemSentences, CorrectSentences int
	TokenPrecision, TokenRecall, TokenF1             float64
	SentencePrecision, SentenceRecall, SentenceF1    float64
}

// EvalRaw rebuilds the raw text of a treebank from its sentences' "# text"
// lines (sentences of one paragraph joined by a space, a blank line before
// each new paragraph or document), runs Split on it and scores the result.
//
// A system token is correct when its span equals a gold token's span.
// Gold tokens are the syntactic words, located in the text by their forms
// (ReadCoNLLU does that), so "don't" counts as "do" and "n't". Words that
// cannot be located, as in multi-word tokens written unlike their words
// ("its" for "it" "'s"), count as one gold token spanning the text between
// their located neighbours ("it" and "s"). Sentences are compared the same way
// on the span from their first to their last token.
func EvalRaw(gold []GoldSentence) RawScores {
	text, goldToks, goldSents := rebuildRaw(gold)
	sys := Split(text)
	var sc RawScores
	sc.GoldTokens, sc.GoldSentences = len(goldToks), len(goldSents)
	sc.SystemSentences = len(sys)
	var sysToks, sysSents []span
	for _, s := range sys {
		sysSents = append(sysSents, span{s.Start, s.End})
		for _, t := range s.Tokens {
			sysToks = append(sysToks, span{t.Start, t.End})
		}
	}
	sc.SystemTokens = len(sysToks)
	sc.CorrectTokens = countMatches(goldToks, sysToks)
	sc.CorrectSentences = countMatches(goldSents, sysSents)
	sc.TokenPrecision, sc.TokenRecall, sc.TokenF1 = prf(sc.CorrectTokens, sc.SystemTokens, sc.GoldTokens)
	sc.SentencePrecision, sc.SentenceRecall, sc.SentenceF1 = prf(sc.CorrectSentences, sc.SystemSentences, sc.GoldSentences)
	return sc
}

// span is a half-open byte range.
type span struct{ start, end int }

// rebuildRaw returns the raw text of gold with the gold token and
// sentence spans in it, both in text order.
func rebuildRaw(gold []GoldSentence) (string, []span, []span) {
	var b strings.Builder
	var toks, sents []span
	for i, g := range gold {
		if i > 0 {
			if g.NewDoc || g.NewPar {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		off := b.Len()
		b.WriteString(g.Text)
		first := len(toks)
		toks = appendGoldTokens(toks, g, off)
		if len(toks) > first {
			sents = append(sents, span{toks[first].start, toks[len(toks)-1].end})
		}
	}
	return b.String(), toks, sents
}

// appendGoldTokens appends the spans of g's words, shifted by off. Runs
// of words that could not be located become one span covering the
// non-blank text between their located neighbours.
func appendGoldTokens(toks []span, g GoldSentence, off int) []span {
	prevEnd := 0
	for i := 0; i < len(g.Tokens); i++ {
		t := g.Tokens[i]
		if t.Start >= 0 {
			toks = append(toks, span{off + t.Start, off + t.End})
			prevEnd = t.End
			continue
		}
		j := i
		for j < len(g.Tokens) && g.Tokens[j].Start < 0 {
			j++
		}
		nextStart := len(g.Text)
		if j < len(g.Tokens) {
			nextStart = g.Tokens[j].Start
		}
		if prevEnd < nextStart {
			gap := g.Text[prevEnd:nextStart]
			lead := len(gap) - len(strings.TrimLeft(gap, " \t"))
			trimmed := strings.TrimSpace(gap)
			if trimmed != "" {
				toks = append(toks, span{off + prevEnd + lead, off + prevEnd + lead + len(trimmed)})
			}
		}
		i = j - 1
	}
	return toks
}

// countMatches counts the spans present in both lists, each sorted by
// start (spans in one list do not overlap).
func countMatches(gold, sys []span) int {
	n, i, j := 0, 0, 0
	for i < len(gold) && j < len(sys) {
		switch {
		case gold[i] == sys[j]:
			n++
			i++
			j++
		case gold[i].start < sys[j].start || gold[i].start == sys[j].start && gold[i].end < sys[j].end:
			i++
		default:
			j++
		}
	}
	return n
}

// prf returns precision, recall and F1 in percent.
func prf(correct, system, gold int) (p, r, f float64) {
	if system > 0 {
		p = 100 * float64(correct) / float64(system)
	}
	if gold > 0 {
		r = 100 * float64(correct) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
