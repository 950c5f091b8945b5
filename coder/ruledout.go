package coder

// Not ruling out force or sanctions against someone threatens them with
// it: "China said it would not rule out the use of force against
// Taiwan", "Trump did not rule out military action against Iran", "the
// EU has not ruled out sanctions against Turkey", "Pompeo refused to rule
// out a military strike on Iran"; so does not hesitating to use them
// ("would not hesitate to use force against the United States"). The
// negation that would make another act none makes this one: what is kept
// open is the threat (138 for force, 1312 for sanctions). Something kept
// open against no one named ("did not rule out an early election") is
// none.

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
		o := s.keptOpenAct(i)
		if o < 0 {
			continue
		}
		via := s.reportedBy(i)
		if s.moodOf(i, via >= 0) == notCoded || s.questioned(i) {
			continue
		}
		code := s.openThreatCode(o)
		sources, pronoun, _ := s.subjectOf(i)
		if pronoun && via >= 0 {
			sources = []int{via} // "China said it would not rule out"
		}
		if code == "" || len(sources) == 0 {
			continue
		}
		target := s.keptOpenAgainst(o, sources)
		if target < 0 || s.roleOnly(sources[0]) || s.roleOnly(target) {
			continue // "Police did not rule out an attack on Muslims": a crime not excluded
		}
		out = append(out, act{code: code, rule: "ruledout.go: + NOT RULE OUT|HESITATE TO force|sanctions AGAINST|ON +",
			sources: sources, targets: []int{target}, verbStart: i, verbEnd: i + 1, via: via})
	}
	return out
}

// outWord is the particle of "rule out" and "pull out".
var outWord = wordSet("out")

// keptOpenAct returns what the verb at i keeps open: the object of a
// "rule out" denied ("did not rule out military action"), or the act a
// denied "hesitate" governs ("would not hesitate to use force"); -1 if
// none.
func (s *sentence) keptOpenAct(i int) int {
	if s.toks[i].UPOS != "VERB" {
		return -1
	}
	switch s.toks[i].Lemma {
	case "rule":
		if s.hasChildWord(i, "compound:prt", outWord) && s.keptOpen(i) {
			return s.child(i, "obj")
		}
	case "hesitate":
		if s.negatedAt(i) {
			return s.child(i, "xcomp")
		}
	}
	return -1
}

// forceVerbs, not hesitated over, threaten force (138); retaliation,
// coercion of no kind named (130).
var forceVerbs = map[string]string{"strike": "138", "attack": "138", "respond": "138", "defend": "138", "retaliate": "130"}

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
// out", or the verb "hesitate" governs, names: force (138; "the use of
// force", "military action", "to use force", "to strike"), or sanctions
// (1312; "to impose sanctions"); "" if neither. "action" is force only
// when military.
func (s *sentence) openThreatCode(o int) string {
	if s.toks[o].UPOS == "VERB" {
		if code, ok := forceVerbs[s.toks[o].Lemma]; ok {
			return code // "would not hesitate to retaliate against"
		}
		if s.lower[o] != "use" {
			o = s.child(o, "obj") // "to impose sanctions on"
			if o < 0 {
				return ""
			}
		}
	}
	n := o
	if s.lower[o] == "use" || s.lower[o] == "using" {
		n = s.child(o, "nmod", "obj") // "the use of force", "using force"
		if n < 0 {
			return ""
		}
	}
	switch w := s.lower[n]; {
	case w == "action":
		if s.hasChildWord(n, "amod", armedWords) {
			return "138"
		}
	case openForce[w]:
		return "138"
	case openSanctions[w]:
		return "1312"
	}
	return ""
}

// armedWords make an action force ("military action").
var armedWords = wordSet("military armed")

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

// What is kept open: force ("the use of force", "military action", "a
// strike"), coercion in trade, and the verbs that deny a "rule out"
// ("refused to rule out").
var (
	openForce     = wordSet("force action strike strikes attack attacks airstrikes invasion intervention war")
	openSanctions = wordSet("sanctions tariffs embargo retaliation countermeasures")
	refusingVerbs = wordSet("refuse decline")
)
