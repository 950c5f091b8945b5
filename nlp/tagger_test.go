package nlp

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// tagCorpus is a tiny hand-tagged training set: "form/UPOS/XPOS" words.
var tagCorpus = []string{
	"The/DET/DT dog/NOUN/NN barks/VERB/VBZ ./PUNCT/.",
	"A/DET/DT cat/NOUN/NN sleeps/VERB/VBZ ./PUNCT/.",
	"The/DET/DT dogs/NOUN/NNS bark/VERB/VBP loudly/ADV/RB ./PUNCT/.",
	"The/DET/DT cats/NOUN/NNS sleep/VERB/VBP ./PUNCT/.",
	"Paris/PROPN/NNP visited/VERB/VBD Berlin/PROPN/NNP ./PUNCT/.",
	"Macron/PROPN/NNP met/VERB/VBD the/DET/DT president/NOUN/NN ./PUNCT/.",
	"They/PRON/PRP walked/VERB/VBD quickly/ADV/RB ./PUNCT/.",
	"She/PRON/PRP walks/VERB/VBZ slowly/ADV/RB ./PUNCT/.",
	"A/DET/DT bird/NOUN/NN sings/VERB/VBZ ./PUNCT/.",
	"The/DET/DT minister/NOUN/NN talked/VERB/VBD ./PUNCT/.",
}

func parseTagged(lines []string) []GoldSentence {
	var out []GoldSentence
	for _, line := range lines {
		var s GoldSentence
		for _, w := range strings.Fields(line) {
			f := strings.Split(w, "/")
			s.Tokens = append(s.Tokens, Token{Form: f[0], UPOS: f[1], XPOS: f[2]})
		}
		out = append(out, s)
	}
	return out
}

// toyTrainingSet is the tag corpus three times over, so the tag
// dictionary has frequent words to learn.
func toyTrainingSet() []GoldSentence {
	var train []GoldSentence
	for range 3 {
		train = append(train, parseTagged(tagCorpus)...)
	}
	return train
}

func trainToyTagger(t testing.TB, twoPass ...bool) *Tagger {
	t.Helper()
	return TrainTagger(toyTrainingSet(), TrainOptions{Epochs: 5, Seed: 7, TwoPass: len(twoPass) > 0 && twoPass[0]})
}

func tagString(tg *Tagger, sentence string) string {
	var toks []Token
	for _, w := range strings.Fields(sentence) {
		toks = append(toks, Token{Form: w})
	}
	tg.Tag(toks)
	var out []string
	for _, tok := range toks {
		out = append(out, tok.Form+"/"+tok.UPOS+"/"+tok.XPOS)
	}
	return strings.Join(out, " ")
}

// Both the one-pass and the two-pass tagger tag new sentences, before and
// after a write and read.
func TestTaggerTagsUnseenSentences(t *testing.T) {
	for _, twoPass := range []bool{false, true} {
		tg := trainToyTagger(t, twoPass)
		if (tg.second != nil) != twoPass {
			t.Fatalf("two-pass %v: second pass present: %v", twoPass, tg.second != nil)
		}
		testTagsUnseenSentences(t, tg, twoPass)
	}
}

// On a corpus this small the second pass learns from held-out first-pass
// tags of taggers trained on five sentences, so only known words are
// asked of it; it must still read back unchanged.
func testTagsUnseenSentences(t *testing.T, tg *Tagger, twoPass bool) {
	read, _ := roundTrip(t, tg, ReadTagger)
	tests := []struct{ in, want string }{
		// Known words in new combinations.
		{"The bird barks .", "The/DET/DT bird/NOUN/NN barks/VERB/VBZ ./PUNCT/."},
		{"A dog sleeps .", "A/DET/DT dog/NOUN/NN sleeps/VERB/VBZ ./PUNCT/."},
		// Unknown words from their suffixes and context.
		{"The horse sings .", "The/DET/DT horse/NOUN/NN sings/VERB/VBZ ./PUNCT/."},
		{"They jumped quickly .", "They/PRON/PRP jumped/VERB/VBD quickly/ADV/RB ./PUNCT/."},
	}
	if (read.second != nil) != (tg.second != nil) {
		t.Errorf("second pass present %v after reading, %v before", read.second != nil, tg.second != nil)
	}
	for _, tt := range tests {
		if a, b := tagString(tg, tt.in), tagString(read, tt.in); a != b {
			t.Errorf("%q: tagged %s after reading, %s before", tt.in, b, a)
		}
	}
	if twoPass {
		tests = tests[:2]
	}
	for name, tagger := range map[string]*Tagger{"trained": tg, "read back": read} {
		for _, tt := range tests {
			if got := tagString(tagger, tt.in); got != tt.want {
				t.Errorf("%s tagger: %q\n got %s\nwant %s", name, tt.in, got, tt.want)
			}
		}
	}
}

func TestTaggerIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	trainToyTagger(t).WriteTo(&a)
	trainToyTagger(t).WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same seed gave different models")
	}
}

func TestTaggerDoesNotAllocate(t *testing.T) {
	tg := trainToyTagger(t, true)
	toks := parseTagged(tagCorpus[4:5])[0].Tokens
	tg.Tag(toks)
	if allocs := testing.AllocsPerRun(50, func() { tg.Tag(toks) }); allocs > 0 {
		t.Errorf("Tag allocated %v times per sentence", allocs)
	}
}

func TestTaggerHandlesEmptyAndOddInput(t *testing.T) {
	tg := trainToyTagger(t)
	tg.Tag(nil)
	toks := []Token{{Form: ""}, {Form: "日本"}, {Form: "\xff\xfe"}}
	tg.Tag(toks)
	for _, tok := range toks {
		if tok.UPOS == "" || tok.XPOS == "" {
			t.Errorf("token %q left untagged", tok.Form)
		}
	}
}

func TestReadTaggerRejectsBadInput(t *testing.T) {
	var buf bytes.Buffer
	trainToyTagger(t).WriteTo(&buf)
	good := buf.Bytes()
	for name, data := range map[string][]byte{
		"empty":     nil,
		"truncated": good[:len(good)-10],
		"bad magic": append([]byte("XXXX"), good[4:]...),
	} {
		_, err := ReadTagger(bytes.NewReader(data))
		if err == nil || !strings.Contains(err.Error(), "tagger model") {
			t.Errorf("%s: error %v, want a tagger model error", name, err)
		}
	}
}

// A tagger of two summed seeds scores every feature as the sum of the two
// taggers trained alone, in both passes, and still tags like one.
func TestTaggerEnsembleSumsSeeds(t *testing.T) {
	train := toyTrainingSet()
	opt := TrainOptions{Epochs: 5, Seed: 7, TwoPass: true}
	a := TrainTagger(train, opt)
	opt.Seed += 0x9e3779b9
	b := TrainTagger(train, opt)
	opt.Seed, opt.Models = 7, 2
	sum := TrainTagger(train, opt)
	for pass, m := range map[string][3]*Perceptron{"first": {a.model, b.model, sum.model}, "second": {a.second, b.second, sum.second}} {
		n := m[0].Classes()
		sa, sb, ss := make([]float32, n), make([]float32, n), make([]float32, n)
		for _, k := range append(slices.Clone(m[0].keys), m[1].keys...) {
			m[0].Score([]uint64{k}, sa)
			m[1].Score([]uint64{k}, sb)
			m[2].Score([]uint64{k}, ss)
			for c := range ss {
				if ss[c] != sa[c]+sb[c] {
					t.Fatalf("%s pass, feature %x, class %d: ensemble weight %v, seeds %v + %v", pass, k, c, ss[c], sa[c], sb[c])
				}
			}
		}
	}
	testTagsUnseenSentences(t, sum, true)
}
