//go:build eval

package coder

import (
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/internal/goldset"
	"github.com/annalist/annalist/internal/reuters"
	"github.com/annalist/annalist/internal/shared"
)

// reutersDevFiles matches the Reuters-21578 development sets: each file
// annotates its own range of stories, and together they are one set.
const reutersDevFiles = "../eval/dev/reuters21578_*.tsv"

// reutersDevMinSentences is the least a Reuters development file holds:
// each was built from about fifty stories, three sentences each. Fewer
// means the file was cut or misread.
const reutersDevMinSentences = 120

// TestReutersDev codes the Reuters-21578 stories of the development sets
// eval/dev/reuters21578_*.tsv as `annalist code` codes the JSON Lines that
// internal/reuters/jsonl writes, and logs the sentences where the coder
// and the annotation differ with precision, recall and F1 at both levels,
// for every file and for all of them as one set. It has no quality bar:
// the sets are for error analysis and tuning. It fails when the
// collection or a file is missing or short, when two files annotate the
// same sentence, or when a file names a story or sentence that does not
// exist.
func TestReutersDev(t *testing.T) {
	all, files := readSetFiles(t, reutersDevFiles)
	paths := slices.Sorted(maps.Keys(files))
	for _, path := range paths {
		if n := len(files[path]); n < reutersDevMinSentences {
			t.Errorf("%s: development set has %d sentences, want at least %d", path, n, reutersDevMinSentences)
		}
	}
	predicted, stories := codeArticles(t, all, reutersArticles(t, all), "Reuters-21578")
	// The files annotate disjoint sentences, so the whole set's tallies
	// are the sums of the files'.
	var country, full goldset.Score
	for _, path := range paths {
		set, name := files[path], filepath.Base(path)
		t.Logf("%s:", name)
		c, f := scoreSentences(t, set, predicted)
		t.Logf("%s: %d sentences of %d stories; %d annotated events, %d coded", name, len(set), storyCount(set), c.Gold, c.Pred)
		logScores(t, c, f)
		country.Merge(c)
		full.Merge(f)
	}
	t.Logf("all Reuters development sets: %d sentences of %d stories; %d annotated events, %d coded", len(all), stories, country.Gold, country.Pred)
	logScores(t, country, full)
}

// readSetFiles reads every annotation file that pattern matches and
// returns their sentences together and by file. It fails when none
// matches, and when two files annotate the same sentence.
func readSetFiles(t *testing.T, pattern string) (all map[goldset.Key][]string, files map[string]map[goldset.Key][]string) {
	t.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatalf("no annotation file matches %s", pattern)
	}
	all, files = map[goldset.Key][]string{}, map[string]map[goldset.Key][]string{}
	for _, path := range paths {
		set, err := goldset.Read(path)
		if err != nil {
			t.Fatal(err)
		}
		for k, evs := range set {
			if _, dup := all[k]; dup {
				t.Errorf("%s: %s #%d is annotated in another file too", path, k.URL, k.Sentence)
			}
			all[k] = evs
		}
		files[path] = set
	}
	return all, files
}

// reutersArticles reads the Reuters-21578 collection and returns, for each
// story that set annotates, the article that reading its line of
// internal/reuters/jsonl's output gives: the same record (id
// "reuters-NEWID", source, title, text, published day) read through
// article.Read as `annalist code` reads a JSON Lines file.
func reutersArticles(t *testing.T, set map[goldset.Key][]string) []*article.Article {
	t.Helper()
	stories, err := reuters.ReadDir(shared.MustPath(t, "news", "reuters21578"))
	if err != nil {
		t.Fatal(err)
	}
	wanted := map[string]bool{}
	for k := range set {
		wanted[k.URL] = true
	}
	out, err := reuters.Articles(stories, func(id string) bool { return wanted[id] })
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// storyCount is the number of distinct stories set annotates.
func storyCount(set map[goldset.Key][]string) int {
	ids := map[string]bool{}
	for k := range set {
		ids[k.URL] = true
	}
	return len(ids)
}
