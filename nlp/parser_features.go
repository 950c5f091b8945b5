package nlp

// Features of the parser, after Zhang & Nivre (2011): words, tags and
// lemmas of the stack top, the buffer front and their neighbours, heads,
// extreme children and their labels, distance, valency and label sets.
// Every feature is a hashed template instance (see Feature).

// Attribute values that stand for a missing position and for the root.
var (
	noneAttr = Feature(0).Str("<none>").Key()
	rootWord = Feature(0).Str("<root>").Key()
	rootTag  = Feature(0).Str("<ROOT>").Key()
)

// words holds the per-word attributes features read: index i is word i
// (1-based); index n+1 is the root.
type words struct {
	w, p, l, u []uint64 // form (lowercased, digits folded), UPOS+XPOS, lemma, UPOS
	c          []uint64 // ambiguity class: the tags the word takes in training, else its tag
	sfx        []uint64 // last three bytes of the lowercased form
	// context: the move features include those of contextFeatures.
	context bool
}

func suffix(a *words, i int32) uint64 { return at(a.sfx, i) }

func (a *words) reset(toks []Token, amb map[uint64]uint64) {
	n := len(toks)
	a.w = grow64(a.w, n+2)
	a.p = grow64(a.p, n+2)
	a.l = grow64(a.l, n+2)
	a.u = grow64(a.u, n+2)
	a.c = grow64(a.c, n+2)
	a.sfx = grow64(a.sfx, n+2)
	_, a.context = amb[contextMark]
	for i := range toks {
		t := &toks[i]
		a.w[i+1] = formKey(t.Form)
		a.p[i+1] = Feature(0).Str(t.UPOS).Str(t.XPOS).Key()
		a.l[i+1] = Feature(0).Str(t.Lemma).Key()
		a.u[i+1] = Feature(0).Str(t.UPOS).Key()
		c, ok := amb[a.w[i+1]]
		if !ok {
			c = a.p[i+1]
		}
		a.c[i+1] = c
		a.sfx[i+1] = formKey(t.Form[max(0, len(t.Form)-3):])
	}
	a.w[n+1], a.p[n+1], a.l[n+1], a.u[n+1], a.c[n+1] = rootWord, rootTag, rootWord, rootTag, rootTag
	a.sfx[0], a.sfx[n+1] = noneAttr, rootWord
	a.w[0], a.p[0], a.l[0], a.u[0], a.c[0] = noneAttr, noneAttr, noneAttr, noneAttr, noneAttr
}

func grow64(a []uint64, n int) []uint64 {
	if cap(a) < n {
		return make([]uint64, n)
	}
	return a[:n]
}

// formKey hashes a word form lowercased (ASCII) with digits folded to 9,
// so "1984" and "2023" share statistics.
func formKey(s string) uint64 {
	k := Feature(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case '0' <= c && c <= '9':
			c = '9'
		}
		k = (k ^ FeatureKey(c)) * fnvPrime
	}
	return k.Key()
}

func at(a []uint64, i int32) uint64 {
	if i < 0 {
		return noneAttr
	}
	return a[i]
}

func (s *state) lab(i int32) int {
	if i < 0 {
		return -2
	}
	return int(s.label[i])
}

func h(t uint8, vals ...uint64) uint64 {
	k := Feature(t)
	for _, v := range vals {
		k = k.Int(int(v))
	}
	return k.Key()
}

// moveFeatures appends the features of configuration s to dst.
// Extended (models of parser format 4 on) adds the templates from 150 on;
// older models have no weights for them, so skipping them changes none of
// their scores and saves an eighth of the look-ups.
func (s *state) moveFeatures(a *words, dst []uint64, extended bool) []uint64 {
	s0, s1 := s.s0(), s.s1()
	n0, n1, n2 := s.bi(0), s.bi(1), s.bi(2)
	var s0h, s0h2, s0l, s0l2, s0r, s0r2, n0l, n0l2 int32 = none, none, none, none, none, none, none, none
	if s0 >= 0 {
		s0h = s.head[s0]
		if s0h >= 0 {
			s0h2 = s.head[s0h]
		}
		s0l, s0l2, s0r, s0r2 = s.lc1[s0], s.lc2[s0], s.rc1[s0], s.rc2[s0]
	}
	if n0 >= 0 {
		n0l, n0l2 = s.lc1[n0], s.lc2[n0]
	}
	W := func(i int32) uint64 { return at(a.w, i) }
	P := func(i int32) uint64 { return at(a.p, i) }
	L := func(i int32) uint64 { return uint64(s.lab(i)) }
	C := func(i int32) uint64 { return at(a.c, i) }
	s0w, s0p, n0w, n0p := W(s0), P(s0), W(n0), P(n0)
	n1w, n1p, n2w, n2p := W(n1), P(n1), W(n2), P(n2)
	dist := uint64(0)
	if s0 >= 0 && n0 >= 0 {
		dist = uint64(min(n0-s0, 10))
	}
	var vl0, vr0, vl1 uint64
	var sl0, sr0, sl1 uint64
	if s0 >= 0 {
		vl0, vr0, sl0, sr0 = uint64(s.nl[s0]), uint64(s.nr[s0]), s.lset[s0], s.rset[s0]
	}
	if n0 >= 0 {
		vl1, sl1 = uint64(s.nl[n0]), s.lset[n0]
	}
	U := func(i int32) uint64 { return at(a.u, i) }
	s0u, n0u := U(s0), U(n0)
	var s0prev, s0next int32 = none, none // the words beside s0 in the sentence
	if s0 >= 0 {
		s0prev, s0next = s0-1, s0+1
	}
	if a.context {
		dst = s.contextFeatures(a, dst, s0, s1, s0h, n0, n0l)
	}
	dst = append(dst,
		// single words
		h(1, s0w, s0p), h(2, s0w), h(3, s0p),
		h(4, n0w, n0p), h(5, n0w), h(6, n0p),
		h(7, n1w, n1p), h(8, n1w), h(9, n1p),
		h(10, n2w, n2p), h(11, n2w), h(12, n2p),
		// word pairs
		h(13, s0w, s0p, n0w, n0p), h(14, s0w, s0p, n0w), h(15, s0w, n0w, n0p),
		h(16, s0w, s0p, n0p), h(17, s0p, n0w, n0p), h(18, s0w, n0w), h(19, s0p, n0p),
		h(20, n0p, n1p),
		// three words
		h(21, n0p, n1p, n2p), h(22, s0p, n0p, n1p), h(23, P(s0h), s0p, n0p),
		h(24, s0p, P(s0l), n0p), h(25, s0p, P(s0r), n0p), h(26, s0p, n0p, P(n0l)),
		// distance
		h(27, s0w, dist), h(28, s0p, dist), h(29, n0w, dist), h(30, n0p, dist),
		h(31, s0w, n0w, dist), h(32, s0p, n0p, dist),
		// valency
		h(33, s0w, vr0), h(34, s0p, vr0), h(35, s0w, vl0), h(36, s0p, vl0),
		h(37, n0w, vl1), h(38, n0p, vl1),
		// unigrams of heads and children
		h(39, W(s0h)), h(40, P(s0h)), h(41, L(s0)),
		h(42, W(s0l)), h(43, P(s0l)), h(44, L(s0l)),
		h(45, W(s0r)), h(46, P(s0r)), h(47, L(s0r)),
		h(48, W(n0l)), h(49, P(n0l)), h(50, L(n0l)),
		// third order
		h(51, W(s0h2)), h(52, P(s0h2)), h(53, L(s0h)),
		h(54, W(s0l2)), h(55, P(s0l2)), h(56, L(s0l2)),
		h(57, W(s0r2)), h(58, P(s0r2)), h(59, L(s0r2)),
		h(60, W(n0l2)), h(61, P(n0l2)), h(62, L(n0l2)),
		h(63, s0p, P(s0l), P(s0l2)), h(64, s0p, P(s0r), P(s0r2)),
		h(65, s0p, P(s0h), P(s0h2)), h(66, n0p, P(n0l), P(n0l2)),
		// label sets
		h(67, s0w, sr0), h(68, s0p, sr0), h(69, s0w, sl0), h(70, s0p, sl0),
		h(71, n0w, sl1), h(72, n0p, sl1),
		// beyond Zhang & Nivre: the second stack item, lemmas, the
		// word before the buffer front, and label-tag conjunctions
		h(73, P(s1)), h(74, W(s1), P(s1)), h(75, P(s1), s0p, n0p),
		h(76, at(a.l, s0), n0p), h(77, s0p, at(a.l, n0)), h(78, at(a.l, s0), at(a.l, n0)),
		h(79, P(n0-1), n0p, s0p), h(80, s0p, L(s0), n0p),
		h(81, s0p, L(s0l), L(s0r), n0p),
		h(82, at(a.u, s0), at(a.u, n0), at(a.u, n1), dist),
		// ambiguity classes: robust to the tagger's mistakes
		h(83, C(s0)), h(84, C(n0)), h(85, C(n1)), h(86, C(s0), C(n0)),
		h(87, C(s0), C(n0), C(n1)), h(88, C(s0), n0w), h(89, s0w, C(n0)),
		h(90, C(s1), C(s0), C(n0)), h(91, C(n0), C(n1), C(n2)), h(92, C(s0), C(n0), dist),
		// more words: neighbours and suffixes
		h(93, n0w, n1w), h(94, W(s1), s0w), h(95, s0w, n0w, n1p), h(96, W(n0-1), n0w),
		h(97, suffix(a, s0), n0p), h(98, s0p, suffix(a, n0)), h(99, suffix(a, s0), suffix(a, n0)),
	)
	if !extended {
		return dst
	}
	return append(dst,
		// universal tags alone: the tagger confuses them less than the
		// fine ones (+0.25 UAS on EWT dev)
		h(150, s0u, n0u), h(151, s0u, n0u, U(n1)), h(152, U(s1), s0u, n0u),
		h(153, s0u, n0u, dist), h(154, U(s0h), s0u, n0u), h(155, s0u, U(s0l), n0u),
		h(156, s0u, U(s0r), n0u), h(157, n0u, U(n0l), U(n1)),
		h(158, at(a.l, s0), n0u), h(159, s0u, at(a.l, n0)),
		// the words beside s0 in the sentence
		h(160, P(s0prev), s0p, n0p), h(161, s0p, P(s0next), n0p), h(162, W(s0next), s0p),
	)
}

// labelFeatures appends the features for labelling the arc hd → dp.
func (s *state) labelFeatures(a *words, hd, dp int32, dst []uint64) []uint64 {
	dir := uint64(0)
	if dp < hd {
		dir = 1
	}
	dist := uint64(min(abs32(hd-dp), 10))
	hw, hp, dw, dp_ := at(a.w, hd), at(a.p, hd), at(a.w, dp), at(a.p, dp)
	hl, dl := at(a.l, hd), at(a.l, dp)
	hh := s.head[hd]
	W := func(i int32) uint64 { return at(a.w, i) }
	P := func(i int32) uint64 {
		if i > int32(s.n+1) {
			return noneAttr
		}
		return at(a.p, i)
	}
	L := func(i int32) uint64 { return uint64(s.lab(i)) }
	dst = append(dst,
		h(101, dw, dir), h(102, dp_, dir), h(103, dl, dir),
		h(104, hw, dir), h(105, hp, dir), h(106, hl, dir),
		h(107, dw, hw, dir), h(108, dp_, hp, dir), h(109, dw, hp, dir), h(110, dp_, hw, dir),
		h(111, dl, hl, dir), h(112, dp_, hp, dist, dir),
		h(113, dp_, hp, P(dp-1), dir), h(114, dp_, hp, P(dp+1), dir),
		h(115, dp_, hp, P(hd-1), dir), h(116, dp_, hp, P(hd+1), dir),
		h(117, dp_, P(s.lc1[dp]), L(s.lc1[dp]), dir),
		h(118, dp_, P(s.rc1[dp]), L(s.rc1[dp]), dir),
		h(119, dp_, s.lset[dp], s.rset[dp], dir),
		h(120, dp_, hp, s.lset[hd], s.rset[hd], dir),
		h(121, hp, L(hd), dp_, dir), h(122, P(hh), hp, dp_, dir),
		h(123, dw, hl, dir), h(124, dl, hp, dir),
		h(125, dp_, W(s.lc1[dp]), dir), h(126, dp_, hp, L(s.lc1[hd]), L(s.rc1[hd]), dir),
	)
	return dst
}

func abs32(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}

// contextMark in a parser's ambiguity-class table says its move features
// include contextFeatures (see ParserOptions.Context); parsers trained
// without them have no weights for them and skip their look-ups.
var contextMark = Feature(0).Str("<context features>").Key()

// contextFeatures appends the move features on the word of n0's leftmost
// child, its preposition or coordinator, with the places it may attach
// to: s0, s0's head and s1. After punctuation, conjuncts, nmod and obl
// (the attachment of prepositional phrases) take the most head errors on
// EWT dev. These gained 0.18 UAS and 0.08 LAS for one parser (three
// seeds), and 0.32 UAS and 0.30 LAS for five (85.41 and 82.04 at
// min-hits 10); the embedded model has them. (Templates on the third stack
// item, the punctuation between s0 and n0 and the headless words on the
// stack, alone or with these, did as well on dev but hung the passive
// main verb of "The man who attacked the embassy was arrested." from the
// relative clause.)
func (s *state) contextFeatures(a *words, dst []uint64, s0, s1, s0h, n0, n0l int32) []uint64 {
	P := func(i int32) uint64 { return at(a.p, i) }
	s0p, n0p := P(s0), P(n0)
	s0w, n0w, cw := at(a.w, s0), at(a.w, n0), at(a.w, n0l)
	return append(dst,
		h(200, cw, s0w), h(201, cw, s0p, n0p), h(202, cw, P(s0h), s0p, n0p),
		h(203, cw, P(s1), s0p, n0p), h(204, cw, s0p, n0w), h(205, cw, uint64(s.lab(s0)), s0p, n0p),
	)
}
