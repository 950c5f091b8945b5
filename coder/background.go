package coder

import (
	"strconv"
	"strings"
)

// This file tells the background of a news sentence from its news: a
// clause dated to an earlier year or to last year, or set during a war,
// rule or era, reports no event of the article's days.

// past reports whether the clause headed by i is set in the past beyond
// the news: an earlier year ("in 1990"), last year, a war, rule or era
// ("during the Cold War", "under Ottoman rule", "since the 1967 war").
func (s *sentence) past(i int) bool {
	if s.oldDate(i) || s.partOfOldEvent(i) || s.lifeStory(i) || s.begunLongAgo(i) || s.lastMonth(i) {
		return true
	}
	for o := range s.toks {
		if s.head[o] != i {
			continue
		}
		switch relBase(s.toks[o].Rel) {
		case "obl", "nmod", "advmod":
		default:
			continue
		}
		if s.lastYear(o) {
			return true // "Last year, Russia expelled ..."
		}
		if s.earlierMonth(o) {
			return true // "in January of this year", in a December story
		}
		c := s.caseOf(o)
		if !historyCase[c] && s.toks[o].Rel != "obl:tmod" {
			continue
		}
		if c != "in" && pastNouns[s.lower[o]] {
			return true
		}
		for j := range s.toks {
			if s.toks[j].UPOS == "NUM" && s.within(j, o) && s.oldYear(j) {
				return true
			}
		}
	}
	return false
}

// beginVerbs open a participle that tells when what the clause reports
// began ("Beginning in 2010 and continuing for seven years, ...").
var beginVerbs = map[string]bool{"begin": true, "start": true}

// begunLongAgo reports whether the past-tense clause at i is opened by a
// participle of beginning dated to an earlier year: "Beginning in 2010
// and continuing for seven years, McArthur murdered ..." tells a story
// of the past, where the year hangs in the participle's clause, not in
// the verb's.
func (s *sentence) begunLongAgo(i int) bool {
	// A simple past (which the tagger may read as a participle), not
	// "has attacked since": that goes on.
	if x := s.toks[i].XPOS; x != "VBD" && (x != "VBN" || s.child(i, "aux") >= 0) {
		return false
	}
	for o := range s.toks {
		if s.head[o] == i && s.toks[o].Rel == "advcl" && s.toks[o].XPOS == "VBG" && beginVerbs[s.toks[o].Lemma] && s.oldDate(o) {
			return true
		}
	}
	return false
}

// lifeStory reports whether the clause at i is a life told after a
// sentence-opening birth dated to an earlier year ("Born in Arroyo
// Grande on June 23, 1941, he took his stepfather's name and met Jerry
// Garcia"): what the main clause and the clauses joined to it tell
// follows that birth, a biography rather than the news.
func (s *sentence) lifeStory(i int) bool {
	if len(s.toks) == 0 || s.lower[0] != "born" || s.head[0] < 0 {
		return false
	}
	main := i
	for steps := 0; main >= 0 && s.toks[main].Rel == "conj" && steps < len(s.toks); steps++ {
		main = s.head[main]
	}
	if main != s.head[0] {
		return false
	}
	for j := range s.toks {
		if s.toks[j].UPOS == "NUM" && s.oldYear(j) && s.within(j, 0) {
			return true
		}
	}
	return false
}

// partakeVerbs take part in the event their object names, and so share
// its time ("supported the 2008 campaign" happened in 2008); verbs that
// judge an event ("condemned the 2003 invasion") may do so any time.
var partakeVerbs = map[string]bool{"support": true, "back": true, "endorse": true, "join": true, "lead": true,
	"fund": true, "finance": true, "win": true, "run": true, "fight": true, "contest": true, "boycott": true}

// partOfOldEvent reports whether verb i takes part in an event its object
// dates to an earlier year ("Kokesh supported the 2008 and 2012
// presidential campaigns of Ron Paul").
func (s *sentence) partOfOldEvent(i int) bool {
	o := s.child(i, "obj")
	if o < 0 || !partakeVerbs[s.toks[i].Lemma] {
		return false
	}
	return s.datedBefore(o)
}

// datedBefore reports whether the noun at h names an earlier year among
// its words ("the 2003 invasion", "the 2008 and 2012 campaigns").
func (s *sentence) datedBefore(h int) bool {
	for j := range s.toks {
		if s.head[j] == h && s.toks[j].UPOS == "NUM" && s.oldYear(j) {
			return true
		}
	}
	return false
}

// dateCases open a phrase that dates an act ("in 1997", "on November 15,
// 2017").
var dateCases = map[string]bool{"in": true, "on": true, "since": true, "until": true, "during": true}

// oldDate reports whether the clause headed by i holds a year before the
// article's in a phrase that dates it, however the parse hung the phrase
// ("relinquished control of Hong Kong to China in 1997", with "in 1997"
// under "China"; "on November 15, 2017").
func (s *sentence) oldDate(i int) bool {
	c := s.tclause[i] // a verb the tagger took for an adjective is in its noun's clause
	if h := s.head[i]; h >= 0 && (s.toks[i].Rel == "conj" || (s.toks[i].Rel == "advcl" || s.toks[i].Rel == "xcomp") && s.child(i, "mark") < 0) && (s.toks[i].XPOS == "VBN" || s.toks[i].XPOS == "VBG") {
		// "The army moved on November 15, 2017, having first placed
		// Mugabe under house arrest": a participle joined to a dated
		// verb shares its date (the parse may make it a complement).
		if s.oldDate(h) {
			return true
		}
	}
	for j := range s.toks {
		if s.toks[j].UPOS != "NUM" || s.tclause[j] != c || !s.oldYear(j) {
			continue
		}
		for x, steps := j, 0; x >= 0 && x != i && steps < 4; x, steps = s.head[x], steps+1 {
			if dateCases[s.caseOf(x)] {
				return true
			}
		}
	}
	return false
}

// lastWords make "year" the one before the article's.
var lastWords = map[string]bool{"last": true, "previous": true}

// lastYear reports whether token o is "year" in "last year" (or "the
// previous year"), with no preposition: a time before the news.
func (s *sentence) lastYear(o int) bool {
	return s.lower[o] == "year" && s.child(o, "case") < 0 && s.hasChildWord(o, "amod", lastWords)
}

// oldYear reports whether token j is a year before the article's ("1990"
// or "March 2023" in a 2024 article): news reports what is new, and what
// it dates to an earlier year is background. The last two months of the
// year before may still be news ("in December 2023" in a January
// article).
func (s *sentence) oldYear(j int) bool {
	w := strings.TrimSuffix(s.lower[j], "s") // "the 1990s"
	if len(w) != 4 || s.year == 0 {
		return false
	}
	y, err := strconv.Atoi(w)
	if err != nil || y <= 1000 || y >= s.year {
		return false
	}
	if y == s.year-1 {
		for k := j - 1; k >= 0 && k >= j-3; k-- { // "December 2018", "December 15, 2018"
			if s.lower[k] == "december" || s.lower[k] == "november" {
				return false
			}
		}
	}
	return true
}

// namesOldYear reports whether the sentence names a year before the
// article's anywhere in its words.
func (s *sentence) namesOldYear() bool {
	for j := range s.toks {
		if s.toks[j].UPOS == "NUM" && s.oldYear(j) {
			return true
		}
	}
	return false
}

// months are the month names, by number.
var months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12}

// earlierMonth reports whether the phrase o names a month of the
// article's own year ("in January of this year") at least two months
// before the month it was published in: the story's background, not its
// news. The year must be said: "in January" alone may be the next one.
func (s *sentence) earlierMonth(o int) bool {
	if s.month == 0 || s.toks[o].UPOS != "PROPN" && s.toks[o].UPOS != "NOUN" {
		return false
	}
	m, ok := months[s.lower[o]]
	if !ok || m > s.month-2 {
		return false
	}
	for j := range s.toks {
		if s.head[j] == o && s.lower[j] == "year" && s.hasChildWord(j, "det", thisWords) {
			return true
		}
	}
	return false
}

// thisWords make "year" the article's own.
var thisWords = map[string]bool{"this": true}

// lastMonth reports whether the clause at i is dated "last <month>" to a
// month at least two months before the article's ("resigned last
// September", in an April story), wherever the parse hung the date in
// the clause: background. "Last March" in an April story is still news,
// and so, as oldYear has it, are the last two months of the year before
// ("agreed last December").
func (s *sentence) lastMonth(i int) bool {
	if s.month == 0 {
		return false
	}
	c := s.tclause[i]
	for j := 1; j < len(s.toks); j++ {
		if s.lower[j-1] != "last" {
			continue
		}
		m, ok := months[s.lower[j]]
		if !ok || s.tclause[j] != c {
			continue
		}
		if m >= s.month && m >= 11 {
			continue // November or December of the year before
		}
		if back := (s.month - m + 12) % 12; back >= 2 || back == 0 {
			return true // "last April" in an April story is a year ago
		}
	}
	return false
}
