package coder

import "github.com/annalist/annalist/nlp"

// This file mends a few slips of the dependency parser before a sentence
// is coded, so the rules read one analysis of a construction however the
// parser happened to hang it. Each repair is a shape no grammatical
// reading of news English has:
//   - a name tagged as a verb and hung as a function word ("Boeing
//     criticized ...", "Boeing" an auxiliary);
//   - a subject with a preposition of its own at the sentence's start
//     ("Following a meeting with X, Y announced ...", "meeting" the
//     subject);
//   - the subject after a sentence-opening phrase joined to that phrase
//     as a conjunct ("After meeting Xi Jinping in Beijing, Emmanuel
//     Macron said ...", Macron a conjunct of Xi), the main verb left
//     without a subject, or itself hung inside the phrase;
//   - the subject of a reported clause taken for the object of the verb
//     of saying ("Police reported the gunman left ...", "the gunman"
//     the object of "reported");
//   - the main verb after a subject's aside read as a participle inside
//     it, the subject left the root ("The European Union, citing human
//     rights abuses, imposed sanctions", "Adel Abdul Mahdi, facing mass
//     protests, resigned");
//   - a clause joined by "and" to a later verb of saying read as what
//     it says ("People would ask me ... and I said ...");
//   - an infinitive hung from a noun as an adverbial clause ("no plans
//     for X to meet Y", "meet" an advcl of "plans"), which only a
//     clause can have;
//   - a participle between a possessive and its noun read as a verb
//     with the possessor its subject ("the company's threatened plant");
//   - a plural noun read as the main verb, the verb after it as its
//     complement ("Houthi drone strikes hit Saudi oil facilities",
//     "strikes" the root);
//   - a main verb read as a participle describing its own object ("The
//     United States imposed sanctions on Iran", "sanctions" the root);
//   - a second verb sharing the first's object read as the object's
//     adjective ("killed or wounded 1,500 soldiers": joined.go);
//   - a list of a subject's acts read as a participle describing the
//     first act's object ("smashed four brigades, killed 1,500 soldiers
//     and destroyed 45 tanks");
//   - an agency's participle aside read as the main verb, or the agency
//     as a vocative ("IRNA, received in London, said ...": wireaside.go);
//   - a main verb after the object of a subject's -ing participle read
//     as that object's adjective ("Farmers demanding a better deal
//     blocked roads", "farmers" the root);
//   - a noun placed by a direction read as compounded with it ("an
//     attack east of Basra", "east" the head);
//   - an "against" phrase read as the day's ("protested on Saturday
//     against Maduro": dayslip.go);
//   - a bare count read as the root of a protest verb's participle
//     ("Thousands rallied in Moscow": crowdroot.go).
// The tokens are copied before the first change: they are the caller's.

// functionRels are the relations of function words, which a name never
// has.
var functionRels = map[string]bool{"aux": true, "aux:pass": true, "mark": true, "cop": true, "case": true}

// nounModifierRels hang the words before a noun phrase's head from it.
var nounModifierRels = map[string]bool{"compound": true, "flat": true, "amod": true, "det": true, "nmod:desc": true, "nummod": true}

// joinedRels join a noun phrase to another one before it.
var joinedRels = map[string]bool{"conj": true, "appos": true, "list": true}

// repairTree mends the parse's slips in s.head and s.toks.
func (s *sentence) repairTree() {
	s.nameAsFunctionWord()
	s.followingAsPreposition()
	s.openingSubject()
	s.participleRoot()
	s.asideRoot()
	s.agentAsideRoot()
	s.reportedSubject()
	s.reportedSecondSubject() // twosubjects.go
	s.includedAsConjunct()    // including.go
	s.clauseBeforeAnd()
	s.infinitiveOfNoun()
	s.possessedParticiple()
	s.pluralNounSubject()
	s.joinedVerbObject()
	s.verbSeries()
	s.reportAside()
	s.verbAfterParticiple()
	s.asClause()        // asclause.go
	s.strikingSubject() // strikersubject.go
	s.compassPlace()
	s.markedGerund()
	s.phraseOffDay()
	s.countAsRoot()
}

// setArc hangs token i from h with rel, copying the tokens first.
func (s *sentence) setArc(i, h int, rel string) {
	if !s.repaired {
		s.toks = append([]nlp.Token(nil), s.toks...)
		s.repaired = true
	}
	s.head[i] = h
	s.toks[i].Head = h + 1
	s.toks[i].Rel = rel
}

// hasSubject reports whether the verb at i has a subject.
func (s *sentence) hasSubject(i int) bool {
	return s.child(i, "nsubj", "nsubj:pass", "csubj", "expl") >= 0
}

// nameAsFunctionWord reads an actor's name the parse took for an
// auxiliary or a marker of the verb after it as that verb's subject.
func (s *sentence) nameAsFunctionWord() {
	for i := range s.toks {
		h := s.head[i]
		if h <= i || s.actorAt[i] < 0 || !functionRels[s.toks[i].Rel] || s.toks[h].UPOS != "VERB" {
			continue
		}
		// the whole name must come before the verb, with nothing else
		// between
		if u := s.toks[i].UPOS; u != "VERB" && u != "AUX" || s.ms[s.actorAt[i]].End != h || s.hasSubject(h) {
			continue
		}
		s.setArc(i, h, "nsubj")
	}
}

// followingAsPreposition reads a sentence-opening "Following" as the
// preposition it is ("Following a meeting with X, Y announced ..."),
// which the parse may take for a participle describing the noun, or for
// a clause with the noun its object.
func (s *sentence) followingAsPreposition() {
	if len(s.toks) < 4 || s.lower[0] != "following" || s.toks[0].UPOS != "VERB" {
		return
	}
	h := s.head[0]
	switch s.toks[0].Rel {
	case "amod":
		if h > 0 && s.nominal(h) {
			s.setArc(0, h, "case")
		}
	case "csubj", "advcl":
		n := s.child(0, "obj")
		if n < 0 || h < 0 || s.toks[h].UPOS != "VERB" {
			return
		}
		s.setArc(n, h, "obl")
		s.setArc(0, n, "case")
	}
}

// openingSpan returns the end (exclusive) of a phrase that opens the
// sentence and is closed by a comma: a preposition's or a subordinator's
// phrase ("In Nigeria,", "After meeting Xi Jinping in Beijing,",
// "Following a meeting with X,"), and the head of that phrase; -1, -1 if
// the sentence opens otherwise.
func (s *sentence) openingSpan() (end, head int) {
	if len(s.toks) < 4 || s.toks[0].UPOS != "ADP" && s.toks[0].UPOS != "SCONJ" && !(s.toks[0].UPOS == "VERB" && s.toks[0].Rel == "case") {
		return -1, -1
	}
	if !functionRels[s.toks[0].Rel] {
		return -1, -1
	}
	head = s.head[0]
	if head <= 0 {
		return -1, -1
	}
	for c := head + 1; c < len(s.toks); c++ {
		if s.lower[c] == "," {
			return c, head
		}
		if s.toks[c].UPOS == "VERB" && !s.within(c, head) {
			return -1, -1
		}
	}
	return -1, -1
}

// openingSubject hangs the subject after a sentence-opening phrase from
// the main verb when the parse joined it to the phrase.
func (s *sentence) openingSubject() {
	comma, ph := s.openingSpan()
	if comma < 0 {
		return
	}
	// The head of the noun phrase right after the comma, hung inside
	// the phrase as a conjunct, an apposition or an item of a list.
	x := comma + 1
	for steps := 0; x < len(s.toks) && s.head[x] > x && nounModifierRels[s.toks[x].Rel] && steps < 8; steps++ {
		x = s.head[x]
	}
	if x >= len(s.toks) || s.head[x] < 0 || s.head[x] >= comma || !joinedRels[s.toks[x].Rel] {
		return
	}
	if u := s.toks[x].UPOS; u != "PROPN" && u != "NOUN" {
		return
	}
	// The main verb: the root, or a verb after x the parse hung inside
	// the phrase, with no subject of its own.
	v := -1
	root := s.rootIndex()
	switch {
	case root > x && s.toks[root].UPOS == "VERB":
		v = root
	case root >= 0 && root < comma && root == ph:
		for j := x + 1; j < len(s.toks); j++ {
			if s.toks[j].UPOS == "VERB" && s.head[j] >= 0 && s.head[j] < comma && (s.toks[j].Rel == "acl" || s.toks[j].Rel == "conj" || s.toks[j].Rel == "parataxis") {
				v = j
				break
			}
		}
	}
	if v < 0 || v <= x {
		return
	}
	for j := x + 1; j < v; j++ {
		if s.toks[j].UPOS == "VERB" || s.toks[j].UPOS == "AUX" && s.head[j] != v || s.lower[j] == "," {
			return // another clause or an aside between: not a bare subject
		}
	}
	subj := s.child(v, "nsubj", "nsubj:pass")
	switch {
	case subj < 0:
	case subj == ph && s.child(ph, "case") == 0:
		// "Following a meeting ...": a phrase with a preposition is no
		// subject.
		s.setArc(ph, v, "obl")
	default:
		return
	}
	if s.head[v] >= 0 {
		// The verb hung inside the phrase becomes the root, the phrase
		// its adjunct.
		s.setArc(v, -1, "root")
		s.setArc(ph, v, "obl")
	}
	// The conjunct's own name words that the parse also spread over the
	// phrase ("Abdullahi", "Umar" both conjuncts) go with it.
	for j := x + 1; j < v; j++ {
		if s.head[j] >= 0 && s.head[j] < comma && s.toks[j].UPOS == "PROPN" {
			s.setArc(j, x, "flat")
		}
	}
	s.setArc(x, v, "nsubj")
}

// rootIndex returns the root token's index, -1 if none.
func (s *sentence) rootIndex() int {
	for i := range s.toks {
		if s.head[i] < 0 {
			return i
		}
	}
	return -1
}

// reportLemmas report a clause beside the verbs of saying (@say), which
// code nothing and so are no verbs of the dictionary.
var reportLemmas = map[string]bool{"report": true, "claim": true, "allege": true, "confirm": true}

// reportedSubject reads "Police reported the gunman left the building",
// parsed with "the gunman" the object of "reported" and "left" a clause
// without a subject, as the gunman leaving: a finite verb has a subject,
// and a verb of saying reports a clause, not a person.
func (s *sentence) reportedSubject() {
	for i := range s.toks {
		h := s.head[i]
		if h < 0 || s.toks[i].Rel != "ccomp" {
			continue
		}
		modal := s.modalFinite(i)
		if x := s.toks[i].XPOS; x != "VBD" && x != "VBZ" && x != "VBP" && !modal {
			continue
		}
		if s.hasSubject(i) || s.child(i, "mark") >= 0 || !s.says(h) && !reportLemmas[s.toks[h].Lemma] {
			continue
		}
		o := s.child(h, "obj")
		if o < 0 || o > i || s.child(h, "iobj") >= 0 || modal && !s.eventNoun(o) {
			continue // a modal's subject mended only when an act: "said his visit would help" (possessor.go)
		}
		if s.allWithin(o+1, s.auxStart(i), o) { // the object's phrase runs up to the clause's verb
			s.setArc(o, i, "nsubj")
		}
	}
}

// clauseBeforeAnd reads "Many people would ask me ..., and I said ...",
// parsed with the first clause as what "said" says, as two clauses
// joined by "and": what a verb of saying reports never comes before an
// "and" that opens the saying's own clause.
func (s *sentence) clauseBeforeAnd() {
	for i := range s.toks {
		h := s.head[i]
		if h <= i || s.toks[i].Rel != "ccomp" || s.head[h] >= 0 || !s.hasSubject(i) {
			continue
		}
		c := s.child(h, "cc")
		if subj := s.child(h, "nsubj"); c < i || subj < c {
			continue
		}
		s.setArc(i, -1, "root")
		s.setArc(h, i, "conj")
		return
	}
}

// infinitiveOfNoun reads a "to" infinitive the parse hung from a noun as
// an adverbial clause as the clause describing the noun (acl) it is:
// nouns have no adverbials, and "no plans for X to meet Y" plans the
// meeting rather than reporting it.
func (s *sentence) infinitiveOfNoun() {
	for i := range s.toks {
		h := s.head[i]
		if h < 0 || h > i || s.toks[i].Rel != "advcl" || s.toks[i].UPOS != "VERB" || s.toks[h].UPOS != "NOUN" || s.head[h] < 0 {
			continue
		}
		if !s.hasChildWord(i, "mark", toMark) || s.child(h, "cop") >= 0 {
			continue
		}
		s.setArc(i, h, "acl")
	}
}

// markedGerund reads "While expressing regret over X, Nakasone said ...",
// parsed with the -ing form as a compound of the noun after it and that
// noun as a clause of the main verb, as the -ing form heading a clause
// of the main verb, the noun its object: after a subordinator of time
// ("while", "after", "before") a word ending in -ing is a verb.
func (s *sentence) markedGerund() {
	for g := 1; g+1 < len(s.toks); g++ {
		n, m := g+1, g-1
		if s.head[g] != n || s.toks[g].XPOS != "VBG" || s.toks[g].Rel != "compound" && s.toks[g].Rel != "amod" {
			continue
		}
		h := s.head[n]
		if h < 0 || s.head[m] != n || s.toks[m].Rel != "mark" || !temporalMarks[s.lower[m]] {
			continue
		}
		s.setArc(g, h, "advcl")
		s.setArc(m, g, "mark")
		s.setArc(n, g, "obj")
		s.toks[n].UPOS = "NOUN" // "regret", tagged as the clause's verb
	}
}
