package coder

// A verdict of fault is often told through a frame word that carries the
// copula: "Trump's tariffs are the wrong way to deal with China", "the
// plan is the wrong answer" (a fault adjective on a noun of means), "the
// sanctions are a form of economic bullying", "the strike was an act of
// aggression" (a fault noun under a noun of kind), "the sanctions amount
// to economic blackmail" (a verb of equating). The frame is the predicate
// the speaker says of the subject, and the fault word says what is wrong
// with it; the verdict reads the frame as it reads a fault word itself.

// meansNouns are predicate nouns a fault adjective finds fault with as a
// course taken: "the wrong way", "a misguided approach".
var meansNouns = wordSet("way approach answer response step move idea policy signal message solution " +
	"choice path direction course strategy thing")

// kindNouns are predicate nouns whose "of" phrase names the fault: "a
// form of bullying", "an act of aggression".
var kindNouns = wordSet("form act kind example case sort")

// equatingVerbs say their subject is what their complement names:
// "amounts to blackmail", "constitutes a violation". They are told by
// their forms: the tagger reads "amounted" after a plural noun as an
// adjective as often as a verb.
var equatingVerbs = wordSet("amount amounts amounted constitute constitutes constituted represent represents " +
	"represented equal equals equalled equaled")

// verdictAt returns the predicate that says the fault word at w of a
// subject: w itself when it is one (predicate), else the frame that
// carries it; -1 if none.
func (s *sentence) verdictAt(w int) int {
	if s.predicate(w) {
		return w
	}
	h := s.head[w]
	if h < 0 {
		return -1
	}
	switch rel := s.toks[w].Rel; {
	case rel == "amod" && meansNouns[s.lower[h]] && s.predicate(h):
		return h // "the wrong way to"
	case relBase(rel) == "nmod" && s.caseOf(w) == "of" && kindNouns[s.lower[h]] && s.predicate(h):
		return h // "a form of bullying"
	case s.toks[w].UPOS == "NOUN" && equatingVerbs[s.lower[h]] && s.child(h, "nsubj") >= 0 &&
		(rel == "obj" || rel == "obl" && s.caseOf(w) == "to"):
		return h // "amounted to blackmail", "constitutes a breach"
	}
	return -1
}

// hasVerdict reports whether the fault word at w is said of a subject,
// itself or through a frame.
func (s *sentence) hasVerdict(w int) bool { return s.verdictAt(w) >= 0 }
