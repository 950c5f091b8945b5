package coder

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/internal/goldset"
	"github.com/annalist/annalist/nlp"
)

// golden lists the events expected from each sample article, as
// "ACTOR1 ACTOR2 CODE DATE VERB-WORDS [via=CODE]" (ACTOR2 "-" for none).
var golden = map[string][]string{
	"01-statement.txt": {
		`FRAGOV - 011 2024-03-12 "declined to comment"`,
		`JPN TUR 018 2024-03-12 "expressed condolences"`,
	},
	"02-appeal.txt": {
		`DEU RUS 0253 2024-03-12 "urged"`,
		`IGOUNO ETH 020 2024-03-12 "called on"`,
	},
	"03-pledge.txt": {
		`JPN TUR 0333 2024-03-12 "pledged humanitarian aid"`,
		`KOR PHL 033 2024-03-12 "promised assistance"`,
	},
	"04-visit.txt": {
		`INDGOV JPN 042 2024-03-12 "visited"`,
		`JPN INDGOV 043 2024-03-12 "visited"`,
		`JPN IND 043 2024-03-12 "hosted"`,
		`IND JPN 042 2024-03-12 "hosted"`,
	},
	"05-talks.txt": {
		`RUS CHN 040 2024-03-12 "held talks"`,
		`CHN RUS 040 2024-03-12 "held talks"`,
	},
	"06-telephone.txt": {
		`BRA ARG 041 2024-03-12 "talked by telephone"`,
		`CHL PER 040 2024-03-12 "met with"`,
	},
	"07-praise.txt": {
		`BRA ARG 051 2024-03-12 "praised"`,
		`MEX CAN 051 2024-03-12 "welcomed"`,
	},
	"08-sign.txt": {
		`EGY JOR 057 2024-03-12 "signed a trade agreement"`,
		`JOR EGY 057 2024-03-12 "signed a trade agreement"`,
	},
	"09-cooperate.txt": {
		`KEN ETH 060 2024-03-12 "cooperate with"`,
		`GHA NGA 064 2024-03-12 "shared intelligence with"`,
	},
	"10-aid.txt": {
		`IGOEUREEC SDN 073 2024-03-12 "provided humanitarian aid to"`,
		`QAT AFG 070 2024-03-12 "sent aid to"`,
	},
	"11-release.txt": {
		`IRN GBR 0841 2024-03-12 "released two prisoners"`,
		`USA VEN 085 2024-03-12 "lifted sanctions on"`,
	},
	"12-investigate.txt": {
		`ITA LBY 090 2024-03-12 "launched an investigation into"`,
	},
	"13-demand.txt": {
		`POL BLR 1053 2024-03-12 "demanded"`,
	},
	"14-accuse.txt": {
		`IND PAK 1124 2024-03-12 "accused"`,
		`EGY ISR 111 2024-03-12 "condemned"`,
	},
	"15-reject.txt": {
		`VEN COL 127 2024-03-12 "rejected the proposal"`,
		`SRB KSV 129 2024-03-12 "vetoed"`,
	},
	"16-threaten.txt": {
		`PRK KOR 138 2024-03-12 "threatened"`,
	},
	"17-protest.txt": {
		`ARMOPP AZE 141 2024-03-12 "demonstrated against"`,
	},
	"18-mobilize.txt": {
		`ARM - 154 2024-03-12 "mobilized troops"`,
		`VEN GUY 154 2024-03-12 "deployed troops"`,
	},
	"19-sanctions.txt": {
		`USA IRN 163 2024-03-12 "imposed sanctions on"`,
		`LTU CHN 161 2024-03-12 "recalled its ambassador from"`,
	},
	"20-arrest.txt": {
		`TURCOP DEUMED 173 2024-03-12 "arrested"`,
		`RUS MDAGOV 161 2024-03-12 "expelled"`,
	},
	"21-abduct.txt": {
		`NGAUAF CMRAGR 181 2024-03-12 "kidnapped"`,
	},
	"22-fight.txt": {
		`ISRMIL PSEOPP 190 2024-03-12 "opened fire on"`, // the army is the home country's: Israel's, so no via
		`AZE ARM 190 2024-03-12 "clashed"`,
		`ARM AZE 190 2024-03-12 "clashed"`,
	},
	"23-mass-violence.txt": {
		`SYRMIL SYRREB 2041 2024-03-12 "used chemical weapons against" via=FRA`,
	},
	"24-passive.txt": {
		`RUS UKR 190 2024-03-12 "attacked"`,
		`EGY ETH 042 2024-03-12 "visited"`,
		`ETH EGY 043 2024-03-12 "visited"`,
	},
	"25-said.txt": {
		`RUS POL 163 2024-03-12 "impose sanctions on" via=RUSGOV`,
		`IRN GBRBUS 0841 2024-03-12 "release"`,
	},
	"26-negation.txt": {
		`DEU FRA 127 2024-03-12 "sign the agreement with"`,
		`IRN USA 125 2024-03-12 "refused to meet"`,
	},
	"27-intent.txt": {
		`JPN TUR 0333 2024-03-12 "agreed to provide humanitarian aid to"`,
		`CHN IND 036 2024-03-12 "plans to meet"`,
	},
}

// readSample reads a sample article: a title line, a blank line, the text.
func readSample(t testing.TB, path string) *article.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	title, text, ok := strings.Cut(string(b), "\n\n")
	if !ok {
		t.Fatalf("%s: no blank line after the title", path)
	}
	return &article.Article{
		ID:        filepath.Base(path),
		Source:    "annalist examples",
		Title:     title,
		Text:      text,
		Published: time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC),
		Origin:    path,
	}
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../examples/articles/*.txt")
	if err != nil || len(files) < 24 {
		t.Fatalf("want at least 24 sample articles, found %d (%v)", len(files), err)
	}
	roots := map[string]bool{}
	for _, path := range files {
		name := filepath.Base(path)
		want, ok := golden[name]
		if !ok {
			t.Errorf("%s: no golden events", name)
			continue
		}
		a := readSample(t, path)
		doc := &nlp.Doc{Text: a.Text, Sentences: nlp.Split(a.Text)}
		events := Default().Code(a, doc)
		var got []string
		for i, e := range events {
			got = append(got, goldenKey(a, e))
			checkEvidence(t, name, a, doc, e)
			roots[e.EventRootCode] = true
			if e.IsRootEvent != (e.Evidence[0].Sentence == events[0].Evidence[0].Sentence) {
				t.Errorf("%s: event %d IsRootEvent %v", name, i, e.IsRootEvent)
			}
		}
		slices.Sort(got)
		want = slices.Sorted(slices.Values(want))
		if !slices.Equal(got, want) {
			t.Errorf("%s:\n got  %s\n want %s", name, strings.Join(got, "\n      "), strings.Join(want, "\n      "))
		}
	}
	for r := 1; r <= 20; r++ {
		if root := fmt.Sprintf("%02d", r); !roots[root] {
			t.Errorf("no sample article codes root %s", root)
		}
	}
}

func goldenKey(a *article.Article, e event.Event) string {
	v := e.Evidence[0].Verb
	key := fmt.Sprintf("%s %s %q", goldset.Triple(e), e.Date, a.Text[v.Start:v.End])
	if e.Via != nil {
		key += " via=" + e.Via.Code
	}
	return key
}

// checkEvidence checks that an event's evidence points back into the
// article: the sentence, the actors' words and the record's other fields.
func checkEvidence(t *testing.T, name string, a *article.Article, doc *nlp.Doc, e event.Event) {
	t.Helper()
	if len(e.Evidence) != 1 {
		t.Fatalf("%s: %d evidence entries, want 1", name, len(e.Evidence))
	}
	ev := e.Evidence[0]
	s := doc.Sentences[ev.Sentence]
	if ev.Start != s.Start || ev.End != s.End || a.Text[ev.Start:ev.End] != ev.Text {
		t.Errorf("%s: evidence [%d,%d) %q is not sentence %d", name, ev.Start, ev.End, ev.Text, ev.Sentence)
	}
	if a.Text[ev.Actor1.Start:ev.Actor1.End] != e.Actor1.Text || ev.Actor1.Start < ev.Start || ev.Actor1.End > ev.End {
		t.Errorf("%s: actor1 span %v does not slice to %q", name, ev.Actor1, e.Actor1.Text)
	}
	if e.Actor2 != nil && (a.Text[ev.Actor2.Start:ev.Actor2.End] != e.Actor2.Text || ev.Actor2.Start < ev.Start || ev.Actor2.End > ev.End) {
		t.Errorf("%s: actor2 span %v does not slice to %q", name, ev.Actor2, e.Actor2.Text)
	}
	if (e.Actor2 == nil) != (ev.Actor2 == nil) {
		t.Errorf("%s: actor2 %v but span %v", name, e.Actor2, ev.Actor2)
	}
	if ev.Verb.Start < ev.Start || ev.Verb.End > ev.End || ev.Verb.Start >= ev.Verb.End {
		t.Errorf("%s: verb span %v outside the sentence [%d,%d)", name, ev.Verb, ev.Start, ev.End)
	}
	if !strings.HasPrefix(ev.Rule, "verbs.txt:") || ev.Article != a.ID || ev.Source != a.Source {
		t.Errorf("%s: evidence rule %q article %q source %q", name, ev.Rule, ev.Article, ev.Source)
	}
	if e.Reported != "2024-03-12" || e.DatePrecision != "day" || e.NumMentions != 1 || e.NumSources != 1 ||
		e.NumArticles != 1 || !slices.Equal(e.Sources, []string{a.Source}) || len(e.ID) != 32 {
		t.Errorf("%s: record fields %+v", name, e)
	}
	if e.EventName == "" || e.QuadClass == 0 || e.EventBaseCode == "" || e.EventRootCode != e.EventCode[:2] {
		t.Errorf("%s: code fields %s %q base %s root %s quad %d", name, e.EventCode, e.EventName, e.EventBaseCode, e.EventRootCode, e.QuadClass)
	}
}
