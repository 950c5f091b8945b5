package coder

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/nlp"
)

// validationFile is a file of the project's validation suite, in the
// PETRARCH validation XML format.
type validationFile struct {
	Sentences []validationSentence `xml:"Sentence"`
}

type validationSentence struct {
	ID       string `xml:"id,attr"`
	Date     string `xml:"date,attr"`
	Category string `xml:"category,attr"`
	Codings  []struct {
		Source   string `xml:"sourcecode,attr"`
		Target   string `xml:"targetcode,attr"`
		Event    string `xml:"eventcode,attr"`
		NoEvents string `xml:"noevents,attr"`
	} `xml:"EventCoding"`
	Text string `xml:"Text"`
}

// want returns the expected events as sorted "SOURCE TARGET CODE" keys
// (TARGET "---" for none).
func (v validationSentence) want() ([]string, error) {
	var out []string
	for _, c := range v.Codings {
		if strings.EqualFold(c.NoEvents, "true") {
			continue
		}
		if c.Source == "" || c.Event == "" {
			return nil, fmt.Errorf("sentence %s: EventCoding without sourcecode or eventcode", v.ID)
		}
		t := c.Target
		if t == "" {
			t = "---"
		}
		out = append(out, c.Source+" "+t+" "+c.Event)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// codeValidation parses and codes the text of a record as one article and
// returns its events as sorted, distinct keys.
func codeValidation(p *nlp.Pipeline, v validationSentence) ([]string, error) {
	date, err := time.Parse("20060102", v.Date)
	if err != nil {
		return nil, fmt.Errorf("sentence %s: date %q: %w", v.ID, v.Date, err)
	}
	a := &article.Article{ID: v.ID, Text: v.Text, Published: date}
	var out []string
	for _, e := range Default().Code(a, p.Parse(v.Text)) {
		t := "---"
		if e.Actor2 != nil {
			t = e.Actor2.Code
		}
		out = append(out, e.Actor1.Code+" "+t+" "+e.EventCode)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// TestValidationSuite codes the records of validation/*.xml with the
// built-in dictionaries and parser; a record passes when its set of
// (source, target, code) triples equals the expected set.
func TestValidationSuite(t *testing.T) {
	p, err := nlp.LoadDefault()
	if err != nil {
		t.Fatalf("loading the built-in nlp model: %v", err)
	}
	files, err := filepath.Glob("../validation/*.xml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no validation files in ../validation (%v)", err)
	}
	total, passed := 0, 0
	categories := map[string]int{}
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var f validationFile
		if err := xml.Unmarshal(b, &f); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, s := range f.Sentences {
			want, err := s.want()
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			got, err := codeValidation(p, s)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			total++
			categories[s.Category]++
			if slices.Equal(got, want) {
				passed++
				continue
			}
			t.Logf("%s %s: %q\n\tgot  %s\n\twant %s", filepath.Base(path), s.ID, s.Text, strings.Join(got, ", "), strings.Join(want, ", "))
		}
	}
	rate := float64(passed) / float64(total)
	t.Logf("validation: %d of %d records pass (%.1f%%)", passed, total, 100*rate)
	if total < 200 {
		t.Errorf("validation suite has %d records, want at least 200", total)
	}
	for r := 1; r <= 20; r++ {
		if root := fmt.Sprintf("%02d", r); categories[root] == 0 {
			t.Errorf("no validation record of root category %s", root)
		}
	}
	if rate < 0.95 {
		t.Errorf("validation pass rate %.1f%%, want at least 95%%", 100*rate)
	}
}
