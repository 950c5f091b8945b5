package petrarch

import "fmt"

// LineError is a line of a dictionary that could not be read; the line
// is skipped and the rest of the file loads.
type LineError struct {
	File string
	Line int
	Msg  string
}

func (e *LineError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// errorList collects the errors of one file.
type errorList struct {
	file string
	errs []error
}

func (l *errorList) add(line int, format string, args ...any) {
	l.errs = append(l.errs, &LineError{File: l.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}
