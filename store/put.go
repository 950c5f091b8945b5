package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/annalist/annalist/article"
	"github.com/annalist/annalist/event"
	"github.com/annalist/annalist/story"
)

// putStmts are the write statements, prepared once on the writer connection.
type putStmts struct {
	article, event, record, update, evidence, text *sql.Stmt
}

func (p *putStmts) prepare(db *sql.DB) error {
	var errs []error
	prep := func(q string) *sql.Stmt {
		st, err := db.Prepare(q)
		errs = append(errs, err)
		return st
	}
	// ON CONFLICT DO NOTHING covers both the id and the text_hash: a
	// reprint is recognised by the insert itself, with no extra lookup.
	p.article = prep(`INSERT INTO articles (id, url, source, published, title, text, text_hash, origin, stored_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`)
	p.event = prep(`INSERT INTO events (id, date, actor1_code, actor2_code, actor1_country, actor2_country,
		event_code, event_root_code, quad_class, goldstein, place_country, lat, lon,
		num_mentions, num_articles, num_sources, record)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`)
	p.record = prep(`SELECT record FROM events WHERE id = ?`)
	// A merge may change the coding (consolidation keeps the most specific
	// code, the most precise date and place), so every column follows the
	// merged record; triggers move the aggregates when they change.
	p.update = prep(`UPDATE events SET date = ?, actor1_code = ?, actor2_code = ?, actor1_country = ?, actor2_country = ?,
		event_code = ?, event_root_code = ?, quad_class = ?, goldstein = ?, place_country = ?, lat = ?, lon = ?,
		num_mentions = ?, num_articles = ?, num_sources = ?, record = ? WHERE id = ?`)
	p.evidence = prep(`INSERT INTO evidence (event_id, article_id, sentence, start, "end", text, date) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	p.text = prep(`INSERT INTO evidence_fts (rowid, text) VALUES (?, ?)`)
	return errors.Join(errs...)
}

// txStmts are the write statements bound to one transaction, bound once
// per batch rather than once per use, and the evidence sentences waiting
// for the text index.
type txStmts struct {
	article, event, record, update, evidence, text *sql.Stmt

	texts []pendingText
}

// pendingText is an evidence sentence to add to the text index.
type pendingText struct {
	row  int64
	text string
}

// indexTexts adds the pending sentences to the text index. It runs last
// in a transaction: once the FTS5 table has joined a transaction, every
// statement that needs a statement journal (an event insert, with its
// triggers) makes it write its pending terms out, which costs more than
// the rest of a batch together.
func (w *txStmts) indexTexts(ctx context.Context) error {
	for _, t := range w.texts {
		if _, err := w.text.ExecContext(ctx, t.row, t.text); err != nil {
			return fmt.Errorf("indexing evidence text: %w", err)
		}
	}
	w.texts = w.texts[:0]
	return nil
}

func (p *putStmts) in(ctx context.Context, tx *sql.Tx) *txStmts {
	return &txStmts{
		article:  tx.StmtContext(ctx, p.article),
		event:    tx.StmtContext(ctx, p.event),
		record:   tx.StmtContext(ctx, p.record),
		update:   tx.StmtContext(ctx, p.update),
		evidence: tx.StmtContext(ctx, p.evidence),
		text:     tx.StmtContext(ctx, p.text),
	}
}

// PutArticle stores an article and the events coded from it, all in one
// transaction: either everything is stored or nothing is. An article
// already stored, by ID or by the same normalized text (see TextHash), is
// not stored again, and neither are its events: stored is false and err
// nil. An event whose ID is already stored is merged into the stored one.
//
// Evidence that does not name its article, URL or source gets the
// article's.
func (s *Store) PutArticle(ctx context.Context, a *article.Article, evs []event.Event) (stored bool, err error) {
	res, err := s.PutArticles(ctx, []Put{{Article: a, Events: evs}})
	if err != nil {
		return false, err
	}
	return res[0].Stored, res[0].Err
}

// Put is an article and the events coded from it, for PutArticles.
type Put struct {
	Article *article.Article
	Events  []event.Event
}

// PutResult is what became of one Put.
type PutResult struct {
	Stored bool  // false: already stored (same ID or same text), or Err
	Err    error // this article failed; nothing of it was stored
}

// PutArticles stores many articles, each as PutArticle would, in one
// transaction: committing once per batch rather than once per article is
// what makes bulk loading and busy ingest fast. Each article is still all
// or nothing: when one fails, the batch is stored again one article per
// transaction, so the failure is reported in its result and the others
// are stored. err is for the batch as a whole (the database failed, or
// ctx ended): then nothing was stored.
func (s *Store) PutArticles(ctx context.Context, puts []Put) (res []PutResult, err error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if len(puts) > 1 {
		// Savepoints per article would cost more than the batch saves
		// (each one makes the text index write out its pending terms), so
		// the batch is tried whole and redone article by article only
		// when something in it fails.
		res, err := s.putAll(ctx, puts)
		if err == nil || ctx.Err() != nil {
			return res, err
		}
	}
	res = make([]PutResult, len(puts))
	for i := range puts {
		r, err := s.putAll(ctx, puts[i:i+1])
		if err != nil && ctx.Err() != nil {
			return nil, err
		}
		res[i] = PutResult{Err: err}
		if err == nil {
			res[i] = r[0]
		}
	}
	return res, nil
}

// putAll stores puts in one transaction, or nothing if any fails.
func (s *Store) putAll(ctx context.Context, puts []Put) ([]PutResult, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", s.path, err)
	}
	defer tx.Rollback() // a no-op after Commit
	w := s.put.in(ctx, tx)
	res := make([]PutResult, len(puts))
	for i, p := range puts {
		if res[i].Stored, err = s.putOne(ctx, w, p); err != nil {
			return nil, err
		}
	}
	if err := w.indexTexts(ctx); err != nil {
		return nil, fmt.Errorf("store %s: %w", s.path, err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store %s: %w", s.path, err)
	}
	return res, nil
}

// putOne stores one article with the statements of a transaction.
func (s *Store) putOne(ctx context.Context, w *txStmts, p Put) (bool, error) {
	a := p.Article
	if a == nil {
		return false, fmt.Errorf("store %s: nil article", s.path)
	}
	name := articleName(a)
	if a.ID == "" {
		return false, fmt.Errorf("store %s: article %s: no ID", s.path, name)
	}
	hash := TextHash(a.Text)
	if hash == "" {
		return false, fmt.Errorf("store %s: article %s: no text", s.path, name)
	}
	published := ""
	if !a.Published.IsZero() {
		published = a.Published.UTC().Format(time.RFC3339)
	}
	res, err := w.article.ExecContext(ctx, a.ID, a.URL, a.Source, published,
		a.Title, a.Text, hash, a.Origin, time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return false, fmt.Errorf("store %s: article %s: %w", s.path, name, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return false, err // already stored
	}
	for i := range p.Events {
		if err := s.putEvent(ctx, w, a, p.Events[i]); err != nil {
			return false, fmt.Errorf("store %s: article %s: event %d (%s): %w", s.path, name, i, p.Events[i].ID, err)
		}
	}
	return true, nil
}

// putEvent inserts e, or merges it into the stored event with its ID. e is
// a copy: filling in its evidence does not touch the caller's.
func (s *Store) putEvent(ctx context.Context, w *txStmts, a *article.Article, e event.Event) error {
	e.Evidence = append([]event.Evidence(nil), e.Evidence...)
	for i := range e.Evidence {
		ev := &e.Evidence[i]
		ev.Article = orElse(ev.Article, a.ID)
		ev.URL = orElse(ev.URL, a.URL)
		ev.Source = orElse(ev.Source, a.Source)
	}
	e.Sources = append([]string(nil), e.Sources...)
	for _, ev := range e.Evidence {
		story.AddSource(&e, ev.Source)
	}
	rec, err := json.Marshal(&e)
	if err != nil {
		return err
	}
	c := columnsOf(&e)
	res, err := w.event.ExecContext(ctx, e.ID, e.Date, c.actor1, c.actor2,
		c.country1, c.country2, e.EventCode, e.EventRootCode, e.QuadClass, e.Goldstein,
		c.placeCountry, c.lat, c.lon, e.NumMentions, e.NumArticles, e.NumSources, rec)
	if err != nil {
		return err
	}
	newEvidence, date := e.Evidence, e.Date
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		if newEvidence, date, err = mergeEvent(ctx, w, &e); err != nil {
			return err
		}
	}
	for _, ev := range newEvidence {
		res, err := w.evidence.ExecContext(ctx, e.ID, ev.Article, ev.Sentence, ev.Start, ev.End, ev.Text, date)
		var row int64
		if err == nil {
			row, err = res.LastInsertId()
		}
		if err != nil {
			return fmt.Errorf("evidence %d:%d-%d: %w", ev.Sentence, ev.Start, ev.End, err)
		}
		w.texts = append(w.texts, pendingText{row, ev.Text})
	}
	return nil
}

// mergeEvent merges e into the stored event with the same ID and returns
// the evidence that was new to it and the merged event's date.
func mergeEvent(ctx context.Context, w *txStmts, e *event.Event) ([]event.Evidence, string, error) {
	var rec []byte
	if err := w.record.QueryRowContext(ctx, e.ID).Scan(&rec); err != nil {
		return nil, "", fmt.Errorf("reading stored event: %w", err)
	}
	var stored event.Event
	if err := json.Unmarshal(rec, &stored); err != nil {
		return nil, "", fmt.Errorf("stored event is corrupt: %w", err)
	}
	added := merge(&stored, e)
	rec, err := json.Marshal(&stored)
	if err != nil {
		return nil, "", err
	}
	c := columnsOf(&stored)
	_, err = w.update.ExecContext(ctx, stored.Date, c.actor1, c.actor2, c.country1, c.country2,
		stored.EventCode, stored.EventRootCode, stored.QuadClass, stored.Goldstein, c.placeCountry, c.lat, c.lon,
		stored.NumMentions, stored.NumArticles, stored.NumSources, rec, e.ID)
	return added, stored.Date, err
}

// columns are the indexed values of an event that come from its optional parts.
type columns struct {
	actor1, actor2, country1, country2, placeCountry string
	lat, lon                                         sql.NullFloat64
}

func columnsOf(e *event.Event) columns {
	var c columns
	if e.Actor1 != nil {
		c.actor1, c.country1 = e.Actor1.Code, e.Actor1.Country
	}
	if e.Actor2 != nil {
		c.actor2, c.country2 = e.Actor2.Code, e.Actor2.Country
	}
	if e.Place != nil {
		c.placeCountry = e.Place.Country
		c.lat = sql.NullFloat64{Float64: e.Place.Lat, Valid: true}
		c.lon = sql.NullFloat64{Float64: e.Place.Lon, Valid: true}
	}
	return c
}

// orElse returns v, or def when v is empty.
func orElse(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// articleName names an article in messages: its ID and where it was read.
func articleName(a *article.Article) string {
	switch {
	case a.Origin == "":
		return fmt.Sprintf("%q", a.ID)
	case a.ID == "":
		return "(" + a.Origin + ")"
	}
	return fmt.Sprintf("%q (%s)", a.ID, a.Origin)
}

// TextHash returns the hash by which reprints of the same text are
// recognised: of the text lower-cased, with punctuation and symbols
// dropped and whitespace runs collapsed to one space. It returns "" for a
// text with no letters or digits.
func TextHash(text string) string {
	var b strings.Builder
	space := false
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsSpace(r):
			space = true
		}
	}
	if b.Len() == 0 {
		return ""
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:])
}
