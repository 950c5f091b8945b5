package learn

import (
	"bytes"
	_ "embed"
	"sync"

	"github.com/annalist/annalist/coder"
)

//go:generate go run ./cmd/train -sets ../eval/dev/*.tsv,../eval/train/*.tsv -verbs ../coder/verbs.txt -out model.bin

// modelBin is the trained model, written by learn/cmd/train.
//
//go:embed model.bin
var modelBin []byte

var defaultModel = sync.OnceValues(func() (*Model, error) {
	m, err := ReadModel(bytes.NewReader(modelBin))
	if err != nil {
		return nil, err
	}
	m.Actors = coder.Default().Actors()
	m.MinMargin = DefaultMargin
	return m, nil
})

// Default returns the embedded model, reading the coder's actor
// dictionary, at DefaultMargin. It is loaded once.
func Default() (*Model, error) { return defaultModel() }
