package coder

import "github.com/annalist/annalist/actor"

// News often names a weapons test by a noun that a copula asserts: "It
// was the sixth North Korean nuclear test since 2006", "It was the third
// Soviet underground blast this year". The sentence says the test
// happened and whose it was: the country shows military power (150), as
// it does when it "conducted a nuclear test".

// testNouns name a test or its explosion.
var testNouns = map[string]bool{"test": true, "tests": true, "blast": true, "blasts": true, "explosion": true, "detonation": true}

// weaponWords make a test one of weapons ("nuclear test", "missile
// test"); a test of a vaccine or a car is none.
var weaponWords = map[string]bool{"nuclear": true, "underground": true, "atomic": true, "hydrogen": true, "thermonuclear": true,
	"missile": true, "ballistic": true, "rocket": true, "weapon": true, "weapons": true, "warhead": true}

// weaponTests returns a show of force (150) for each weapons test noun
// that a copula predicates of the sentence's subject ("It was the third
// Soviet underground blast"), done by the country its modifiers name
// ("Soviet", "North Korean", "India's"), with no target. Nothing when no
// country is named, or the clause is not told as a fact.
func (s *sentence) weaponTests() []act {
	var out []act
	for n := range s.toks {
		if s.toks[n].UPOS != "NOUN" || !testNouns[s.lower[n]] || s.child(n, "cop") < 0 || s.child(n, "nsubj") < 0 {
			continue
		}
		if !s.hasChildWord(n, "amod", weaponWords) && !s.hasChildWord(n, "compound", weaponWords) {
			continue
		}
		k := s.testerOf(n)
		if k < 0 {
			continue
		}
		via := s.testReporter(n)
		if s.moodOf(n, via >= 0) != asFact || s.negatedAt(n) {
			continue
		}
		out = append(out, act{code: "150", rule: "a weapons test predicated: a show of force", sources: []int{k},
			verbStart: n, verbEnd: n + 1, via: viaUnlessSource(via, []int{k})})
	}
	return out
}

// testerOf returns the country mention that modifies the test noun at n
// as its owner ("Soviet", "North Korean", "India's"), or -1.
func (s *sentence) testerOf(n int) int {
	for j := range s.toks {
		if s.head[j] != n {
			continue
		}
		switch s.toks[j].Rel {
		case "compound", "amod", "nmod:poss":
			if k := s.actorAt[j]; k >= 0 && s.ms[k].Kind == actor.Country && s.ms[k].Country != "" {
				return k
			}
		}
	}
	return -1
}

// testReporter returns who reports the test noun's clause at n: the
// speaker of a verb of saying before it that governs it ("Tass said it
// was ...") or one that hangs from it ("It was ..., the ministry said");
// -1 otherwise. A verb of saying after the noun that the parse makes
// govern it, or a participle, reports a clause of its own ("..., saying
// Washington's refusal had forced it").
func (s *sentence) testReporter(n int) int {
	if h := s.head[n]; h >= 0 && h < n && s.says(h) {
		return s.speakerOf(h)
	}
	for c := range s.toks {
		if s.head[c] == n && (s.toks[c].Rel == "parataxis" || s.toks[c].Rel == "ccomp") && s.toks[c].XPOS != "VBG" && s.says(c) {
			return s.speakerOf(c)
		}
	}
	return -1
}
