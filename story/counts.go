package story

// pairCounts counts the texts holding each word pair, by hash bucket (the
// top dfBits bits of the pair's hash). It starts as a map, whose memory
// grows with the pairs seen, so that a run of a few hundred articles does
// not pay for the table that 100,000 need; once the map holds denseAfter
// buckets it turns into a dense table of 2^dfBits counters, smaller and
// faster from there on. The counts are the same either way.
type pairCounts struct {
	sparse map[uint32]uint16
	dense  []uint16
	limit  int // map size that turns it dense; 0 means denseAfter
}

const (
	// dfBits sizes the buckets: 2^24 (a dense table of 32 MB) keep
	// collisions rare for the few million distinct pairs of 100,000
	// articles.
	dfBits = 24
	// denseAfter is the map size at which the dense table takes over: a
	// map entry costs some 10 to 20 bytes against 2 in the table, so by
	// then the map is about as large as the table.
	denseAfter = 1 << 21
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
	if c.sparse == nil {
		c.sparse = map[uint32]uint16{}
	}
	if n := c.sparse[b]; n < ^uint16(0) {
		c.sparse[b] = n + 1
	}
	limit := c.limit
	if limit == 0 {
		limit = denseAfter
	}
	if len(c.sparse) >= limit {
		c.dense = make([]uint16, 1<<dfBits)
		for b, n := range c.sparse {
			c.dense[b] = n
		}
		c.sparse = nil
	}
}

// get returns how many texts hold pair h (as counted by its bucket).
func (c *pairCounts) get(h uint32) int {
	if c.dense != nil {
		return int(c.dense[bucket(h)])
	}
	return int(c.sparse[bucket(h)])
}
