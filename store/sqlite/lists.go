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
	rows, err := db.db.QueryContext(ctx, `SELECT name, title, format, date, files, entry_count, name_count, imported_at FROM sanctions_list ORDER BY name`)
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
	if _, err := tx.ExecContext(ctx, `DELETE FROM sanctions_index`); err != nil {
		return fmt.Errorf("sqlite: delete list %s: %w", name, formatError(err))
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: delete list %s: %w", name, formatError(err))
	}
	return nil
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
