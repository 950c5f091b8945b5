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

// The embedded model parses sentences of the kinds the event coder
// depends on: subjects, objects, obliques, passives with "by",
// coordination and relative clauses.
func TestDefaultParsesKeyRelations(t *testing.T) {
	cases := []struct {
		text string
		arcs []arc
	}{
		{"The president met the prime minister in Paris.", []arc{
			{"president", "met", "nsubj"}, {"minister", "met", "obj"}, {"Paris", "met", "obl"}, {"met", "", "root"}}},
		{"The treaty was signed by the foreign ministers.", []arc{
			{"treaty", "signed", "nsubj:pass"}, {"ministers", "signed", "obl:agent"}, {"was", "signed", "aux:pass"}}},
		{"Protesters marched through the capital and burned flags.", []arc{
			{"Protesters", "marched", "nsubj"}, {"burned", "marched", "conj"}, {"flags", "burned", "obj"}, {"capital", "marched", "obl"}}},
		{"The man who attacked the embassy was arrested.", []arc{
			{"attacked", "man", "acl:relcl"}, {"embassy", "attacked", "obj"}, {"man", "arrested", "nsubj:pass"}}},
		{"Police arrested the men who attacked the embassy.", []arc{
			{"men", "arrested", "obj"}, {"attacked", "men", "acl:relcl"}, {"who", "attacked", "nsubj"}}},
		{"Russia accused Ukraine of shelling the plant.", []arc{
			{"Russia", "accused", "nsubj"}, {"Ukraine", "accused", "obj"}, {"shelling", "accused", "advcl"}, {"plant", "shelling", "obj"}}},
	}
	p := Default()
	for _, c := range cases {
		d := p.Parse(c.text)
		if len(d.Sentences) != 1 {
			t.Errorf("%q: %d sentences, want 1", c.text, len(d.Sentences))
			continue
		}
		toks := d.Sentences[0].Tokens
		for _, a := range c.arcs {
			i := indexOfForm(toks, a.dep)
			if i < 0 {
				t.Errorf("%q: no token %q", c.text, a.dep)
				continue
			}
			head := ""
			if h := toks[i].Head; h > 0 {
				head = toks[h-1].Form
			}
			if head != a.head || toks[i].Rel != a.rel {
				t.Errorf("%q: %s ← %s (%s), want ← %s (%s)", c.text, a.dep, head, toks[i].Rel, a.head, a.rel)
			}
		}
	}
}

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
	data, err := modelFS.ReadFile("model/" + DefaultModelName)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	cpu := cputime.Used()
	for b.Loop() {
		if _, err := LoadPipeline(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cputime.Used()-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
}
