// Package sqlite implements newsgraph's store in one SQLite file, with the
// pure-Go driver modernc.org/sqlite (no cgo). The database runs in WAL
// mode with foreign keys on; its schema is an ordered list of embedded
// migrations, each applied in its own transaction.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/newsgraph/newsgraph/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a store in one SQLite file. Set Path (":memory:" for a database
// that lives as long as the DB) and call Open; Close when done.
type DB struct {
	// Path is the database file; its directory is created if need be.
	Path string
	// Now returns the current time; nil means time.Now. Tests set it.
	Now func() time.Time

	db *sql.DB
}

var _ store.Store = (*DB)(nil)

// New returns a DB for the file at path; call Open before use.
func New(path string) *DB { return &DB{Path: path} }

// Open opens the database, creating it if need be, and brings its schema
// up to date.
func (db *DB) Open(ctx context.Context) error {
	if db.Path == "" {
		return errors.New("sqlite: no database path")
	}
	if db.Now == nil {
		db.Now = time.Now
	}
	memory := db.Path == ":memory:"
	if !memory {
		if err := os.MkdirAll(filepath.Dir(db.Path), 0o755); err != nil {
			return fmt.Errorf("sqlite: %w", err)
		}
	}
	q := url.Values{}
	for _, p := range []string{"foreign_keys(1)", "busy_timeout(10000)", "journal_mode(WAL)", "synchronous(NORMAL)"} {
		q.Add("_pragma", p)
	}
	dsn := "file:" + db.Path + "?" + q.Encode()
	if memory {
		dsn = "file::memory:?" + q.Encode()
	}
	d, err := sql.Open("sqlite", dsn)
	if err != nil {
		return fmt.Errorf("sqlite: open %s: %w", db.Path, err)
	}
	if memory {
		// Every connection to :memory: is its own database.
		d.SetMaxOpenConns(1)
	}
	db.db = d
	if err := db.migrate(ctx); err != nil {
		d.Close()
		return fmt.Errorf("sqlite: %s: %w", db.Path, formatError(err))
	}
	return nil
}

// Close closes the database.
func (db *DB) Close() error {
	if db.db == nil {
		return nil
	}
	return db.db.Close()
}

// migrate applies the embedded migrations not yet applied, in name order,
// each in its own transaction.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migration (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return err
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	slices.Sort(names)
	for _, name := range names {
		if err := db.migrateFile(ctx, name); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

func (db *DB) migrateFile(ctx context.Context, name string) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migration WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	sqlText, err := fs.ReadFile(migrations, name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(sqlText)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migration (name, applied_at) VALUES (?, ?)`, name, db.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit()
}

// formatError turns driver errors into messages a user can act on.
func formatError(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return fmt.Errorf("the database is busy (another newsgraph is writing to it): %w", err)
		case sqlite3.SQLITE_NOTADB:
			return fmt.Errorf("not a newsgraph database: %w", err)
		case sqlite3.SQLITE_READONLY:
			return fmt.Errorf("the database is read-only: %w", err)
		case sqlite3.SQLITE_FULL:
			return fmt.Errorf("the disk is full: %w", err)
		}
		if strings.Contains(err.Error(), "UNIQUE constraint failed") {
			return fmt.Errorf("%w: %v", store.ErrInvalid, err)
		}
	}
	return err
}
