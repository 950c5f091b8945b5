package coder

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/internal/goldset"
	"github.com/annalist/annalist/nlp"
)

// codeText codes one text with the default dictionaries and returns the
// events as "ACTOR1 ACTOR2 CODE" (ACTOR2 "-" for none).
func codeText(text string) []string {
	return codeArticle(Default(), textArticle(text))
}

// textArticle is an article of text alone, published on a fixed day.
func textArticle(text string) *article.Article {
	return &article.Article{ID: "t", Text: text, Published: time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)}
}

// codeArticle codes a's text, split into sentences, with c and returns
// the events as codeText does.
func codeArticle(c *Coder, a *article.Article) []string {
	var out []string
	for _, e := range c.Code(a, &nlp.Doc{Text: a.Text, Sentences: nlp.Split(a.Text)}) {
		out = append(out, goldset.Triple(e))
	}
	return out
}

func TestCodeCases(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"negated conflict codes nothing", "Russia did not attack Ukraine.", ""},
		{"passive without by has no source", "Ukraine was attacked on Tuesday.", ""},
		{"say alone codes nothing", "Russia said on Tuesday.", ""},
		{"conjoined sources with a target", "France and Germany condemned Russia.", "FRA RUS 111,DEU RUS 111"},
		{"conjoined targets", "Japan praised India and Brazil.", "JPN IND 051,JPN BRA 051"},
		{"coordinated verbs share the source", "Russia attacked Ukraine and threatened Poland.", "RUS UKR 190,RUS POL 130"},
		{"threat of an act", "China threatened to impose sanctions on Japan.", "CHN JPN 1312"},
		{"refused to release", "Iran refused to release British prisoners.", "IRN GBR 1243"},
		{"infinitive after urge is not an act", "France urged Iran to attack nobody.", "FRA IRN 020"},
		{"non-mutual act with conjoined sources has no pairs", "Kenya and Uganda protested.", "KEN - 141,UGA - 141"},
		{"place after in is not a target", "Chile met Peru in Lima.", "CHL PER 040"},
		{"a meeting needs a partner", "Chile met in Lima.", ""},
		{"an intent to cooperate needs a partner", "Turkey pledged to convert the museum.", ""},
		{"speaker after the report", "Egypt hosted Israel, said Jordan.", "EGY ISR 043,ISR EGY 042"},
		{"same event twice in a sentence is reported once", "Cuba praised Mexico and praised Mexico.", "CUB MEX 051"},
	}
	for _, tt := range tests {
		got := strings.Join(codeText(tt.text), ",")
		if got != tt.want {
			t.Errorf("%s: %q coded %q, want %q", tt.name, tt.text, got, tt.want)
		}
	}
}

func TestCodeViaAndIDs(t *testing.T) {
	text := "The Kremlin said Russia would meet Turkey. Russia met Turkey."
	a := &article.Article{ID: "t", Text: text}
	doc := &nlp.Doc{Text: text, Sentences: nlp.Split(text)}
	events := Default().Code(a, doc)
	if len(events) != 2 {
		t.Fatalf("coded %d events, want 2 (one meeting in each sentence)", len(events))
	}
	if v := events[0].Via; v == nil || v.Code != "RUSGOV" || v.Text != "Kremlin" {
		t.Errorf("via = %+v, want RUSGOV Kremlin", v)
	}
	if events[1].Via != nil {
		t.Errorf("unreported event has via %+v", events[1].Via)
	}
	if events[0].ID == events[1].ID {
		t.Error("events of different sentences share an ID")
	}
	again := Default().Code(a, doc)
	if again[1].ID != events[1].ID {
		t.Error("IDs differ between runs")
	}
	if events[0].Date != "" || events[0].DatePrecision != "" || events[0].Sources != nil {
		t.Errorf("undated, unsourced article gave date %q/%q sources %v", events[0].Date, events[0].DatePrecision, events[0].Sources)
	}
	if !events[0].IsRootEvent || events[1].IsRootEvent {
		t.Error("IsRootEvent should mark the events of the first coded sentence only")
	}
}

func TestCodeEmptyDoc(t *testing.T) {
	a := &article.Article{ID: "t"}
	if got := Default().Code(a, &nlp.Doc{}); len(got) != 0 {
		t.Errorf("empty doc coded %d events", len(got))
	}
	if got := Default().Code(a, &nlp.Doc{Sentences: []nlp.Sentence{{}}}); len(got) != 0 {
		t.Errorf("empty sentence coded %d events", len(got))
	}
}

// BenchmarkCode measures the coder alone on pre-tokenized sample
// articles; it reports sentences per second.
func BenchmarkCode(b *testing.B) {
	files, _ := filepath.Glob("../examples/articles/*.txt")
	type input struct {
		a   *article.Article
		doc *nlp.Doc
	}
	var inputs []input
	sentences := 0
	for _, f := range files {
		a := readSample(b, f)
		doc := &nlp.Doc{Text: a.Text, Sentences: nlp.Split(a.Text)}
		sentences += len(doc.Sentences)
		inputs = append(inputs, input{a, doc})
	}
	c := Default()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, in := range inputs {
			c.Code(in.a, in.doc)
		}
	}
	b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
