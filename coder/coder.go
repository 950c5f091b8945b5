package coder

import (
	"strings"
	"sync"
	"time"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/cameo"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// Coder codes the sentences of articles into events. It holds only
// read-only dictionaries, so one Coder serves any number of goroutines.
type Coder struct {
	actors *actor.Dict
	verbs  *Verbs
}

// New returns a coder that finds actors with actors and acts with verbs.
func New(actors *actor.Dict, verbs *Verbs) *Coder {
	return &Coder{actors: actors, verbs: verbs}
}

var defaultCoder = sync.OnceValue(func() *Coder {
	return New(actor.Default(), DefaultVerbs())
})

// Default returns the coder with the built-in actor and verb dictionaries.
func Default() *Coder { return defaultCoder() }

// Code returns the events of an article, one per coded mention, in the
// order of the text. doc must be the analysis of a.Text, so that token
// offsets are offsets into a.Text. Events with the same actors and code in
// the same sentence are reported once.
func (c *Coder) Code(a *article.Article, doc *nlp.Doc) []event.Event {
	return c.CodeFound(a, doc, c.actors.FindEach(doc, a.Published))
}

// CodeFound is Code with the actors of each sentence already found:
// actors[i] must be what c.Actors().FindEach(doc, a.Published) gives for
// doc.Sentences[i]. A pipeline whose later stages read the same actors
// (places, quotations) so finds them once. CodeFound does not change
// actors; when their number is not the number of sentences, it finds
// them itself.
func (c *Coder) CodeFound(a *article.Article, doc *nlp.Doc, actors [][]actor.Mention) []event.Event {
	if len(actors) != len(doc.Sentences) {
		actors = c.actors.FindEach(doc, a.Published)
	}
	var out []event.Event
	seen := map[string]bool{}
	rootSentence := -1
	var salient salience
	mentions := make([][]actor.Mention, len(actors))
	unowned := make([][]actor.Mention, len(actors)) // before ownedAgents, for a repaired parse
	for si, ms := range actors {
		// Coding appends mentions of its own: never into the caller's array.
		toks := doc.Sentences[si].Tokens
		ms = calledNames(c.actors, toks, ms, a.Published) // "called China's decision unacceptable"
		unowned[si] = compoundOwners(toks, firmVoices(toks, sharedRoles(toks, nationalTitles(toks, ms[:len(ms):len(ms)]))))
		mentions[si] = ownedAgents(toks, unowned[si])
	}
	home := homeCountry(mentions)                       // for role words named without a country
	people := peopleHome(doc.Sentences, mentions, home) // for people the dictionaries do not know
	names := knownNames{}                               // surnames of people named in full
	unknown := strangers{}                              // and of people the dictionaries do not know
	var prev []actor.Mention                            // authors of the previous sentence's act
	var prevCode string                                 // and its code
	prevOld := false                                    // whether it named an earlier year
	obituary := obituaryNames(a.Title)                  // the title's words if it reports a death
	doneTo := map[string][]actor.Mention{}
	lastActs := map[string]pastAct{}
	pressure := sync.OnceValue(func() bool { return namesPressure(doc) }) // for resignations (resignation.go)
	for si := range doc.Sentences {
		sent := &doc.Sentences[si]
		if len(sent.Tokens) == 0 {
			continue
		}
		// Pronouns are resolved on parsed text only, where the tagger
		// tells the pronoun "her" from the determiner; refer still notes
		// the persons named in unparsed sentences.
		ms := names.add(sent.Tokens, mentions[si])
		names.learn(sent.Tokens, mentions[si])
		// Surnames in a sentence MayCode skips, and those of people the
		// dictionaries do not know, code nothing but are still whom the
		// next pronoun means.
		silent := unknown.add(sent.Tokens, ms)
		strange := silent
		unknown.learn(sent.Tokens, ms)
		mayCode := mayCodeActors(sent.Tokens, mentions[si])
		if !mayCode {
			silent = append(silent, ms...)
			ms = mentions[si]
		}
		ms = refer(sent.Tokens, ms, silent, &salient)
		s := newSentence(c.verbs, sent.Tokens, ms, a.Published.Year())
		if s.repaired {
			s.reown(unowned[si], mentions[si])
		}
		s.mayCode = mayCode
		if mayCode {
			s.strangers = strange
		}
		s.prev, s.prevCode, s.prevOld, s.doneTo, s.article = prev, prevCode, prevOld, doneTo, mentions
		s.index, s.lastActs = si, lastActs
		if !a.Published.IsZero() {
			s.month = int(a.Published.Month())
		}
		prevOld = s.namesOldYear()
		s.named = salient.private()
		var acts []act
		if s.dep {
			acts = s.parsedActs()
		} else {
			acts = s.acts()
		}
		acts = s.protestsTurnedViolent(acts)
		acts = s.rejectedMakers(acts)
		if s.dep {
			// Readings of the tree: whom an appeal or a welcome is made
			// to, and with whom sides named together act.
			acts = s.demandHolders(acts)
			acts = s.mutualTopics(acts)
			acts = s.hostedWelcomes(acts)
			acts = s.calledOnDay(acts)
			acts = s.appealsToNoActor(acts)
		}
		acts = s.ownPeopleActs(acts)
		acts = s.foreignLicences(acts)
		acts = s.withoutLives(acts, obituary)
		prev, prevCode = actAuthors(s, acts)
		noteCoercion(s, acts, doneTo)
		var evs []coded
		here := homes{article: home, venue: s.venueCountry(), people: people}
		acts = s.pressuredResignations(acts, here, pressure)
		noteActs(s, acts, lastActs, here)
		for _, ac := range acts {
			for _, p := range ac.pairs() {
				if s.homeVisit(ac, p, here) || s.selfAct(p) || s.strayTrader(ac, p, here) || here.article != "" && s.foreignRole(p.src) || s.venueActor(ac, p, p.src) {
					continue
				}
				if s.venueActor(ac, p, p.tgt) || s.beneficiary(ac, p) {
					p.tgt = -1 // the act's place, or whom what it asks for is for: not whom it is done to
					if needsAddressee(ac.codeOf(p)) {
						continue
					}
				}
				e := c.event(a, doc, si, s, ac, p, here)
				if seen[e.ID] {
					continue
				}
				seen[e.ID] = true
				evs = append(evs, coded{e, s.countryNamed(p.src, here), p.tgt >= 0 && s.countryNamed(p.tgt, here)})
			}
		}
		for _, e := range withoutCountryEchoes(evs) {
			if rootSentence < 0 {
				rootSentence = si
			}
			// As GDELT marks events of the lead, the events of the first
			// sentence that has any are the article's root events.
			e.IsRootEvent = si == rootSentence
			out = append(out, e)
		}
	}
	return out
}

// parsedActs returns the acts a parsed sentence tells: its verbs' and
// nouns' (treeActs), then, in this order, the readings of the whole
// sentence that add acts of their own; two of them read the acts found
// before them (a restatement, an answer).
func (s *sentence) parsedActs() []act {
	acts := s.treeActs()
	acts = append(acts, s.restatedActs(acts)...)
	acts = append(acts, s.responseThreats()...)
	acts = append(acts, s.ultimatumActs()...)
	acts = append(acts, s.ruledOutThreats()...)
	acts = append(acts, s.judgementActs()...)
	acts = append(acts, s.underFireActs()...)
	acts = append(acts, s.inProtestActs()...)
	acts = append(acts, s.strikerActs()...)
	acts = append(acts, s.answeredActs(acts)...)
	acts = append(acts, s.conditionThreats()...)
	acts = append(acts, s.warshipMoves()...)
	acts = append(acts, s.troopsWithdrawn()...)
	acts = append(acts, s.signedDeals()...)
	return append(acts, s.weaponTests()...)
}

// MayCode reports whether a sentence could give any event: it has a word
// the verb dictionary knows and an actor or a personal pronoun. It needs
// only the tokens' forms, so a pipeline may tag and parse just the
// sentences for which it is true; the others code nothing either way.
func (c *Coder) MayCode(toks []nlp.Token, date time.Time) bool {
	word := false
	person := false
	saying, quoting := false, false
	happened, definite := false, false
	prev := ""
	for _, t := range toks {
		w := lowerASCII(t.Form)
		// "The attack took place in ...": an act told again by a
		// definite noun may name no actor; its actors are the
		// article's (restate.go).
		happened = happened || happenedWords[w] || w == "place" && tookWords[prev]
		if anaphoraDeterminers[prev] {
			_, verbal := c.verbs.forms[w]
			_, noun := c.verbs.nouns[w]
			definite = definite || verbal || noun
		}
		prev = w
		if f, ok := c.verbs.forms[w]; ok {
			// A verb of saying that codes nothing of its own ("said",
			// "wrote") gives no event; but the words it reports may run
			// over from the sentence before, in quotation marks, and the
			// quotation's speaker is read from the parse.
			if f.verb.reportsOnly() {
				saying = true
			} else {
				word = true
			}
		} else if _, ok := c.verbs.nouns[w]; ok || judgementWord(w) {
			word = true // a verdict of fault, or dismay, is an act (verdict.go, dismay.go)
		}
		person = person || personPronouns[w]
		quoting = quoting || quoteMarks[t.Form]
	}
	if !word && !(saying && quoting) {
		return false
	}
	return person || happened && definite || len(c.actors.Find(toks, date)) > 0
}

// happenedWords and "took place" assert that what their subject names
// happened (restate.go).
var (
	happenedWords = map[string]bool{"happened": true, "occurred": true, "began": true, "started": true, "unfolded": true,
		"continued": true, "continues": true}
	tookWords = map[string]bool{"took": true, "takes": true, "taken": true}
)

// quoteMarks are the tokens that open or close a quotation.
var quoteMarks = map[string]bool{"\"": true, "“": true, "”": true, "''": true, "``": true}

// reportsOnly reports whether v is a verb of saying that codes nothing
// of its own ("said", "wrote", "tweeted"): a sentence with no other word
// the dictionary knows codes nothing, whatever it reports in it.
func (v *verb) reportsOnly() bool {
	return v.say && v.def == nil && len(v.patterns) == 0
}

// pair is one event of an act: source and target mention (target -1 for
// none) and the code, which is the paired code for the target's side.
type pair struct {
	src, tgt int
	paired   bool
}

// codeOf returns the code of pair p of the act: the paired code for the
// target's side.
func (a *act) codeOf(p pair) string {
	if p.paired {
		return a.paired
	}
	return a.code
}

// pairs spells an act out into events: each source with each target; for
// a mutual act without a target, each joined source with the others ("X
// and Y met"); and the paired code from each target's side. A mutual act
// or an intent to cooperate without anyone to do it with is none.
func (a *act) pairs() []pair {
	var out []pair
	if len(a.targets) == 0 && a.mutual && len(a.sources) > 1 {
		for _, x := range a.sources {
			for _, y := range a.sources {
				if x != y {
					out = append(out, pair{src: x, tgt: y})
				}
			}
		}
		return out
	}
	if len(a.targets) == 0 {
		if a.mutual || needsPartner(a.code) && !a.pledge || needsAddressee(a.code) {
			// A meeting or an agreement needs a partner, and an intent
			// to cooperate someone to cooperate with: "Chile met in
			// Lima" and "pledged to convert the museum" are no events.
			return nil
		}
		for _, x := range a.sources {
			out = append(out, pair{src: x, tgt: -1})
		}
		return out
	}
	for _, x := range a.sources {
		for _, y := range a.targets {
			if x == y {
				continue
			}
			out = append(out, pair{src: x, tgt: y})
			if a.paired != "" {
				out = append(out, pair{src: y, tgt: x, paired: true})
			}
		}
	}
	return out
}

// needsPartner reports whether a code names an act with someone: a
// consultation or visit (04x), an intent to cooperate (030-032, 036,
// 039), diplomatic recognition (054: "students recognizing that they
// can run" recognize no one), as against aid, reform or yielding, which
// may be announced without one. ("Putin flew to Magnitogorsk" is no visit to anyone.)
func needsPartner(code string) bool {
	return codeUnder(code, "030", "031", "032", "036", "039", "04", "054")
}

// codeUnder reports whether code falls under any of the given CAMEO codes,
// a code being under every code it begins with ("173" is under "17").
func codeUnder(code string, parents ...string) bool {
	for _, p := range parents {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// violent reports whether code names assault (18) or force (19).
func violent(code string) bool { return codeUnder(code, "18", "19") }

// event builds the record of one pair of an act.
func (c *Coder) event(a *article.Article, doc *nlp.Doc, si int, s *sentence, ac act, p pair, home homes) event.Event {
	code := ac.codeOf(p)
	rule := ac.rule
	src := s.ms[p.src]
	if !s.foreignRole(p.src) {
		src = home.place(src)
	}
	var tgt actor.Mention
	if p.tgt >= 0 {
		tgt = s.ms[p.tgt]
		if !trader(tgt, code, src) && !s.foreignRole(p.tgt) {
			tgt = home.victim(tgt, code)
		}
		if r := repression(code, src, tgt); r != code {
			code, rule = r, rule+" => 175: security forces against civilians"
		}
	}
	info, _ := cameo.Lookup(code) // codes are checked when the dictionary is read
	e := NewEvent(a, doc, si, info, rule, &event.Span{Start: s.toks[ac.verbStart].Start, End: s.toks[ac.verbEnd-1].End})
	ev := &e.Evidence[0]
	e.Actor1, ev.Actor1 = MentionActor(doc, s.toks, src)
	if p.tgt >= 0 {
		e.Actor2, ev.Actor2 = MentionActor(doc, s.toks, tgt)
	}
	if ac.via >= 0 {
		v := home.place(s.ms[ac.via])
		if v.Code != e.Actor1.Code && (e.Actor2 == nil || v.Code != e.Actor2.Code) {
			e.Via = &event.Via{Code: v.Code, Text: doc.Text[s.toks[v.Start].Start:s.toks[v.End-1].End]}
		}
	}
	target := ""
	if e.Actor2 != nil {
		target = e.Actor2.Code
	}
	e.ID = EventID(a.ID, si, e.Actor1.Code, target, code)
	return e
}
