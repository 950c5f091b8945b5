package nlp

import (
	"runtime"
	"sync"
)

// seedStep spaces the seeds of an ensemble's members (the golden ratio of
// 2^32), so that their sentence orders share nothing.
const seedStep = 0x9e3779b9

// trainMembers trains the n members of an ensemble, member k with seed
// seed+k*seedStep, at most GOMAXPROCS at a time, and returns them in
// member order: summing them in that order keeps training deterministic.
func trainMembers[T any](n int, seed uint64, train func(k int, seed uint64) T) []T {
	parts := make([]T, n)
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for k := range parts {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			parts[k] = train(k, seed+uint64(k)*seedStep)
		}()
	}
	wg.Wait()
	return parts
}
