package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/cameo"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/story"
)

// reported is the event a coder gives for one sentence of an article.
func reported(a *article.Article, sentence int, actor1, actor2, code string) event.Event {
	info, _ := cameo.Lookup(code)
	date := a.Published.Format(time.DateOnly)
	text := strings.Split(a.Text, ". ")[sentence]
	start := strings.Index(a.Text, text)
	return event.Event{
		ID: a.ID + "-" + string(rune('0'+sentence)) + "-" + code, Date: date, DatePrecision: "day", Reported: date,
		Actor1:    &event.Actor{Code: actor1, Country: actor1[:3]},
		Actor2:    &event.Actor{Code: actor2, Country: actor2[:3]},
		EventCode: info.Code, EventBaseCode: info.Base, EventRootCode: info.Root, EventName: info.Name,
		QuadClass: info.QuadClass, Goldstein: info.Goldstein,
		NumMentions: 1, NumArticles: 1, NumSources: 1, Sources: []string{a.Source},
		Evidence: []event.Evidence{{Article: a.ID, Source: a.Source, Sentence: sentence, Start: start, End: start + len(text), Text: text, Rule: "test"}},
	}
}

type coded struct {
	a   *article.Article
	evs []event.Event
}

func storyArticles() []coded {
	day := func(d string) time.Time { t, _ := time.Parse(time.DateOnly, d); return t }
	afp := &article.Article{ID: "afp-1", Source: "AFP", Published: day("2024-02-14"),
		Text: "Macron met Scholz in Berlin. The two leaders met for three hours. Scholz said they met as friends"}
	rtr := &article.Article{ID: "rtr-7", Source: "Reuters", Published: day("2024-02-15"),
		Text: "French President Emmanuel Macron met German Chancellor Olaf Scholz on Wednesday. Talks covered Ukraine"}
	later := &article.Article{ID: "afp-2", Source: "AFP", Published: day("2024-02-21"),
		Text: "Macron met Scholz again in Paris. No statement followed"}
	return []coded{
		{afp, []event.Event{reported(afp, 0, "FRAGOV", "DEUGOV", "042"), reported(afp, 1, "FRAGOV", "DEUGOV", "042"), reported(afp, 2, "FRAGOV", "DEUGOV", "04")}},
		{rtr, []event.Event{reported(rtr, 0, "FRAGOV", "DEUGOV", "042")}},
		{later, []event.Event{reported(later, 0, "FRAGOV", "DEUGOV", "042")}},
	}
}

// ingestArticle is what ingest does with each coded article.
func ingestArticle(t *testing.T, st *store.Store, c coded) {
	t.Helper()
	ctx := context.Background()
	evs, err := reconcileStored(ctx, st, c.evs, story.DefaultWindow)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.PutArticle(ctx, c.a, evs); err != nil {
		t.Fatal(err)
	}
}

func storedEvents(t *testing.T, path string) []event.Event {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var out []event.Event
	if err := st.Events(context.Background(), store.Filter{}, func(e *event.Event) error { out = append(out, *e); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestIngestOneAtATimeEqualsAllAtOnce(t *testing.T) {
	dir := t.TempDir()
	one, all := filepath.Join(dir, "one.db"), filepath.Join(dir, "all.db")
	for _, c := range storyArticles() { // a process per article
		st, err := store.Open(one)
		if err != nil {
			t.Fatal(err)
		}
		ingestArticle(t, st, c)
		st.Close()
	}
	st, err := store.Open(all)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range storyArticles() {
		ingestArticle(t, st, c)
	}
	st.Close()
	a, b := storedEvents(t, one), storedEvents(t, all)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("one at a time:\n%+v\nall at once:\n%+v", a, b)
	}
	if len(a) != 2 {
		t.Fatalf("got %d events, want 2 (the meeting of the 14th, the one of the 21st)", len(a))
	}
	first := a[0]
	if first.Date != "2024-02-14" || first.NumMentions != 4 || first.NumArticles != 2 || first.NumSources != 2 {
		t.Errorf("first meeting: date %s mentions %d articles %d sources %d, want 2024-02-14 4 2 2",
			first.Date, first.NumMentions, first.NumArticles, first.NumSources)
	}
	if a[1].Date != "2024-02-21" || a[1].NumMentions != 1 {
		t.Errorf("second meeting: %+v", a[1])
	}
}

func TestStoriesCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range storyArticles() {
		ingestArticle(t, st, c)
	}
	st.Close()
	code, out, errs := run(t, "", "stories", "--db", db)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d stories, want 2:\n%s", len(lines), out)
	}
	f := strings.Split(lines[0], "\t")
	if len(f) != 7 || f[0] != "afp-1" || f[1] != "2024-02-14" || f[3] != "2" || f[4] != "AFP,Reuters" ||
		f[5] != "Macron met Scholz in Berlin" || !strings.HasPrefix(f[6], "FRAGOV→DEUGOV 042 ") || !strings.HasSuffix(f[6], "×4") {
		t.Errorf("first story line %q", f)
	}
	code, out, _ = run(t, "", "stories", "--db", db, "--format", "jsonl", "--top", "1")
	var rec story.Summary
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &rec); code != 0 || err != nil {
		t.Fatalf("exit %d, %v: %s", code, err, out)
	}
	if rec.ID != "afp-1" || rec.Articles != 2 || len(rec.Events) != 1 {
		t.Errorf("json story %+v", rec)
	}
	if code, _, _ := run(t, "", "stories", "--db", db, "--format", "xml"); code != 2 {
		t.Errorf("bad format: exit %d, want 2", code)
	}
}
