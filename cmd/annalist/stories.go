package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/store"
	"github.com/annalist/annalist/story"
)

func init() {
	register("stories", "list the stories in the database: dates, headline, articles, sources, top events", runStories)
}

func runStories(e *env) int {
	fs := flag.NewFlagSet("stories", flag.ContinueOnError)
	fs.SetOutput(e.Stderr)
	db := fs.String("db", defaultDB, "database `PATH` (SQLite)")
	format := fs.String("format", "text", "output `FORMAT`: text (one story a line) or jsonl")
	top := fs.Int("top", 3, "list at most `N` events per story")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: annalist stories [flags]\n\nLists the stories of the stored events, earliest first: articles that report the same event are one story.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(e.Args); err != nil {
		return 2
	}
	if *format != "text" && *format != "jsonl" {
		fmt.Fprintf(e.Stderr, "annalist: stories: --format %q: want text or jsonl\n", *format)
		return 2
	}
	st, err := store.Open(*db)
	if err != nil {
		return exitStatus(e, 0, err)
	}
	defer st.Close()
	var events []event.Event
	err = st.Events(context.Background(), store.Filter{}, func(ev *event.Event) error {
		events = append(events, *ev)
		return nil
	})
	if err != nil {
		return exitStatus(e, 0, err)
	}
	enc := json.NewEncoder(e.Stdout)
	for _, s := range story.FromEvents(events) {
		if *format == "jsonl" {
			err = enc.Encode(s.Summarize(*top))
		} else {
			_, err = fmt.Fprintln(e.Stdout, storyLine(s, *top))
		}
		if err != nil {
			return exitStatus(e, 0, err)
		}
	}
	return 0
}

// storyLine is a story on one tab-separated line: id, first and last
// date, article count, sources, headline, top events.
func storyLine(s story.Story, top int) string {
	var evs []string
	for _, ev := range s.Events[:min(top, len(s.Events))] {
		evs = append(evs, story.EventSummary(&ev))
	}
	sum := s.Summarize(0)
	return strings.Join([]string{s.ID, sum.First, sum.Last, fmt.Sprint(len(s.Articles)),
		strings.Join(s.Sources, ","), s.Headline, strings.Join(evs, "; ")}, "\t")
}

// reconcileStored consolidates the events of one article against the
// events already stored (see story.Reconcile): each event that reports a
// stored happening comes back with the stored record's ID and all its
// evidence, so that store.PutArticle merges it into that record instead of
// adding a second one. Ingest calls it before PutArticle:
//
//	evs, err := reconcileStored(ctx, st, r.Events, story.DefaultWindow)
//	ok, err := st.PutArticle(ctx, r.Article, evs)
func reconcileStored(ctx context.Context, st *store.Store, events []event.Event, window time.Duration) ([]event.Event, error) {
	var candidates []event.Event
	seen := map[string]bool{}
	asked := map[string]bool{}
	for i := range events {
		e := &events[i]
		if e.Actor1 == nil {
			continue
		}
		f := store.Filter{Dyad: [2]string{e.Actor1.Code, ""}}
		if e.Actor2 != nil {
			f.Dyad[1] = e.Actor2.Code
		}
		f.From, f.To = story.Window(e, window)
		key := f.Dyad[0] + "\x00" + f.Dyad[1] + "\x00" + f.From + "\x00" + f.To
		if asked[key] {
			continue
		}
		asked[key] = true
		err := st.Events(ctx, f, func(s *event.Event) error {
			if !seen[s.ID] {
				seen[s.ID] = true
				candidates = append(candidates, *s)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return story.Reconcile(candidates, events, window), nil
}
