package story

import "testing"

// The counts must not change when the map turns into the dense table,
// whether pairs fall in one bucket or not, and must stop at the largest
// uint16.
func TestPairCountsSameSparseAndDense(t *testing.T) {
	sparse := pairCounts{limit: 1 << 30}
	dense := pairCounts{limit: 3}
	// Pairs 1<<8 apart share a bucket; the others do not.
	hashes := []uint32{0, 1 << 8, 1 << 8, 5 << 8, 7 << 8, 7<<8 + 1, 0xffffffff, 1 << 8}
	for _, h := range hashes {
		sparse.add(h)
		dense.add(h)
	}
	if sparse.dense != nil || dense.dense == nil {
		t.Fatalf("dense table: sparse counter has %v, dense counter has %v; want only the second", sparse.dense != nil, dense.dense != nil)
	}
	want := map[uint32]int{0: 1, 1 << 8: 3, 1<<8 + 200: 3, 5 << 8: 1, 7 << 8: 2, 0xffffffff: 1, 9 << 8: 0}
	for h, n := range want {
		if got := sparse.get(h); got != n {
			t.Errorf("sparse get(%#x) = %d, want %d", h, got, n)
		}
		if got := dense.get(h); got != n {
			t.Errorf("dense get(%#x) = %d, want %d", h, got, n)
		}
	}
	for _, c := range []*pairCounts{&sparse, &dense} {
		for range 70000 {
			c.add(42 << 8)
		}
		if got := c.get(42 << 8); got != 65535 {
			t.Errorf("after 70,000 adds: get = %d, want 65535 (saturated)", got)
		}
	}
}

// Many buckets, through several doublings of the sparse table, count the
// same as a plain map does.
func TestPairCountsGrowing(t *testing.T) {
	var c pairCounts
	want := map[uint32]int{}
	h := uint32(2166136261)
	for i := range 50000 {
		h = h*16777619 ^ uint32(i) // FNV-like spread
		if i%3 == 0 {
			h = 7 << 8 // one bucket seen often
		}
		c.add(h)
		want[bucket(h)]++
	}
	if c.dense != nil {
		t.Fatal("turned dense below denseAfter")
	}
	if c.n != len(want) {
		t.Errorf("%d buckets used, want %d", c.n, len(want))
	}
	for b, n := range want {
		if got := c.get(b << (32 - dfBits)); got != min(n, 65535) {
			t.Errorf("bucket %d: count %d, want %d", b, got, n)
		}
	}
}

// BenchmarkPairCounts counts the pairs of a run of some hundred articles
// (400,000 pairs, a few hundred thousand buckets) and reads them back.
func BenchmarkPairCounts(b *testing.B) {
	hs := make([]uint32, 400000)
	h := uint32(2166136261)
	for i := range hs {
		h = h*16777619 ^ uint32(i)
		hs[i] = h
	}
	b.ReportAllocs()
	for b.Loop() {
		var c pairCounts
		for _, h := range hs {
			c.add(h)
		}
		n := 0
		for _, h := range hs {
			n += c.get(h)
		}
		if n < len(hs) {
			b.Fatalf("counts sum to %d, want at least %d", n, len(hs))
		}
	}
}
