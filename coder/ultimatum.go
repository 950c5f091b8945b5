package coder

// An order with a penalty attached is an ultimatum (139): "Trump told Iran
// to stop enriching uranium or face sanctions", "the EU warned Britain to
// pay its bills or face legal action", "Pompeo said Iran must end its
// attacks or face consequences". The penalty is told by "or face" after
// what the addressee is told to do; the parse hangs "face" anywhere below
// the verb of telling (often as a noun), so the words find it and the
// tree the teller and the addressee.

// penaltyWord follows "or" to tell the penalty of an ultimatum.
const penaltyWord = "face"

// ultimatumCode is CAMEO's ultimatum.
const ultimatumCode = "139"

// tellingVerbs tell someone what to do, the addressee as their object
// ("told Iran to"), or, for "say", as the subject of the clause they
// report ("said Iran must").
var tellingVerbs = wordSet("tell warn urge order give say")

// ultimatumActs returns the ultimatums the sentence tells: an "or face"
// under a verb of telling, made by its subject to its addressee. None
// when the telling is negated, supposed or asked, or the addressee is of
// the teller's own side or a role of no country ("voters must choose ...
// or face", said at home).
func (s *sentence) ultimatumActs() []act {
	var out []act
	for j := 1; j+1 < len(s.toks); j++ {
		if s.lower[j] != "or" || s.lower[j+1] != penaltyWord {
			continue
		}
		v := s.tellingAbove(j + 1)
		if v < 0 {
			continue
		}
		via := s.reportedBy(v)
		if !s.heldNow(v, via >= 0) {
			continue
		}
		sources, _, _ := s.subjectOf(v)
		to := s.toldWhom(v)
		if len(sources) == 0 || to < 0 || s.sameSide(to, sources) || s.roleOnly(to) {
			continue
		}
		out = append(out, act{code: ultimatumCode, rule: "ultimatum: + TELL + TO ... OR FACE",
			sources: sources, targets: []int{to}, verbStart: v, verbEnd: v + 1, via: via})
	}
	return out
}

// tellingAbove returns the nearest verb of telling that the word at f
// lies below; -1 if none.
func (s *sentence) tellingAbove(f int) int {
	for h := s.head[f]; h >= 0; h = s.head[h] {
		if s.toks[h].UPOS == "VERB" && tellingVerbs[s.toks[h].Lemma] {
			return h
		}
	}
	return -1
}

// toldWhom returns the actor the verb of telling at v addresses: its
// object, or the subject of the clause "say" reports; -1 if none.
func (s *sentence) toldWhom(v int) int {
	if s.toks[v].Lemma == "say" {
		if c := s.child(v, "ccomp"); c >= 0 {
			return s.mentionOf(s.child(c, "nsubj"))
		}
		return -1
	}
	return s.mentionOf(s.child(v, "iobj", "obj"))
}
