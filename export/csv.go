package export

import (
	"strconv"
	"strings"

	"github.com/annalist/annalist/event"
)

// csvHeader is the flat CSV layout: the record's fields with nested
// objects flattened by prefix; evidence is summarised by its first item
// and a count (the JSON Lines output keeps all of it).
var csvHeader = []string{
	"id", "date", "date_precision", "reported",
	"actor1_code", "actor1_name", "actor1_country", "actor1_roles", "actor1_text",
	"actor2_code", "actor2_name", "actor2_country", "actor2_roles", "actor2_text",
	"event_code", "event_base_code", "event_root_code", "event_name", "quad_class", "goldstein",
	"plover_type", "plover_mode", "is_root_event", "num_mentions", "num_sources", "num_articles", "sources",
	"place_name", "place_country", "place_admin1", "place_lat", "place_lon", "place_geonameid", "place_precision",
	"via_code", "via_text", "consolidation",
	"evidence_count", "evidence_article", "evidence_url", "evidence_sentence", "evidence_start", "evidence_end", "evidence_text", "evidence_rule",
}

func actorCols(a *event.Actor) []string {
	if a == nil {
		return make([]string, 5)
	}
	return []string{a.Code, a.Name, a.Country, strings.Join(a.Roles, ";"), a.Text}
}

func csvRow(e *event.Event) []string {
	r := make([]string, 0, len(csvHeader))
	r = append(r, e.ID, e.Date, e.DatePrecision, e.Reported)
	r = append(r, actorCols(e.Actor1)...)
	r = append(r, actorCols(e.Actor2)...)
	r = append(r, e.EventCode, e.EventBaseCode, e.EventRootCode, e.EventName, itoa(e.QuadClass), ftoa(e.Goldstein))
	if e.Plover != nil {
		r = append(r, e.Plover.Type, e.Plover.Mode)
	} else {
		r = append(r, "", "")
	}
	r = append(r, strconv.FormatBool(e.IsRootEvent), itoa(e.NumMentions), itoa(e.NumSources), itoa(e.NumArticles), strings.Join(e.Sources, ";"))
	if p := e.Place; p != nil {
		r = append(r, p.Name, p.Country, p.Admin1, ftoa(p.Lat), ftoa(p.Lon), itoa(p.GeonameID), p.Precision)
	} else {
		r = append(r, make([]string, 7)...)
	}
	if e.Via != nil {
		r = append(r, e.Via.Code, e.Via.Text)
	} else {
		r = append(r, "", "")
	}
	r = append(r, e.Consolidation)
	r = append(r, itoa(len(e.Evidence)))
	if len(e.Evidence) > 0 {
		v := e.Evidence[0]
		r = append(r, v.Article, v.URL, itoa(v.Sentence), itoa(v.Start), itoa(v.End), v.Text, v.Rule)
	} else {
		r = append(r, make([]string, 7)...)
	}
	return r
}
