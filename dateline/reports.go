package dateline

import (
	"net/url"
	"strings"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/when"
)

// Report is one report of a document: the byte span [Start, End) of the
// text and its dateline. Dateline offsets are into the whole text.
type Report struct {
	Start, End  int
	Dateline    Dateline
	HasDateline bool
}

// Reports splits a document that carries several datelined reports one
// after another (a page reprinting an AFP story and then a Reuters
// story) into reports, each with its own dateline. A report starts at a
// line that opens with a dateline (or a byline and a dateline); past the
// first line, only a dateline with an agency or a date counts, since a
// bare "CITY —" inside a story is more often a subhead. Text before the
// first dateline is a report without one. The reports cover
// the text end to end; an empty text has none.
func Reports(text string, published time.Time) []Report {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	var out []Report
	for p := 0; p < len(text); {
		if d, ok := parseAt(text, p, published); ok && opensLine(text, p, d.Start) &&
			(strings.TrimSpace(text[:p]) == "" || d.Agency != "" || !d.Date.IsZero()) {
			if len(out) == 0 && strings.TrimSpace(text[:p]) != "" {
				out = append(out, Report{Start: 0, End: p})
			}
			if len(out) > 0 {
				out[len(out)-1].End = p
			}
			out = append(out, Report{Start: p, End: len(text), Dateline: d, HasDateline: true})
			p = nextLine(text, d.End)
			continue
		}
		p = nextLine(text, p)
	}
	if len(out) == 0 {
		return []Report{{Start: 0, End: len(text)}}
	}
	return out
}

// opensLine reports whether a dateline found from line start p begins
// on that line, or on the next one after a byline.
func opensLine(text string, p, start int) bool {
	q := skipBlank(text, p)
	if start == q {
		return true
	}
	next, ok := skipByline(text, q)
	return ok && skipBlank(text, next) == start
}

// nextLine is the start of the line after the one holding byte p.
func nextLine(text string, p int) int {
	if i := strings.IndexByte(text[p:], '\n'); i >= 0 {
		return p + i + 1
	}
	return len(text)
}

// Source is the article's source: the agency from the dateline, else
// the record's source, else the feed or site name (the host of the URL,
// without "www.").
func Source(a *article.Article) string {
	if d, ok := Parse(a.Text, a.Published); ok && d.Agency != "" {
		return d.Agency
	}
	if a.Source != "" {
		return a.Source
	}
	if u, err := url.Parse(a.URL); err == nil && u.Hostname() != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return ""
}

// Annotate dates the events coded from doc (the analysis of a.Text) and
// credits them to their report's agency: each report's events are dated
// by when.Annotate against the report's dateline date, or the
// publication date when the dateline has none, and a report filed by an
// agency sets the events' Sources and Evidence[0].Source to it.
func Annotate(a *article.Article, doc *nlp.Doc, evs []event.Event) {
	reports := Reports(a.Text, a.Published)
	if len(reports) == 0 {
		when.Annotate(doc, evs, a.Published)
		return
	}
	doc = withoutDatelines(doc, reports)
	for _, r := range reports {
		var mine []int
		for k := range evs {
			if len(evs[k].Evidence) > 0 && r.Start <= evs[k].Evidence[0].Start && evs[k].Evidence[0].Start < r.End {
				mine = append(mine, k)
			}
		}
		if len(mine) == 0 {
			continue
		}
		ref := a.Published
		if r.HasDateline && !r.Dateline.Date.IsZero() {
			ref = r.Dateline.Date
		}
		// when.Annotate works on a slice: date the report's events in a
		// copy and write them back, keeping the caller's order.
		sub := make([]event.Event, len(mine))
		for i, k := range mine {
			sub[i] = evs[k]
		}
		when.Annotate(doc, sub, ref)
		for i, k := range mine {
			evs[k] = sub[i]
			if r.HasDateline && r.Dateline.Agency != "" {
				evs[k].Sources = []string{r.Dateline.Agency}
				evs[k].Evidence[0].Source = r.Dateline.Agency
			}
		}
	}
}

// withoutDatelines returns doc with the words of the reports' datelines
// blanked, so that the dateline's own date ("MOSCOW, Sept 3 (Reuters)")
// is not taken for the date of the events told after it. Only the
// sentences holding a dateline are copied; doc is not changed.
func withoutDatelines(doc *nlp.Doc, reports []Report) *nlp.Doc {
	out := *doc
	copied := false
	for _, r := range reports {
		if !r.HasDateline {
			continue
		}
		for si := range out.Sentences {
			s := &out.Sentences[si]
			if s.End <= r.Dateline.Start || s.Start >= r.Dateline.End {
				continue
			}
			if !copied {
				out.Sentences = append([]nlp.Sentence(nil), doc.Sentences...)
				s = &out.Sentences[si]
				copied = true
			}
			toks := append([]nlp.Token(nil), s.Tokens...)
			for k := range toks {
				if toks[k].Start >= r.Dateline.Start && toks[k].End <= r.Dateline.End {
					toks[k].Form = ""
				}
			}
			s.Tokens = toks
		}
	}
	return &out
}
