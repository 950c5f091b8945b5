package nlp

import (
	"cmp"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sync"
)

// Tagger assigns part-of-speech tags: a Universal POS tag (UPOS) and a
// Penn Treebank tag (XPOS) to every token. It is a greedy left-to-right
// averaged perceptron (see Perceptron) whose classes are the UPOS+XPOS
// pairs of the training data, so the two tags always agree. Frequent words
// that almost always carry one tag are tagged from a dictionary without
// scoring.
//
// A Tagger is safe for concurrent use.
type Tagger struct {
	classes []tagPair
	dict    map[string]int    // form → class for frequent unambiguous words
	amb     map[uint64]uint64 // hash of a lowercased form → hash of the set of classes it takes
	model   *Perceptron
	second  *Perceptron // the second pass, if any (see TrainOptions.TwoPass)
	scratch sync.Pool   // *tagScratch
}

type tagPair struct{ UPOS, XPOS string }

// TrainOptions controls training.
type TrainOptions struct {
	Epochs   int       // passes over the data; 0 means 10
	Seed     uint64    // seeds the shuffling of the sentences between epochs
	Progress io.Writer // if not nil, receives a line per epoch
	// TwoPass adds a second left-to-right pass that also sees the tags the
	// first pass gave the words to the right.
	TwoPass bool
	// Models is the number of taggers trained (from different seeds, in
	// parallel) and summed into one (default 1); see trainTaggerEnsemble.
	Models int
}

func (o TrainOptions) epochs() int {
	if o.Epochs <= 0 {
		return 10
	}
	return o.Epochs
}

// Tag-dictionary thresholds: a form goes into the dictionary when it was
// seen at least dictMinCount times in training, with one class at least
// dictMinShare of the time.
const (
	dictMinCount = 20
	dictMinShare = 0.97
)

// tagScratch holds the buffers of one Tag call, reused through a pool so
// tagging does not allocate.
type tagScratch struct {
	first  []int // first-pass classes
	ws     []wordInfo
	feats  []uint64
	scores []float32
}

// TrainTagger trains a tagger on gold sentences.
func TrainTagger(train []GoldSentence, opt TrainOptions) *Tagger {
	if opt.Models > 1 {
		return trainTaggerEnsemble(train, opt)
	}
	t := &Tagger{dict: map[string]int{}}
	classOf := t.collectClasses(train)
	t.model = NewPerceptron(len(t.classes))

	gold := make([][]int, len(train))
	for s, sent := range train {
		gold[s] = make([]int, len(sent.Tokens))
		for i, tok := range sent.Tokens {
			gold[s][i] = classOf[tagPair{tok.UPOS, tok.XPOS}]
		}
	}
	t.buildDict(train, gold)
	t.buildAmb(train, gold)

	t.train(t.model, train, gold, nil, opt)
	if opt.TwoPass && len(train) >= 2 {
		first := t.heldOutTags(train, classOf, opt)
		t.second = NewPerceptron(len(t.classes))
		t.train(t.second, train, gold, first, opt)
	}
	return t
}

// trainTaggerEnsemble trains opt.Models taggers whose sentence orders
// differ and sums their weights, pass by pass: the sum scores as the
// ensemble voting with its scores, at the speed of one tagger. Their
// classes, dictionaries and ambiguity classes depend on train alone, so
// they agree.
func trainTaggerEnsemble(train []GoldSentence, opt TrainOptions) *Tagger {
	parts := trainMembers(opt.Models, opt.Seed, func(k int, seed uint64) *Tagger {
		o := opt
		o.Models, o.Seed = 1, seed
		if k > 0 {
			o.Progress = nil
		}
		return TrainTagger(train, o)
	})
	t := parts[0]
	for _, q := range parts[1:] {
		t.model.Add(q.model)
		if t.second != nil {
			t.second.Add(q.second)
		}
	}
	return t
}

// train runs the perceptron epochs of one pass: the first pass when first
// is nil, else the second, which also sees first[s], the first pass's
// tags of sentence s.
func (t *Tagger) train(m *Perceptron, train []GoldSentence, gold, first [][]int, opt TrainOptions) {
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7a6))
	sc := t.newScratch()
	for epoch := range opt.epochs() {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, s := range order {
			toks := train[s].Tokens
			sc.describe(t, toks)
			p1, p2 := -1, -1
			for i := range toks {
				guess := sc.ws[i+2].dict
				if guess < 0 {
					sc.feats = appendFeatures(sc.feats[:0], sc.ws, i, p1, p2)
					if first != nil {
						sc.feats = appendSecondPassFeatures(sc.feats, sc.ws, first[s], i, p1)
					}
					guess = t.predict(m, sc)
					m.Update(sc.feats, gold[s][i], guess)
				}
				if guess == gold[s][i] {
					correct++
				}
				total++
				p1, p2 = guess, p1
			}
		}
		if opt.Progress != nil {
			fmt.Fprintf(opt.Progress, "tagger epoch %d: %.2f%% of %d training tokens right, %d features\n",
				epoch+1, 100*float64(correct)/float64(max(total, 1)), total, m.Features())
		}
	}
	m.Average()
}

// heldOutTags returns first-pass tags of the training sentences as a
// tagger that never saw them would give them (each half tagged by a
// one-pass tagger trained on the other half), in t's class numbers: the
// second pass must learn how far to trust tags as wrong as at run time.
func (t *Tagger) heldOutTags(train []GoldSentence, classOf map[tagPair]int, opt TrainOptions) [][]int {
	first := make([][]int, len(train))
	var wg sync.WaitGroup
	for half := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var rest []GoldSentence
			for i := range train {
				if i%2 != half {
					rest = append(rest, train[i])
				}
			}
			o := opt
			o.TwoPass, o.Progress, o.Seed = false, nil, opt.Seed+uint64(half)+1
			h := TrainTagger(rest, o)
			sc := h.newScratch()
			for s := half; s < len(train); s += 2 {
				cls := h.tagClasses(sc, train[s].Tokens)
				first[s] = make([]int, len(cls))
				for i, c := range cls {
					first[s][i] = classOf[h.classes[c]]
				}
			}
		}()
	}
	wg.Wait()
	return first
}

// tagClasses runs the first pass over toks and returns its classes (in
// sc.first, reused).
func (t *Tagger) tagClasses(sc *tagScratch, toks []Token) []int {
	sc.describe(t, toks)
	sc.first = sc.first[:0]
	p1, p2 := -1, -1
	for i := range toks {
		c := sc.ws[i+2].dict
		if c < 0 {
			sc.feats = appendFeatures(sc.feats[:0], sc.ws, i, p1, p2)
			c = t.predict(t.model, sc)
		}
		sc.first = append(sc.first, c)
		p1, p2 = c, p1
	}
	return sc.first
}

// collectClasses numbers the UPOS+XPOS pairs of the training data, most
// frequent first (ties by name, so the numbering is deterministic).
func (t *Tagger) collectClasses(train []GoldSentence) map[tagPair]int {
	count := map[tagPair]int{}
	for _, s := range train {
		for _, tok := range s.Tokens {
			count[tagPair{tok.UPOS, tok.XPOS}]++
		}
	}
	t.classes = t.classes[:0]
	for p := range count {
		t.classes = append(t.classes, p)
	}
	slices.SortFunc(t.classes, func(a, b tagPair) int {
		if d := count[b] - count[a]; d != 0 {
			return d
		}
		return cmp.Or(cmp.Compare(a.UPOS, b.UPOS), cmp.Compare(a.XPOS, b.XPOS))
	})
	classOf := make(map[tagPair]int, len(t.classes))
	for i, p := range t.classes {
		classOf[p] = i
	}
	return classOf
}

// buildDict fills the tag dictionary with the frequent forms that nearly
// always take the same class.
func (t *Tagger) buildDict(train []GoldSentence, gold [][]int) {
	counts := map[string]map[int]int{}
	for s, sent := range train {
		for i, tok := range sent.Tokens {
			m := counts[tok.Form]
			if m == nil {
				m = map[int]int{}
				counts[tok.Form] = m
			}
			m[gold[s][i]]++
		}
	}
	for form, m := range counts {
		total, best, bestN := 0, -1, 0
		for c, n := range m {
			total += n
			if n > bestN || n == bestN && c < best {
				best, bestN = c, n
			}
		}
		if total >= dictMinCount && float64(bestN) >= dictMinShare*float64(total) {
			t.dict[form] = best
		}
	}
}

// Ambiguity classes: the classes a lowercased word takes at least
// ambMinShare of the time, for words seen at least ambMinCount times.
const (
	ambMinCount = 2
	ambMinShare = 0.05
)

// buildAmb records each known word's ambiguity class, a feature that tells
// the model which tags are possible for the word and its neighbours.
func (t *Tagger) buildAmb(train []GoldSentence, gold [][]int) {
	counts := map[uint64][]int32{}
	for s, sent := range train {
		for i, tok := range sent.Tokens {
			k := describe(tok.Form).lower
			c := counts[k]
			if c == nil {
				c = make([]int32, len(t.classes))
				counts[k] = c
			}
			c[gold[s][i]]++
		}
	}
	t.amb = make(map[uint64]uint64, len(counts))
	for k, c := range counts {
		var total int32
		for _, n := range c {
			total += n
		}
		if total < ambMinCount {
			continue
		}
		h := Feature(0)
		for cls, n := range c {
			if float64(n) >= ambMinShare*float64(total) {
				h = h.Int(cls)
			}
		}
		t.amb[k] = h.Key()
	}
}

// predict scores the features in sc with m and returns the best class.
func (t *Tagger) predict(m *Perceptron, sc *tagScratch) int {
	m.Score(sc.feats, sc.scores)
	return Argmax(sc.scores)
}

func (t *Tagger) newScratch() *tagScratch {
	return &tagScratch{scores: make([]float32, len(t.classes))}
}

// describe fills the word infos of a sentence, with two sentinels on
// each side.
func (sc *tagScratch) describe(t *Tagger, toks []Token) {
	ws := sc.ws[:0]
	ws = append(ws, startInfo, startInfo)
	for i := range toks {
		wi := describe(toks[i].Form)
		wi.dict = -1
		wi.amb = t.amb[wi.lower]
		if c, ok := t.dict[toks[i].Form]; ok {
			wi.dict = c
		}
		ws = append(ws, wi)
	}
	sc.ws = append(ws, endInfo, endInfo)
}

// Tag sets UPOS and XPOS of every token of one sentence from the forms.
func (t *Tagger) Tag(toks []Token) {
	sc, _ := t.scratch.Get().(*tagScratch)
	if sc == nil {
		sc = t.newScratch()
	}
	cls := t.tagClasses(sc, toks)
	if t.second != nil {
		// cls is sc.first: position i is overwritten only after its
		// features read it; the features read no position left of i.
		p1, p2 := -1, -1
		for i := range toks {
			c := sc.ws[i+2].dict
			if c < 0 {
				sc.feats = appendFeatures(sc.feats[:0], sc.ws, i, p1, p2)
				sc.feats = appendSecondPassFeatures(sc.feats, sc.ws, cls, i, p1)
				c = t.predict(t.second, sc)
			}
			cls[i] = c
			p1, p2 = c, p1
		}
	}
	for i, c := range cls {
		toks[i].UPOS, toks[i].XPOS = t.classes[c].UPOS, t.classes[c].XPOS
	}
	t.scratch.Put(sc)
}

// Version 2 adds, after the weights, a byte saying whether the weights of
// a second pass follow, and those weights.
const (
	taggerMagic   = "ANTG"
	taggerVersion = 2
)

// WriteTo writes the tagger: its classes, tag dictionary and weights.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	b := newBinWriter(w)
	b.bytes([]byte(taggerMagic))
	b.uvarint(taggerVersion)
	b.uvarint(uint64(len(t.classes)))
	for _, c := range t.classes {
		b.str(c.UPOS)
		b.str(c.XPOS)
	}
	forms := make([]string, 0, len(t.dict))
	for f := range t.dict {
		forms = append(forms, f)
	}
	slices.Sort(forms) // deterministic bytes for the same model
	b.uvarint(uint64(len(forms)))
	for _, f := range forms {
		b.str(f)
		b.uvarint(uint64(t.dict[f]))
	}
	keys := make([]uint64, 0, len(t.amb))
	for k := range t.amb {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b.uvarint(uint64(len(keys)))
	for _, k := range keys {
		b.u64(k)
		b.u64(t.amb[k])
	}
	b.writerTo(t.model)
	if t.second == nil {
		b.uvarint(0)
	} else {
		b.uvarint(1)
		b.writerTo(t.second)
	}
	return b.flush()
}

// ReadTagger reads a tagger written by WriteTo.
func ReadTagger(r io.Reader) (*Tagger, error) {
	b := newBinReader(r, "tagger")
	version := b.magic(taggerMagic, 1, taggerVersion)
	n := int(b.uvarint("class count", 1<<12))
	t := &Tagger{classes: make([]tagPair, 0, n)}
	for i := 0; i < n && b.err == nil; i++ {
		t.classes = append(t.classes, tagPair{b.str("UPOS"), b.str("XPOS")})
	}
	nd := int(b.uvarint("dictionary size", 1<<24))
	t.dict = make(map[string]int, nd)
	for i := 0; i < nd && b.err == nil; i++ {
		f := b.str("dictionary form")
		t.dict[f] = int(b.uvarint("dictionary class", uint64(max(n-1, 0))))
	}
	na := int(b.uvarint("ambiguity classes", 1<<24))
	t.amb = make(map[uint64]uint64, na)
	for i := 0; i < na && b.err == nil; i++ {
		k := b.u64("ambiguity word")
		t.amb[k] = b.u64("ambiguity class")
	}
	if b.err != nil {
		return nil, b.err
	}
	m, err := ReadPerceptron(b.r)
	if err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	if m.Classes() != n {
		return nil, fmt.Errorf("tagger model: weights have %d classes, the tag set %d", m.Classes(), n)
	}
	t.model = m
	if version >= 2 && b.uvarint("second pass flag", 1) == 1 {
		if t.second, err = ReadPerceptron(b.r); err != nil {
			return nil, fmt.Errorf("tagger second pass: %w", err)
		}
		if t.second.Classes() != n {
			return nil, fmt.Errorf("tagger second pass: weights have %d classes, the tag set %d", t.second.Classes(), n)
		}
	}
	if b.err != nil {
		return nil, b.err
	}
	return t, nil
}
