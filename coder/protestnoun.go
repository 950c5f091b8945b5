package coder

import (
	"slices"
	"strings"

	"github.com/annalist/annalist/actor"
)

// A protest or a strike is news without anyone it is aimed at: "A strike
// by 9,000 workers at the plant entered its third day", "Protests by
// students spread to other cities". Such a noun, when its clause asserts
// that it goes on (its subject, or the object of a verb that carries it
// on or sets it off), is coded with its authors and no target, or, for
// workers on strike, the employers the article names. Named only as a
// cause or a frame ("after weeks of protests", "amid a strike") it
// stays uncoded, as any act noun does.

// keepUpVerbs carry on, renew or set off a protest or a strike: their
// object happens ("the teachers continued their strike", "the ruling
// sparked protests").
// ("Provoked protests from producers" are as often words as marches.)
var keepUpVerbs = unite(carryOnVerbs, wordSet("cause spark trigger"))

// protestAsserted reports whether the protest or strike noun at i (code
// under 14) is asserted to happen by its clause: the subject of a verb
// ("the strike entered its third day"), or the object of a verb of
// keepUpVerbs ("causing a strike by 9,000 workers").
func (s *sentence) protestAsserted(i int, code string) bool {
	if !strings.HasPrefix(code, "14") {
		return false
	}
	if s.lengthCounted(i) {
		return true // "a deal was reached in a five-week strike by ..." (protestlength.go)
	}
	h := s.head[i]
	if h < 0 || s.toks[h].UPOS != "VERB" || s.moodOf(s.tclause[i], s.reportedBy(i) >= 0) != asFact {
		return false // "a trade boycott would benefit ...": not done
	}
	switch s.toks[i].Rel {
	case "nsubj":
		// A strike that ended or was called off is news of its end,
		// not of the act ("the seamen's strike has now ended").
		return !endVerbs[s.toks[h].Lemma]
	case "obj":
		return keepUpVerbs[s.toks[h].Lemma]
	}
	return false
}

// protestKeptUpBy returns, for a protest or strike noun at i with no
// author of its own that is the object of a verb of keepUpVerbs, that
// verb's subject ("the teachers continued their strike"); nil if none.
// A cause ("the ruling sparked protests") is no author.
func (s *sentence) protestKeptUpBy(i int, code string) []int {
	h := s.head[i]
	if !strings.HasPrefix(code, "14") || h < 0 || s.toks[i].Rel != "obj" || !carryOnVerbs[s.toks[h].Lemma] {
		return nil
	}
	a, _, _ := s.subjectOf(h)
	return a
}

// endVerbs tell that their subject ended.
var endVerbs = map[string]bool{"end": true, "finish": true, "stop": true, "cease": true, "collapse": true, "fizzle": true}

// onStrike returns who is "on strike" at the strike noun i: the subject
// of "have been on strike", or the people the phrase describes
// ("Kenyan doctors on strike rejected the offer"); nil if none.
func (s *sentence) onStrike(i int, code string) []int {
	if !strings.HasPrefix(code, "14") || !strikeNouns[s.lower[i]] || s.caseOf(i) != "on" {
		return nil
	}
	if s.child(i, "cop") >= 0 {
		a, _, _ := s.subjectOf(i)
		return a
	}
	if h := s.head[i]; h >= 0 && relBase(s.toks[i].Rel) == "nmod" && s.nominal(h) {
		return s.actorsOf(h)
	}
	return nil
}

// carryOnVerbs are those of keepUpVerbs whose subject does the act.
var carryOnVerbs = wordSet("continue extend resume escalate intensify begin start")

// struckEmployer returns a mention, at the strike noun i, of the employer
// the article names of the workers who strike there (sources), -1 if
// none or the act is no strike (143).
func (s *sentence) struckEmployer(i int, code string, sources []int) int {
	if code != "143" || len(sources) == 0 || !slices.Contains(s.ms[sources[0]].Roles, "LAB") {
		return -1
	}
	country := s.ms[sources[0]].Country
	k := s.employerAt(i, country)
	if k < 0 && s.bankStrike(i, sources[0]) {
		// "a national bank strike", "bankworkers on strike": the banks
		// of the workers' country are struck (of the article's, as any
		// role named without a country, when the workers' is unknown).
		code := "---BUS"
		if country != "" {
			code = country + "BUS"
		}
		k = s.addMention(actor.Mention{Code: code, Name: "banks", Country: country, Roles: businessRoles, Kind: actor.Agent}, i, i+1)
	}
	if k >= 0 {
		s.actorAt[i] = -1 // the noun stays the act's word
	}
	return k
}

// businessRoles are the roles of a country's firms.
var businessRoles = []string{"BUS"}

// bankWords name the banks' trade.
var bankWords = map[string]bool{"bank": true, "banking": true, "bankworkers": true, "bankworker": true}

// bankStrike reports whether the strike at i is one in the banks: the
// noun's own word ("a bank strike") or the strikers' ("bankworkers",
// the mention k).
func (s *sentence) bankStrike(i, k int) bool {
	if s.hasChildWord(i, "compound", bankWords) || s.hasChildWord(i, "amod", bankWords) {
		return true
	}
	for j := s.ms[k].Start; j < s.ms[k].End && j < len(s.toks); j++ {
		if bankWords[s.lower[j]] {
			return true
		}
	}
	return false
}
