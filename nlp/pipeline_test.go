package nlp

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/annalist/annalist/internal/cputime"
)

// arc is a word's expected head word and relation in a parsed sentence.
type arc struct{ dep, head, rel string }

func indexOfForm(toks []Token, form string) int {
	for i, t := range toks {
		if t.Form == form {
			return i
		}
	}
	return -1
}

// Every parse is a tree: one root, heads in range, no cycles.
func TestParseGivesTrees(t *testing.T) {
	text := "Officials said on Tuesday that talks would resume. Fighting, however, continued; " +
		"three people died - and nobody knows why!! \"We will not give up,\" she said."
	for _, s := range Default().Parse(text).Sentences {
		roots := 0
		for i, tok := range s.Tokens {
			if tok.Head == 0 {
				roots++
			}
			if tok.Head < 0 || tok.Head > len(s.Tokens) || tok.Head == i+1 || tok.Rel == "" {
				t.Fatalf("token %d %q: head %d rel %q", i+1, tok.Form, tok.Head, tok.Rel)
			}
			for k, steps := tok.Head, 0; k != 0; k = s.Tokens[k-1].Head {
				if steps++; steps > len(s.Tokens) {
					t.Fatalf("token %d %q is in a cycle", i+1, tok.Form)
				}
			}
		}
		if roots != 1 {
			t.Errorf("sentence %q: %d roots", text[s.Start:s.End], roots)
		}
	}
}

// Goroutines sharing the default pipeline get the same parses as one
// goroutine alone.
func TestPipelineConcurrentUse(t *testing.T) {
	texts := []string{
		"The army withdrew from the border town on Friday.",
		"Demonstrators clashed with police outside parliament.",
		"The minister, who resigned last week, denied the allegations.",
	}
	p := Default()
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = conllu(t, p.Parse(s))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 20 {
				i := (g + k) % len(texts)
				if got := conllu(t, p.Parse(texts[i])); got != want[i] {
					errs <- got
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("concurrent parse differs:\n%s", got)
	}
}

func conllu(t *testing.T, d *Doc) string {
	var b bytes.Buffer
	if err := WriteCoNLLU(&b, d); err != nil {
		t.Error(err)
	}
	return b.String()
}

func TestLoadPipelineRejectsBadInput(t *testing.T) {
	for name, in := range map[string]string{
		"empty":    "",
		"not gzip": "ANNL not a model",
	} {
		if _, err := LoadPipeline(strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), "model") {
			t.Errorf("%s: error %v, want a model error", name, err)
		}
	}
	// A bundle cut short fails with an error, not a panic.
	var b bytes.Buffer
	if _, err := Default().WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadPipeline(bytes.NewReader(b.Bytes()[:b.Len()/2])); err == nil {
		t.Error("a truncated model loaded without error")
	}
}

func BenchmarkLoad(b *testing.B) {
	data := []byte(embeddedModel)
	b.SetBytes(int64(len(data)))
	cpu := cputime.Used()
	for b.Loop() {
		if _, err := LoadPipeline(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cputime.Used()-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
}
