package learn

import (
	"slices"
	"strings"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// maxPath is the longest dependency path, in arcs, a candidate keeps
// whole; longer ones are read as "long" (few events span them).
const maxPath = 6

// maxArcs is the longest path, in arcs from source to target through the
// predicate, a candidate may have: longer ones are seldom events and
// mostly noise.
const maxArcs = 6

// Candidate is one possible event of a sentence: a source mention, a
// target mention or none, and the predicate that links them.
type Candidate struct {
	Source, Target int // indices into the sentence's mentions; Target -1 for none
	Pred           int // token index of the predicate
	Path           string
}

// mentionHead returns the token of m whose head lies outside m (the
// first one), or m.Start when the span is a cycle or malformed.
func mentionHead(toks []nlp.Token, m actor.Mention) int {
	for i := m.Start; i < m.End; i++ {
		h := toks[i].Head - 1
		if h < m.Start || h >= m.End {
			return i
		}
	}
	return m.Start
}

// ancestors returns i and the tokens above it up to the root, stopping
// at a cycle (a malformed parse).
func ancestors(toks []nlp.Token, i int) []int {
	out := []int{i}
	for n := 0; n < len(toks); n++ {
		h := toks[i].Head - 1
		if h < 0 || h >= len(toks) {
			break
		}
		out = append(out, h)
		i = h
	}
	return out
}

// inside reports whether token i lies within m.
func inside(i int, m actor.Mention) bool { return i >= m.Start && i < m.End }

// predicateTag reports whether a token can head an event: a verb, a noun
// ("attack", "talks") or an adjective ("critical of").
func predicateTag(upos string) bool { return upos == "VERB" || upos == "NOUN" || upos == "ADJ" }

// candidates lists the candidates of a sentence with its mentions: every
// ordered pair of mentions linked by a predicate, and every mention with
// a predicate above it alone. Mentions that overlap are never paired.
func candidates(sent *parsed, ms []actor.Mention) []Candidate {
	toks := sent.toks
	var out []Candidate
	ups := make([][]int, len(ms)) // each mention's head and the tokens above it
	for i, m := range ms {
		ups[i] = ancestors(toks, mentionHead(toks, m))
	}
	for s := range ms {
		if c, ok := alone(sent, ms, s, ups[s]); ok {
			out = append(out, c)
		}
		for t := range ms {
			if t == s || overlap(ms[s], ms[t]) {
				continue
			}
			if c, ok := pair(sent, ms, s, t, ups[s], ups[t]); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

func overlap(a, b actor.Mention) bool { return a.Start < b.End && b.Start < a.End }

// alone is the candidate of source s with no target: the first predicate
// above its head, outside the mention.
func alone(sent *parsed, ms []actor.Mention, s int, up []int) (Candidate, bool) {
	toks := sent.toks
	for k, i := range up {
		if inside(i, ms[s]) || !predicateTag(toks[i].UPOS) {
			continue
		}
		if k > maxArcs {
			break
		}
		return Candidate{Source: s, Target: -1, Pred: i, Path: upPath(sent, up[:k+1]) + "|"}, true
	}
	return Candidate{}, false
}

// pair is the candidate of source s and target t: the lowest predicate
// above both heads (their common ancestor or above it) that lies in
// neither mention.
func pair(sent *parsed, ms []actor.Mention, s, t int, us, ut []int) (Candidate, bool) {
	toks := sent.toks
	for ks, i := range us {
		kt := slices.Index(ut, i) // chains are a few tokens long
		if kt < 0 {
			continue
		}
		// i is the lowest common ancestor; climb to a predicate.
		for ; ks < len(us); ks++ {
			p := us[ks]
			if predicateTag(toks[p].UPOS) && !inside(p, ms[s]) && !inside(p, ms[t]) {
				break
			}
		}
		if ks == len(us) {
			return Candidate{}, false
		}
		p := us[ks]
		// the target's chain up to p, which lies on it at or above the
		// common ancestor
		down := ut[:kt+1]
		if k := slices.Index(ut, p); k >= 0 {
			down = ut[:k+1]
		}
		if ks+len(down)-1 > maxArcs {
			return Candidate{}, false
		}
		path := upPath(sent, us[:ks+1]) + "|" + downPath(sent, down)
		return Candidate{Source: s, Target: t, Pred: p, Path: path}, true
	}
	return Candidate{}, false
}

// upPath writes the relations climbed along chain (from a mention's head
// up to the predicate, its last element), each with its preposition.
func upPath(sent *parsed, chain []int) string {
	if len(chain)-1 > maxPath {
		return "long"
	}
	var b strings.Builder
	for _, i := range chain[:len(chain)-1] {
		b.WriteString(sent.rel[i])
		b.WriteByte('<')
	}
	return b.String()
}

// downPath writes the relations descended from the predicate (chain's
// last element) to a mention's head (its first).
func downPath(sent *parsed, chain []int) string {
	if len(chain)-1 > maxPath {
		return "long"
	}
	var b strings.Builder
	for k := len(chain) - 2; k >= 0; k-- {
		b.WriteByte('>')
		b.WriteString(sent.rel[chain[k]])
	}
	return b.String()
}

// parsed is a sentence's tokens with what the candidates and features
// read of each, worked out once per sentence rather than per candidate.
type parsed struct {
	toks    []nlp.Token
	lemma   []string   // lower-case lemmas
	rel     []string   // relation to the head, with the case marker's lemma: "obl/on"
	markers [][]string // the marker words among each token's dependents
	cond    bool       // the sentence has "if" or "unless"
}

func newParsed(toks []nlp.Token) *parsed {
	s := &parsed{toks: toks, lemma: make([]string, len(toks)), rel: make([]string, len(toks)), markers: make([][]string, len(toks))}
	for i := range toks {
		s.lemma[i] = strings.ToLower(toks[i].Lemma)
		s.rel[i] = toks[i].Rel
		s.cond = s.cond || s.lemma[i] == "if" || s.lemma[i] == "unless"
	}
	for j := range toks {
		h := toks[j].Head - 1
		if h < 0 || h >= len(toks) {
			continue
		}
		if toks[j].Rel == "case" && s.rel[h] == toks[h].Rel {
			s.rel[h] = toks[h].Rel + "/" + s.lemma[j]
		}
		if markers[s.lemma[j]] {
			s.markers[h] = append(s.markers[h], s.lemma[j])
		}
	}
	return s
}
