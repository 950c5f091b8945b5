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

// dropResidentPages tells the kernel that the whole pages of b, data of
// the binary's read-only image (such as an embedded file), are not needed
// for now: it drops them from memory and would read them from the binary
// again if they were touched. b must not be writable memory, whose
// contents would be lost.
func dropResidentPages(b []byte) {
	if len(b) == 0 {
		return
	}
	start := uintptr(unsafe.Pointer(&b[0]))
	skip := int((pageSize - start%pageSize) % pageSize)
	n := (len(b) - skip) / pageSize * pageSize
	if n <= 0 {
		return
	}
	_ = syscall.Madvise(b[skip:skip+n], syscall.MADV_DONTNEED)
}

const (
	pageSize     = 4096
	hugePageSize = 2 << 20
)
