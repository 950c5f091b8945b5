package nlp

// lemmaTable maps (lowercased form, tag) to the edit that makes the
// lemma: an open-addressing table of entry numbers, at most half full,
// looked up by a 64-bit hash of the pair. With the pair's two strings as
// a Go map's key, making the lemmatizer's two tables (40,000 pairs) was a
// tenth of the model's load time, hashing each key with the generic hash
// of a struct and clearing 64-byte slots; this table's slots are four
// bytes, and the entries, compared on every hit, keep look-ups exact.
type lemmaTable struct {
	slots   []int32 // entry number + 1; 0 for an empty slot
	entries []lemmaEntry
}

type lemmaEntry struct {
	hash uint64
	key  lemmaKey
	edit lemmaEdit
}

// newLemmaTable returns an empty table with room for n pairs.
func newLemmaTable(n int) *lemmaTable {
	t := &lemmaTable{entries: make([]lemmaEntry, 0, n)}
	t.slots = make([]int32, tableSize(n))
	return t
}

// tableSize is the power of two at least twice n.
func tableSize(n int) int {
	size := 8
	for size < 2*n {
		size *= 2
	}
	return size
}

// lemmaHash hashes a (form, tag) pair (FNV-1a, the strings kept apart).
func lemmaHash(form, tag string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(form); i++ {
		h = (h ^ uint64(form[i])) * fnvPrime
	}
	h = (h ^ 0xff) * fnvPrime
	for i := 0; i < len(tag); i++ {
		h = (h ^ uint64(tag[i])) * fnvPrime
	}
	return h
}

// slot returns the slot of (form, tag) with hash h: the slot holding it,
// or the empty slot where it would go.
func (t *lemmaTable) slot(h uint64, form, tag string) int {
	mask := uint64(len(t.slots) - 1)
	// The hash's high bits pick the home slot (Fibonacci hashing), so
	// that pairs differing in their last byte land apart.
	for i := (h * 0x9e3779b97f4a7c15) >> 32 & mask; ; i = (i + 1) & mask {
		n := t.slots[i]
		if n == 0 {
			return int(i)
		}
		if e := &t.entries[n-1]; e.hash == h && e.key.form == form && e.key.tag == tag {
			return int(i)
		}
	}
}

// put sets the edit of k.
func (t *lemmaTable) put(k lemmaKey, e lemmaEdit) {
	h := lemmaHash(k.form, k.tag)
	i := t.slot(h, k.form, k.tag)
	if t.slots[i] != 0 {
		t.entries[t.slots[i]-1].edit = e
		return
	}
	t.entries = append(t.entries, lemmaEntry{hash: h, key: k, edit: e})
	if 2*len(t.entries) > len(t.slots) {
		t.rehash()
		return
	}
	t.slots[i] = int32(len(t.entries)) // the empty slot found above: the slots have not changed
}

// rehash lays all entries into a table twice as large.
func (t *lemmaTable) rehash() {
	t.slots = make([]int32, tableSize(len(t.entries)))
	for n, e := range t.entries {
		t.slots[t.slot(e.hash, e.key.form, e.key.tag)] = int32(n + 1)
	}
}

// get returns the edit of (form, tag).
func (t *lemmaTable) get(form, tag string) (lemmaEdit, bool) {
	if n := t.slots[t.slot(lemmaHash(form, tag), form, tag)]; n != 0 {
		return t.entries[n-1].edit, true
	}
	return lemmaEdit{}, false
}
