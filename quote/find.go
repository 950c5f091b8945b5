package quote

import (
	"sort"
	"strings"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/nlp"
)

// finder holds what Find learns of one article as it reads it.
type finder struct {
	a      *article.Article
	doc    *nlp.Doc
	actors [][]actor.Mention // of each sentence; nil: found with the built-in dictionary
	marks  []span            // text inside quotation marks, in order
	used   map[int]bool      // marks already given to a speaker
	last   *Speaker          // the latest known speaker, for "they said"
	person *Speaker          // the latest person named, for "she said"
}

// span is a half-open byte range of the article's text.
type span struct{ start, end int }

func newFinder(a *article.Article, doc *nlp.Doc, actors [][]actor.Mention) *finder {
	return &finder{a: a, doc: doc, actors: actors, marks: quotationMarks(doc.Text), used: map[int]bool{}}
}

func (f *finder) find() []Quote {
	var out []Quote
	for si := range f.doc.Sentences {
		s := f.newSentence(&f.doc.Sentences[si], f.sentenceActors(si))
		for i := range s.toks {
			if q, ok := f.quoteAt(s, i); ok {
				out = append(out, q)
			}
		}
		for _, m := range s.actors {
			if m.Kind == actor.Person {
				sp := s.speakerOf(m)
				f.person = &sp
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// sentenceActors returns the actors of sentence si.
func (f *finder) sentenceActors(si int) []actor.Mention {
	if f.actors != nil {
		return f.actors[si]
	}
	return actor.Default().Find(f.doc.Sentences[si].Tokens, f.a.Published)
}

// quoteAt reads the statement reported by the verb of saying at token i
// ("said", "told", "according to"), if it is one.
func (f *finder) quoteAt(s *sentence, i int) (Quote, bool) {
	if f.quoted(s.toks[i].Start) {
		// "'The minister said he would resign,' the spokesman said": the
		// inner report is part of the spokesman's words, not a quotation
		// of its own.
		return Quote{}, false
	}
	var who, what span // token ranges [start, end)
	via := Via{}
	switch {
	case s.according(i):
		if s.hasSpeaker() {
			return Quote{}, false // "X said ..., according to state television": the channel of X's words
		}
		who = s.accordingSource(i)
		if who.end <= who.start {
			return Quote{}, false
		}
		what = s.rest(span{i, who.end})
	case s.sayVerb(i):
		var ok bool
		if who, ok = s.subject(i); !ok {
			return Quote{}, false
		}
		what, via = s.reported(i, who)
		if via.Text == "" {
			via = s.accordingVia()
		}
	default:
		return Quote{}, false
	}
	q := Quote{Article: f.a.ID}
	if !f.a.Published.IsZero() {
		q.Date = f.a.Published.Format("2006-01-02")
	}
	if m, ok := f.mark(s, i); ok {
		q.Start, q.End, q.Direct = m.start, m.end, true
	} else if what.end-what.start >= 3 {
		q.Start, q.End = s.toks[what.start].Start, s.toks[what.end-1].End
	} else {
		return Quote{}, false
	}
	q.Text = f.doc.Text[q.Start:q.End]
	q.Speaker, via = f.speaker(s, who, via)
	q.Via = via
	return q, true
}

// quoted reports whether byte at lies inside quotation marks.
func (f *finder) quoted(at int) bool {
	// The marks are few and in order: a linear scan that stops early.
	for _, m := range f.marks {
		if m.start > at {
			break
		}
		if at < m.end {
			return true
		}
	}
	return false
}

// mark returns the unused quotation in or around the sentence nearest the
// verb at i that does not contain the verb, and marks it used.
func (f *finder) mark(s *sentence, i int) (span, bool) {
	at := s.toks[i].Start
	best, dist := -1, 0
	for k, m := range f.marks {
		if f.used[k] || m.end < s.start-1 || m.start > s.end || m.start <= at && at < m.end {
			continue
		}
		d := m.start - at
		if at >= m.end {
			d = at - m.end
		}
		if best < 0 || d < dist {
			best, dist = k, d
		}
	}
	if best < 0 {
		return span{}, false
	}
	f.used[best] = true
	return f.marks[best], true
}

// speaker resolves the words naming the speaker to an actor and splits
// off a channel among them ("a spokesman for the ministry": the ministry
// speaking through a spokesman; "state media": a channel speaking for
// its country).
func (f *finder) speaker(s *sentence, who span, via Via) (Speaker, Via) {
	text := s.text(who)
	if who.end-who.start == 1 && s.toks[who.start].UPOS == "PRON" {
		ref := f.last
		if personPronouns[strings.ToLower(text)] {
			ref = f.person
		}
		if ref != nil {
			return Speaker{Code: ref.Code, Name: ref.Name, Text: text}, via
		}
		return Speaker{Text: text}, via
	}
	head := who.end - 1 // the subject's noun: "a spokesman (for ...)" is cut before "for" by subject
	if k := s.headOf(who); k >= 0 {
		head = k
	}
	if channelNouns[strings.ToLower(s.toks[head].Form)] {
		ch := s.nounPhrase(head, who)
		if via.Text == "" {
			via = Via{Text: s.text(ch)}
			if m, ok := s.actorIn(ch); ok {
				via.Code = m.Code
			}
		}
		// The speaker is who the channel speaks for ("for the ministry"),
		// else the channel's own country ("Iranian state media").
		if m, ok := s.actorIn(span{ch.end, who.end}); ok {
			sp := s.speakerOf(m)
			f.last = &sp
			return sp, via
		}
		if m, ok := s.actorIn(ch); ok {
			sp := s.speakerOf(m)
			sp.Text = text
			return sp, via
		}
		return Speaker{Text: text}, via
	}
	if m, ok := s.actorIn(who); ok {
		sp := s.speakerOf(m)
		sp.Text = text
		f.last = &sp
		return sp, via
	}
	return Speaker{Text: text}, via
}

// quotationMarks returns the text inside each pair of quotation marks:
// curly “…” and straight "…" pairs.
func quotationMarks(text string) []span {
	var out []span
	open := -1
	straight := -1
	for i := 0; i < len(text); i++ {
		switch {
		case strings.HasPrefix(text[i:], "“"):
			open = i + len("“")
		case strings.HasPrefix(text[i:], "”") && open >= 0:
			out = appendInside(out, text, open, i)
			open = -1
		case text[i] == '"' && straight < 0:
			straight = i + 1
		case text[i] == '"':
			out = appendInside(out, text, straight, i)
			straight = -1
		case text[i] == '\n' && i+1 < len(text) && text[i+1] == '\n':
			open, straight = -1, -1 // a quotation does not cross paragraphs
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return outermost(out)
}

// outermost drops the quotations inside others ("He told me \"we will
// win\"" within curly marks): they are part of the outer speaker's words.
// marks must be sorted by start.
func outermost(marks []span) []span {
	out := marks[:0]
	for _, m := range marks {
		if n := len(out); n > 0 && m.end <= out[n-1].end {
			continue
		}
		out = append(out, m)
	}
	return out
}

// appendInside appends the quoted words between start and end without
// the comma and spaces that end them before the attribution.
func appendInside(out []span, text string, start, end int) []span {
	for end > start && strings.ContainsRune(" ,\n", rune(text[end-1])) {
		end--
	}
	for start < end && text[start] == ' ' {
		start++
	}
	if end > start {
		out = append(out, span{start, end})
	}
	return out
}

var personPronouns = map[string]bool{"he": true, "she": true}

func isWord(form, w string) bool { return strings.EqualFold(form, w) }
