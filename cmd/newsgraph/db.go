package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/screen"
	"github.com/newsgraph/newsgraph/store"
	"github.com/newsgraph/newsgraph/store/sqlite"
)

// dbFlag adds the --db flag to fs.
func dbFlag(fs *flagSet) *string {
	return fs.String("db", "", "newsgraph's database: a SQLite file (default $NEWSGRAPH_DB, else newsgraph/newsgraph.db in the user's data directory, e.g. ~/.local/share) or a postgres:// URL")
}

// openStore opens the store at path (the default when ""). With create
// false, a database that does not exist yet is not created: openStore
// returns a nil Store and no error.
func openStore(ctx context.Context, e *env, path string, create bool) (store.Store, string, error) {
	if path == "" {
		p, err := store.DefaultPath(e.getenv)
		if err != nil {
			return nil, "", err
		}
		path = p
	}
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://") {
		return openPostgres(ctx, path)
	}
	if !create {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, path, nil
		}
	}
	db := sqlite.New(path)
	if err := db.Open(ctx); err != nil {
		return nil, path, err
	}
	return db, path, nil
}

// parseInterspersed parses flags that may come after positional arguments
// ("screen Kim Yong Chol --birth-year 1947") and returns the positional
// arguments.
func parseInterspersed(fs *flagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// ageString says how old something is, roughly: "3 days", "9 months".
func ageString(days int) string {
	switch {
	case days < 1:
		return "today"
	case days == 1:
		return "1 day"
	case days < 60:
		return fmt.Sprintf("%d days", days)
	case days < 730:
		return fmt.Sprintf("%d months", days/30)
	}
	return fmt.Sprintf("%d years", days/365)
}

// screenIndex returns the screening index of the lists loaded in the
// database at path (the default when ""), or nil when there are none. The
// index loads the entries that matches need from the database: call done
// when it is no longer used.
func screenIndex(ctx context.Context, e *env, path string) (ix *screen.Index, done func(), err error) {
	s, _, err := openStore(ctx, e, path, false)
	if err != nil || s == nil {
		return nil, func() {}, err
	}
	ix, _, err = store.ScreenIndex(ctx, s)
	if err != nil || ix == nil {
		s.Close()
		return nil, func() {}, err
	}
	return ix, func() { s.Close() }, nil
}
