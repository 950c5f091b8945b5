package coder

// Sanctions and tariffs announced as coming are, in news, imposed: a
// government that says it "will impose tariffs on Japanese imports", or
// plans or vows to, has decided them, and the measure is the act of the
// news (163), as CAMEO codes sanctions or an embargo announced. One that
// hangs on a condition ("would impose tariffs if Washington did not lift
// its own") or is being weighed, recommended, readied or threatened is
// a threat of them (1312): the condition, the "ready" and "threaten"
// controls and the patterns of those say so. Retaliation announced
// without naming the measure ("would retaliate against U.S. exports")
// stays a threat too.

// measureWords name the sanctions and tariffs whose announcement imposes
// them.
var measureWords = map[string]bool{"sanctions": true, "sanction": true, "tariffs": true, "tariff": true,
	"duties": true, "duty": true, "quotas": true, "curbs": true, "embargo": true, "ban": true, "bans": true}

// announcedImposition reports whether an act of code read through pat,
// told as coming (a "will", a reported "would", a plan or a pledge), is
// an imposition of sanctions or tariffs stated with no condition, and so
// keeps its code (163) rather than becoming the threat of it: the
// pattern names the measure first ("impose tariffs on +", "go ahead
// with sanctions against +"), or the verb is the measure itself
// ("sanction", "embargo"). Inside the reading of a
// condition's threats (conditional.go) it never is.
func (s *sentence) announcedImposition(code string, pat *pattern) bool {
	if !codeUnder(code, "163") || s.supposing || pat == nil {
		return false
	}
	if len(pat.elems) == 0 {
		return true
	}
	first := pat.elems[0]
	if len(pat.elems) > 2 && len(first.words) == 1 && first.words[0] == "ahead" {
		first = pat.elems[2] // "would go ahead with sanctions against"
	}
	for _, w := range first.words {
		if measureWords[w] {
			return true
		}
	}
	return false
}

// announcingNouns name a course of action ("plans to impose sanctions on
// Turkey", "its pledge to impose tariffs"). Readiness or willingness to
// impose them readies them, a threat (1312, as "ready to impose" is).
var announcingNouns = map[string]bool{"plan": true, "plans": true, "intention": true, "intentions": true,
	"pledge": true, "promise": true, "commitment": true}

// announceVerbs make their object public.
var announceVerbs = map[string]bool{"announce": true, "unveil": true, "outline": true, "reveal": true, "confirm": true,
	"detail": true, "approve": true, "adopt": true}

// announcedPlan reports whether the noun at i is a course of action its
// author announces ("announced plans to impose sanctions on Turkey"):
// with sanctions or tariffs for its infinitive, the measure is imposed
// (163). A plan only had or discussed ("has a plan to sanction Russia")
// is none.
func (s *sentence) announcedPlan(i int) bool {
	h := s.head[i]
	return announcingNouns[s.lower[i]] && h >= 0 && s.toks[i].Rel == "obj" && announceVerbs[s.toks[h].Lemma]
}
