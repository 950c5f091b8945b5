//go:build !unix

package nlp

import "time"

// cpuTime is unknown off Unix; benchmarks then report 0.
func cpuTime() time.Duration { return 0 }
