package actor

import (
	"strings"
	"time"
)

// predecessor is a state that stood where a country of today's lists
// stands, until it ended: before the end, the country's capital, seats of
// power, office-holders and named bodies (its news agencies and firms)
// are the predecessor's actors ("Moscow said" in 1987 is the Soviet
// government, SUNGOV, not Russia's; Tass was SUNMED). The country's own
// names and adjectives stay its own: "Russia" and "Russian" then named the
// land and its people as often as the Union.
type predecessor struct {
	country, code, name string
	end                 time.Time // the first day the predecessor no longer existed
}

// predecessors lists the states CAMEO codes apart from their successors.
var predecessors = []predecessor{
	{country: "RUS", code: "SUN", name: "Soviet Union", end: time.Date(1991, 12, 26, 0, 0, 0, 0, time.UTC)},
	// Yugoslavia (YUG in CAMEO) until Serbia and Montenegro took its place.
	{country: "SRB", code: "YUG", name: "Yugoslavia", end: time.Date(2003, 2, 4, 0, 0, 0, 0, time.UTC)},
}

// inEra gives a mention of a government, seat or person of a country
// that had a predecessor on date the predecessor's code; with no date
// (zero) the mention stays as found.
func inEra(m Mention, date time.Time) Mention {
	if date.IsZero() || m.Country == "" || m.Kind != Capital && m.Kind != Person && m.Kind != Group {
		return m
	}
	for _, p := range predecessors {
		if m.Country != p.country || !date.Before(p.end) {
			continue
		}
		m.Country = p.code
		m.Code = p.code + strings.TrimPrefix(m.Code, p.country)
		if m.Kind == Capital {
			m.Name = p.name
		}
		return m
	}
	return m
}
