package coder

import (
	"slices"

	"github.com/annalist/annalist/nlp"
)

// CAMEO's 0831 is "accede to demands for change in leadership": a
// resignation is that event only when someone demanded it. A leader who
// resigns, steps aside or abdicates with no pressure the text tells of (a
// scheduled departure, a resignation "for personal reasons", an emperor's
// planned abdication) yields to no one, and is no event. The project's
// annotation rules code a resignation only where its article ties it to
// pressure (demands, protests, a request that the leader go); so does
// this.

// namesPressure reports whether a word of the article names pressure.
// The coder asks it once per article, and only when a resignation is coded
// (a sync.OnceValue around it).
func namesPressure(doc *nlp.Doc) bool {
	return slices.ContainsFunc(doc.Sentences, func(sent nlp.Sentence) bool {
		return slices.ContainsFunc(sent.Tokens, func(t nlp.Token) bool { return pressureLemmas[t.Lemma] })
	})
}

// pressureLemmas are the words that tie a resignation to pressure in its
// article: "amid protests", "facing calls to quit", "after the
// scandal", "forced to resign", "bowing to demands", "after losing a
// confidence vote".
var pressureLemmas = map[string]bool{
	"protest": true, "protester": true, "demonstration": true, "pressure": true,
	"call": true, "demand": true, "criticism": true, "scandal": true,
	"outcry": true, "allegation": true, "accusation": true, "revolt": true,
	"rebellion": true, "mutiny": true, "uprising": true, "unrest": true,
	"impeachment": true, "ultimatum": true, "force": true, "oust": true,
	"bow": true, "no-confidence": true, "confidence": true, "lose": true,
	"defeat": true, "coalition": true, "strike": true, "investigation": true, "inquiry": true,
}

// pressingRoots are the CAMEO roots of acts that press for a change of
// leaders when another actor does them to the one who then resigns:
// appeals and demands (to step down), disapproval, rejection, threats,
// protests, reduced relations (leaving a coalition) and coercion.
var pressingRoots = []string{"02", "10", "11", "12", "13", "14", "16", "17"}

// pressuredResignations drops the sentence's resignations (0831) that
// nothing presses for: no pressure word in the article, no pressing act
// of another actor in its sentence ("after the military called on him to step
// down"), and no earlier act of the article that pressed the same actor
// (a demand that he go, protests against him).
func (s *sentence) pressuredResignations(acts []act, here homes, pressure func() bool) []act {
	out := acts[:0]
	for _, a := range acts {
		if a.code != "0831" || pressure() || s.pressed(a, acts, here) {
			out = append(out, a)
		}
	}
	return out
}

// pressed reports whether the resignation a is tied to pressure; here
// places its authors in their countries as noteActs placed the earlier
// acts' targets.
func (s *sentence) pressed(a act, acts []act, here homes) bool {
	for _, o := range acts {
		if codeUnder(o.code, pressingRoots...) && !s.sameActors(o.sources, a.sources) {
			return true
		}
	}
	authors := make([]string, len(a.sources))
	for i, k := range a.sources {
		authors[i] = here.place(s.ms[k]).Code
	}
	for _, root := range pressingRoots {
		for _, t := range s.lastActs[root].targets {
			if t.Code != "" && slices.Contains(authors, t.Code) {
				return true
			}
		}
	}
	return false
}

// sameActors reports whether every mention of others is one of mine, by
// mention or by code.
func (s *sentence) sameActors(others, mine []int) bool {
	for _, o := range others {
		if !slices.ContainsFunc(mine, func(m int) bool { return s.sameActor(o, m) }) {
			return false
		}
	}
	return len(others) > 0
}
