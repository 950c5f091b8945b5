package learn

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/annalist/annalist/actor"
	"github.com/annalist/annalist/nlp"
)

// DefaultEpochs is how many passes over the data training makes.
const DefaultEpochs = 5

// nClass is "none" (class 0) and the 20 CAMEO roots (class r is root r).
const nClass = 21

// Sentence is one annotated sentence for training: its parsed tokens, the
// actor mentions found in it, and its annotated events as "SOURCE TARGET
// CODE" (TARGET "-" for none), the form of the annotation files.
type Sentence struct {
	Tokens   []nlp.Token
	Mentions []actor.Mention
	Events   []string
}

// Model is a trained event model. It is safe for concurrent use once its
// fields are set.
type Model struct {
	// Actors finds the actor mentions of a sentence for Backoff.
	Actors *actor.Dict
	// MinMargin is the least margin over "none" at which Backoff codes.
	MinMargin float32

	p     *nlp.Perceptron
	lex   Lexicon
	codes map[string]string // predicate lemma + "\t" + root → most frequent full code
}

// Proposal is an event the model proposes for one candidate.
type Proposal struct {
	Candidate
	Root   string  // "11"
	Code   string  // "111"
	Margin float32 // score of the root minus the score of "none"
	Lemma  string  // the predicate's lemma
}

// Train trains a model on sents, reading the verb dictionary's lexicon as
// features, over the given number of epochs, visiting
// the examples in an order shuffled with a fixed seed, so the same data
// always gives the same model.
func Train(sents []Sentence, lex Lexicon, epochs int) *Model {
	type example struct {
		feats []uint64
		class int
	}
	var exs []example
	counts := map[string]map[string]int{} // lemma\troot → code → count
	for _, s := range sents {
		sent := newParsed(s.Tokens)
		events := slices.Sorted(slices.Values(s.Events))
		for _, c := range candidates(sent, s.Mentions) {
			class, code := label(s.Mentions, c, events)
			exs = append(exs, example{features(nil, lex, sent, s.Mentions, c), class})
			if class > 0 {
				k := sent.lemma[c.Pred] + "\t" + code[:2]
				if counts[k] == nil {
					counts[k] = map[string]int{}
				}
				counts[k][code]++
			}
		}
	}
	p := nlp.NewPerceptron(nClass)
	rng := rand.New(rand.NewPCG(21, 1987))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, nClass)
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			guess := p.Predict(exs[i].feats, scores)
			p.Update(exs[i].feats, exs[i].class, guess)
		}
	}
	p.Average()
	// Features whose weights averaged out to nearly nothing are dropped
	// (a rare but decisive feature, learnt in one update, is kept).
	p.Prune(1, 0.05)
	m := &Model{p: p, lex: lex, codes: map[string]string{}}
	for k, byCode := range counts {
		best, n := "", 0
		for code, c := range byCode {
			if c > n || c == n && code < best {
				best, n = code, c
			}
		}
		m.codes[k] = best
	}
	return m
}

// label is the class of candidate c among the annotated events, sorted:
// the root of the first event whose source and target countries are the
// candidate's (the first three letters of each actor code; "-" for no
// target), else none. It returns the event's full code too.
func label(ms []actor.Mention, c Candidate, sorted []string) (int, string) {
	src, tgt := country(ms[c.Source].Code), "-"
	if c.Target >= 0 {
		tgt = country(ms[c.Target].Code)
	}
	for _, ev := range sorted {
		f := strings.Fields(ev)
		if len(f) != 3 || country(f[0]) != src || country(f[1]) != tgt {
			continue
		}
		if r, err := strconv.Atoi(f[2][:2]); err == nil && r >= 1 && r < nClass {
			return r, f[2]
		}
	}
	return 0, ""
}

// country is the first three letters of an actor code: its country, or
// IGO, the level events are scored at.
func country(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// Propose scores every candidate of a sentence and returns, best margin
// first, those whose best root beats "none" by more than minMargin.
func (m *Model) Propose(toks []nlp.Token, ms []actor.Mention, minMargin float32) []Proposal {
	var out []Proposal
	scores := make([]float32, nClass)
	var buf []uint64
	sent := newParsed(toks)
	for _, c := range candidates(sent, ms) {
		buf = features(buf[:0], m.lex, sent, ms, c)
		m.p.Score(buf, scores)
		best := 1 + nlp.Argmax(scores[1:])
		margin := scores[best] - scores[0]
		if margin <= minMargin {
			continue
		}
		root := fmt.Sprintf("%02d", best)
		lemma := sent.lemma[c.Pred]
		code, ok := m.codes[lemma+"\t"+root]
		if !ok {
			code = root + "0"
		}
		out = append(out, Proposal{Candidate: c, Root: root, Code: code, Margin: margin, Lemma: lemma})
	}
	slices.SortStableFunc(out, func(a, b Proposal) int { return cmp.Compare(b.Margin, a.Margin) })
	return out
}

// modelMagic opens a saved model.
const modelMagic = "annalist-learn 1"

// WriteTo writes the model: a header, the code table (one "lemma\troot\tcode"
// line each, sorted), the lexicon (one "lemma\troots" line each, sorted),
// then the perceptron's weights.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	keys := make([]string, 0, len(m.codes))
	for k := range m.codes {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "%s\ncodes %d\n", modelMagic, len(keys))
	for _, k := range keys {
		fmt.Fprintf(&b, "%s\t%s\n", k, m.codes[k])
	}
	lemmas := make([]string, 0, len(m.lex))
	for l := range m.lex {
		lemmas = append(lemmas, l)
	}
	slices.Sort(lemmas)
	fmt.Fprintf(&b, "lexicon %d\n", len(lemmas))
	for _, l := range lemmas {
		fmt.Fprintf(&b, "%s\t%s\n", l, strings.Join(m.lex[l], " "))
	}
	n, err := io.WriteString(w, b.String())
	if err != nil {
		return int64(n), err
	}
	k, err := m.p.WriteTo(w)
	return int64(n) + k, err
}

// ReadModel reads a model written by WriteTo. Errors name the line.
func ReadModel(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	line := func() (string, error) {
		s, err := br.ReadString('\n')
		return strings.TrimSuffix(s, "\n"), err
	}
	head, err := line()
	if err != nil || head != modelMagic {
		return nil, fmt.Errorf("event model: line 1: %q, want %q", head, modelMagic)
	}
	cl, err := line()
	var n int
	if _, serr := fmt.Sscanf(cl, "codes %d", &n); err != nil || serr != nil {
		return nil, fmt.Errorf("event model: line 2: %q, want \"codes N\"", cl)
	}
	m := &Model{codes: make(map[string]string, n)}
	for i := range n {
		s, err := line()
		f := strings.Split(s, "\t")
		if err != nil || len(f) != 3 {
			return nil, fmt.Errorf("event model: line %d: %q, want lemma, root and code", i+3, s)
		}
		m.codes[f[0]+"\t"+f[1]] = f[2]
	}
	ll, err := line()
	if _, serr := fmt.Sscanf(ll, "lexicon %d", &n); err != nil || serr != nil {
		return nil, fmt.Errorf("event model: line %d: %q, want \"lexicon N\"", len(m.codes)+3, ll)
	}
	m.lex = make(Lexicon, n)
	for range n {
		s, err := line()
		lemma, roots, ok := strings.Cut(s, "\t")
		if err != nil || !ok {
			return nil, fmt.Errorf("event model: lexicon line %q, want lemma and roots", s)
		}
		m.lex[lemma] = strings.Fields(roots)
	}
	if m.p, err = nlp.ReadPerceptron(br); err != nil {
		return nil, fmt.Errorf("event model: weights: %w", err)
	}
	if m.p.Classes() != nClass {
		return nil, fmt.Errorf("event model: weights have %d classes, want %d", m.p.Classes(), nClass)
	}
	return m, nil
}
