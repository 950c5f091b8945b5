package story

// pairCounts counts the texts holding each word pair, by hash bucket (the
// top dfBits bits of the pair's hash). It starts as a small open-addressing
// table whose memory grows with the buckets seen, so that a run of a few
// hundred articles does not pay for the table that 100,000 need; once it
// holds denseAfter buckets it turns into a dense table of 2^dfBits
// counters, smaller and faster from there on. The counts are the same
// either way.
type pairCounts struct {
	// The sparse table: slot i holds bucket keys[i]-1 (0 is an empty
	// slot) with count counts[i]; n slots are used.
	keys   []uint32
	counts []uint16
	n      int
	dense  []uint16
	limit  int // buckets that turn the table dense; 0 means denseAfter
}

const (
	// dfBits sizes the buckets: 2^24 (a dense table of 32 MB) keep
	// collisions rare for the few million distinct pairs of 100,000
	// articles.
	dfBits = 24
	// denseAfter is the number of buckets at which the dense table takes
	// over: the sparse one then takes 12 to 24 bytes a bucket against 2,
	// about the dense table's size.
	denseAfter = 1 << 21
	// sparseStart is the sparse table's first size (slots).
	sparseStart = 1 << 12
)

func bucket(h uint32) uint32 { return h >> (32 - dfBits) }

// add counts one more text holding pair h; counts stop at the largest
// uint16.
func (c *pairCounts) add(h uint32) {
	b := bucket(h)
	if c.dense != nil {
		if c.dense[b] < ^uint16(0) {
			c.dense[b]++
		}
		return
	}
	if c.keys == nil {
		c.keys, c.counts = make([]uint32, sparseStart), make([]uint16, sparseStart)
	}
	i := c.slot(b)
	if c.keys[i] == 0 {
		c.keys[i] = b + 1
		c.n++
	}
	if c.counts[i] < ^uint16(0) {
		c.counts[i]++
	}
	limit := c.limit
	if limit == 0 {
		limit = denseAfter
	}
	switch {
	case c.n >= limit:
		c.dense = make([]uint16, 1<<dfBits)
		for i, k := range c.keys {
			if k != 0 {
				c.dense[k-1] = c.counts[i]
			}
		}
		c.keys, c.counts, c.n = nil, nil, 0
	case 2*c.n > len(c.keys):
		c.grow()
	}
}

// get returns how many texts hold pair h (as counted by its bucket).
func (c *pairCounts) get(h uint32) int {
	b := bucket(h)
	if c.dense != nil {
		return int(c.dense[b])
	}
	if c.keys == nil {
		return 0
	}
	return int(c.counts[c.slot(b)])
}

// slot is where bucket b is or would go: linear probing from the low
// bits of b, which are as well spread as a hash's (b is one).
func (c *pairCounts) slot(b uint32) int {
	mask := len(c.keys) - 1
	i := int(b) & mask
	for c.keys[i] != 0 && c.keys[i] != b+1 {
		i = (i + 1) & mask
	}
	return i
}

// grow doubles the sparse table.
func (c *pairCounts) grow() {
	keys, counts := c.keys, c.counts
	c.keys, c.counts = make([]uint32, 2*len(keys)), make([]uint16, 2*len(keys))
	for i, k := range keys {
		if k != 0 {
			j := c.slot(k - 1)
			c.keys[j], c.counts[j] = k, counts[i]
		}
	}
}
