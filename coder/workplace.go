package coder

import "slices"

// Workers or a union who strike a workplace stop work there (143): "the
// United Auto Workers struck General Motors' assembly plants in
// Michigan", "miners struck the company's pits". The verb's pattern may
// take the first actor after the workplace (a place it stands in) for
// whom the force is used against; the workplace tells the stoppage, and
// its owner, named with it or as the article's employer, is struck.

// workplaceNouns name places where people work.
var workplaceNouns = wordSet("plant plants factory factories mine mines pit pits complex facility facilities " +
	"mill mills shipyard shipyards works refinery refineries operations site sites depot depots")

// workplaceStrike is the reading of a workplace struck by workers.
var workplaceStrike = &pattern{code: strikeCode, rule: "workplace.go: workers STRIKE a workplace (stoppage of work)"}

// workplaceStruck returns the target of a strike the verb at i tells by
// its object, a workplace struck by workers (sources): the owner named
// with the workplace ("General Motors' plants" when the dictionaries know
// the firm, "the company's plants"), else the employer the article names,
// else -1; ok is false when the act is no such strike.
func (s *sentence) workplaceStruck(i int, code string, sources []int) (target int, ok bool) {
	// ("struck the truck and bus plants": the trucks' "no force" reading
	// gives way to the plants'.)
	if s.toks[i].Lemma != "strike" || code != "" && !codeUnder(code, "19") || !s.workers(sources) || s.armed(sources) {
		return -1, false
	}
	o := s.child(i, "obj")
	if o < 0 || !workplaceNouns[s.lower[o]] && !s.hasChildWord(o, "conj", workplaceNouns) && !s.hasChildWord(i, "conj", workplaceNouns) {
		// ("struck GM's truck and bus plants": the plants joined to the
		// trucks, or, as the parse may hang them, to the verb.)
		return -1, false
	}
	for j := range s.toks {
		if s.head[j] != o {
			continue
		}
		if k := s.mentionOf(j); k >= 0 && (slices.Contains(s.ms[k].Roles, "BUS") || slices.Contains(s.ms[k].Roles, "GOV")) {
			return k, true
		}
	}
	return s.employerAt(o, s.ms[sources[0]].Country), true
}
