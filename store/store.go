// Package store keeps articles and the events coded from them in a SQLite
// database (pure Go, no cgo), and answers filtered, paginated queries over
// the events.
//
// One Store may be used from many goroutines. Writes are serialised through
// a single connection; reads run on a small pool of their own and, thanks to
// the write-ahead log, never wait for a writer.
//
// Every event is kept whole as JSON (so nothing in the record is lost) beside
// the columns that the filters need, which are indexed; the evidence
// sentences have a trigram full-text index so that Filter.Text is a
// case-insensitive substring search that does not scan the table.
//
// Aggregates are kept as the events are written, by triggers in the same
// transaction: events per day and QuadClass (daily_counts), per day and
// dyad (daily_dyads), per day and place (daily_places), and dyads and
// places over all dates (dyad_totals, place_totals). Statistics read them
// instead of the events. Articles are best stored in batches
// (PutArticles): one commit per batch.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// ErrNotFound is returned (wrapped) when a requested record does not exist.
var ErrNotFound = errors.New("not found")

// Store is an open annalist database.
type Store struct {
	path string
	w    *sql.DB // one connection: SQLite has one writer at a time anyway
	r    *sql.DB // readers
	wmu  sync.Mutex

	put       putStmts
	byID      *sql.Stmt
	count     *sql.Stmt
	textProbe *sql.Stmt
	dyadProbe *sql.Stmt

	qmu     sync.Mutex
	queries map[string]*sql.Stmt // Events statements, by SQL text (one per filter shape)
}

// connection settings shared by both pools. WAL lets readers run beside the
// writer; synchronous=NORMAL is safe with WAL (a crash may lose the last
// commits, never corrupt the file) and makes ingest much faster.
const pragmas = "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"

// Open opens the database at path, creating it if missing, and brings its
// schema up to date. It refuses a file that is not a database, a database
// that is not annalist's, and a schema newer than this code knows.
func Open(path string) (*Store, error) {
	if path == "" || strings.ContainsAny(path, "?#") || strings.HasPrefix(path, "file:") {
		return nil, fmt.Errorf("store %q: path must be a plain file name (no ?, # or file: prefix)", path)
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("store %s: is a directory, not a database file", path)
	}
	s := &Store{path: path, queries: map[string]*sql.Stmt{}}
	var err error
	// The writer gets a large page cache (64 MiB): the filter indexes take
	// inserts all over, and pages kept in the cache are not read again.
	if s.w, err = sql.Open("sqlite", path+"?"+pragmas+"&_txlock=immediate&_pragma=cache_size(-65536)&_pragma=temp_store(2)"); err != nil {
		return nil, s.wrapOpen(err)
	}
	s.w.SetMaxOpenConns(1)
	s.w.SetMaxIdleConns(1)
	s.w.SetConnMaxLifetime(0)
	if err := migrate(context.Background(), s.w); err != nil {
		s.w.Close()
		return nil, s.wrapOpen(err)
	}
	if s.r, err = sql.Open("sqlite", path+"?"+pragmas+"&_pragma=query_only(1)&_pragma=mmap_size(4294967296)&_pragma=cache_size(-32000)"); err != nil {
		s.w.Close()
		return nil, s.wrapOpen(err)
	}
	// More readers than cores: a page is a few short queries, and a
	// request should not wait for a connection behind a long export.
	readers := min(max(2*runtime.NumCPU(), 4), 8)
	s.r.SetMaxOpenConns(readers)
	s.r.SetMaxIdleConns(readers)
	if err := s.prepare(); err != nil {
		s.Close()
		return nil, s.wrapOpen(err)
	}
	return s, nil
}

func (s *Store) wrapOpen(err error) error {
	msg := err.Error()
	if strings.Contains(msg, "not a database") || strings.Contains(msg, "SQLITE_NOTADB") {
		return fmt.Errorf("store %s: not a SQLite database: %w", s.path, err)
	}
	return fmt.Errorf("store %s: %w", s.path, err)
}

func (s *Store) prepare() error {
	var err error
	if err = s.put.prepare(s.w); err != nil {
		return err
	}
	if s.byID, err = s.r.Prepare(`SELECT record FROM events WHERE id = ?`); err != nil {
		return err
	}
	if s.count, err = s.r.Prepare(`SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)`); err != nil {
		return err
	}
	if s.textProbe, err = s.r.Prepare(textProbeSQL); err != nil {
		return err
	}
	s.dyadProbe, err = s.r.Prepare(dyadProbeSQL)
	return err
}

// Path returns the file the store was opened from.
func (s *Store) Path() string { return s.path }

// Close releases the database. It lets SQLite refresh its planner
// statistics first, which keeps filtered queries fast as the data grows.
func (s *Store) Close() error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	var errs []error
	if s.w != nil {
		_, err := s.w.Exec(`PRAGMA optimize`)
		errs = append(errs, err, s.w.Close())
	}
	if s.r != nil {
		errs = append(errs, s.r.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store %s: close: %w", s.path, err)
	}
	return nil
}

// Counts returns how many articles and events the store holds.
func (s *Store) Counts(ctx context.Context) (articles, events int, err error) {
	if err = s.count.QueryRowContext(ctx).Scan(&articles, &events); err != nil {
		err = fmt.Errorf("store %s: counts: %w", s.path, err)
	}
	return articles, events, err
}
