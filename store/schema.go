package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
)

// migrations[i] takes the schema from version i to version i+1. They are
// applied in order, each in its own transaction; a released migration is
// never edited, only followed by a new one.
var migrations = []string{
	// 1: articles, events, evidence, and the indexes the filters use.
	`
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

CREATE TABLE articles (
	id        TEXT PRIMARY KEY CHECK (id <> ''),
	url       TEXT NOT NULL,
	source    TEXT NOT NULL,
	published TEXT NOT NULL,            -- RFC 3339, '' when unknown
	title     TEXT NOT NULL,
	text      TEXT NOT NULL,
	text_hash TEXT NOT NULL UNIQUE,     -- of the normalized text, to refuse reprints
	origin    TEXT NOT NULL,
	stored_at TEXT NOT NULL
);

CREATE TABLE events (
	id              TEXT PRIMARY KEY CHECK (id <> ''),
	date            TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	actor1_code     TEXT NOT NULL,
	actor2_code     TEXT NOT NULL,      -- '' when the event has no target
	actor1_country  TEXT NOT NULL,
	actor2_country  TEXT NOT NULL,
	event_code      TEXT NOT NULL CHECK (event_code <> ''),
	event_root_code TEXT NOT NULL,
	quad_class      INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
	goldstein       REAL NOT NULL,
	place_country   TEXT NOT NULL,      -- '' when the place is unknown
	lat             REAL,
	lon             REAL,
	num_mentions    INTEGER NOT NULL,
	num_articles    INTEGER NOT NULL,
	num_sources     INTEGER NOT NULL,
	record          TEXT NOT NULL       -- the whole event.Event as JSON
);

-- Every filter index ends in (date, id) so that an equality filter returns
-- rows already in the order Events promises, and LIMIT stops early.
CREATE INDEX events_date     ON events (date, id);
CREATE INDEX events_actor1   ON events (actor1_code, date, id);
CREATE INDEX events_actor2   ON events (actor2_code, date, id);
CREATE INDEX events_code     ON events (event_code, date, id);
CREATE INDEX events_root     ON events (event_root_code, date, id);
CREATE INDEX events_quad     ON events (quad_class, date, id);
CREATE INDEX events_country1 ON events (actor1_country, date, id);
CREATE INDEX events_country2 ON events (actor2_country, date, id);
CREATE INDEX events_place    ON events (place_country, date, id);

-- Article ids are not foreign keys: a consolidated event may carry evidence
-- from an article that is stored later (or kept elsewhere).
CREATE TABLE evidence (
	event_id   TEXT NOT NULL REFERENCES events (id),
	article_id TEXT NOT NULL,
	sentence   INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,   -- quoted: END is an SQL keyword
	text       TEXT NOT NULL
);
CREATE INDEX evidence_event   ON evidence (event_id);
CREATE INDEX evidence_article ON evidence (article_id);

-- Trigram tokens make MATCH a case-insensitive substring search.
CREATE VIRTUAL TABLE evidence_fts USING fts5 (
	text, content = 'evidence', content_rowid = 'rowid', tokenize = 'trigram'
);
CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN
	INSERT INTO evidence_fts (rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence BEGIN
	INSERT INTO evidence_fts (evidence_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
`,

	// 2: daily aggregates, kept by triggers in the transaction that inserts
	// or deletes an event, so that the timeline, the actor network and the
	// map read a few hundred rows a year instead of every event; and an
	// index on the place's coordinates for bounding boxes. Merging a report
	// into a stored event changes none of the aggregated values (the first
	// report's coding stands), so updates need no trigger.
	`
CREATE TABLE daily_counts (
	date          TEXT NOT NULL,
	quad_class    INTEGER NOT NULL,
	n             INTEGER NOT NULL,
	goldstein_sum REAL NOT NULL,
	PRIMARY KEY (date, quad_class)
) WITHOUT ROWID;

-- Events with a target only, as the network draws them.
CREATE TABLE daily_dyads (
	date          TEXT NOT NULL,
	actor1_code   TEXT NOT NULL,
	actor2_code   TEXT NOT NULL,
	n             INTEGER NOT NULL,
	goldstein_sum REAL NOT NULL,
	PRIMARY KEY (date, actor1_code, actor2_code)
) WITHOUT ROWID;

-- Events with a place only. name is the greatest name given to the
-- coordinates, as the map labels them.
CREATE TABLE daily_places (
	date          TEXT NOT NULL,
	place_country TEXT NOT NULL,
	lat           REAL NOT NULL,
	lon           REAL NOT NULL,
	name          TEXT NOT NULL,
	n             INTEGER NOT NULL,
	PRIMARY KEY (date, place_country, lat, lon)
) WITHOUT ROWID;

INSERT INTO daily_counts (date, quad_class, n, goldstein_sum)
	SELECT date, quad_class, count(*), sum(goldstein) FROM events GROUP BY date, quad_class;
INSERT INTO daily_dyads (date, actor1_code, actor2_code, n, goldstein_sum)
	SELECT date, actor1_code, actor2_code, count(*), sum(goldstein) FROM events
	WHERE actor2_code <> '' GROUP BY date, actor1_code, actor2_code;
INSERT INTO daily_places (date, place_country, lat, lon, name, n)
	SELECT date, place_country, lat, lon, coalesce(max(json_extract(record, '$.place.name')), ''), count(*)
	FROM events WHERE lat IS NOT NULL GROUP BY date, place_country, lat, lon;

CREATE TRIGGER events_count_insert AFTER INSERT ON events BEGIN
	INSERT INTO daily_counts (date, quad_class, n, goldstein_sum)
		VALUES (new.date, new.quad_class, 1, new.goldstein)
		ON CONFLICT DO UPDATE SET n = n + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum;
END;
CREATE TRIGGER events_dyad_insert AFTER INSERT ON events WHEN new.actor2_code <> '' BEGIN
	INSERT INTO daily_dyads (date, actor1_code, actor2_code, n, goldstein_sum)
		VALUES (new.date, new.actor1_code, new.actor2_code, 1, new.goldstein)
		ON CONFLICT DO UPDATE SET n = n + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum;
END;
CREATE TRIGGER events_place_insert AFTER INSERT ON events WHEN new.lat IS NOT NULL BEGIN
	INSERT INTO daily_places (date, place_country, lat, lon, name, n)
		VALUES (new.date, new.place_country, new.lat, new.lon,
			coalesce(json_extract(new.record, '$.place.name'), ''), 1)
		ON CONFLICT DO UPDATE SET n = n + 1, name = max(name, excluded.name);
END;

-- A deleted event leaves the counts; a name it gave stays until its row
-- empties, which is the most a sum can know.
CREATE TRIGGER events_count_delete AFTER DELETE ON events BEGIN
	UPDATE daily_counts SET n = n - 1, goldstein_sum = goldstein_sum - old.goldstein
		WHERE date = old.date AND quad_class = old.quad_class;
	DELETE FROM daily_counts WHERE date = old.date AND quad_class = old.quad_class AND n <= 0;
END;
CREATE TRIGGER events_dyad_delete AFTER DELETE ON events WHEN old.actor2_code <> '' BEGIN
	UPDATE daily_dyads SET n = n - 1, goldstein_sum = goldstein_sum - old.goldstein
		WHERE date = old.date AND actor1_code = old.actor1_code AND actor2_code = old.actor2_code;
	DELETE FROM daily_dyads WHERE date = old.date AND actor1_code = old.actor1_code
		AND actor2_code = old.actor2_code AND n <= 0;
END;
CREATE TRIGGER events_place_delete AFTER DELETE ON events WHEN old.lat IS NOT NULL BEGIN
	UPDATE daily_places SET n = n - 1
		WHERE date = old.date AND place_country = old.place_country AND lat = old.lat AND lon = old.lon;
	DELETE FROM daily_places WHERE date = old.date AND place_country = old.place_country
		AND lat = old.lat AND lon = old.lon AND n <= 0;
END;

CREATE INDEX events_latlon ON events (lat, lon) WHERE lat IS NOT NULL;
`,

	// 3: the store writes the evidence text index itself. As a trigger,
	// it made every evidence insert a statement transaction, at which the
	// FTS5 table writes its pending terms out: many tiny segments to merge
	// and a third of the time of a bulk insert. And the aggregates follow
	// a merge that changes an event's coding (a more specific code, a more
	// precise date or place); a place's name is recounted when an event
	// leaves its row.
	`
DROP TRIGGER evidence_fts_insert;

CREATE TRIGGER events_count_update AFTER UPDATE OF date, quad_class, goldstein ON events
	WHEN old.date IS NOT new.date OR old.quad_class IS NOT new.quad_class OR old.goldstein IS NOT new.goldstein
BEGIN
	UPDATE daily_counts SET n = n - 1, goldstein_sum = goldstein_sum - old.goldstein
		WHERE date = old.date AND quad_class = old.quad_class;
	DELETE FROM daily_counts WHERE date = old.date AND quad_class = old.quad_class AND n <= 0;
	INSERT INTO daily_counts (date, quad_class, n, goldstein_sum)
		VALUES (new.date, new.quad_class, 1, new.goldstein)
		ON CONFLICT DO UPDATE SET n = n + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum;
END;

CREATE TRIGGER events_dyad_update AFTER UPDATE OF date, actor1_code, actor2_code, goldstein ON events
	WHEN old.date IS NOT new.date OR old.actor1_code IS NOT new.actor1_code
		OR old.actor2_code IS NOT new.actor2_code OR old.goldstein IS NOT new.goldstein
BEGIN
	UPDATE daily_dyads SET n = n - 1, goldstein_sum = goldstein_sum - old.goldstein
		WHERE date = old.date AND actor1_code = old.actor1_code AND actor2_code = old.actor2_code;
	DELETE FROM daily_dyads WHERE date = old.date AND actor1_code = old.actor1_code
		AND actor2_code = old.actor2_code AND n <= 0;
	INSERT INTO daily_dyads (date, actor1_code, actor2_code, n, goldstein_sum)
		SELECT new.date, new.actor1_code, new.actor2_code, 1, new.goldstein WHERE new.actor2_code <> ''
		ON CONFLICT DO UPDATE SET n = n + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum;
END;

CREATE TRIGGER events_place_update AFTER UPDATE OF date, place_country, lat, lon, record ON events
	WHEN old.date IS NOT new.date OR old.place_country IS NOT new.place_country
		OR old.lat IS NOT new.lat OR old.lon IS NOT new.lon
		OR json_extract(old.record, '$.place.name') IS NOT json_extract(new.record, '$.place.name')
BEGIN
	UPDATE daily_places SET n = n - 1
		WHERE date = old.date AND place_country = old.place_country AND lat = old.lat AND lon = old.lon;
	DELETE FROM daily_places WHERE date = old.date AND place_country = old.place_country
		AND lat = old.lat AND lon = old.lon AND n <= 0;
	INSERT INTO daily_places (date, place_country, lat, lon, name, n)
		SELECT new.date, new.place_country, new.lat, new.lon,
			coalesce(json_extract(new.record, '$.place.name'), ''), 1 WHERE new.lat IS NOT NULL
		ON CONFLICT DO UPDATE SET n = n + 1;
	UPDATE daily_places SET name = (SELECT coalesce(max(json_extract(record, '$.place.name')), '') FROM events
			WHERE date = old.date AND place_country = old.place_country AND lat = old.lat AND lon = old.lon)
		WHERE date = old.date AND place_country = old.place_country AND lat = old.lat AND lon = old.lon;
	UPDATE daily_places SET name = (SELECT coalesce(max(json_extract(record, '$.place.name')), '') FROM events
			WHERE date = new.date AND place_country = new.place_country AND lat = new.lat AND lon = new.lon)
		WHERE date = new.date AND place_country = new.place_country AND lat = new.lat AND lon = new.lon;
END;

DROP TRIGGER events_place_delete;
CREATE TRIGGER events_place_delete AFTER DELETE ON events WHEN old.lat IS NOT NULL BEGIN
	UPDATE daily_places SET n = n - 1
		WHERE date = old.date AND place_country = old.place_country AND lat = old.lat AND lon = old.lon;
	DELETE FROM daily_places WHERE date = old.date AND place_country = old.place_country
		AND lat = old.lat AND lon = old.lon AND n <= 0;
	UPDATE daily_places SET name = (SELECT coalesce(max(json_extract(record, '$.place.name')), '') FROM events
			WHERE date = old.date AND place_country = old.place_country AND lat = old.lat AND lon = old.lon)
		WHERE date = old.date AND place_country = old.place_country AND lat = old.lat AND lon = old.lon;
END;
`,

	// 4: the date index carries every filtered column, so that a walk in
	// date order tests each event from the index alone and reads only the
	// records of the page (an event's row is over a kilobyte).
	`
CREATE INDEX events_walk ON events (date, id, actor1_code, actor2_code, event_code, event_root_code, quad_class,
	actor1_country, actor2_country, place_country);
DROP INDEX events_date;
`,

	// 5: totals of the dyads and places over all dates, for the network
	// and the map of a selection without dates (the dashboard's first
	// load), which would otherwise add up every day's rows.
	`
CREATE TABLE dyad_totals (
	actor1_code   TEXT NOT NULL,
	actor2_code   TEXT NOT NULL,
	n             INTEGER NOT NULL,
	goldstein_sum REAL NOT NULL,
	PRIMARY KEY (actor1_code, actor2_code)
) WITHOUT ROWID;

CREATE TABLE place_totals (
	place_country TEXT NOT NULL,
	lat           REAL NOT NULL,
	lon           REAL NOT NULL,
	name          TEXT NOT NULL,
	n             INTEGER NOT NULL,
	PRIMARY KEY (place_country, lat, lon)
) WITHOUT ROWID;

INSERT INTO dyad_totals SELECT actor1_code, actor2_code, sum(n), sum(goldstein_sum) FROM daily_dyads
	GROUP BY actor1_code, actor2_code;
INSERT INTO place_totals SELECT place_country, lat, lon, max(name), sum(n) FROM daily_places
	GROUP BY place_country, lat, lon;

-- The daily rows change with every event, so the totals follow them.
CREATE TRIGGER daily_dyads_insert AFTER INSERT ON daily_dyads BEGIN
	INSERT INTO dyad_totals VALUES (new.actor1_code, new.actor2_code, new.n, new.goldstein_sum)
		ON CONFLICT DO UPDATE SET n = n + excluded.n, goldstein_sum = goldstein_sum + excluded.goldstein_sum;
END;
CREATE TRIGGER daily_dyads_update AFTER UPDATE ON daily_dyads BEGIN
	UPDATE dyad_totals SET n = n + new.n - old.n, goldstein_sum = goldstein_sum + new.goldstein_sum - old.goldstein_sum
		WHERE actor1_code = new.actor1_code AND actor2_code = new.actor2_code;
END;
CREATE TRIGGER daily_dyads_delete AFTER DELETE ON daily_dyads BEGIN
	UPDATE dyad_totals SET n = n - old.n, goldstein_sum = goldstein_sum - old.goldstein_sum
		WHERE actor1_code = old.actor1_code AND actor2_code = old.actor2_code;
	DELETE FROM dyad_totals WHERE actor1_code = old.actor1_code AND actor2_code = old.actor2_code AND n <= 0;
END;
CREATE TRIGGER daily_places_insert AFTER INSERT ON daily_places BEGIN
	INSERT INTO place_totals VALUES (new.place_country, new.lat, new.lon, new.name, new.n)
		ON CONFLICT DO UPDATE SET n = n + excluded.n, name = max(name, excluded.name);
END;
CREATE TRIGGER daily_places_update AFTER UPDATE ON daily_places BEGIN
	UPDATE place_totals SET n = n + new.n - old.n, name = CASE WHEN new.name >= old.name THEN max(name, new.name)
			ELSE (SELECT max(name) FROM daily_places WHERE place_country = new.place_country AND lat = new.lat AND lon = new.lon) END
		WHERE place_country = new.place_country AND lat = new.lat AND lon = new.lon;
END;
CREATE TRIGGER daily_places_delete AFTER DELETE ON daily_places BEGIN
	UPDATE place_totals SET n = n - old.n,
			name = coalesce((SELECT max(name) FROM daily_places WHERE place_country = old.place_country AND lat = old.lat AND lon = old.lon), '')
		WHERE place_country = old.place_country AND lat = old.lat AND lon = old.lon;
	DELETE FROM place_totals WHERE place_country = old.place_country AND lat = old.lat AND lon = old.lon AND n <= 0;
END;
`,

	// 6: each evidence sentence carries its event's date, indexed with
	// the event and the text, so that a page of events whose sentences
	// hold a common word walks the index in date order and tests each
	// sentence there, rather than looking up every event's sentences by
	// its ID. The date follows a merge that changes the event's.
	//
	// And every filter index carries the other filtered columns after its
	// (value, date, id): when the rarest term's index finds the rows, the
	// other terms are tested from the index alone, not from the event's
	// row (a page read per event).
	`
ALTER TABLE evidence ADD COLUMN date TEXT NOT NULL DEFAULT '';
UPDATE evidence SET date = coalesce((SELECT date FROM events WHERE events.id = evidence.event_id), '');
CREATE INDEX evidence_date ON evidence (date, event_id, text);
CREATE TRIGGER evidence_date_update AFTER UPDATE OF date ON events WHEN old.date IS NOT new.date BEGIN
	UPDATE evidence SET date = new.date WHERE event_id = new.id;
END;

DROP INDEX events_actor1;
DROP INDEX events_actor2;
DROP INDEX events_code;
DROP INDEX events_root;
DROP INDEX events_quad;
DROP INDEX events_country1;
DROP INDEX events_country2;
DROP INDEX events_place;
CREATE INDEX events_actor1 ON events (actor1_code, date, id,
	actor2_code, event_code, event_root_code, quad_class, actor1_country, actor2_country, place_country);
CREATE INDEX events_actor2 ON events (actor2_code, date, id,
	actor1_code, event_code, event_root_code, quad_class, actor1_country, actor2_country, place_country);
CREATE INDEX events_code ON events (event_code, date, id,
	actor1_code, actor2_code, event_root_code, quad_class, actor1_country, actor2_country, place_country);
CREATE INDEX events_root ON events (event_root_code, date, id,
	actor1_code, actor2_code, event_code, quad_class, actor1_country, actor2_country, place_country);
CREATE INDEX events_quad ON events (quad_class, date, id,
	actor1_code, actor2_code, event_code, event_root_code, actor1_country, actor2_country, place_country);
CREATE INDEX events_country1 ON events (actor1_country, date, id,
	actor1_code, actor2_code, event_code, event_root_code, quad_class, actor2_country, place_country);
CREATE INDEX events_country2 ON events (actor2_country, date, id,
	actor1_code, actor2_code, event_code, event_root_code, quad_class, actor1_country, place_country);
CREATE INDEX events_place ON events (place_country, date, id,
	actor1_code, actor2_code, event_code, event_root_code, quad_class, actor1_country, actor2_country);
`,
}

// SchemaVersion is the schema version this code writes and reads.
var SchemaVersion = len(migrations)

// migrate brings the database on db up to SchemaVersion. It refuses a
// newer schema (written by a later annalist) and a database holding tables
// that are not annalist's.
func migrate(ctx context.Context, db *sql.DB) error { return migrateTo(ctx, db, SchemaVersion) }

// migrateTo brings the database up to version target (tests build old
// schemas with it, to check that upgrades keep the data).
func migrateTo(ctx context.Context, db *sql.DB, target int) error {
	var version int
	if err := db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		return err
	}
	if version > SchemaVersion {
		return fmt.Errorf("schema version %d is newer than this annalist supports (%d): upgrade annalist", version, SchemaVersion)
	}
	if version == 0 {
		var tables int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema`).Scan(&tables); err != nil {
			return err
		}
		if tables > 0 {
			return fmt.Errorf("not an annalist database (it has %d schema objects but no annalist schema version)", tables)
		}
	}
	for v := version; v < target; v++ {
		if err := apply(ctx, db, v+1, migrations[v]); err != nil {
			return fmt.Errorf("migrating schema to version %d: %w", v+1, err)
		}
	}
	return nil
}

func apply(ctx context.Context, db *sql.DB, version int, ddl string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, ddl); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('schema_version', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.Itoa(version)); err != nil {
		return err
	}
	// PRAGMA takes no bound parameters; version is an int we made.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, version)); err != nil {
		return err
	}
	return tx.Commit()
}
