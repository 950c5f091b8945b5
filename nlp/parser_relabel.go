package nlp

// Relabelling. The labeller chooses an arc's label when the arc is made,
// before the dependent has its right children: "said" gets its label
// before its clausal object is seen, and a noun before its case marker's
// sibling. Once the tree is complete, a second perceptron (the
// relabeller) chooses every label again, seeing all children of head and
// dependent. (Not the first label itself: on its own training data the
// labeller is nearly always right, so a relabeller shown its label learns
// only to copy it.) The first labels still serve the move features during
// parsing.

// relabel sets the final label of every word of the complete tree in sc.
func (p *Parser) relabel(sc *parseScratch) {
	st := &sc.st
	root := st.root()
	for d := int32(1); d <= int32(st.n); d++ {
		hd := st.head[d]
		if hd == root || hd == none {
			continue
		}
		st.label[d] = p.predictRelabel(sc, hd, d)
	}
}

func (p *Parser) predictRelabel(sc *parseScratch, hd, dp int32) int32 {
	sc.feats = sc.st.relabelFeatures(&sc.a, hd, dp, sc.feats[:0])
	scores := sc.scores[:len(p.labels)]
	p.relabeller.Score(sc.feats, scores)
	scores[p.rootLabel] = -1e30
	return int32(Argmax(scores))
}

// trainRelabel learns from every word of the finished (predicted) tree
// whose head is right; the labels the tree keeps are the first ones.
func (p *Parser) trainRelabel(sc *parseScratch, gold []int32, toks []Token) {
	st := &sc.st
	root := st.root()
	for d := int32(1); d <= int32(st.n); d++ {
		hd := st.head[d]
		if hd == root || hd != gold[d] {
			continue
		}
		sc.feats = st.relabelFeatures(&sc.a, hd, d, sc.feats[:0])
		scores := sc.scores[:len(p.labels)]
		p.relabeller.Score(sc.feats, scores)
		scores[p.rootLabel] = -1e30
		p.relabeller.Update(sc.feats, int(p.labelIndex(toks[d-1].Rel)), Argmax(scores))
	}
}

// relabelFeatures appends the features for relabelling the arc hd → dp
// of a complete tree: the labeller's, whose child features now see every
// child, and more of the children and the head's context.
func (s *state) relabelFeatures(a *words, hd, dp int32, dst []uint64) []uint64 {
	dst = s.labelFeatures(a, hd, dp, dst)
	dir := uint64(0)
	if dp < hd {
		dir = 1
	}
	dp_, hp := at(a.p, dp), at(a.p, hd)
	W := func(i int32) uint64 { return at(a.w, i) }
	P := func(i int32) uint64 { return at(a.p, i) }
	hh := s.head[hd]
	hl := uint64(s.lab(hd))
	return append(dst,
		h(143, dp_, uint64(min(s.nl[dp], 3)), uint64(min(s.nr[dp], 3)), dir),
		h(144, dp_, W(s.rc1[dp]), dir), h(145, dp_, P(s.rc2[dp]), P(s.rc1[dp]), dir),
		h(146, dp_, hp, hl, dir), h(147, dp_, hp, P(hh), hl, dir),
		h(149, dp_, W(s.lc1[dp]), W(s.lc2[dp]), dir),
	)
}
