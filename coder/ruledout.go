package coder

// Not ruling out force or sanctions against someone threatens them with
// it: "China said it would not rule out the use of force against
// Taiwan", "Trump did not rule out military action against Iran", "the
// EU has not ruled out sanctions against Turkey", "Pompeo refused to rule
// out a military strike on Iran". The negation that would make another
// act none makes this one: what is kept open is the threat (138 for
// force, 1312 for sanctions). Something kept open against no one named
// ("did not rule out an early election") is none.

// openForce name force kept open: "the use of force", "military action",
// "a strike".
var openForce = wordSet("force action strike strikes attack attacks airstrikes invasion intervention war")

// openSanctions name coercion in trade kept open.
var openSanctions = wordSet("sanctions tariffs embargo retaliation countermeasures")

// refusingVerbs deny the "rule out" they govern: "refused to rule out".
var refusingVerbs = wordSet("refuse decline")

// ruledOutThreats returns the threats the sentence tells as force or
// sanctions against someone not ruled out, made by the subject of "rule
// out" to whom its object names them against. None when "rule out" is
// affirmed, supposed or asked, when its object is no force or sanction,
// or names no one, or only the subject's own side, or when either side
// is a role of no country (police not ruling out an attack speak of a
// crime).
func (s *sentence) ruledOutThreats() []act {
	var out []act
	for i := range s.toks {
		if s.toks[i].Lemma != "rule" || s.toks[i].UPOS != "VERB" || !s.hasChildWord(i, "compound:prt", outWord) || !s.keptOpen(i) {
			continue
		}
		o := s.child(i, "obj")
		if o < 0 || s.moodOf(i, s.reportedBy(i) >= 0) == notCoded || s.questioned(i) {
			continue
		}
		code := s.openThreatCode(o)
		sources, pronoun, _ := s.subjectOf(i)
		if via := s.reportedBy(i); pronoun && via >= 0 {
			sources = []int{via} // "China said it would not rule out"
		}
		if code == "" || len(sources) == 0 {
			continue
		}
		target := s.keptOpenAgainst(o, sources)
		if target < 0 || s.roleOnly(sources[0]) || s.roleOnly(target) {
			continue // "Police did not rule out an attack on Muslims": a crime not excluded
		}
		out = append(out, act{code: code, rule: "ruledout.go: + NOT RULE OUT force|sanctions AGAINST|ON +",
			sources: sources, targets: []int{target}, verbStart: i, verbEnd: i + 1, via: s.reportedBy(i)})
	}
	return out
}

// outWord is the particle of "rule out".
var outWord = wordSet("out")

// keptOpen reports whether "rule out" at i is denied: negated ("did not
// rule out") or refused ("refused to rule out").
func (s *sentence) keptOpen(i int) bool {
	if s.negatedAt(i) {
		return true
	}
	h := s.head[i]
	return h >= 0 && s.toks[i].Rel == "xcomp" && refusingVerbs[s.toks[h].Lemma] && !s.negatedAt(h)
}

// openThreatCode returns the code of the threat the object o of "rule
// out" names: force (138; "the use of force", "military action"), or
// sanctions (1312); "" if neither. "action" is force only when military.
func (s *sentence) openThreatCode(o int) string {
	n := o
	if s.lower[o] == "use" || s.lower[o] == "using" {
		n = s.child(o, "nmod", "obj") // "the use of force", "using force"
		if n < 0 {
			return ""
		}
	}
	switch w := s.lower[n]; {
	case w == "action":
		if s.hasChildWord(n, "amod", wordSet("military armed")) {
			return "138"
		}
	case openForce[w]:
		return "138"
	case openSanctions[w]:
		return "1312"
	}
	return ""
}

// keptOpenAgainst returns the actor the threat kept open by the object o
// is aimed at: one an "against" or "on" phrase within o names, not of
// the sources' own side; -1 if none.
func (s *sentence) keptOpenAgainst(o int, sources []int) int {
	for j := range s.toks {
		if j == o || !s.within(j, o) {
			continue
		}
		if c := s.caseOf(j); c != "against" && c != "on" {
			continue
		}
		if k := s.mentionOf(j); k >= 0 && !s.sameSide(k, sources) {
			return k
		}
	}
	return -1
}
