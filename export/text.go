package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/annalist/annalist/event"
)

// textWriter writes events for people to read: one line saying who did
// what to whom, when and where, then the evidence sentence and the rule.
type textWriter struct{ bw *bufio.Writer }

func newTextWriter(w io.Writer) *textWriter { return &textWriter{bufio.NewWriter(w)} }

func actorText(a *event.Actor) string {
	if a == nil {
		return "—"
	}
	if a.Text != "" && !strings.EqualFold(a.Text, a.Name) {
		return fmt.Sprintf("%s (%s)", a.Code, a.Text)
	}
	return a.Code
}

func (t *textWriter) Write(e *event.Event) error {
	where := ""
	if e.Place != nil {
		where = " in " + e.Place.Name
		if e.Place.Country != "" {
			where += ", " + e.Place.Country
		}
	}
	via := ""
	if e.Via != nil {
		via = fmt.Sprintf(" [via %s]", e.Via.Text)
	}
	fmt.Fprintf(t.bw, "%s  %s → %s  %s %s%s%s (sources %d, mentions %d)\n", e.Date, actorText(e.Actor1), actorText(e.Actor2),
		e.EventCode, e.EventName, where, via, e.NumSources, e.NumMentions)
	for _, ev := range e.Evidence {
		fmt.Fprintf(t.bw, "    %q\n    rule %s; article %s, sentence %d, bytes %d-%d\n", ev.Text, ev.Rule, ev.Article, ev.Sentence, ev.Start, ev.End)
	}
	return nil
}

func (t *textWriter) Flush() error { return t.bw.Flush() }
