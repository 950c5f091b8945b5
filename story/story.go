package story

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
)

// Options tune a Clusterer. Zero values take the defaults.
type Options struct {
	Window        time.Duration // DefaultWindow
	NearDuplicate float64       // DefaultNearDuplicate
}

// Story is a group of articles about the same happening.
type Story struct {
	ID          string    // the ID of its earliest article (then lowest ID)
	First, Last time.Time // publication dates of its first and last article
	Headline    string    // the earliest article's title, else its first line
	Articles    []string  // article IDs, earliest first
	Sources     []string  // distinct sources, sorted
	Events      []event.Event
}

// Added is what Clusterer.Add found about an article.
type Added struct {
	Story       string // the ID of the story the article is in now
	DuplicateOf string // an earlier article it copies ("" if none)
	Exact       bool   // the copy is word for word: its events were not counted again
	Score       float64
}

// Clusterer groups articles into stories and consolidates their events,
// one article at a time. Two articles published within the window are in
// one story when their texts are near copies or when they report an event
// of the same actors and code family dated within the window; stories are
// the connected groups of that relation, so they do not depend on the
// order of arrival. Memory and time grow linearly with the articles
// (the near-copy index bounds its candidate lists). It is not safe for
// concurrent use.
type Clusterer struct {
	opt    Options
	index  *Index
	cons   *Consolidator
	arts   []articleInfo
	parent []int32
	links  map[eventLink][]int32 // articles reporting events of a dyad and root
	byID   map[string]int32
}

type articleInfo struct {
	id, title, source string
	published         time.Time
	records           []string // consolidated event IDs
}

type eventLink struct {
	dyad
	root string
}

// NewClusterer returns an empty clusterer.
func NewClusterer(opt Options) *Clusterer {
	if opt.Window <= 0 {
		opt.Window = DefaultWindow
	}
	return &Clusterer{
		opt:   opt,
		index: NewIndex(IndexOptions{Threshold: opt.NearDuplicate}),
		cons:  NewConsolidator(opt.Window),
		links: map[eventLink][]int32{},
		byID:  map[string]int32{},
	}
}

// Add adds an article and the events coded from it (one per mention, as
// the coder gives them). An exact copy of an earlier article joins its
// story, but its events are not counted again; a near copy is a report of
// its own and its events count.
func (c *Clusterer) Add(a *article.Article, events []event.Event) Added {
	n := int32(len(c.arts))
	title := a.Title
	if title == "" {
		title = firstLine(a.Text)
	}
	c.arts = append(c.arts, articleInfo{id: a.ID, title: title, source: a.Source, published: a.Published})
	c.parent = append(c.parent, n)
	if _, dup := c.byID[a.ID]; !dup {
		c.byID[a.ID] = n
	}
	var res Added
	for _, m := range c.index.Add(a.ID, a.Title+"\n\n"+a.Text) {
		if !m.Near {
			continue
		}
		if res.DuplicateOf == "" {
			res.DuplicateOf, res.Exact, res.Score = m.ID, m.Exact, m.Score
		}
		if m.Exact || c.within(n, int32(m.Doc)) {
			c.union(n, int32(m.Doc))
		}
	}
	if !res.Exact {
		c.arts[n].records = c.cons.Add(events)
		for i := range events {
			c.linkEvent(n, &events[i])
		}
	}
	res.Story = c.arts[c.find(n)].id
	return res
}

func (c *Clusterer) within(a, b int32) bool {
	pa, pb := c.arts[a].published, c.arts[b].published
	if pa.IsZero() || pb.IsZero() {
		return true
	}
	d := pa.Sub(pb)
	return d <= c.opt.Window && -d <= c.opt.Window
}

// linkEvent joins article n to the earlier articles that report events of
// the same actors and code family within the window.
func (c *Clusterer) linkEvent(n int32, e *event.Event) {
	if e.Actor1 == nil || len(e.EventCode) < 2 {
		return
	}
	k := eventLink{dyadOf(e), e.EventCode[:2]}
	for _, m := range c.links[k] {
		if m != n && c.within(n, m) {
			c.union(n, m)
		}
	}
	if l := c.links[k]; len(l) == 0 || l[len(l)-1] != n {
		c.links[k] = append(l, n)
	}
}

func (c *Clusterer) find(i int32) int32 {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

// union joins two stories; the root is the earlier article, so a story's
// ID is the same whatever the order of arrival.
func (c *Clusterer) union(a, b int32) {
	ra, rb := c.find(a), c.find(b)
	if ra == rb {
		return
	}
	if c.earlier(rb, ra) {
		ra, rb = rb, ra
	}
	c.parent[rb] = ra
}

func (c *Clusterer) earlier(a, b int32) bool {
	x, y := &c.arts[a], &c.arts[b]
	if !x.published.Equal(y.published) {
		return x.published.Before(y.published)
	}
	return x.id < y.id
}

// Events returns the consolidated events of all articles added.
func (c *Clusterer) Events() []event.Event { return c.cons.Events() }

// Records returns the consolidated events with the reasons for their
// coding (see Record).
func (c *Clusterer) Records() []*Record { return c.cons.Records() }

// Stories returns the stories, earliest first, each with its events
// (those with a mention in its articles) ordered by mentions, most first.
func (c *Clusterer) Stories() []Story {
	byRoot := map[int32]*Story{}
	var order []int32
	for i := range c.arts {
		r := c.find(int32(i))
		s := byRoot[r]
		if s == nil {
			ra := &c.arts[r]
			s = &Story{ID: ra.id, First: ra.published, Last: ra.published, Headline: firstLine(ra.title)}
			byRoot[r] = s
			order = append(order, r)
		}
		a := &c.arts[i]
		s.Articles = append(s.Articles, a.id)
		if a.published.After(s.Last) {
			s.Last = a.published
		}
		if a.source != "" && !slices.Contains(s.Sources, a.source) {
			s.Sources = append(s.Sources, a.source)
		}
	}
	recordStory := map[string]int32{}
	for i := range c.arts {
		for _, id := range c.arts[i].records {
			if _, ok := recordStory[id]; !ok {
				recordStory[id] = c.find(int32(i))
			}
		}
	}
	for _, r := range c.cons.Records() {
		if root, ok := recordStory[r.Event.ID]; ok {
			byRoot[root].Events = append(byRoot[root].Events, clone(&r.Event))
		}
	}
	out := make([]Story, 0, len(order))
	for _, r := range order {
		s := byRoot[r]
		slices.Sort(s.Sources)
		slices.SortStableFunc(s.Events, func(a, b event.Event) int { return cmp.Compare(b.NumMentions, a.NumMentions) })
		slices.SortStableFunc(s.Articles, func(a, b string) int {
			return cmp.Or(c.arts[c.byID[a]].published.Compare(c.arts[c.byID[b]].published), strings.Compare(a, b))
		})
		out = append(out, *s)
	}
	slices.SortStableFunc(out, func(a, b Story) int { return cmp.Or(a.First.Compare(b.First), strings.Compare(a.ID, b.ID)) })
	return out
}

// firstLine returns the first non-blank line of text, cut to 160 bytes
// at a word boundary.
func firstLine(text string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	line = strings.TrimSpace(line)
	if len(line) > 160 {
		cut := strings.LastIndexByte(line[:160], ' ')
		if cut <= 0 {
			cut = 160
		}
		line = line[:cut] + "…"
	}
	return line
}
