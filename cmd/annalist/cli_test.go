package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annalist/annalist/event"
)

// run runs the CLI in-process and returns exit status, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := runMain(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func decode(t *testing.T, jsonl string) []event.Event {
	t.Helper()
	var evs []event.Event
	sc := bufio.NewScanner(strings.NewReader(jsonl))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		if err := event.Validate(sc.Bytes()); err != nil {
			t.Fatalf("record does not validate: %v\n%s", err, sc.Text())
		}
		var e event.Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		evs = append(evs, e)
	}
	return evs
}

const visit = `{"id":"v1","source":"AFP","published":"2024-02-15","text":"French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Wednesday."}`

func TestCodeJSONL(t *testing.T) {
	code, out, errs := run(t, visit+"\n", "code", "-")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	evs := decode(t, out)
	if len(evs) == 0 {
		t.Fatal("no events")
	}
	e := evs[0]
	if e.Actor1 == nil || e.Actor1.Code != "FRAGOV" || e.Actor2 == nil || e.Actor2.Code != "DEUGOV" || e.EventRootCode != "04" {
		t.Errorf("event %+v", e)
	}
	ev := e.Evidence[0]
	text := "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Wednesday."
	if ev.Article != "v1" || text[ev.Start:ev.End] != ev.Text || e.Reported != "2024-02-15" || e.Sources[0] != "AFP" {
		t.Errorf("evidence %+v", ev)
	}
}

func TestCodeFormatsAndBadInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	os.WriteFile(good, []byte(visit+"\n{broken\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	code, out, errs := run(t, "", "code", "--format", "gdelt", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 when items were skipped", code)
	}
	for _, w := range []string{"empty.txt: empty input", "good.jsonl:2: malformed JSON", "2 item(s) skipped"} {
		if !strings.Contains(errs, w) {
			t.Errorf("stderr %q lacks %q", errs, w)
		}
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) == 0 || lines[0] == "" {
		t.Fatal("no GDELT rows for the good record")
	}
	for _, l := range lines {
		if n := len(strings.Split(l, "\t")); n != 61 {
			t.Errorf("GDELT row has %d columns", n)
		}
	}
	if code, _, errs := run(t, "", "code", "--format", "xml", good); code != 1 || !strings.Contains(errs, `unknown format "xml"`) {
		t.Errorf("bad format: exit %d %q", code, errs)
	}
	if code, _, _ := run(t, "", "code", "--nope"); code != 2 {
		t.Errorf("bad flag: exit %d, want 2", code)
	}
}

func TestIngestQueryExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(visit+"\n"+`{"id":"p2","published":"2024-03-01","text":"Israeli troops attacked Hamas militants in Gaza."}`+"\n"), 0o644)
	code, _, errs := run(t, "", "ingest", "--db", db, in)
	if code != 0 || !strings.Contains(errs, "stored 2 articles") {
		t.Fatalf("ingest: exit %d %q", code, errs)
	}
	code, _, errs = run(t, "", "ingest", "--db", db, in)
	if code != 0 || !strings.Contains(errs, "stored 0 articles") || !strings.Contains(errs, "(2 already stored)") {
		t.Fatalf("re-ingest: exit %d %q", code, errs)
	}
	_, all, _ := run(t, "", "export", "--db", db)
	allEvs := decode(t, all)
	_, q, _ := run(t, "", "query", "--db", db, "--actor", "FRA", "--code", "04")
	qEvs := decode(t, q)
	if len(qEvs) == 0 || len(qEvs) >= len(allEvs) {
		t.Fatalf("query returned %d of %d events", len(qEvs), len(allEvs))
	}
	for _, e := range qEvs {
		if !strings.HasPrefix(e.EventCode, "04") || !(strings.HasPrefix(e.Actor1.Code, "FRA") || e.Actor2 != nil && strings.HasPrefix(e.Actor2.Code, "FRA")) {
			t.Errorf("query returned %s %s", e.Actor1.Code, e.EventCode)
		}
	}
	_, q, _ = run(t, "", "query", "--db", db, "--from", "2024-02-20")
	for _, e := range decode(t, q) {
		if e.Date < "2024-02-20" {
			t.Errorf("--from returned %s", e.Date)
		}
	}
	if code, _, errs := run(t, "", "query", "--db", filepath.Join(dir, "missing.db")); code != 1 || !strings.Contains(errs, "missing.db") {
		t.Errorf("missing db: exit %d %q", code, errs)
	}
	if code, _, _ := run(t, "", "query", "--db", db, "--from", "yesterday"); code != 2 {
		t.Errorf("bad --from accepted")
	}
}

// Two agencies report one meeting; a week later the pair meets again.
var meetingReports = []string{
	`{"id":"afp-1","source":"AFP","published":"2024-02-15","text":"French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Wednesday."}`,
	`{"id":"rtr-1","source":"Reuters","published":"2024-02-15","text":"BERLIN (Reuters) - French President Emmanuel Macron met German Chancellor Olaf Scholz on Wednesday for talks on Ukraine."}`,
	`{"id":"afp-2","source":"AFP","published":"2024-02-22","text":"French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Wednesday."}`,
}

func TestCodeConsolidatesReports(t *testing.T) {
	in := strings.Join(meetingReports, "\n") + "\n"
	_, out, _ := run(t, in, "code", "-")
	evs := decode(t, out)
	if len(evs) != 2 {
		t.Fatalf("got %d records, want 2 (one per meeting)", len(evs))
	}
	if e := evs[0]; e.Date != "2024-02-14" || e.NumSources != 2 || e.NumMentions != 2 || e.NumArticles != 2 || len(e.Evidence) != 2 {
		t.Errorf("first meeting: date %s sources %d mentions %d articles %d", e.Date, e.NumSources, e.NumMentions, e.NumArticles)
	}
	if e := evs[1]; e.Date != "2024-02-21" || e.NumSources != 1 || e.Place == nil || e.Place.Name != "Paris" {
		t.Errorf("second meeting: %+v", e)
	}
	_, out, _ = run(t, in, "code", "--no-merge", "-")
	if n := len(decode(t, out)); n != 3 {
		t.Errorf("--no-merge gave %d records, want 3", n)
	}
}

func TestIngestOneByOneEqualsAllAtOnce(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i, r := range meetingReports {
		p := filepath.Join(dir, fmt.Sprintf("r%d.jsonl", i))
		os.WriteFile(p, []byte(r+"\n"), 0o644)
		files = append(files, p)
	}
	one, all := filepath.Join(dir, "one.db"), filepath.Join(dir, "all.db")
	for _, f := range files {
		if code, _, errs := run(t, "", "ingest", "--db", one, f); code != 0 {
			t.Fatalf("ingest %s: %s", f, errs)
		}
	}
	if code, _, errs := run(t, "", append([]string{"ingest", "--db", all}, files...)...); code != 0 {
		t.Fatalf("ingest all: %s", errs)
	}
	_, a, _ := run(t, "", "export", "--db", one)
	_, b, _ := run(t, "", "export", "--db", all)
	if a != b {
		t.Errorf("one at a time:\n%s\nall at once:\n%s", a, b)
	}
	evs := decode(t, a)
	if len(evs) != 2 || evs[0].NumSources != 2 || evs[0].NumArticles != 2 || evs[1].NumSources != 1 {
		t.Errorf("stored %d records: %+v", len(evs), evs)
	}
}
