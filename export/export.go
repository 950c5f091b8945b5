// Package export writes event records as JSON Lines, flat CSV, GDELT 2.0
// event rows (tab-separated, GDELT's 61 columns in GDELT's order), or
// readable text.
package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/annalist/annalist/event"
)

// Formats lists the output formats by name.
var Formats = []string{"jsonl", "csv", "gdelt", "text"}

// Writer writes events one at a time; Flush must be called at the end.
type Writer interface {
	Write(e *event.Event) error
	Flush() error
}

// NewWriter returns a writer for the named format.
func NewWriter(w io.Writer, format string) (Writer, error) {
	switch format {
	case "jsonl", "json", "":
		bw := bufio.NewWriterSize(w, 64<<10)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		return &jsonlWriter{bw, enc}, nil
	case "csv":
		return &tableWriter{w: csv.NewWriter(w), header: csvHeader, row: csvRow}, nil
	case "text":
		return newTextWriter(w), nil
	case "gdelt":
		cw := csv.NewWriter(w)
		cw.Comma = '\t'
		return &tableWriter{w: cw, row: gdeltRow, tsv: true}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

type jsonlWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func (j *jsonlWriter) Write(e *event.Event) error { return j.enc.Encode(e) }
func (j *jsonlWriter) Flush() error               { return j.bw.Flush() }

// tableWriter writes one row per event, with an optional header row.
type tableWriter struct {
	w      *csv.Writer
	header []string
	row    func(e *event.Event) []string
	tsv    bool
	wrote  bool
}

func (t *tableWriter) Write(e *event.Event) error {
	if !t.wrote && t.header != nil {
		if err := t.w.Write(t.header); err != nil {
			return err
		}
	}
	t.wrote = true
	row := t.row(e)
	if t.tsv {
		// GDELT files carry no quoting: fields never contain tabs or newlines.
		for i, f := range row {
			row[i] = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ", `"`, "'").Replace(f)
		}
	}
	return t.w.Write(row)
}

func (t *tableWriter) Flush() error {
	t.w.Flush()
	return t.w.Error()
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func itoa(i int) string { return strconv.Itoa(i) }
