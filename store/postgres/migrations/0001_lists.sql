-- Sanctions lists: one row per list (the version loaded), its entries and
-- their names; the same tables as store/sqlite.
CREATE TABLE sanctions_list (
	id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name        TEXT    NOT NULL UNIQUE,
	title       TEXT    NOT NULL,
	format      TEXT    NOT NULL,
	date        TEXT    NOT NULL, -- date of the data, YYYY-MM-DD, '' if unknown
	files       JSONB   NOT NULL, -- array of file names
	entry_count INTEGER NOT NULL,
	name_count  INTEGER NOT NULL,
	imported_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE sanctions_entry (
	id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	list_id  BIGINT NOT NULL REFERENCES sanctions_list (id) ON DELETE CASCADE,
	entry_id TEXT   NOT NULL,
	type     TEXT   NOT NULL,
	name     TEXT   NOT NULL,
	data     JSONB  NOT NULL,
	UNIQUE (list_id, entry_id)
);

CREATE TABLE sanctions_name (
	entry_id BIGINT  NOT NULL REFERENCES sanctions_entry (id) ON DELETE CASCADE,
	ord      INTEGER NOT NULL,
	name     TEXT    NOT NULL,
	kind     TEXT    NOT NULL,
	quality  TEXT    NOT NULL,
	PRIMARY KEY (entry_id, ord)
);

CREATE INDEX sanctions_name_name ON sanctions_name (lower(name));

CREATE TABLE sanctions_index (
	id   INTEGER PRIMARY KEY CHECK (id = 1),
	key  TEXT  NOT NULL,
	data BYTEA NOT NULL
);
