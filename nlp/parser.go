package nlp

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Parser is a greedy labelled dependency parser producing Universal
// Dependencies trees: an arc-eager transition system whose moves are chosen
// by one averaged perceptron and whose arc labels are chosen, as each arc
// is made, by a second one. It is read-only once trained, so goroutines
// may share it.
type Parser struct {
	labels    []string
	rootLabel int32 // index of "root", forced on arcs from the root
	moves     *Perceptron
	labeller  *Perceptron
	// relabeller, if not nil, chooses the labels again once the tree
	// is complete (see relabel).
	relabeller *Perceptron
	// extended: the move features include the templates added in parser
	// format 4 (see moveFeatures).
	extended bool
	amb      map[uint64]uint64 // formKey → hash of the tags the word takes (ambiguity class)
}

// parseScratch is the per-call working memory of Parse.
type parseScratch struct {
	st     state
	a      words
	feats  []uint64
	scores []float32
}

func (p *Parser) newScratch() *parseScratch {
	return &parseScratch{feats: make([]uint64, 0, 128), scores: make([]float32, max(numMoves, len(p.labels)))}
}

// Labels returns the relations the parser can assign.
func (p *Parser) Labels() []string { return p.labels }

// Parse sets Head and Rel of toks, which must carry Form, UPOS, XPOS and
// Lemma.
func (p *Parser) Parse(toks []Token) { p.parse(toks, p.newScratch()) }

func (p *Parser) parse(toks []Token, sc *parseScratch) {
	n := len(toks)
	if n == 0 {
		return
	}
	sc.a.reset(toks, p.amb)
	st := &sc.st
	st.reset(n)
	for !st.terminal() {
		m := p.bestMove(sc)
		st.apply(m, p.arcLabel(sc, m))
	}
	if p.relabeller != nil {
		p.relabel(sc)
	}
	root := int32(n + 1)
	for i := range toks {
		hd := st.head[i+1]
		if hd == root {
			hd = 0
		}
		toks[i].Head = int(hd)
		toks[i].Rel = p.labels[st.label[i+1]]
	}
	singleRoot(toks)
}

// bestMove returns the highest-scoring valid move. When only one move is
// valid (the stack is empty, or the buffer holds only the root) it is
// returned unscored: such moves are a sizeable share of all moves, and
// scoring them cannot change the parse.
func (p *Parser) bestMove(sc *parseScratch) int {
	if m, forced := sc.st.forcedMove(); forced {
		return m
	}
	return p.scoreMoves(sc)
}

// scoreMoves returns the highest-scoring valid move, leaving the features
// in sc.feats and the scores in sc.scores (training learns from them).
func (p *Parser) scoreMoves(sc *parseScratch) int {
	sc.feats = sc.st.moveFeatures(&sc.a, sc.feats[:0], p.extended)
	scores := sc.scores[:numMoves]
	p.moves.Score(sc.feats, scores)
	best := -1
	for m := range numMoves {
		if sc.st.valid(m) && (best < 0 || scores[m] > scores[best]) {
			best = m
		}
	}
	return best
}

// arcHeadDep returns the head and dependent of the arc move m would make.
func (s *state) arcHeadDep(m int) (hd, dp int32) {
	if m == moveLeft {
		return s.b, s.s0()
	}
	return s.s0(), s.b
}

// arcLabel returns the label of the arc move m makes (none for moves
// that make no arc).
func (p *Parser) arcLabel(sc *parseScratch, m int) int32 {
	if m != moveLeft && m != moveRight {
		return none
	}
	hd, dp := sc.st.arcHeadDep(m)
	if hd == sc.st.root() {
		return p.rootLabel
	}
	return p.predictLabel(sc, hd, dp)
}

func (p *Parser) predictLabel(sc *parseScratch, hd, dp int32) int32 {
	sc.feats = sc.st.labelFeatures(&sc.a, hd, dp, sc.feats[:0])
	scores := sc.scores[:len(p.labels)]
	p.labeller.Score(sc.feats, scores)
	scores[p.rootLabel] = -1e30 // only the root's arc is "root"
	return int32(Argmax(scores))
}

// singleRoot keeps one root per sentence, as UD requires: a greedy parse
// may leave several words attached to the root. The first verb among them
// (else the first word) stays; the others become its parataxis.
func singleRoot(toks []Token) {
	root := -1
	count := 0
	for i, t := range toks {
		if t.Head == 0 {
			count++
			if root < 0 || (t.UPOS == "VERB" && toks[root].UPOS != "VERB") {
				root = i
			}
		}
	}
	if count <= 1 {
		return
	}
	for i := range toks {
		if toks[i].Head == 0 && i != root {
			toks[i].Head = root + 1
			toks[i].Rel = "parataxis"
		}
	}
	toks[root].Rel = "root"
}

// Serialisation: "ANDP" version(u32)=4, the labels as a count(u32) and
// newline-terminated strings, the ambiguity classes as a count(u32) and
// (word, class) u64 pairs in word order, then the move and label
// perceptrons, a byte saying whether a relabeller follows, and the
// relabeller. Version 2 ended after the label perceptron; versions 2 and
// 3 are models of the move features without the extended templates.
const (
	parserMagic   = "ANDP"
	parserVersion = 4
)

// WriteTo writes the parser in binary form.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	bw := bufio.NewWriter(cw)
	bw.WriteString(parserMagic)
	version := uint32(parserVersion)
	if !p.extended {
		version = 3
	}
	binary.Write(bw, binary.LittleEndian, version)
	binary.Write(bw, binary.LittleEndian, uint32(len(p.labels)))
	for _, l := range p.labels {
		bw.WriteString(l + "\n")
	}
	words := make([]uint64, 0, len(p.amb))
	for w := range p.amb {
		words = append(words, w)
	}
	slices.Sort(words) // the same model gives the same bytes
	binary.Write(bw, binary.LittleEndian, uint32(len(words)))
	for _, w := range words {
		binary.Write(bw, binary.LittleEndian, [2]uint64{w, p.amb[w]})
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	if _, err := p.moves.WriteTo(cw); err != nil {
		return cw.n, err
	}
	if _, err := p.labeller.WriteTo(cw); err != nil {
		return cw.n, err
	}
	if p.relabeller == nil {
		_, err := cw.Write([]byte{0})
		return cw.n, err
	}
	if _, err := cw.Write([]byte{1}); err != nil {
		return cw.n, err
	}
	_, err := p.relabeller.WriteTo(cw)
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}

// ReadParser reads a parser written by WriteTo.
func ReadParser(r io.Reader) (*Parser, error) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReader(r)
	}
	var head [12]byte
	if _, err := io.ReadFull(br, head[:]); err != nil {
		return nil, fmt.Errorf("parser model: reading header: %w", err)
	}
	if string(head[:4]) != parserMagic {
		return nil, fmt.Errorf("parser model: bad magic %q, want %q", head[:4], parserMagic)
	}
	version := binary.LittleEndian.Uint32(head[4:])
	if version < 2 || version > parserVersion {
		return nil, fmt.Errorf("parser model: unsupported version %d", version)
	}
	nl := binary.LittleEndian.Uint32(head[8:])
	if nl == 0 || nl > 1024 {
		return nil, fmt.Errorf("parser model: implausible label count %d", nl)
	}
	p := &Parser{rootLabel: none, extended: version >= 4}
	for range nl {
		l, err := br.ReadString('\n')
		if err != nil {
			return nil, fmt.Errorf("parser model: reading labels: %w", err)
		}
		p.labels = append(p.labels, strings.TrimSuffix(l, "\n"))
		if l == "root\n" {
			p.rootLabel = int32(len(p.labels) - 1)
		}
	}
	if p.rootLabel == none {
		return nil, fmt.Errorf("parser model: no \"root\" among %d labels", nl)
	}
	var na uint32
	if err := binary.Read(br, binary.LittleEndian, &na); err != nil || na > 1<<24 {
		return nil, fmt.Errorf("parser model: bad ambiguity class count %d (%v)", na, err)
	}
	pairs := make([]uint64, 2*na)
	if err := binary.Read(br, binary.LittleEndian, pairs); err != nil {
		return nil, fmt.Errorf("parser model: reading %d ambiguity classes: %w", na, err)
	}
	p.amb = make(map[uint64]uint64, na)
	for i := 0; i < len(pairs); i += 2 {
		p.amb[pairs[i]] = pairs[i+1]
	}
	var err error
	if p.moves, err = ReadPerceptron(br); err != nil {
		return nil, fmt.Errorf("parser moves: %w", err)
	}
	if p.labeller, err = ReadPerceptron(br); err != nil {
		return nil, fmt.Errorf("parser labels: %w", err)
	}
	if version >= 3 {
		has, err := br.ReadByte()
		if err != nil || has > 1 {
			return nil, fmt.Errorf("parser model: bad relabeller flag %d (%v)", has, err)
		}
		if has == 1 {
			if p.relabeller, err = ReadPerceptron(br); err != nil {
				return nil, fmt.Errorf("parser relabeller: %w", err)
			}
			if p.relabeller.Classes() != len(p.labels) {
				return nil, fmt.Errorf("parser model: %d relabeller classes, want %d", p.relabeller.Classes(), len(p.labels))
			}
		}
	}
	if p.moves.Classes() != numMoves || p.labeller.Classes() != len(p.labels) {
		return nil, fmt.Errorf("parser model: %d move and %d label classes, want %d and %d",
			p.moves.Classes(), p.labeller.Classes(), numMoves, len(p.labels))
	}
	return p, nil
}
