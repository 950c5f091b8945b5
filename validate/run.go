package validate

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// Coder codes an article; coder.Coder and petrarch.Filter are Coders.
type Coder interface {
	Code(a *article.Article, doc *nlp.Doc) []event.Event
}

// Outcome is how one record fared.
type Outcome struct {
	Record    *Record
	Evaluated bool
	Passed    bool
	Got       []Triple // sorted, without repeats
}

// Counts are numbers of records.
type Counts struct {
	Records   int `json:"records"`
	Evaluated int `json:"evaluated"`
	Passed    int `json:"passed"`
}

// PassRate is Passed over Evaluated, 0 when nothing was evaluated.
func (c Counts) PassRate() float64 {
	if c.Evaluated == 0 {
		return 0
	}
	return float64(c.Passed) / float64(c.Evaluated)
}

// Summary counts a run's records, in all and by category.
type Summary struct {
	Counts
	ByCategory map[string]*Counts `json:"by_category"`
}

// Run codes every record of s, each text as one article dated by its
// record, and compares the events with the expected ones. parse analyses
// a text (nlp.Default().Parse).
func Run(s *Suite, c Coder, parse func(string) *nlp.Doc) ([]Outcome, Summary) {
	out := make([]Outcome, len(s.Records))
	sum := Summary{ByCategory: map[string]*Counts{}}
	for i := range s.Records {
		rec := &s.Records[i]
		o := Outcome{Record: rec, Evaluated: s.Evaluated(rec)}
		a := &article.Article{ID: rec.ID, Text: rec.Text, Published: rec.Date, Origin: fmt.Sprintf("%s:%d", s.File, rec.Line)}
		o.Got = triples(c.Code(a, parse(rec.Text)))
		o.Passed = slices.Equal(o.Got, normalise(rec.Expected))
		out[i] = o

		cat := sum.ByCategory[rec.Category]
		if cat == nil {
			cat = &Counts{}
			sum.ByCategory[rec.Category] = cat
		}
		for _, n := range []*Counts{&sum.Counts, cat} {
			n.Records++
			if o.Evaluated {
				n.Evaluated++
				if o.Passed {
					n.Passed++
				}
			}
		}
	}
	return out, sum
}

// triples turns events into a sorted set of triples; no target is "---".
func triples(evs []event.Event) []Triple {
	var ts []Triple
	for _, e := range evs {
		t := Triple{Source: e.Actor1.Code, Target: "---", Code: e.EventCode}
		if e.Actor2 != nil && e.Actor2.Code != "" {
			t.Target = e.Actor2.Code
		}
		ts = append(ts, t)
	}
	return normalise(ts)
}

func normalise(ts []Triple) []Triple {
	ts = slices.Clone(ts)
	for i := range ts {
		if ts[i].Target == "" {
			ts[i].Target = "---"
		}
	}
	slices.SortFunc(ts, func(a, b Triple) int { return strings.Compare(a.String(), b.String()) })
	return slices.Compact(ts)
}

// WriteOutcomes writes one line per record: its id, pass, FAIL or skip
// (not evaluated), the events expected and the events coded.
func WriteOutcomes(w io.Writer, outs []Outcome) error {
	for _, o := range outs {
		status := "skip"
		if o.Evaluated {
			status = map[bool]string{true: "pass", false: "FAIL"}[o.Passed]
		}
		want := list3(normalise(o.Record.Expected))
		if o.Record.ExpectError != "" {
			want = "none (error: " + o.Record.ExpectError + ")"
		}
		if _, err := fmt.Fprintf(w, "%s\t%s\texpected: %s\tgot: %s\n", o.Record.ID, status, want, list3(o.Got)); err != nil {
			return err
		}
	}
	return nil
}

func list3(ts []Triple) string {
	if len(ts) == 0 {
		return "none"
	}
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.String()
	}
	return strings.Join(parts, ", ")
}

// WriteSummary writes the pass counts by category, then in all.
func WriteSummary(w io.Writer, sum Summary) error {
	cats := make([]string, 0, len(sum.ByCategory))
	for c := range sum.ByCategory {
		cats = append(cats, c)
	}
	slices.Sort(cats)
	for _, c := range cats {
		n := sum.ByCategory[c]
		name := c
		if name == "" {
			name = "(none)"
		}
		if _, err := fmt.Fprintf(w, "category %-12s %3d/%-3d passed (%5.1f%%), %d records\n", name, n.Passed, n.Evaluated, 100*n.PassRate(), n.Records); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "total %d/%d passed (%.1f%%), %d records\n", sum.Passed, sum.Evaluated, 100*sum.PassRate(), sum.Records)
	return err
}
