//go:build !linux

package nlp

// adviseHugePages does nothing where the kernel takes no such advice.
func adviseHugePages[T any](s []T) {}

// dropResidentPages does nothing where the kernel takes no such advice.
func dropResidentPages(b []byte) {}
