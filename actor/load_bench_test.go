//go:build unix

package actor

import (
	"runtime"
	"syscall"
	"testing"
	"time"
)

// BenchmarkBuiltin measures loading the built-in dictionaries, the cost
// Default pays once at start-up (the bar is 100 ms). cpu-ms/op is the CPU
// time, steadier than the wall time on a busy machine; B/op counts the
// loaded dictionaries and the garbage of reading them.
func BenchmarkBuiltin(b *testing.B) {
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		if _, err := Builtin(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1e3/float64(b.N), "cpu-ms/op")
	b.ReportMetric(retainedMB(), "live-MB")
}

// retainedMB is the heap the loaded dictionaries keep alive: the live heap
// with one Dict loaded less the live heap without it. It is what Default
// adds to a process's memory for as long as it runs.
func retainedMB() float64 {
	live := func() uint64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	before := live()
	d, _ := Builtin()
	after := live()
	runtime.KeepAlive(d)
	return float64(after-before) / (1 << 20)
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
