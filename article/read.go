package article

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxArticleBytes bounds one article's text (and one JSON Lines record).
// Longer items are reported and skipped rather than held in memory.
const MaxArticleBytes = 8 << 20

// Options says what to assume when a record lacks it.
type Options struct {
	Date   time.Time        // publication date for records without one (--date); zero = use file time
	Source string           // source for records without one (--source)
	Warn   func(msg string) // called for warnings (e.g. a date taken from the file's time); may be nil
}

// Error is a problem with one input item: the batch goes on without it.
type Error struct {
	Origin string // "file.jsonl:12", "file.csv record 7", "-"
	Err    error
}

func (e *Error) Error() string { return e.Origin + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Format is an input format.
type Format int

const (
	Unknown Format = iota
	Text           // one article per file
	JSONL          // one JSON object per line
	CSV            // header row with at least a "text" column
	XML            // PETRARCH sentence XML
)

func (f Format) String() string {
	return [...]string{"unknown", "text", "jsonl", "csv", "xml"}[f]
}

// Read yields the articles of the given inputs in order: files, directories
// (recursively, in lexical order, hidden files skipped) and "-" for
// standard input. A bad item yields a nil article and an *Error naming it;
// reading goes on with the next item.
func Read(inputs []string, stdin io.Reader, opt Options) iter.Seq2[*Article, error] {
	return func(yield func(*Article, error) bool) {
		for _, in := range inputs {
			if in == "-" {
				if !readStream(stdin, "-", time.Time{}, Unknown, opt, yield) {
					return
				}
				continue
			}
			files, err := expand(in)
			if err != nil {
				if !yield(nil, &Error{Origin: in, Err: err}) {
					return
				}
			}
			for _, f := range files {
				if !readFile(f, opt, yield) {
					return
				}
			}
		}
	}
}

// expand lists the files under path (path itself if it is a file).
func expand(path string) ([]string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	if !fi.IsDir() {
		return []string{path}, nil
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func readFile(path string, opt Options, yield func(*Article, error) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(nil, &Error{Origin: path, Err: unwrapPathError(err)})
	}
	defer f.Close()
	var mtime time.Time
	if fi, err := f.Stat(); err == nil {
		mtime = fi.ModTime()
	}
	return readStream(f, path, mtime, formatByExt(path), opt, yield)
}

func formatByExt(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return Text
	case ".jsonl", ".ndjson", ".json":
		return JSONL
	case ".csv":
		return CSV
	case ".xml":
		return XML
	}
	return Unknown
}

// sniff guesses the format from the first bytes of the content.
func sniff(head []byte) Format {
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	switch {
	case len(t) == 0:
		return Text
	case t[0] == '{':
		return JSONL
	case t[0] == '<':
		return XML
	}
	first, _, _ := bytes.Cut(t, []byte("\n"))
	if cols := splitHeader(string(first)); cols != nil && hasColumn(cols, "text") {
		return CSV
	}
	return Text
}

// readStream reads one file or stream of the given format (Unknown: sniffed).
func readStream(r io.Reader, name string, mtime time.Time, f Format, opt Options, yield func(*Article, error) bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(4096)
	if len(bytes.TrimSpace(head)) == 0 {
		return yield(nil, &Error{Origin: name, Err: errors.New("empty input")})
	}
	if isBinary(head) {
		return yield(nil, &Error{Origin: name, Err: errors.New("binary data, not text (NUL or control bytes in the first 4 KiB)")})
	}
	if f == Unknown {
		f = sniff(head)
	}
	src := &source{name: name, mtime: mtime, opt: opt}
	switch f {
	case JSONL:
		return readJSONL(br, src, yield)
	case CSV:
		return readCSV(br, src, yield)
	case XML:
		return readXML(br, src, yield)
	default:
		return readText(br, src, yield)
	}
}

// isBinary reports whether data looks like a binary file: a NUL byte, or
// many control characters other than whitespace.
func isBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl > len(b)/20+1
}

// source carries what a reader needs to complete a record.
type source struct {
	name     string
	mtime    time.Time
	opt      Options
	warnedMT bool
}

// finish validates a record read at origin and fills what is missing:
// text checks, the publication date fallback chain, source and ID.
func (s *source) finish(a *Article, origin, date string) error {
	a.Origin = origin
	if err := checkText(a.Text); err != nil {
		return err
	}
	if strings.TrimSpace(a.Text) == "" {
		return errors.New("no text")
	}
	a.Title = strings.ToValidUTF8(a.Title, "\uFFFD")
	switch {
	case date != "":
		t, err := ParseDate(date)
		if err != nil {
			return err
		}
		a.Published = t
	case !s.opt.Date.IsZero():
		a.Published = s.opt.Date
	case !s.mtime.IsZero():
		a.Published = day(s.mtime)
		if !s.warnedMT && s.opt.Warn != nil {
			s.opt.Warn(fmt.Sprintf("%s: no publication date; using the file's modification date %s (set --date)", s.name, a.Published.Format("2006-01-02")))
		}
		s.warnedMT = true
	default:
		return errors.New("no publication date in the record and no --date given")
	}
	if a.Source == "" {
		a.Source = s.opt.Source
	}
	if a.ID == "" {
		a.ID = DeriveID(a)
	}
	return nil
}

// checkText rejects text that cannot be coded faithfully: invalid UTF-8
// (offsets would not point at what the user sees) and oversized bodies.
func checkText(t string) error {
	if len(t) > MaxArticleBytes {
		return fmt.Errorf("text of %d bytes exceeds the %d-byte limit", len(t), MaxArticleBytes)
	}
	if !utf8.ValidString(t) {
		for i := 0; i < len(t); {
			r, n := utf8.DecodeRuneInString(t[i:])
			if r == utf8.RuneError && n == 1 {
				return fmt.Errorf("invalid UTF-8 at byte %d of the text", i)
			}
			i += n
		}
	}
	return nil
}

// DeriveID gives an article without an ID a stable one: a hash of its URL
// when it has one, else of its text, so re-reading the same input gives
// the same IDs.
func DeriveID(a *Article) string {
	key := a.URL
	if key == "" {
		key = a.Text
	}
	h := sha256.Sum256([]byte(key))
	return "a" + hex.EncodeToString(h[:8])
}

// dateLayouts are the publication date forms accepted in records.
var dateLayouts = []string{
	"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "20060102",
	"2006/01/02", time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "2-Jan-2006 15:04:05.00",
	"January 2, 2006", "2 January 2006",
}

// ParseDate reads a publication date in the common record forms and
// returns the UTC day it names.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return day(t), nil
		}
	}
	return time.Time{}, fmt.Errorf("unreadable date %q (want YYYY-MM-DD, RFC 3339 or YYYYMMDD)", s)
}

func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
