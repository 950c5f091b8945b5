// Package event defines annalist's event record: who did what to whom,
// when and where, in CAMEO, with the evidence behind it.
//
// The JSON form of Event is the primary output (one record per line);
// field names are snake_case and follow GDELT's meanings. Every field is
// always present: unknown values are null (pointers, slices) rather than
// omitted, so that consumers can rely on the shape.
package event

// Event is one coded event. A record may stand for several mentions of
// the same happening (see NumMentions, NumArticles, NumSources).
type Event struct {
	ID            string `json:"id"`
	Date          string `json:"date"`           // YYYY-MM-DD, the event's own date
	DatePrecision string `json:"date_precision"` // "day", "month" or "year"
	Reported      string `json:"reported"`       // YYYY-MM-DD, publication date of the first report

	Actor1 *Actor `json:"actor1"` // source; never nil for a coded event
	Actor2 *Actor `json:"actor2"` // target; nil when the event has none

	EventCode     string   `json:"event_code"`
	EventBaseCode string   `json:"event_base_code"`
	EventRootCode string   `json:"event_root_code"`
	EventName     string   `json:"event_name"`
	QuadClass     int      `json:"quad_class"`
	Goldstein     float64  `json:"goldstein"`
	Plover        *Plover  `json:"plover"`
	IsRootEvent   bool     `json:"is_root_event"`
	NumMentions   int      `json:"num_mentions"`
	NumSources    int      `json:"num_sources"`
	NumArticles   int      `json:"num_articles"`
	Sources       []string `json:"sources"`

	Place *Place `json:"place"`
	Via   *Via   `json:"via"`

	// Consolidation explains, when several reports were merged into this
	// record, why its code, date and place were chosen ("" otherwise).
	Consolidation string `json:"consolidation"`

	Evidence []Evidence `json:"evidence"`
}

// Actor is one side of an event. Code is the full CAMEO actor code
// (country + roles, e.g. "FRAGOV"); an actor whose country is unknown has
// Country "" and a code starting with "---".
type Actor struct {
	Code    string   `json:"code"`
	Name    string   `json:"name"`    // canonical name from the dictionary
	Country string   `json:"country"` // ISO 3166 alpha-3 / CAMEO country code, "" if unknown
	Roles   []string `json:"roles"`   // CAMEO role codes, e.g. ["GOV"]
	Text    string   `json:"text"`    // the words in the article that named the actor
}

// Plover is the event's type in the PLOVER ontology, CAMEO's successor.
type Plover struct {
	Type string `json:"type"`
	Mode string `json:"mode"`
}

// Place is where the event happened.
type Place struct {
	Name      string  `json:"name"`
	Country   string  `json:"country"`
	Admin1    string  `json:"admin1"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid"`
	Precision string  `json:"precision"` // "city", "region" or "country"
}

// Via names the channel or speaker that conveyed the event ("the Elysee",
// "state media"), when the sentence reports it.
type Via struct {
	Code string `json:"code"`
	Text string `json:"text"`
}

// Span is a half-open byte range [Start, End) in an article's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Evidence is one mention of the event: the sentence that produced it and
// the rule that fired. Start and End are byte offsets of the sentence in
// the article's text, so Text == article.Text[Start:End]. The spans locate
// the words that named the actors and the verb, for highlighting.
type Evidence struct {
	Article  string `json:"article"`
	URL      string `json:"url"`
	Source   string `json:"source"`
	Sentence int    `json:"sentence"` // index of the sentence in the article, from 0
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Rule     string `json:"rule"`
	Actor1   *Span  `json:"actor1_span"`
	Actor2   *Span  `json:"actor2_span"`
	Verb     *Span  `json:"verb_span"`
	DateText string `json:"date_text"` // the words that gave the date, "" when the publication date was used
}
