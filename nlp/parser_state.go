package nlp

// The transition system: arc-eager (Nivre 2003) with the root token at the
// end of the buffer (Ballesteros & Nivre 2013), so every word, including
// the sentence's root, gets its head from an explicit transition and the
// oracle's arc costs need no special case for the root.
//
// Positions: words are 1..n, the artificial root is n+1 (written back as
// head 0). A parse is over when the buffer holds only the root and the
// stack is empty.

// The unlabelled moves; the label of an arc is chosen by a separate
// classifier when the arc is made.
const (
	moveShift = iota
	moveReduce
	moveLeft  // s0 ← b0: b0 becomes the head of s0, which is popped
	moveRight // s0 → b0: s0 becomes the head of b0, which is pushed
	numMoves
)

var moveNames = [numMoves]string{"SHIFT", "REDUCE", "LEFT", "RIGHT"}

// none marks a missing position (no head, no child, empty stack).
const none = -1

// state is a parser configuration plus what the features read from it.
type state struct {
	n     int // words; root is n+1
	stack []int32
	b     int32 // front of the buffer
	head  []int32
	label []int32 // label index of the arc to head, or none
	// Leftmost, second leftmost, rightmost and second rightmost children.
	lc1, lc2, rc1, rc2 []int32
	nl, nr             []int32  // number of left and right children
	lset, rset         []uint64 // bit sets of the labels of left and right children
}

// reset prepares s for a sentence of n words, reusing its storage.
func (s *state) reset(n int) {
	s.n = n
	s.stack = s.stack[:0]
	s.b = 1
	m := n + 2
	s.head = fill(s.head, m, none)
	s.label = fill(s.label, m, none)
	s.lc1 = fill(s.lc1, m, none)
	s.lc2 = fill(s.lc2, m, none)
	s.rc1 = fill(s.rc1, m, none)
	s.rc2 = fill(s.rc2, m, none)
	s.nl = fill(s.nl, m, 0)
	s.nr = fill(s.nr, m, 0)
	s.lset = fillBits(s.lset, m)
	s.rset = fillBits(s.rset, m)
}

func fill(a []int32, n int, v int32) []int32 {
	if cap(a) < n {
		a = make([]int32, n)
	}
	a = a[:n]
	for i := range a {
		a[i] = v
	}
	return a
}

func fillBits(a []uint64, n int) []uint64 {
	if cap(a) < n {
		a = make([]uint64, n)
	}
	a = a[:n]
	clear(a)
	return a
}

func (s *state) root() int32 { return int32(s.n + 1) }

func (s *state) terminal() bool { return len(s.stack) == 0 && s.b == s.root() }

// s0 returns the top of the stack, s1 the item below it (or none).
func (s *state) s0() int32 {
	if len(s.stack) == 0 {
		return none
	}
	return s.stack[len(s.stack)-1]
}

func (s *state) s1() int32 {
	if len(s.stack) < 2 {
		return none
	}
	return s.stack[len(s.stack)-2]
}

// bi returns the i-th buffer position (0 is the front), or none past the root.
func (s *state) bi(i int32) int32 {
	if p := s.b + i; p <= s.root() {
		return p
	}
	return none
}

// valid reports whether move m is allowed in s.
func (s *state) valid(m int) bool {
	s0 := s.s0()
	switch m {
	case moveShift, moveRight:
		// The root is never pushed; RIGHT also needs a head on the stack.
		return s.b != s.root() && (m == moveShift || s0 != none)
	case moveLeft:
		return s0 != none && s.head[s0] == none
	case moveReduce:
		return s0 != none && s.head[s0] != none
	}
	return false
}

// forcedMove returns the only valid move, if there is only one: SHIFT on
// an empty stack, and LEFT or REDUCE of s0 once the buffer holds only the
// root.
func (s *state) forcedMove() (int, bool) {
	switch {
	case len(s.stack) == 0:
		return moveShift, true
	case s.b == s.root() && s.head[s.s0()] == none:
		return moveLeft, true
	case s.b == s.root():
		return moveReduce, true
	}
	return 0, false
}

// apply performs move m; label is the arc's label index for LEFT and RIGHT.
func (s *state) apply(m int, label int32) {
	switch m {
	case moveShift:
		s.stack = append(s.stack, s.b)
		s.b++
	case moveReduce:
		s.stack = s.stack[:len(s.stack)-1]
	case moveLeft:
		s.addArc(s.b, s.s0(), label)
		s.stack = s.stack[:len(s.stack)-1]
	case moveRight:
		s.addArc(s.s0(), s.b, label)
		s.stack = append(s.stack, s.b)
		s.b++
	}
}

func (s *state) addArc(h, d, label int32) {
	s.head[d] = h
	s.label[d] = label
	bit := uint64(1) << (uint(label) & 63)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		if s.lc1[h] == none || d < s.lc1[h] {
			s.lc2[h], s.lc1[h] = s.lc1[h], d
		} else if s.lc2[h] == none || d < s.lc2[h] {
			s.lc2[h] = d
		}
		return
	}
	s.nr[h]++
	s.rset[h] |= bit
	if s.rc1[h] == none || d > s.rc1[h] {
		s.rc2[h], s.rc1[h] = s.rc1[h], d
	} else if s.rc2[h] == none || d > s.rc2[h] {
		s.rc2[h] = d
	}
}

// cost returns the number of gold arcs that move m makes unreachable
// (Goldberg & Nivre 2012's dynamic oracle for arc-eager, exact on
// projective trees). gold[i] is the gold head of word i, with the root
// as n+1.
func (s *state) cost(m int, gold []int32) int {
	s0, b0 := s.s0(), s.b
	c := 0
	switch m {
	case moveShift, moveRight:
		// b0 goes onto the stack: stacked words still waiting for b0 as
		// their head can no longer get it, and b0 can no longer take a
		// head from the stack (SHIFT) or anywhere but s0 (RIGHT).
		for _, k := range s.stack {
			if gold[k] == b0 && s.head[k] == none {
				c++
			}
		}
		h := gold[b0]
		if m == moveShift {
			if s.onStack(h) {
				c++
			}
		} else if h != s0 && (h >= b0 || s.onStack(h)) {
			c++
		}
	case moveLeft:
		// s0 takes b0 as its head and leaves: its dependents in the
		// buffer and a head further right are lost.
		if h := gold[s0]; h != b0 && h > b0 {
			c++
		}
		c += s.bufferDeps(s0, gold)
	case moveReduce:
		c += s.bufferDeps(s0, gold)
	}
	return c
}

func (s *state) onStack(i int32) bool {
	for _, k := range s.stack {
		if k == i {
			return true
		}
	}
	return false
}

// bufferDeps counts the gold dependents of w still in the buffer.
func (s *state) bufferDeps(w int32, gold []int32) int {
	c := 0
	for k := s.b; k <= int32(s.n); k++ {
		if gold[k] == w {
			c++
		}
	}
	return c
}
