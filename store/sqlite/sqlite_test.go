package sqlite

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/screen"
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

// The screening index is saved in the transaction that changes the lists:
// it is there, and matches them, as soon as a list is stored or removed.
func TestIndexSavedWithList(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t, filepath.Join(t.TempDir(), "ng.db"))
	defer db.Close()
	kim := func(want int) {
		t.Helper()
		key, data, err := db.IndexSnapshot(ctx)
		if err != nil {
			t.Fatalf("no index saved with the list: %v", err)
		}
		ix, err := screen.ReadIndex(data, func(list, id string) (*screen.Entry, error) { return db.Entry(ctx, list, id) })
		if err != nil {
			t.Fatal(err)
		}
		ms := ix.Screen(screen.Query{Name: "Kim Yong-chol"}, screen.Options{})
		if len(ms) != want {
			t.Fatalf("%d matches in the saved index, want %d: %+v", len(ms), want, ms)
		}
		for _, m := range ms {
			if m.Entry.ID != "12211" || len(m.Entry.BirthDates) == 0 {
				t.Errorf("entry not loaded: %+v", m.Entry)
			}
		}
		// ScreenIndex takes it as it is.
		if _, _, err := store.ScreenIndex(ctx, db); err != nil {
			t.Fatal(err)
		}
		if k, _, _ := db.IndexSnapshot(ctx); k != key {
			t.Errorf("ScreenIndex saved the index again (key %q, saved with the list %q)", k, key)
		}
	}
	if _, err := db.ReplaceList(ctx, storetest.Sample("us-ofac-sdn", 3)); err != nil {
		t.Fatal(err)
	}
	kim(1)
	if _, err := db.ReplaceList(ctx, storetest.Sample("un-sc", 3)); err != nil {
		t.Fatal(err)
	}
	kim(2)
	if err := db.DeleteList(ctx, "un-sc"); err != nil {
		t.Fatal(err)
	}
	kim(1)
	if err := db.DeleteList(ctx, "us-ofac-sdn"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.IndexSnapshot(ctx); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("an index saved with no list: %v", err)
	}
}
