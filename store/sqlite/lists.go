package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/newsgraph/newsgraph/screen"
	"github.com/newsgraph/newsgraph/store"
)

// ReplaceList stores l in place of the list of the same name, in one
// transaction.
func (db *DB) ReplaceList(ctx context.Context, l *screen.List) (store.ListInfo, error) {
	if err := store.Validate(l); err != nil {
		return store.ListInfo{}, err
	}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return store.ListInfo{}, fmt.Errorf("sqlite: %w", formatError(err))
	}
	defer tx.Rollback()
	info, err := replaceList(ctx, tx, l, db.Now().UTC())
	if err != nil {
		return store.ListInfo{}, fmt.Errorf("sqlite: store list %s: %w", l.Name, formatError(err))
	}
	if err := saveIndex(ctx, tx, l); err != nil {
		return store.ListInfo{}, fmt.Errorf("sqlite: store list %s: index: %w", l.Name, formatError(err))
	}
	if err := tx.Commit(); err != nil {
		return store.ListInfo{}, fmt.Errorf("sqlite: store list %s: %w", l.Name, formatError(err))
	}
	return info, nil
}

func replaceList(ctx context.Context, tx *sql.Tx, l *screen.List, now time.Time) (store.ListInfo, error) {
	if _, err := tx.ExecContext(ctx, `DELETE FROM sanctions_list WHERE name = ?`, l.Name); err != nil {
		return store.ListInfo{}, err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM sanctions_index`); err != nil {
		return store.ListInfo{}, err
	}
	names := 0
	for _, e := range l.Entries {
		names += len(e.Names)
	}
	files, _ := json.Marshal(nonNil(l.Files))
	info := store.ListInfo{Name: l.Name, Title: l.Title, Format: l.Format, Date: l.Date, Files: nonNil(l.Files),
		Entries: len(l.Entries), Names: names, ImportedAt: now.Truncate(time.Second)}
	res, err := tx.ExecContext(ctx, `INSERT INTO sanctions_list (name, title, format, date, files, entry_count, name_count, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		l.Name, l.Title, l.Format, l.Date, string(files), info.Entries, names, info.ImportedAt.Format(time.RFC3339))
	if err != nil {
		return store.ListInfo{}, err
	}
	listID, err := res.LastInsertId()
	if err != nil {
		return store.ListInfo{}, err
	}
	insEntry, err := tx.PrepareContext(ctx, `INSERT INTO sanctions_entry (list_id, entry_id, type, name, data) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return store.ListInfo{}, err
	}
	defer insEntry.Close()
	insName, err := tx.PrepareContext(ctx, `INSERT INTO sanctions_name (entry_id, ord, name, kind, quality) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return store.ListInfo{}, err
	}
	defer insName.Close()
	for i := range l.Entries {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return store.ListInfo{}, err
			}
		}
		e := &l.Entries[i]
		data, err := json.Marshal(e)
		if err != nil {
			return store.ListInfo{}, err
		}
		res, err := insEntry.ExecContext(ctx, listID, e.ID, e.Type, e.Names[0].Full, string(data))
		if err != nil {
			return store.ListInfo{}, fmt.Errorf("entry %s: %w", e.ID, err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return store.ListInfo{}, err
		}
		for k, n := range e.Names {
			if _, err := insName.ExecContext(ctx, id, k, n.Full, n.Kind, n.Quality); err != nil {
				return store.ListInfo{}, fmt.Errorf("entry %s: %w", e.ID, err)
			}
		}
	}
	return info, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Lists describes the stored lists, sorted by name.
func (db *DB) Lists(ctx context.Context) ([]store.ListInfo, error) {
	return lists(ctx, db.db)
}

// querier is a database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func lists(ctx context.Context, db querier) ([]store.ListInfo, error) {
	rows, err := db.QueryContext(ctx, `SELECT name, title, format, date, files, entry_count, name_count, imported_at FROM sanctions_list ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: lists: %w", formatError(err))
	}
	defer rows.Close()
	var out []store.ListInfo
	for rows.Next() {
		li, err := scanInfo(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: lists: %w", err)
		}
		out = append(out, li)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: lists: %w", formatError(err))
	}
	return out, nil
}

type scanner interface{ Scan(...any) error }

func scanInfo(r scanner) (store.ListInfo, error) {
	var li store.ListInfo
	var files, imported string
	if err := r.Scan(&li.Name, &li.Title, &li.Format, &li.Date, &files, &li.Entries, &li.Names, &imported); err != nil {
		return li, err
	}
	if err := json.Unmarshal([]byte(files), &li.Files); err != nil {
		return li, fmt.Errorf("list %s: files: %w", li.Name, err)
	}
	t, err := time.Parse(time.RFC3339, imported)
	if err != nil {
		return li, fmt.Errorf("list %s: imported_at: %w", li.Name, err)
	}
	li.ImportedAt = t.UTC()
	return li, nil
}

// List returns the named list with all its entries.
func (db *DB) List(ctx context.Context, name string) (*screen.List, error) {
	tx, err := db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("sqlite: list %s: %w", name, formatError(err))
	}
	defer tx.Rollback()
	return list(ctx, tx, name)
}

func list(ctx context.Context, tx querier, name string) (*screen.List, error) {
	row := tx.QueryRowContext(ctx, `SELECT name, title, format, date, files, entry_count, name_count, imported_at FROM sanctions_list WHERE name = ?`, name)
	li, err := scanInfo(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlite: list %s: %w", name, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: list %s: %w", name, formatError(err))
	}
	l := &screen.List{Name: li.Name, Title: li.Title, Format: li.Format, Date: li.Date, Files: li.Files, Entries: make([]screen.Entry, 0, li.Entries)}
	rows, err := tx.QueryContext(ctx, `SELECT e.data FROM sanctions_entry e JOIN sanctions_list l ON l.id = e.list_id WHERE l.name = ? ORDER BY e.id`, name)
	if err != nil {
		return nil, fmt.Errorf("sqlite: list %s: %w", name, formatError(err))
	}
	defer rows.Close()
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, fmt.Errorf("sqlite: list %s: %w", name, err)
		}
		var e screen.Entry
		if err := json.Unmarshal(data, &e); err != nil {
			return nil, fmt.Errorf("sqlite: list %s: a damaged entry: %w", name, err)
		}
		l.Entries = append(l.Entries, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: list %s: %w", name, formatError(err))
	}
	return l, nil
}

// DeleteList removes the named list.
func (db *DB) DeleteList(ctx context.Context, name string) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: delete list %s: %w", name, formatError(err))
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM sanctions_list WHERE name = ?`, name)
	if err != nil {
		return fmt.Errorf("sqlite: delete list %s: %w", name, formatError(err))
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("sqlite: delete list %s: %w", name, store.ErrNotFound)
	}
	if err := saveIndex(ctx, tx, nil); err != nil {
		return fmt.Errorf("sqlite: delete list %s: index: %w", name, formatError(err))
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: delete list %s: %w", name, formatError(err))
	}
	return nil
}

// Entry returns one entry of the named list.
func (db *DB) Entry(ctx context.Context, list, id string) (*screen.Entry, error) {
	var data []byte
	err := db.db.QueryRowContext(ctx, `SELECT e.data FROM sanctions_entry e JOIN sanctions_list l ON l.id = e.list_id WHERE l.name = ? AND e.entry_id = ?`, list, id).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlite: entry %s of %s: %w", id, list, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: entry %s of %s: %w", id, list, formatError(err))
	}
	e := new(screen.Entry)
	if err := json.Unmarshal(data, e); err != nil {
		return nil, fmt.Errorf("sqlite: entry %s of %s: a damaged entry: %w", id, list, err)
	}
	return e, nil
}

// saveIndex replaces the saved screening index, in the transaction that
// changes the lists, with one built from the lists the transaction
// leaves: fresh (nil if none), just stored, and the others, read back.
func saveIndex(ctx context.Context, tx *sql.Tx, fresh *screen.List) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM sanctions_index`); err != nil {
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
	_, err = tx.ExecContext(ctx, `INSERT INTO sanctions_index (id, key, data) VALUES (1, ?, ?)`, key, data)
	return err
}

// IndexSnapshot returns the saved screening index.
func (db *DB) IndexSnapshot(ctx context.Context) (string, []byte, error) {
	var key string
	var data []byte
	err := db.db.QueryRowContext(ctx, `SELECT key, data FROM sanctions_index WHERE id = 1`).Scan(&key, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil, fmt.Errorf("sqlite: index snapshot: %w", store.ErrNotFound)
	}
	if err != nil {
		return "", nil, fmt.Errorf("sqlite: index snapshot: %w", formatError(err))
	}
	return key, data, nil
}

// SaveIndexSnapshot saves a screening index.
func (db *DB) SaveIndexSnapshot(ctx context.Context, key string, data []byte) error {
	_, err := db.db.ExecContext(ctx, `INSERT INTO sanctions_index (id, key, data) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET key = excluded.key, data = excluded.data`, key, data)
	if err != nil {
		return fmt.Errorf("sqlite: save index snapshot: %w", formatError(err))
	}
	return nil
}
