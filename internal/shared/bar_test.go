package shared

import (
	"fmt"
	"strings"
	"testing"
)

type recorder struct {
	errors, logs []string
}

func (r *recorder) Helper()                   {}
func (r *recorder) Fatalf(f string, a ...any) { r.errors = append(r.errors, fmt.Sprintf(f, a...)) }
func (r *recorder) Errorf(f string, a ...any) { r.errors = append(r.errors, fmt.Sprintf(f, a...)) }
func (r *recorder) Logf(f string, a ...any)   { r.logs = append(r.logs, fmt.Sprintf(f, a...)) }
func (r *recorder) String() string            { return strings.Join(append(r.errors, r.logs...), "|") }

func TestBar(t *testing.T) {
	cases := []struct {
		got, bar, floor float64
		fails           bool
		says            string
	}{
		{86.5, 86, 86, false, "bar 86 met"},
		{85.9, 86, 86, true, "below its bar of 86"},
		{85.0, 86, 84.8, false, "BAR NOT MET: UAS 85, bar 86"},
		{84.5, 86, 84.8, true, "fell below 84.8"},
		{87, 86, 84.8, false, "bar 86 met"},
	}
	for _, c := range cases {
		r := &recorder{}
		Bar(r, "UAS", c.got, c.bar, c.floor)
		if (len(r.errors) > 0) != c.fails || !strings.Contains(r.String(), c.says) {
			t.Errorf("Bar(%v, %v, %v): %q, want fail=%v saying %q", c.got, c.bar, c.floor, r.String(), c.fails, c.says)
		}
	}
}
