package learn

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/nlp"
)

// tok is one hand-parsed token: form, lemma, UPOS, head (1-based, 0 the
// root) and relation.
type tok struct {
	form, lemma, upos string
	head              int
	rel               string
}

// sentence builds the tokens of a hand-parsed sentence with byte offsets
// into its text (the forms joined by spaces).
func sentence(ts ...tok) ([]nlp.Token, string) {
	var b strings.Builder
	out := make([]nlp.Token, len(ts))
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(t.form)
		out[i] = nlp.Token{Start: start, End: b.Len(), Form: t.form, Lemma: t.lemma, UPOS: t.upos, Head: t.head, Rel: t.rel}
	}
	return out, b.String()
}

// transitive is "SUBJ VERB OBJ ." with the verb's lemma.
func transitive(subj, verb, lemma, obj string) []nlp.Token {
	toks, _ := sentence(
		tok{subj, subj, "PROPN", 2, "nsubj"},
		tok{verb, lemma, "VERB", 0, "root"},
		tok{obj, obj, "PROPN", 2, "obj"},
		tok{".", ".", "PUNCT", 2, "punct"},
	)
	return toks
}

// countryAt is the mention of a bare country at token i.
func countryAt(i int, code string) actor.Mention {
	return actor.Mention{Start: i, End: i + 1, Code: code, Name: code, Country: code, Kind: actor.Country}
}

func TestCandidatesPredicateAndPath(t *testing.T) {
	toks, _ := sentence(
		tok{"France", "France", "PROPN", 2, "nsubj"},
		tok{"talked", "talk", "VERB", 0, "root"},
		tok{"with", "with", "ADP", 4, "case"},
		tok{"Germany", "Germany", "PROPN", 2, "obl"},
	)
	ms := []actor.Mention{countryAt(0, "FRA"), countryAt(3, "DEU")}
	got := map[string]bool{}
	for _, c := range candidates(newParsed(toks), ms) {
		got[strings.Join([]string{ms[c.Source].Code, target(ms, c), toks[c.Pred].Lemma, c.Path}, " ")] = true
	}
	for _, want := range []string{
		"FRA DEU talk nsubj<|>obl/with",
		"DEU FRA talk obl/with<|>nsubj",
		"FRA - talk nsubj<|",
		"DEU - talk obl/with<|",
	} {
		if !got[want] {
			t.Errorf("no candidate %q; got %v", want, got)
		}
	}
	if len(got) != 4 {
		t.Errorf("%d candidates, want 4: %v", len(got), got)
	}
}

func target(ms []actor.Mention, c Candidate) string {
	if c.Target < 0 {
		return "-"
	}
	return ms[c.Target].Code
}

// trainTiny trains on hand-parsed sentences: condemning is 111, meeting
// 040, praising nothing annotated.
func trainTiny() *Model {
	pairs := [][2]string{{"FRA", "DEU"}, {"USA", "RUS"}, {"CHN", "JPN"}, {"GBR", "IRN"}, {"IND", "PAK"},
		{"BRA", "ARG"}, {"EGY", "ISR"}, {"KOR", "PRK"}, {"TUR", "GRC"}, {"CAN", "MEX"}}
	var sents []Sentence
	for _, p := range pairs {
		ms := []actor.Mention{countryAt(0, p[0]), countryAt(2, p[1])}
		sents = append(sents,
			Sentence{transitive(p[0], "condemned", "condemn", p[1]), ms, []string{p[0] + " " + p[1] + " 111"}},
			Sentence{transitive(p[0], "met", "meet", p[1]), ms, []string{p[0] + " " + p[1] + " 040"}},
			Sentence{transitive(p[0], "praised", "praise", p[1]), ms, nil},
		)
	}
	lex := Lexicon{"condemn": {"11"}, "meet": {"04"}}
	return Train(sents, lex, DefaultEpochs)
}

func TestTrainedModelCodesUnseenActors(t *testing.T) {
	m := trainTiny()
	ms := []actor.Mention{countryAt(0, "ITA"), countryAt(2, "ESP")}
	for _, tc := range []struct{ verb, lemma, code string }{{"condemned", "condemn", "111"}, {"met", "meet", "040"}} {
		ps := m.Propose(transitive("ITA", tc.verb, tc.lemma, "ESP"), ms, 0)
		if len(ps) == 0 {
			t.Fatalf("ITA %s ESP: no proposal", tc.verb)
		}
		p := ps[0]
		if p.Code != tc.code || ms[p.Source].Code != "ITA" || target(ms, p.Candidate) != "ESP" || p.Margin <= 0 {
			t.Errorf("ITA %s ESP: best %s %s %s margin %.2f, want ITA ESP %s", tc.verb, ms[p.Source].Code, target(ms, p.Candidate), p.Code, p.Margin, tc.code)
		}
	}
	if ps := m.Propose(transitive("ITA", "praised", "praise", "ESP"), ms, 0); len(ps) != 0 {
		t.Errorf("ITA praised ESP: %d proposals, want none (best %s)", len(ps), ps[0].Code)
	}
}

func TestModelRoundTrip(t *testing.T) {
	m := trainTiny()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	r, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	ms := []actor.Mention{countryAt(0, "ITA"), countryAt(2, "ESP")}
	toks := transitive("ITA", "condemned", "condemn", "ESP")
	a, b := m.Propose(toks, ms, 0), r.Propose(toks, ms, 0)
	if len(a) == 0 || len(a) != len(b) || a[0].Code != b[0].Code || a[0].Path != b[0].Path {
		t.Fatalf("read back: %v, written: %v", b, a)
	}
	if d := a[0].Margin - b[0].Margin; d > 0.1*a[0].Margin || d < -0.1*a[0].Margin {
		t.Errorf("margin %.3f read back as %.3f", a[0].Margin, b[0].Margin)
	}
	if got := r.lex["condemn"]; len(got) != 1 || got[0] != "11" {
		t.Errorf("lexicon read back: condemn %v, want [11]", got)
	}
	var again bytes.Buffer
	trainTiny().WriteTo(&again)
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("two trainings on the same data wrote different models")
	}
}

func TestReadModelErrors(t *testing.T) {
	for _, in := range []string{"", "something else\n", modelMagic + "\ncodes x\n", modelMagic + "\ncodes 1\nonly-two\tfields\n"} {
		if _, err := ReadModel(strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), "event model: ") {
			t.Errorf("ReadModel(%q): error %v, want one naming the event model and line", in, err)
		}
	}
}

func TestReadLexicon(t *testing.T) {
	lex, err := ReadLexicon(strings.NewReader(`# comment
@say say tell
@noun criticism criticize
criticize|criticise      111
  * + plan 112
slam/slammed/slammed/slamming 111
  * door on talks 125   # a comment
  * door ---
lash
  * out at + 111
`))
	if err != nil {
		t.Fatal(err)
	}
	for lemma, want := range map[string]string{
		"criticize": "11", "criticise": "11", "criticism": "11", "slam": "11 12", "lash": "11", "say": "say", "tell": "say",
		"criticize +": "11", "slam door": "12", "lash out": "11", "slam +": "",
	} {
		if got := strings.Join(lex[lemma], " "); got != want {
			t.Errorf("%s: roots %q, want %q", lemma, got, want)
		}
	}
	if _, err := ReadLexicon(strings.NewReader("@noun criticism\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("bad @noun: error %v, want one naming line 1", err)
	}
}

func TestBackoffCodesOnlyUncodedSentences(t *testing.T) {
	dict := actor.New()
	for _, c := range []actor.CountryInfo{
		{Code: "ITA", Name: "Italy", Names: []string{"Italy"}},
		{Code: "ESP", Name: "Spain", Names: []string{"Spain"}},
	} {
		if err := dict.AddCountry(c); err != nil {
			t.Fatal(err)
		}
	}
	m := trainTiny()
	m.Actors, m.MinMargin = dict, DefaultMargin
	t0, s0 := sentence(tok{"Italy", "Italy", "PROPN", 2, "nsubj"}, tok{"condemned", "condemn", "VERB", 0, "root"}, tok{"Spain", "Spain", "PROPN", 2, "obj"})
	t1, s1 := sentence(tok{"Spain", "Spain", "PROPN", 2, "nsubj"}, tok{"condemned", "condemn", "VERB", 0, "root"}, tok{"Italy", "Italy", "PROPN", 2, "obj"})
	text := s0 + " " + s1
	for i := range t1 {
		t1[i].Start += len(s0) + 1
		t1[i].End += len(s0) + 1
	}
	doc := &nlp.Doc{Text: text, Sentences: []nlp.Sentence{{Start: 0, End: len(s0), Tokens: t0}, {Start: len(s0) + 1, End: len(text), Tokens: t1}}}
	a := &article.Article{ID: "a1", Source: "test", Text: text, Published: time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC)}
	coded := []event.Event{{EventCode: "111", Evidence: []event.Evidence{{Sentence: 0}}}}
	evs := m.Backoff(a, doc, coded)
	if len(evs) != 1 {
		t.Fatalf("%d events, want 1 (sentence 1 only): %v", len(evs), evs)
	}
	e := evs[0]
	ev := e.Evidence[0]
	if e.Actor1.Code != "ESP" || e.Actor2 == nil || e.Actor2.Code != "ITA" || e.EventCode != "111" || ev.Sentence != 1 {
		t.Errorf("got %s %v %s in sentence %d, want ESP ITA 111 in sentence 1", e.Actor1.Code, e.Actor2, e.EventCode, ev.Sentence)
	}
	if ev.Text != s1 || text[ev.Verb.Start:ev.Verb.End] != "condemned" || e.Actor1.Text != "Spain" || e.Date != "2019-05-01" {
		t.Errorf("evidence %q verb %v actor %q date %s", ev.Text, ev.Verb, e.Actor1.Text, e.Date)
	}
	if !strings.HasPrefix(ev.Rule, "model 11 margin ") || !strings.Contains(ev.Rule, "predicate condemn, path nsubj<|>obj") {
		t.Errorf("rule %q", ev.Rule)
	}
	if len(m.Backoff(a, doc, append(coded, event.Event{Evidence: []event.Evidence{{Sentence: 1}}}))) != 0 {
		t.Error("events in sentences the rules coded")
	}
}

func TestDefaultModelLoads(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.Actors == nil || m.p.Classes() != nClass || len(m.codes) == 0 {
		t.Errorf("default model: actors %v, %d classes, %d codes", m.Actors != nil, m.p.Classes(), len(m.codes))
	}
	if got := m.lex["condemn"]; len(got) == 0 || got[0] != "11" {
		t.Errorf("default lexicon: condemn %v, want 11 first", got)
	}
}

// fixedRules codes one fixed event in sentence 0.
type fixedRules struct{}

func (fixedRules) Code(a *article.Article, doc *nlp.Doc) []event.Event {
	return []event.Event{{EventCode: "042", Actor1: &event.Actor{Code: "ITA"}, Evidence: []event.Evidence{{Sentence: 0}}}}
}

func TestWithBackoffAddsModelEventsAfterTheRules(t *testing.T) {
	dict := actor.New()
	for _, c := range []actor.CountryInfo{{Code: "ITA", Name: "Italy", Names: []string{"Italy"}}, {Code: "ESP", Name: "Spain", Names: []string{"Spain"}}} {
		if err := dict.AddCountry(c); err != nil {
			t.Fatal(err)
		}
	}
	m := trainTiny()
	m.Actors, m.MinMargin = dict, DefaultMargin
	t0, s0 := sentence(tok{"Italy", "Italy", "PROPN", 2, "nsubj"}, tok{"met", "meet", "VERB", 0, "root"}, tok{"Spain", "Spain", "PROPN", 2, "obj"})
	doc := &nlp.Doc{Text: s0, Sentences: []nlp.Sentence{{Start: 0, End: len(s0), Tokens: t0}}}
	a := &article.Article{ID: "a2", Text: s0}
	if evs := WithBackoff(fixedRules{}, m).Code(a, doc); len(evs) != 1 || evs[0].EventCode != "042" {
		t.Errorf("sentence the rules coded: %d events, want the rules' one", len(evs))
	}
	doc.Sentences = append(doc.Sentences, nlp.Sentence{Start: 0, End: len(s0), Tokens: t0})
	evs := WithBackoff(fixedRules{}, m).Code(a, doc)
	if len(evs) != 2 || evs[1].EventCode != "040" || evs[1].Evidence[0].Sentence != 1 {
		t.Errorf("got %d events, want the rules' then the model's 040 in sentence 1", len(evs))
		for _, e := range evs[1:] {
			t.Logf("%s %s", e.EventCode, e.Evidence[0].Rule)
		}
	}
}

func TestBackoffFoundTakesTheGivenActorsAndSkipsUnparsedSentences(t *testing.T) {
	m := trainTiny() // no Actors: BackoffFound must not need them
	m.MinMargin = DefaultMargin
	t0, s0 := sentence(tok{"Italy", "Italy", "PROPN", 2, "nsubj"}, tok{"condemned", "condemn", "VERB", 0, "root"}, tok{"Spain", "Spain", "PROPN", 2, "obj"})
	unparsed := []nlp.Token{{Start: 0, End: 5, Form: "Italy"}, {Start: 6, End: 15, Form: "condemned"}, {Start: 16, End: 21, Form: "Spain"}}
	doc := &nlp.Doc{Text: s0, Sentences: []nlp.Sentence{{Start: 0, End: len(s0), Tokens: t0}, {Start: 0, End: len(s0), Tokens: unparsed}}}
	ms := []actor.Mention{countryAt(0, "ITA"), countryAt(2, "ESP")}
	evs := m.BackoffFound(&article.Article{ID: "a3", Text: s0}, doc, [][]actor.Mention{ms, ms}, nil)
	if len(evs) != 1 || evs[0].Evidence[0].Sentence != 0 || evs[0].EventCode != "111" {
		t.Fatalf("got %d events, want ITA ESP 111 in the parsed sentence only", len(evs))
	}
}

func TestSelectPrefersActsWithTargetsAndDropsRepeats(t *testing.T) {
	ms := []actor.Mention{countryAt(0, "FRA"), {Start: 1, End: 2, Code: "FRAGOV", Country: "FRA"}, countryAt(2, "DEU"), countryAt(3, "ITA")}
	ps := []Proposal{
		{Candidate: Candidate{Source: 0, Target: -1}, Root: "11", Margin: 9}, // FRA alone: FRA has a 11 toward DEU
		{Candidate: Candidate{Source: 0, Target: 2}, Root: "11", Margin: 5},
		{Candidate: Candidate{Source: 1, Target: 2}, Root: "11", Margin: 4}, // the same country pair and root again
		{Candidate: Candidate{Source: 3, Target: -1}, Root: "04", Margin: 3},
		{Candidate: Candidate{Source: 3, Target: 2}, Root: "19", Margin: 2}, // past the two a sentence keeps
	}
	got := Select(ps, ms)
	if len(got) != 2 || got[0].Source != 0 || got[0].Target != 2 || got[1].Source != 3 || got[1].Root != "04" {
		t.Errorf("Select kept %+v, want FRA DEU 11 then ITA - 04", got)
	}
}

func TestReadLexiconFileReadsTheDictionaryAtPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "verbs.txt")
	if err := os.WriteFile(path, []byte("criticize 111\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lex, err := ReadLexiconFile(path)
	if err != nil || len(lex) != 1 || !slices.Equal(lex["criticize"], []string{"11"}) {
		t.Errorf("ReadLexiconFile: %v, %v; want criticize → [11]", lex, err)
	}
	if _, err := ReadLexiconFile(filepath.Join(t.TempDir(), "none.txt")); err == nil || !strings.Contains(err.Error(), "none.txt") {
		t.Errorf("missing file: error %v, want one naming it", err)
	}
}
