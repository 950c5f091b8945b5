package quote

import (
	"strings"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// sentence is one sentence with its actors and dependency tree.
type sentence struct {
	toks       []nlp.Token
	text0      string // the article's text
	start, end int    // byte offsets
	actors     []actor.Mention
	head       []int // 0-based head, -1 for the root or a malformed arc
}

func (f *finder) newSentence(s *nlp.Sentence, actors []actor.Mention) *sentence {
	n := len(s.Tokens)
	st := &sentence{toks: s.Tokens, text0: f.doc.Text, start: s.Start, end: s.End, head: make([]int, n), actors: actors}
	for i, t := range s.Tokens {
		st.head[i] = t.Head - 1
		if t.Head < 1 || t.Head > n || t.Head-1 == i {
			st.head[i] = -1
		}
	}
	return st
}

// sayVerb reports whether token i is a verb of saying that reports a
// statement: not "to say", not "is said to", not "the reported attack".
func (s *sentence) sayVerb(i int) bool {
	t := s.toks[i]
	if t.UPOS != "VERB" || !sayForms[strings.ToLower(t.Form)] {
		return false
	}
	switch t.Rel {
	case "amod", "acl":
		return false
	case "xcomp":
		// "wants to say" is no statement; but a finite verb of saying that
		// closes the sentence (", state media reported.") is one, whatever
		// relation the parser gave it.
		if t.XPOS != "VBD" || !s.endsClause(i) {
			return false
		}
	}
	if i > 0 && isWord(s.toks[i-1].Form, "to") {
		return false
	}
	return !addsThing(s, i)
}

// addsThing reports whether "add" at i adds something rather than words:
// it has a goal ("would add to its problems", "added two ships to the
// fleet"). An object alone does not tell: the parser makes the subject
// of the words added its object ("added, "Boris Johnson is trying …"").
func addsThing(s *sentence, i int) bool {
	if !isWord(s.toks[i].Lemma, "add") {
		return false
	}
	for j, h := range s.head {
		if h == i && s.toks[j].Rel == "obl" {
			if c := s.child(j, "case"); c >= 0 && isWord(s.toks[c].Form, "to") {
				return true
			}
		}
	}
	return false
}

// endsClause reports whether only punctuation follows token i.
func (s *sentence) endsClause(i int) bool {
	for _, t := range s.toks[i+1:] {
		if t.UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// child returns the first dependent of i whose relation is rel (subtypes
// excluded), or -1.
func (s *sentence) child(i int, rel string) int {
	for j, h := range s.head {
		if h == i && s.toks[j].Rel == rel {
			return j
		}
	}
	// "X arrived and said": the subject of the first verb.
	if s.toks[i].Rel == "conj" && s.head[i] >= 0 && rel == "nsubj" {
		for j, h := range s.head {
			if h == s.head[i] && s.toks[j].Rel == rel {
				return j
			}
		}
	}
	return -1
}

// subtree returns the tokens i dominates, as one range.
func (s *sentence) subtree(i int) span {
	sp := span{i, i + 1}
	for j := range s.toks {
		if j != i && s.dominates(i, j) {
			sp.start = min(sp.start, j)
			sp.end = max(sp.end, j+1)
		}
	}
	return sp
}

// dominates reports whether a is an ancestor of b; a malformed tree with
// a cycle stops the walk.
func (s *sentence) dominates(a, b int) bool {
	for steps, h := 0, s.head[b]; h >= 0 && steps < len(s.toks); steps, h = steps+1, s.head[h] {
		if h == a {
			return true
		}
	}
	return false
}

// subject returns the words naming who speaks at the verb of saying at
// i: the parser's subject, clipped to the words next to the verb, else an
// actor just before the verb ("Russia also said") or just after it
// ("..., said the ministry").
func (s *sentence) subject(i int) (span, bool) {
	if j := s.child(i, "nsubj"); j >= 0 {
		sp := s.subtree(j)
		if sp.start < i {
			sp.end = min(sp.end, i)
			for k := sp.end - 1; k >= sp.start; k-- {
				if s.toks[k].UPOS == "PUNCT" && s.toks[k].Form != "'" && s.toks[k].Form != "’" {
					sp.start = k + 1
					break
				}
			}
		}
		if sp = s.trim(sp); sp.end > sp.start {
			return s.withDeterminer(s.withActors(sp)), true
		}
	}
	if s.toks[i].XPOS == "VBG" {
		return s.participleSpeaker(i)
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if m, ok := s.actorEndingAt(j + 1); ok {
			return s.withDeterminer(span{m.Start, m.End}), true
		}
		if s.toks[j].UPOS != "ADV" {
			break
		}
	}
	for j := i + 1; j < len(s.toks) && j <= i+2; j++ {
		if m, ok := s.actorStartingAt(j); ok {
			return span{m.Start, m.End}, true
		}
	}
	return span{}, false
}

// participleSpeaker returns who speaks at a participle of saying with no
// subject of its own ("Police fired tear gas, saying the protesters had
// thrown stones"): the subject of the verb it hangs from. An actor right
// after the participle begins the words it reports; it is no speaker
// named after the verb, as in "..., said the ministry".
func (s *sentence) participleSpeaker(i int) (span, bool) {
	h := s.toks[i].Head - 1
	switch s.toks[i].Rel {
	case "advcl", "conj", "xcomp":
	default:
		return span{}, false
	}
	if h < 0 || h >= len(s.toks) || h == i {
		return span{}, false
	}
	j := s.child(h, "nsubj")
	if j < 0 {
		return span{}, false
	}
	sp := s.subtree(j)
	sp.end = min(sp.end, i)
	if sp = s.trim(sp); sp.end <= sp.start {
		return span{}, false
	}
	return s.withDeterminer(s.withActors(sp)), true
}

// withDeterminer widens a range to the article before it: "the ministry".
func (s *sentence) withDeterminer(sp span) span {
	if sp.start > 0 && s.toks[sp.start-1].UPOS == "DET" {
		sp.start--
	}
	return sp
}

// withActors widens a range to the actor mentions it overlaps, so that
// "Israel 's prime minister" stays whole whatever the parse.
func (s *sentence) withActors(sp span) span {
	for _, m := range s.actors {
		if m.Start < sp.end && sp.start < m.End {
			sp.start, sp.end = min(sp.start, m.Start), max(sp.end, m.End)
		}
	}
	return sp
}

func (s *sentence) actorEndingAt(end int) (actor.Mention, bool) {
	for _, m := range s.actors {
		if m.End == end {
			return m, true
		}
	}
	return actor.Mention{}, false
}

func (s *sentence) actorStartingAt(start int) (actor.Mention, bool) {
	for _, m := range s.actors {
		if m.Start == start || m.Start == start+1 && isWord(s.toks[start].Form, "the") {
			return m, true
		}
	}
	return actor.Mention{}, false
}

// reported returns the words a verb of saying at i reports, and the
// channel named between the verb and them. "X said (in a statement
// carried by ...) (that) ...": the words after; "..., X said": the words
// before the speaker.
func (s *sentence) reported(i int, who span) (span, Via) {
	var via Via
	if who.start < i {
		j := i + 1
		if w := strings.ToLower(s.toks[i].Form); addressForms[w] {
			k := s.skipAddressee(j)
			if _, isActor := s.actorIn(span{j, k}); tellForms[w] && s.hasProperNoun(span{j, k}) && !isActor {
				via = s.via(span{j, k}) // "told Reuters"
			}
			j = k
		}
		for {
			if ch, ok := s.channelAt(j); ok {
				if via.Text == "" {
					via = s.via(ch)
				}
				j = ch.end
				continue
			}
			if k := s.skipTime(j); k > j {
				j = k
				continue
			}
			break
		}
		if j < len(s.toks) && (isWord(s.toks[j].Form, "that") || s.toks[j].Form == ":" || s.toks[j].Form == ",") {
			j++
		}
		if sp := s.trim(s.beforeAccording(span{j, len(s.toks)})); sp.end-sp.start >= 3 {
			return sp, via
		}
	}
	return s.trim(span{0, min(who.start, i)}), via
}

// beforeAccording cuts a range before an "according to" in it.
func (s *sentence) beforeAccording(sp span) span {
	for k := sp.start; k < sp.end; k++ {
		if s.according(k) {
			sp.end = k
		}
	}
	return sp
}

func (s *sentence) hasProperNoun(sp span) bool {
	for k := sp.start; k < sp.end; k++ {
		if s.toks[k].UPOS == "PROPN" {
			return true
		}
	}
	return false
}

// skipAddressee skips who was told: "told reporters", "told Reuters",
// "told the BBC", "warned Hamas".
func (s *sentence) skipAddressee(j int) int {
	for k := j; k < len(s.toks) && k < j+4; k++ {
		switch s.toks[k].UPOS {
		case "DET", "PROPN", "NOUN", "ADJ", "PRON", "PART":
			continue
		}
		return k
	}
	return j
}

// skipTime skips "on Monday", "on Tuesday night", "yesterday", "late on Friday".
func (s *sentence) skipTime(j int) int {
	k := j
	for k < len(s.toks) && (isWord(s.toks[k].Form, "on") || isWord(s.toks[k].Form, "late") || isWord(s.toks[k].Form, "earlier")) {
		k++
	}
	if k < len(s.toks) && timeWords[strings.ToLower(s.toks[k].Form)] {
		return k + 1
	}
	return j
}

// channelAt returns a channel phrase starting at j: "in a statement",
// "in a statement carried by the official news agency IRNA", "on
// Twitter", "in an interview with the BBC".
func (s *sentence) channelAt(j int) (span, bool) {
	if j >= len(s.toks) || !(isWord(s.toks[j].Form, "in") || isWord(s.toks[j].Form, "on") || isWord(s.toks[j].Form, "through")) {
		return span{}, false
	}
	k := j + 1
	for k < len(s.toks) && k < j+5 {
		w := strings.ToLower(s.toks[k].Form)
		if channelNouns[w] || mediumNouns[w] {
			end := k + 1
			// "carried by the official news agency IRNA", "with the BBC", "on its website"
			if end+1 < len(s.toks) && (carriedWords[strings.ToLower(s.toks[end].Form)]) {
				for e := end + 1; e < len(s.toks) && e < end+7; e++ {
					u := s.toks[e].UPOS
					if u != "DET" && u != "ADJ" && u != "NOUN" && u != "PROPN" && u != "ADP" && u != "VERB" {
						break
					}
					end = e + 1
					if isWord(s.toks[e].Form, "that") {
						end = e
						break
					}
				}
			}
			return span{j + 1, end}, true
		}
		if u := s.toks[k].UPOS; u != "DET" && u != "ADJ" && u != "NOUN" && u != "PROPN" && u != "PRON" {
			break
		}
		k++
	}
	return span{}, false
}

func (s *sentence) via(sp span) Via {
	v := Via{Text: s.text(sp)}
	if m, ok := s.actorIn(sp); ok {
		v.Code = m.Code
	}
	return v
}

// according reports whether "according to" starts at i.
func (s *sentence) according(i int) bool {
	return isWord(s.toks[i].Form, "according") && i+1 < len(s.toks) && isWord(s.toks[i+1].Form, "to")
}

// accordingSource returns X of "according to X", up to the next comma
// or the sentence's end.
func (s *sentence) accordingSource(i int) span {
	sp := span{i + 2, i + 2}
	for sp.end < len(s.toks) && s.toks[sp.end].UPOS != "PUNCT" {
		sp.end++
	}
	return sp
}

// accordingVia returns X of an "according to X" in the sentence as a
// channel, or nothing.
func (s *sentence) accordingVia() Via {
	for i := range s.toks {
		if s.according(i) {
			if sp := s.accordingSource(i); sp.end > sp.start {
				return s.via(sp)
			}
		}
	}
	return Via{}
}

// hasSpeaker reports whether a verb of saying in the sentence has a
// speaker.
func (s *sentence) hasSpeaker() bool {
	for i := range s.toks {
		if s.sayVerb(i) {
			if _, ok := s.subject(i); ok {
				return true
			}
		}
	}
	return false
}

// rest returns the sentence without the range cut (an "according to X"
// phrase), on the larger side of it.
func (s *sentence) rest(cut span) span {
	before, after := span{0, cut.start}, span{cut.end, len(s.toks)}
	if after.end-after.start > before.end-before.start {
		return s.trim(after)
	}
	return s.trim(before)
}

// trim drops punctuation and quotation marks at both ends of a range.
func (s *sentence) trim(sp span) span {
	for sp.start < sp.end && s.toks[sp.start].UPOS == "PUNCT" {
		sp.start++
	}
	for sp.end > sp.start && (s.toks[sp.end-1].UPOS == "PUNCT" || isWord(s.toks[sp.end-1].Form, "and")) {
		sp.end--
	}
	return sp
}

// headOf returns the token of a range whose head lies outside it.
func (s *sentence) headOf(sp span) int {
	for j := sp.start; j < sp.end; j++ {
		if h := s.head[j]; h < sp.start || h >= sp.end {
			return j
		}
	}
	return -1
}

// nounPhrase returns the channel noun at head with its modifiers before
// it and names in apposition after it, within sp: "the official news
// agency IRNA", not "... for the ministry".
func (s *sentence) nounPhrase(head int, sp span) span {
	np := span{sp.start, head + 1}
	for np.end < sp.end && s.head[np.end] == head {
		switch s.toks[np.end].Rel {
		case "appos", "flat", "compound":
			np.end++
			continue
		}
		break
	}
	return np
}

// actorIn returns the actor mention inside sp that has a country, else
// the first one.
func (s *sentence) actorIn(sp span) (actor.Mention, bool) {
	var first *actor.Mention
	for k := range s.actors {
		m := &s.actors[k]
		if m.Start < sp.start || m.End > sp.end {
			continue
		}
		if m.Country != "" {
			return *m, true
		}
		if first == nil {
			first = m
		}
	}
	if first == nil {
		return actor.Mention{}, false
	}
	return *first, true
}

func (s *sentence) speakerOf(m actor.Mention) Speaker {
	return Speaker{Code: m.Code, Name: m.Name, Text: s.text(span{m.Start, m.End})}
}

func (s *sentence) text(sp span) string {
	if sp.end <= sp.start {
		return ""
	}
	return s.text0[s.toks[sp.start].Start:s.toks[sp.end-1].End]
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var (
	sayForms = set(`say says said saying tell tells told state states stated announce announces announced
		add adds added warn warns warned claim claims claimed insist insists insisted declare declares declared
		report reports reported write writes wrote tweet tweets tweeted confirm confirms confirmed
		note notes noted stress stresses stressed explain explains explained allege alleges alleged
		assert asserts asserted reiterate reiterates reiterated argue argues argued`)
	// channelNouns name what carries words rather than who speaks.
	channelNouns = set(`spokesman spokeswoman spokesperson spokesmen statement statements communique communiqué
		agency media television tv radio newspaper broadcaster website outlet daily channel`)
	// mediumNouns are the occasions of speech: "in an interview", "on Twitter".
	tellForms    = set(`tell tells told`)
	addressForms = set(`tell tells told warn warns warned assure assures assured inform informs informed`)
	carriedWords = set(`carried published broadcast aired posted released issued with by`)
	timeWords    = set(`monday tuesday wednesday thursday friday saturday sunday yesterday today tonight night morning evening afternoon`)
	mediumNouns  = set(`interview speech tweet post message letter broadcast briefing conference twitter facebook address remarks`)
)
