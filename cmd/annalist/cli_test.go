package main

import (
	"bufio"
	"bytes"
	"encoding/json"
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
