package coder

import (
	"slices"
	"strings"

	"github.com/annalist/annalist/actor"
)

// personNouns name a private person by what they are or did ("a man",
// "the suspect", "the attacker").
var personNouns = map[string]bool{"man": true, "woman": true, "men": true, "women": true, "person": true,
	"suspect": true, "suspects": true, "accused": true, "attacker": true, "attackers": true, "gunman": true,
	"assailant": true, "shooter": true, "killer": true, "driver": true, "teenager": true, "boy": true, "girl": true,
	"perpetrator": true, "defendant": true, "defendants": true, "brother": true, "son": true, "daughter": true,
	"mother": true, "father": true, "husband": true, "wife": true}

// referringNouns stand, after "the", for a person the article named
// before ("the accused", "the suspect").
var referringNouns = map[string]bool{"accused": true, "suspect": true, "defendant": true, "attacker": true,
	"gunman": true, "assailant": true, "perpetrator": true}

// singularPersons are the pronouns that may stand for a private person.
var singularPersons = map[string]bool{"he": true, "him": true, "she": true, "her": true}

// personTarget returns a mention for the private person a phrase headed
// by h names when the dictionaries know no actor there, for an act with
// code that is done to people (personCode): a name of two words or more
// ("James Alex Fields", "David and Louise Turpin"), a person noun ("a
// 36-year-old man", "the suspect") or a pronoun ("him", unless it stands
// for someone named before it). Such a person belongs to the article's
// country: the mention's code is "---", which the home country completes.
// A name is not taken for force (19), as it may be a place ("shelled
// Aleppo"). It returns -1 when h names no person.
func (s *sentence) personTarget(h int, code string) int {
	if h < 0 || s.actorAt[h] >= 0 || !personCode(code) || strings.HasPrefix(code, "172") {
		// A ban or restriction (172) falls on a class of people
		// ("banned women from stadiums"), not on a private person.
		return -1
	}
	name := s.toks[h].UPOS == "PROPN" && !strings.HasPrefix(code, "19") && s.fullName(h)
	// "he" or "him" that names no office holder named before (refer
	// resolves those) is a private person too.
	pron := s.toks[h].UPOS == "PRON" && singularPersons[s.lower[h]]
	// A person noun may be tagged as the verb it comes from ("the
	// accused"); the determiner tells.
	noun := personNouns[s.lower[h]] && (s.toks[h].UPOS == "NOUN" || h > 0 && determiners[s.lower[h-1]])
	if !name && !pron && !noun {
		return -1
	}
	if pron {
		if k := s.antecedent(h); k >= 0 {
			return k
		}
	}
	return s.personMention(h, noun)
}

// personMention adds a mention for the private person the phrase headed
// by h names, with its modifiers ("a 36-year-old man", "James Alex
// Fields"), and returns its index; -1 if the phrase runs across another
// actor. A referring noun ("the accused") is the person named before.
func (s *sentence) personMention(h int, noun bool) int {
	start, end := h, h+1
	for j := range s.toks {
		if s.head[j] != h {
			continue
		}
		switch s.toks[j].Rel {
		case "flat", "flat:name", "compound", "amod", "nummod", "det", "nmod:desc":
			start, end = min(start, j), max(end, j+1)
		}
	}
	for j := start; j < end; j++ {
		if s.actorAt[j] >= 0 {
			return -1 // "Ohio man ...": not across another actor
		}
	}
	var text []string
	for j := start; j < end; j++ {
		text = append(text, s.toks[j].Form)
	}
	m := actor.Mention{Code: "---", Name: strings.Join(text, " "), Kind: actor.Person}
	if noun && s.named != nil && referringNouns[s.lower[h]] && h > 0 && s.lower[h-1] == "the" {
		// "British tourist Laura Plummer was arrested. The accused was
		// sentenced ...": the person named before, with their country.
		m = *s.named
	}
	return s.addMention(m, start, end)
}

// privateSource returns a mention for the private person who is the
// subject of the verb at i, or of the verb it is joined to, when the
// dictionaries know no actor there: a person noun ("the suspect pleaded
// guilty") or a name of two words or more ("Volodymyr Zhukovskyy pleaded
// not guilty"). Such a person belongs to the article's country, as
// personTarget's do. It returns -1 when the subject names no person.
func (s *sentence) privateSource(i int) int {
	subj := -1
	for steps := 0; i >= 0 && steps < 3; steps++ {
		if subj = s.child(i, "nsubj"); subj >= 0 {
			break
		}
		if r := s.toks[i].Rel; r != "conj" && r != "xcomp" {
			break
		}
		i = s.head[i]
	}
	if subj < 0 || s.actorAt[subj] >= 0 {
		return -1
	}
	noun := personNouns[s.lower[subj]] && s.toks[subj].UPOS == "NOUN"
	if !noun && !(s.toks[subj].UPOS == "PROPN" && s.fullName(subj)) {
		return -1
	}
	return s.personMention(subj, noun)
}

// personCode reports whether an act is one that news does to private
// persons: praise (05), release (084), investigation (09), criticism and
// accusation (11), coercion such as arrest and sentencing (17), assault
// (18) and force (19).
func personCode(code string) bool {
	return codeUnder(code, "05", "084", "09", "11", "17", "18", "19")
}

// personObject makes a mention of the private person the object of the
// verb at i names (or the subject of the clause it governs), before the verb's patterns look for their target
// ("charged the suspect with murder"), when the verb codes acts done to
// people.
func (s *sentence) personObject(i int, v *verb) {
	s.pronounArguments(i)
	obj := s.child(i, "obj")
	if obj < 0 {
		// "ordered that the accused remain in custody": the subject of
		// the clause the verb governs.
		if c := s.child(i, "ccomp", "xcomp"); c >= 0 {
			if obj = s.child(c, "nsubj", "nsubj:pass"); obj < 0 {
				obj = s.personNounBefore(c)
			}
		}
	}
	if obj < 0 || s.actorAt[obj] >= 0 {
		return
	}
	if v.def != nil && personCode(v.def.code) {
		s.personTarget(obj, v.def.code)
		return
	}
	for _, p := range v.patterns {
		if p.hasTarget() && personCode(p.code) {
			s.personTarget(obj, p.code)
			return
		}
	}
}

// personNounBefore returns the person noun after a determiner that the
// parse hung from the verb at c as a modifier, before it ("that the
// accused remain in custody", with "accused" read as a participle): the
// clause's subject. -1 if none.
func (s *sentence) personNounBefore(c int) int {
	for j := 1; j < c; j++ {
		if s.head[j] == c && personNouns[s.lower[j]] && determiners[s.lower[j-1]] {
			return j
		}
	}
	return -1
}

// pronounArguments makes a mention of the person named earlier in the
// sentence for each "him" or "her" the verb at i takes as an object, in
// a phrase, or in its object's phrase ("after the military called on him
// to step down", "unsealed charges against him"), so that the verb's
// patterns find their target there.
func (s *sentence) pronounArguments(i int) {
	for j := range s.toks {
		if s.actorAt[j] >= 0 || !singularPersons[s.lower[j]] || s.toks[j].UPOS != "PRON" {
			continue
		}
		h := s.head[j]
		switch rel := relBase(s.toks[j].Rel); {
		case h == i && (rel == "obj" || rel == "iobj" || rel == "obl"):
		case rel == "nmod" && h >= 0 && s.head[h] == i && s.toks[h].Rel == "obj":
			// "unsealed further charges against him"
		default:
			continue
		}
		k := s.antecedent(j)
		if k < 0 || s.ms[k].Kind != actor.Person {
			continue
		}
		s.addMention(s.ms[k], j, j+1)
	}
}

// addMention adds m to the sentence's mentions as spanning tokens start
// to end, marks those tokens as its, and returns its index.
func (s *sentence) addMention(m actor.Mention, start, end int) int {
	m.Start, m.End = start, end
	k := len(s.ms)
	s.ms = append(s.ms, m)
	for j := start; j < end; j++ {
		s.actorAt[j] = k
	}
	return k
}

// fullName reports whether the name headed by h has a second word, or is
// a first name joined to a full one ("David and Louise Turpin").
func (s *sentence) fullName(h int) bool {
	if s.child(h, "flat", "flat:name") >= 0 {
		return true
	}
	c := s.child(h, "conj")
	return c >= 0 && s.toks[c].UPOS == "PROPN" && s.child(c, "flat", "flat:name") >= 0
}

// antecedent returns the person or singular role named before the
// pronoun at h in its sentence that it stands for ("expelled the German
// ambassador, accusing him of ..."), leaving out the subject of the verb
// the pronoun depends on, who would be "himself"; -1 if none.
func (s *sentence) antecedent(h int) int {
	var subj []int
	if v := s.head[h]; v >= 0 {
		// The subject as the tree gives it, or as the words do when the
		// tree gives none ("French police shot him dead", headline-like).
		var found bool
		if subj, _, found = s.subjectOf(v); !found {
			subj = []int{s.mentionBefore(v, s.clause[v])}
		}
	}
	for j := h - 1; j >= 0; j-- {
		k := s.actorAt[j]
		if k < 0 || slices.Contains(subj, k) {
			continue
		}
		m := s.ms[k]
		plural := s.plural(m.End - 1)
		if m.Kind == actor.Person || m.Kind == actor.Agent && !plural {
			return k
		}
	}
	return -1
}

// private reports whether mention k is a private person: one with no
// role (whatever their country), or a civilian.
func (s *sentence) private(k int) bool {
	m := s.ms[k]
	if m.Kind != actor.Person && m.Kind != actor.Agent {
		return false
	}
	return len(m.Roles) == 0 || len(m.Roles) == 1 && m.Roles[0] == "CVL"
}

// someonesOwn reports whether mention k is named by a possessive
// pronoun as someone's ("his lawyer", "her spokesman").
func (s *sentence) someonesOwn(k int) bool {
	m := s.ms[k]
	for j := max(m.Start-1, 0); j < m.End; j++ {
		if s.toks[j].Rel == "nmod:poss" && personPronouns[s.lower[j]] {
			return true
		}
	}
	return false
}
