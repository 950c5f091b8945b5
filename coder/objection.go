package coder

import (
	"slices"
	"strings"

	"github.com/annalist/annalist/actor"
)

// Objections and reservations voiced over what another did disapprove of
// its author (110): "Germany voiced strong objections over the tax
// proposed by the European Commission", "several member states have
// reservations about Italy's budget plan", "France raised objections to
// the U.S. proposal". The objection is a noun, the object of a verb of
// voicing that codes nothing itself, so no pattern of the dictionary
// reaches the author named deep in the phrase. An objection to a thing
// no one is named as making ("reservations about the economy") is none.

// objectionNouns name an objection voiced: disapproval (110), or, for
// criticism and condemnation voiced, criticism (111: "voiced sharp
// criticism of Turkey's offensive").
var objectionNouns = map[string]string{"objection": "110", "objections": "110", "reservation": "110",
	"reservations": "110", "misgivings": "110", "disapproval": "110", "opposition": "110",
	"criticism": "111", "condemnation": "111"}

var (
	// noWords deny the objection their noun names.
	noWords = wordSet("no")
	// voicingVerbs voice the objection their object names.
	voicingVerbs = wordSet("voice express raise have register air reiterate signal")
	// objectionCases open the phrase naming what an objection is to;
	// "of" does only for criticism ("criticism of", but "the objections
	// of the defence" are the defence's).
	objectionCases = wordSet("over about to at on against regarding with toward towards")
)

// objectionActs returns the disapproval (110) told as an objection an
// actor voices to another actor or to what another made, or the
// criticism (111) so voiced: done by the verb's subject to that actor.
// None when the voicing is negated, supposed or asked, or the objection
// denied ("raised no objections"), or when the objection is to the
// subject's own side.
func (s *sentence) objectionActs() []act {
	var out []act
	for p := range s.toks {
		code, ok := objectionNouns[s.lower[p]]
		if !ok || s.consumed[p] || !s.voiced(p) {
			continue
		}
		v := s.head[p]
		if !s.heldNow(v, s.reportedBy(v) >= 0) || s.hasChildWord(p, "det", noWords) {
			continue // "did not raise objections", "raised no objections"
		}
		sources, _, _ := s.subjectOf(v)
		target := s.objectedTo(v, p)
		if len(sources) == 0 || target < 0 || slices.ContainsFunc(sources, func(k int) bool { return s.sameActor(k, target) }) {
			continue
		}
		out = append(out, act{code: code,
			rule:    "objection: + " + strings.ToUpper(s.toks[v].Lemma) + " " + s.lower[p] + " OVER|ABOUT|TO +",
			sources: sources, targets: []int{target}, verbStart: v, verbEnd: v + 1, via: s.reportedBy(v)})
	}
	return out
}

// voiced reports whether the objection noun at p is the object of a verb
// of voicing ("voiced objections", "have reservations"), and no actor's
// name: "expressed opposition" is a feeling, "backed the opposition" (with
// its article) a party.
func (s *sentence) voiced(p int) bool {
	v := s.head[p]
	named := s.actorAt[p] >= 0 && (s.lower[p] != "opposition" || s.child(p, "det") >= 0 || s.child(p, "nmod:poss") >= 0)
	return !named && s.toks[p].UPOS == "NOUN" && s.toks[p].Rel == "obj" && v >= 0 &&
		s.toks[v].UPOS == "VERB" && voicingVerbs[s.toks[v].Lemma]
}

// objectedTo returns the actor the objection p, voiced by the verb v, is
// to: named in an "over", "about", "to" ... phrase of either, or the
// author of the act or the maker of the thing that phrase names ("the tax
// proposed by the Commission", the participle hung from the objection as
// the parse may have it), but not a capital naming it ("the Paris climate
// deal"); -1 if none.
func (s *sentence) objectedTo(v, p int) int {
	for c := range s.toks {
		if !s.objectionPhrase(c, v, p) {
			continue
		}
		if k := s.actorAt[c]; k >= 0 {
			return k
		}
		if k := s.participleMaker(c); k >= 0 {
			return k
		}
		if k := s.participleMaker(p); k >= 0 && s.head[c] == p && s.ms[k].Start > c {
			return k
		}
		if s.deed(c) {
			if k := s.deedAuthor(c); k >= 0 && !s.placeName(k, c) {
				return k
			}
		}
	}
	return -1
}

// objectionPhrase reports whether c is a phrase of the objection p or of
// its verb v opened by a word of objectionCases, or by "of" for
// criticism ("criticism of Turkey's offensive").
func (s *sentence) objectionPhrase(c, v, p int) bool {
	h, r := s.head[c], relBase(s.toks[c].Rel)
	if !(h == p && r == "nmod" || h == v && r == "obl") {
		return false
	}
	cs := s.caseOf(c)
	return objectionCases[cs] || cs == "of" && objectionNouns[s.lower[p]] == "111"
}

// againstWord, as a predicate with a copula, opposes its object.
const againstWord = "against"

// opposedActs returns the disapproval (110) told as an actor's being
// against another or against what another made: "Germany is against the
// plan proposed by France", "Italy said it was against the EU's budget
// rules". Done by the subject (or the speaker, for "it"), to the actor
// the phrase names or the maker or author of what it names. None when
// the subject is no actor ("the sanctions are against international
// law" is a verdict, verdict.go), or the predicate is negated, supposed
// or asked.
func (s *sentence) opposedActs() []act {
	var out []act
	for c, w := range s.lower {
		if w != againstWord || s.toks[c].Rel != "case" {
			continue
		}
		p := s.head[c]
		if p < 0 || s.consumed[p] || s.child(p, "cop") < 0 || !s.heldNow(p, s.verdictSpeaker(p) >= 0) {
			continue
		}
		src := s.feeler(p)
		target := s.actorAt[p]
		if target < 0 {
			target = s.participleMaker(p)
		}
		if target < 0 && s.deed(p) {
			target = s.deedAuthor(p)
		}
		if src < 0 || target < 0 || s.sameActor(src, target) {
			continue
		}
		out = append(out, act{code: disapprovalCode, rule: "objection: + BE AGAINST +",
			sources: []int{src}, targets: []int{target}, verbStart: c, verbEnd: c + 1, via: -1})
	}
	return out
}

// placeName reports whether mention k is a capital compounded into the
// name of the thing at n ("the Paris climate deal", "the Minsk
// accords"): where it was made, not who made it.
func (s *sentence) placeName(k, n int) bool {
	j := s.mentionHead(k)
	return s.ms[k].Kind == actor.Capital && j >= 0 && s.head[j] == n && s.toks[j].Rel == "compound"
}
