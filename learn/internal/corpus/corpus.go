// Package corpus reads the annotated sets the event model trains and is
// evaluated on, with the text, parse and actor mentions of every article
// they annotate: Reuters-21578 stories (never NEWID 18001 and up, the
// held-out range) and Wikinews articles of the development sets.
package corpus

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/coder"
	"github.com/annalist/annalist/internal/goldset"
	"github.com/annalist/annalist/internal/reuters"
	"github.com/annalist/annalist/learn"
	"github.com/annalist/annalist/nlp"
)

// heldOutNewID is the first Reuters NEWID of the held-out set.
const heldOutNewID = 18001

// Article is one annotated article, parsed, with its mentions.
type Article struct {
	Article   *article.Article
	Doc       *nlp.Doc
	Mentions  [][]actor.Mention // per sentence, as the coder's dictionary finds them
	Annotated map[int][]string  // sentence index → annotated events ("SOURCE TARGET CODE")
	File      string            // the first annotation file naming it, with its directory: "dev/reuters21578_a.tsv"
	Files     map[int]string    // sentence index → the file annotating it (a story's lede and body may be in two)
}

// Load reads the annotation files, refusing held-out ones, and returns
// their articles in ID order, parsed, with their mentions. dataDir is the
// shared data directory (news/reuters21578, news/wikinews).
func Load(dataDir string, files []string) ([]Article, error) {
	annotated := map[string]map[int][]string{}
	fileOf := map[string]string{}               // article → the first file naming it
	sentenceFile := map[string]map[int]string{} // article → sentence → its file
	for _, f := range files {
		if strings.Contains(f, "eval/gold") || strings.Contains(f, "eval/heldout") {
			return nil, fmt.Errorf("%s: a held-out set, never trained or evaluated on here", f)
		}
		set, err := goldset.Read(f)
		if err != nil {
			return nil, err
		}
		for k, evs := range set {
			if err := allowed(k.URL); err != nil {
				return nil, fmt.Errorf("%s: %v", f, err)
			}
			if annotated[k.URL] == nil {
				annotated[k.URL] = map[int][]string{}
			}
			if _, dup := annotated[k.URL][k.Sentence]; dup {
				return nil, fmt.Errorf("%s: %s #%d is annotated in %s too", f, k.URL, k.Sentence, sentenceFile[k.URL][k.Sentence])
			}
			annotated[k.URL][k.Sentence] = evs
			if fileOf[k.URL] == "" {
				fileOf[k.URL], sentenceFile[k.URL] = Name(f), map[int]string{}
			}
			sentenceFile[k.URL][k.Sentence] = Name(f)
		}
	}
	arts, err := reutersArticles(filepath.Join(dataDir, "news", "reuters21578"), annotated)
	if err != nil {
		return nil, err
	}
	wn, err := wikinewsArticles(filepath.Join(dataDir, "news", "wikinews", "wikinews_2019.csv"), annotated)
	if err != nil {
		return nil, err
	}
	arts = append(arts, wn...)
	found := map[string]bool{}
	for _, a := range arts {
		found[a.ID] = true
	}
	for id := range annotated {
		if !found[id] {
			return nil, fmt.Errorf("%s (%s): annotated, but no such article", id, fileOf[id])
		}
	}
	slices.SortFunc(arts, func(a, b *article.Article) int { return strings.Compare(a.ID, b.ID) })
	p, err := nlp.LoadDefault()
	if err != nil {
		return nil, err
	}
	dict := coder.Default().Actors()
	out := make([]Article, 0, len(arts))
	for _, a := range arts {
		doc := p.Parse(a.Text)
		for si := range annotated[a.ID] {
			if si < 0 || si >= len(doc.Sentences) {
				return nil, fmt.Errorf("%s (%s): sentence %d annotated, but the text has %d", a.ID, fileOf[a.ID], si, len(doc.Sentences))
			}
		}
		out = append(out, Article{Article: a, Doc: doc, Mentions: dict.FindEach(doc, a.Published), Annotated: annotated[a.ID], File: fileOf[a.ID], Files: sentenceFile[a.ID]})
	}
	return out, nil
}

// Tally is how many annotated sentences and events a file gives.
type Tally struct{ Sentences, Events int }

// PerFile tallies the annotated sentences and events of arts by the
// annotation file of each sentence (Article.Files).
func PerFile(arts []Article) map[string]Tally {
	out := map[string]Tally{}
	for _, a := range arts {
		for si, evs := range a.Annotated {
			n := out[a.Files[si]]
			n.Sentences++
			n.Events += len(evs)
			out[a.Files[si]] = n
		}
	}
	return out
}

// Name is how Article.File names an annotation file: its directory and
// base name ("dev/reuters21578_a.tsv").
func Name(path string) string {
	return filepath.Join(filepath.Base(filepath.Dir(path)), filepath.Base(path))
}

// allowed refuses a Reuters story of the held-out range.
func allowed(id string) error {
	n, ok := strings.CutPrefix(id, "reuters-")
	if !ok {
		return nil
	}
	v, err := strconv.Atoi(n)
	if err != nil {
		return fmt.Errorf("%s: not a Reuters NEWID", id)
	}
	if v >= heldOutNewID {
		return fmt.Errorf("%s: NEWID %d is held out (%d and up)", id, v, heldOutNewID)
	}
	return nil
}

// reutersArticles reads the stories wanted names as `annalist code`
// reads internal/reuters/jsonl's output (reuters.Articles), so sentence
// indexes are the annotators'.
func reutersArticles(dir string, wanted map[string]map[int][]string) ([]*article.Article, error) {
	need := false
	for id := range wanted {
		need = need || strings.HasPrefix(id, "reuters-")
	}
	if !need {
		return nil, nil
	}
	stories, err := reuters.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	return reuters.Articles(stories, func(id string) bool { return wanted[id] != nil })
}

// wikinewsArticles reads, of the Wikinews CSV, only the articles wanted
// names (the development sets'); no other article is kept.
func wikinewsArticles(path string, wanted map[string]map[int][]string) ([]*article.Article, error) {
	need := false
	for id := range wanted {
		need = need || !strings.HasPrefix(id, "reuters-")
	}
	if !need {
		return nil, nil
	}
	return readAll([]string{path}, nil, func(a *article.Article) bool {
		a.ID = a.URL
		return wanted[a.ID] != nil
	})
}

// readAll reads articles, keeping those keep accepts (all when nil).
func readAll(paths []string, stdin io.Reader, keep func(*article.Article) bool) ([]*article.Article, error) {
	var out []*article.Article
	for a, err := range article.Read(paths, stdin, article.Options{}) {
		if err != nil {
			return nil, err
		}
		if keep == nil || keep(a) {
			out = append(out, a)
		}
	}
	return out, nil
}

// Training returns the annotated sentences of a for training, in sentence
// order.
func (a Article) Training() []learn.Sentence {
	idx := make([]int, 0, len(a.Annotated))
	for si := range a.Annotated {
		idx = append(idx, si)
	}
	slices.Sort(idx)
	out := make([]learn.Sentence, len(idx))
	for i, si := range idx {
		out[i] = learn.Sentence{Tokens: a.Doc.Sentences[si].Tokens, Mentions: a.Mentions[si], Events: a.Annotated[si]}
	}
	return out
}
