// Package store defines newsgraph's local store: the sanctions lists
// screening reads today, and the knowledge base that will live beside them
// in the same database. It holds the interfaces and the domain types; the
// implementations live in store/sqlite (one file, the default) and
// store/postgres, and every implementation passes the suite in
// store/storetest.
package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/screen"
)

// Errors returned by every Store; implementations wrap them with context.
var (
	// ErrNotFound is returned when the thing asked for is not stored.
	ErrNotFound = errors.New("store: not found")
	// ErrInvalid is returned for data that cannot be stored as it is
	// (a list with no name, two entries with one ID).
	ErrInvalid = errors.New("store: invalid data")
)

// A Store is newsgraph's local store. Implementations are safe for
// concurrent use; every method takes a context and stops when it is done.
type Store interface {
	ListStore
	// Close releases the store's resources.
	Close() error
}

// A ListStore keeps sanctions lists, one version of each.
type ListStore interface {
	// ReplaceList stores l in place of the stored list of the same name,
	// in one transaction: on any error the list stored before stays in
	// force. It returns ErrInvalid for a list with no name or with two
	// entries of one ID.
	ReplaceList(ctx context.Context, l *screen.List) (ListInfo, error)
	// Lists describes the stored lists, sorted by name.
	Lists(ctx context.Context) ([]ListInfo, error)
	// List returns the named list with all its entries, or ErrNotFound.
	List(ctx context.Context, name string) (*screen.List, error)
	// DeleteList removes the named list, or returns ErrNotFound.
	DeleteList(ctx context.Context, name string) error
	// Entry returns one entry of the named list, or ErrNotFound.
	Entry(ctx context.Context, list, id string) (*screen.Entry, error)
	// IndexSnapshot returns the saved screening index and the key it was
	// saved under, or ErrNotFound. Storing or deleting a list replaces it
	// in the same transaction (see Snapshot), so that it always matches
	// the lists in force.
	IndexSnapshot(ctx context.Context) (key string, data []byte, err error)
	// SaveIndexSnapshot saves a screening index under key, in place of
	// the one saved before.
	SaveIndexSnapshot(ctx context.Context, key string, data []byte) error
}

// ListInfo describes a stored list.
type ListInfo struct {
	Name   string
	Title  string
	Format string
	// Date is the date of the list's data (YYYY-MM-DD), "" if the files
	// did not say.
	Date  string
	Files []string
	// Entries and Names count the entries and all their names.
	Entries, Names int
	// ImportedAt is when the list was stored (UTC).
	ImportedAt time.Time
}

// Age returns how old the list's data is at now: from its date when known,
// else from when it was imported.
func (li ListInfo) Age(now time.Time) time.Duration {
	if t, err := time.Parse(time.DateOnly, li.Date); err == nil {
		return now.Sub(t)
	}
	return now.Sub(li.ImportedAt)
}

// ScreenIndex returns the screening index of the stored lists: the saved
// snapshot when it matches them, used in place (screen.ReadIndex), else an
// index built from the lists, which it then saves (a read-only store just
// does not keep it). An index read from a snapshot loads the entries that
// matches need from s, so s must stay open while the index is used. It
// returns a nil index and no error when no list is stored.
func ScreenIndex(ctx context.Context, s ListStore) (*screen.Index, []ListInfo, error) {
	infos, err := s.Lists(ctx)
	if err != nil {
		return nil, nil, err
	}
	if len(infos) == 0 {
		return nil, nil, nil
	}
	key := snapshotKey(infos)
	if k, data, err := s.IndexSnapshot(ctx); err == nil && k == key {
		load := func(list, id string) (*screen.Entry, error) { return s.Entry(ctx, list, id) }
		if ix, err := screen.ReadIndex(data, load); err == nil {
			return ix, infos, nil
		}
		// A damaged snapshot, or one of another version: built again.
	} else if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, nil, err
	}
	lists := make([]*screen.List, 0, len(infos))
	for _, li := range infos {
		l, err := s.List(ctx, li.Name)
		if err != nil {
			return nil, nil, err
		}
		lists = append(lists, l)
	}
	ix := screen.NewIndex(lists...)
	if data, err := ix.MarshalBinary(); err == nil {
		_ = s.SaveIndexSnapshot(ctx, key, data) // a cache: a read-only store simply rebuilds
	}
	return ix, infos, nil
}

// Snapshot builds the screening index of the lists infos describes (as
// Lists returns them) and returns the key and bytes that ScreenIndex
// expects. fresh, when not nil, is the list of its name just stored; the
// others are read with load. A store calls it in the transaction that
// changes the lists, so that the saved index always matches them.
func Snapshot(infos []ListInfo, fresh *screen.List, load func(name string) (*screen.List, error)) (key string, data []byte, err error) {
	lists := make([]*screen.List, 0, len(infos))
	for _, li := range infos {
		if fresh != nil && li.Name == fresh.Name {
			lists = append(lists, fresh)
			continue
		}
		l, err := load(li.Name)
		if err != nil {
			return "", nil, err
		}
		lists = append(lists, l)
	}
	data, err = screen.NewIndex(lists...).MarshalBinary()
	return snapshotKey(infos), data, err
}

// snapshotKey names the lists an index is built from, and the matcher.
func snapshotKey(infos []ListInfo) string {
	var b strings.Builder
	b.WriteString(screen.Version)
	for _, li := range infos {
		fmt.Fprintf(&b, "|%s@%s:%d", li.Name, li.ImportedAt.UTC().Format(time.RFC3339Nano), li.Entries)
	}
	return b.String()
}

// Validate checks what every store requires of a list before storing it.
func Validate(l *screen.List) error {
	if l.Name == "" {
		return fmt.Errorf("%w: the list has no name", ErrInvalid)
	}
	seen := make(map[string]bool, len(l.Entries))
	for _, e := range l.Entries {
		if e.ID == "" {
			return fmt.Errorf("%w: %s: an entry has no ID", ErrInvalid, l.Name)
		}
		if seen[e.ID] {
			return fmt.Errorf("%w: %s: entry %s appears twice", ErrInvalid, l.Name, e.ID)
		}
		seen[e.ID] = true
		if len(e.Names) == 0 {
			return fmt.Errorf("%w: %s: entry %s has no name", ErrInvalid, l.Name, e.ID)
		}
	}
	return nil
}

// EnvDB is the environment variable that names the default database.
const EnvDB = "NEWSGRAPH_DB"

// DefaultPath returns where newsgraph keeps its database unless told
// otherwise: $NEWSGRAPH_DB if set; else newsgraph/newsgraph.db in the
// user's data directory: $XDG_DATA_HOME, or ~/.local/share on Linux and
// other Unix systems, ~/Library/Application Support on macOS and
// %LocalAppData% on Windows. getenv is os.Getenv or a stand-in.
func DefaultPath(getenv func(string) string) (string, error) {
	if p := getenv(EnvDB); p != "" {
		return p, nil
	}
	const rel = "newsgraph"
	if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, rel, "newsgraph.db"), nil
	}
	switch runtime.GOOS {
	case "windows":
		if d := getenv("LocalAppData"); d != "" {
			return filepath.Join(d, rel, "newsgraph.db"), nil
		}
	case "darwin", "ios":
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, "Library", "Application Support", rel, "newsgraph.db"), nil
		}
	default:
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, ".local", "share", rel, "newsgraph.db"), nil
		}
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".local", "share", rel, "newsgraph.db"), nil
	}
	return "", errors.New("store: no data directory: set $HOME, $XDG_DATA_HOME or --db")
}
