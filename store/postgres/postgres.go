// Package postgres implements newsgraph's store in a PostgreSQL database,
// with pgx. It keeps the same tables as store/sqlite, applies its embedded
// migrations in order, each in its own transaction, and passes the same
// suite (store/storetest).
package postgres

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/newsgraph/newsgraph/screen"
	"github.com/newsgraph/newsgraph/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a store in a PostgreSQL database. Set URL (postgres://…) and call
// Open; Close when done.
type DB struct {
	URL string
	// Now returns the current time; nil means time.Now.
	Now func() time.Time

	pool *pgxpool.Pool
}

var _ store.Store = (*DB)(nil)

// New returns a DB for the database at url; call Open before use.
func New(url string) *DB { return &DB{URL: url} }

// Open connects and brings the schema up to date.
func (db *DB) Open(ctx context.Context) error {
	if db.Now == nil {
		db.Now = time.Now
	}
	cfg, err := pgxpool.ParseConfig(db.URL)
	if err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return fmt.Errorf("postgres: %w", err)
	}
	db.pool = pool
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return fmt.Errorf("postgres: %w", err)
	}
	return nil
}

// Close closes the connections.
func (db *DB) Close() error {
	if db.pool != nil {
		db.pool.Close()
	}
	return nil
}

func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.pool.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migration (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)`); err != nil {
		return err
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	slices.Sort(names)
	for _, name := range names {
		err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
			var n int
			if err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM schema_migration WHERE name = $1`, name).Scan(&n); err != nil || n > 0 {
				return err
			}
			sqlText, err := fs.ReadFile(migrations, name)
			if err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, string(sqlText)); err != nil {
				return err
			}
			_, err = tx.Exec(ctx, `INSERT INTO schema_migration (name, applied_at) VALUES ($1, $2)`, name, db.Now().UTC())
			return err
		})
		if err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

func formatError(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "23505" { // unique_violation
		return fmt.Errorf("%w: %v", store.ErrInvalid, err)
	}
	return err
}

// ReplaceList stores l in place of the list of the same name, in one
// transaction.
func (db *DB) ReplaceList(ctx context.Context, l *screen.List) (store.ListInfo, error) {
	if err := store.Validate(l); err != nil {
		return store.ListInfo{}, err
	}
	names := 0
	for _, e := range l.Entries {
		names += len(e.Names)
	}
	files := l.Files
	if files == nil {
		files = []string{}
	}
	info := store.ListInfo{Name: l.Name, Title: l.Title, Format: l.Format, Date: l.Date, Files: files,
		Entries: len(l.Entries), Names: names, ImportedAt: db.Now().UTC().Truncate(time.Second)}
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM sanctions_list WHERE name = $1`, l.Name); err != nil {
			return err
		}
		fj, _ := json.Marshal(files)
		var listID int64
		if err := tx.QueryRow(ctx, `INSERT INTO sanctions_list (name, title, format, date, files, entry_count, name_count, imported_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
			l.Name, l.Title, l.Format, l.Date, string(fj), info.Entries, names, info.ImportedAt).Scan(&listID); err != nil {
			return err
		}
		for i := range l.Entries {
			if i%256 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			e := &l.Entries[i]
			data, err := json.Marshal(e)
			if err != nil {
				return err
			}
			var id int64
			if err := tx.QueryRow(ctx, `INSERT INTO sanctions_entry (list_id, entry_id, type, name, data) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
				listID, e.ID, e.Type, e.Names[0].Full, string(data)).Scan(&id); err != nil {
				return fmt.Errorf("entry %s: %w", e.ID, err)
			}
			rows := make([][]any, len(e.Names))
			for k, n := range e.Names {
				rows[k] = []any{id, k, n.Full, n.Kind, n.Quality}
			}
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{"sanctions_name"}, []string{"entry_id", "ord", "name", "kind", "quality"}, pgx.CopyFromRows(rows)); err != nil {
				return fmt.Errorf("entry %s: %w", e.ID, err)
			}
		}
		if err := saveIndex(ctx, tx, l); err != nil {
			return fmt.Errorf("index: %w", err)
		}
		return nil
	})
	if err != nil {
		return store.ListInfo{}, fmt.Errorf("postgres: store list %s: %w", l.Name, formatError(err))
	}
	return info, nil
}

const infoColumns = `name, title, format, date, files, entry_count, name_count, imported_at`

func scanInfo(row pgx.Row) (store.ListInfo, error) {
	var li store.ListInfo
	var files []byte
	if err := row.Scan(&li.Name, &li.Title, &li.Format, &li.Date, &files, &li.Entries, &li.Names, &li.ImportedAt); err != nil {
		return li, err
	}
	li.ImportedAt = li.ImportedAt.UTC()
	if err := json.Unmarshal(files, &li.Files); err != nil {
		return li, fmt.Errorf("list %s: files: %w", li.Name, err)
	}
	return li, nil
}

// Lists describes the stored lists, sorted by name.
func (db *DB) Lists(ctx context.Context) ([]store.ListInfo, error) {
	return lists(ctx, db.pool)
}

// querier is a pool or a transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

func lists(ctx context.Context, q querier) ([]store.ListInfo, error) {
	rows, err := q.Query(ctx, `SELECT `+infoColumns+` FROM sanctions_list ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("postgres: lists: %w", err)
	}
	defer rows.Close()
	var out []store.ListInfo
	for rows.Next() {
		li, err := scanInfo(rows)
		if err != nil {
			return nil, fmt.Errorf("postgres: lists: %w", err)
		}
		out = append(out, li)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: lists: %w", err)
	}
	return out, nil
}

// List returns the named list with all its entries.
func (db *DB) List(ctx context.Context, name string) (*screen.List, error) {
	var l *screen.List
	err := pgx.BeginTxFunc(ctx, db.pool, pgx.TxOptions{AccessMode: pgx.ReadOnly, IsoLevel: pgx.RepeatableRead}, func(tx pgx.Tx) error {
		var err error
		l, err = list(ctx, tx, name)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: list %s: %w", name, err)
	}
	return l, nil
}

func list(ctx context.Context, tx querier, name string) (*screen.List, error) {
	li, err := scanInfo(tx.QueryRow(ctx, `SELECT `+infoColumns+` FROM sanctions_list WHERE name = $1`, name))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, store.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	l := &screen.List{Name: li.Name, Title: li.Title, Format: li.Format, Date: li.Date, Files: li.Files, Entries: make([]screen.Entry, 0, li.Entries)}
	rows, err := tx.Query(ctx, `SELECT e.data FROM sanctions_entry e JOIN sanctions_list l ON l.id = e.list_id WHERE l.name = $1 ORDER BY e.id`, name)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, err
		}
		var e screen.Entry
		if err := json.Unmarshal(data, &e); err != nil {
			return nil, fmt.Errorf("a damaged entry: %w", err)
		}
		l.Entries = append(l.Entries, e)
	}
	return l, rows.Err()
}

// saveIndex replaces the saved screening index, in the transaction that
// changes the lists, with one built from the lists the transaction
// leaves: fresh (nil if none), just stored, and the others, read back.
func saveIndex(ctx context.Context, tx pgx.Tx, fresh *screen.List) error {
	if _, err := tx.Exec(ctx, `DELETE FROM sanctions_index`); err != nil {
		return err
	}
	infos, err := lists(ctx, tx)
	if err != nil || len(infos) == 0 {
		return err
	}
	key, data, err := store.Snapshot(infos, fresh, func(name string) (*screen.List, error) { return list(ctx, tx, name) })
	if err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `INSERT INTO sanctions_index (id, key, data) VALUES (1, $1, $2)`, key, data)
	return err
}

// DeleteList removes the named list.
func (db *DB) DeleteList(ctx context.Context, name string) error {
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `DELETE FROM sanctions_list WHERE name = $1`, name)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return store.ErrNotFound
		}
		return saveIndex(ctx, tx, nil)
	})
	if err != nil {
		return fmt.Errorf("postgres: delete list %s: %w", name, err)
	}
	return nil
}

// Entry returns one entry of the named list.
func (db *DB) Entry(ctx context.Context, list, id string) (*screen.Entry, error) {
	var data []byte
	err := db.pool.QueryRow(ctx, `SELECT e.data FROM sanctions_entry e JOIN sanctions_list l ON l.id = e.list_id WHERE l.name = $1 AND e.entry_id = $2`, list, id).Scan(&data)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("postgres: entry %s of %s: %w", id, list, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: entry %s of %s: %w", id, list, err)
	}
	e := new(screen.Entry)
	if err := json.Unmarshal(data, e); err != nil {
		return nil, fmt.Errorf("postgres: entry %s of %s: a damaged entry: %w", id, list, err)
	}
	return e, nil
}

// IndexSnapshot returns the saved screening index.
func (db *DB) IndexSnapshot(ctx context.Context) (string, []byte, error) {
	var key string
	var data []byte
	err := db.pool.QueryRow(ctx, `SELECT key, data FROM sanctions_index WHERE id = 1`).Scan(&key, &data)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil, fmt.Errorf("postgres: index snapshot: %w", store.ErrNotFound)
	}
	if err != nil {
		return "", nil, fmt.Errorf("postgres: index snapshot: %w", err)
	}
	return key, data, nil
}

// SaveIndexSnapshot saves a screening index.
func (db *DB) SaveIndexSnapshot(ctx context.Context, key string, data []byte) error {
	_, err := db.pool.Exec(ctx, `INSERT INTO sanctions_index (id, key, data) VALUES (1, $1, $2) ON CONFLICT (id) DO UPDATE SET key = excluded.key, data = excluded.data`, key, data)
	if err != nil {
		return fmt.Errorf("postgres: save index snapshot: %w", err)
	}
	return nil
}
