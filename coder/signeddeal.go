package coder

import "strings"

// A deal told by a participle with its signers is signed: "The agreement,
// signed on Monday by Israel and Bahrain, establishes diplomatic ties"
// tells that Israel and Bahrain signed it (057, each with the other), as
// "An agreement was signed by Israel and Bahrain" does. The participle
// must date the signing to the news ("on Monday", "last week"): a deal
// described as signed at no time said, or dated to an earlier year ("the
// 2015 deal, signed by Iran and world powers"), is background.

// signVerbs are the lemmas of signing a deal.
var signVerbs = wordSet("sign ink seal conclude finalize finalise ratify")

// agreementCode is the code of a formal agreement signed.
const agreementCode = "057"

// signedDeals returns the agreements (057) that a participle describing
// a deal noun tells, signed by the two or more actors of its "by" phrase.
func (s *sentence) signedDeals() []act {
	var out []act
	for v := range s.toks {
		if !signVerbs[s.toks[v].Lemma] {
			continue
		}
		h := s.head[v]
		if !strings.HasPrefix(s.toks[v].Rel, "acl") || s.toks[v].XPOS != "VBN" {
			// "The deal, signed last week by ...", parsed as the deal
			// signing with an agent: the deal is the participle's noun.
			h = s.child(v, "nsubj")
		}
		if h < 0 || !sidesNouns[s.lower[h]] || s.consumed[v] || s.datedBefore(h) || s.oldDate(v) {
			continue
		}
		if !s.heldNow(v, s.reportedBy(v) >= 0) || !s.datedRecent(v) {
			continue
		}
		for j := range s.toks {
			if s.head[j] != v || s.toks[j].Rel != "obl:agent" && !(relBase(s.toks[j].Rel) == "obl" && s.caseOf(j) == "by") {
				continue
			}
			if signers := s.actorsOf(j); len(signers) > 1 {
				out = append(out, act{code: agreementCode, mutual: true, rule: "deal signed: DEAL, * BY + AND +",
					sources: signers, verbStart: v, verbEnd: v + 1, via: -1})
			}
			break
		}
	}
	return out
}

// recentWeeks are the spans "last" or "this" date to the news.
var recentWeeks = wordSet("week month weekend")

// recentDeterminers date a span to the news ("last week").
var recentDeterminers = wordSet("last this earlier")

// datedRecent reports whether a phrase of the verb at i dates it to the
// days of the news: a day named ("on Monday", "yesterday") or a span set
// "last" or "this" ("last week").
func (s *sentence) datedRecent(i int) bool {
	for j := range s.toks {
		if s.head[j] != i || !strings.HasPrefix(s.toks[j].Rel, "obl") && !strings.HasSuffix(s.toks[j].Rel, "tmod") {
			continue
		}
		if timeWords[s.lower[j]] || recentWeeks[s.lower[j]] && (s.hasChildWord(j, "amod", recentDeterminers) || s.hasChildWord(j, "det", recentDeterminers)) {
			return true
		}
	}
	return false
}
