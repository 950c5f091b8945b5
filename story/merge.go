package story

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/annalist/annalist/cameo"
	"github.com/annalist/annalist/event"
)

// DefaultWindow is how far apart two reports of one happening may be
// dated: articles published within it may share a story, and events dated
// within it may be one event.
const DefaultWindow = 72 * time.Hour

// Same reports whether a and b may be the same happening: the same actor
// codes on both sides (or no target on both), codes of one family (the
// same base code, or a bare root code and a code under it), and dates no
// further apart than window (a month- or year-precise date agrees with the
// days inside it; a missing date agrees with any).
func Same(a, b *event.Event, window time.Duration) bool {
	if a.Actor1 == nil || b.Actor1 == nil || a.Actor1.Code != b.Actor1.Code {
		return false
	}
	if (a.Actor2 == nil) != (b.Actor2 == nil) || (a.Actor2 != nil && a.Actor2.Code != b.Actor2.Code) {
		return false
	}
	return sameFamily(a.EventCode, b.EventCode) && datesAgree(a, b, window)
}

// sameFamily: "042" and "0421" are one family, "04" is of the family of
// every code under it, "042" and "043" are not.
func sameFamily(a, b string) bool {
	if len(a) < 2 || len(b) < 2 || a[:2] != b[:2] {
		return false
	}
	if len(a) == 2 || len(b) == 2 {
		return true
	}
	return a[:3] == b[:3]
}

func datesAgree(a, b *event.Event, window time.Duration) bool {
	if a.Date == "" || b.Date == "" {
		return true
	}
	pa, pb := precision(a.DatePrecision), precision(b.DatePrecision)
	switch min(pa, pb) {
	case precYear:
		return a.Date[:4] == b.Date[:4]
	case precMonth:
		return a.Date[:7] == b.Date[:7]
	}
	da, errA := time.Parse(time.DateOnly, a.Date)
	db, errB := time.Parse(time.DateOnly, b.Date)
	if errA != nil || errB != nil {
		return a.Date == b.Date
	}
	d := da.Sub(db)
	return d <= window && -d <= window
}

const (
	precNone = iota
	precYear
	precMonth
	precDay
)

func precision(p string) int {
	switch p {
	case "day":
		return precDay
	case "month":
		return precMonth
	case "year":
		return precYear
	}
	return precNone
}

var placePrecision = map[string]int{"country": 1, "region": 2, "city": 3}

// Fold merges from, a report of the same happening (see Same), into into
// and returns why the record now has its code, date and place. Each new
// sentence of evidence is one more mention (the same sentence twice adds
// nothing), a new article one more article, and sources are the union of
// both. The most specific code wins (a tie goes to the lower code, so the
// result does not depend on the order of reports); the most precise date
// wins, a date read from the text before the publication date, then the
// earlier; the most precise place wins, a tie keeping the one held. The
// earliest report date and any root-event mark are kept.
func Fold(into *event.Event, from *event.Event) string {
	return foldIndexed(into, from, indexEvidence(into))
}

// foldIndexed is Fold with an index of into's evidence, which it keeps up to
// date: a record that folds in many reports keeps its index, so that each
// report costs its own mentions, not all the record's.
func foldIndexed(into *event.Event, from *event.Event, idx *evidenceIndex) string {
	// Judge the date before into takes from's evidence, which would make
	// into's date look read from the text too.
	fromDated, intoDated := fromText(from), idx.dated
	dateWins, dateWhy := betterDate(from, into, fromDated, intoDated), dateReason(from, into, fromDated, intoDated)
	added, newArticles := idx.newEvidence(from)
	switch {
	case len(from.Evidence) == 0: // a bare record: its counts are all we know
		into.NumMentions += from.NumMentions
		into.NumArticles += from.NumArticles
	default:
		into.Evidence = append(into.Evidence, added...)
		into.NumMentions += len(added)
		into.NumArticles += newArticles
	}
	for _, src := range from.Sources {
		AddSource(into, src)
	}
	for _, ev := range added {
		AddSource(into, ev.Source)
	}
	if from.Reported != "" && (into.Reported == "" || from.Reported < into.Reported) {
		into.Reported = from.Reported
	}
	into.IsRootEvent = into.IsRootEvent || from.IsRootEvent
	if into.Via == nil {
		into.Via = from.Via
	}
	var why []string
	if betterCode(from.EventCode, into.EventCode) {
		why = append(why, fmt.Sprintf("code %s over %s: more specific", from.EventCode, into.EventCode))
		setCode(into, from.EventCode)
	}
	if dateWins {
		why = append(why, fmt.Sprintf("date %s (%s) over %s (%s): %s", from.Date, from.DatePrecision, into.Date, into.DatePrecision, dateWhy))
		into.Date, into.DatePrecision = from.Date, from.DatePrecision
	}
	if from.Place != nil && (into.Place == nil || placePrecision[from.Place.Precision] > placePrecision[into.Place.Precision]) {
		if into.Place == nil {
			why = append(why, fmt.Sprintf("place %s (%s): the only one given", from.Place.Name, from.Place.Precision))
		} else {
			why = append(why, fmt.Sprintf("place %s (%s) over %s (%s): more precise", from.Place.Name, from.Place.Precision, into.Place.Name, into.Place.Precision))
		}
		p := *from.Place
		into.Place = &p
	}
	w := strings.Join(why, "; ")
	if w != "" {
		if into.Consolidation != "" {
			into.Consolidation += "; "
		}
		into.Consolidation += w
	}
	return w
}

// evidenceIndex is the mentions and articles of an event's evidence.
type evidenceIndex struct {
	mentions map[mentionKey]bool
	articles map[string]bool
	dated    bool // some mention dated the event from its words (see fromText)
}

type mentionKey struct {
	article         string
	sentence, start int
}

func indexEvidence(e *event.Event) *evidenceIndex {
	idx := &evidenceIndex{mentions: make(map[mentionKey]bool, len(e.Evidence)), articles: map[string]bool{}, dated: fromText(e)}
	for _, ev := range e.Evidence {
		idx.mentions[mentionKey{ev.Article, ev.Sentence, ev.Start}] = true
		idx.articles[ev.Article] = true
	}
	return idx
}

// newEvidence returns from's evidence that the indexed event lacks, and
// how many of its articles are new, and adds them to the index.
func (idx *evidenceIndex) newEvidence(from *event.Event) ([]event.Evidence, int) {
	var added []event.Evidence
	n := 0
	for _, ev := range from.Evidence {
		m := mentionKey{ev.Article, ev.Sentence, ev.Start}
		if idx.mentions[m] {
			continue
		}
		idx.mentions[m] = true
		idx.dated = idx.dated || ev.DateText != ""
		added = append(added, ev)
		if !idx.articles[ev.Article] {
			idx.articles[ev.Article] = true
			n++
		}
	}
	return added, n
}

// AddSource adds src to e's sources once ("" is no source) and keeps
// NumSources no less than the sources listed.
func AddSource(e *event.Event, src string) {
	if src != "" && !slices.Contains(e.Sources, src) {
		e.Sources = append(e.Sources, src)
	}
	e.NumSources = max(e.NumSources, len(e.Sources))
}

// betterCode: longer codes are more specific; between equally specific
// codes of one family the lower wins, whatever the order of reports.
func betterCode(c, than string) bool {
	if len(c) != len(than) {
		return len(c) > len(than)
	}
	return c < than
}

func setCode(e *event.Event, code string) {
	info, ok := cameo.Lookup(code)
	if !ok {
		e.EventCode = code
		return
	}
	e.EventCode, e.EventBaseCode, e.EventRootCode, e.EventName = info.Code, info.Base, info.Root, info.Name
	e.QuadClass, e.Goldstein = info.QuadClass, info.Goldstein
	e.Plover = nil
	if info.Plover.Type != "" {
		e.Plover = &event.Plover{Type: info.Plover.Type, Mode: info.Plover.Mode}
	}
}

// betterDate: a more precise date wins; then one read from the text over
// the publication date; then the earlier.
// ta and tt say whether each was dated from the text (see fromText).
func betterDate(a, than *event.Event, ta, tt bool) bool {
	pa, pt := precision(a.DatePrecision), precision(than.DatePrecision)
	if a.Date == "" || pa != pt {
		return a.Date != "" && pa > pt
	}
	if ta != tt {
		return ta
	}
	return a.Date < than.Date
}

func dateReason(a, than *event.Event, ta, tt bool) string {
	switch {
	case precision(a.DatePrecision) > precision(than.DatePrecision):
		return "more precise"
	case ta && !tt:
		return "read from the text, not the publication date"
	}
	return "earlier"
}

// fromText reports whether some mention of e dated it from its words.
func fromText(e *event.Event) bool {
	for _, ev := range e.Evidence {
		if ev.DateText != "" {
			return true
		}
	}
	return false
}
