package coder

// A sentence that states a condition codes nothing (treeacts.go): what
// would follow from it has not happened. But a threat is a condition
// told: "China said it would impose new tariffs if the United States
// did not lift its own", "Iran's navy commander warned that Iran would
// close the Strait of Hormuz if its shipping were disrupted", "The EU
// told Congress that if the bill is approved, the community would
// retaliate against U.S. exports". Said now, the threat is an act of
// the news: the coercion or force the speaker's side will do if the
// condition comes true is threatened (13x, through @map threat), and
// the warning or threat the sentence tells around it is made.

// conditionThreats returns the threats (13x) a conditional sentence
// makes: each act outside its conditions (and outside a question "if")
// that codes a threat: a coercive or violent act in the future, or a
// "would" reported, mapped to the threat of it ("said it would impose
// tariffs if"), or a threat or warning made to someone. A threat is
// someone's words: an act no one is reported to threaten and no verb of
// threat tells ("Unless Israel withdraws, Egypt will cut ties") is a
// forecast, and codes nothing. A threat with no target of its own is
// aimed at the actor whose act the condition supposes, when it is of
// another country, unless the verb of threat alone tells it. Nothing
// for a sentence that is not conditional, or whose condition the tree
// does not hang from a verb.
func (s *sentence) conditionThreats() []act {
	if !s.conditional() || s.pastOpening() {
		return nil
	}
	conds, opened := s.conditionClauses()
	if len(conds) == 0 {
		return nil
	}
	s.supposing = true
	defer func() { s.supposing = false }()
	var out []act
	for i := range s.toks {
		if s.consumed[i] || s.insideAny(i, opened) {
			continue
		}
		f, ok := s.verbAt(i)
		if !ok || !s.actsAsVerb(i, f.verb) {
			continue
		}
		a, ok := s.treeAct(i, f.verb)
		if !ok || len(a.sources) == 0 || s.roleOnly(a.sources[0]) {
			// A role word of no country ("the community would retaliate")
			// is too often another name of an actor named before it.
			continue
		}
		switch {
		case codeUnder(a.code, "13"):
			if a, ok = s.conditionThreat(i, f.verb, a, conds); !ok {
				continue
			}
		case codeUnder(a.code, "11", "12") && !s.headsAny(i, conds) && s.moodOf(i, s.reportedBy(i) >= 0) == asFact:
			// "Trump criticized Iran, saying it would pay a price if it
			// attacked": a reaction beside the condition is done; one
			// still to come ("would block the merger unless") is none.
		default:
			continue
		}
		out = append(out, a)
	}
	return out
}

// conditionThreat returns the threat a, coded at the verb i of v, as the
// conditional sentence makes it, with the target of conds when it has
// none of its own; false when it is no one's threat.
func (s *sentence) conditionThreat(i int, v *verb, a act, conds []int) (act, bool) {
	if !threatVerb(v) && s.reportedBy(i) < 0 {
		return a, false // "Unless Israel withdraws, Egypt will cut ties": told, not threatened
	}
	bare := threatVerb(v) && a.rule == v.def.rule // "warned", "threatened" alone
	own := bare && s.warnsOwnAct(i, a.sources)    // "warned that it would close the strait if"
	if bare && len(a.targets) == 0 && foreseeingVerbs[v.lemma] && !own {
		// "warned that if politicians lift duties, the gains could be
		// lost": a warning to no one of what may come is a view.
		return a, false
	}
	if len(a.targets) == 0 && (!bare || own) {
		if k := s.supposedActor(conds, a.sources); k >= 0 {
			a.targets = []int{k}
		}
	}
	return a, true
}

// headsAny reports whether the verb at i is what one of conds is the
// condition of.
func (s *sentence) headsAny(i int, conds []int) bool {
	for _, c := range conds {
		if s.head[c] == i {
			return true
		}
	}
	return false
}

// foreseeingVerbs warn as often of what may come as of what the speaker
// will do.
var foreseeingVerbs = map[string]bool{"warn": true}

// threatVerb reports whether v threatens or warns by itself ("warned",
// "threatened"), whoever reports it.
func threatVerb(v *verb) bool {
	return v.def != nil && codeUnder(v.def.code, "13")
}

// conditionClauses returns the heads of the clauses opened by "if" or
// "unless": the conditions, hung as adverbial clauses, and all of them,
// with the questions ("Asked if South Korea would retaliate ...").
func (s *sentence) conditionClauses() (conds, all []int) {
	for j := range s.toks {
		if s.hasChildWord(j, "mark", conditions) {
			all = append(all, j)
			if relBase(s.toks[j].Rel) == "advcl" {
				conds = append(conds, j)
			}
		}
	}
	return conds, all
}

// insideAny reports whether token i lies in the subtree of one of heads.
func (s *sentence) insideAny(i int, heads []int) bool {
	for _, h := range heads {
		if s.within(i, h) {
			return true
		}
	}
	return false
}

// supposedActor returns the actor whose act a condition supposes: the
// subject of the first condition that names one ("if the United States
// imposes tariffs", or "if Iran attacks" read as a noun), unless it is of a source's country; -1 if none.
func (s *sentence) supposedActor(conds []int, sources []int) int {
	for _, c := range conds {
		n := s.child(c, "nsubj")
		if n < 0 && s.toks[c].UPOS == "NOUN" {
			n = c // "If Iran attacks, ...", the verb tagged as a noun
		}
		if n < 0 {
			continue
		}
		k := s.mentionOf(n)
		if k < 0 && n == c {
			k = s.firstActorIn(c)
		}
		if k < 0 {
			continue
		}
		for _, src := range sources {
			if s.ms[src].Country == s.ms[k].Country {
				return -1
			}
		}
		return k
	}
	return -1
}
