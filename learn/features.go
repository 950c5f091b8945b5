package learn

import (
	"strings"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// Feature templates: each feature's hash starts from its template, so
// equal strings of different templates never collide by design.
const (
	fBias uint8 = iota
	fLemma
	fUPOS
	fPath
	fLemmaPath
	fBetween
	fMarker
	fSaid
	fSourceRole
	fTargetRole
	fRoles
	fSameCountry
	fNominal
	fGovernor
	fLemmaTarget
	fDict
	fDictFirst
	fDictTarget
	fGovDict
	fSrcRel
	fTgtRel
	fRels
	fDictRels
	fLemmaSrcRel
	fLemmaTgtRel
	fLemmaRels
	fDictNext
)

// maxBetween is how many words between the two mentions are read.
const maxBetween = 8

// markers are the words that, attached to the predicate or opening the
// sentence's clauses, change what it asserts: negation, modality,
// condition, refusal.
var markers = map[string]bool{
	"not": true, "never": true, "n't": true, "no": true,
	"will": true, "would": true, "could": true, "may": true, "might": true,
	"should": true, "can": true, "must": true, "if": true, "unless": true,
	"refuse": true, "reject": true, "decline": true, "threaten": true,
	"plan": true, "want": true, "agree": true, "fail": true,
}

// sayVerbs are verbs of saying: an act reported under one is the reported
// act, not the saying.
var sayVerbs = map[string]bool{
	"say": true, "tell": true, "announce": true, "state": true, "add": true,
	"report": true, "claim": true, "declare": true, "quote": true, "write": true,
}

// features appends the hashed features of candidate c to buf.
func features(buf []uint64, lex Lexicon, sent *parsed, ms []actor.Mention, c Candidate) []uint64 {
	toks := sent.toks
	p := &toks[c.Pred]
	lemma := sent.lemma[c.Pred]
	add := func(k nlp.FeatureKey) { buf = append(buf, k.Key()) }
	add(nlp.Feature(fBias))
	add(nlp.Feature(fLemma).Str(lemma))
	add(nlp.Feature(fUPOS).Str(p.UPOS))
	add(nlp.Feature(fPath).Str(c.Path))
	add(nlp.Feature(fLemmaPath).Str(lemma).Str(c.Path))
	hasTarget := boolInt(c.Target >= 0)
	srcRel, tgtRel := ends(c.Path)
	add(nlp.Feature(fSrcRel).Str(srcRel))
	add(nlp.Feature(fTgtRel).Str(tgtRel))
	add(nlp.Feature(fRels).Str(srcRel).Str(tgtRel))
	add(nlp.Feature(fLemmaSrcRel).Str(lemma).Str(srcRel))
	add(nlp.Feature(fLemmaTgtRel).Str(lemma).Str(tgtRel))
	add(nlp.Feature(fLemmaRels).Str(lemma).Str(srcRel).Str(tgtRel))
	for i, r := range lex[lemma] {
		if i == 0 {
			add(nlp.Feature(fDictFirst).Str(r))
		}
		add(nlp.Feature(fDict).Str(r))
		add(nlp.Feature(fDictTarget).Str(r).Int(hasTarget))
		add(nlp.Feature(fDictRels).Str(r).Str(srcRel).Str(tgtRel))
	}
	if c.Target >= 0 {
		for _, r := range lex[lemma+" "+nextWord(tgtRel)] {
			add(nlp.Feature(fDictNext).Str(r))
		}
	}
	if p.UPOS == "NOUN" {
		add(nlp.Feature(fNominal))
	}
	src := ms[c.Source]
	add(nlp.Feature(fSourceRole).Str(roleOf(src)))
	if c.Target < 0 {
		add(nlp.Feature(fTargetRole).Str("-"))
		add(nlp.Feature(fRoles).Str(roleOf(src)).Str("-"))
		add(nlp.Feature(fLemmaTarget).Str(lemma).Str("-"))
	} else {
		tgt := ms[c.Target]
		add(nlp.Feature(fTargetRole).Str(roleOf(tgt)))
		add(nlp.Feature(fRoles).Str(roleOf(src)).Str(roleOf(tgt)))
		add(nlp.Feature(fLemmaTarget).Str(lemma).Str("+"))
		same := src.Country != "" && src.Country == tgt.Country
		add(nlp.Feature(fSameCountry).Int(boolInt(same)))
		lo, hi := src.End, tgt.Start
		if tgt.End <= src.Start {
			lo, hi = tgt.End, src.Start
		}
		for i := lo; i < hi && i < lo+maxBetween; i++ {
			add(nlp.Feature(fBetween).Str(sent.lemma[i]))
		}
	}
	// markers on the predicate, and on the verb it hangs from
	for _, l := range sent.markers[c.Pred] {
		add(nlp.Feature(fMarker).Str(l))
	}
	if sent.cond {
		add(nlp.Feature(fMarker).Str("cond"))
	}
	if h := p.Head - 1; h >= 0 && h < len(toks) {
		g := sent.lemma[h]
		add(nlp.Feature(fGovernor).Str(g).Str(p.Rel))
		for _, r := range lex[g] {
			add(nlp.Feature(fGovDict).Str(r))
		}
		if markers[g] {
			add(nlp.Feature(fMarker).Str("gov:" + g))
		}
	}
	for h, n := p.Head-1, 0; h >= 0 && h < len(toks) && n < len(toks); h, n = toks[h].Head-1, n+1 {
		if sayVerbs[sent.lemma[h]] {
			add(nlp.Feature(fSaid))
			break
		}
	}
	return buf
}

// roleOf names a mention's kind of actor for the features: its first
// role ("GOV", "MIL"), or "country" for a bare country, "?" for none.
func roleOf(m actor.Mention) string {
	if len(m.Roles) > 0 {
		return m.Roles[0]
	}
	if m.Country != "" {
		return "country"
	}
	return "?"
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ends returns the first relation of a path's climb (the source's
// relation on the way to the predicate) and the last of its descent (the
// target's), without prepositions' detail beyond the relation's own.
func ends(path string) (src, tgt string) {
	up, down, _ := strings.Cut(path, "|")
	src, _, _ = strings.Cut(up, "<")
	if i := strings.LastIndexByte(down, '>'); i >= 0 {
		tgt = down[i+1:]
	}
	if src == "" {
		src = "self"
	}
	if tgt == "" {
		tgt = "-"
	}
	return src, tgt
}

// nextWord is the word a verb pattern would put first before a target
// with relation rel: its preposition ("obl/with" → "with"), or "+" for an
// object.
func nextWord(rel string) string {
	if _, prep, ok := strings.Cut(rel, "/"); ok {
		return prep
	}
	return "+"
}
