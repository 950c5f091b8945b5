package nlp

import (
	"syscall"
	"unsafe"
)

// adviseHugePages asks the kernel to back the memory of s with huge pages
// (2 MB on x86-64) where it can. Scoring looks features up at random in
// tables of tens of megabytes; with 4 KB pages most look-ups also miss
// the TLB, and a page walk doubles the cost of the cache miss. Call it
// before s is first written: untouched pages are then faulted in huge.
// Failure (a kernel without transparent huge pages) changes nothing but
// speed, so it is ignored.
func adviseHugePages[T any](s []T) {
	if len(s) == 0 {
		return
	}
	size := len(s) * int(unsafe.Sizeof(s[0]))
	start := uintptr(unsafe.Pointer(&s[0]))
	skip := int((pageSize - start%pageSize) % pageSize) // madvise wants an aligned start
	if size-skip < hugePageSize {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), size)[skip:]
	_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE)
}

const (
	pageSize     = 4096
	hugePageSize = 2 << 20
)
