package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/screen"
	"github.com/newsgraph/newsgraph/store"
)

// runScreen screens one name against the loaded lists.
func runScreen(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "screen", "NAME [--birth-year Y] [--country C] [--type person|organization] [--db PATH]")
	birth := fs.String("birth-year", "", "the person's birth year (1947) or range (1945-1947), to rank homonyms")
	country := fs.String("country", "", "the person's or organisation's country: a name, an adjective or an ISO code (\"North Korea\", KP)")
	role := fs.String("role", "", "what the person is or does (\"spy chief\"), compared with the listing's remarks")
	typ := fs.String("type", "", "person or organization; default: any")
	threshold := fs.Float64("threshold", screen.DefaultThreshold, "least name score reported, in (0, 1]")
	limit := fs.Int("limit", 10, "most matches shown")
	asJSON := fs.Bool("json", false, "write the matches as JSON")
	db := dbFlag(fs)
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	name := strings.TrimSpace(strings.Join(pos, " "))
	if name == "" {
		return &usageError{msg: "screen: no name given", hint: `newsgraph screen "Kim Yong Chol" --birth-year 1947`}
	}
	if *threshold <= 0 || *threshold > 1 {
		return &usageError{msg: "screen: --threshold must be in (0, 1]"}
	}
	q := screen.Query{Name: name}
	switch strings.ToLower(*typ) {
	case "":
	case "person", "per", "individual":
		q.Type = screen.Person
	case "organization", "organisation", "org", "entity":
		q.Type = screen.Organization
	case "vessel", "aircraft":
		q.Type = strings.ToLower(*typ)
	default:
		return &usageError{msg: fmt.Sprintf("screen: unknown --type %q (person, organization, vessel, aircraft)", *typ)}
	}
	if *birth != "" {
		from, to, ok := parseYears(*birth)
		if !ok {
			return &usageError{msg: fmt.Sprintf("screen: --birth-year %q is not a year or a range of years", *birth)}
		}
		q.Context.BornFrom, q.Context.BornTo, q.Context.BornWhy = from, to, "given"
	}
	if *country != "" {
		c := screen.CountryCode(*country)
		if c == "" {
			return &usageError{msg: fmt.Sprintf("screen: unknown country %q", *country)}
		}
		q.Context.Countries = []string{c}
	}
	if *role != "" {
		q.Context.Descriptions = []string{*role}
	}
	s, path, err := openStore(ctx, e, *db, false)
	if err != nil {
		return fmt.Errorf("screen: %w", err)
	}
	if s == nil {
		return &usageError{msg: fmt.Sprintf("screen: no lists are loaded (%s does not exist)", path), hint: "newsgraph lists import FILE…"}
	}
	defer s.Close()
	ix, infos, err := store.ScreenIndex(ctx, s)
	if err != nil {
		return fmt.Errorf("screen: %w", err)
	}
	if ix == nil {
		return &usageError{msg: "screen: no lists are loaded", hint: "newsgraph lists import FILE…"}
	}
	ms := ix.Screen(q, screen.Options{Threshold: *threshold, Limit: *limit})
	if *asJSON {
		return writeMatchesJSON(e, name, ms)
	}
	var lists []string
	for _, li := range infos {
		d := li.Date
		if d == "" {
			d = "undated"
		}
		lists = append(lists, li.Name+" "+d)
	}
	if len(ms) == 0 {
		fmt.Fprintf(e.stdout, "%s: no match at threshold %.2f (lists: %s)\n", name, *threshold, strings.Join(lists, ", "))
		return nil
	}
	fmt.Fprintf(e.stdout, "%s: %d match(es) (lists: %s)\n", name, len(ms), strings.Join(lists, ", "))
	for i, m := range ms {
		fmt.Fprintf(e.stdout, "\n%2d. %.2f  %s %s  %s\n", i+1, m.Score, screen.ListTitle(m.List), m.Entry.ID, m.Entry.Names[0].Full)
		fmt.Fprintf(e.stdout, "    %s\n", describeEntry(m.Entry))
		fmt.Fprintf(e.stdout, "    %s\n", m.Explanation)
	}
	return nil
}

// describeEntry summarises an entry on one line.
func describeEntry(en *screen.Entry) string {
	parts := []string{en.Type}
	if len(en.Programs) > 0 {
		parts = append(parts, strings.Join(en.Programs, ", "))
	}
	if len(en.BirthDates) > 0 {
		var ds []string
		for _, d := range en.BirthDates {
			ds = append(ds, d.String())
		}
		parts = append(parts, "born "+strings.Join(ds, " or "))
	}
	if len(en.BirthPlaces) > 0 {
		parts = append(parts, "in "+en.BirthPlaces[0])
	}
	if len(en.Nationalities) > 0 {
		parts = append(parts, "nationality "+strings.Join(en.Nationalities, ", "))
	}
	if len(en.Titles) > 0 {
		parts = append(parts, en.Titles[0])
	}
	return strings.Join(parts, " · ")
}

func writeMatchesJSON(e *env, name string, ms []screen.Match) error {
	type match struct {
		List        string       `json:"list"`
		ListDate    string       `json:"list_date"`
		ListID      string       `json:"list_id"`
		Name        string       `json:"name"`
		NameScore   float64      `json:"name_score"`
		Score       float64      `json:"score"`
		Explanation string       `json:"explanation"`
		Entry       screen.Entry `json:"entry"`
	}
	out := struct {
		Query   string  `json:"query"`
		Matches []match `json:"matches"`
	}{Query: name, Matches: []match{}}
	for _, m := range ms {
		out.Matches = append(out.Matches, match{List: m.List, ListDate: m.ListDate, ListID: m.Entry.ID, Name: m.Name.Full,
			NameScore: round3(m.NameScore), Score: round3(m.Score), Explanation: m.Explanation, Entry: *m.Entry})
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

// parseYears reads "1947" or "1945-1947".
func parseYears(s string) (int, int, bool) {
	a, b, isRange := strings.Cut(s, "-")
	from, err := strconv.Atoi(strings.TrimSpace(a))
	if err != nil || from < 1800 || from > time.Now().Year() {
		return 0, 0, false
	}
	to := from
	if isRange {
		if to, err = strconv.Atoi(strings.TrimSpace(b)); err != nil || to < from || to > time.Now().Year() {
			return 0, 0, false
		}
	}
	return from, to, true
}
