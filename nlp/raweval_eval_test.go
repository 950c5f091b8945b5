//go:build eval

package nlp

import (
	"os"
	"testing"

	"github.com/annalist/annalist/internal/shared"
)

func evalRawFile(t *testing.T, name string) RawScores {
	t.Helper()
	path := shared.MustPath(t, "ud-english-ewt", name)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadCoNLLU(f, path)
	if err != nil {
		t.Fatal(err)
	}
	sc := EvalRaw(gold)
	t.Logf("%s: tokens P %.2f R %.2f F1 %.2f (%d gold, %d system); sentences P %.2f R %.2f F1 %.2f (%d gold, %d system)",
		name, sc.TokenPrecision, sc.TokenRecall, sc.TokenF1, sc.GoldTokens, sc.SystemTokens,
		sc.SentencePrecision, sc.SentenceRecall, sc.SentenceF1, sc.GoldSentences, sc.SystemSentences)
	return sc
}

// TestEvalRawEWT holds Split to its quality bars on the UD English-EWT
// test set (the dev set is logged: it is the one to tune on).
func TestEvalRawEWT(t *testing.T) {
	evalRawFile(t, "en_ewt-ud-dev.conllu")
	sc := evalRawFile(t, "en_ewt-ud-test.conllu")
	if sc.TokenF1 < 99.0 {
		t.Errorf("test token F1 %.2f, want >= 99.0", sc.TokenF1)
	}
	if sc.SentenceF1 < 78.0 {
		t.Errorf("test sentence F1 %.2f, want >= 78.0", sc.SentenceF1)
	}
}
