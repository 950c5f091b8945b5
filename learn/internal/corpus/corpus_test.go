package corpus

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadRefusesHeldOutSets(t *testing.T) {
	for _, path := range []string{"eval/gold/wikinews_2019.tsv", "../eval/heldout/reuters21578.tsv"} {
		_, err := Load(t.TempDir(), []string{path})
		if err == nil || !strings.Contains(err.Error(), "held-out") {
			t.Errorf("Load(%s): error %v, want a held-out refusal", path, err)
		}
	}
}

func TestLoadRefusesHeldOutStories(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "train", "set.tsv")
	os.MkdirAll(filepath.Dir(path), 0o755)
	rows := "reuters-17999\t0\tUSAGOV\tJPN\t111\nreuters-18001\t0\t-\t-\tnone\n"
	if err := os.WriteFile(path, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(dir, []string{path})
	if err == nil || !strings.Contains(err.Error(), "reuters-18001") || !strings.Contains(err.Error(), "held out") {
		t.Errorf("error %v, want one naming reuters-18001 as held out", err)
	}
	if err := allowed("reuters-17999"); err != nil {
		t.Errorf("reuters-17999: %v", err)
	}
	if err := allowed("reuters-x"); err == nil {
		t.Error("reuters-x: no error")
	}
}

func TestName(t *testing.T) {
	if got := Name("/a/eval/train/reuters21578_1.tsv"); got != filepath.Join("train", "reuters21578_1.tsv") {
		t.Errorf("Name: %q", got)
	}
}

func TestPerFileTalliesSentencesAndEventsByFile(t *testing.T) {
	// A story's lede and body may be annotated in two files: each sentence
	// counts for its own.
	arts := []Article{
		{File: "dev/a.tsv", Annotated: map[int][]string{0: {"USA JPN 111", "JPN USA 112"}, 3: nil},
			Files: map[int]string{0: "dev/a.tsv", 3: "dev/a_body.tsv"}},
		{File: "train/b.tsv", Annotated: map[int][]string{1: {"FRA - 010"}}, Files: map[int]string{1: "train/b.tsv"}},
		{File: "dev/a.tsv", Annotated: map[int][]string{2: {"GBR IRN 042"}}, Files: map[int]string{2: "dev/a.tsv"}},
	}
	got := PerFile(arts)
	want := map[string]Tally{"dev/a.tsv": {Sentences: 2, Events: 3}, "dev/a_body.tsv": {Sentences: 1}, "train/b.tsv": {Sentences: 1, Events: 1}}
	if !maps.Equal(got, want) {
		t.Errorf("PerFile: %v, want %v", got, want)
	}
}
