//go:build eval && unix

package place_test

import (
	"syscall"
	"time"
)

// cpuTime returns the user plus system CPU time the process has used so
// far. The benchmarks report per-sentence costs in it because wall time
// on a shared machine measures the neighbours as much as the code.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
