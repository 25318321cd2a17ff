package postgres

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/newsgraph/newsgraph/store"
	"github.com/newsgraph/newsgraph/store/storetest"
)

// testURL is the server the suite runs against; NEWSGRAPH_TEST_POSTGRES
// overrides it.
func testURL() string {
	if u := os.Getenv("NEWSGRAPH_TEST_POSTGRES"); u != "" {
		return u
	}
	return "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
}

// openSchema opens the store in a schema of its own, dropped after the
// test.
func openSchema(t *testing.T) store.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, testURL())
	if err != nil {
		t.Skipf("PostgreSQL at %s is not reachable (%v); skipping the PostgreSQL suite", testURL(), err)
	}
	defer conn.Close(context.Background())
	schema := fmt.Sprintf("newsgraph_test_%d", time.Now().UnixNano())
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Skipf("cannot create a schema on %s (%v); skipping", testURL(), err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), testURL())
		if err == nil {
			c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			c.Close(context.Background())
		}
	})
	db := New(testURL() + "&search_path=" + schema)
	if err := db.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestSuite(t *testing.T) {
	storetest.Run(t, openSchema)
}
