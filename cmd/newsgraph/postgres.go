package main

import (
	"context"

	"github.com/newsgraph/newsgraph/store"
	"github.com/newsgraph/newsgraph/store/postgres"
)

// openPostgres opens the PostgreSQL store at url (--db postgres://…).
func openPostgres(ctx context.Context, url string) (store.Store, string, error) {
	db := postgres.New(url)
	if err := db.Open(ctx); err != nil {
		return nil, url, err
	}
	return db, url, nil
}
