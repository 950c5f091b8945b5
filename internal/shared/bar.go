package shared

// Bar checks a measured figure against a quality bar, for evaluations.
//
// A bar the project meets is asserted: a figure below it fails the test.
// A bar the project has not reached yet is not hidden and not skipped: the
// test says so loudly ("BAR NOT MET") on every run, and holds the figure at
// floor — the level last reached — so that a regression still fails while
// the work toward the bar goes on. floor ≤ bar; floor == bar means met.
func Bar(t TB, name string, got, bar, floor float64) {
	t.Helper()
	switch {
	case got >= bar:
		logf(t, "%s %.4g: bar %.4g met", name, got, bar)
	case floor >= bar:
		t.Errorf("%s %.4g is below its bar of %.4g", name, got, bar)
	case got < floor:
		t.Errorf("%s %.4g fell below %.4g, the level last reached (bar %.4g, not met yet)", name, got, floor, bar)
	default:
		logf(t, "BAR NOT MET: %s %.4g, bar %.4g (held at no less than %.4g)", name, got, bar, floor)
	}
}

// logf logs when t can (testing.TB can; a bare TB only reports errors).
func logf(t TB, format string, args ...any) {
	t.Helper()
	if l, ok := t.(interface{ Logf(string, ...any) }); ok {
		l.Logf(format, args...)
	}
}
