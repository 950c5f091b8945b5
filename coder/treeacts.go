package coder

import (
	"slices"
	"strings"

	"github.com/annalist/annalist/actor"
)

// treeActs codes every verb of a parsed sentence, then the nouns that
// name acts ("Russia's attack on Ukraine").
func (s *sentence) treeActs() []act {
	if s.conditional() || s.pastOpening() {
		return nil
	}
	var out []act
	for i := range s.toks {
		if a, ok := s.controlNounAct(i); ok {
			out = append(out, a)
		}
	}
	for i := range s.toks {
		if s.consumed[i] {
			continue
		}
		f, ok := s.verbAt(i)
		if !ok || !s.actsAsVerb(i, f.verb) {
			continue
		}
		if a, ok := s.treeAct(i, f.verb); ok {
			out = append(out, a)
		}
	}
	for i := range s.toks {
		if s.consumed[i] || s.actorAt[i] >= 0 || !s.nominal(i) {
			continue
		}
		if a, ok := s.nounAct(i); ok {
			out = append(out, a)
		}
	}
	return s.mergeResults(out)
}

// mergeResults folds into an act of violence the -ing participle that
// tells its toll ("went on a stabbing spree, killing four", "bombed the
// town, killing 20 civilians"): one act, told twice. The act takes the
// participle's target when it has none of its own.
func (s *sentence) mergeResults(acts []act) []act {
	out := acts[:0]
	for k, a := range acts {
		i := a.verbStart
		merged := false
		if h := s.head[i]; h >= 0 && s.toks[i].XPOS == "VBG" && s.toks[i].Rel == "advcl" && violent(a.code) {
			for b := range acts {
				if b != k && acts[b].verbStart == h && violent(acts[b].code) {
					if len(acts[b].targets) == 0 {
						acts[b].targets = a.targets
					}
					merged = true
					break
				}
			}
		}
		if !merged {
			out = append(out, a)
		}
	}
	return out
}

// controlNouns name an intent or a threat to do the act of their
// infinitive ("announced plans to withdraw", "expressed its willingness
// to negotiate"), as the control verbs of the dictionary do.
var controlNouns = map[string]string{"intention": "intent", "intentions": "intent", "plan": "intent", "plans": "intent",
	"pledge": "intent", "promise": "intent", "commitment": "intent", "readiness": "intent", "willingness": "intent",
	"decision": "intent", "offer": "intent", "determination": "intent", "threat": "threat", "threats": "threat",
	"desire": "intent", "eagerness": "intent"}

// controlNounAct codes the infinitive of a control noun at i as the
// intent or threat to do its act, done by the noun's author (its
// possessor, or the subject of the verb it is the object of: "Gillibrand
// stated her intention to endorse ..."). The noun and a verb that only
// conveys it ("expressed", "announced") code nothing more.
func (s *sentence) controlNounAct(i int) (act, bool) {
	class, ok := controlNouns[s.lower[i]]
	if !ok || s.consumed[i] || s.toks[i].UPOS != "NOUN" || s.intentUndone(i) || s.noneDone(i) {
		// "has no plans to visit", "no intention to meet": none declared.
		return act{}, false
	}
	j := s.infinitiveOf(i)
	if j < 0 {
		return act{}, false
	}
	g, isVerb := s.verbAt(j)
	if !isVerb || g.verb.say {
		return act{}, false
	}
	r, ok := s.treeRead(j, g.verb)
	if !ok || r.pat.code == "" {
		return act{}, false
	}
	code, ok := s.v.mapCode(class, r.pat.code)
	if !ok && (s.lower[i] == "decision" || s.announcedPlan(i) && s.announcedImposition(r.pat.code, r.pat)) {
		// "announced its decision to expel the ambassador": an act CAMEO
		// has no intent code for is, decided, the act.
		code, ok = r.pat.code, true
	}
	if !ok {
		return act{}, false
	}
	// The speaker of "X announced plans to ..." is the one who plans.
	sources := s.authorsOf(i)
	if len(sources) == 0 {
		return act{}, false
	}
	via := s.reportedBy(i)
	if s.moodOf(s.tclause[i], via >= 0) == notCoded || s.negatedAt(s.tclause[i]) {
		return act{}, false
	}
	s.consumed[i], s.consumed[j] = true, true
	s.consume(r.lits)
	if h := s.head[i]; h >= 0 && s.toks[i].Rel == "obj" {
		if f, ok := s.verbAt(h); ok && (f.verb.say || f.verb.def == nil) {
			s.consumed[h] = true
		}
	}
	targets := s.notApart(s.targetGroup(r.target))
	return act{
		code: code, mutual: r.pat.mutual, rule: r.pat.rule,
		sources: sources, targets: targets,
		verbStart: i, verbEnd: max(r.end, j+1), via: viaUnlessSource(via, sources),
		pledge: len(targets) == 0 && s.pledgedNoun(i, j, sources),
	}, true
}

// toMark is the mark of an infinitive.
var toMark = map[string]bool{"to": true}

// infinitiveOf returns the "to"-infinitive of the noun at i: hung from
// the noun, or from its verb right after it ("stated her intention to
// endorse", parsed with the infinitive under "stated"); -1 if none.
func (s *sentence) infinitiveOf(i int) int {
	for j := i + 1; j < len(s.toks); j++ {
		h := s.head[j]
		if (h == i || h == s.head[i] && s.toks[i].Rel == "obj") && s.hasChildWord(j, "mark", toMark) {
			switch relBase(s.toks[j].Rel) {
			case "acl", "xcomp", "advcl":
				return j
			}
		}
	}
	return -1
}

// allegationMarks open a gerund that says what someone is accused,
// blamed or praised for.
var allegationMarks = map[string]bool{"of": true, "for": true}

// withMarks open the gerund of what a charge alleges ("charged Iraq with
// violating the ceasefire").
var withMarks = map[string]bool{"with": true}

// chargeVerbs lay on someone what their "with" gerund alleges.
var chargeVerbs = map[string]bool{"charge": true, "indict": true, "accuse": true}

// chargedWith reports whether the gerund at i hangs from a verb of
// chargeVerbs, or from its object ("charged the man with attacking a
// guard", parsed so).
func (s *sentence) chargedWith(i int) bool {
	h := s.head[i]
	if h >= 0 && s.toks[h].Rel == "obj" && strings.HasPrefix(s.toks[i].Rel, "acl") {
		h = s.head[h]
	}
	return h >= 0 && chargeVerbs[s.toks[h].Lemma]
}

// keptFromMarks open a gerund that says what someone is kept from
// doing, or does without ("veto parts of a bill without rejecting all
// of it").
var keptFromMarks = map[string]bool{"from": true, "without": true}

// gerundAfter reports whether token i is an -ing form opened by one of
// marks, as the tree hangs it or as the words set it.
func (s *sentence) gerundAfter(i int, marks map[string]bool) bool {
	return s.toks[i].XPOS == "VBG" && (s.hasChildWord(i, "mark", marks) || s.hasChildWord(i, "case", marks) || i > 0 && marks[s.lower[i-1]])
}

// phaseVerbs start or continue the act of their infinitive ("began to
// shell"), which is then coded as if it stood alone.
// A vote does the act voted for ("the House voted to impeach").
var phaseVerbs = map[string]bool{"begin": true, "start": true, "continue": true, "resume": true, "vote": true}

// missedVerb reports whether token i is a verb the tagger missed: a
// dictionary verb tagged as an adjective, a noun or a preposition where
// only a verb can stand. That is the base form after "to" or a modal
// ("voted to impeach", "will sanction"), or a past or -s form right
// after an actor ("Iran seized a tanker"), each followed by the start of
// an object; or, in a sentence with no verb at all, a past or -s form
// after an actor ("The United States lifted sanctions", tagged as an
// adjective before a noun).
func (s *sentence) missedVerb(i int) bool {
	f, ok := s.verbAt(i)
	if !ok || i == 0 || f.verb.say {
		return false
	}
	pos := s.toks[i].UPOS
	if pos != "ADJ" && pos != "NOUN" && pos != "ADP" {
		return false
	}
	afterActor := s.actorAt[i-1] >= 0 && f.kind&(formPast|formThird) != 0
	if pos == "ADP" {
		// "The United States froze the assets", "Rebels overran a
		// base", the past tense taken for a preposition: only right
		// after an actor and before an object.
		return afterActor && s.objectStarts(i+1)
	}
	if afterActor && s.noVerb() {
		return true
	}
	if !s.objectStarts(i + 1) {
		return false
	}
	prev := s.lower[i-1]
	return afterActor || f.kind&formBase != 0 && (prev == "to" || modals[prev] || futures[prev])
}

// noVerb reports whether the tagger found no verb in the sentence.
func (s *sentence) noVerb() bool {
	for _, t := range s.toks {
		if t.UPOS == "VERB" {
			return false
		}
	}
	return true
}

// objectStarts reports whether token j opens a noun phrase that can be a
// verb's object: an actor, a determiner, a number or a pronoun.
func (s *sentence) objectStarts(j int) bool {
	if j >= len(s.toks) {
		return false
	}
	if s.actorAt[j] >= 0 {
		return true
	}
	switch s.toks[j].UPOS {
	case "DET", "NUM", "PRON", "PROPN":
		return true
	}
	return false
}

// actsAsVerb reports whether token i is a verb that codes in its own
// right: a verb (or a control word such as "ready"), not an infinitive
// governed by another verb ("urged Iran to release"), which that verb
// codes or which is not an act at all.
func (s *sentence) actsAsVerb(i int, v *verb) bool {
	t := s.toks[i]
	missed := t.UPOS != "VERB" && s.missedVerb(i)
	if t.UPOS != "VERB" && !(v.control != "" && t.UPOS == "ADJ") && !missed {
		return false
	}
	if i > 0 && determiners[s.lower[i-1]] {
		return false // "the accused", "a planned visit": a noun or adjective
	}
	if s.attributive(i) {
		return false // "a dispute over alleged Canadian subsidies"
	}
	if t.Rel == "amod" && i > 0 && s.head[i] > i && !missed && !(s.actorAt[i-1] >= 0 && s.isPast(i)) {
		// "the detained journalist", "by protesting legislators": a
		// participle before its noun describes it. "States imposed
		// sanctions", parsed so, has a name before it and is an act, as
		// is a past tense right after an actor ("Moon Jae-in held
		// talks", its name cut by the tokenizer).
		switch s.toks[i-1].UPOS {
		case "DET", "ADJ", "ADP", "PRON", "CCONJ", "PUNCT", "NUM", "VERB", "AUX", "PART":
			return false // "the company's threatened plant", after "'s"

		case "ADV":
			// "purchases of currently blocked spare parts", but "and
			// later banned children from gatherings" is a verb.
			if i > 1 && (s.toks[i-2].UPOS == "ADP" || s.toks[i-2].UPOS == "DET") {
				return false
			}
		}
	}
	if s.contrastive(i) {
		return false // "as opposed to commercial banks"
	}
	if s.beforeItsNoun(i) {
		return false // "a pay deal with striking seamen", however parsed
	}
	if s.hyphenGlued(i) {
		return false // "flood-hit New Zealand", "U.S.-backed rebels"
	}
	if s.toks[i].Rel == "conj" && s.describesNoun(s.head[i]) {
		return false // "a fixed and gradually declining payment": both describe it
	}
	if s.withinSubjectAside(i) || s.imperative(i) {
		return false
	}
	l := s.infinitiveLead(i)
	if s.infinitiveClause(l) && !s.protestPurpose(l) && !s.scheduledTo(l) {
		// "deployed troops to attack", "to guard the border and to
		// attack": a purpose, not an act (but "gathered to demand" is a
		// demand, protestdemand.go).
		return false
	}
	if s.expectedOnly(l) && !s.dueTo(l) && s.hopedBy(l) < 0 {
		return false // "Trump is likely to visit Japan": not yet, and no one's intent
	}
	if l != i && strings.HasPrefix(s.toks[l].Rel, "acl") {
		// "has a plan to sanction Russia and to expel its diplomats":
		// what a noun names is planned or hoped for, not done.
		return false
	}
	if s.topicGerund(i) {
		return false // "talks on signing a pact": what the talks are about
	}
	if s.standingLaw(i) {
		return false // "a Canadian law prohibiting export of herring was discriminatory"
	}
	if s.feltAbout(l) {
		return false // "are not enthusiastic about buying British securities"
	}
	if s.gerundAfter(i, allegationMarks) {
		// "accused Iran of supporting terrorism", "sanctioned Iran for
		// supporting terrorism": what is alleged or blamed, not an act
		// the sentence reports.
		return false
	}
	if s.gerundAfter(i, withMarks) && s.chargedWith(i) {
		return false // "charged Iraq with violating the ceasefire": alleged, not reported
	}
	if s.gerundAfter(i, keptFromMarks) {
		// "banned employees from joining protests", "refrained from
		// attacking": what someone is kept from is not done.
		return false
	}
	if l != i && s.toks[l].Rel == "xcomp" && s.controller(i) >= 0 {
		return true // "refused to meet France and to negotiate": treeAct reads the control
	}
	if s.toks[l].Rel == "xcomp" && s.head[l] >= 0 {
		h := s.head[l]
		// "is keen to continue talking": the phase verb stands as its
		// infinitive does.
		return phaseVerbs[s.toks[h].Lemma] && !s.passiveAt(h) && !s.expectedOnly(h) || s.perfectSlip(l) || s.initialParticiple(l) >= 0 ||
			s.hopedBy(l) >= 0 || // "hopes the U.S. will be able to lift sanctions"
			s.standsReady(l) || // "stands ready to hold talks" (readiness.go)
			s.scheduledTo(l) // "is set to meet Xi" (aheadowner.go)
	}
	return true
}

// isPast reports whether token i is a past form of its verb.
func (s *sentence) isPast(i int) bool {
	f, ok := s.verbAt(i)
	return ok && f.kind&formPast != 0
}

// perfectSlip reports whether the participle at i hangs as a complement
// from a "have" the parser took for the verb ("China has threatened to
// ...", parsed with "has" as the root): "have" is its auxiliary, and the
// participle the act.
func (s *sentence) perfectSlip(i int) bool {
	h := s.head[i]
	return s.toks[i].XPOS == "VBN" && s.toks[h].Lemma == "have" && s.child(i, "mark") < 0 && s.child(h, "obj") < 0
}

// treeAct codes the verb at i from its dependents. A verb of saying
// codes only through a pattern of its own ("announced a withdrawal").
func (s *sentence) treeAct(i int, v *verb) (act, bool) {
	say := v.say
	if say {
		r, ok := s.matchPatterns(i, v)
		if !ok || r.pat.code == "" {
			return act{}, false
		}
	}
	via := s.reportedBy(i)
	ctl := s.controller(i)
	if s.purposeAttempt(ctl) {
		return act{}, false // "met to try to settle the dispute" (attempt.go)
	}
	hoper := -1 // "hoped the United States could lift sanctions": hopedBy
	if ctl < 0 {
		var own bool
		if hoper, own = s.hopeOf(i); hoper >= 0 && !own {
			return act{}, false // "hopes North Korea will release them": no one's intent
		}
	}
	clauseVerb := i // the verb whose tense, mood and negation the act takes
	if ctl >= 0 {
		clauseVerb = ctl
	} else if hoper >= 0 {
		clauseVerb = hoper
	}
	mood := s.moodOf(clauseVerb, via >= 0)
	if mood == notCoded || s.characterized(i) || s.asksQuestion(i) || s.asksWh(i) || s.asksAnonymity(i) || s.guessed(clauseVerb) || s.conceded(clauseVerb) || s.inThePast(clauseVerb) || s.disputed(clauseVerb) || s.counterfactual(clauseVerb) {
		return act{}, false
	}
	if (s.passiveAt(i) && !s.statedReadiness(i, v)) || s.agentParticiple(i) || s.setOffParticiple(i) {
		return s.treePassive(i, v, via, mood)
	}
	s.personObject(i, v)
	s.pronounObject(i)
	if s.toks[i].XPOS == "VBN" && (s.reducedRelative(i) || s.describing(i)) {
		if s.byAgent(i) && len(s.actorsOf(s.head[i])) > 0 {
			// "the journalist detained by Iranian police": a passive,
			// when the noun names whom it was done to.
			return s.treePassive(i, v, via, mood)
		}
		return act{}, false // "the journalist detained in Iran"
	}
	class := ""
	r, ok := s.treePatterns(i, v)
	if ctl >= 0 {
		if !ok {
			if r, ok = s.treeRead(i, v); !ok {
				return act{}, false
			}
		}
		f, _ := s.verbAt(ctl)
		class = f.verb.control
	}
	if hoper >= 0 {
		if !ok {
			if r, ok = s.treeRead(i, v); !ok {
				return act{}, false
			}
		}
		class = "intent"
	}
	if !ok && v.control != "" && !s.objectControlled(i) && !s.purposeAttempt(i) && !s.gradedReadiness(i) {
		if j := s.complementOf(i); j >= 0 {
			if g, isVerb := s.verbAt(j); isVerb && !g.verb.say {
				if r, ok = s.treeRead(j, g.verb); ok {
					class = v.control
					s.consumed[j] = true
				}
			} else if r, ok = s.phaseRead(j); ok {
				class = v.control
			}
		}
	}
	if !ok && cooperativeControl[v.control] && s.hostileComplement(i) {
		return act{}, false // "pledged to punish Iran": no cooperation guessed (pledge.go)
	}
	if !ok {
		if r, ok = s.treeRead(i, v); !ok {
			return act{}, false
		}
		if cooperativeControl[v.control] && r.pat == v.def {
			r.target = s.agreedWith(i, r.target) // "agreed to set up a safe zone in Syria" (pledge.go)
		}
	}
	code, paired := r.pat.code, r.pat.paired
	if class != "" {
		controller := v.lemma
		if ctl >= 0 {
			controller = s.toks[ctl].Lemma
		}
		if class == "intent" && s.announcedImposition(code, r.pat) {
			// "plans to impose sanctions": imposed (imposition.go)
		} else if mapped, ok := s.controlledCode(class, code, controller); ok && (hoper < 0 || codeUnder(mapped, "03")) {
			code, paired = mapped, ""
		} else if ctl >= 0 || hoper >= 0 {
			return act{}, false // agreed or refused, it codes no act of its own
		} else if v.def != nil {
			// The act controlled codes no refusal or intent ("rejected
			// an offer of aid to fight the fires"): the control verb
			// codes alone, done to its own object.
			code, paired = v.def.code, ""
			r.pat, r.target, r.end = v.def, s.objectOf(i), i+1
		} else {
			return act{}, false
		}
	} else if mood == asFuture && !s.negatedAt(i) {
		// "will not negotiate" is a refusal now, coded by the negation
		// below, not an intent.
		if !s.announcedImposition(code, r.pat) {
			code = s.futureCode(code)
		}
		paired = ""
	}
	if s.dueTo(s.infinitiveLead(i)) && (code != "036" || class != "") {
		return act{}, false // "Iraq is due to attack Iran": expected, no one's intent
	}
	sources, pronoun, found := s.subjectOf(i)
	if !say && !s.temporalAdjunct(i) {
		// The speaker of "..., X said" takes no part in the act; the
		// speaker of "After meeting Xi, Macron said" did meet Xi.
		sources = s.notApart(sources)
	}
	switch {
	case pronoun && via >= 0 && s.pronounFits(i, via):
		// "Russia said it would ...": the pronoun is the speaker; "they"
		// or "we" is all of "Britain and West Germany said they would
		// oppose ...".
		sources = s.withPartners(via, sources)
		if s.pluralPronounSubject(i) {
			sources = s.speakers(via)
		}
	case pronoun:
		// "Officials said it killed nine people": "it" is not them. But
		// "he" or "she" no earlier sentence resolved is the person named
		// before it ("Modi visited Riyadh, where he met King Salman").
		if k := s.joinedSubject(i); k >= 0 {
			sources = s.withPartners(k, sources)
		} else if k := s.subjectAntecedent(i); k >= 0 {
			sources = s.withPartners(k, sources)
		} else if a := s.theyEarlier(i); len(a) > 0 {
			sources = a
		}
	case len(sources) == 0 && via >= 0 && s.afterQuote(i):
		// `Modi tweeted "Deeply saddened ..." and offered condolences`:
		// the speaker goes on to act, in words of their own.
		sources, via = []int{via}, -1
	case !found && !s.reducedRelative(i):
		// The tree names no subject (or a wrong one): the nearest actor
		// before the verb in its clause, as the words give it.
		sources = s.group(s.subjectBefore(i, s.clause[i]), true)
	case len(sources) == 1 && s.ms[sources[0]].End <= i:
		// "the government of Sudan and rebel groups signed", the list
		// cut by the parse: the words join the actors before the
		// subject to it.
		sources = s.group(sources[0], true)
	}
	if len(sources) == 0 && !pronoun && codeUnder(code, "015", "016") {
		// "Volodymyr Zhukovskyy pleaded not guilty": a defendant's plea
		// is made by one of the article's country.
		if k := s.privateSource(i); k >= 0 {
			sources = []int{k}
		}
	}
	if len(sources) == 0 && !pronoun && assailantCode(code) {
		// "Usman Khan stabbed several people": a named private person's
		// violence.
		if k := s.assailant(i); k >= 0 {
			sources = []int{k}
		}
	}
	if len(sources) == 0 && !pronoun && codeUnder(code, "14") {
		if k := s.crowdSource(i); k >= 0 {
			sources = []int{k} // "Thousands protested in Tehran" (crowd.go)
		}
	}
	sources = append(sources, s.joinedInProtest(i, code, sources)...) // "joined students in strikes" (joinedprotest.go)
	if len(sources) == 1 && s.private(sources[0]) {
		code = personalForce(code)
	}
	mutual := r.pat.mutual && class != "negate"
	if s.negatedAt(i) || ctl >= 0 && s.negatedAt(ctl) || s.noneDone(s.child(i, "obj")) {
		mapped, ok := s.v.mapCode("negate", code)
		if !ok {
			return act{}, false
		}
		code, paired, mutual = mapped, "", false
	}
	if t, ok := s.workStoppage(i, v, r, sources); ok {
		code, paired, mutual, r.target = strikeCode, "", false, t
		if mood == asFuture && class == "" {
			code = s.futureCode(code) // "workers will strike next week" threatens it
		}
	}
	if t, ok := s.workplaceStruck(i, code, sources); ok {
		code, paired, mutual, r.target, r.pat = strikeCode, "", false, t, workplaceStrike // "struck GM's plants" (workplace.go)
	}
	code = s.policeRaid(i, code, sources) // "police raided the offices of" (coercion.go)
	if code == "" || len(sources) == 0 || s.callForWitnesses(i, code, r.target) || s.otherSense(i, v, r, sources) || s.releasesMoney(i, code) {
		return act{}, false
	}
	if r.target >= 0 && len(sources) == 1 && s.private(sources[0]) && s.private(r.target) && violent(code) {
		// One private person's violence against another is a crime
		// with no actor as its target ("Fields killed a woman"); done
		// to the people of a place the text names, it is done to that
		// country ("Crusius shot shoppers in El Paso").
		r.target = s.peopleOf(r.target)
	}
	if r.target < 0 && s.toks[i].XPOS == "VBG" {
		r.target = s.addresseeOf(i)
	}
	if r.target < 0 && !(s.private(sources[0]) && violent(code)) {
		// A private person attacked by another is the victim of a
		// crime, no actor (as above).
		r.target = s.personTarget(s.child(i, "obj"), code)
	}
	if code == "114" {
		if k := s.complainedOf(i, sources); k >= 0 {
			r.target = k
		}
	}
	if r.target < 0 {
		r.target = s.respondedTo(i)
	}
	if r.target < 0 {
		r.target = s.addresseeClause(i, code, sources)
	}
	if r.target < 0 {
		r.target = s.pledgeAddressee(i, code, sources) // "assured Pakistan that it would provide aid"
	}
	if r.target < 0 && codeUnder(code, "02", "10") {
		r.target = s.askedFrom(i, sources)
	}
	if r.target < 0 && codeUnder(code, "17", "18", "19") {
		r.target = s.partTaken(i, sources)
	}
	if r.target < 0 && codeUnder(code, "19") {
		r.target = s.placeHolder(i)
	}
	if r.target < 0 {
		r.target = s.arrestedPerson(i, code) // "arrested the editor of a news site" (coercion.go)
	}
	if r.target < 0 {
		r.target = s.restrictedLegislature(i, code, sources) // "dissolved congress" (coercion.go)
	}
	if r.target < 0 && codeUnder(code, "19") {
		r.target = s.placeStruck(i)
	}
	if r.target < 0 && reactsTo(code) {
		r.target = s.reactionTarget(i, sources)
	}
	if r.target < 0 && code == convictCode {
		r.target = s.objectOf(i) // "found the former aide guilty"
	}
	if r.target < 0 && code == "018" {
		r.target = s.mourned(i)
	}
	if r.target < 0 {
		r.target = s.disputePartner(i, sources)
	}
	if r.target < 0 {
		r.target = s.earlierTarget(i, r.lits, code)
	}
	if r.target < 0 && code == "129" {
		r.target = s.vetoedMaker(i, sources)
	}
	if r.target < 0 && code == "110" {
		r.target = s.ruledAgainst(i) // "a court ruled the seizure illegal"
	}
	if r.target < 0 && codeUnder(code, "10", "143") {
		r.target = s.employer(i, sources)
	}
	if r.target < 0 {
		r.target = s.demandMaker(i, code, sources) // "accepted demands" made before
	}
	if r.target < 0 && code == r.pat.code && s.foreseesOnly(i, v, r) {
		code, paired = pessimisticCode, ""
	}
	s.consume(r.lits)
	if r.pat.alone {
		r.target = -1 // "pleaded guilty to conspiracy against the United States"
	}
	targets := s.notApart(s.targetGroup(r.target))
	if r.target < 0 && !r.pat.alone {
		targets = s.bothSides(i, sources) // "urged both sides to exercise restraint"
	}
	if class == "hope" && s.hopeUnmet(i, ctl, via, sources, targets) {
		return act{}, false // "hopes to win", "had hoped to meet" (hopeto.go)
	}
	if len(targets) == 0 && codeUnder(code, "02") && s.addressedToNoActor(i) {
		// "Chadian radio asked listeners to stay tuned": an appeal made
		// to people who are no actor is none between actors ("appealed
		// for calm" names no one, and is one).
		return act{}, false
	}
	if code == "173" && chargeVerbs[s.toks[i].Lemma] && s.nationCharged(targets) {
		// (Only a charge: a person sentenced or arrested, "a Danish
		// citizen", is no country charged.)
		code = "112" // "charged Japan with lying and cheating": no court charges a country
	}
	return act{
		// A refusal is one side's: "refused to cooperate" is no mutual act.
		code: code, paired: paired, mutual: mutual, rule: r.pat.rule,
		sources: sources, targets: targets,
		verbStart: i, verbEnd: r.end, via: viaUnlessSource(via, sources),
		pledge: len(targets) == 0 && s.pledgedAlone(i, v, code, sources),
	}, true
}

// askedFrom returns whom a demand or a request is made of when the
// verb at i names them in a "from" phrase after its object ("demanded a
// better deal from the European Community", "demanded a pay rise of 20
// percent from the government"); -1 if none, or if they are among the
// sources.
func (s *sentence) askedFrom(i int, sources []int) int {
	o := s.child(i, "obj")
	if o < 0 {
		return -1
	}
	for j := o + 1; j < len(s.toks); j++ {
		if s.caseOf(j) != "from" {
			continue
		}
		rel := relBase(s.toks[j].Rel)
		if !(rel == "nmod" && s.within(j, o) || rel == "obl" && s.head[j] == i) {
			continue // "a pay rise of 20 percent from the government", however hung
		}
		if k := s.mentionOf(j); k >= 0 && !slices.Contains(sources, k) {
			return k
		}
		return -1
	}
	return -1
}

// partWords name a part of what the "of" phrase after them names.
var partWords = map[string]bool{"one": true, "some": true, "part": true, "parts": true, "several": true,
	"many": true, "most": true, "two": true, "three": true, "dozens": true, "hundreds": true}

// partTaken returns, for force or coercion whose object is a part of
// something ("seized one of the strongest Iraqi fortifications",
// "destroyed two of Iraq's oil platforms"), the actor the "of" phrase
// names as its owner; -1 if none, or one of the sources.
func (s *sentence) partTaken(i int, sources []int) int {
	o := s.child(i, "obj")
	if o < 0 || !partWords[s.lower[o]] {
		return -1
	}
	for j := o + 1; j < len(s.toks); j++ {
		if s.head[j] != o || relBase(s.toks[j].Rel) != "nmod" || s.caseOf(j) != "of" {
			continue
		}
		if k := s.firstActorIn(j); k >= 0 && !slices.Contains(sources, k) && s.ms[k].Country != "" {
			return k
		}
		return -1
	}
	return -1
}

// targetGroup returns target mention k with the actors joined to it, by
// the words ("France and Germany") or by the tree ("Saudi Arabia and the
// United Arab Emirates", which the words' rule leaves apart).
func (s *sentence) targetGroup(k int) []int {
	g := s.group(k, false)
	if k < 0 || !s.dep {
		return g
	}
	j := s.mentionHead(k)
	if j < 0 {
		return g
	}
	for c := range s.toks {
		if s.head[c] == j && s.toks[c].Rel == "conj" {
			if x := s.mentionOf(c); x >= 0 && !slices.Contains(g, x) {
				g = append(g, x)
			}
		}
	}
	return g
}

// subjectAntecedent returns the person named earlier in the sentence
// whom the personal pronoun subject of the verb at i stands for, when
// nothing before resolved it; -1 if none.
func (s *sentence) subjectAntecedent(i int) int {
	subj := s.child(i, "nsubj", "nsubj:pass")
	if subj < 0 || !singularPersons[s.lower[subj]] || s.actorAt[subj] >= 0 {
		return -1
	}
	k := s.antecedent(subj)
	if k < 0 || s.ms[k].Kind != actor.Person {
		return -1
	}
	return k
}

// addresseeOf returns whom a participle's act is addressed to when the
// phrase it hangs from names them with "to": "Iran sent a message to
// Saudi Arabia calling for talks", "X wrote to Y demanding ...", "sent a
// letter requesting the documents to Y". -1 if none.
func (s *sentence) addresseeOf(i int) int {
	h := s.head[i]
	if h < 0 {
		return -1
	}
	acl := s.toks[i].Rel == "acl"
	for j := range s.toks {
		if s.lower[j] != "to" || s.toks[j].Rel != "case" {
			continue
		}
		n := s.head[j]
		if n < 0 || s.head[n] == i {
			continue // the participle's own phrase, read as its object already
		}
		// A phrase of the verb or noun the participle hangs from, or,
		// for a noun's participle, anywhere in the noun's phrase or of
		// the noun's verb.
		if s.head[n] == h || acl && (s.within(n, h) || s.head[n] == s.head[h]) {
			if k := s.mentionOf(n); k >= 0 {
				return k
			}
		}
	}
	return -1
}

// phaseRead reads a phase verb the dictionary does not code by the act
// its object names ("agreed to resume talks with China": talks), with
// whom the act is done as its target.
func (s *sentence) phaseRead(j int) (reading, bool) {
	o := s.child(j, "obj")
	if !phaseVerbs[s.toks[j].Lemma] || o < 0 {
		return reading{}, false
	}
	v, ok := s.nounVerb(o)
	if !ok || v.def == nil || v.def.code == "" {
		return reading{}, false
	}
	target := -1
	for n := range s.toks {
		if s.head[n] == o && relBase(s.toks[n].Rel) == "nmod" && reaches[s.caseOf(n)] {
			if target = s.mentionOf(n); target >= 0 {
				break
			}
		}
	}
	if target < 0 {
		target = s.objectOf(j)
	}
	return reading{pat: v.def, target: target, end: o + 1}, true
}

// sameClauseTarget drops the target a pattern without "+" found after
// its words when the tree puts it in another clause ("withdraw a bill
// that would have allowed China to ..."): it is no part of the act.
func (s *sentence) sameClauseTarget(i int, r reading) reading {
	if r.pat.hasTarget() {
		return r
	}
	if len(r.lits) > 0 {
		// "attacked the proclamation ... by Trump", "criticized the
		// move": a pattern whose word is the verb's object naming an act
		// is done to that act's author, not to whoever the words name
		// next.
		j := r.lits[0]
		if (s.toks[j].Rel == "compound" || s.toks[j].Rel == "amod") && s.head[j] >= 0 {
			j = s.head[j] // "attacked the impeachment inquiry"
		}
		if s.head[j] == i && s.toks[j].Rel == "obj" && (s.eventNoun(j) || actAnaphora[s.lower[j]]) {
			a := s.authorsOfAct(j)
			if b := s.agentAfter(j); len(a) == 0 && len(b) > 0 && s.authorCase(j, s.head[j+1]) {
				a = b // "rejected mediation by Egypt", the phrase hung from the verb
			}
			switch {
			case len(a) > 0:
				r.target = a[0]
			case r.target >= 0 && s.within(s.ms[r.target].Start, j):
				// "rejected the proposal from Colombia", "demanded the
				// withdrawal of Russian troops": the object's own phrase.
			default:
				r.target = -1
				if a := s.earlierAuthors(j); len(a) > 0 {
					r.target = a[0]
				}
			}
			return r
		}
	}
	if r.target < 0 {
		return r
	}
	if s.absolute(r.target) {
		r.target = -1
		return r
	}
	if s.tclause[s.ms[r.target].Start] != s.tclause[i] && s.tclause[s.ms[r.target].End-1] != s.tclause[i] {
		r.target = -1
	}
	return r
}

// absolute reports whether mention k is the subject of an absolute
// phrase, "with" and a participle ("declared a state of emergency, with
// Governor McMaster following suit"): it does an act of its own, and is
// no part of the verb's. Read from the words, as the parser seldom makes
// the participle a verb.
func (s *sentence) absolute(k int) bool {
	m := s.ms[k]
	w := m.Start - 1
	for w >= 0 && s.toks[w].UPOS == "DET" {
		w-- // "with the military following orders"
	}
	if w < 0 || s.lower[w] != "with" || m.End >= len(s.toks) {
		return false
	}
	return s.toks[m.End].XPOS == "VBG"
}

// conditional reports whether the sentence states a condition ("if",
// "unless"): neither the condition nor what follows from it has happened.
// The whole sentence is left out, as the tree does not always tell which
// clause the condition belongs to.
func (s *sentence) conditional() bool {
	for i, w := range s.lower {
		if conditions[w] && (s.toks[i].UPOS == "SCONJ" || s.toks[i].Rel == "mark") {
			return true
		}
	}
	return false
}

// pastOpening reports whether the sentence opens with a phrase that sets
// it in the past ("In 1990, ...", "Under Ottoman rule, ...", "Last year,
// ..."), which the
// tree does not always attach to the verb.
func (s *sentence) pastOpening() bool {
	if len(s.toks) > 2 && lastWords[s.lower[0]] && s.lower[1] == "year" && s.lower[2] == "," {
		return true // "Last year, ...", whatever the parse made of it
	}
	if len(s.toks) == 0 || !historyCase[s.lower[0]] && s.lower[0] != "at" {
		return false
	}
	if s.prevOld && len(s.toks) > 2 && s.lower[1] == "that" && s.toks[2].UPOS == "NOUN" {
		// "... the August 2017 rally. In that event, Fields killed
		// ...", "At that time": the time the sentence before dated.
		return true
	}
	if s.lower[0] == "at" {
		return false
	}
	if s.lower[0] == "under" && len(s.toks) > 2 && personPronouns[s.lower[1]] && s.lower[2] == "," {
		// "Under him, the diocese had protested ...": what was done in
		// someone's tenure, told as their story.
		return true
	}
	for j := 1; j < len(s.toks) && s.lower[j] != ","; j++ {
		if s.lower[0] != "in" && pastNouns[s.lower[j]] || s.toks[j].UPOS == "NUM" && s.oldYear(j) {
			return true
		}
	}
	return false
}

// infinitiveClause reports whether the verb at i is a "to"-infinitive
// attached as an adverbial clause (a purpose, or a control complement
// the parser attached so).
func (s *sentence) infinitiveClause(i int) bool {
	if s.toks[i].Rel != "advcl" || !s.hasChildWord(i, "mark", toMark) {
		return false
	}
	// "voted to impeach", parsed as a purpose, is the act voted for.
	h := s.head[i]
	return h < 0 || !phaseVerbs[s.toks[h].Lemma]
}

// reducedRelative reports whether the verb at i is a participle that
// modifies a noun inside a phrase ("the journalist detained in Iran"):
// the noun before it is not its subject.
func (s *sentence) reducedRelative(i int) bool {
	if !strings.HasPrefix(s.toks[i].Rel, "acl") {
		return false
	}
	h := s.head[i]
	return h >= 0 && s.head[h] >= 0 && !s.countedRoot(h) && !s.subordinateActor(i)
}

// notApart drops the actors that are the speaker's own words ("Russia"
// in "..., Russia said"): they report the act and take no part in it.
func (s *sentence) notApart(ms []int) []int {
	out := ms[:0:0]
	for _, k := range ms {
		if s.clause[s.ms[k].Start] != -1 {
			out = append(out, k)
		}
	}
	return out
}

// pronounFits reports whether the subject pronoun of the verb at i can
// stand for the speaker k: "it" for a country or an organisation, "he"
// and "she" for a person or a role held by one ("the Speaker", not
// "officials"), "they" and "we" for any but a person.
func (s *sentence) pronounFits(i, k int) bool {
	subj := s.child(i, "nsubj", "nsubj:pass")
	for j := i; subj < 0 && j >= 0 && s.head[j] >= 0 && (s.toks[j].Rel == "xcomp" || s.toks[j].Rel == "conj"); {
		j = s.head[j]
		subj = s.child(j, "nsubj", "nsubj:pass")
	}
	if subj < 0 {
		return true
	}
	m := s.ms[k]
	plural := s.plural(m.End - 1)
	switch s.lower[subj] {
	case "we", "i":
		// A person speaking as "we" speaks for their government or body.
		return true
	case "it":
		return m.Kind != actor.Person && m.Kind != actor.Agent
	case "he", "she":
		// A person, or one holding a role ("the Speaker of the House"),
		// but not one named as someone else's ("His lawyer said he would
		// plead not guilty": "he" is whom "his" is).
		return (m.Kind == actor.Person || m.Kind == actor.Agent && !plural) && !s.someonesOwn(k)
	default:
		return m.Kind != actor.Person
	}
}

// pluralPronounSubject reports whether the subject of the verb at i is
// "they" or "we".
func (s *sentence) pluralPronounSubject(i int) bool {
	subj := s.child(i, "nsubj", "nsubj:pass")
	return subj >= 0 && (s.lower[subj] == "they" || s.lower[subj] == "we")
}

// speakers returns the speaker k with the actors joined to it by "and"
// after it ("France and Germany said"), which the words of the speaker
// may have set apart from it.
func (s *sentence) speakers(k int) []int {
	g, and := []int{k}, false
	for j := k; s.conjoined(j) && !s.apposedPerson(j); j++ {
		g = append(g, j+1)
		and = and || s.joinedByAnd(j)
	}
	if !and {
		return []int{k}
	}
	return g
}

// futureCode maps an act announced for the future ("will visit") to the
// intent to do it (036), or, for a hostile act, the threat of it. An act
// CAMEO has neither for ("would be launching an inquiry") keeps its code:
// announcing it is, in news, starting it.
func (s *sentence) futureCode(code string) string {
	if code == "026" {
		return "036" // "will seek talks with Washington": an intent to meet
	}
	if codeUnder(code, "02", "10", "11") {
		// "will ask the USDA to raise its quota", "will insist on",
		// "would complain to GATT": a request or a complaint still to
		// be made has no intent code of its own, and nothing is asked
		// or complained of yet.
		return ""
	}
	if code == "" || code[:2] <= "03" {
		return code
	}
	if c, ok := s.v.mapCode("intent", code); ok {
		return c
	}
	if c, ok := s.v.mapCode("threat", code); ok {
		return c
	}
	return code
}

func viaUnlessSource(via int, sources []int) int {
	for _, k := range sources {
		if k == via {
			return -1
		}
	}
	return via
}

// complementOf returns the act a control verb governs: its infinitive
// ("refused to meet"), or the infinitive of the call it answers
// ("rejected calls to negotiate"); -1 if none.
func (s *sentence) complementOf(i int) int {
	if j := s.child(i, "xcomp"); j >= 0 {
		return j
	}
	for j := range s.toks {
		if s.head[j] == i && s.infinitiveClause(j) {
			return j
		}
	}
	for o := range s.toks {
		if s.head[o] != i || s.toks[o].Rel != "obj" || !callNouns[s.lower[o]] {
			continue
		}
		if j := s.child(o, "acl", "xcomp"); j >= 0 {
			return j
		}
	}
	return -1
}

var callNouns = map[string]bool{"call": true, "calls": true, "demand": true, "demands": true, "appeal": true, "appeals": true,
	"request": true, "requests": true, "pressure": true}

// treeRead reads the verb at i: its longest matching pattern, else the
// verb alone with its object or prepositional argument as the target.
func (s *sentence) treeRead(i int, v *verb) (reading, bool) {
	if r, ok := s.treePatterns(i, v); ok {
		return r, true
	}
	if v.def == nil {
		return reading{}, false
	}
	return reading{pat: v.def, target: s.objectOf(i), end: i + 1}, true
}

// treePatterns is matchPatterns read with the tree: the first of the
// verb's patterns whose target is the verb's own, the target then kept
// to the verb's clause (sameClauseTarget).
func (s *sentence) treePatterns(i int, v *verb) (reading, bool) {
	for _, p := range v.patterns {
		r, ok := s.match(i, p)
		if !ok {
			continue
		}
		if p.hasTarget() && (s.targetInOtherClause(i, r.target) || s.targetFromSource(i, p, r.target)) {
			// "repelled an Iranian attack on positions held by its
			// army corps": the "by" of "held", not of "attack".
			continue
		}
		return s.sameClauseTarget(i, r), true
	}
	return reading{}, false
}

// targetInOtherClause reports whether a pattern's target k is the "by"
// agent of a participle describing a noun after the verb at i ("repelled
// an attack on positions held by its army corps"), which the pattern's
// "by" found by the order of the words alone: the participle's agent, not
// the act's.
func (s *sentence) targetInOtherClause(i, k int) bool {
	if k < 0 || !s.dep {
		return false
	}
	j := s.mentionHead(k)
	for steps := 0; j >= 0 && s.head[j] >= 0 && nounModifierRels[s.toks[j].Rel] && steps < 4; steps++ {
		j = s.head[j] // "its fourth army corps": the phrase's noun
	}
	if j < 0 || s.caseOf(j) != "by" {
		return false
	}
	c := s.head[j]
	return c > i && c != i && s.toks[c].UPOS == "VERB" && s.toks[c].XPOS == "VBN" && strings.HasPrefix(s.toks[c].Rel, "acl") && s.head[c] != i
}

// targetFromSource reports whether the target k of a pattern that takes
// it right after the verb, words following ("receive * + in"), is named
// in a "from" phrase while the verb has an object of its own ("received
// cash from customers in amounts ..."): what the verb acts on is the
// object, and the "from" phrase is where it came from.
func (s *sentence) targetFromSource(i int, p *pattern, k int) bool {
	if k < 0 || !s.dep || len(p.elems) < 2 || !p.elems[0].target {
		return false // "bought products from Hitachi": the seller is whom a deal is with
	}
	o := s.child(i, "obj")
	j := s.mentionHead(k)
	return o >= 0 && j >= 0 && !s.within(j, o) && s.caseOf(j) == "from"
}

// objectOf returns the actor a verb acts on: its object, else its first
// prepositional argument that is not a place, time or agent, else the
// object of its infinitive ("denied attacking Lebanon"); -1 if none.
func (s *sentence) objectOf(i int) int {
	return s.treeObject(i, true)
}

// treeObject is objectOf; words tells whether, when the tree gives the
// verb no argument at all, the words after it may name the target. A
// complement's verb ("sued to be allowed to apply for government jobs")
// is searched in the tree alone: its words are far from the act.
func (s *sentence) treeObject(i int, words bool) int {
	for j := range s.toks {
		// An object before its verb is the parse's slip ("British chef
		// Laura Plummer accused ...", with "chef" as the object).
		if s.head[j] == i && s.objectRel(j) && j > i {
			if k := s.mentionOf(j); k >= 0 {
				return k
			}
			if a := s.earlierAuthors(j); len(a) > 0 {
				return a[0] // "the EU condemned the move"
			}
			if s.eventNoun(j) {
				// "condemned Russia's attack on Ukraine", "criticized
				// the Russian airstrikes": an act done to an act is done
				// to its author.
				if a := s.authorsOfAct(j); len(a) > 0 {
					return a[0]
				}
				if a := s.agentAfter(j); len(a) > 0 && s.authorCase(j, s.head[j+1]) {
					// "criticized the invitation from Italy", the phrase
					// hung from the verb.
					return a[0]
				}
				continue
			}
			// "donated vaccines to Vietnam", with "to Vietnam" hung
			// from the object: the phrase says whom the act reaches.
			for n := range s.toks {
				if s.head[n] == j && relBase(s.toks[n].Rel) == "nmod" && reaches[s.caseOf(n)] {
					if k := s.mentionOf(n); k >= 0 && !(s.placeOfThing(n, k) && s.spoken(i)) {
						// Words reach no place: "criticized the decision at
						// a press conference in Beijing" is not done to
						// China, as "fired missiles at targets in Syria" is
						// to Syria.
						return k
					}
				}
			}
		}
	}
	for j := range s.toks {
		if s.head[j] == i && s.toks[j].Rel == "obl" && !locative[s.caseOf(j)] && !notTarget[s.caseOf(j)] && !s.apposed(j) && !s.placeNounPhrase(j) {
			if k := s.mentionOf(j); k >= 0 && !(s.placeOfThing(j, k) && s.spoken(i)) {
				return k // "will meet with bank creditors in New York": not New York
			}
		}
	}
	if x := s.child(i, "xcomp"); x >= 0 {
		return s.treeObject(x, false)
	}
	if !words {
		return -1
	}
	for j := range s.toks {
		if s.head[j] == i && argumentRels[s.toks[j].Rel] {
			return -1 // the verb's arguments name no actor
		}
	}
	// The tree gives the verb no argument at all (it attached them
	// elsewhere): the first actor after the verb in its clause, as the
	// words give it.
	return s.targetFrom(i+1, s.clause[i])
}

// reaches are the prepositions of a phrase that names whom an act
// reaches ("aid to Vietnam", "missiles at Israel", "a deal with Iran").
var reaches = map[string]bool{"to": true, "against": true, "on": true, "at": true, "into": true, "toward": true,
	"towards": true, "with": true}

// apposed reports whether the phrase headed by j is a name set after a
// comma with no preposition of its own, an apposition the parse hung from
// the verb ("marched through the capital, Caracas"): it is whatever the
// phrase before it is.
func (s *sentence) apposed(j int) bool {
	if s.caseOf(j) != "" {
		return false
	}
	for k := j - 1; k >= 0 && s.head[k] == j; k-- {
		if s.lower[k] == "," {
			return true
		}
	}
	// "..., World Bank director Rainer Steckhan said", the name's own
	// words before its head.
	start := s.subtreeStart(j)
	return start > 0 && s.lower[start-1] == ","
}

// argumentRels are the relations of a verb's arguments; times ("next
// month", obl:tmod, obl:unmarked) are not among them.
var argumentRels = map[string]bool{"obj": true, "iobj": true, "obl": true, "obl:agent": true, "xcomp": true, "ccomp": true, "advcl": true}

// notTarget are prepositions whose phrase is not what an act is done to.
var notTarget = map[string]bool{"by": true, "from": true, "during": true, "after": true, "before": true, "since": true,
	"according": true, "despite": true, "over": true, "for": true, "about": true, "via": true, "as": true,
	"under": true, "amid": true, "following": true, "throughout": true} // "Under him, the diocese protested"

// treePassive codes "X was attacked by Y" as Y attacking X. Without a
// "by" actor there is no source and so no event: CAMEO codes who acts.
func (s *sentence) treePassive(i int, v *verb, via int, mood mood) (act, bool) {
	if s.negatedAt(i) {
		return act{}, false
	}
	var sources []int
	var attack *pattern // the act of force a "by" phrase names, if any
	for o := range s.toks {
		if s.caseOf(o) != "by" || !s.agentOf(o, i) {
			continue
		}
		if r := relBase(s.toks[o].Rel); r == "obl" || r == "nmod" {
			sources = s.actorsOf(o)
			if len(sources) == 0 {
				sources, attack = s.attackBy(o)
			}
			break
		}
	}
	pat := v.def
	pr := passiveReading{target: -1, bySubject: true}
	if v.def == nil {
		var ok bool
		if pr, ok = s.passivePattern(i, v, sources); !ok {
			return act{}, false
		}
		pat = pr.pat
	}
	if attack != nil && (pat.code == "190" || !violent(pat.code)) && pat.code != "" {
		// "was hit by Syrian airstrikes", "were killed by an Israeli
		// airstrike": the attack's author did it, by the attack's means.
		pat = attack
	}
	code, paired := pat.code, pat.paired
	if pat.passive != "" {
		code, paired = pat.passive, ""
	}
	if mood == asFuture {
		code, paired = s.futureCode(code), ""
	}
	var targets []int
	if pr.target >= 0 {
		targets = []int{pr.target}
	}
	subj := -1 // none when the subject is the act's word ("sanctions were imposed")
	if pr.bySubject {
		subj = s.child(i, "nsubj:pass")
		if subj < 0 && strings.HasPrefix(s.toks[i].Rel, "acl") {
			subj = s.head[i] // the noun a participle describes
		}
		if subj < 0 {
			subj = s.passiveHolder(i)
		}
		if subj < 0 {
			subj = s.frontedAppos(i)
		}
		if subj < 0 {
			subj = s.personBefore(i)
		}
	}
	if subj >= 0 && violent(code) && s.ownedThing(subj) {
		// "Saudi Arabia's oil facilities were hit by drone strikes":
		// force done to a country's things is not done to the country.
		subj = -1
	}
	if subj >= 0 {
		targets = s.actorsOf(subj)
		if len(targets) == 0 && pronouns[s.lower[subj]] && via >= 0 {
			targets = []int{via}
		}
		if k := s.personTarget(subj, code); len(targets) == 0 && k >= 0 {
			targets = []int{k}
		}
		if len(targets) == 0 && s.eventNoun(subj) {
			// "the proposal by France was backed by Germany": done to
			// the act is done to its author.
			targets = s.authorsOfAct(subj)
		}
		if len(targets) == 0 {
			// "The move was condemned by the EU": the act the sentence
			// before named.
			targets = s.earlierAuthors(subj)
		}
	}
	// Whom the act was done to may be no actor ("Smith was sentenced by
	// Judge Miller"): the act is then coded without a target, as its
	// active voice would be.
	sources, targets = s.notApart(sources), s.notApart(targets)
	if len(sources) == 0 {
		if k := s.policeReported(i, via, code); k >= 0 {
			sources = []int{k}
		}
	}
	if code == "" || len(sources) == 0 || v.def == nil && pat.hasTarget() && len(targets) == 0 {
		// A pattern's "+" asks for a target in the passive too ("data
		// released by the Navy" releases no one).
		return act{}, false
	}
	return act{
		// "The accord was signed by Nigeria and France": an act done
		// together is each one's with the other, as in the active.
		code: code, paired: paired, mutual: pat.mutual && mood != asFuture, rule: pat.rule,
		sources: sources, targets: targets,
		verbStart: i, verbEnd: i + 1, via: viaUnlessSource(via, sources),
	}, true
}

// byAgent reports whether the verb at i has a "by" agent.
func (s *sentence) byAgent(i int) bool {
	for o := range s.toks {
		if s.caseOf(o) == "by" && s.head[o] == i {
			return true
		}
	}
	return false
}

// agentOf reports whether the "by" phrase o is the agent of the passive
// verb at i: it hangs from the verb, or from the verb's complement or
// another phrase of the verb the parse put before it ("shot dead by
// police", "shot in the head by an officer", "sentenced for her murder
// to life in prison by a court"), but not from a noun with an agent of
// its own ("destroyed, with estimates by the Red Cross").
func (s *sentence) agentOf(o, i int) bool {
	h := s.head[o]
	switch {
	case h == i:
		return true
	case h < 0 || s.head[h] != i:
		return false
	case s.toks[h].Rel == "xcomp":
		return true
	}
	return relBase(s.toks[h].Rel) == "obl" && !ownAgent[s.caseOf(h)]
}

// ownAgent are the prepositions of a phrase whose "by" phrase is its own
// ("with estimates by", "despite criticism by", "after a decision by").
var ownAgent = map[string]bool{"with": true, "despite": true, "amid": true, "according": true, "after": true,
	"before": true, "following": true}

// nounAct codes a noun that names an act between actors: "X's visit to
// Y", "the invitation from X to Y", "talks between X and Y". The noun's
// own code is used; a noun with no actor it acts on codes nothing, as
// "his campaign promises" is not an event.
func (s *sentence) nounAct(i int) (act, bool) {
	v, ok := s.nounVerb(i)
	if !ok || v.def == nil || v.def.code == "" || s.noneDone(i) || s.anyAct(i) || s.planned(s.head[i]) || s.pending(i) {
		return act{}, false // "made no demands", "no plans for X to meet Y during his trip"
	}
	var sources, targets, between []int
	handedTo := false // the targets are the noun's "to" phrase
	owned := false    // the source is the speaker a possessive pronoun stands for
	for j := range s.toks {
		if s.head[j] != i {
			continue
		}
		switch rel, c := s.toks[j].Rel, s.caseOf(j); {
		case rel == "nmod:poss":
			if sources = s.actorsOf(j); len(sources) == 0 {
				sources = s.pronounOwner(i, j, v.def.code) // "said his visit would" (possessor.go)
				owned = len(sources) > 0
			}
		case rel == "amod" && len(sources) == 0, rel == "compound" && len(sources) == 0 && s.compoundAuthor(j, i):
			// "Russian airstrikes", "the Turkish offensive", "the US
			// sanctions": a country's adjective or name names who acts
			// (but "the Ukraine invasion" is done to Ukraine).
			if k := s.countryActorAt(j); k >= 0 {
				sources = []int{k}
			}
		case relBase(rel) != "nmod" && relBase(rel) != "obl":
		case c == "by", c == "from" && !s.goesTo(i, j):
			sources = s.actorsOf(j)
		case c == "between":
			between = s.betweenJoined(i, s.actorsOf(j))
		case nounTargets[c] && len(targets) == 0:
			targets = s.actorsOf(j)
			handedTo = c == "to" && len(targets) > 0
		}
	}
	if len(between) == 0 && v.def.mutual {
		between = s.participleBetween(i) // "talks planned between X and Y" (heldboth.go)
	}
	ownSides := len(sources) > 0 // the noun names who holds it: "Iran's talks with France"
	if len(targets) == 0 {
		// "the investigation of a man", "the arrest of the suspect".
		for j := range s.toks {
			if s.head[j] == i && relBase(s.toks[j].Rel) == "nmod" && nounTargets[s.caseOf(j)] {
				if k := s.personTarget(j, v.def.code); k >= 0 {
					targets = []int{k}
				}
				break
			}
		}
	}
	if len(targets) == 0 {
		// "the invitation from Brazil to Argentina" is often parsed with
		// the target hanging from the source.
		for j := range s.toks {
			if h := s.head[j]; h >= 0 && s.head[h] == i && relBase(s.toks[h].Rel) == "nmod" && relBase(s.toks[j].Rel) == "nmod" && nounTargets[s.caseOf(j)] && len(targets) == 0 {
				targets = s.actorsOf(j)
			}
		}
	}
	if authors, holders := s.heldFrom(i); len(authors) > 0 && len(holders) > 0 {
		sources, targets = authors, holders // "had the support of voters"
	}
	light := false
	if h := s.head[i]; len(sources) == 0 && s.toks[i].Rel == "obj" && (lightVerbs[s.toks[h].Lemma] || startVerbs[s.toks[h].Lemma] && strings.HasPrefix(v.def.code, "04")) {
		// "Trump had a phone conversation with Erdogan": the one who has
		// or holds the act does it. Done so, the act is a fact of the
		// news even without a target ("opened an investigation").
		if subj := s.child(s.head[i], "nsubj"); subj >= 0 {
			sources = s.actorsOf(subj)
			light = len(sources) > 0
		}
		if len(targets) == 0 {
			targets = s.lightPartner(i)
		}
	}
	proposed := false
	if len(sources) == 0 && (s.meetingProposed(i, v) || s.openTo(i, v)) {
		// "will propose a summit meeting with Reagan", "seek new talks
		// with Washington": who proposes or seeks it intends to meet.
		sources, owned = s.proposers(s.proposingVerb(i))
		proposed = len(sources) > 0
		if len(targets) == 0 {
			targets = s.lightPartner(i)
		}
	}
	if len(sources) == 0 && handedTo && s.handed(i, v.def.code) {
		// "gave his support to the government", "issued a warning to
		// Ukraine": the one who hands the act over does it.
		if subj := s.child(s.head[i], "nsubj"); subj >= 0 {
			sources = s.actorsOf(subj)
		}
	}
	if len(sources) == 0 {
		sources = s.agentAfter(i)
	}
	if len(sources) == 0 {
		sources = s.protestKeptUpBy(i, v.def.code) // "the teachers continued their strike"
		if len(sources) == 0 {
			sources = s.onStrike(i, v.def.code) // "doctors have been on strike"
		}
		light = len(sources) > 0
	}
	sequence := false // "After talks with Putin, Erdogan said": the speaker took part
	if len(sources) == 0 {
		var joined bool
		if sources, joined = s.takenPartIn(i, v.def.code); joined {
			light = len(sources) > 0
		} else {
			sequence = len(sources) > 0
		}
	}
	if len(sources) == 0 {
		// "The United States is in talks with Mexico" (intalks.go).
		if held, partners := s.inTalksWith(i, v.def.code); len(held) > 0 {
			sources, targets = held, partners
		}
	}
	if len(sources) == 0 {
		// "discussed the crisis in talks with Di Maio", "no progress was
		// made in talks with Japan, officials said" (talksheld.go); the
		// speaker holds them though set apart.
		if held, partners, spoken := s.talksHolders(i, v.def.code); len(held) > 0 {
			sources, targets, sequence = held, partners, spoken
		} else {
			// "returned from a visit to Japan", "said on his return
			// from a visit to Japan": the speaker made it.
			sources = s.returnedFrom(i, v.def.code)
			if len(sources) == 0 {
				sources = s.visitFramed(i, v.def.code) // "During a visit to Seoul, Pompeo ..." (visitframe.go)
			}
			sequence = len(sources) > 0
		}
	}
	if subj := s.reactionSubject(i); len(targets) == 0 && subj >= 0 {
		// "the offensive drew condemnation from the EU", "Turkey faced
		// criticism from ...": the reaction is to the subject, or to
		// the author of the act the subject names.
		if targets = s.actorsOf(subj); len(targets) == 0 {
			targets = s.authorsOfAct(subj)
		}
		if len(targets) == 0 {
			targets = s.earlierAuthors(subj) // "The move drew criticism"
		}
	}
	if len(targets) == 0 && concessive[s.caseOf(i)] {
		// "Turkey converted the museum despite criticism by Greece": the
		// criticism is of the one who went ahead.
		var found bool
		if targets, _, found = s.subjectOf(s.tclause[i]); !found {
			// "Despite criticism by Greece, Turkey converted ...", the
			// name hung from the criticism's phrase: the words tell.
			if k := s.mentionBefore(s.tclause[i], s.clause[s.tclause[i]]); k >= 0 {
				targets = []int{k}
			}
		}
	}
	if len(targets) == 0 && len(sources) > 0 && v.def.code == "129" {
		// "overrode President Reagan's veto of an 88 billion dlr highway
		// bill": the veto named is aimed at the bill's makers, as the
		// verb's is.
		if k := s.vetoedMaker(i, sources); k >= 0 {
			targets = []int{k}
		}
	}
	if len(between) > 1 && len(sources) == 0 && v.def.mutual {
		sources = between
	} else if len(targets) == 0 {
		targets = between
	}
	if !sequence && !owned {
		sources = s.notApart(sources)
	}
	targets = s.notApart(targets)
	venue := false // "Protests continued in Santiago" (protestvenue.go): asserted, so not asked again below
	if len(sources) == 0 && len(targets) == 0 {
		if k := s.protestVenueAuthor(i, v.def.code); k >= 0 {
			sources, venue = []int{k}, true
		}
	}
	if len(sources) > 0 && len(targets) == 0 && (light || venue || s.protestAsserted(i, v.def.code)) {
		// "A strike by workers at the plant entered its third day": a
		// protest goes on with no one named it is aimed at, a strike
		// against the employer the article names (but not one the
		// country's people are only said to hold).
		if !venue {
			if k := s.struckEmployer(i, v.def.code, sources); k >= 0 {
				targets = []int{k}
			}
		}
		light = true
	}
	if len(sources) == 0 || (len(targets) == 0 && !light && !(v.def.mutual && len(sources) > 1)) {
		return act{}, false
	}
	if h := s.head[i]; h >= 0 && (s.toks[i].Rel == "obj" || s.toks[i].Rel == "nsubj:pass") && planVerbs[s.toks[h].Lemma] && !proposed {
		// "worked to arrange a meeting between X and Y", "the visit
		// was cancelled": an act planned or called off did not happen.
		return act{}, false
	}
	intended := (s.scheduled(i) || s.datedAhead(i) || s.setFor(i)) && s.futureCode(v.def.code) != v.def.code
	if !intended && s.unrealized(i) || s.datedBefore(i) {
		return act{}, false // "a possible trip", "the 2003 invasion of Iraq"
	}
	via := s.reportedBy(i)
	clause := s.tclause[i]
	if j := s.betweenVerb(i, between); j >= 0 {
		clause = j // "Talks between X and Y will resume" (heldboth.go)
	}
	m := s.moodOf(clause, via >= 0)
	if m == notCoded {
		return act{}, false
	}
	code, paired := v.def.code, v.def.paired
	if m == asFuture {
		// "Nakasone will make an official visit to the United States",
		// "the talks will take place on Monday": an act its clause puts
		// ahead is intended, as the verb's own would be.
		if code, paired = s.futureCode(code), ""; code == "" {
			return act{}, false
		}
	}
	if strings.HasPrefix(code, "04") && (s.hasChildWord(i, "compound", phoneWords) || s.hasChildWord(i, "amod", phoneWords)) {
		code = phoneCode // "a phone conversation with Erdogan": by telephone
		if s.withPhrase(i) {
			paired = phoneCode // held with someone, the call is both's
		}
	}
	if intended || proposed {
		// "talks scheduled for Thursday", "his planned visit": set for a
		// time to come, the act is intended (036 for talks or a visit).
		code, paired = s.futureCode(code), ""
	}
	if s.announcedOnly(i, code, targets) {
		return act{}, false
	}
	if s.sentFor(i) {
		code, paired = "036", "" // talks someone is sent to hold: an intent to meet
	}
	if paired == "" && ownSides && s.heldBothWays(i, code, targets) {
		paired = code // "talks with Japan": both sides held them (heldboth.go)
	}
	return act{
		code: code, paired: paired, mutual: v.def.mutual, rule: v.def.rule,
		sources: sources, targets: targets,
		verbStart: i, verbEnd: i + 1, via: viaUnlessSource(via, sources),
	}, true
}

// lightPartner returns the actors of the "with" phrase that the parse
// hung from the light verb whose object is the consultation or
// negotiation noun at i ("opened talks today with the country's union
// leaders", "held talks in Washington with Reagan"): they are the
// other party. Nil if none, or the noun is another act.
func (s *sentence) lightPartner(i int) []int {
	v, ok := s.nounVerb(i)
	if !ok || v.def == nil || !strings.HasPrefix(v.def.code, "04") {
		return nil
	}
	h := s.head[i]
	for j := range s.toks {
		if s.head[j] == h && relBase(s.toks[j].Rel) == "obl" && s.caseOf(j) == "with" {
			return s.actorsOf(j)
		}
	}
	return nil
}

// proposeVerbs put forward a meeting their subject means to hold.
var proposeVerbs = map[string]bool{"propose": true, "seek": true, "plan": true, "want": true, "arrange": true}

// meetingProposed reports whether the consultation noun at i (04) is the
// object of a verb of proposeVerbs in the active voice, not negated
// ("will propose a summit meeting with Reagan", "seek new talks with
// Washington").
func (s *sentence) meetingProposed(i int, v *verb) bool {
	h := s.proposingVerb(i)
	return h >= 0 && s.toks[i].Rel == "obj" && proposeVerbs[s.toks[h].Lemma] && strings.HasPrefix(v.def.code, "04") &&
		!s.passiveAt(h) && !s.negatedAt(h)
}

// controlledCode maps the code of an act a control verb of class governs
// ("agreed to meet": 036). Sanctions and cuts in relations (16), which
// CAMEO has no intent code for, are, declared ("ready to impose
// sanctions against Japan"), a threat of them (1312), and, decided or
// agreed on ("decided to impose tariffs"), the act itself.
func (s *sentence) controlledCode(class, code, controller string) (string, bool) {
	if mapped, ok := s.v.mapCode(class, code); ok || class != "intent" {
		return mapped, ok
	}
	if !codeUnder(code, "16") {
		return "", false // "vowed to crack down on piracy": no one threatened
	}
	if decisionVerbs[controller] {
		return code, true
	}
	return s.v.mapCode("threat", code)
}

// decisionVerbs make the act they govern decided, not only intended.
var decisionVerbs = map[string]bool{"decide": true, "agree": true}

// phoneWords make a consultation one by telephone.
var phoneWords = map[string]bool{"phone": true, "telephone": true}

// concessive prepositions set an act against the clause's own ("despite
// criticism by X", "amid protests from Y"): it is done to the clause's
// subject.
var concessive = map[string]bool{"despite": true, "amid": true, "amidst": true}

// agentAfter returns the actors of a "by" or "from" phrase that follows
// the noun at i at once but that the parse hung elsewhere ("despite
// criticism by Greece", with "by Greece" under the verb or the object).
func (s *sentence) agentAfter(i int) []int {
	b := i + 1
	if b >= len(s.toks) || s.toks[b].Rel != "case" || (s.lower[b] != "by" && s.lower[b] != "from") {
		return nil
	}
	h := s.head[b]
	if h < 0 || s.head[h] == i || s.passiveAt(s.head[h]) && !strikeNouns[s.lower[i]] {
		// ("A deal was reached in a strike by 9,000 workers": the "by"
		// right after a strike names the strikers, not the passive's agent.)
		return nil
	}
	return s.actorsOf(h)
}

// lightVerbs give their object's act to their subject ("had talks",
// "held a meeting", "conducted a raid", "mounted an offensive", "paid a
// visit", "opened an investigation").
var lightVerbs = map[string]bool{"have": true, "hold": true, "conduct": true, "carry": true, "stage": true,
	"perform": true, "launch": true, "open": true, "mount": true, "make": true, "wage": true, "undertake": true,
	"pay": true, "lodge": true, "announce": true}

// startVerbs start or resume talks, and so hold them ("resumed talks
// with"); an inquiry begun is no act done to anyone yet.
var startVerbs = map[string]bool{"resume": true, "begin": true, "start": true}

// handingVerbs hand their object's act to someone ("gave his support
// to", "issued a warning to", "offered aid to").
var handingVerbs = map[string]bool{"give": true, "extend": true, "offer": true, "issue": true, "lend": true}

// handed reports whether the act noun at i, of the given code, is the
// object of a verb that hands it over: support (05), aid (07) or a
// warning (13), the acts that are done by being handed. Talks and
// interviews one gives (04) are no act of the giver's own, and without
// a "to" phrase ("issued warnings against attempts to enter") the act
// reaches no one and is too vague to code.
func (s *sentence) handed(i int, code string) bool {
	h := s.head[i]
	return h >= 0 && s.toks[i].Rel == "obj" && handingVerbs[s.toks[h].Lemma] && codeUnder(code, "05", "07", "13") && !s.negatedAt(h)
}

// planVerbs make their object an act yet to happen, or one that will not.
var planVerbs = map[string]bool{"arrange": true, "plan": true, "propose": true, "seek": true, "request": true, "want": true,
	"hope": true, "expect": true, "consider": true, "discuss": true, "prepare": true, "schedule": true, "demand": true, "urge": true,
	"cancel": true, "postpone": true, "scrap": true, "delay": true, "shelve": true}

// reactionVerbs take as object a reaction that their subject drew.
var reactionVerbs = map[string]bool{"draw": true, "spark": true, "prompt": true, "trigger": true, "provoke": true,
	"attract": true, "face": true, "receive": true, "earn": true, "win": true, "gain": true, "secure": true}

var nounTargets = map[string]bool{"to": true, "on": true, "of": true, "against": true, "with": true, "into": true, "for": true, "at": true}

// callForWitnesses reports whether verb i is an appeal (02x) with no
// actor as its target, made to "anyone" or "anybody": "I would urge
// anyone with any information to contact police" asks the public for
// help with an inquiry, which is no political act.
func (s *sentence) callForWitnesses(i int, code string, target int) bool {
	if !strings.HasPrefix(code, "02") || target >= 0 {
		return false
	}
	addressees := []int{s.child(i, "obj", "iobj")}
	if x := s.child(i, "xcomp"); x >= 0 {
		addressees = append(addressees, s.child(x, "nsubj"))
	}
	for _, j := range addressees {
		if j >= 0 && (s.lower[j] == "anyone" || s.lower[j] == "anybody") {
			return true
		}
	}
	return false
}

// addressedToNoActor reports whether the verb at i is said to someone its
// object names who is no actor: a common noun ("listeners", "residents")
// that no actor covers.
func (s *sentence) addressedToNoActor(i int) bool {
	o := s.child(i, "obj", "iobj")
	return o >= 0 && s.toks[o].UPOS == "NOUN" && s.mentionOf(o) < 0 && !s.eventNoun(o)
}

// characterized reports whether the participle at i, with "as" and no
// subject of its own, says what the object of its verb is or does: "Trump
// cited an audit as prohibiting him from releasing them", "Israel
// portrayed Hamas as attacking its towns". That is a view of the object,
// neither the speaker's act nor a report that the object acted.
func (s *sentence) characterized(i int) bool {
	if s.toks[i].XPOS != "VBG" || s.child(i, "nsubj", "nsubj:pass") >= 0 {
		return false
	}
	if m := s.child(i, "mark"); m < 0 || s.lower[m] != "as" {
		return false
	}
	switch h := s.head[i]; relBase(s.toks[i].Rel) {
	case "advcl":
		return s.child(h, "obj") >= 0
	case "acl":
		// the participle hung from the object itself
		return s.toks[h].Rel == "obj" && s.head[h] >= 0 && s.toks[s.head[h]].UPOS == "VERB"
	}
	return false
}
