// Package quote finds what the people and institutions in an article are
// reported to have said — direct quotations in quotation marks and
// indirect ones ("X said that ...", "..., according to X") — with the
// speaker, resolved to an actor code, and the channel that carried the
// words ("in a statement carried by the official news agency", "state
// media reported", "a spokesman said").
//
// Find runs after the nlp stage on an article's Doc; Annotate runs after
// coding and marks the events reported inside a quotation with the
// speaker or channel that conveyed them (event.Via).
package quote

import (
	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// Speaker is who the words are attributed to. Code and Name come from the
// actor dictionary and are "" when the speaker is no known actor ("a
// witness"); Text is the words that name the speaker in the article.
type Speaker struct {
	Code string `json:"code"`
	Name string `json:"name"`
	Text string `json:"text"`
}

// Via is the channel that carried the words ("a statement carried by the
// official news agency", "state media", "a spokesman"): its actor code
// when the words name one, and its text. Both are "" when the article
// names no channel.
type Via struct {
	Code string `json:"code"`
	Text string `json:"text"`
}

// Quote is one reported statement. Start and End are the byte offsets of
// the reported words (inside the quotation marks for a direct quotation)
// in the article's text, so Text == article.Text[Start:End].
type Quote struct {
	Speaker Speaker `json:"speaker"`
	Via     Via     `json:"via"`
	Text    string  `json:"quote"`
	Date    string  `json:"date"`    // the article's publication date, YYYY-MM-DD, "" if unknown
	Article string  `json:"article"` // the article's ID
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Direct  bool    `json:"-"` // in quotation marks
}

// Annotate sets Via on the events whose verb lies inside a quotation: the
// speaker when it is a known actor other than the event's own actors (the
// event is that speaker's report), else the channel. An event whose Via
// the coder already set keeps it. doc is the article's analysis; quotes
// are Find's result for the same article.
func Annotate(doc *nlp.Doc, quotes []Quote, evs []event.Event) {
	for i := range evs {
		e := &evs[i]
		if e.Via != nil || len(e.Evidence) == 0 {
			continue
		}
		ev := e.Evidence[0]
		at := ev.Start
		if ev.Verb != nil {
			at = ev.Verb.Start
		}
		for _, q := range quotes {
			if q.Article != ev.Article || at < q.Start || at >= q.End {
				continue
			}
			if v := q.via(e); v != nil {
				e.Via = v
			}
			break
		}
	}
}

// via is what an event inside q was conveyed by.
func (q *Quote) via(e *event.Event) *event.Via {
	own := func(code string) bool {
		return e.Actor1 != nil && e.Actor1.Code == code || e.Actor2 != nil && e.Actor2.Code == code
	}
	switch {
	case q.Speaker.Code != "" && !own(q.Speaker.Code):
		return &event.Via{Code: q.Speaker.Code, Text: q.Speaker.Text}
	case q.Via.Text != "":
		return &event.Via{Code: q.Via.Code, Text: q.Via.Text}
	}
	return nil
}

// Find returns the quotations of an article in text order. doc must be
// the analysis of a.Text.
func Find(a *article.Article, doc *nlp.Doc) []Quote {
	return FindWith(a, doc, nil)
}

// FindWith is Find with the actors of each sentence of doc given, as a
// dictionary's Find gives them; nil finds them with the built-in
// dictionary.
func FindWith(a *article.Article, doc *nlp.Doc, actors [][]actor.Mention) []Quote {
	if doc == nil {
		return nil
	}
	f := newFinder(a, doc, actors)
	return f.find()
}

// Stage finds an article's quotations and marks the events reported
// inside them, as a pipeline stage after coding.
func Stage(a *article.Article, doc *nlp.Doc, evs []event.Event) {
	StageWith(a, doc, evs, nil)
}

// StageWith is Stage with the actors of each sentence of doc given (see
// FindWith), so that speakers are told with the dictionary that coded the
// events and a pipeline finds the actors once for all its stages.
func StageWith(a *article.Article, doc *nlp.Doc, evs []event.Event, actors [][]actor.Mention) {
	if len(evs) == 0 {
		return // no event to mark: the quotations would go unused
	}
	Annotate(doc, FindWith(a, doc, actors), evs)
}
