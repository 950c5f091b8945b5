package coder

import "strings"

// inflect returns the regular third-person, past and gerund forms of an
// English verb: -s/-es/-ies, -ed/-d/-ied and -ing, dropping a final silent
// e and doubling the final consonant of a one-syllable verb that ends
// consonant-vowel-consonant (ban → banned). Verbs that break these rules
// list their forms in the dictionary.
func inflect(lemma string) (third, past, gerund string) {
	n := len(lemma)
	last := lemma[n-1]
	switch {
	case strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "x") || strings.HasSuffix(lemma, "z") ||
		strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "sh") || strings.HasSuffix(lemma, "o"):
		third = lemma + "es"
	case last == 'y' && n > 1 && !isVowel(lemma[n-2]):
		third = lemma[:n-1] + "ies"
	default:
		third = lemma + "s"
	}
	stem := lemma
	if doublesFinal(lemma) {
		stem = lemma + lemma[n-1:]
	}
	switch {
	case last == 'e':
		past = lemma + "d"
	case last == 'y' && n > 1 && !isVowel(lemma[n-2]):
		past = lemma[:n-1] + "ied"
	default:
		past = stem + "ed"
	}
	switch {
	case strings.HasSuffix(lemma, "ie"):
		gerund = lemma[:n-2] + "ying"
	case last == 'e' && !strings.HasSuffix(lemma, "ee") && !strings.HasSuffix(lemma, "ye") && !strings.HasSuffix(lemma, "oe") && n > 2:
		gerund = lemma[:n-1] + "ing"
	default:
		gerund = stem + "ing"
	}
	return third, past, gerund
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// doublesFinal reports whether a one-syllable verb ending in a single
// consonant after a single vowel doubles that consonant (ban, stop, plan).
func doublesFinal(w string) bool {
	n := len(w)
	if n < 3 || strings.IndexByte("wxy", w[n-1]) >= 0 || isVowel(w[n-1]) || !isVowel(w[n-2]) || isVowel(w[n-3]) {
		return false
	}
	groups := 0
	for i := 0; i < n; i++ {
		if isVowel(w[i]) && (i == 0 || !isVowel(w[i-1])) {
			groups++
		}
	}
	return groups == 1
}
