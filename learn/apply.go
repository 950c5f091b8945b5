package learn

import (
	"fmt"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/cameo"
	"github.com/annalist/annalist/coder"
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
	toks := doc.Sentences[si].Tokens
	info, ok := cameo.Lookup(p.Code)
	if !ok {
		info, _ = cameo.Lookup(p.Root + "0")
	}
	pred := toks[p.Pred]
	rule := fmt.Sprintf("model %s margin %.1f: predicate %s, path %s", p.Root, p.Margin, p.Lemma, p.Path)
	e := coder.NewEvent(a, doc, si, info, rule, &event.Span{Start: pred.Start, End: pred.End})
	ev := &e.Evidence[0]
	e.Actor1, ev.Actor1 = coder.MentionActor(doc, toks, ms[p.Source])
	target := ""
	if p.Target >= 0 {
		e.Actor2, ev.Actor2 = coder.MentionActor(doc, toks, ms[p.Target])
		target = e.Actor2.Code
	}
	// "model" keeps the ID apart from a rule's event of the same actors
	// and code.
	e.ID = coder.EventID(a.ID, si, e.Actor1.Code, target, info.Code, "model")
	return e
}
