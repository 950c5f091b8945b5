//go:build unix

package nlp

import (
	"syscall"
	"time"
)

// cpuTime returns the user plus system CPU time the process has used so
// far (all threads, the garbage collector's included). Benchmarks report
// it per operation because wall time on a shared machine measures the
// neighbours as much as the code.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
