package coder

// A conditional threat is often told as what an act of the other side
// would bring: "Any Iranian attack on Soviet ships will bring a forceful
// response, a Soviet official said." No attack has happened (undone.go),
// but the speaker threatens the side whose act it supposes.

// responseVerbs say what a supposed act would bring upon its author.
var responseVerbs = map[string]bool{"bring": true, "meet": true, "draw": true, "provoke": true, "invite": true, "trigger": true}

// returnNouns name what the speaker's side would do in return.
var returnNouns = map[string]bool{"response": true, "retaliation": true, "reprisal": true, "reprisals": true, "reaction": true, "answer": true}

// forceWords make the response an armed one: a threat of force (138).
var forceWords = map[string]bool{"forceful": true, "violent": true, "military": true, "armed": true, "crushing": true}

// supposedWords make an act noun a case supposed ("any attack").
var supposedWords = map[string]bool{"any": true, "every": true}

// responseThreats returns the threats of force (138) the sentence tells
// as the armed response a supposed act would bring: made by the speaker
// who reports it, to the author the act noun names. None when the
// response is not said to be armed ("a firm response"), or the speaker
// or the author is not named, or both are of one country.
func (s *sentence) responseThreats() []act {
	var out []act
	for i := range s.toks {
		if s.toks[i].UPOS != "VERB" || !responseVerbs[s.toks[i].Lemma] {
			continue
		}
		n, o := s.child(i, "nsubj"), s.child(i, "obj")
		if n < 0 || o < 0 || !returnNouns[s.lower[o]] || !s.hasChildWord(n, "det", supposedWords) {
			continue
		}
		authors := s.authorsOfAct(n)
		speaker := s.reportedBy(i)
		if len(authors) == 0 || speaker < 0 || authors[0] == speaker || s.ms[authors[0]].Country == s.ms[speaker].Country {
			continue
		}
		if !s.armedResponse(o) {
			continue // "a firm response" says too little to be a threat
		}
		out = append(out, act{code: "138", rule: "supposed act's response: a threat", sources: []int{speaker}, targets: authors[:1],
			verbStart: i, verbEnd: i + 1, via: -1})
	}
	return out
}

// armedResponse reports whether the response noun at o is said to be
// armed ("a forceful and violent response"), by an adjective or one
// joined to it.
func (s *sentence) armedResponse(o int) bool {
	for j := range s.toks {
		if s.head[j] == o && s.toks[j].Rel == "amod" && (forceWords[s.lower[j]] || s.hasChildWord(j, "conj", forceWords)) {
			return true
		}
	}
	return false
}
