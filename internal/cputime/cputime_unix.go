//go:build unix

package cputime

import (
	"syscall"
	"time"
)

// Used returns the user plus system CPU time the process has used so far
// (all threads, the garbage collector's included). Only differences
// between two readings mean anything.
func Used() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
