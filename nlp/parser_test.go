package nlp

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// tree builds gold tokens from "form/head/rel" items.
func tree(t *testing.T, spec string) []Token {
	t.Helper()
	var toks []Token
	for _, item := range strings.Fields(spec) {
		f := strings.Split(item, "/")
		if len(f) != 3 {
			t.Fatalf("bad item %q", item)
		}
		head := 0
		for _, c := range f[1] {
			head = head*10 + int(c-'0')
		}
		toks = append(toks, Token{Form: f[0], UPOS: "X", XPOS: "X", Lemma: f[0], Head: head, Rel: f[2]})
	}
	return toks
}

var oracleTrees = []string{
	"The/2/det president/3/nsubj met/0/root the/6/det prime/6/amod minister/3/obj in/8/case Paris/3/obl ./3/punct",
	"He/3/nsubj:pass was/3/aux:pass greeted/0/root by/6/case the/6/det crowd/3/obl:agent",
	"Protesters/2/nsubj marched/0/root and/4/cc chanted/2/conj slogans/4/obj",
	"The/2/det man/6/nsubj:pass who/4/nsubj attacked/2/acl:relcl was/6/aux:pass arrested/0/root",
	"Go/0/root",
	"a/2/det b/0/root c/4/case d/2/nmod e/2/punct",
}

// Following zero-cost moves only, the transition system rebuilds every
// projective gold tree exactly, and a zero-cost move always exists.
func TestOracleReproducesProjectiveTrees(t *testing.T) {
	for _, spec := range oracleTrees {
		toks := tree(t, spec)
		g, err := goldHeads(GoldSentence{ID: spec, Tokens: toks})
		if err != nil {
			t.Fatal(err)
		}
		var st state
		st.reset(len(toks))
		for steps := 0; !st.terminal(); steps++ {
			if steps > 4*len(toks) {
				t.Fatalf("%s: no end after %d moves", spec, steps)
			}
			move := -1
			for m := range numMoves {
				if st.valid(m) && st.cost(m, g) == 0 {
					move = m
					break
				}
			}
			if move < 0 {
				t.Fatalf("%s: no zero-cost move with stack %v, buffer at %d", spec, st.stack, st.b)
			}
			st.apply(move, 0)
		}
		if got, want := st.head[1:len(toks)+1], g[1:len(toks)+1]; !slices.Equal(got, want) {
			t.Errorf("%s: heads %v, want %v", spec, got, want)
		}
	}
}

// Costs count the gold arcs a move loses: shifting "met" before "president"
// is attached loses president's arc.
func TestOracleCosts(t *testing.T) {
	toks := tree(t, oracleTrees[0])
	g, _ := goldHeads(GoldSentence{Tokens: toks})
	var st state
	st.reset(len(toks))
	st.apply(moveShift, 0) // The
	st.apply(moveLeft, 0)  // The ← president
	st.apply(moveShift, 0) // president
	if c := st.cost(moveShift, g); c != 1 {
		t.Errorf("SHIFT met over a headless president: cost %d, want 1", c)
	}
	if c := st.cost(moveLeft, g); c != 0 {
		t.Errorf("LEFT president ← met: cost %d, want 0", c)
	}
	if c := st.cost(moveRight, g); c != 2 {
		t.Errorf("RIGHT president → met: cost %d, want 2 (met's root arc and president's head)", c)
	}
	if st.valid(moveReduce) {
		t.Error("REDUCE of a headless word is valid")
	}
}

func TestProjectivise(t *testing.T) {
	// "A hearing is scheduled on the issue today": "on" (2 → 6, over "is
	// scheduled") is non-projective; lifting attaches it to "scheduled".
	toks := tree(t, "A/2/det hearing/4/nsubj is/4/aux scheduled/0/root on/6/case issue/2/nmod today/4/obl")
	g, err := goldHeads(GoldSentence{Tokens: toks})
	if err != nil {
		t.Fatal(err)
	}
	projectivise(g)
	if g[6] != 4 {
		t.Errorf("issue's head after projectivising: %d, want 4", g[6])
	}
	for d := int32(1); d <= 7; d++ {
		if !projectiveArc(g, g[d], min(g[d], d), max(g[d], d)) {
			t.Errorf("arc %d → %d still non-projective", g[d], d)
		}
	}
}

func TestGoldHeadsRejectsBadTrees(t *testing.T) {
	for spec, want := range map[string]string{
		"a/2/det b/5/root":      "head 5 out of range",
		"a/2/dep b/1/dep c/0/x": "cycle",
		"a/1/dep":               "head 1 out of range",
	} {
		_, err := goldHeads(GoldSentence{ID: "s1", Tokens: tree(t, spec)})
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "sentence s1") {
			t.Errorf("%s: error %v, want one naming sentence s1 and %q", spec, err, want)
		}
	}
}

// A small parser, summed from two seeds and with a relabeller, learns its
// training trees, and parses them the same after a write and read (which
// stores the weights in their compact form).
func TestParserEnsembleRelabellerRoundTrip(t *testing.T) {
	var train []GoldSentence
	for i, spec := range oracleTrees {
		train = append(train, GoldSentence{ID: fmt.Sprint(i), Tokens: tree(t, spec)})
	}
	p, err := TrainParser(train, ParserOptions{Epochs: 12, Seed: 3, Models: 2, Relabel: true, MinHits: 1})
	if err != nil {
		t.Fatal(err)
	}
	if p.relabeller == nil || p.relabeller.Features() == 0 {
		t.Fatal("no relabeller trained")
	}
	if s := ScoreParser(p, train); s.UAS < 90 || s.LAS < 90 {
		t.Errorf("training trees parsed with UAS %.1f LAS %.1f, want both ≥ 90", s.UAS, s.LAS)
	}
	q, _ := roundTrip(t, p, ReadParser)
	if q.relabeller == nil {
		t.Fatal("the relabeller was lost in the round trip")
	}
	if !p.extended || !q.extended {
		t.Errorf("extended move features: %v when trained, %v when read; want both", p.extended, q.extended)
	}
	// A model of the base features (format 3) reads back as one.
	base := *p
	base.extended = false
	var buf bytes.Buffer
	base.WriteTo(&buf)
	if version := buf.Bytes()[4]; version != 3 {
		t.Errorf("a base-feature parser was written as version %d, want 3", version)
	}
	if r, err := ReadParser(&buf); err != nil || r.extended {
		t.Errorf("base-feature parser read back: %v", err)
	}
	for _, s := range train {
		a, b := slices.Clone(s.Tokens), slices.Clone(s.Tokens)
		p.Parse(a)
		q.Parse(b)
		for i := range a {
			if a[i].Head != b[i].Head || a[i].Rel != b[i].Rel {
				t.Errorf("sentence %s word %d: %d/%s before the round trip, %d/%s after", s.ID, i+1, a[i].Head, a[i].Rel, b[i].Head, b[i].Rel)
			}
		}
	}
}
