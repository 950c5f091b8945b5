package cputime

import (
	"testing"
	"time"
)

// Spinning for a while shows up as CPU time used, and never as less.
func TestUsedGrowsWithWork(t *testing.T) {
	start := Used()
	deadline := time.Now().Add(50 * time.Millisecond)
	x := 0
	for time.Now().Before(deadline) {
		x++
	}
	got := Used() - start
	if got < 10*time.Millisecond {
		t.Errorf("50 ms of spinning (%d rounds) used %v of CPU time, want at least 10 ms", x, got)
	}
}
