package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newsgraph/newsgraph/screen"
	"github.com/newsgraph/newsgraph/store"
)

// runLists shows the loaded sanctions lists, or imports or removes lists.
func runLists(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "lists", "[--db PATH] [import [--date YYYY-MM-DD] FILE…|remove NAME…]")
	db := dbFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return listsShow(ctx, e, *db)
	}
	switch rest[0] {
	case "import":
		return listsImport(ctx, e, *db, rest[1:])
	case "remove", "rm":
		return listsRemove(ctx, e, *db, rest[1:])
	case "show":
		return listsShow(ctx, e, *db)
	}
	return &usageError{msg: fmt.Sprintf("lists: unknown subcommand %q (import, remove)", rest[0]), hint: "newsgraph lists import ../shared/data/sanctions/ofac-2021/sdn.csv"}
}

func listsShow(ctx context.Context, e *env, dbPath string) error {
	s, path, err := openStore(ctx, e, dbPath, false)
	if err != nil {
		return fmt.Errorf("lists: %w", err)
	}
	if s == nil {
		fmt.Fprintf(e.stdout, "No lists loaded (%s does not exist yet).\nImport some with: newsgraph lists import FILE…\n", path)
		return nil
	}
	defer s.Close()
	infos, err := s.Lists(ctx)
	if err != nil {
		return fmt.Errorf("lists: %w", err)
	}
	if len(infos) == 0 {
		fmt.Fprintf(e.stdout, "No lists loaded in %s.\n", path)
		return nil
	}
	now := time.Now()
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "LIST\tTITLE\tDATE\tAGE\tENTRIES\tNAMES\tIMPORTED\tFILES")
	for _, li := range infos {
		date, age := li.Date, ageString(int(li.Age(now).Hours()/24))
		if date == "" {
			date, age = "(not in file)", "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%s\t%s\n", li.Name, li.Title, date, age, li.Entries, li.Names,
			li.ImportedAt.Local().Format("2006-01-02 15:04"), strings.Join(li.Files, ","))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\nDatabase: %s\n", path)
	return nil
}

func listsImport(ctx context.Context, e *env, dbPath string, args []string) error {
	fs := newFlagSet(e, "lists import", "[--date YYYY-MM-DD] FILE|DIR…")
	date := fs.String("date", "", "date of the data, for list files that do not carry one (OFAC's CSV)")
	db := dbFlag(fs)
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if *db != "" {
		dbPath = *db
	}
	if len(files) == 0 {
		return &usageError{msg: "lists import: no files given", hint: "newsgraph lists import ../shared/data/sanctions/ofac-2021/sdn.csv ../shared/data/sanctions/un/UN_consolidated.xml"}
	}
	if *date != "" {
		if _, err := time.Parse(time.DateOnly, *date); err != nil {
			return &usageError{msg: fmt.Sprintf("lists import: --date %q is not YYYY-MM-DD", *date)}
		}
	}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			return fmt.Errorf("lists import: %w", unwrapPathError(err))
		}
	}
	// Every file is read and checked before anything is stored: a bad
	// file leaves the lists loaded before in force.
	lists, err := screen.ReadFiles(files)
	if err != nil {
		return fmt.Errorf("lists import: %w (nothing was imported)", err)
	}
	s, path, err := openStore(ctx, e, dbPath, true)
	if err != nil {
		return fmt.Errorf("lists import: %w", err)
	}
	defer s.Close()
	old := map[string]store.ListInfo{}
	if infos, err := s.Lists(ctx); err == nil {
		for _, li := range infos {
			old[li.Name] = li
		}
	}
	for _, l := range lists {
		if l.Date == "" && *date != "" {
			l.Date = *date
		}
		info, err := s.ReplaceList(ctx, l)
		if err != nil {
			return fmt.Errorf("lists import: %w", err)
		}
		date := info.Date
		if date == "" {
			date = "date not in the files"
		}
		fmt.Fprintf(e.stdout, "%s: %d entries, %d names (%s; %s)", info.Name, info.Entries, info.Names, strings.Join(info.Files, ", "), date)
		if o, ok := old[info.Name]; ok {
			od := o.Date
			if od == "" {
				od = "undated"
			}
			fmt.Fprintf(e.stdout, ", replacing the %s version imported %s", od, o.ImportedAt.Local().Format("2006-01-02 15:04"))
		}
		fmt.Fprintln(e.stdout)
	}
	// The screening index was saved with each list; load it once, so that
	// a problem shows now rather than in analyze (which would rebuild it).
	if _, _, err := store.ScreenIndex(ctx, s); err != nil {
		return fmt.Errorf("lists import: %w", err)
	}
	fmt.Fprintf(e.stdout, "Database: %s\n", path)
	return nil
}

func listsRemove(ctx context.Context, e *env, dbPath string, args []string) error {
	fs := newFlagSet(e, "lists remove", "NAME…")
	db := dbFlag(fs)
	names, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if *db != "" {
		dbPath = *db
	}
	if len(names) == 0 {
		return &usageError{msg: "lists remove: which list?", hint: "newsgraph lists"}
	}
	s, _, err := openStore(ctx, e, dbPath, false)
	if err != nil {
		return fmt.Errorf("lists remove: %w", err)
	}
	if s == nil {
		return fmt.Errorf("lists remove: no lists are loaded")
	}
	defer s.Close()
	for _, n := range names {
		if err := s.DeleteList(ctx, n); err != nil {
			return fmt.Errorf("lists remove: %w", err)
		}
		fmt.Fprintf(e.stdout, "removed %s\n", n)
	}
	return nil
}
