package validate

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
	"github.com/annalist/annalist/petrarch"
)

func readSuite(t *testing.T, name string) (*Suite, []error) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return Read(f, name)
}

func errorTexts(errs []error) []string {
	out := make([]string, len(errs))
	for i, e := range errs {
		out[i] = e.Error()
	}
	return out
}

func TestRead(t *testing.T) {
	s, errs := readSuite(t, "suite.xml")
	wantErrs := []string{
		`suite.xml:31: record V-05: date "2024-03-12" is not YYYYMMDD`,
		`suite.xml:43: record V-08: <EventCoding> needs sourcecode and eventcode (or noevents="True")`,
		`suite.xml:42: record V-08 has no <Text>; skipped`,
	}
	if got := errorTexts(errs); !reflect.DeepEqual(got, wantErrs) {
		t.Errorf("errors =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantErrs, "\n"))
	}
	wantEnv := Environment{Verbfile: "verbs.txt", Actorfiles: []string{"actors.txt", "more-actors.txt"}, Agentfile: "agents.txt",
		Discardfile: "missing-discards.txt", Include: []string{"valid", "DEMO"}, Exclude: []string{"OLD"}}
	if !reflect.DeepEqual(s.Env, wantEnv) {
		t.Errorf("environment = %+v, want %+v", s.Env, wantEnv)
	}
	var ids []string
	for _, r := range s.Records {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, " ") != "V-01 V-02 V-03 V-04 V-05 V-06 V-07" {
		t.Fatalf("records %v", ids)
	}
	v2 := s.Records[1]
	want2 := []Triple{{"ISL", "NRU", "040"}, {"NRU", "---", "043"}}
	if !reflect.DeepEqual(v2.Expected, want2) || v2.Text != "Iceland met with Nauru; Nauru hosted." || v2.Line != 17 {
		t.Errorf("self-closed record = %+v", v2)
	}
	if r := s.Records[3]; r.ExpectError != "no verb" || len(r.Expected) != 0 {
		t.Errorf("error record = %+v", r)
	}
	if d := s.Records[0].Date; d.Format("2006-01-02") != "2024-03-12" {
		t.Errorf("date = %v", d)
	}
	var evaluated []string
	for i := range s.Records {
		if s.Evaluated(&s.Records[i]) {
			evaluated = append(evaluated, s.Records[i].ID)
		}
	}
	if strings.Join(evaluated, " ") != "V-01 V-02 V-03 V-04" {
		t.Errorf("evaluated %v, want V-01 to V-04", evaluated)
	}
}

func TestReadTruncated(t *testing.T) {
	s, errs := readSuite(t, "truncated.xml")
	if len(s.Records) != 1 || s.Records[0].ID != "T-01" {
		t.Errorf("records = %+v, want T-01 only", s.Records)
	}
	joined := strings.Join(errorTexts(errs), "\n")
	if !strings.Contains(joined, "truncated.xml:8: ") || !strings.Contains(joined, "T-02 has no <Text>") {
		t.Errorf("errors do not name line 8 and T-02:\n%s", joined)
	}
}

func TestReadCommentWithDashes(t *testing.T) {
	src := "<Validation>\n<!-- targetcode \"---\" means\nno target -->\n<Sentence id=\"A\">\n<Text>x</Text></Sentence></Validation>"
	s, errs := Read(strings.NewReader(src), "c.xml")
	if len(errs) != 0 || len(s.Records) != 1 || s.Records[0].Line != 4 {
		t.Errorf("records %+v, errors %v", s.Records, errs)
	}
}

// PETRARCH2's own unit-test records leave EventCoding open.
func TestReadUnclosedEventCoding(t *testing.T) {
	src := `<Sentence date = "20150805" id ="DEMO-01" category="DEMO" place="">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064">
<Text>
Arnor restored ties with Gondor.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor))))
</Parse>
</Sentence>
<Sentence date = "20150805" id ="DEMO-02" category="DEMO">
<EventCoding noevents = "True">
<Text>Nothing.</Text>
</Sentence>`
	s, errs := Read(strings.NewReader(src), "u.xml")
	if len(errs) != 0 || len(s.Records) != 2 {
		t.Fatalf("records %+v, errors %v", s.Records, errs)
	}
	r := s.Records[0]
	if r.ID != "DEMO-01" || r.Text != "Arnor restored ties with Gondor." || len(r.Expected) != 1 || r.Expected[0] != (Triple{"ARN", "GON", "064"}) {
		t.Errorf("record = %+v", r)
	}
	if r := s.Records[1]; len(r.Expected) != 0 || r.Text != "Nothing." {
		t.Errorf("record = %+v", r)
	}
}

func TestReadGarbage(t *testing.T) {
	s, errs := Read(strings.NewReader("<Validation>\n<Sentence id=\"A\"><Text>x</Text></Sentence>\n<Sentence id=\"B\" <Text>"), "bad.xml")
	if len(s.Records) != 1 || len(errs) == 0 || !strings.HasPrefix(errs[0].Error(), "bad.xml:3: unreadable XML") {
		t.Errorf("records %+v, errors %v", s.Records, errs)
	}
}

// tableCoder codes the texts it is given and nothing else.
type tableCoder map[string][]Triple

func (c tableCoder) Code(a *article.Article, doc *nlp.Doc) []event.Event {
	var out []event.Event
	for _, tr := range c[a.Text] {
		e := event.Event{Actor1: &event.Actor{Code: tr.Source}, EventCode: tr.Code}
		if tr.Target != "---" {
			e.Actor2 = &event.Actor{Code: tr.Target}
		}
		out = append(out, e, e) // repeats count once
	}
	return out
}

func TestRun(t *testing.T) {
	s, _ := readSuite(t, "suite.xml")
	c := tableCoder{
		"Iceland met with Nauru.":               {{"ISL", "NRU", "040"}},
		"Iceland met with Nauru; Nauru hosted.": {{"ISL", "NRU", "040"}},
		"Nauru, a country.":                     {{"NRU", "---", "010"}},
	}
	outs, sum := Run(s, c, func(text string) *nlp.Doc { return &nlp.Doc{Text: text} })
	want := Summary{Counts: Counts{Records: 7, Evaluated: 4, Passed: 2}, ByCategory: map[string]*Counts{
		"MEET":  {Records: 3, Evaluated: 2, Passed: 1},
		"DEMO":  {Records: 2, Evaluated: 2, Passed: 1},
		"OLD":   {Records: 1},
		"OTHER": {Records: 1},
	}}
	if !reflect.DeepEqual(sum, want) {
		b1, _ := json.Marshal(sum)
		b2, _ := json.Marshal(want)
		t.Errorf("summary %s, want %s", b1, b2)
	}
	var buf bytes.Buffer
	if err := WriteOutcomes(&buf, outs); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	wantLines := []string{
		"V-01\tpass\texpected: ISL>NRU 040\tgot: ISL>NRU 040",
		"V-02\tFAIL\texpected: ISL>NRU 040, NRU>--- 043\tgot: ISL>NRU 040",
		"V-03\tpass\texpected: none\tgot: none",
		"V-04\tFAIL\texpected: none (error: no verb)\tgot: NRU>--- 010",
		"V-05\tskip\texpected: ISL>NRU 190\tgot: none",
	}
	if !reflect.DeepEqual(lines[:5], wantLines) {
		t.Errorf("outcomes =\n%s\nwant\n%s", strings.Join(lines[:5], "\n"), strings.Join(wantLines, "\n"))
	}
	buf.Reset()
	WriteSummary(&buf, sum)
	if !strings.Contains(buf.String(), "category MEET           1/2   passed ( 50.0%), 3 records") ||
		!strings.HasSuffix(buf.String(), "total 2/4 passed (50.0%), 7 records\n") {
		t.Errorf("summary text:\n%s", buf.String())
	}
	b, _ := json.Marshal(sum)
	if !strings.HasPrefix(string(b), `{"records":7,"evaluated":4,"passed":2,"by_category":{"DEMO":{"records":2,"evaluated":2,"passed":1}`) {
		t.Errorf("JSON summary %s", b)
	}
}

func TestEnvironmentFiles(t *testing.T) {
	s, _ := readSuite(t, "suite.xml")
	files, missing := s.Env.Files("testdata", filepath.Join("..", "petrarch", "testdata"))
	want := []petrarch.File{
		{Path: filepath.Join("..", "petrarch", "testdata", "verbs.txt"), Kind: petrarch.VerbsKind},
		{Path: filepath.Join("..", "petrarch", "testdata", "actors.txt"), Kind: petrarch.ActorsKind},
		{Path: filepath.Join("..", "petrarch", "testdata", "agents.txt"), Kind: petrarch.AgentsKind},
	}
	if !reflect.DeepEqual(files, want) || !reflect.DeepEqual(missing, []string{"more-actors.txt", "missing-discards.txt"}) {
		t.Errorf("files %+v, missing %v", files, missing)
	}
}
