package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/annalist/annalist/event"
)

func TestRoundTripKeepsEveryField(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	want := fullEvent("e1")
	a := newArticle("afp-1", "AFP", want.Evidence[0].Text)
	if stored, err := s.PutArticle(ctx, a, []event.Event{want}); err != nil || !stored {
		t.Fatalf("PutArticle = %v, %v; want true, nil", stored, err)
	}
	got, err := s.Event(ctx, "e1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, &want) {
		t.Errorf("Event read back differs:\n got %+v\nwant %+v", got, &want)
	}
	var streamed []*event.Event
	if err := s.Events(ctx, Filter{}, func(e *event.Event) error { streamed = append(streamed, e); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(streamed) != 1 || !reflect.DeepEqual(streamed[0], &want) {
		t.Errorf("Events = %+v, want the one event unchanged", streamed)
	}
}

func TestEventNotFound(t *testing.T) {
	s := openTemp(t)
	_, err := s.Event(context.Background(), "nope")
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), `"nope"`) {
		t.Errorf("Event(nope) error = %v, want ErrNotFound naming the id", err)
	}
}

func TestEvidenceTakesTheArticlesNames(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	e := fullEvent("e1")
	e.Evidence[0].Article, e.Evidence[0].URL, e.Evidence[0].Source = "", "", ""
	a := newArticle("reu-7", "Reuters", "Some text.")
	if _, err := s.PutArticle(ctx, a, []event.Event{e}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Event(ctx, "e1")
	if err != nil {
		t.Fatal(err)
	}
	ev := got.Evidence[0]
	if ev.Article != "reu-7" || ev.URL != a.URL || ev.Source != "Reuters" {
		t.Errorf("evidence names article %q url %q source %q; want the article's", ev.Article, ev.URL, ev.Source)
	}
	if e.Evidence[0].Article != "" {
		t.Error("PutArticle changed the caller's event")
	}
}

func TestDuplicateArticlesAreStoredOnce(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	text := "Protesters marched in Paris on Monday, police said."
	puts := []struct {
		name, id, text string
		stored         bool
	}{
		{"first", "a1", text, true},
		{"same id, other text", "a1", "Something else entirely.", false},
		{"other id, same text", "a2", text, false},
		{"case, spacing and punctuation differ", "a3", "PROTESTERS  marched in Paris\non Monday -- police said!", false},
		{"different words", "a4", "Protesters marched in Lyon on Monday, police said.", true},
	}
	for i, p := range puts {
		e := genEvent(i)
		stored, err := s.PutArticle(ctx, newArticle(p.id, "AFP", p.text), []event.Event{e})
		if err != nil || stored != p.stored {
			t.Errorf("%s: PutArticle = %v, %v; want %v, nil", p.name, stored, err, p.stored)
		}
	}
	articles, events, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if articles != 2 || events != 2 {
		t.Errorf("Counts = %d articles, %d events; want 2, 2 (duplicates' events are not stored)", articles, events)
	}
}

func TestTextHash(t *testing.T) {
	same := [][2]string{
		{"Hello, world.", "hello world"},
		{"  Tabs\tand\nnewlines  ", "tabs and newlines"},
		{"Élysée «said»", "élysée said"},
	}
	for _, p := range same {
		if TextHash(p[0]) != TextHash(p[1]) {
			t.Errorf("TextHash(%q) != TextHash(%q)", p[0], p[1])
		}
	}
	if TextHash("hello world") == TextHash("hello word") {
		t.Error("different words hash the same")
	}
	if h := TextHash(" ..., "); h != "" {
		t.Errorf("TextHash of punctuation only = %q, want empty", h)
	}
}

func TestPutArticleRejectsBadArticles(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	cases := []struct {
		name string
		id   string
		text string
		want string
	}{
		{"no id", "", "Some text.", "no ID"},
		{"no text", "x1", " -- ", `article "x1" (test:x1): no text`},
	}
	for _, c := range cases {
		_, err := s.PutArticle(ctx, newArticle(c.id, "AFP", c.text), nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error = %v, want one containing %q", c.name, err, c.want)
		}
	}
	if _, err := s.PutArticle(ctx, nil, nil); err == nil {
		t.Error("nil article: no error")
	}
}

func TestFailedPutLeavesNothing(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	good, bad := genEvent(1), genEvent(2)
	bad.QuadClass = 9 // violates the events table's CHECK
	a := newArticle("a1", "AFP", "A text that will be stored later.")
	stored, err := s.PutArticle(ctx, a, []event.Event{good, bad})
	if err == nil || stored {
		t.Fatalf("PutArticle with a bad event = %v, %v; want false and an error", stored, err)
	}
	if !strings.Contains(err.Error(), `article "a1"`) || !strings.Contains(err.Error(), "event 1 (ev0000002)") {
		t.Errorf("error %q does not name the article and the event", err)
	}
	articles, events, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var evidence int
	if err := s.w.QueryRow(`SELECT count(*) FROM evidence`).Scan(&evidence); err != nil {
		t.Fatal(err)
	}
	if articles != 0 || events != 0 || evidence != 0 {
		t.Errorf("after a failed put: %d articles, %d events, %d evidence; want none", articles, events, evidence)
	}
	// Nothing half-stored blocks the article from being stored properly.
	if stored, err := s.PutArticle(ctx, a, []event.Event{good}); err != nil || !stored {
		t.Errorf("retry = %v, %v; want true, nil", stored, err)
	}
}

func TestSameEventFromTwoArticlesMerges(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	afp := fullEvent("visit")
	reu := fullEvent("visit")
	reu.Sources = []string{"Reuters"}
	reu.Reported = "2024-02-14"
	reu.Evidence[0] = event.Evidence{Article: "reu-1", Source: "Reuters", Sentence: 2, Start: 40, End: 90,
		Text: "Scholz received Macron at the chancellery."}
	if _, err := s.PutArticle(ctx, newArticle("afp-1", "AFP", "AFP's text."), []event.Event{afp}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutArticle(ctx, newArticle("reu-1", "Reuters", "Reuters' text."), []event.Event{reu}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Event(ctx, "visit")
	if err != nil {
		t.Fatal(err)
	}
	if got.NumMentions != 2 || got.NumArticles != 2 || got.NumSources != 2 {
		t.Errorf("merged counts mentions/articles/sources = %d/%d/%d, want 2/2/2", got.NumMentions, got.NumArticles, got.NumSources)
	}
	if !reflect.DeepEqual(got.Sources, []string{"AFP", "Reuters"}) || len(got.Evidence) != 2 || got.Reported != "2024-02-14" {
		t.Errorf("merged sources %v, %d evidence, reported %s; want [AFP Reuters], 2, 2024-02-14", got.Sources, len(got.Evidence), got.Reported)
	}
	var cols [3]int
	if err := s.w.QueryRow(`SELECT num_mentions, num_articles, num_sources FROM events WHERE id = 'visit'`).Scan(&cols[0], &cols[1], &cols[2]); err != nil {
		t.Fatal(err)
	}
	if cols != [3]int{2, 2, 2} {
		t.Errorf("count columns = %v, want [2 2 2] like the record", cols)
	}
	// The second report's sentence is searchable and leads to the one event.
	if got := ids(t, s, Filter{Text: "CHANCELLERY"}); !reflect.DeepEqual(got, []string{"visit"}) {
		t.Errorf("text search for the merged sentence = %v, want [visit]", got)
	}
}

func TestMergeIgnoresAReportAlreadyHeld(t *testing.T) {
	into := fullEvent("x")
	again := fullEvent("x")
	if added := merge(&into, &again); added != nil || into.NumMentions != 1 || len(into.Evidence) != 1 {
		t.Errorf("merging the same report: added %v, mentions %d, evidence %d; want nothing added", added, into.NumMentions, len(into.Evidence))
	}
	second := fullEvent("x")
	second.Evidence[0].Sentence, second.Evidence[0].Start = 3, 200 // same article, another sentence
	merge(&into, &second)
	if into.NumMentions != 2 || into.NumArticles != 1 || into.NumSources != 1 {
		t.Errorf("another sentence of the same article: mentions/articles/sources %d/%d/%d, want 2/1/1", into.NumMentions, into.NumArticles, into.NumSources)
	}
}

func TestConcurrentPuts(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	const writers, perWriter = 6, 15
	var wg sync.WaitGroup
	errs := make(chan error, writers*perWriter+writers)
	for w := range writers {
		wg.Go(func() {
			for k := range perWriter {
				i := w*perWriter + k
				// Two events each: one of its own, and one shared by all
				// writers' k-th articles, so merges race with inserts.
				own := genEvent(1000 + i)
				shared := genEvent(k)
				shared.Evidence[0].Article = "" // each report names its own article
				id := fmt.Sprintf("w%d-%d", w, k)
				if _, err := s.PutArticle(ctx, newArticle(id, fmt.Sprintf("src%d", w), "Text "+id), []event.Event{own, shared}); err != nil {
					errs <- err
				}
			}
		})
		wg.Go(func() { // a reader beside the writers
			if err := s.Events(ctx, Filter{Limit: 50}, func(*event.Event) error { return nil }); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	articles, events, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if articles != writers*perWriter || events != writers*perWriter+perWriter {
		t.Errorf("Counts = %d, %d; want %d, %d", articles, events, writers*perWriter, writers*perWriter+perWriter)
	}
	for k := range perWriter {
		e, err := s.Event(ctx, genEvent(k).ID)
		if err != nil {
			t.Fatal(err)
		}
		if e.NumArticles != writers || e.NumMentions != writers || e.NumSources != writers+1 || len(e.Evidence) != writers {
			t.Errorf("shared event %s: articles/mentions/sources/evidence %d/%d/%d/%d; want %d/%d/%d/%d", e.ID,
				e.NumArticles, e.NumMentions, e.NumSources, len(e.Evidence), writers, writers, writers+1, writers)
		}
	}
}
