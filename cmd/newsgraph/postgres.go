package main

import (
	"context"
	"errors"

	"github.com/newsgraph/newsgraph/store"
)

// openPostgres opens a PostgreSQL store.
func openPostgres(ctx context.Context, url string) (store.Store, string, error) {
	return nil, url, errors.New("PostgreSQL is not supported by this build; use a SQLite file")
}
