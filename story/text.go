package story

import (
	"crypto/sha256"
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// words returns the text's words: runs of letters, digits and marks,
// lower-cased. Punctuation, symbols and spacing are dropped, so re-typeset
// copies of a text give the same words.
func words(text string) []string {
	out := make([]string, 0, len(text)/6) // words average some five letters and a space
	start := -1
	lower := true
	for i, r := range text {
		if r < utf8.RuneSelf && asciiWord[r] != 0 || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) {
			if start < 0 {
				start = i
				lower = true
			}
			if r >= utf8.RuneSelf || asciiWord[r] == wordUpper {
				lower = false
			}
			continue
		}
		if start >= 0 {
			out = append(out, lowerWord(text[start:i], lower))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, lowerWord(text[start:], lower))
	}
	return out
}

// asciiWord classes the ASCII characters for words: 0 for those that
// are not part of words, wordLower for lower-case letters and digits,
// wordUpper for capitals. Most text is ASCII, and a table is quicker than the
// unicode package's tests.
var asciiWord = func() (t [utf8.RuneSelf]byte) {
	for r := range utf8.RuneSelf {
		switch {
		case 'A' <= r && r <= 'Z':
			t[r] = wordUpper
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			t[r] = wordLower
		}
	}
	return t
}()

const (
	wordLower = 1
	wordUpper = 2
)

func lowerWord(w string, isLower bool) string {
	if isLower {
		return w
	}
	return strings.ToLower(w)
}

// ExactKey returns the key by which exact copies are recognised: a hash
// of the text's words (see words), so that case, punctuation and spacing
// do not matter. It is zero for a text without words.
func ExactKey(text string) uint64 {
	return exactKeyOf(words(text))
}

// exactKeyWords hashes a non-empty word list.
func exactKeyWords(ws []string) uint64 {
	h := sha256.New()
	for _, w := range ws {
		h.Write([]byte(w))
		h.Write([]byte{' '})
	}
	return binary.LittleEndian.Uint64(h.Sum(nil))
}

// shingles returns the sorted, distinct hashes of the text's word pairs
// (a one-word text gives that word). Pairs rather than single words keep
// texts that merely share a vocabulary apart; pairs rather than longer
// runs keep a copy with one word in three replaced recognisable. The hash
// is the same in every process, so that which pairs an index samples, and
// so what it finds, does not change from one run to the next.
func shingles(ws []string) []uint32 {
	if len(ws) == 0 {
		return nil
	}
	out := make([]uint32, 0, len(ws))
	if len(ws) == 1 {
		return append(out, fold(fnv(fnvOffset, ws[0])))
	}
	for i := 1; i < len(ws); i++ {
		h := fnv(fnvOffset, ws[i-1])
		h *= fnvPrime // the separator, a zero byte (h ^ 0 is h)
		out = append(out, fold(fnv(h, ws[i])))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// fold mixes the 64 bits of h into 32 (FNV's low bits are its weakest,
// and the index uses both the low bits, to sample, and the high ones).
func fold(h uint64) uint32 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return uint32(h >> 32)
}

// overlap returns how many values two sorted sets share.
func overlap(a, b []uint32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}
