package coder

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/cameo"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// NewEvent returns the record of an act with CAMEO code info coded in
// sentence si of a (doc is a's analysis): the code's names and scales, one
// mention from one source, the publication day (the dates stage refines
// it), and evidence naming the sentence, the rule that fired and the
// verb's span. The caller sets the actors (MentionActor) and then the ID
// (EventID). The rule-based coder and the event model build their events
// with it, so that both read alike.
func NewEvent(a *article.Article, doc *nlp.Doc, si int, info cameo.Code, rule string, verb *event.Span) event.Event {
	sent := &doc.Sentences[si]
	e := event.Event{
		EventCode:     info.Code,
		EventBaseCode: info.Base,
		EventRootCode: info.Root,
		EventName:     info.Name,
		QuadClass:     info.QuadClass,
		Goldstein:     info.Goldstein,
		NumMentions:   1,
		NumSources:    1,
		NumArticles:   1,
	}
	if info.Plover.Type != "" {
		e.Plover = &event.Plover{Type: info.Plover.Type, Mode: info.Plover.Mode}
	}
	if !a.Published.IsZero() {
		e.Date = a.Published.Format("2006-01-02")
		e.Reported = e.Date
		e.DatePrecision = "day"
	}
	if a.Source != "" {
		e.Sources = []string{a.Source}
	}
	e.Evidence = []event.Evidence{{
		Article:  a.ID,
		URL:      a.URL,
		Source:   a.Source,
		Sentence: si,
		Start:    sent.Start,
		End:      sent.End,
		Text:     doc.Text[sent.Start:sent.End],
		Rule:     rule,
		Verb:     verb,
	}}
	return e
}

// MentionActor returns the record of actor mention m of a sentence whose
// tokens are toks, and the span of its words in doc.Text.
func MentionActor(doc *nlp.Doc, toks []nlp.Token, m actor.Mention) (*event.Actor, *event.Span) {
	span := &event.Span{Start: toks[m.Start].Start, End: toks[m.End-1].End}
	return &event.Actor{
		Code:    m.Code,
		Name:    m.Name,
		Country: m.Country,
		Roles:   append([]string(nil), m.Roles...),
		Text:    doc.Text[span.Start:span.End],
	}, span
}

// EventID is an event's ID: a hash of its article, sentence, actors'
// codes ("" for no target) and code, and of any further parts that set
// apart events coded otherwise (the event model's). It is deterministic:
// the same article coded again gives the same IDs, so re-runs update
// stored records instead of adding new ones.
func EventID(article string, sentence int, actor1, actor2, code string, more ...string) string {
	h := sha256.New()
	for _, part := range append([]string{article, strconv.Itoa(sentence), actor1, actor2, code}, more...) {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
