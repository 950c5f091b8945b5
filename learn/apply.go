package learn

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/cameo"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// DefaultMargin is the least margin over "none" at which Backoff codes an
// event. Chosen by cross-validation on the training sets the rules never
// saw: there, at 8, rules plus backoff keep the rules' precision and gain
// recall; lower margins gain a little more recall for less precision.
const DefaultMargin = 8

// Backoff codes, in each sentence of doc where coded (the rules' events for
// the article) has no event, the events the model proposes with a margin
// over "none" above m.MinMargin (see Select), finding the sentence's
// actors with m.Actors. The events carry evidence like the coder's, their
// rule naming the model's root, margin, predicate and path. Sentences
// left unparsed (no tags: the pipeline parses only those the coder may
// code) give nothing.
func (m *Model) Backoff(a *article.Article, doc *nlp.Doc, coded []event.Event) []event.Event {
	return m.BackoffFound(a, doc, nil, coded)
}

// BackoffFound is Backoff with the actors of each sentence already found
// (actor.Dict.FindEach, as the coder's CodeFound takes them); nil finds
// them with m.Actors.
func (m *Model) BackoffFound(a *article.Article, doc *nlp.Doc, found [][]actor.Mention, coded []event.Event) []event.Event {
	done := make(map[int]bool, len(coded))
	for _, e := range coded {
		for _, ev := range e.Evidence {
			done[ev.Sentence] = true
		}
	}
	var out []event.Event
	for si := range doc.Sentences {
		toks := doc.Sentences[si].Tokens
		if done[si] || len(toks) == 0 || toks[0].UPOS == "" {
			continue
		}
		var ms []actor.Mention
		if found != nil {
			ms = found[si]
		} else {
			ms = m.Actors.Find(toks, a.Published)
		}
		if len(ms) == 0 {
			continue
		}
		for _, p := range Select(m.Propose(toks, ms, m.MinMargin), ms) {
			out = append(out, m.event(a, doc, si, ms, p))
		}
	}
	return out
}

// maxPerSentence is the most events the model codes in one sentence.
const maxPerSentence = 2

// Select keeps, of proposals sorted best first, the first for each
// (source country, target country, root) (the actors' codes' first three
// letters: two mentions of one country's government are one actor here),
// a source's act with no target only when the same source has no act of
// that root with one, and at most maxPerSentence of them.
func Select(ps []Proposal, ms []actor.Mention) []Proposal {
	key := func(p Proposal) (pair, bySource string) {
		src, tgt := country(ms[p.Source].Code), "-"
		if p.Target >= 0 {
			tgt = country(ms[p.Target].Code)
		}
		return src + " " + tgt + " " + p.Root, src + " " + p.Root
	}
	targeted := map[string]bool{} // source and root of the acts with a target
	for _, p := range ps {
		if _, bySource := key(p); p.Target >= 0 {
			targeted[bySource] = true
		}
	}
	var out []Proposal
	seen := map[string]bool{}
	for _, p := range ps {
		k, bySource := key(p)
		if seen[k] || p.Target < 0 && targeted[bySource] {
			continue
		}
		seen[k] = true
		out = append(out, p)
		if len(out) == maxPerSentence {
			break
		}
	}
	return out
}

// event builds the record of proposal p in sentence si.
func (m *Model) event(a *article.Article, doc *nlp.Doc, si int, ms []actor.Mention, p Proposal) event.Event {
	sent := &doc.Sentences[si]
	toks := sent.Tokens
	info, ok := cameo.Lookup(p.Code)
	if !ok {
		info, _ = cameo.Lookup(p.Root + "0")
	}
	e := event.Event{
		EventCode: info.Code, EventBaseCode: info.Base, EventRootCode: info.Root,
		EventName: info.Name, QuadClass: info.QuadClass, Goldstein: info.Goldstein,
		NumMentions: 1, NumSources: 1, NumArticles: 1,
	}
	if info.Plover.Type != "" {
		e.Plover = &event.Plover{Type: info.Plover.Type, Mode: info.Plover.Mode}
	}
	if !a.Published.IsZero() {
		e.Date = a.Published.Format("2006-01-02")
		e.Reported, e.DatePrecision = e.Date, "day"
	}
	if a.Source != "" {
		e.Sources = []string{a.Source}
	}
	pred := toks[p.Pred]
	ev := event.Evidence{
		Article: a.ID, URL: a.URL, Source: a.Source, Sentence: si,
		Start: sent.Start, End: sent.End, Text: doc.Text[sent.Start:sent.End],
		Rule: fmt.Sprintf("model %s margin %.1f: predicate %s, path %s", p.Root, p.Margin, p.Lemma, p.Path),
		Verb: &event.Span{Start: pred.Start, End: pred.End},
	}
	e.Actor1, ev.Actor1 = mentionActor(doc, toks, ms[p.Source])
	target := ""
	if p.Target >= 0 {
		e.Actor2, ev.Actor2 = mentionActor(doc, toks, ms[p.Target])
		target = e.Actor2.Code
	}
	e.Evidence = []event.Evidence{ev}
	h := sha256.Sum256([]byte(a.ID + "\x00" + strconv.Itoa(si) + "\x00" + e.Actor1.Code + "\x00" + target + "\x00" + info.Code + "\x00model"))
	e.ID = hex.EncodeToString(h[:16])
	return e
}

// mentionActor is the record and text span of mention m.
func mentionActor(doc *nlp.Doc, toks []nlp.Token, m actor.Mention) (*event.Actor, *event.Span) {
	span := &event.Span{Start: toks[m.Start].Start, End: toks[m.End-1].End}
	return &event.Actor{
		Code: m.Code, Name: m.Name, Country: m.Country,
		Roles: append([]string(nil), m.Roles...),
		Text:  doc.Text[span.Start:span.End],
	}, span
}
