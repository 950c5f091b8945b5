package nlp

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lemmatizer sets the dictionary form of tagged tokens ("went"/VBD → "go",
// "Americans"/NNPS → "American"). Words seen in training take the lemma
// they most often had with the same XPOS tag (or, failing that, the same
// UPOS tag); other words go through English inflection rules guided by
// the set of lemmas seen in training (see lemma_rules.go). Proper nouns
// keep their spelling.
//
// A Lemmatizer is safe for concurrent use.
type Lemmatizer struct {
	byXPOS *lemmaTable     // (lowercased form, XPOS) → edit
	byUPOS *lemmaTable     // (lowercased form, UPOS) → edit
	known  map[string]bool // lowercased lemmas seen in training
}

type lemmaKey struct{ form, tag string }

// lemmaEdit turns a form into its lemma: cut strip bytes off the end of
// the lowercased form, append add, then give the result the casing.
type lemmaEdit struct {
	casing lemmaCasing
	strip  int
	add    string
}

// lemmaCasing says how a lemma is capitalised.
type lemmaCasing uint8

const (
	caseLower   lemmaCasing = iota // "The" → "the"
	caseTitle                      // first letter upper: "i" → "I", "mexico" → "Mexico"
	caseForm                       // as the form is written: "iPhones" → "iPhone"
	caseUpper                      // all upper
	caseLiteral                    // add is the whole lemma, as is
	caseCount
)

// editsFor returns the edits that turn form into lemma, one per casing
// that fits (the lowest casing first).
func editsFor(form, lemma string) []lemmaEdit {
	lower, lowerLemma := strings.ToLower(form), strings.ToLower(lemma)
	p := commonPrefix(lower, lowerLemma)
	var out []lemmaEdit
	for c := caseLower; c < caseLiteral; c++ {
		e := lemmaEdit{casing: c, strip: len(lower) - p, add: lowerLemma[p:]}
		if s, ok := e.apply(form, lower); ok && s == lemma {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		out = append(out, lemmaEdit{casing: caseLiteral, strip: len(lower), add: lemma})
	}
	return out
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// apply applies the edit to form (lower is its lowercased spelling); ok is
// false when the form is too short for the edit.
func (e lemmaEdit) apply(form, lower string) (string, bool) {
	if e.strip > len(lower) {
		return "", false
	}
	if e.casing == caseLiteral {
		return e.add, true
	}
	stem := len(lower) - e.strip
	if e.casing == caseForm && len(form) == len(lower) {
		// The same bytes as lowercased, so the form's stem can be reused.
		if e.add == "" {
			return form[:stem], true
		}
		return form[:stem] + e.add, true
	}
	l := lower[:stem]
	if e.add != "" {
		l += e.add
	}
	switch e.casing {
	case caseTitle:
		r, n := utf8.DecodeRuneInString(l)
		if u := unicode.ToUpper(r); u != r {
			return string(u) + l[n:], true
		}
	case caseUpper:
		return strings.ToUpper(l), true
	}
	return l, true
}

func (e lemmaEdit) String() string { return fmt.Sprintf("%d/%d/%s", e.casing, e.strip, e.add) }

// TrainLemmatizer builds a lemmatizer from gold sentences (forms, tags and
// lemmas).
func TrainLemmatizer(train []GoldSentence) *Lemmatizer {
	byX := map[lemmaKey]map[lemmaEdit]int{}
	byU := map[lemmaKey]map[lemmaEdit]int{}
	l := &Lemmatizer{known: map[string]bool{}}
	count := func(m map[lemmaKey]map[lemmaEdit]int, k lemmaKey, e lemmaEdit) {
		if m[k] == nil {
			m[k] = map[lemmaEdit]int{}
		}
		m[k][e]++
	}
	for _, s := range train {
		for _, tok := range s.Tokens {
			if tok.Lemma == "" || tok.Lemma == "_" {
				continue
			}
			lower := strings.ToLower(tok.Form)
			// Every fitting edit gets a vote, so "I"/PRP and "i"/PRP agree
			// on the title-case edit.
			for _, e := range editsFor(tok.Form, tok.Lemma) {
				count(byX, lemmaKey{lower, tok.XPOS}, e)
				count(byU, lemmaKey{lower, tok.UPOS}, e)
			}
			l.known[strings.ToLower(tok.Lemma)] = true
		}
	}
	l.byXPOS = mostFrequent(byX)
	l.byUPOS = mostFrequent(byU)
	return l
}

// mostFrequent keeps the most frequent edit of each key (ties broken by
// casing, then by the edit's text, so training is deterministic).
func mostFrequent(m map[lemmaKey]map[lemmaEdit]int) *lemmaTable {
	out := newLemmaTable(len(m))
	for k, edits := range m {
		var best lemmaEdit
		bestN := -1
		for e, n := range edits {
			if n > bestN || n == bestN && (e.casing < best.casing || e.casing == best.casing && e.String() < best.String()) {
				best, bestN = e, n
			}
		}
		out.put(k, best)
	}
	return out
}

// Lemmatize sets Lemma on every token from its Form, UPOS and XPOS.
func (l *Lemmatizer) Lemmatize(toks []Token) {
	for i := range toks {
		toks[i].Lemma = l.lemma(toks[i].Form, toks[i].UPOS, toks[i].XPOS)
		// "'s" before a past participle is "has" ("she's gone"), else "is".
		if toks[i].XPOS == "VBZ" && toks[i].Lemma == "be" && i+1 < len(toks) && toks[i+1].XPOS == "VBN" &&
			(toks[i].Form == "'s" || toks[i].Form == "’s") && toks[i+1].Form != "been" {
			toks[i].Lemma = "have"
		}
	}
}

func (l *Lemmatizer) lemma(form, upos, xpos string) string {
	lower := strings.ToLower(form)
	if e, ok := l.byXPOS.get(lower, xpos); ok {
		if s, ok := e.apply(form, lower); ok {
			return s
		}
	}
	proper := upos == "PROPN" || xpos == "NNP" || xpos == "NNPS"
	// A proper noun unknown as such keeps its spelling rather than take
	// the lemma of a common word ("Holocaust", "Fair").
	if e, ok := l.byUPOS.get(lower, upos); ok && !proper {
		if s, ok := e.apply(form, lower); ok {
			return s
		}
	}
	lemma := l.inflect(lower, xpos)
	if proper {
		// Proper nouns keep their spelling, minus what the rules removed.
		p := commonPrefix(lower, lemma)
		if s, ok := (lemmaEdit{casing: caseForm, strip: len(lower) - p, add: lemma[p:]}).apply(form, lower); ok {
			return s
		}
	}
	return lemma
}

const (
	lemmatizerMagic   = "ANLM"
	lemmatizerVersion = 1
)

// WriteTo writes the lemmatizer's lexicon and lemma list.
func (l *Lemmatizer) WriteTo(w io.Writer) (int64, error) {
	b := newBinWriter(w)
	b.bytes([]byte(lemmatizerMagic))
	b.uvarint(lemmatizerVersion)
	for _, t := range []*lemmaTable{l.byXPOS, l.byUPOS} {
		entries := slices.Clone(t.entries)
		slices.SortFunc(entries, func(a, b lemmaEntry) int {
			return cmp.Or(cmp.Compare(a.key.form, b.key.form), cmp.Compare(a.key.tag, b.key.tag))
		})
		b.uvarint(uint64(len(entries)))
		for _, en := range entries {
			e := en.edit
			b.str(en.key.form)
			b.str(en.key.tag)
			b.uvarint(uint64(e.strip)<<3 | uint64(e.casing))
			b.str(e.add)
		}
	}
	words := make([]string, 0, len(l.known))
	for k := range l.known {
		words = append(words, k)
	}
	slices.Sort(words)
	b.uvarint(uint64(len(words)))
	for _, s := range words {
		b.str(s)
	}
	return b.flush()
}

// ReadLemmatizer reads a lemmatizer written by WriteTo.
func ReadLemmatizer(r io.Reader) (*Lemmatizer, error) {
	b := newBinReader(r, "lemmatizer")
	b.magic(lemmatizerMagic, lemmatizerVersion, lemmatizerVersion)
	l := &Lemmatizer{}
	for _, t := range []**lemmaTable{&l.byXPOS, &l.byUPOS} {
		n := int(b.uvarint("lexicon size", 1<<24))
		*t = newLemmaTable(n)
		for i := 0; i < n && b.err == nil; i++ {
			k := lemmaKey{b.str("form"), b.str("tag")}
			flags := b.uvarint("edit", 1<<23)
			if lemmaCasing(flags&7) >= caseCount {
				b.fail("edit", fmt.Errorf("form %q: unknown casing %d", k.form, flags&7))
			}
			(*t).put(k, lemmaEdit{casing: lemmaCasing(flags & 7), strip: int(flags >> 3), add: b.str("edit suffix")})
		}
	}
	n := int(b.uvarint("lemma count", 1<<24))
	l.known = make(map[string]bool, n)
	for i := 0; i < n && b.err == nil; i++ {
		l.known[b.str("lemma")] = true
	}
	if b.err != nil {
		return nil, b.err
	}
	return l, nil
}
