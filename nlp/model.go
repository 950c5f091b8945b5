package nlp

import (
	"bufio"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"unsafe"
)

// The model bundle is "ANNL" version(u32)=1, a flags byte (bit 0: a
// lemmatizer follows the tagger), then the tagger, the lemmatizer if any,
// and the parser, each in its own format. It is written uncompressed:
// inflating costs more at load time than reading the bytes, and the
// weights are already quantised to a byte each. Bundles compressed with
// gzip (as earlier versions wrote them) are still read.
const (
	bundleMagic   = "ANNL"
	bundleVersion = 1
	// DefaultModelName is the embedded model's file name under nlp/model/.
	DefaultModelName = "en_ewt.model"
)

// embeddedModel is the bundle DefaultModelName, a string so that its
// bytes stay where the binary maps them (see dropResidentPages).
//
//go:embed model/en_ewt.model
var embeddedModel string

var defaultModel struct {
	once sync.Once
	p    *Pipeline
	err  error
}

// LoadDefault returns the pipeline of the embedded model, loading it on
// the first call only; every caller shares it.
func LoadDefault() (*Pipeline, error) {
	defaultModel.once.Do(func() {
		p, err := LoadPipeline(strings.NewReader(embeddedModel))
		if err != nil {
			err = fmt.Errorf("embedded model: %w", err)
		}
		defaultModel.p, defaultModel.err = p, err
		// The bundle's bytes are read once, into the tables the
		// pipeline scores with; the pages of the binary they were
		// read from need not stay resident (18 MB of peak RSS).
		dropResidentPages(unsafe.Slice(unsafe.StringData(embeddedModel), len(embeddedModel)))
	})
	return defaultModel.p, defaultModel.err
}

// Default is LoadDefault for programs that cannot run without the
// embedded model: the model is built into the binary, so failing to load
// it is a build defect, and Default panics then.
func Default() *Pipeline {
	p, err := LoadDefault()
	if err != nil {
		panic(err)
	}
	return p
}

// LoadPipelineFile reads the model bundle in the file at path; errors
// name the file.
func LoadPipelineFile(path string) (*Pipeline, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, err := LoadPipeline(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}

// LoadPipeline reads a model bundle written by (*Pipeline).WriteTo.
func LoadPipeline(r io.Reader) (*Pipeline, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	if magic, err := br.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("model: bad gzip-compressed model bundle: %w", err)
		}
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	var head [9]byte
	if _, err := io.ReadFull(br, head[:]); err != nil {
		return nil, fmt.Errorf("model: reading header: %w", err)
	}
	if string(head[:4]) != bundleMagic {
		return nil, fmt.Errorf("model: bad magic %q, want %q", head[:4], bundleMagic)
	}
	if v := binary.LittleEndian.Uint32(head[4:]); v != bundleVersion {
		return nil, fmt.Errorf("model: unsupported version %d", v)
	}
	p := &Pipeline{}
	var err error
	if p.tagger, err = ReadTagger(br); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	if head[8]&1 != 0 {
		if p.lemmas, err = ReadLemmatizer(br); err != nil {
			return nil, fmt.Errorf("model: %w", err)
		}
	}
	if p.parser, err = ReadParser(br); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, errors.New("model: trailing data after the parser")
	}
	return p, nil
}

// WriteTo writes the pipeline's model bundle.
func (p *Pipeline) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw := bufio.NewWriterSize(cw, 1<<16)
	head := []byte(bundleMagic)
	head = binary.LittleEndian.AppendUint32(head, bundleVersion)
	var flags byte
	if p.lemmas != nil {
		flags |= 1
	}
	head = append(head, flags)
	if _, err := zw.Write(head); err != nil {
		return cw.n, err
	}
	if _, err := p.tagger.WriteTo(zw); err != nil {
		return cw.n, err
	}
	if p.lemmas != nil {
		if _, err := p.lemmas.WriteTo(zw); err != nil {
			return cw.n, err
		}
	}
	if _, err := p.parser.WriteTo(zw); err != nil {
		return cw.n, err
	}
	err := zw.Flush()
	return cw.n, err
}
