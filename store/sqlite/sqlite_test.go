package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/store"
	"github.com/newsgraph/newsgraph/store/storetest"
)

// mustOpen opens a database at path, failing the test on error.
func mustOpen(tb testing.TB, path string) *DB {
	tb.Helper()
	db := New(path)
	if err := db.Open(context.Background()); err != nil {
		tb.Fatal(err)
	}
	return db
}

func TestSuiteMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return mustOpen(t, ":memory:") })
}

func TestSuiteFile(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		return mustOpen(t, filepath.Join(t.TempDir(), "sub", "newsgraph.db"))
	})
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ng.db")
	db := mustOpen(t, path)
	if _, err := db.ReplaceList(ctx, storetest.Sample("un-sc", 0)); err != nil {
		t.Fatal(err)
	}
	var mode string
	if err := db.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	var fk int
	if err := db.db.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
	}
	db.Close()
	// Migrations run once; the data survives.
	db = mustOpen(t, path)
	defer db.Close()
	infos, err := db.Lists(ctx)
	if err != nil || len(infos) != 1 {
		t.Fatalf("after reopening: %v, %v", infos, err)
	}
	var n int
	db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migration`).Scan(&n)
	if n != 1 {
		t.Errorf("%d migrations recorded, want 1", n)
	}
}

func TestNotADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "junk.db")
	os.WriteFile(path, []byte("this is not a database, just some text that is long enough to fill a header of SQLite's"), 0o644)
	db := New(path)
	err := db.Open(context.Background())
	if err == nil {
		db.Close()
		t.Fatal("opened a text file as a database")
	}
	t.Log(err)
}
