package screen

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// MaxFileBytes bounds the size of one list file (the EU's full list, the
// largest, is about 25 MB).
const MaxFileBytes = 256 << 20

// Sniff names the format of an XML list file from its root element:
// FormatOFACXML, FormatUNXML or FormatEUXML, or "" if it is none of them.
func Sniff(data []byte) string {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	for range 64 {
		tok, err := d.Token()
		if err != nil {
			return ""
		}
		if se, ok := tok.(xml.StartElement); ok {
			switch se.Name.Local {
			case "sdnList":
				return FormatOFACXML
			case "CONSOLIDATED_LIST":
				return FormatUNXML
			case "export":
				return FormatEUXML
			}
			return ""
		}
	}
	return ""
}

// Read parses one XML list file, whatever its format.
func Read(file string, data []byte) (*List, error) {
	switch Sniff(data) {
	case FormatOFACXML:
		return ReadOFACXML(file, data)
	case FormatUNXML:
		return ReadUN(file, data)
	case FormatEUXML:
		return ReadEU(file, data)
	}
	return nil, fmt.Errorf("%s: %w (want OFAC's SDN XML or CSV files, the UN consolidated list XML or the EU financial sanctions XML)", file, ErrUnknownFormat)
}

// ofacCSVRole tells which of OFAC's legacy files a base name is, and to
// which list it belongs: ("main", ListOFACSDN) for sdn.csv.
func ofacCSVRole(base string) (role, list string) {
	switch strings.ToLower(base) {
	case "sdn.csv":
		return "main", ListOFACSDN
	case "alt.csv":
		return "alt", ListOFACSDN
	case "add.csv":
		return "add", ListOFACSDN
	case "sdn_comments.csv":
		return "comments", ListOFACSDN
	case "cons_prim.csv":
		return "main", ListOFACCons
	case "cons_alt.csv":
		return "alt", ListOFACCons
	case "cons_add.csv":
		return "add", ListOFACCons
	case "cons_comments.csv":
		return "comments", ListOFACCons
	}
	return "", ""
}

// ReadFiles reads the list files at paths. A directory stands for the list
// files in it. OFAC's legacy CSV files of one directory make one list, and
// naming its main file (sdn.csv) is enough: the others beside it are read
// too. Every file must parse; the first error is returned.
func ReadFiles(paths []string) ([]*List, error) {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		ents, err := os.ReadDir(p)
		if err != nil {
			return nil, err
		}
		n := 0
		for _, de := range ents {
			ext := strings.ToLower(filepath.Ext(de.Name()))
			if de.IsDir() || (ext != ".xml" && ext != ".csv") {
				continue
			}
			if role, _ := ofacCSVRole(de.Name()); ext == ".csv" && role == "" {
				continue
			}
			files = append(files, filepath.Join(p, de.Name()))
			n++
		}
		if n == 0 {
			return nil, fmt.Errorf("%s: no list files (.xml, or OFAC's sdn.csv) in the directory", p)
		}
	}
	type csvSet struct {
		list  string
		parts map[string]string // role → path
	}
	var sets []*csvSet
	var lists []*List
	for _, f := range files {
		role, list := ofacCSVRole(filepath.Base(f))
		if role == "" && strings.EqualFold(filepath.Ext(f), ".csv") {
			return nil, fmt.Errorf("%s: %w (the CSV files newsgraph reads are OFAC's sdn.csv, alt.csv, add.csv and sdn_comments.csv)", f, ErrUnknownFormat)
		}
		if role != "" {
			dir := filepath.Dir(f)
			i := slices.IndexFunc(sets, func(s *csvSet) bool {
				return s.list == list && filepath.Dir(s.parts[firstKey(s.parts)]) == dir
			})
			if i < 0 {
				sets = append(sets, &csvSet{list: list, parts: map[string]string{}})
				i = len(sets) - 1
			}
			sets[i].parts[role] = f
			continue
		}
		data, err := readFile(f)
		if err != nil {
			return nil, err
		}
		l, err := Read(filepath.Base(f), data)
		if err != nil {
			return nil, err
		}
		lists = append(lists, l)
	}
	for _, s := range sets {
		main, ok := s.parts["main"]
		if !ok {
			return nil, fmt.Errorf("%s: OFAC's aliases and addresses need their main file (sdn.csv) beside them", s.parts[firstKey(s.parts)])
		}
		dir := filepath.Dir(main)
		// The other files of the set, when not named, are taken from
		// beside the main file.
		for role, base := range map[string]string{"alt": "alt.csv", "add": "add.csv", "comments": "sdn_comments.csv"} {
			if _, ok := s.parts[role]; ok {
				continue
			}
			if s.list == ListOFACCons {
				base = map[string]string{"alt": "cons_alt.csv", "add": "cons_add.csv", "comments": "cons_comments.csv"}[role]
			}
			if p := findFold(dir, base); p != "" {
				s.parts[role] = p
			}
		}
		var in OFACCSV
		in.Name = s.list
		for role, p := range s.parts {
			data, rerr := readFile(p)
			if rerr != nil {
				return nil, rerr
			}
			base := filepath.Base(p)
			switch role {
			case "main":
				in.Main, in.MainName = data, base
			case "alt":
				in.Alt, in.AltName = data, base
			case "add":
				in.Add, in.AddName = data, base
			case "comments":
				in.Comments, in.CName = data, base
			}
		}
		l, err := ReadOFACCSV(in)
		if err != nil {
			return nil, err
		}
		lists = append(lists, l)
	}
	for i, a := range lists {
		for _, b := range lists[:i] {
			if a.Name == b.Name {
				return nil, fmt.Errorf("%s and %s are two versions of the same list (%s): import one", strings.Join(b.Files, ", "), strings.Join(a.Files, ", "), a.Name)
			}
		}
	}
	return lists, nil
}

func firstKey(m map[string]string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys[0]
}

// findFold returns the path of the file named base in dir, ignoring case,
// or "".
func findFold(dir, base string) string {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	for _, de := range ents {
		if !de.IsDir() && strings.EqualFold(de.Name(), base) {
			return filepath.Join(dir, de.Name())
		}
	}
	return ""
}

func readFile(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	if len(data) > MaxFileBytes {
		return nil, fmt.Errorf("%s: larger than %d MB; not a list file", p, MaxFileBytes>>20)
	}
	return data, nil
}
