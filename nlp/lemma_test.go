package nlp

import (
	"bytes"
	"strings"
	"testing"
)

// lemmaCorpus is a tiny hand-made training set for the lemmatizer.
func lemmaCorpus() []GoldSentence {
	rows := []string{
		"I I PRON PRP|saw see VERB VBD|the the DET DT|cats cat NOUN NNS",
		"i I PRON PRP|liked like VERB VBD|Americans American PROPN NNPS",
		"The the DET DT|dogs dog NOUN NNS|were be AUX VBD|running run VERB VBG",
		"EPM EPM NOUN NN|stopped stop VERB VBD|in in ADP IN|Mexico Mexico PROPN NNP",
		"mexico Mexico PROPN NNP|bakes bake VERB VBZ|the the DET DT|bread bread NOUN NN",
		"They they PRON PRP|hope hope VERB VBP|to to PART TO|like like VERB VB",
	}
	var out []GoldSentence
	for _, r := range rows {
		var s GoldSentence
		for _, w := range strings.Split(r, "|") {
			f := strings.Fields(w)
			s.Tokens = append(s.Tokens, Token{Form: f[0], Lemma: f[1], UPOS: f[2], XPOS: f[3]})
		}
		out = append(out, s)
	}
	return out
}

func TestLemmatizer(t *testing.T) {
	l := TrainLemmatizer(lemmaCorpus())
	read, _ := roundTrip(t, l, ReadLemmatizer)
	tests := []struct{ form, upos, xpos, want string }{
		// From the lexicon, with the casing learnt.
		{"i", "PRON", "PRP", "I"},
		{"THE", "DET", "DT", "the"},
		{"saw", "VERB", "VBD", "see"},
		{"Americans", "PROPN", "NNPS", "American"},
		{"MEXICO", "PROPN", "NNP", "Mexico"},
		{"were", "VERB", "VBN", "be"}, // unknown with VBN, known as a VERB
		// Rules for unknown words.
		{"wolves", "NOUN", "NNS", "wolf"},
		{"ponies", "NOUN", "NNS", "pony"},
		{"boxes", "NOUN", "NNS", "box"},
		{"glass", "NOUN", "NN", "glass"},
		{"glasses", "NOUN", "NNS", "glass"},
		{"tables", "NOUN", "NNS", "table"},
		{"children", "NOUN", "NNS", "child"},
		{"carries", "VERB", "VBZ", "carry"},
		{"watches", "VERB", "VBZ", "watch"},
		{"walks", "VERB", "VBZ", "walk"},
		{"tried", "VERB", "VBD", "try"},
		{"hoped", "VERB", "VBD", "hope"}, // "hope" is a known lemma
		{"planned", "VERB", "VBD", "plan"},
		{"walked", "VERB", "VBN", "walk"},
		{"baked", "VERB", "VBN", "bake"},
		{"located", "VERB", "VBN", "locate"},
		{"treated", "VERB", "VBN", "treat"},
		{"charged", "VERB", "VBD", "charge"},
		{"called", "VERB", "VBD", "call"},
		{"thought", "VERB", "VBD", "think"},
		{"written", "VERB", "VBN", "write"},
		{"liking", "VERB", "VBG", "like"},
		{"jumping", "VERB", "VBG", "jump"},
		{"swimming", "VERB", "VBG", "swim"},
		{"bigger", "ADJ", "JJR", "big"},
		{"happier", "ADJ", "JJR", "happy"},
		{"nicer", "ADJ", "JJR", "nice"},
		{"worst", "ADJ", "JJS", "bad"},
		{"tallest", "ADJ", "JJS", "tall"},
		{"Obamas", "PROPN", "NNPS", "Obama"},
		{"Nairobi", "PROPN", "NNP", "Nairobi"},
		{"Quickly", "ADV", "RB", "quickly"},
		{"243,000", "NUM", "CD", "243000"},
		{"3.5", "NUM", "CD", "3.5"},
		{"one,", "NUM", "CD", "one,"},
	}
	for _, lm := range []*Lemmatizer{l, read} {
		for _, tt := range tests {
			toks := []Token{{Form: tt.form, UPOS: tt.upos, XPOS: tt.xpos}}
			lm.Lemmatize(toks)
			if toks[0].Lemma != tt.want {
				t.Errorf("%s/%s: lemma %q, want %q", tt.form, tt.xpos, toks[0].Lemma, tt.want)
			}
		}
	}
}

func TestReadLemmatizerRejectsBadInput(t *testing.T) {
	var buf bytes.Buffer
	TrainLemmatizer(lemmaCorpus()).WriteTo(&buf)
	good := buf.Bytes()
	for name, data := range map[string][]byte{
		"empty":     nil,
		"truncated": good[:len(good)/2],
		"bad magic": append([]byte("XXXX"), good[4:]...),
	} {
		_, err := ReadLemmatizer(bytes.NewReader(data))
		if err == nil || !strings.Contains(err.Error(), "lemmatizer model") {
			t.Errorf("%s: error %v, want a lemmatizer model error", name, err)
		}
	}
}
