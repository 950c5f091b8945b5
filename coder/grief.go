package coder

import "strings"

// Grief told of an actor at a death is an empathetic comment (018) for
// the dead: "Turkey's president said he was saddened by the death of
// Mohamed Morsi", "Obama was heartbroken by the passing of John McCain",
// "The minister was deeply pained to hear about the demise of her
// colleague". The feeling is a predicate with a copula or a passive, as
// dismay is (dismay.go); the death is a noun of death or a clause that
// tells one below it, and whom it names is the target. Grief at no
// death ("devastated by the loss", "shocked by the result") is none.

// griefWords are predicates of sorrow.
var griefWords = wordSet("saddened sad heartbroken devastated grieved pained distressed shocked sorry")

// griefDeaths are the nouns of death that, naming no one, still tell a
// death someone grieves ("saddened by the deaths in the fire").
var griefDeaths = wordSet("death deaths passing demise")

// empathyCode is the code of an empathetic comment.
const empathyCode = "018"

// griefActs returns the empathetic comments (018) the sentence tells as
// an actor's grief at a death: done by whoever feels it ("he" in what
// someone says being the speaker) to the dead the tree names, or to no
// one when it names a death but not whose. None when the grief is
// negated, supposed or asked, or names no death.
func (s *sentence) griefActs() []act {
	var out []act
	for _, p := range s.judgementWords(griefWords, s.feeling) {
		if a, ok := s.griefAt(p); ok {
			out = append(out, a)
		}
	}
	return out
}

// griefAt returns the empathetic comment the feeling at p tells, if it
// is held now, felt by an actor and at a death.
func (s *sentence) griefAt(p int) (act, bool) {
	src, target := s.griefFeeler(p), s.mourned(p)
	if src < 0 || target == src || target < 0 && !s.deathBelow(p) || !s.heldNow(p, s.verdictSpeaker(p) >= 0) {
		return act{}, false
	}
	a := act{code: empathyCode, rule: "grief: + BE " + s.lower[p] + " BY|AT|OVER|TO HEAR death OF +",
		sources: []int{src}, verbStart: p, verbEnd: p + 1, via: -1}
	if target >= 0 {
		a.targets = []int{target}
	}
	return a, true
}

// deathBelow reports whether a noun of death hangs within three arcs
// below the feeling at p.
func (s *sentence) deathBelow(p int) bool {
	for j := range s.toks {
		if d := s.depthBelow(j, p); d >= 1 && d <= 3 && griefDeaths[s.lower[j]] && s.toks[j].UPOS == "NOUN" {
			return true
		}
	}
	return false
}

// griefFeeler returns who feels the grief at p: as dismay's feeler, or,
// for a pronoun subject, whoever reports the words it is in, however the
// report is set ("'I am saddened to report ...,' wrote Chief Justice
// Roberts", the writer parsed as the object); -1 if none.
func (s *sentence) griefFeeler(p int) int {
	if k := s.feeler(p); k >= 0 {
		return k
	}
	if subj := s.child(p, "nsubj", "nsubj:pass"); subj >= 0 && s.toks[subj].UPOS == "PRON" {
		return s.reportedBy(p)
	}
	return -1
}

// griefNouns name sorrow in the cleft of a death announced: "It is with
// deep sorrow that we announce the passing of former president Ketumile
// Masire".
var griefNouns = wordSet("sadness sorrow grief regret")

// griefClefts returns the empathetic comments (018) told in a cleft
// "it is with sorrow that X announces the death of Y": done by X (a
// pronoun being whoever reports the words) to the dead the announcing
// verb's tree names. None when no death is named.
func (s *sentence) griefClefts() []act {
	var out []act
	for p := range s.toks {
		if !griefNouns[s.lower[p]] || s.caseOf(p) != "with" || s.child(p, "cop") < 0 || !s.heldNow(p, s.reportedBy(p) >= 0) {
			continue
		}
		for v := range s.toks {
			if s.head[v] != p || s.toks[v].UPOS != "VERB" || !strings.HasPrefix(s.toks[v].Rel, "acl") && s.toks[v].Rel != "ccomp" {
				continue
			}
			subj := s.child(v, "nsubj")
			if subj < 0 {
				continue
			}
			src := s.actorAt[subj]
			if src < 0 && s.toks[subj].UPOS == "PRON" {
				src = s.reportedBy(p)
			}
			target := s.mourned(v)
			if src < 0 || target < 0 || target == src {
				continue
			}
			out = append(out, act{code: empathyCode, rule: "grief: IT BE WITH " + s.lower[p] + " THAT + announce death OF +",
				sources: []int{src}, targets: []int{target}, verbStart: v, verbEnd: v + 1, via: -1})
		}
	}
	return out
}

// mournLemmas are the verbs of mourning whose purpose infinitive is
// done: "NASA paused its broadcast to mourn the death of Alexei Leonov"
// mourns him, whatever else the infinitive of purpose leaves undone.
var mournLemmas = wordSet("mourn grieve")

// mourningPurposes returns the empathetic comments (018) told by an
// infinitive of purpose of mourning ("to mourn the death of X") hung from
// a verb told as done: by that verb's subject to the dead the infinitive
// names. None when no dead actor is named, or the main verb is no fact.
func (s *sentence) mourningPurposes() []act {
	var out []act
	for i := range s.toks {
		h := s.head[i]
		if !mournLemmas[s.toks[i].Lemma] || s.toks[i].UPOS != "VERB" || h < 0 || s.toks[i].Rel != "advcl" ||
			!s.hasChildWord(i, "mark", toMark) || s.toks[h].UPOS != "VERB" || s.negatedAt(h) {
			continue
		}
		via := s.reportedBy(h)
		if s.moodOf(s.tclause[h], via >= 0) != asFact {
			continue
		}
		sources, pronoun, _ := s.subjectOf(h)
		target := s.mourned(i)
		if pronoun || len(sources) == 0 || target < 0 {
			continue
		}
		out = append(out, act{code: empathyCode, rule: "grief: + VERB TO mourn +", sources: sources[:1],
			targets: []int{target}, verbStart: i, verbEnd: i + 1, via: viaUnlessSource(via, sources)})
	}
	return out
}
