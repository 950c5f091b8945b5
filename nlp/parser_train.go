package nlp

import (
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"time"
)

// ParserOptions controls TrainParser.
type ParserOptions struct {
	Epochs  int     // passes over the training set (default 15)
	Seed    uint64  // shuffling and exploration; the same seed gives the same model
	Explore float64 // probability of following a wrong prediction after the second epoch (default 0.9)
	MinHits int     // prune move features updated fewer times than this, over all Models (default 2 per model)
	// LabelMinHits prunes label features updated fewer times (default 2:
	// label weights are scarcer, and pruning them at 4 cost 1.3 LAS on
	// EWT dev for a single model).
	LabelMinHits int
	// Relabel adds a relabeller (see Parser.relabel). Off by default: on
	// EWT dev it left LAS where it was (80.61 against 80.73 after 9 epochs).
	Relabel bool
	// Models is the number of parsers trained (from different seeds, in
	// parallel) and summed into one (default 1).
	Models int
	// Context adds the move features of contextFeatures (on EWT dev
	// they gained 0.3 UAS and LAS for five parsers; the embedded model
	// has them). Off by default, for older recipes.
	Context  bool
	Progress io.Writer
	// Dev, when set, is parsed after every epoch and its scores printed
	// to Progress. Its tokens must carry the tags the parser will see.
	Dev []GoldSentence
}

// TrainParser trains a parser on sentences whose tokens carry the tags and
// lemmas the parser will see at run time (predicted ones, ideally) and
// gold Head and Rel. Training follows Goldberg & Nivre's (2012) dynamic
// oracle with exploration: after the second epoch the parser mostly
// follows its own (possibly wrong) moves and learns the best move from
// the configurations its mistakes lead to. Non-projective trees are
// projectivised by lifting.
func TrainParser(train []GoldSentence, opt ParserOptions) (*Parser, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 15
	}
	if opt.Explore == 0 {
		opt.Explore = 0.9
	}
	models := max(opt.Models, 1)
	if opt.MinHits == 0 {
		opt.MinHits = 2 * models
	}
	if opt.LabelMinHits == 0 {
		opt.LabelMinHits = 2
	}
	if opt.Progress == nil {
		opt.Progress = io.Discard
	}
	base, gold, err := newParserFor(train)
	if err != nil {
		return nil, err
	}
	if opt.Context {
		base.amb[contextMark] = 1
	}
	// Parsers trained from different seeds err differently; summing
	// their weights sums their scores at every move, an ensemble that
	// costs nothing at parse time beyond a larger table.
	parts := trainMembers(models, opt.Seed, func(k int, seed uint64) *Parser {
		o := opt
		o.Seed = seed
		if k > 0 {
			o.Dev, o.Progress = nil, io.Discard
		}
		return base.trainCopy(train, gold, o)
	})
	p := parts[0]
	for _, q := range parts[1:] {
		p.moves.Add(q.moves)
		p.labeller.Add(q.labeller)
		if p.relabeller != nil {
			p.relabeller.Add(q.relabeller)
		}
	}
	dm := p.moves.Prune(opt.MinHits, 1e-3)
	dl := p.labeller.Prune(opt.LabelMinHits, 1e-3)
	fmt.Fprintf(opt.Progress, "parser: pruned %d move and %d label features, kept %d and %d\n",
		dm, dl, p.moves.Features(), p.labeller.Features())
	if p.relabeller != nil {
		dr := p.relabeller.Prune(opt.LabelMinHits, 1e-3)
		fmt.Fprintf(opt.Progress, "parser: pruned %d relabel features, kept %d\n", dr, p.relabeller.Features())
	}
	return p, nil
}

// trainCopy trains a parser with base's labels and ambiguity classes and
// fresh weights, returning it with averaged, unpruned weights.
func (base *Parser) trainCopy(train []GoldSentence, gold [][]int32, opt ParserOptions) *Parser {
	p := &Parser{labels: base.labels, rootLabel: base.rootLabel, amb: base.amb, extended: base.extended,
		moves: NewPerceptron(numMoves), labeller: NewPerceptron(len(base.labels))}
	if opt.Relabel {
		p.relabeller = NewPerceptron(len(p.labels))
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	sc := p.newScratch()
	for epoch := range opt.Epochs {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := 0.0
		if epoch >= 2 {
			explore = opt.Explore
		}
		var right, total int
		for _, i := range order {
			r, t := p.trainSentence(train[i].Tokens, gold[i], sc, rng, explore)
			right += r
			total += t
		}
		fmt.Fprintf(opt.Progress, "parser epoch %d: %.2f%% moves right, %d+%d features, %s",
			epoch+1, 100*float64(right)/float64(max(total, 1)), p.moves.Features(), p.labeller.Features(),
			time.Since(start).Round(time.Millisecond))
		if len(opt.Dev) > 0 {
			avg := &Parser{labels: p.labels, rootLabel: p.rootLabel, amb: p.amb, extended: p.extended, moves: averagedCopy(p.moves), labeller: averagedCopy(p.labeller)}
			if p.relabeller != nil {
				avg.relabeller = averagedCopy(p.relabeller)
			}
			s := ScoreParser(avg, opt.Dev)
			fmt.Fprintf(opt.Progress, "; dev UAS %.2f LAS %.2f", s.UAS, s.LAS)
		}
		fmt.Fprintln(opt.Progress)
	}
	p.moves.Average()
	p.labeller.Average()
	if p.relabeller != nil {
		p.relabeller.Average()
	}
	return p
}

// newParserFor collects the label set of train and the (projectivised)
// gold heads of every sentence, with the root at n+1.
func newParserFor(train []GoldSentence) (*Parser, [][]int32, error) {
	seen := map[string]bool{"root": true}
	for _, s := range train {
		for _, t := range s.Tokens {
			seen[t.Rel] = true
		}
	}
	labels := make([]string, 0, len(seen))
	for l := range seen {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	p := &Parser{labels: labels, moves: NewPerceptron(numMoves), labeller: NewPerceptron(len(labels)), amb: ambiguityClasses(train), extended: true}
	for i, l := range labels {
		if l == "root" {
			p.rootLabel = int32(i)
		}
	}
	gold := make([][]int32, len(train))
	for i, s := range train {
		g, err := goldHeads(s)
		if err != nil {
			return nil, nil, err
		}
		projectivise(g)
		gold[i] = g
	}
	return p, gold, nil
}

// goldHeads returns the heads of s indexed 1..n with the root as n+1,
// checking that they form a tree.
func goldHeads(s GoldSentence) ([]int32, error) {
	n := len(s.Tokens)
	g := make([]int32, n+2)
	g[0], g[n+1] = none, none
	for i, t := range s.Tokens {
		if t.Head < 0 || t.Head > n || t.Head == i+1 {
			return nil, fmt.Errorf("sentence %s word %d: head %d out of range 0..%d", s.ID, i+1, t.Head, n)
		}
		if t.Head == 0 {
			g[i+1] = int32(n + 1)
		} else {
			g[i+1] = int32(t.Head)
		}
	}
	for i := 1; i <= n; i++ {
		k, steps := int32(i), 0
		for k != int32(n+1) {
			k = g[k]
			if steps++; steps > n {
				return nil, fmt.Errorf("sentence %s word %d: heads form a cycle", s.ID, i)
			}
		}
	}
	return g, nil
}

// projectivise lifts non-projective arcs (attaching the dependent to its
// head's head, shortest arc first) until the tree is projective. g is
// indexed 1..n with the root at n+1, as goldHeads returns it.
func projectivise(g []int32) {
	n := int32(len(g) - 2)
	for {
		best, bestLen := int32(none), int32(1<<30)
		for d := int32(1); d <= n; d++ {
			hd := g[d]
			lo, hi := min(hd, d), max(hd, d)
			if hi-lo < bestLen && !projectiveArc(g, hd, lo, hi) {
				best, bestLen = d, hi-lo
			}
		}
		if best == none {
			return
		}
		g[best] = g[g[best]]
	}
}

// projectiveArc reports whether every word strictly between lo and hi is
// dominated by hd.
func projectiveArc(g []int32, hd, lo, hi int32) bool {
	root := int32(len(g) - 1)
	for k := lo + 1; k < hi; k++ {
		a := k
		for a != hd && a != root {
			a = g[a]
		}
		if a != hd {
			return false
		}
	}
	return true
}

// trainSentence runs the oracle over one sentence, updating both
// perceptrons, and returns the number of moves predicted right and made.
func (p *Parser) trainSentence(toks []Token, gold []int32, sc *parseScratch, rng *rand.Rand, explore float64) (right, total int) {
	n := len(toks)
	sc.a.reset(toks, p.amb)
	st := &sc.st
	st.reset(n)
	var costs [numMoves]int
	for !st.terminal() {
		pred := p.scoreMoves(sc)
		scores := sc.scores[:numMoves]
		minCost := 1 << 30
		for m := range numMoves {
			costs[m] = 1 << 30
			if st.valid(m) {
				costs[m] = st.cost(m, gold)
				minCost = min(minCost, costs[m])
			}
		}
		best := -1
		for m := range numMoves {
			if costs[m] == minCost && (best < 0 || scores[m] > scores[best]) {
				best = m
			}
		}
		p.moves.Update(sc.feats, best, pred)
		total++
		next := best
		if costs[pred] == minCost {
			right++
			next = pred
		} else if rng.Float64() < explore {
			next = pred
		}
		st.apply(next, p.trainLabel(sc, next, gold, toks, rng, explore))
	}
	if p.relabeller != nil {
		p.trainRelabel(sc, gold, toks)
	}
	return right, total
}

// trainLabel labels the arc of move m, learning from it when it is a gold
// arc, and returns the label to build on (mostly the predicted one once
// exploring, so later features see the labeller's real mistakes).
func (p *Parser) trainLabel(sc *parseScratch, m int, gold []int32, toks []Token, rng *rand.Rand, explore float64) int32 {
	if m != moveLeft && m != moveRight {
		return none
	}
	hd, dp := sc.st.arcHeadDep(m)
	if hd == sc.st.root() {
		return p.rootLabel
	}
	pred := p.predictLabel(sc, hd, dp)
	if gold[dp] != hd {
		return pred
	}
	want := p.labelIndex(toks[dp-1].Rel)
	p.labeller.Update(sc.feats, int(want), int(pred))
	if pred != want && rng.Float64() >= explore {
		return want
	}
	return pred
}

func (p *Parser) labelIndex(rel string) int32 {
	i := sort.SearchStrings(p.labels, rel)
	if i < len(p.labels) && p.labels[i] == rel {
		return int32(i)
	}
	return none
}

// averagedCopy returns the averaged weights of a perceptron in training
// without disturbing its training state, for scoring dev mid-training.
func averagedCopy(p *Perceptron) *Perceptron {
	c := *p
	c.w = make([]float32, len(p.w))
	copy(c.w, p.w)
	if p.clock > 0 && p.u != nil {
		inv := 1 / p.clock
		for i, u := range p.u {
			c.w[i] -= float32(u * inv)
		}
	}
	c.u, c.hits = nil, nil
	c.index = newFeatureIndex(len(p.keys))
	for r, k := range p.keys {
		c.index.put(k, int32(r))
	}
	return &c
}

// Ambiguity classes: a word seen at least ambCount times gets the set of
// tags it carries at least ambShare of the time.
const (
	ambCount = 3
	ambShare = 0.05
)

// ambiguityClasses returns the ambiguity class of every frequent word of
// train, keyed by formKey.
func ambiguityClasses(train []GoldSentence) map[uint64]uint64 {
	type tagCount struct {
		tag uint64
		n   int
	}
	counts := map[uint64][]tagCount{}
	for _, s := range train {
		for _, t := range s.Tokens {
			w, tag := formKey(t.Form), Feature(0).Str(t.UPOS).Str(t.XPOS).Key()
			c := counts[w]
			i := 0
			for i < len(c) && c[i].tag != tag {
				i++
			}
			if i == len(c) {
				c = append(c, tagCount{tag: tag})
			}
			c[i].n++
			counts[w] = c
		}
	}
	amb := make(map[uint64]uint64, len(counts))
	for w, c := range counts {
		total := 0
		for _, tc := range c {
			total += tc.n
		}
		if total < ambCount {
			continue
		}
		sort.Slice(c, func(i, j int) bool { return c[i].tag < c[j].tag })
		k := Feature(1)
		for _, tc := range c {
			if float64(tc.n) >= ambShare*float64(total) {
				k = k.Int(int(tc.tag))
			}
		}
		amb[w] = k.Key()
	}
	return amb
}
