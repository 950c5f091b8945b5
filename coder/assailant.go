package coder

import (
	"strings"

	"github.com/annalist/annalist/actor"
)

// News names the private person who attacks, shoots or bombs ("Usman
// Khan stabbed several people", "the gunman Patrick Crusius opened fire")
// and event data codes that violence with the assailant as its source,
// of the country the article gives them. A person the text does not
// name ("a gunman", "the suspect" of an article that names no one) is
// no source: whose act it is stays unknown.

// assailantCode reports whether code is violence a named private person
// is coded for: assault (18, 180 included), force (19) and mass violence
// (20).
func assailantCode(code string) bool { return codeUnder(code, "18", "19", "20") }

// assailant returns a mention for the named private person who does the
// violent act of the verb at i when the dictionaries know no actor
// there: a name of two words or more ("Usman Khan"), the surname of one
// named so before ("Khan"), a person noun with the name beside it ("the
// gunman Patrick Crusius"), or "the attacker" for the private person
// named in the last sentences. Like the private persons of personTarget,
// the mention's code is "---", which the article's country completes.
// It returns -1 when no named person does the act.
func (s *sentence) assailant(i int) int {
	if !s.mayCode {
		// A sentence MayCode would leave unparsed codes nothing: a
		// pipeline that parses only the others must code the same.
		return -1
	}
	subj := s.subjectToken(i)
	if subj < 0 {
		subj = s.nameBefore(i)
	}
	if subj < 0 || s.actorAt[subj] >= 0 || s.namesStorm(subj) {
		return -1
	}
	if k := s.strangerAt(subj); k >= 0 {
		return k
	}
	switch {
	case s.namedInFull(subj):
		return s.personMention(subj, false)
	case referringNouns[s.lower[subj]] && subj > 0 && s.lower[subj-1] == "the" && s.named != nil:
		return s.personMention(subj, true)
	case personNouns[s.lower[subj]]:
		// "the gunman Patrick Crusius", the name set beside the noun.
		for _, rel := range []string{"appos", "flat", "compound"} {
			if n := s.child(subj, rel); n >= 0 && s.actorAt[n] < 0 && s.namedInFull(n) {
				return s.personMention(n, false)
			}
		}
	}
	return -1
}

// subjectToken returns the head of the subject of the verb at i, or of
// the verb it is joined to or completes ("Khan went on to stab", "the
// attacker exited the Hall and continued to attack others", whose
// subject the parse makes the object of "reported"); -1 if none.
func (s *sentence) subjectToken(i int) int {
	for steps := 0; i >= 0 && steps < 4; steps++ {
		if subj := s.child(i, "nsubj"); subj >= 0 {
			return subj
		}
		switch s.toks[i].Rel {
		case "conj":
		case "xcomp":
			if h := s.head[i]; h >= 0 {
				if o := s.child(h, "obj"); o >= 0 && o < i {
					return o
				}
			}
		default:
			return -1
		}
		i = s.head[i]
	}
	return -1
}

// nameBefore returns the head of the name that stands right before the
// verb at i, adverbs aside, when the parse hangs it elsewhere ("On
// Friday, 28-year-old Usman Khan stabbed", the name parsed as set beside
// the day); -1 if none.
func (s *sentence) nameBefore(i int) int {
	j := i - 1
	for j >= 0 && s.toks[j].UPOS == "ADV" {
		j--
	}
	if j < 0 || s.toks[j].UPOS != "PROPN" || s.clause[j] != s.clause[i] {
		return -1
	}
	if h := s.head[j]; h >= 0 && h < j && s.toks[j].Rel == "flat" {
		j = h // "Usman Khan": the name's first word heads it
	}
	return j
}

// strangerAt returns a mention for the surname at token j of a person
// the article named in full before and the dictionaries do not know
// ("Khan reportedly started attacking people"); -1 if j is none.
func (s *sentence) strangerAt(j int) int {
	for _, m := range s.strangers {
		if m.Start <= j && j < m.End && m.Kind == actor.Person {
			return s.addMention(m, m.Start, m.End)
		}
	}
	return -1
}

// namedInFull reports whether token h heads a person's name of two words
// or more, its first name parsed as its flat part or as a compound
// before it ("Usman Khan").
func (s *sentence) namedInFull(h int) bool {
	if s.toks[h].UPOS != "PROPN" {
		return false
	}
	if s.fullName(h) {
		return true
	}
	c := s.child(h, "compound")
	return c >= 0 && c < h && s.toks[c].UPOS == "PROPN" && s.actorAt[c] < 0
}

// stormWords lead the names of storms, which news names like people
// ("Hurricane Dorian", "Typhoon Hagibis", "Tropical Storm Barry") and
// which kill and hit as people do.
var stormWords = map[string]bool{"hurricane": true, "typhoon": true, "cyclone": true, "storm": true, "tornado": true}

// namesStorm reports whether the name headed by token h is a storm's:
// a storm word in it, or right before it.
func (s *sentence) namesStorm(h int) bool {
	if stormWords[s.lower[h]] || h > 0 && stormWords[s.lower[h-1]] {
		return true
	}
	for j := range s.toks {
		if s.head[j] == h && (s.toks[j].Rel == "flat" || s.toks[j].Rel == "compound") && stormWords[s.lower[j]] {
			return true
		}
	}
	return false
}

// personalForce returns the code of violence a private person does
// where the verb gives armed force (190): "Khan started attacking
// people" is an assault (182), for conventional military force is an
// army's.
func personalForce(code string) string {
	if code == "190" {
		return "182"
	}
	return code
}

// peopleOf returns, for private persons k a private person's violence is
// done to, the country whose people they are when the text names it
// ("people in the West Bank", "Mexican shoppers"): a mention of the
// country alone over the same words. A person alone ("a woman"), or
// people of no country named ("several people"), are the victims of a
// crime, no actor: -1.
func (s *sentence) peopleOf(k int) int {
	m := s.ms[k]
	if m.Kind == actor.Person || m.Country == "" || strings.HasPrefix(m.Code, "---") {
		return -1
	}
	h := s.mentionHead(k)
	if h < 0 || !s.plural(h) && s.lower[h] != "people" {
		return -1
	}
	return s.addMention(actor.Mention{Code: m.Country, Country: m.Country, Name: m.Name, Kind: actor.Agent}, m.Start, m.End)
}
