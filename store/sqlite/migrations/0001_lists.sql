-- Sanctions lists: one row per list (the version loaded), its entries and
-- their names. The entry's full record is kept as JSON (screen.Entry); the
-- names are also kept as rows, for queries from the knowledge base that
-- will live in the same database.
CREATE TABLE sanctions_list (
	id          INTEGER PRIMARY KEY,
	name        TEXT    NOT NULL UNIQUE,
	title       TEXT    NOT NULL,
	format      TEXT    NOT NULL,
	date        TEXT    NOT NULL, -- date of the data, YYYY-MM-DD, '' if unknown
	files       TEXT    NOT NULL, -- JSON array of file names
	entry_count INTEGER NOT NULL,
	name_count  INTEGER NOT NULL,
	imported_at TEXT    NOT NULL  -- RFC 3339, UTC
);

CREATE TABLE sanctions_entry (
	id       INTEGER PRIMARY KEY,
	list_id  INTEGER NOT NULL REFERENCES sanctions_list (id) ON DELETE CASCADE,
	entry_id TEXT    NOT NULL, -- the list's own ID: 12211, KPi.024
	type     TEXT    NOT NULL,
	name     TEXT    NOT NULL, -- primary name
	data     TEXT    NOT NULL, -- the entry as JSON
	UNIQUE (list_id, entry_id)
);

CREATE TABLE sanctions_name (
	entry_id INTEGER NOT NULL REFERENCES sanctions_entry (id) ON DELETE CASCADE,
	ord      INTEGER NOT NULL,
	name     TEXT    NOT NULL,
	kind     TEXT    NOT NULL,
	quality  TEXT    NOT NULL,
	PRIMARY KEY (entry_id, ord)
);

CREATE INDEX sanctions_name_name ON sanctions_name (name COLLATE NOCASE);

-- The screening index built from the stored lists, saved so that a
-- process loads it instead of building it (screen.Index.MarshalBinary).
-- key names the lists and versions it was built from; a change to the
-- lists deletes it.
CREATE TABLE sanctions_index (
	id   INTEGER PRIMARY KEY CHECK (id = 1),
	key  TEXT NOT NULL,
	data BLOB NOT NULL
);
