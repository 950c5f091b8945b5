package story

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Hello, WORLD-2024!", []string{"hello", "world", "2024"}},
		{"  the U.S. said\tno ", []string{"the", "u", "s", "said", "no"}},
		{"Café Ünïcode naïve", []string{"café", "ünïcode", "naïve"}},
		{"x", []string{"x"}},
		{"— … ", nil},
		{"Ελλάδα and 東京", []string{"ελλάδα", "and", "東京"}},
	} {
		if got := words(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
