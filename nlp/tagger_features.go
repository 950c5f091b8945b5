package nlp

import (
	"unicode"
	"unicode/utf8"
)

// wordInfo holds the hashes of one token's word-level features, computed
// once per token so the features of its neighbours can reuse them.
type wordInfo struct {
	lower uint64 // the lowercased form
	suf   [4]uint64
	pre   [3]uint64
	shape uint64
	form  uint64 // the form as written
	amb   uint64 // the word's ambiguity class (see Tagger.amb), 0 if unknown
	flags int    // flag bits below
	dict  int    // class from the tag dictionary, or -1
}

const (
	flagDigit = 1 << iota
	flagHyphen
	flagUpper   // starts with an upper-case letter
	flagAllCaps // all letters upper case (and at least two)
	flagNonAlnum
)

// Sentinels stand for the positions before the sentence start and after
// its end, so every context feature is defined.
var (
	startInfo = sentinel("<s>")
	endInfo   = sentinel("</s>")
)

// describe computes the word-level hashes of form without allocating:
// lower-case runes are mixed into the hashes one by one.
func describe(form string) wordInfo {
	var wi wordInfo
	lower := FeatureKey(fnvOffset)
	shape := FeatureKey(fnvOffset)
	var last rune = -1
	run := 0
	letters, uppers := 0, 0
	var head [3]rune
	var tail [4]rune // ring buffer of the last four runes
	n := 0
	for _, r := range form {
		lr := r
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				lr = r + 'a' - 'A'
			}
		default:
			lr = unicode.ToLower(r)
		}
		lower = lower.Int(int(lr))
		if n < 3 {
			head[n] = lr
		}
		tail[n&3] = lr
		n++

		var s rune
		switch {
		case '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r):
			s = 'd'
			wi.flags |= flagDigit
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLower(r):
			s = 'x'
			letters++
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r):
			s = 'X'
			letters++
			uppers++
			if n == 1 {
				wi.flags |= flagUpper
			}
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			s = 'x'
			letters++
		default:
			s = r
			if r == '-' {
				wi.flags |= flagHyphen
			}
			wi.flags |= flagNonAlnum
		}
		// Runs of the same shape character longer than four collapse, so
		// "Xxxxx" and "Xxxxxxxx" share a shape.
		if s == last {
			run++
		} else {
			last, run = s, 1
		}
		if run <= 4 {
			shape = shape.Int(int(s))
		}
	}
	if letters >= 2 && uppers == letters {
		wi.flags |= flagAllCaps
	}
	wi.lower = lower.Key()
	wi.shape = shape.Key()
	wi.form = Feature(0).Str(form).Key()
	// Prefixes and suffixes of 1..k runes, hashed from the runes kept.
	h := FeatureKey(fnvOffset)
	for i := 0; i < len(wi.pre); i++ {
		if i < n {
			h = h.Int(int(head[i]))
		}
		wi.pre[i] = h.Key()
	}
	h = FeatureKey(fnvOffset)
	for i := 0; i < len(wi.suf); i++ {
		if i < n {
			h = h.Int(int(tail[(n-1-i)&3]))
		}
		wi.suf[i] = h.Key()
	}
	return wi
}

// Feature templates of the tagger. The numbers are part of the model file
// format: changing their meaning needs a new model version.
const (
	tfBias = iota
	tfWord
	tfSuffix1
	tfSuffix2
	tfSuffix3
	tfSuffix4
	tfPrefix1
	tfPrefix2
	tfPrefix3
	tfShape
	tfFlags
	tfPrevTag
	tfPrev2Tag
	tfPrevTags
	tfPrevTagWord
	tfPrevWord
	tfPrev2Word
	tfNextWord
	tfNext2Word
	tfPrevSuffix3
	tfNextSuffix3
	tfPrevWordWord
	tfWordNextWord
	tfPrevTagNextWord
	tfPrevTagSuffix3
	tfNextShape
	tfFirstFlags
	tfForm
	tfAmb
	tfNextAmb
	tfNext2Amb
	tfPrevTagAmb
	tfAmbNextAmb
	tfPrevAmb
	// second pass: the first pass's tags of this word and the next two
	tfFirstTag
	tfNextTag
	tfNext2Tag
	tfNextTags
	tfPrevNextTag
	tfNextTagWord
	tfNextTagSuffix3
	tfFirstTagWord
	tfPrevFirstNextTag
)

// appendFeatures appends the features of token i given the word infos of
// the sentence (ws, padded with two sentinels on each side, so token i is
// ws[i+2]) and the classes already predicted on its left (p1, p2; -1 at
// the start).
func appendFeatures(feats []uint64, ws []wordInfo, i, p1, p2 int) []uint64 {
	w := &ws[i+2]
	l1, l2 := &ws[i+1], &ws[i]
	r1, r2 := &ws[i+3], &ws[i+4]
	first := 0
	if i == 0 {
		first = 1
	}
	return append(feats,
		Feature(tfBias).Key(),
		Feature(tfWord).Int(int(w.lower)).Key(),
		Feature(tfSuffix1).Int(int(w.suf[0])).Key(),
		Feature(tfSuffix2).Int(int(w.suf[1])).Key(),
		Feature(tfSuffix3).Int(int(w.suf[2])).Key(),
		Feature(tfSuffix4).Int(int(w.suf[3])).Key(),
		Feature(tfPrefix1).Int(int(w.pre[0])).Key(),
		Feature(tfPrefix2).Int(int(w.pre[1])).Key(),
		Feature(tfPrefix3).Int(int(w.pre[2])).Key(),
		Feature(tfShape).Int(int(w.shape)).Key(),
		Feature(tfFlags).Int(w.flags).Key(),
		Feature(tfPrevTag).Int(p1).Key(),
		Feature(tfPrev2Tag).Int(p2).Key(),
		Feature(tfPrevTags).Int(p1).Int(p2).Key(),
		Feature(tfPrevTagWord).Int(p1).Int(int(w.lower)).Key(),
		Feature(tfPrevWord).Int(int(l1.lower)).Key(),
		Feature(tfPrev2Word).Int(int(l2.lower)).Key(),
		Feature(tfNextWord).Int(int(r1.lower)).Key(),
		Feature(tfNext2Word).Int(int(r2.lower)).Key(),
		Feature(tfPrevSuffix3).Int(int(l1.suf[2])).Key(),
		Feature(tfNextSuffix3).Int(int(r1.suf[2])).Key(),
		Feature(tfPrevWordWord).Int(int(l1.lower)).Int(int(w.lower)).Key(),
		Feature(tfWordNextWord).Int(int(w.lower)).Int(int(r1.lower)).Key(),
		Feature(tfPrevTagNextWord).Int(p1).Int(int(r1.lower)).Key(),
		Feature(tfPrevTagSuffix3).Int(p1).Int(int(w.suf[2])).Key(),
		Feature(tfNextShape).Int(int(r1.shape)).Key(),
		Feature(tfFirstFlags).Int(first).Int(w.flags).Key(),
		Feature(tfForm).Int(int(w.form)).Key(),
		Feature(tfAmb).Int(int(w.amb)).Key(),
		Feature(tfNextAmb).Int(int(r1.amb)).Key(),
		Feature(tfNext2Amb).Int(int(r2.amb)).Key(),
		Feature(tfPrevTagAmb).Int(p1).Int(int(w.amb)).Key(),
		Feature(tfAmbNextAmb).Int(int(w.amb)).Int(int(r1.amb)).Key(),
		Feature(tfPrevAmb).Int(int(l1.amb)).Key(),
	)
}

func sentinel(name string) wordInfo {
	h := Feature(250).Str(name).Key()
	return wordInfo{lower: h, shape: h, form: h, amb: h, dict: -1}
}

// appendSecondPassFeatures appends the second pass's features of token i:
// the first pass's tags (first) of i and of the two words after it, alone
// and with the word and the tag already chosen on its left (p1).
func appendSecondPassFeatures(feats []uint64, ws []wordInfo, first []int, i, p1 int) []uint64 {
	w := &ws[i+2]
	at := func(j int) int {
		if j >= len(first) {
			return -2 // past the end
		}
		return first[j]
	}
	f0, f1, f2 := first[i], at(i+1), at(i+2)
	return append(feats,
		Feature(tfFirstTag).Int(f0).Key(),
		Feature(tfNextTag).Int(f1).Key(),
		Feature(tfNext2Tag).Int(f2).Key(),
		Feature(tfNextTags).Int(f1).Int(f2).Key(),
		Feature(tfPrevNextTag).Int(p1).Int(f1).Key(),
		Feature(tfNextTagWord).Int(f1).Int(int(w.lower)).Key(),
		Feature(tfNextTagSuffix3).Int(f1).Int(int(w.suf[2])).Key(),
		Feature(tfFirstTagWord).Int(f0).Int(int(w.lower)).Key(),
		Feature(tfPrevFirstNextTag).Int(p1).Int(f0).Int(f1).Key(),
	)
}
