// Package cputime measures the CPU time the process has used, for
// benchmarks that report per-operation costs: wall time on a shared
// machine measures the neighbours as much as the code.
package cputime
