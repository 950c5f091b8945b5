package coder

import "slices"

// Criticism or accusations that an actor rejects, dismisses or hits back
// at were made: the news answers an act of the news window. "Beijing
// rejected US criticism of its human rights record" tells that the United
// States criticized China (111) as well as that China denied it; "Iran
// hit back at French criticism of its missile program" that France
// criticized Iran; accusations so answered accuse (112). The
// criticism's author is the noun's (its adjective, possessor or "from"
// phrase); whom it is of is its "of" phrase's owner ("its" record: the
// one who answers) or actor. Without an "of" phrase the noun names no one
// ("China rejected the U.S. accusations" is the denial alone).

// answeredNouns are the nouns of criticism and accusation, with the code
// of the act each names.
var answeredNouns = map[string]string{"criticism": "111", "criticisms": "111", "condemnation": "111",
	"accusation": "112", "accusations": "112", "allegation": "112", "allegations": "112", "charges": "112"}

// answeredActs returns the criticism and accusations that the answering
// acts among acts (a denial or rejection: 016, 12x; a retort: 111) take
// as their object.
func (s *sentence) answeredActs(acts []act) []act {
	var out []act
	for _, a := range acts {
		if len(a.sources) == 0 || !codeUnder(a.code, "016", "12", "111") {
			continue
		}
		n := s.answeredNoun(a.verbStart)
		if n < 0 {
			continue
		}
		authors := s.authorsOfAct(n)
		if len(authors) == 0 || slices.Contains(a.sources, authors[0]) {
			continue
		}
		targets := s.criticized(n, a.sources)
		if len(targets) == 0 || slices.Contains(targets, authors[0]) {
			continue
		}
		out = append(out, act{code: answeredNouns[s.lower[n]], rule: "answered.go: ANSWER +'S " + s.lower[n] + " OF +",
			sources: authors, targets: targets, verbStart: n, verbEnd: n + 1, via: -1})
	}
	return out
}

// answeredNoun returns the noun of criticism or accusation that the verb
// at v answers: its object, or the object of its "at" or "to" phrase
// ("hit back at French criticism"); -1 if none.
func (s *sentence) answeredNoun(v int) int {
	for j := range s.toks {
		if s.head[j] != v {
			continue
		}
		if _, ok := answeredNouns[s.lower[j]]; !ok {
			continue
		}
		if s.toks[j].Rel == "obj" || s.caseOf(j) == "at" || s.caseOf(j) == "to" {
			return j
		}
	}
	return -1
}

// criticized returns whom the criticism at n is of: the owner of its
// "of" phrase (the answerers, for "its"), or that phrase's actors; none
// without an "of" phrase.
func (s *sentence) criticized(n int, answerers []int) []int {
	for j := range s.toks {
		if s.head[j] != n || s.caseOf(j) != "of" {
			continue
		}
		if ks := s.actorsOf(j); len(ks) > 0 {
			return ks
		}
		if p := s.child(j, "nmod:poss"); p >= 0 {
			if ks := s.actorsOf(p); len(ks) > 0 {
				return ks
			}
			if s.toks[p].UPOS == "PRON" {
				return answerers
			}
		}
		return nil // of a thing no one named did
	}
	return nil // "rejected the U.S. accusations": the denial tells it, the noun names no one
}
