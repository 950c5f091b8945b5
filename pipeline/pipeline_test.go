package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// wordsAnalyzer makes one sentence per line, one token per line.
func wordsAnalyzer(a *article.Article) *nlp.Doc {
	text := a.Text
	d := &nlp.Doc{Text: text}
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		d.Sentences = append(d.Sentences, nlp.Sentence{Start: off, End: off + len(strings.TrimRight(line, "\n"))})
		off += len(line)
	}
	return d
}

// echoCoder emits one event per sentence, and panics on "boom".
type echoCoder struct{}

func (echoCoder) Code(a *article.Article, d *nlp.Doc) []event.Event {
	if strings.Contains(a.Text, "boom") {
		panic("boom")
	}
	var evs []event.Event
	for i := range d.Sentences {
		evs = append(evs, event.Event{ID: fmt.Sprintf("%s-%d", a.ID, i)})
	}
	return evs
}

// markStage records that stages ran, in place.
func markStage(_ *article.Article, _ *nlp.Doc, evs []event.Event) {
	for i := range evs {
		evs[i].Date = "staged"
	}
}

func items(n int) func(func(*article.Article, error) bool) {
	return func(yield func(*article.Article, error) bool) {
		for i := range n {
			var a *article.Article
			var err error
			switch {
			case i%7 == 3:
				err = &article.Error{Origin: fmt.Sprintf("in:%d", i), Err: errors.New("bad")}
			case i%11 == 5:
				a = &article.Article{ID: fmt.Sprint(i), Text: "boom", Origin: fmt.Sprintf("in:%d", i)}
			default:
				a = &article.Article{ID: fmt.Sprint(i), Text: strings.Repeat("x\n", i%4) + "y"}
			}
			if !yield(a, err) {
				return
			}
		}
	}
}

func TestRunKeepsOrderAndSurvivesPanics(t *testing.T) {
	for _, workers := range []int{1, 2, 8} {
		var got []string
		err := Run(context.Background(), items(100), Config{Workers: workers, Analyze: wordsAnalyzer, Coder: echoCoder{}, Stages: []Stage{markStage}}, func(r Result) error {
			switch {
			case r.Err != nil && r.Article == nil:
				got = append(got, "readerr")
			case r.Err != nil:
				if !strings.Contains(r.Err.Error(), "internal error while coding: boom") {
					t.Errorf("panic error %q", r.Err)
				}
				got = append(got, "panic:"+r.Article.ID)
			default:
				got = append(got, fmt.Sprintf("%s/%d/%d", r.Article.ID, r.Sentences, len(r.Events)))
				for _, e := range r.Events {
					if e.Date != "staged" {
						t.Errorf("stage did not run on %s", e.ID)
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 100 {
			t.Fatalf("workers=%d: %d results", workers, len(got))
		}
		for i, g := range got {
			var want string
			switch {
			case i%7 == 3:
				want = "readerr"
			case i%11 == 5:
				want = fmt.Sprintf("panic:%d", i)
			default:
				want = fmt.Sprintf("%d/%d/%d", i, i%4+1, i%4+1)
			}
			if g != want {
				t.Fatalf("workers=%d: result %d = %q, want %q", workers, i, g, want)
			}
		}
	}
}

func TestRunStopsOnOutputError(t *testing.T) {
	stop := errors.New("disk full")
	n := 0
	err := Run(context.Background(), items(1000), Config{Workers: 4, Analyze: wordsAnalyzer, Coder: echoCoder{}}, func(r Result) error {
		n++
		if n == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 10 {
		t.Fatalf("err %v after %d results", err, n)
	}
}

func TestSelectiveParsesOnlyChosenSentences(t *testing.T) {
	p, err := nlp.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	a := &article.Article{Text: "Russia attacked Ukraine. The weather was fine. France condemned it."}
	var asked []string
	an := Selective(p, func(toks []nlp.Token, _ time.Time) bool {
		asked = append(asked, toks[0].Form)
		return toks[0].Form != "The"
	})
	d := an(a)
	if len(d.Sentences) != 3 || strings.Join(asked, " ") != "Russia The France" {
		t.Fatalf("sentences %d, asked %q", len(d.Sentences), asked)
	}
	for i, s := range d.Sentences {
		parsed := s.Tokens[0].UPOS != ""
		if parsed != (i != 1) {
			t.Errorf("sentence %d parsed=%v", i, parsed)
		}
		if a.Text[s.Start:s.End] == "" || s.Tokens[0].Form != a.Text[s.Tokens[0].Start:s.Tokens[0].End] {
			t.Errorf("sentence %d offsets wrong", i)
		}
	}
	if d.Sentences[0].Tokens[1].Rel != "root" || d.Sentences[0].Tokens[0].Rel != "nsubj" {
		t.Errorf("first sentence not parsed as expected: %+v", d.Sentences[0].Tokens[:2])
	}
}
