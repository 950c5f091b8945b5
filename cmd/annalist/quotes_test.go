package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestQuotes(t *testing.T) {
	in := `{"id":"q1","text":"\"We will not negotiate under pressure,\" Iranian President Hassan Rouhani said."}` + "\n"
	code, out, errs := run(t, in, "quotes", "--date", "2019-03-04", "-")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	want := `{"speaker":{"code":"IRNGOV","name":"Hassan Rouhani","text":"Iranian President Hassan Rouhani"},"via":{"code":"","text":""},"quote":"We will not negotiate under pressure","date":"2019-03-04","article":"q1","start":1,"end":37}` + "\n"
	if out != want {
		t.Errorf("got  %s\nwant %s", out, want)
	}
}

func TestQuotesSkippedInput(t *testing.T) {
	in := `{"id":"q2","published":"2019-03-04","text":"Russia said on Monday that it would expel two diplomats."}` + "\n"
	missing := filepath.Join(t.TempDir(), "missing.txt")
	code, out, errs := run(t, in, "quotes", "-", missing)
	if code != 1 || !strings.Contains(errs, "missing.txt") || !strings.Contains(errs, "1 item(s) skipped") {
		t.Errorf("exit %d, stderr %q; want 1 and the missing file named", code, errs)
	}
	if !strings.Contains(out, `"quote":"it would expel two diplomats"`) {
		t.Errorf("the readable input was not processed: %q", out)
	}
}

func TestQuotesUsage(t *testing.T) {
	if code, _, errs := run(t, "", "quotes"); code != 1 || !strings.Contains(errs, "no input") {
		t.Errorf("no input: exit %d, stderr %q", code, errs)
	}
	if code, _, _ := run(t, "", "quotes", "--bogus"); code != 2 {
		t.Errorf("bad flag: exit %d, want 2", code)
	}
	if code, _, errs := run(t, "", "quotes", "--date", "March", "-"); code != 1 || !strings.Contains(errs, "--date") {
		t.Errorf("bad date: exit %d, stderr %q", code, errs)
	}
}
