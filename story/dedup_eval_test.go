//go:build eval

package story

import (
	"fmt"
	"math"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// benchmark is the labelled near-duplicate benchmark: every Reuters-21578
// story with a body and every Wikinews 2019 article, and five perturbed
// copies of each (see perturbations), in a shuffled order.
type benchmark struct {
	docs  []doc // originals first, then copies; Origin points at an original
	order []int // the order in which docs are indexed
	group []int // of each original: originals of one group may be one story
}

// sameStoryGroups groups the originals that may be the same story told
// twice, by evidence independent of the detector under test: titles that
// share half their words, or bodies that share a run of twelve words.
// Reuters re-issues stories (corrections, updates, new headlines), so only
// originals of different groups are labelled different stories.
func sameStoryGroups(orig []doc) []int {
	parent := make([]int, len(orig))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) { parent[find(a)] = find(b) }
	runs := map[string]int{}
	titles := map[string][]int{}
	for i, d := range orig {
		ws := words(d.Body)
		for k := 0; k+12 <= len(ws); k++ {
			key := strings.Join(ws[k:k+12], " ")
			if j, ok := runs[key]; ok {
				union(i, j)
			} else {
				runs[key] = i
			}
		}
		tw := titleWords(d.Title)
		for _, w := range tw {
			titles[w] = append(titles[w], i)
		}
	}
	// Titles sharing half their words: compare through the rarer words.
	for i, d := range orig {
		tw := titleWords(d.Title)
		seen := map[int]int{}
		for _, w := range tw {
			if len(titles[w]) > 200 {
				continue
			}
			for _, j := range titles[w] {
				if j < i {
					seen[j]++
				}
			}
		}
		for j := range seen {
			if n := len(tw) + len(titleWords(orig[j].Title)) - len(titleWords(d.Title+" "+orig[j].Title)); 2*n >= min(len(tw), len(titleWords(orig[j].Title))) {
				union(i, j)
			}
		}
	}
	g := make([]int, len(orig))
	for i := range g {
		g[i] = find(i)
	}
	return g
}

// titleWords returns a title's distinct words, without its ticker and
// update prefix.
func titleWords(title string) []string {
	title = tickerRe.ReplaceAllString(prefixRe.ReplaceAllString(title, ""), " ")
	ws := words(title)
	slices.Sort(ws)
	return slices.Compact(ws)
}

func newBenchmark(tb testing.TB) *benchmark {
	orig := append(loadReuters(tb), loadWikinews(tb)...)
	for i := range orig {
		orig[i].Origin = i
	}
	b := &benchmark{docs: append(orig, perturbed(orig, 1987)...)}
	b.order = rand.New(rand.NewPCG(21578, 2)).Perm(len(b.docs))
	b.group = sameStoryGroups(orig)
	return b
}

var (
	tickerRe = regexp.MustCompile(`<[^>]+>`)
	prefixRe = regexp.MustCompile(`^(UPDATE \d+-|REFILE-|CORRECTED-|CORRECTED - )`)
)

// label says whether two originals are different stories. Reuters
// re-issues a story (corrections, updates, repeats) under the same title
// or company ticker; such pairs may be true copies, so they count neither
// way. Pairs of one original's copies are the positives.
func (b *benchmark) label(x, y int) (positive, labelled bool) {
	ox, oy := b.docs[x].Origin, b.docs[y].Origin
	if ox == oy {
		return true, true
	}
	if b.group[ox] == b.group[oy] {
		return false, false
	}
	return false, true
}

// point is one threshold of the curve.
type point struct {
	threshold, precision, recall, siblingRecall float64
	tp, fp, fn                                  int
	byKind                                      map[string]int // originals found, by kind of copy
}

// run indexes the benchmark and returns the curve over thresholds, with
// the scores of the false positives at the highest threshold for a look.
func (b *benchmark) run(thresholds []float64) ([]point, []string) {
	x := NewIndex(IndexOptions{MinScore: thresholds[0]})
	type pair struct{ x, y int }
	scores := map[pair]float64{}
	for _, i := range b.order {
		d := &b.docs[i]
		for _, m := range x.Add(d.ID, d.text()) {
			j := b.order[m.Doc]
			scores[pair{min(i, j), max(i, j)}] = m.Score
		}
	}
	nOrig := 0
	for i := range b.docs {
		if b.docs[i].Origin == i {
			nOrig++
		}
	}
	var curve []point
	var worst []string
	for _, t := range thresholds {
		p := point{threshold: t}
		origFound, sibFound, sibs := 0, 0, 0
		p.byKind = map[string]int{}
		for pr, s := range scores {
			if s < t {
				continue
			}
			pos, ok := b.label(pr.x, pr.y)
			switch {
			case !ok:
			case pos:
				p.tp++
				if pr.x == b.docs[pr.x].Origin || pr.y == b.docs[pr.y].Origin {
					origFound++
					p.byKind[b.docs[pr.x].Kind+b.docs[pr.y].Kind]++
				} else {
					sibFound++
				}
			default:
				p.fp++
				if math.Abs(t-DefaultNearDuplicate) < 1e-9 {
					ox, oy := b.docs[pr.x].Origin, b.docs[pr.y].Origin
					worst = append(worst, fmt.Sprintf("%.2f %s %q / %s %q", s, b.docs[pr.x].Kind, b.docs[ox].Title, b.docs[pr.y].Kind, b.docs[oy].Title))
				}
			}
		}
		copies := len(b.docs) - nOrig
		sibs = nOrig * len(perturbations) * (len(perturbations) - 1) / 2
		p.fn = copies - origFound
		p.precision = float64(p.tp) / float64(max(p.tp+p.fp, 1))
		p.recall = float64(origFound) / float64(copies)
		p.siblingRecall = float64(sibFound) / float64(sibs)
		curve = append(curve, p)
	}
	return curve, worst
}

// TestNearDuplicateBars checks the near-copy detector at the default
// threshold against the bars (precision ≥ 0.99, recall ≥ 0.95) and logs
// the curve over thresholds and the recall per perturbation.
func TestNearDuplicateBars(t *testing.T) {
	b := newBenchmark(t)
	var thresholds []float64
	for th := 0.20; th < 0.86; th += 0.05 {
		thresholds = append(thresholds, th)
	}
	curve, worst := b.run(thresholds)
	t.Logf("%d documents (%d originals with 5 perturbed copies each)", len(b.docs), len(b.docs)/6)
	t.Logf("threshold precision recall sibling_recall tp fp")
	var at *point
	for i, p := range curve {
		t.Logf("%.2f %.4f %.4f %.4f %d %d", p.threshold, p.precision, p.recall, p.siblingRecall, p.tp, p.fp)
		if diff := p.threshold - DefaultNearDuplicate; diff > -0.001 && diff < 0.001 {
			at = &curve[i]
		}
	}
	for _, w := range worst[:min(len(worst), 10)] {
		t.Logf("false positive: %s", w)
	}
	if at != nil {
		for _, p := range perturbations {
			t.Logf("recall of %s copies: %.4f", p.name, float64(at.byKind[p.name])/float64(len(b.docs)/6))
		}
	}
	if at == nil {
		t.Fatalf("default threshold %.2f not on the curve", DefaultNearDuplicate)
	}
	if at.precision < 0.99 {
		t.Errorf("precision %.4f at threshold %.2f, want ≥ 0.99", at.precision, at.threshold)
	}
	if at.recall < 0.95 {
		t.Errorf("recall %.4f at threshold %.2f, want ≥ 0.95", at.recall, at.threshold)
	}
}

// TestRecallByPerturbation logs, for each kind of copy, the share found
// as a near copy of its original by the pairwise score at the default
// threshold, so a weak spot shows.
func TestRecallByPerturbation(t *testing.T) {
	orig := loadWikinews(t)
	reut := loadReuters(t)
	orig = append(orig, reut[:2000]...)
	copies := perturbed(orig, 7)
	x := NewIndex(IndexOptions{MinScore: 0.01})
	for _, d := range orig {
		x.Add(d.ID, d.text())
	}
	found := map[string]int{}
	total := map[string]int{}
	for _, c := range copies {
		total[c.Kind]++
		for _, m := range x.Add(c.ID, c.text()) {
			if m.ID == orig[c.Origin].ID && m.Near {
				found[c.Kind]++
				break
			}
		}
	}
	for _, p := range perturbations {
		t.Logf("%-12s recall %.4f (%d of %d)", p.name, float64(found[p.name])/float64(total[p.name]), found[p.name], total[p.name])
		if float64(found[p.name]) < 0.9*float64(total[p.name]) {
			t.Errorf("%s: recall %.4f, want ≥ 0.9", p.name, float64(found[p.name])/float64(total[p.name]))
		}
	}
}
