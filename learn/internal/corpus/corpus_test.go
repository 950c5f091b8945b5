package corpus

import (
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
	arts := []Article{
		{File: "dev/a.tsv", Annotated: map[int][]string{0: {"USA JPN 111", "JPN USA 112"}, 3: nil}},
		{File: "train/b.tsv", Annotated: map[int][]string{1: {"FRA - 010"}}},
		{File: "dev/a.tsv", Annotated: map[int][]string{2: {"GBR IRN 042"}}},
	}
	got := PerFile(arts)
	want := map[string]Tally{"dev/a.tsv": {Sentences: 3, Events: 3}, "train/b.tsv": {Sentences: 1, Events: 1}}
	if len(got) != len(want) || got["dev/a.tsv"] != want["dev/a.tsv"] || got["train/b.tsv"] != want["train/b.tsv"] {
		t.Errorf("PerFile: %v, want %v", got, want)
	}
}
