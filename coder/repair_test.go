package coder

import (
	"slices"
	"testing"
	"time"

	"github.com/annalist/annalist/article"
)

// TestRepairTree mends the parser's slips kept in testdata/repairs.conllu
// (one sentence an article) and checks the arcs it sets, that the
// caller's tokens are left as they were, and the events coded.
func TestRepairTree(t *testing.T) {
	checkParsedCases(t, "testdata/repairs.conllu", time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC), []parsedCase{
		{"subject after an opening phrase, hung from it as a list item",
			[]string{"Kenyatta nsubj criticized", "Kenya obl criticized"},
			[]string{"KENGOV KENOPP 111"}},
		{"sentence-opening Following read as a participle",
			[]string{"Following case talks", "talks obl announced", "Macron nsubj announced"},
			[]string{"FRAGOV CHNGOV 040"}},
		{"a name tagged as an auxiliary",
			[]string{"Boeing nsubj criticized"},
			[]string{"USABUS USAGOV 111"}},
		{"main verb read as a participle of its object",
			[]string{"imposed root -", "States nsubj imposed", "sanctions obj imposed", "accusing advcl imposed"},
			[]string{"USA IRN 1121", "USA IRN 163"}},
		{"reported clause's subject read as the object",
			[]string{"gunman nsubj left"},
			nil}, // an unnamed gunman leaving is no event
		{"main verb after a subject's aside, the subject at the root",
			[]string{"imposed root -", "Union nsubj imposed", "sanctions obj imposed", "Belarus obl imposed", "citing advcl imposed"},
			[]string{"IGOEUREEC BLR 163"}},
		{"the aside's noun made the main verb's subject",
			[]string{"cases obj citing", "Nations nsubj condemned", "citing advcl condemned"},
			[]string{"IGOUNO SYR 111"}},
		{"a clause before 'and I said' is not what is said",
			[]string{"ask root -", "said conj ask"},
			nil},
		{"a plural noun read as the verb, the verb as its complement",
			[]string{"hit root -", "strikes nsubj hit", "Houthi compound strikes", "drone compound strikes"},
			[]string{"YEMREB SAU 190"}}, // a group compounded with an act of force is its author
		{"a participle between a possessive and its noun",
			[]string{"plant obl agreed", "threatened amod plant", "company nmod:poss plant"},
			nil},
		{"an infinitive hung from a noun as an adverbial clause",
			[]string{"meet acl plans"},
			nil},
		{"a gerund after a subordinator read as a compound of its object",
			[]string{"expressing advcl said", "While mark expressing", "regret obj expressing"},
			[]string{"IDNELI GBR 110"}}, // Suharto (out of office by 2019) regrets Britain's decision
	})
}

// arcOf gives the first token with the form word as "word rel head-word"
// ("-" for the root's head).
func arcOf(s *sentence, word string) string {
	for i, tk := range s.toks {
		if tk.Form != word {
			continue
		}
		head := "-"
		if h := s.head[i]; h >= 0 {
			head = s.toks[h].Form
		}
		return word + " " + tk.Rel + " " + head
	}
	return word + " missing"
}

// TestRepairLeavesSoundParses checks that the parses of
// testdata/trees.conllu pass through untouched, but for the one written
// with a slip the repair mends ("Japan" hung from the opening phrase as
// an apposition).
func TestRepairLeavesSoundParses(t *testing.T) {
	c := Default()
	date := time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC)
	var changed []string
	for _, doc := range treeDocs(t) {
		for _, sent := range doc.Sentences {
			s := newSentence(c.verbs, sent.Tokens, c.actors.Find(sent.Tokens, date), date.Year())
			if s.repaired {
				changed = append(changed, doc.Text[sent.Start:sent.End])
			}
		}
	}
	want := []string{"In response to a statement from the Chinese foreign ministry, Japan recalled its ambassador."}
	if !slices.Equal(changed, want) {
		t.Errorf("repaired %q, want %q", changed, want)
	}
}

// textArticleOn is an article with text published on date.
func textArticleOn(text string, date time.Time) *article.Article {
	return &article.Article{ID: "t", Text: text, Published: date}
}
