package nlp

import (
	"fmt"
	"testing"
)

// The table finds every pair put in it, with the last edit put, whether
// it was sized for them or grew; pairs that share a form or a tag, or
// whose strings run together the same ("ab"+"c", "a"+"bc"), stay apart.
func TestLemmaTable(t *testing.T) {
	for _, size := range []int{0, 5000} {
		tab := newLemmaTable(size)
		want := map[lemmaKey]lemmaEdit{}
		for i := range 5000 {
			k := lemmaKey{fmt.Sprintf("w%d", i%1700), []string{"NN", "VBD", "N", "NVBD"}[i%4]}
			e := lemmaEdit{casing: lemmaCasing(i % 3), strip: i % 5, add: fmt.Sprint(i)}
			tab.put(k, e)
			want[k] = e
		}
		tab.put(lemmaKey{"ab", "c"}, lemmaEdit{add: "1"})
		tab.put(lemmaKey{"a", "bc"}, lemmaEdit{add: "2"})
		want[lemmaKey{"ab", "c"}], want[lemmaKey{"a", "bc"}] = lemmaEdit{add: "1"}, lemmaEdit{add: "2"}
		if len(tab.entries) != len(want) {
			t.Errorf("sized for %d: %d entries, want %d", size, len(tab.entries), len(want))
		}
		for k, e := range want {
			if got, ok := tab.get(k.form, k.tag); !ok || got != e {
				t.Fatalf("sized for %d: get(%q, %q) = %v, %v; want %v", size, k.form, k.tag, got, ok, e)
			}
		}
		for _, k := range []lemmaKey{{"w1", "JJ"}, {"w99999", "NN"}, {"", ""}, {"abc", ""}} {
			if got, ok := tab.get(k.form, k.tag); ok {
				t.Errorf("get(%q, %q) = %v for a pair never put", k.form, k.tag, got)
			}
		}
	}
}
