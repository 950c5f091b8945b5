package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/annalist/annalist/event"
)

func sample() *event.Event {
	return &event.Event{
		ID: "e1", Date: "2024-02-14", DatePrecision: "day", Reported: "2024-02-15",
		Actor1:    &event.Actor{Code: "FRAGOV", Name: "Emmanuel Macron", Country: "FRA", Roles: []string{"GOV"}, Text: "French President Emmanuel Macron"},
		EventCode: "042", EventBaseCode: "042", EventRootCode: "04", EventName: "Make a visit",
		QuadClass: 1, Goldstein: 1.9, Plover: &event.Plover{Type: "CONSULT", Mode: "visit"},
		IsRootEvent: true, NumMentions: 1, NumSources: 2, NumArticles: 2, Sources: []string{"AFP", "Reuters"},
		Place:    &event.Place{Name: "Berlin", Country: "DEU", Admin1: "16", Lat: 52.524, Lon: 13.411, GeonameID: 2950159, Precision: "city"},
		Evidence: []event.Evidence{{Article: "a1", URL: "http://x/1", Sentence: 0, Start: 0, End: 20, Text: "Macron flew\tto Berlin", Rule: "r"}},
	}
}

func render(t *testing.T, format string, evs ...*event.Event) string {
	t.Helper()
	var b bytes.Buffer
	w, err := NewWriter(&b, format)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestJSONLRoundTrip(t *testing.T) {
	out := render(t, "jsonl", sample(), sample())
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines", len(lines))
	}
	var back event.Event
	if err := json.Unmarshal([]byte(lines[0]), &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&back, sample()) {
		t.Errorf("round trip differs:\n%+v", back)
	}
	if !strings.Contains(lines[0], `"actor2":null`) || !strings.Contains(lines[0], `"via":null`) {
		t.Errorf("unknown fields must be null: %s", lines[0])
	}
}

func TestGDELTHas61Columns(t *testing.T) {
	e2 := sample()
	e2.Actor2, e2.Place = &event.Actor{Code: "DEUGOV", Name: "Olaf Scholz", Country: "DEU", Roles: []string{"GOV"}}, nil
	out := render(t, "gdelt", sample(), e2)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(GDELTColumns) != 61 || len(lines) != 2 {
		t.Fatalf("%d columns, %d lines", len(GDELTColumns), len(lines))
	}
	for _, l := range lines {
		cols := strings.Split(l, "\t")
		if len(cols) != 61 {
			t.Fatalf("%d columns in %q", len(cols), l)
		}
	}
	c := strings.Split(lines[0], "\t")
	want := map[string]string{
		"GLOBALEVENTID": "e1", "SQLDATE": "20240214", "MonthYear": "202402", "Year": "2024", "FractionDate": "2024.1205",
		"Actor1Code": "FRAGOV", "Actor1Name": "EMMANUEL MACRON", "Actor1CountryCode": "FRA", "Actor1Type1Code": "GOV",
		"Actor2Code": "", "IsRootEvent": "1", "EventCode": "042", "EventRootCode": "04", "QuadClass": "1", "GoldsteinScale": "1.9",
		"NumSources": "2", "ActionGeo_Type": "4", "ActionGeo_Lat": "52.524", "ActionGeo_FeatureID": "2950159",
		"DATEADDED": "20240215000000", "SOURCEURL": "http://x/1",
	}
	for i, name := range GDELTColumns {
		if w, ok := want[name]; ok && c[i] != w {
			t.Errorf("%s = %q, want %q", name, c[i], w)
		}
	}
}

func TestCSVFlat(t *testing.T) {
	out := render(t, "csv", sample())
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != 2 {
		t.Fatalf("%v %d", err, len(recs))
	}
	if len(recs[0]) != len(recs[1]) {
		t.Fatalf("header %d vs row %d", len(recs[0]), len(recs[1]))
	}
	row := map[string]string{}
	for i, h := range recs[0] {
		row[h] = recs[1][i]
	}
	for k, v := range map[string]string{"actor1_code": "FRAGOV", "actor2_code": "", "sources": "AFP;Reuters", "place_geonameid": "2950159", "evidence_text": "Macron flew\tto Berlin", "evidence_count": "1", "plover_mode": "visit"} {
		if row[k] != v {
			t.Errorf("%s = %q, want %q", k, row[k], v)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := NewWriter(&bytes.Buffer{}, "xml"); err == nil || !strings.Contains(err.Error(), `unknown format "xml"`) {
		t.Fatalf("err %v", err)
	}
}

func TestText(t *testing.T) {
	out := render(t, "text", sample())
	want := "2024-02-14  FRAGOV (French President Emmanuel Macron) → —  042 Make a visit in Berlin, DEU (sources 2, mentions 1)\n" +
		"    \"Macron flew\\tto Berlin\"\n    rule r; article a1, sentence 0, bytes 0-20\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}
