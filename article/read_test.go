package article

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func collect(t *testing.T, inputs []string, stdin string, opt Options) ([]*Article, []error) {
	t.Helper()
	var arts []*Article
	var errs []error
	for a, err := range Read(inputs, strings.NewReader(stdin), opt) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

var d2024 = time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC)

func TestReadFormats(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a/one.txt", "Macron visits Berlin\n\nFrench President Emmanuel Macron flew to Berlin.\n")
	write(t, dir, "a/two.jsonl", `{"id":"r1","url":"http://x/1","source":"Reuters","published":"2024-02-14T10:00:00Z","title":"T","text":"Body one."}`+"\n\n"+`{"id":7,"text":"Body two."}`+"\n")
	write(t, dir, "b.csv", "url,date,title,text\nhttp://w/1,2019-01-04,Title A,\"Line one.\nLine two, with comma.\"\n")
	write(t, dir, "c.xml", `<Sentences>
<Sentence date="20020715" id="s-1" source="AFP" sentence="true"><Text>
Israel attacked Hamas.
</Text><Parse>(ROOT)</Parse></Sentence>
</Sentences>`)
	arts, errs := collect(t, []string{dir}, "", Options{Date: d2024, Source: "site"})
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	type want struct{ id, url, source, date, title, text string }
	wants := []want{
		{"", "", "site", "2024-02-15", "Macron visits Berlin", "French President Emmanuel Macron flew to Berlin.\n"},
		{"r1", "http://x/1", "Reuters", "2024-02-14", "T", "Body one."},
		{"7", "", "site", "2024-02-15", "", "Body two."},
		{"", "http://w/1", "site", "2019-01-04", "Title A", "Line one.\nLine two, with comma."},
		{"s-1", "", "AFP", "2002-07-15", "", "Israel attacked Hamas."},
	}
	if len(arts) != len(wants) {
		t.Fatalf("got %d articles, want %d", len(arts), len(wants))
	}
	for i, w := range wants {
		a := arts[i]
		if w.id != "" && a.ID != w.id || a.ID == "" {
			t.Errorf("%d: id %q, want %q", i, a.ID, w.id)
		}
		if a.URL != w.url || a.Source != w.source || a.Published.Format("2006-01-02") != w.date || a.Title != w.title || a.Text != w.text {
			t.Errorf("%d: got %q %q %s %q %q, want %+v", i, a.URL, a.Source, a.Published.Format("2006-01-02"), a.Title, a.Text, w)
		}
	}
	if !strings.HasSuffix(arts[1].Origin, "two.jsonl:1") || !strings.HasSuffix(arts[2].Origin, "two.jsonl:3") {
		t.Errorf("origins %q %q", arts[1].Origin, arts[2].Origin)
	}
}

func TestReadStdinSniffs(t *testing.T) {
	arts, errs := collect(t, []string{"-"}, `{"text":"Hello there."}`+"\n", Options{Date: d2024})
	if len(errs) != 0 || len(arts) != 1 || arts[0].Text != "Hello there." || arts[0].Origin != "-:1" {
		t.Fatalf("got %v %v", arts, errs)
	}
	arts, _ = collect(t, []string{"-"}, "title,text\nA,Body here.\n", Options{Date: d2024})
	if len(arts) != 1 || arts[0].Title != "A" {
		t.Fatalf("csv sniff: %+v", arts)
	}
}

func TestDateFallbackWarnsOnce(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "x.jsonl", `{"text":"One."}`+"\n"+`{"text":"Two."}`+"\n")
	mt := time.Date(2023, 5, 6, 13, 0, 0, 0, time.UTC)
	os.Chtimes(p, mt, mt)
	var warns []string
	arts, errs := collect(t, []string{p}, "", Options{Warn: func(m string) { warns = append(warns, m) }})
	if len(errs) != 0 || len(arts) != 2 || arts[0].Published.Format("2006-01-02") != "2023-05-06" {
		t.Fatalf("got %v %v", arts, errs)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "x.jsonl") {
		t.Errorf("warnings %q", warns)
	}
}

func TestBadInputIsReportedAndSkipped(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "1-empty.txt", "")
	write(t, dir, "2-binary.txt", "\x00\x01\x02ELF\x00")
	write(t, dir, "3-badutf8.txt", "Good start \xff\xfe bad.")
	write(t, dir, "4-mixed.jsonl", `{"text":"Good one."}`+"\n"+`{"text": broken`+"\n"+`{"title":"no text"}`+"\n"+`{"text":"Bad date.","published":"yesterday"}`+"\n"+`{"text":"Good two."}`+"\n")
	write(t, dir, "5-bad.xml", `<Sentences><Sentence id="ok" date="20200101"><Text>Fine.</Text></Sentence><Sentence id="x"><Text>Broken</Sentence></Sentences>`)
	write(t, dir, "6-nocol.csv", "url,title\nx,y\n")
	write(t, dir, "7-short.csv", "url,title,text\nu1,t1,Body one.\nu2\nu3,t3,\"Body three.\"\n")
	write(t, dir, "8-good.txt", "Just a body.")
	arts, errs := collect(t, []string{dir}, "", Options{Date: d2024})
	var texts []string
	for _, a := range arts {
		texts = append(texts, a.Text)
	}
	wantTexts := []string{"Good one.", "Good two.", "Fine.", "Body one.", "Body three.", "Just a body."}
	if strings.Join(texts, "|") != strings.Join(wantTexts, "|") {
		t.Errorf("kept %q, want %q", texts, wantTexts)
	}
	wantErrs := []string{
		"1-empty.txt: empty input",
		"2-binary.txt: binary data",
		"3-badutf8.txt: invalid UTF-8 at byte 11",
		"4-mixed.jsonl:2: malformed JSON",
		`4-mixed.jsonl:3: record has no "text" field`,
		`4-mixed.jsonl:4: unreadable date "yesterday"`,
		"5-bad.xml:1: malformed XML",
		"6-nocol.csv:1: CSV header",
		"7-short.csv:3 (record 2): row has 1 fields",
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("got %d errors, want %d:\n%v", len(errs), len(wantErrs), errs)
	}
	for i, w := range wantErrs {
		var ae *Error
		if !errors.As(errs[i], &ae) || !strings.Contains(errs[i].Error(), w) {
			t.Errorf("error %d = %q, want it to contain %q", i, errs[i], w)
		}
	}
}

func TestHugeLineIsSkipped(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(`{"text":"First."}` + "\n")
	b.WriteString(`{"text":"`)
	b.Write(bytes.Repeat([]byte("a"), 50<<20))
	b.WriteString("\"}\n")
	b.WriteString(`{"text":"Last."}` + "\n")
	var arts []string
	var errs []error
	for a, err := range Read([]string{"-"}, &b, Options{Date: d2024}) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a.Text)
	}
	if strings.Join(arts, "|") != "First.|Last." || len(errs) != 1 || !strings.Contains(errs[0].Error(), "-:2: line too long") {
		t.Fatalf("arts %q errs %v", arts, errs)
	}
}

func TestMissingPath(t *testing.T) {
	_, errs := collect(t, []string{"/no/such/file.txt"}, "", Options{Date: d2024})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "/no/such/file.txt: no such file") {
		t.Fatalf("errs %v", errs)
	}
}

func TestDeriveIDStable(t *testing.T) {
	a := &Article{Text: "x"}
	b := &Article{Text: "x"}
	if DeriveID(a) != DeriveID(b) || DeriveID(a) == DeriveID(&Article{Text: "y"}) || len(DeriveID(a)) != 17 {
		t.Fatal("DeriveID not stable or not distinct")
	}
}
