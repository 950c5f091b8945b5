//go:build eval

package learn_test

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/internal/goldset"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/learn"
	"github.com/annalist/annalist/learn/internal/corpus"
)

// cvFolds is the number of cross-validation folds.
const cvFolds = 5

// cvMargins are the margins over "none" the backoff is scored at.
var cvMargins = []float32{-4, 0, 4, 8, 12}

// cvSets are the annotation files the model trains on: the development
// sets and the training sets; LEARN_SETS (comma-separated globs) adds more.
func cvSets(t *testing.T) []string {
	globs := []string{"../eval/dev/*.tsv", "../eval/train/*.tsv"}
	if extra := os.Getenv("LEARN_SETS"); extra != "" {
		globs = append(globs, strings.Split(extra, ",")...)
	}
	var files []string
	for _, g := range globs {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	return files
}

// TestCrossValidation scores, by 5-fold cross-validation over stories
// (one story never split across folds), the rules alone, the model alone
// and the rules with the model as backoff in the sentences they leave
// uncoded, at the country level, at several margins. It logs figures and
// has no bar.
func TestCrossValidation(t *testing.T) {
	arts, err := corpus.Load(shared.MustPath(t), cvSets(t))
	if err != nil {
		t.Fatal(err)
	}
	set := map[goldset.Key][]string{}
	fileOf := map[string]string{}
	for _, a := range arts {
		for si, evs := range a.Annotated {
			set[goldset.Key{URL: a.Article.ID, Sentence: si}] = evs
			fileOf[a.Article.ID] = a.File
		}
	}
	perFile := corpus.PerFile(arts)
	for _, f := range slices.Sorted(maps.Keys(perFile)) {
		t.Logf("training data %s: %d sentences, %d events", f, perFile[f].Sentences, perFile[f].Events)
	}
	lex, err := learn.ReadLexiconFile("../coder/verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	rules := make([][]event.Event, len(arts))
	for i, a := range arts {
		rules[i] = coder.Default().Code(a.Article, a.Doc)
	}
	type tally struct{ alone, backoff map[goldset.Key][]string }
	byMargin := make([]tally, len(cvMargins))
	for i := range byMargin {
		byMargin[i] = tally{map[goldset.Key][]string{}, map[goldset.Key][]string{}}
	}
	for fold := range cvFolds {
		var train []learn.Sentence
		for i, a := range arts {
			if i%cvFolds != fold {
				train = append(train, a.Training()...)
			}
		}
		m := learn.Train(train, lex, learn.DefaultEpochs)
		m.Actors = coder.Default().Actors()
		for i, a := range arts {
			if i%cvFolds != fold {
				continue
			}
			for j, margin := range cvMargins {
				m.MinMargin = margin
				collect(byMargin[j].alone, a.Annotated, m.Backoff(a.Article, a.Doc, nil))
				collect(byMargin[j].backoff, a.Annotated, append(m.Backoff(a.Article, a.Doc, rules[i]), rules[i]...))
			}
		}
	}
	ruled := map[goldset.Key][]string{}
	for i, a := range arts {
		collect(ruled, a.Annotated, rules[i])
	}
	for _, part := range []string{"all", "Reuters dev", "Reuters train", "Wikinews dev"} {
		sub := subset(set, fileOf, part)
		logScore(t, part+" (a) rules", sub, ruled)
		for j, margin := range cvMargins {
			m := "margin " + ftoa(margin)
			if margin == learn.DefaultMargin {
				m += " (the model's)" // the lines make eval prints
			}
			logScore(t, part+" (b) model, "+m, sub, byMargin[j].alone)
			logScore(t, part+" (c) rules+model, "+m, sub, byMargin[j].backoff)
		}
	}
	for j, margin := range cvMargins {
		if margin == learn.DefaultMargin {
			logRoots(t, "model alone, margin "+ftoa(margin)+", by root", set, byMargin[j].alone)
		}
	}
}

// logRoots logs, for each root the model codes, how many events it coded
// and how many of them are annotated (country level), so that the roots
// it codes well stand apart from those it guesses.
func logRoots(t *testing.T, name string, set, predicted map[goldset.Key][]string) {
	coded, right := map[string]int{}, map[string]int{}
	for k, evs := range predicted {
		gold := map[string]bool{}
		for _, g := range set[k] {
			gold[goldset.CountryLevel(g)] = true
		}
		seen := map[string]bool{}
		for _, e := range evs {
			c := goldset.CountryLevel(e)
			if seen[c] {
				continue
			}
			seen[c] = true
			root := strings.Fields(c)[2]
			coded[root]++
			if gold[c] {
				right[root]++
			}
		}
	}
	var b strings.Builder
	for _, r := range slices.Sorted(maps.Keys(coded)) {
		fmt.Fprintf(&b, " %s %d/%d", r, right[r], coded[r])
	}
	t.Logf("%s (right/coded):%s", name, b.String())
}

// collect adds to predicted the events of annotated sentences, as triples.
func collect(predicted map[goldset.Key][]string, annotated map[int][]string, evs []event.Event) {
	for _, e := range evs {
		si := e.Evidence[0].Sentence
		if _, ok := annotated[si]; ok {
			k := goldset.Key{URL: e.Evidence[0].Article, Sentence: si}
			predicted[k] = append(predicted[k], goldset.Triple(e))
		}
	}
}

// subset keeps the sentences of part: "all", or the Reuters stories of
// the development sets (the rules were tuned on them), of the training
// sets (the rules never saw them), or the Wikinews development articles.
func subset(set map[goldset.Key][]string, fileOf map[string]string, part string) map[goldset.Key][]string {
	out := map[goldset.Key][]string{}
	for k, v := range set {
		f := fileOf[k.URL]
		var in bool
		switch part {
		case "all":
			in = true
		case "Reuters dev":
			in = strings.HasPrefix(f, "dev/reuters")
		case "Reuters train":
			in = !strings.HasPrefix(f, "dev/")
		case "Wikinews dev":
			in = strings.HasPrefix(f, "dev/wikinews")
		}
		if in {
			out[k] = v
		}
	}
	return out
}

func logScore(t *testing.T, name string, set, predicted map[goldset.Key][]string) {
	c, _ := goldset.ScoreSets(set, predicted, nil)
	p, r, f := c.PRF()
	t.Logf("%-42s P %.3f R %.3f F1 %.3f (%d annotated, %d coded, %d right)", name, p, r, f, c.Gold, c.Pred, c.TP)
}

func ftoa(f float32) string { return strconv.FormatFloat(float64(f), 'g', -1, 32) }
