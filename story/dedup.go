package story

import (
	"math"
	"slices"
	"sync"
)

// Near-copy detection compares the sets of word pairs (shingles) of two
// texts by their overlap coefficient, |A∩B| / min(|A|,|B|): the share of
// the shorter text's pairs found in the other. Unlike Jaccard similarity,
// it stays high when one copy is a truncation of the other or carries an
// added paragraph or boilerplate, which are the commonest re-edits of wire
// copy. Candidates are found through an inverted index of a consistent
// sample of the pairs (those whose hash is divisible by Options.Sample), so
// the sample of a truncated copy is a subset of the sample of the whole,
// which banded MinHash signatures do not guarantee. Pairs so common that
// their postings pass Options.MaxPostings (boilerplate such as "said the")
// stop being indexed: they would only add candidates that fail anyway.

// Default thresholds, tuned on perturbed copies of Reuters-21578 and
// Wikinews articles against different stories on the same topic (see
// eval_test.go and the curve it logs).
const (
	DefaultNearDuplicate = 0.45
	DefaultSample        = 2
	DefaultMaxPostings   = 64
	// minPairs is the smallest denominator of the overlap score: a text of
	// a few words found inside a long one is not thereby its copy.
	minPairs = 12
	// minRatio is the smallest share of the longer text's pairs that the
	// shorter may hold and still count as a whole copy rather than a
	// quotation: a copy truncated to 30% of the whole is still a copy.
	minRatio = 0.3
	// minLists is how many postings lists a lookup walks at least, long
	// or not; maxPostings is the length at which a list stops growing (a
	// pair in that many texts says nothing about any of them).
	minLists    = 8
	maxPostings = 4096
)

// IndexOptions tune an Index. Zero values take the defaults.
type IndexOptions struct {
	Threshold   float64 // score at or above which texts are near copies (DefaultNearDuplicate)
	MinScore    float64 // lowest score Add reports (default: Threshold)
	Sample      uint32  // index one word pair in Sample (DefaultSample)
	MaxPostings int     // walk longer postings only to reach a few lists (DefaultMaxPostings)
}

func (o IndexOptions) withDefaults() IndexOptions {
	if o.Threshold <= 0 {
		o.Threshold = DefaultNearDuplicate
	}
	if o.MinScore <= 0 || o.MinScore > o.Threshold {
		o.MinScore = min(o.Threshold, max(o.MinScore, 0))
		if o.MinScore == 0 {
			o.MinScore = o.Threshold
		}
	}
	if o.Sample == 0 {
		o.Sample = DefaultSample
	}
	if o.MaxPostings <= 0 {
		o.MaxPostings = DefaultMaxPostings
	}
	return o
}

// Match is an earlier text that resembles the one added.
type Match struct {
	Doc   int     // the earlier text's number (order of Add, from 0)
	ID    string  // its ID
	Score float64 // overlap coefficient of the word pairs, 0..1
	Exact bool    // same words in the same order
	Near  bool    // Exact, or Score at or above the threshold
}

// Index holds texts and finds, for each new one, the earlier texts that
// are its copies. It is not safe for concurrent use.
type Index struct {
	opt      IndexOptions
	ids      []string
	sets     [][]uint32
	exact    map[uint64]int32
	postings map[uint32][]int32
	full     map[uint32]bool // pairs whose postings reached maxPostings
	df       pairCounts      // texts holding each pair
	logN     float64         // log(texts indexed + 1)
	sampled  []int32         // size of each text's sample
	count    []uint16        // scratch: shared sampled pairs per earlier text
	touched  []int32         // scratch: texts whose count is set
	lists    [][]int32       // scratch: postings lists of a lookup
}

// NewIndex returns an empty index.
func NewIndex(opt IndexOptions) *Index {
	return &Index{
		opt:      opt.withDefaults(),
		exact:    map[uint64]int32{},
		postings: map[uint32][]int32{},
		full:     map[uint32]bool{},
	}
}

// Len returns how many texts the index holds.
func (x *Index) Len() int { return len(x.ids) }

// Add indexes text under id and returns the earlier texts that score at
// least MinScore against it, best first (an exact copy first of all).
func (x *Index) Add(id, text string) []Match {
	ws := words(text)
	set := shingles(ws)
	doc := int32(len(x.ids))
	x.ids = append(x.ids, id)
	x.sets = append(x.sets, set)
	x.count = append(x.count, 0)
	x.logN = math.Log(float64(len(x.ids) + 1))
	for _, h := range set {
		x.df.add(h)
	}
	var out []Match
	exact := int32(-1)
	if key := exactKeyOf(ws); key != 0 {
		if prev, ok := x.exact[key]; ok {
			exact = prev
			out = append(out, Match{Doc: int(prev), ID: x.ids[prev], Score: 1, Exact: true, Near: true})
		} else {
			x.exact[key] = doc
		}
	}
	sample := x.sample(set)
	x.sampled = append(x.sampled, int32(len(sample)))
	walked := x.walk(sample)
	for _, d := range x.touched {
		n := x.count[d]
		x.count[d] = 0
		if int(n) < x.need(len(sample), int(x.sampled[d]), walked) || d == exact {
			continue
		}
		s := x.score(set, x.sets[d])
		if s >= x.opt.MinScore {
			out = append(out, Match{Doc: int(d), ID: x.ids[d], Score: s, Near: s >= x.opt.Threshold})
		}
	}
	x.touched = x.touched[:0]
	x.post(doc, sample)
	slices.SortFunc(out, func(a, b Match) int {
		switch {
		case a.Exact != b.Exact:
			if a.Exact {
				return -1
			}
			return 1
		case a.Score != b.Score:
			if a.Score > b.Score {
				return -1
			}
			return 1
		}
		return a.Doc - b.Doc
	})
	return out
}

// walk counts, for each earlier text, the sampled pairs it shares with
// sample, through the postings: all the short lists, and the longer ones
// from the shortest up until minLists lists were walked, so that a text
// made only of common pairs (a dividend notice) still finds its copies
// while common pairs are not walked for every text. It returns how many
// lists it walked.
func (x *Index) walk(sample []uint32) int {
	lists := x.lists[:0]
	for _, h := range sample {
		if p := x.postings[h]; len(p) > 0 {
			lists = append(lists, p)
		}
	}
	slices.SortFunc(lists, func(a, b []int32) int { return len(a) - len(b) })
	walked := 0
	for _, p := range lists {
		if len(p) > x.opt.MaxPostings && walked >= minLists {
			break
		}
		walked++
		for _, d := range p {
			if x.count[d] == 0 {
				x.touched = append(x.touched, d)
			}
			x.count[d]++
		}
	}
	x.lists = lists[:0]
	return walked
}

// need is how many sampled pairs two texts must share to be scored: a
// fifth of the smaller sample and at least two, but no more than a third
// of the lists walked. Copies with one word in three replaced keep about
// half their pairs, so this only skips texts that could not reach the
// threshold.
func (x *Index) need(a, b, walked int) int {
	return min(max(2, min(a, b)/5), walked/3+1)
}

// post adds doc to the postings of its sampled pairs.
func (x *Index) post(doc int32, sample []uint32) {
	for _, h := range sample {
		if x.full[h] {
			continue
		}
		p := append(x.postings[h], doc)
		if len(p) >= maxPostings {
			x.full[h] = true
			delete(x.postings, h)
			continue
		}
		x.postings[h] = p
	}
}

// weight is a pair's inverse document frequency among the other texts
// indexed (self is how many of the two texts being compared hold it), so
// that pairs that templates share ("cts vs", "sets quarterly") weigh
// little and names and figures much. Between two texts alone every pair
// weighs the same.
func (x *Index) weight(h uint32, self int) float64 {
	df := max(x.df.get(h)-self, 0)
	return x.logN - logTable()[df]
}

// logTable holds log(df+1) for every pair frequency the index counts:
// the logarithm is the costliest part of scoring a candidate.
var logTable = sync.OnceValue(func() []float64 {
	t := make([]float64, 1<<16)
	for i := range t {
		t[i] = math.Log(float64(i + 1))
	}
	return t
})

// score is the weighted overlap coefficient of two sets of pairs. It is
// scaled down for a text of fewer than minPairs pairs and for a text less
// than minRatio the length of the other, so that a few words or a quoted
// paragraph found inside a long text do not make a copy.
func (x *Index) score(a, b []uint32) float64 {
	shared, totalA, totalB := 0.0, 0.0, 0.0
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || (i < len(a) && a[i] < b[j]):
			totalA += x.weight(a[i], 1)
			i++
		case i == len(a) || b[j] < a[i]:
			totalB += x.weight(b[j], 1)
			j++
		default:
			w := x.weight(a[i], 2)
			shared += w
			totalA += w
			totalB += w
			i++
			j++
		}
	}
	d := min(totalA, totalB)
	if d <= 0 {
		return 0
	}
	s := shared / d
	small, large := min(len(a), len(b)), max(len(a), len(b))
	if small < minPairs {
		s *= float64(small) / minPairs
	}
	if ratio := float64(small) / float64(large); ratio < minRatio {
		s *= ratio / minRatio
	}
	return min(s, 1)
}

// sample returns the pairs of set that the index posts and looks up.
// Texts too short to leave a few pairs after sampling use them all: the
// pairs two texts can share through the index are then still the sampled
// pairs of the longer one, so the sample stays consistent.
func (x *Index) sample(set []uint32) []uint32 {
	if len(set) < 4*int(x.opt.Sample) {
		return set
	}
	out := make([]uint32, 0, len(set)/int(x.opt.Sample)+1)
	for _, h := range set {
		if h%x.opt.Sample == 0 {
			out = append(out, h)
		}
	}
	return out
}

// Similarity returns the near-copy score of two texts as an index
// holding only them would compute it. Within a larger index the weights of
// the word pairs come from all its texts.
func Similarity(a, b string) float64 {
	x := NewIndex(IndexOptions{MinScore: 1e-9})
	x.Add("a", a)
	if m := x.Add("b", b); len(m) > 0 {
		return m[0].Score
	}
	return 0
}

func exactKeyOf(ws []string) uint64 {
	if len(ws) == 0 {
		return 0
	}
	return exactKeyWords(ws)
}
