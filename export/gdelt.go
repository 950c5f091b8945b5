package export

import (
	"strings"
	"time"

	"github.com/annalist/annalist/event"
)

// GDELTColumns are GDELT 2.0's event table columns, in GDELT's order.
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// gdeltActor fills the 10 actor columns. GDELT's type codes are the roles.
func gdeltActor(a *event.Actor) []string {
	c := make([]string, 10)
	if a == nil {
		return c
	}
	c[0], c[1], c[2] = a.Code, strings.ToUpper(a.Name), a.Country
	for i, r := range a.Roles {
		if i < 3 {
			c[7+i] = r
		}
	}
	return c
}

// gdeltGeo fills the 8 geography columns of the event's place. GDELT's
// geo types: 1 country, 4 world city, 5 world first-level division.
func gdeltGeo(p *event.Place) []string {
	c := make([]string, 8)
	if p == nil {
		return c
	}
	typ := map[string]string{"country": "1", "city": "4", "region": "5"}[p.Precision]
	c[0], c[1], c[2], c[3] = typ, p.Name, p.Country, p.Admin1
	c[5], c[6] = ftoa(p.Lat), ftoa(p.Lon)
	if p.GeonameID != 0 {
		c[7] = itoa(p.GeonameID)
	}
	return c
}

func gdeltRow(e *event.Event) []string {
	r := make([]string, 0, len(GDELTColumns))
	r = append(r, e.ID)
	if t, err := time.Parse("2006-01-02", e.Date); err == nil {
		frac := float64(t.Year()) + float64(t.YearDay()-1)/365.0
		r = append(r, t.Format("20060102"), t.Format("200601"), t.Format("2006"), strings.TrimRight(strings.TrimRight(ftoa(round4(frac)), "0"), "."))
	} else {
		r = append(r, "", "", "", "")
	}
	r = append(r, gdeltActor(e.Actor1)...)
	r = append(r, gdeltActor(e.Actor2)...)
	root := "0"
	if e.IsRootEvent {
		root = "1"
	}
	r = append(r, root, e.EventCode, e.EventBaseCode, e.EventRootCode, itoa(e.QuadClass), ftoa(e.Goldstein),
		itoa(e.NumMentions), itoa(e.NumSources), itoa(e.NumArticles), "")
	// annalist places the action, not each actor: actor geography stays empty.
	r = append(r, make([]string, 16)...)
	r = append(r, gdeltGeo(e.Place)...)
	added, url := "", ""
	if t, err := time.Parse("2006-01-02", e.Reported); err == nil {
		added = t.Format("20060102") + "000000"
	}
	if len(e.Evidence) > 0 {
		url = e.Evidence[0].URL
	}
	return append(r, added, url)
}

func round4(f float64) float64 { return float64(int64(f*10000+0.5)) / 10000 }
