package coder

import (
	"strings"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// sentence is one sentence prepared for coding: its tokens in lower case,
// the actors found in it, which clause each token belongs to and who, if
// anyone, reports it.
type sentence struct {
	v        *Verbs
	toks     []nlp.Token
	lower    []string
	ms       []actor.Mention
	actorAt  []int  // mention index covering each token, -1 for none
	clause   []int  // clause number of each token; -1: the speaker's words ("X said")
	via      []int  // mention index of the speaker reporting each token, -1 for none
	consumed []bool // words a matched pattern has used, not to be read as verbs again

	// With a dependency parse (dep), head holds each token's head as a
	// 0-based index (-1 for the root) and tclause the index of the token
	// heading its clause in the tree. The word clauses above stay: the
	// words of a pattern are matched in them, and they are the fallback
	// where the tree names no subject or object.
	dep     bool
	head    []int
	tclause []int
	year    int // the article's year, 0 if unknown; older years are history

	// prev holds the authors of the act the previous sentence named, and
	// prevCode its code, for "the move" and the like (anaphora.go).
	prev     []actor.Mention
	prevCode string
	earlier  map[int][]int // the mentions earlierAuthors added, by noun
	// prevOld tells that the previous sentence named an earlier year, to
	// which "In that event" or "At that time" may refer (background.go).
	prevOld bool
	// doneTo holds, by code, the targets of the article's last act of
	// coercion (17) before this sentence, for "handed down the sentence"
	// (anaphora.go).
	doneTo map[string][]actor.Mention
	// article holds the actors of every sentence of the article, for
	// the legislature that passed a bill vetoed (elsewhere.go) and the
	// two sides the sentence before names (sides.go).
	article [][]actor.Mention
	index   int // the sentence's own index in article
	month   int // the month the article was published in, 0 if unknown (background.go)
	// lastActs holds, by CAMEO root, the article's last coded act of
	// each kind before this sentence, for an act told again (restate.go).
	lastActs map[string]pastAct

	// named is the private person the article named last, in this
	// sentence or the two before, whom "the accused" or "the suspect"
	// stands for (person.go); nil if none.
	named *actor.Mention
	// strangers are the people named before by surname alone whom the
	// dictionaries do not know (names.go); mayCode tells whether MayCode
	// accepts the sentence. Only then may a private person named in it
	// do an act (assailant.go).
	strangers []actor.Mention
	mayCode   bool

	// asking counts the subjectOf calls under way: finding a subject may
	// look at an act noun, whose author may be a subject again, and a
	// parse can make that a cycle (maxAsking bounds it).
	asking int
	// repaired tells that repairTree changed the parse, on a copy of
	// the tokens (repair.go).
	repaired bool
	// supposing tells that the threats a condition states are being
	// coded: the clause a condition hangs from is then the threat made
	// now (conditional.go).
	supposing bool
}

func newSentence(v *Verbs, toks []nlp.Token, ms []actor.Mention, year int) *sentence {
	n := len(toks)
	ints := make([]int, 3*n)
	s := &sentence{
		v: v, toks: toks, ms: ms, year: year,
		lower:    make([]string, n),
		actorAt:  ints[:n],
		clause:   ints[n : 2*n],
		via:      ints[2*n:],
		consumed: make([]bool, n),
	}
	for i, t := range toks {
		s.lower[i] = strings.ToLower(t.Form)
		s.actorAt[i] = -1
		s.via[i] = -1
	}
	for k, m := range ms {
		for i := max(m.Start, 0); i < m.End && i < n; i++ {
			s.actorAt[i] = k
		}
	}
	s.markSpeech()
	s.numberClauses()
	if parsed(toks) {
		s.dep = true
		s.head = make([]int, 2*n)
		s.tclause = s.head[n:]
		s.head = s.head[:n]
		for i, t := range toks {
			s.head[i] = t.Head - 1
			if t.Head < 0 || t.Head > n || t.Head-1 == i {
				s.head[i] = -1 // a malformed arc is read as a root
			}
		}
		s.repairTree()
		s.numberTreeClauses()
		s.unmarkTargetKinds()
	}
	return s
}

// targetNouns name what force is aimed at without saying whose it is.
var targetNouns = map[string]bool{"target": true, "targets": true}

// unmarkTargetKinds drops, as actors, role adjectives of no country that
// say what kind a target is ("attacked a large naval target", "military
// targets"): the kind of thing hit, not whose it is. A country's
// adjective still names the owner ("Iranian targets").
func (s *sentence) unmarkTargetKinds() {
	for j, h := range s.head {
		k := s.actorAt[j]
		if h < 0 || k < 0 || s.toks[j].Rel != "amod" || !targetNouns[s.lower[h]] || s.ms[k].Country != "" || s.ms[k].End-s.ms[k].Start != 1 {
			continue
		}
		s.actorAt[j] = -1
	}
}

// verbAt returns the dictionary verb a token is a form of.
func (s *sentence) verbAt(i int) (form, bool) {
	f, ok := s.v.forms[s.lower[i]]
	return f, ok && s.actorAt[i] < 0 && !s.nameWord(i)
}

// nameWord reports whether token i is capitalised inside a sentence, and
// so a name rather than a verb ("in March", "the Rally party"); a word
// after an opening quote or a colon may be capitalised as a sentence's
// first.
func (s *sentence) nameWord(i int) bool {
	if i == 0 || !capitalized(s.toks[i].Form) {
		return false
	}
	switch s.toks[i-1].Form {
	case "\"", "“", "‘", "'", ":", "(", "—", "-", "–", ";":
		return false
	}
	return true
}

// markSpeech finds the verbs of saying and sets the speaker's words apart
// (clause -1) so that they are neither source nor target of the reported
// act; the reported words get the speaker as via. Handled shapes:
// "X said (that) ...", "..., X said" and "..., said X".
func (s *sentence) markSpeech() {
	s.markChannels()
	for i := range s.toks {
		f, ok := s.verbAt(i)
		if !ok || !f.verb.say || s.infinitive(i) || s.sayAct(i, f.verb) {
			continue
		}
		if s.joinedSay(i) {
			// "Pompeo condemned Iran and said ...": the speaker is the
			// subject of the verb before, who takes part in its act.
			end := s.afterSay(i, f)
			s.setApart(i-1, end)
			if k := s.joinedSpeaker(i); k >= 0 {
				s.setVia(end, len(s.toks), k)
			}
			continue
		}
		if k := s.speakerBefore(i); k >= 0 {
			k = s.speakerPhrase(k)
			m := s.ms[k]
			c := m.Start - 1
			if c > 0 && speakerDeterminers[s.lower[c]] {
				c--
			}
			if c > 0 && closingQuotes[s.toks[c].Form] {
				c-- // `"I visited Beijing," Putin said`: the comma is inside the quote
			}
			if c > 0 && s.lower[c] == "," && !s.reportAfter(i+1) {
				// "..., X said": the report is before the comma.
				s.setApart(c, s.afterSay(i, f))
				s.setVia(0, c, k)
			} else {
				// "X said (that) ...": the report follows.
				end := s.afterSay(i, f)
				s.setApart(m.Start, end)
				s.setVia(end, len(s.toks), k)
			}
			continue
		}
		if k := s.speakerAfter(i); k >= 0 && i > 0 && s.lower[i-1] == "," && !s.subjectAt(s.ms[k].End) {
			// "..., said X".
			s.setApart(i-1, s.ms[k].End)
			s.setVia(0, i-1, k)
			continue
		}
		if c := s.longSpeaker(i); c >= 0 {
			// "..., World Bank director for Latin America and the
			// Caribbean Rainer Steckhan said.": a speaker named at length.
			s.setApart(c, i+1)
			if k := s.mentionFrom(c+1, s.clause[c+1], i-c-1); k >= 0 {
				s.setVia(0, c, k)
			}
			continue
		}
		s.setApart(i, i+1)
	}
}

// maxSpeakerWords is how long a speaker's name and title set off at the
// end of a sentence may be.
const maxSpeakerWords = 16

// longSpeaker returns the comma that opens a speaker's phrase ending the
// sentence with the verb of saying at i ("..., World Bank director for
// Latin America and the Caribbean Rainer Steckhan said."): words with no
// verb between the comma and the verb, and only the sentence's end
// after it; -1 if the verb does not end such a phrase.
func (s *sentence) longSpeaker(i int) int {
	if i+1 < len(s.toks) && s.toks[i+1].UPOS != "PUNCT" || i+2 < len(s.toks) {
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-maxSpeakerWords; j-- {
		switch {
		case s.lower[j] == ",":
			if j == i-1 {
				return -1
			}
			return j
		case s.toks[j].UPOS == "VERB" || s.toks[j].UPOS == "AUX" || s.toks[j].UPOS == "PUNCT" && s.toks[j].Form != "." && s.toks[j].Form != "-":
			return -1
		}
	}
	return -1
}

// subjectAt reports whether the token at i, right after an actor, is a
// verb or an auxiliary, the actor its subject: in "IRNA, monitored by the
// BBC, said Iran had seized ..." Iran is what is said, not who says it.
func (s *sentence) subjectAt(i int) bool {
	return i < len(s.toks) && (s.toks[i].UPOS == "AUX" || s.toks[i].UPOS == "VERB")
}

// closingQuotes are the marks that may end a quotation before its
// speaker.
var closingQuotes = map[string]bool{"\"": true, "”": true, "’": true, "'": true, "''": true}

// markChannels sets apart the source a report is attributed to,
// "according to X" or "(a statement) carried by X", and makes it the via
// of the rest of the sentence.
func (s *sentence) markChannels() {
	n := len(s.toks)
	for i := 0; i+1 < n; i++ {
		if !(s.lower[i] == "according" && s.lower[i+1] == "to") && !(s.lower[i] == "carried" && s.lower[i+1] == "by") {
			continue
		}
		k := s.mentionFrom(i+2, s.clause[i], 6) // "according to a tweet on Monday by X"
		if k < 0 {
			continue
		}
		start, end := i, s.ms[k].End
		if start > 0 && s.lower[start-1] == "," {
			start--
		}
		if end < n && s.lower[end] == "," {
			end++
		}
		s.setApart(start, end)
		s.setVia(0, start, k)
		s.setVia(end, n, k)
	}
}

// sayAct reports whether a verb of saying at i matches a pattern of its
// own with a code ("announced a withdrawal"): it is then an act, not a
// report.
func (s *sentence) sayAct(i int, v *verb) bool {
	r, ok := s.matchPatterns(i, v)
	return ok && r.pat.code != ""
}

// reportAfter reports whether words from i on could be a reported act:
// an actor or a verb from the dictionary.
func (s *sentence) reportAfter(i int) bool {
	for j := i; j < len(s.toks); j++ {
		if _, ok := s.verbAt(j); ok || s.actorAt[j] >= 0 {
			return true
		}
	}
	return false
}

// afterSay returns the end of the speaker's words after the verb of saying
// at i: past "that", and past the addressee of "told".
func (s *sentence) afterSay(i int, f form) int {
	end := i + 1
	if f.verb.lemma == "tell" && end < len(s.toks) && s.actorAt[end] >= 0 {
		end = s.ms[s.actorAt[end]].End
	}
	if end < len(s.toks) && s.lower[end] == "that" {
		end++
	}
	return end
}

// speakerBefore returns the actor saying at i when it stands just before
// the verb ("Russia said", "the ministry also said"), or -1.
func (s *sentence) speakerBefore(i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if k := s.actorAt[j]; k >= 0 {
			return k
		}
		if s.lower[j] == "," || s.v.breaks[s.lower[j]] {
			break
		}
	}
	return -1
}

// speakerDeterminers open a speaker's phrase before a verb of saying.
var speakerDeterminers = map[string]bool{"the": true, "a": true, "an": true}

// speakerPhrase returns, for the speaker k named right before a verb of
// saying, the first of the mentions its phrase runs back over without a
// break ("a Soviet foreign ministry official said": the ministry, whose
// country the official's role word lacks), when that one names a country
// and k does not; k otherwise.
func (s *sentence) speakerPhrase(k int) int {
	first := k
	for j := s.ms[k].Start - 1; j >= 0; j-- {
		a := s.actorAt[j]
		if a < 0 {
			break
		}
		first = a
		j = s.ms[a].Start
	}
	if first != k && s.ms[first].Country != "" && s.ms[k].Country == "" {
		return first
	}
	return k
}

// speakerAfter returns the actor named right after a verb of saying at i
// (", said the foreign ministry"), or -1.
func (s *sentence) speakerAfter(i int) int {
	for j := i + 1; j < len(s.toks) && j <= i+2; j++ {
		if k := s.actorAt[j]; k >= 0 {
			return k
		}
	}
	return -1
}

func (s *sentence) setApart(from, to int) {
	for i := max(from, 0); i < to && i < len(s.toks); i++ {
		s.clause[i] = -1
	}
}

func (s *sentence) setVia(from, to, k int) {
	for i := max(from, 0); i < to && i < len(s.toks); i++ {
		if s.via[i] < 0 {
			s.via[i] = k
		}
	}
}

// numberClauses gives each token its clause: a new clause starts after a
// break word and around the speaker's words.
func (s *sentence) numberClauses() {
	n, prevApart := 0, false
	for i := range s.toks {
		if s.clause[i] == -1 {
			prevApart = true
			continue
		}
		if prevApart {
			n++
			prevApart = false
		}
		s.clause[i] = n
		if s.v.breaks[s.lower[i]] {
			n++
			s.clause[i] = -1 // the break word itself belongs to neither side
		}
	}
}

// clauseEnd returns the index just past the clause of token i.
func (s *sentence) clauseEnd(i int) int {
	c := s.clause[i]
	j := i
	for j < len(s.toks) && s.clause[j] == c {
		j++
	}
	return j
}

// infinitive reports whether the verb at i follows "to" ("urged X to meet").
func (s *sentence) infinitive(i int) bool {
	return i > 0 && s.lower[i-1] == "to"
}

// mentionBefore returns the nearest actor ending at or before token i
// within clause c, or -1.
func (s *sentence) mentionBefore(i, c int) int {
	for j := i - 1; j >= 0 && s.clause[j] == c; j-- {
		if k := s.actorAt[j]; k >= 0 {
			return k
		}
	}
	return -1
}

// subjectBefore returns the nearest actor before the verb at i in clause
// c that is neither a venue nor, in a parsed sentence, the object of
// another verb or of a noun ("Hatice Cengiz, fiancée of journalist
// Jamal Khashoggi, addressed reporters in New York, calling for ...":
// neither New York, the reporters nor Khashoggi call for anything), or
// -1.
func (s *sentence) subjectBefore(i, c int) int {
	for j := i - 1; j >= 0 && s.clause[j] == c; j-- {
		if k := s.actorAt[j]; k >= 0 && !s.venue(k) && !s.dependent(k, i) {
			return k
		}
	}
	return -1
}

// dependent reports whether, in a parsed sentence, mention k is the
// object or a prepositional phrase (other than the agent) of a verb
// other than i, or a noun's "of" phrase.
func (s *sentence) dependent(k, i int) bool {
	if !s.dep {
		return false
	}
	j := s.mentionHead(k)
	if j < 0 {
		return false
	}
	return s.dependentAt(j, i, true)
}

// dependentAt is dependent for the phrase headed by token j; counted
// says whether the count of a "count of" phrase is judged in its stead
// ("arranged for 3000 of the National Guard to be available and ...
// requested": the guardsmen are in the phrase of "arranged" as much as
// the count).
func (s *sentence) dependentAt(j, i int, counted bool) bool {
	switch h := s.head[j]; {
	case h < 0 || h == i:
		return false
	case s.toks[j].Rel == "obj" || s.toks[j].Rel == "iobj":
		return s.toks[h].UPOS == "VERB"
	case s.toks[j].Rel == "obl":
		// "allied with Kurdish groups ...": a phrase of another verb
		// (but not its agent, who does that verb's act, nor a clause's
		// subject after a conjunction the parse took for a preposition:
		// "as powerful state governors are calling for ...").
		c := s.caseOf(j)
		return s.toks[h].UPOS == "VERB" && c != "" && c != "by" && !clauseOpeners[c]
	case s.toks[j].Rel == "nmod":
		// "Thousands of protesters" are the protesters.
		if s.caseOf(j) == "of" && counted && s.quantity(h) {
			return s.dependentAt(h, i, false)
		}
		return s.caseOf(j) == "of" && s.toks[h].UPOS == "NOUN" && !s.quantity(h)
	}
	return false
}

// clauseOpeners are words that open a clause as well as a phrase.
var clauseOpeners = map[string]bool{"as": true, "after": true, "before": true, "since": true, "until": true,
	"while": true, "because": true, "when": true}

// venue reports whether mention k is a country, a capital or an
// international body named as where something happens: after "in", "at"
// or "to" ("in New York", "at the United Nations"), or after a comma
// that follows such a venue.
func (s *sentence) venue(k int) bool {
	m := s.ms[k]
	if m.Kind != actor.Country && m.Kind != actor.Capital && m.Kind != actor.IGO {
		return false
	}
	j := m.Start - 1
	if j >= 0 && s.lower[j] == "the" {
		j--
	}
	if j > 0 && s.lower[j] == "," {
		// "in New York, New York", "in Lyon, France": the place's state
		// or country is the venue too.
		k2 := s.actorAt[j-1]
		return k2 >= 0 && k2 != k && s.venue(k2)
	}
	return j >= 0 && (s.lower[j] == "in" || s.lower[j] == "at" || s.lower[j] == "to")
}

// locative words put the actor after them in the role of a place ("held
// talks in Beijing", "marched through the capital"), so an implicit
// target skips it.
var locative = map[string]bool{"in": true, "at": true, "outside": true, "inside": true, "through": true, "across": true}

// targetFrom returns the first actor from token i on in clause c that is
// not named as a place, or -1.
func (s *sentence) targetFrom(i, c int) int {
	for k := s.mentionFrom(i, c, -1); k >= 0; k = s.mentionFrom(s.ms[k].End, c, -1) {
		if st := s.ms[k].Start; (st == 0 || !locative[s.lower[st-1]]) && !s.placePhrase(k) && !s.placeOfPlace(k) {
			return k
		}
	}
	return -1
}

// placeOfPlace reports whether mention k is a country or capital set
// after a comma behind the name of a place that a locative word opens
// ("shot shoppers at a store in El Paso, Texas"): the state or country
// of that place, and so a place too.
func (s *sentence) placeOfPlace(k int) bool {
	m := s.ms[k]
	if m.Kind != actor.Country && m.Kind != actor.Capital || m.Start < 2 || s.lower[m.Start-1] != "," {
		return false
	}
	j := m.Start - 2
	for j >= 0 && capitalized(s.toks[j].Form) && s.actorAt[j] < 0 {
		j--
	}
	return j >= 0 && j < m.Start-2 && locative[s.lower[j]]
}

// placePhrase reports whether, in a parsed sentence, the phrase of
// mention k is where the act took place ("pleaded guilty at the Superior
// Court"): its head takes "in" or "at", however many words stand
// between. (A protest or a bombing "outside the parliament" is aimed at
// it.)
func (s *sentence) placePhrase(k int) bool {
	if !s.dep {
		return false
	}
	j := s.mentionHead(k)
	if j < 0 {
		return false
	}
	c := s.caseOf(j)
	return c == "in" || c == "at"
}

// mentionFrom returns the first actor starting at or after token i within
// clause c and at most limit tokens on (limit < 0: anywhere in the clause).
func (s *sentence) mentionFrom(i, c, limit int) int {
	for j := i; j < len(s.toks); j++ {
		if limit >= 0 && j > i+limit {
			break
		}
		if s.clause[j] != c {
			break
		}
		if k := s.actorAt[j]; k >= 0 && s.ms[k].Start == j {
			return k
		}
	}
	return -1
}

// conjoined reports whether mentions k and k+1 are joined by "and", ","
// or ", and" ("France and Germany", "France, Germany and Italy").
func (s *sentence) conjoined(k int) bool {
	if k < 0 || k+1 >= len(s.ms) || s.ms[k].End > s.ms[k+1].Start {
		// Mentions added while coding (a private person, the authors
		// of an earlier act) follow the text's own, out of its order.
		return false
	}
	between := s.lower[s.ms[k].End:s.ms[k+1].Start]
	switch len(between) {
	case 1:
		return between[0] == "and" || between[0] == ","
	case 2:
		return between[0] == "," && between[1] == "and"
	}
	return false
}

// group returns mention k with the actors joined to it by "and": those
// before it when k ends a list (a source), after it when k starts one. A
// list of names joined by commas alone is no list ("In Brussels, Angela
// Merkel said"): "and" must join two of them.
func (s *sentence) group(k int, backward bool) []int {
	if k < 0 {
		return nil
	}
	g := []int{k}
	and := false
	if backward {
		for j := k - 1; s.conjoined(j) && s.clause[s.ms[j].Start] == s.clause[s.ms[k].Start] && !s.listClosed(j); j-- {
			g = append([]int{j}, g...)
			and = and || s.joinedByAnd(j)
		}
	} else {
		for j := k; s.conjoined(j) && s.clause[s.ms[j+1].Start] == s.clause[s.ms[k].Start]; j++ {
			if s.apposedPerson(j) {
				break // "two Canadian citizens, Michael Kovrig and ...": who they are
			}
			g = append(g, j+1)
			and = and || s.joinedByAnd(j)
		}
	}
	if !and {
		return []int{k}
	}
	return g
}

// apposedPerson reports whether mention k+1 is a person the dictionaries
// give no country, set after mention k by a comma alone: an apposition
// naming whom k is, not another actor of a list.
func (s *sentence) apposedPerson(k int) bool {
	n := s.ms[k+1]
	return n.Kind == actor.Person && n.Country == "" && s.lower[n.Start-1] == "," && s.ms[k].Kind != actor.Person
}

// joinedByAnd reports whether mentions k and k+1 are joined by "and".
func (s *sentence) joinedByAnd(k int) bool {
	return s.lower[s.ms[k+1].Start-1] == "and"
}

// relativeHost returns, for an -ing participle after a comma that the
// parse hung from a relative clause, the verb of the clause the relative
// clause's noun belongs to ("the Court issued an opinion on the
// Parliament, which went into effect on Tuesday, finding it unlawful":
// the Court finds); -1 otherwise.
func (s *sentence) relativeHost(i int) int {
	h := s.head[i]
	if i == 0 || s.lower[i-1] != "," || h < 0 || s.toks[h].Rel != "acl:relcl" {
		return -1
	}
	// People a clause with "who" picks out, with no comma before it,
	// do what follows: "protesters who had gathered ..., blocking the
	// exits" are the ones blocking.
	if start := s.subtreeStart(h); (start == 0 || s.lower[start-1] != ",") && s.hasChildWord(h, "nsubj", whoWords) {
		return -1
	}
	for n, steps := s.head[h], 0; n >= 0 && steps < 6; n, steps = s.head[n], steps+1 {
		if s.toks[n].UPOS == "VERB" {
			return n
		}
	}
	return -1
}

// whoWords are the relative pronouns of people.
var whoWords = map[string]bool{"who": true}

// subtreeStart returns the first token of the phrase headed by h.
func (s *sentence) subtreeStart(h int) int {
	for j := 0; j < h; j++ {
		if s.within(j, h) {
			return j
		}
	}
	return h
}

// afterQuote reports whether the verb at i follows a closing quotation
// mark and "and" (`said "..." and offered`).
func (s *sentence) afterQuote(i int) bool {
	return i > 1 && s.lower[i-1] == "and" && closingQuotes[s.toks[i-2].Form]
}
