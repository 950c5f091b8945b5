package story

import (
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/cameo"
	"github.com/annalist/annalist/event"
)

// mention builds the event a coder gives for one sentence of an article.
func mention(art, source string, sentence int, actor1, actor2, code, date string) event.Event {
	info, _ := cameo.Lookup(code)
	e := event.Event{
		ID:            art + "/" + string(rune('0'+sentence)) + "/" + code,
		Date:          date,
		DatePrecision: "day",
		Reported:      date,
		Actor1:        &event.Actor{Code: actor1, Country: actor1[:3]},
		EventCode:     code,
		EventBaseCode: info.Base,
		EventRootCode: info.Root,
		EventName:     info.Name,
		QuadClass:     info.QuadClass,
		Goldstein:     info.Goldstein,
		NumMentions:   1,
		NumArticles:   1,
		NumSources:    1,
		Sources:       []string{source},
		Evidence: []event.Evidence{{
			Article: art, Source: source, Sentence: sentence,
			Start: 100 * sentence, End: 100*sentence + 80, Text: "sentence", Rule: "test",
		}},
	}
	if actor2 != "" {
		e.Actor2 = &event.Actor{Code: actor2, Country: actor2[:3]}
	}
	return e
}

func newsItem(id, source, date, title, text string) *article.Article {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		panic(err)
	}
	return &article.Article{ID: id, Source: source, Published: t, Title: title, Text: text}
}
