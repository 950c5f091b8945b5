package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A tiny treebank written for these tests: two sentences.
const tinyCoNLLU = `# sent_id = t1
# text = The army left.
1	The	the	DET	DT	_	2	det	_	_
2	army	army	NOUN	NN	_	3	nsubj	_	_
3	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = t2
# text = Police arrested two men.
1	Police	police	NOUN	NNS	_	2	nsubj	_	_
2	arrested	arrest	VERB	VBD	_	0	root	_	_
3	two	two	NUM	CD	_	4	nummod	_	_
4	men	man	NOUN	NNS	_	2	obj	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_

`

func runNLPCommand(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = runMain(append([]string{"nlp"}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestNLPEvalJSON(t *testing.T) {
	path := writeTemp(t, "tiny.conllu", tinyCoNLLU)
	code, out, errs := runNLPCommand(t, "eval", "--conllu", path, "--raw", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.Count(strings.TrimSpace(out), "\n") != 0 {
		t.Errorf("want exactly one line of JSON, got %q", out)
	}
	var got map[string]float64
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	keys := []string{"sentences", "tokens", "upos", "xpos", "lemma", "uas", "las", "tokens_f1", "sentences_f1"}
	if len(got) != len(keys) {
		t.Errorf("keys %v, want exactly %v", got, keys)
	}
	for _, k := range keys {
		v, ok := got[k]
		if !ok || v < 0 || v > 100 && k != "tokens" {
			t.Errorf("%s = %v (present %v)", k, v, ok)
		}
	}
	if got["sentences"] != 2 || got["tokens"] != 9 {
		t.Errorf("sentences %v tokens %v, want 2 and 9", got["sentences"], got["tokens"])
	}
	// Plain words in plain sentences: the model gets them right.
	if got["uas"] < 88 || got["upos"] < 88 || got["tokens_f1"] != 100 {
		t.Errorf("tiny treebank scored %v", got)
	}
}

func TestNLPEvalTable(t *testing.T) {
	path := writeTemp(t, "tiny.conllu", tinyCoNLLU)
	code, out, errs := runNLPCommand(t, "eval", "--conllu", path)
	if code != 0 || !strings.Contains(out, "UAS") || !strings.Contains(out, "tokens") || !strings.Contains(out, "9") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestNLPEvalErrors(t *testing.T) {
	bad := writeTemp(t, "bad.conllu", "# text = x\n1\tx\tx\tX\tX\t_\t0\troot\n")
	badHead := writeTemp(t, "badhead.conllu", tinyCoNLLU+"1\ty\ty\tX\tX\t_\tzero\troot\t_\t_\n")
	missing := filepath.Join(t.TempDir(), "missing.conllu")
	for _, c := range []struct {
		args []string
		code int
		want []string
	}{
		{[]string{"eval", "--conllu", missing}, 1, []string{missing, "no such file"}},
		{[]string{"eval", "--conllu", bad}, 1, []string{bad + ":2", "10 tab-separated fields"}},
		{[]string{"eval", "--conllu", badHead}, 1, []string{badHead + ":16", "bad head"}},
		{[]string{"eval"}, 2, []string{"--conllu"}},
		{[]string{"eval", "--conllu", bad, "--model", missing}, 1, []string{bad}},
		{[]string{"frobnicate"}, 2, []string{"unknown subcommand"}},
		{[]string{"parse", missing}, 1, []string{missing}},
	} {
		code, _, errs := runNLPCommand(t, c.args...)
		if code != c.code {
			t.Errorf("%v: exit %d, want %d (%s)", c.args, code, c.code, errs)
		}
		for _, w := range c.want {
			if !strings.Contains(errs, w) {
				t.Errorf("%v: stderr %q does not name %q", c.args, errs, w)
			}
		}
	}
}

func TestNLPParsePrintsCoNLLU(t *testing.T) {
	var out, errb bytes.Buffer
	code := runMain([]string{"nlp", "parse", "-"}, strings.NewReader("Rebels seized the town. Talks failed."), &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	got := out.String()
	for _, want := range []string{"# text = Rebels seized the town.", "1\tRebels\t", "\tnsubj\t", "# sent_id = 2", "TokenRange=0:6"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}
