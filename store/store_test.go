package store

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestReopenKeepsDataAndSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	fill(t, s, 12, 4)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	articles, events, err := s.Counts(ctx)
	if err != nil || articles != 3 || events != 12 {
		t.Errorf("after reopening: Counts = %d, %d, %v; want 3, 12, nil", articles, events, err)
	}
	var version int
	var meta string
	if err := s.r.QueryRow(`PRAGMA user_version`).Scan(&version); err != nil {
		t.Fatal(err)
	}
	if err := s.r.QueryRow(`SELECT value FROM meta WHERE key = 'schema_version'`).Scan(&meta); err != nil {
		t.Fatal(err)
	}
	if version != SchemaVersion || meta != strconv.Itoa(SchemaVersion) {
		t.Errorf("schema version %d, meta %q; want %d", version, meta, SchemaVersion)
	}
	var mode string
	if err := s.r.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	if e, err := s.Event(ctx, genEvent(7).ID); err != nil || e.EventCode != genEvent(7).EventCode {
		t.Errorf("event 7 after reopening: %v, %v", e, err)
	}
}

func TestOpenRefuses(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(garbage, []byte(strings.Repeat("this is not a database\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	newer := filepath.Join(dir, "newer.db")
	foreign := filepath.Join(dir, "foreign.db")
	for path, setup := range map[string]string{
		newer:   `PRAGMA user_version = 99`,
		foreign: `CREATE TABLE accounts (id INTEGER PRIMARY KEY)`,
	} {
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(setup); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
	cases := []struct {
		name, path, want string
	}{
		{"a text file", garbage, "not a SQLite database"},
		{"a newer schema", newer, "schema version 99 is newer than this annalist supports"},
		{"another program's database", foreign, "not an annalist database"},
		{"a directory", dir, "is a directory"},
		{"a missing directory", filepath.Join(dir, "no", "such", "x.db"), "x.db"},
		{"a URI", "file:x.db?mode=ro", "plain file name"},
	}
	for _, c := range cases {
		s, err := Open(c.path)
		if err == nil {
			s.Close()
			t.Errorf("%s: Open succeeded", c.name)
			continue
		}
		if !strings.Contains(err.Error(), c.path) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %q does not name the path and say %q", c.name, err, c.want)
		}
	}
	// The refused text file is left as it was.
	if b, err := os.ReadFile(garbage); err != nil || !strings.HasPrefix(string(b), "this is not") {
		t.Errorf("the refused file was changed: %v", err)
	}
}
