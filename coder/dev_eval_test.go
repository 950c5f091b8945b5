//go:build eval

package coder

import (
	"testing"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/internal/goldset"
	"github.com/annalist/annalist/internal/shared"
	"github.com/annalist/annalist/nlp"
)

// devMinSentences is the size the development set was built to; fewer
// means the file was cut or misread.
const devMinSentences = 150

// devMoreMinSentences is the size the second development set was built to
// (every sentence 1 to 9 of the 24 articles it keeps).
const devMoreMinSentences = 213

// TestWikinewsDev codes the articles of the development set,
// eval/dev/wikinews_2019.tsv, as TestWikinewsGold codes the gold set's,
// and logs each sentence where the coder and the annotation differ
// together with precision, recall and F1 at both levels. It has no quality
// bar: the set is for error analysis and tuning. It fails only when the
// file cannot be read, is short, or names a sentence its article does not
// have.
func TestWikinewsDev(t *testing.T) {
	scoreDevSet(t, "dev", "../eval/dev/wikinews_2019.tsv", devMinSentences)
}

// TestWikinewsDevMore scores the second development set,
// eval/dev/wikinews_2019_more.tsv, as TestWikinewsDev scores the first:
// annotated before the coder was run on it, it shows whether what was
// tuned on the first set generalises. It has no quality bar either.
func TestWikinewsDevMore(t *testing.T) {
	scoreDevSet(t, "dev more", "../eval/dev/wikinews_2019_more.tsv", devMoreMinSentences)
}

// scoreDevSet reads the development set at path, fails when it has fewer
// than minSentences sentences, codes its articles, and logs, under name, the
// sentences where coder and annotation differ and the scores at both
// levels.
func scoreDevSet(t *testing.T, name, path string, minSentences int) {
	t.Helper()
	dev, err := goldset.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(dev) < minSentences {
		t.Errorf("%s: development set has %d sentences, want at least %d", path, len(dev), minSentences)
	}
	predicted, articles := codeWikinews(t, dev)
	country, full := scoreSentences(t, dev, predicted)
	t.Logf("%s: %d sentences of %d articles; %d annotated events, %d coded", name, len(dev), articles, country.Gold, country.Pred)
	logScores(t, country, full)
}

// codeWikinews parses and codes, whole, each Wikinews article that has a
// sentence in set, and returns the events of every sentence as "SOURCE
// TARGET CODE" ("-" for no target) with the number of articles coded. A
// sentence index past the end of its article, or an article missing from
// the CSV, is an error.
func codeWikinews(t *testing.T, set map[goldset.Key][]string) (map[goldset.Key][]string, int) {
	t.Helper()
	return codeArticles(t, set, shared.Wikinews(t), "the Wikinews CSV")
}

// codeArticles parses and codes, whole, each of articles whose ID has a
// sentence in set (so that pronouns and dates see their context), and
// returns the events of every sentence as "SOURCE TARGET CODE" ("-" for no
// target) with the number of articles coded. A sentence index past the end
// of its article, or an ID that no article has, is an error naming from,
// the collection the articles were read from.
func codeArticles(t *testing.T, set map[goldset.Key][]string, articles []*article.Article, from string) (map[goldset.Key][]string, int) {
	t.Helper()
	p, err := nlp.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]int{} // article ID → annotated sentence indexes
	for k := range set {
		want[k.URL] = append(want[k.URL], k.Sentence)
	}
	predicted := map[goldset.Key][]string{}
	coded := 0
	for _, a := range articles {
		idx, ok := want[a.ID]
		if !ok {
			continue
		}
		delete(want, a.ID)
		doc := p.Parse(a.Text)
		for _, e := range Default().Code(a, doc) {
			k := goldset.Key{URL: a.ID, Sentence: e.Evidence[0].Sentence}
			predicted[k] = append(predicted[k], goldset.Triple(e))
		}
		for _, si := range idx {
			if si < 0 || si >= len(doc.Sentences) {
				t.Errorf("%s: sentence %d annotated, but the text has %d sentences", a.ID, si, len(doc.Sentences))
			}
		}
		coded++
	}
	for id := range want {
		t.Errorf("%s: annotated, but not an article of %s", id, from)
	}
	return predicted, coded
}

// scoreSentences scores predicted against the annotated events of set at
// the level of (source country, target country, root code) and of the full
// (source, target, code) triple, and logs, in URL order, each sentence
// whose country-level events differ.
func scoreSentences(t *testing.T, set, predicted map[goldset.Key][]string) (country, full goldset.Score) {
	t.Helper()
	return goldset.ScoreSets(set, predicted, func(k goldset.Key, got, want []string) {
		t.Logf("%s #%d\n\tgot  %v\n\twant %v", k.URL, k.Sentence, got, want)
	})
}

// logScores logs precision, recall and F1 at both levels.
func logScores(t *testing.T, country, full goldset.Score) {
	t.Helper()
	cp, cr, cf := country.PRF()
	fp, fr, ff := full.PRF()
	t.Logf("(source country, target country, root): precision %.3f recall %.3f F1 %.3f", cp, cr, cf)
	t.Logf("(source, target, code):                 precision %.3f recall %.3f F1 %.3f", fp, fr, ff)
}
