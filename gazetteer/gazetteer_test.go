package gazetteer

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/examples"
	"github.com/newsgraph/newsgraph/internal/cputime"
	"github.com/newsgraph/newsgraph/tokenize"
)

func small(tb testing.TB) *Gazetteer {
	tb.Helper()
	fh, err := os.Open("testdata/small.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer fh.Close()
	g, err := Read(fh)
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// describe renders the tags of a token as "B-country U-city(IC) …", in the
// order of Each: by position, exact matches before case-insensitive ones.
func describe(g *Gazetteer, t Tags) string {
	var parts []string
	t.Each(func(pos Position, list int, fold bool) {
		s := pos.String() + "-" + g.Lists()[list]
		if fold {
			s += "(IC)"
		}
		parts = append(parts, s)
	})
	return strings.Join(parts, " ")
}

func TestMatch(t *testing.T) {
	g := small(t)
	for _, tc := range []struct {
		text string
		want []string // per token
	}{
		{"Kim Yong Chol flew to New York City .", []string{
			"B-sanctions.person B-sanctions.person(IC) U-person.first U-person.first(IC)",
			"I-sanctions.person I-sanctions.person(IC)",
			"L-sanctions.person L-sanctions.person(IC)",
			"", "",
			"B-city B-city(IC)",
			"I-city I-city(IC) L-city L-city(IC)",
			"L-city L-city(IC)",
			"",
		}},
		// Case-insensitive matches of entries spelled otherwise.
		{"NORTH KOREA and the US", []string{
			"B-country(IC)", "L-country(IC) U-country(IC)", "", "", "U-country",
		}},
		// "us" and "may" match only with their case; "reading" both ways.
		{"tell us , may reading", []string{"", "", "", "", "U-city(IC)"}},
		{"May Reading", []string{"U-person.first", "U-city U-city(IC)"}},
		{"Acme Co. Ltd", []string{"", "B-org.suffix B-org.suffix(IC)", "L-org.suffix L-org.suffix(IC)"}},
		{"", nil},
	} {
		toks := strings.Fields(tc.text)
		got := g.Match(toks, nil)
		if len(got) != len(toks) {
			t.Fatalf("%q: %d tags for %d tokens", tc.text, len(got), len(toks))
		}
		for i := range toks {
			if d := describe(g, got[i]); d != tc.want[i] {
				t.Errorf("%q: token %q: got %q, want %q", tc.text, toks[i], d, tc.want[i])
			}
			if got[i].Empty() != (tc.want[i] == "") {
				t.Errorf("%q: token %q: Empty() = %v", tc.text, toks[i], got[i].Empty())
			}
		}
	}
}

// TestManyChildren checks the search among the children of a node with
// many of them, at every position.
func TestManyChildren(t *testing.T) {
	var b strings.Builder
	b.WriteString("#list l\n")
	for i := range 100 {
		fmt.Fprintf(&b, "+Big w%03d\n", i)
	}
	g, err := Read(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 100 {
		tags := g.Match([]string{"Big", fmt.Sprintf("w%03d", i)}, nil)
		if tags[0].Exact[B] != 1 || tags[1].Exact[L] != 1 {
			t.Errorf("Big w%03d does not match: %v", i, tags)
		}
	}
	if tags := g.Match([]string{"Big", "w100"}, nil); !tags[0].Empty() {
		t.Errorf("Big w100 matches")
	}
}

func TestMatchSpans(t *testing.T) {
	g := small(t)
	text := "Talks in Singapore with Kim Yong Chol."
	spans := tokenize.Tokenize(text)
	tags := g.MatchSpans(text, spans, nil)
	var got []string
	for i, s := range spans {
		if d := describe(g, tags[i]); d != "" {
			got = append(got, text[s.Start:s.End]+"="+d)
		}
	}
	want := "Singapore=U-city U-city(IC)|Kim=B-sanctions.person B-sanctions.person(IC) U-person.first U-person.first(IC)|Yong=I-sanctions.person I-sanctions.person(IC)|Chol=L-sanctions.person L-sanctions.person(IC)"
	if strings.Join(got, "|") != want {
		t.Errorf("MatchSpans:\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
}

func TestMatchReusesAndClears(t *testing.T) {
	g := small(t)
	dst := g.Match([]string{"North", "Korea", "Kim"}, nil)
	dst = g.Match([]string{"x", "y"}, dst)
	for i := range dst {
		if !dst[i].Empty() {
			t.Errorf("token %d keeps tags of the previous call", i)
		}
	}
	toks := strings.Fields("Kim Yong Chol met officials of NORTH KOREA in New York City on Tuesday .")
	buf := make([]Tags, len(toks))
	if n := testing.AllocsPerRun(100, func() { g.Match(toks, buf) }); n != 0 {
		t.Errorf("Match allocates %v times per call", n)
	}
}

func TestRead(t *testing.T) {
	for _, tc := range []struct{ name, in, err string }{
		{"NoFlag", "#list a\nfoo\n", "line 2: entry without a + or = flag"},
		{"NoList", "+foo\n", "line 1: entry before the first #list"},
		{"EmptyToken", "#list a\n+foo  bar\n", "line 2: empty token"},
		{"TooLong", "#list a\n+a b c d e f\n", "line 2: entry of 6 tokens (at most 5)"},
		{"Unnamed", "#list \n", "line 1: list without a name"},
		{"BadUTF8", "#list a\n+\xff\n", "line 2: invalid UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tc.in))
			if err == nil || !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Read: err = %v, want %q", err, tc.err)
			}
		})
	}
	t.Run("TooManyLists", func(t *testing.T) {
		var b strings.Builder
		for i := range 33 {
			fmt.Fprintf(&b, "#list l%d\n+x\n", i)
		}
		if _, err := Read(strings.NewReader(b.String())); !errors.Is(err, ErrFormat) {
			t.Errorf("33 lists: err = %v", err)
		}
	})
	t.Run("OK", func(t *testing.T) {
		g := small(t)
		if got := strings.Join(g.Lists(), ","); got != "country,city,person.first,sanctions.person,org.suffix" {
			t.Errorf("Lists = %s", got)
		}
		if g.Size(0) != 6 {
			t.Errorf("Size(country) = %d, want 6", g.Size(0))
		}
	})
}

// TestDefault checks the embedded lists: names, sizes, load time, and
// matches every list should make.
func TestDefault(t *testing.T) {
	start := time.Now()
	g := Default()
	t.Logf("decoded the embedded gazetteers in %s", time.Since(start))
	if strings.Join(g.Lists(), ",") != strings.Join(ListNames, ",") {
		t.Fatalf("Lists = %v, want %v", g.Lists(), ListNames)
	}
	for i, name := range ListNames {
		if g.Size(i) < 50 {
			t.Errorf("list %s has %d entries", name, g.Size(i))
		}
	}
	for _, tc := range []struct{ text, list string }{
		{"North Korea", "country"},
		{"Germany", "country"},
		{"Côte d’Ivoire", "country"},
		{"Bayern", "region"},
		{"California", "region"},
		{"Pyongyang", "city"},
		{"Düsseldorf", "city"},
		{"Dusseldorf", "city"},
		{"Middle East", "location"},
		{"U.S.", "location"},
		{"Korean", "nationality"},
		{"Afghans", "nationality"},
		{"Michael", "person.first"},
		{"Mary", "person.first"},
		{"Prime Minister", "title"},
		{"Inc.", "org.suffix"},
		{"GmbH", "org.suffix"},
		{"Ministry", "org.head"},
		{"Kim Yong Chol", "sanctions.person"},
		{"Banco Nacional de Cuba", "sanctions.org"},
	} {
		text := tc.text
		spans := tokenize.Tokenize(text)
		tags := g.MatchSpans(text, spans, nil)
		found := false
		last := len(spans) - 1
		pos := U
		if last > 0 {
			pos = L
		}
		tags[last].Each(func(p Position, list int, fold bool) {
			if p == pos && !fold && g.Lists()[list] == tc.list {
				found = true
			}
		})
		if !found {
			t.Errorf("%q is not a whole match of %s: %s", text, tc.list, describe(g, tags[last]))
		}
	}
	// Common lower-case words stay out of the case-insensitive index.
	for _, w := range []string{"may", "bill", "reading", "in", "on", "us", "or", "am", "the"} {
		tags := g.Match([]string{w}, nil)
		if tags[0].Fold[U] != 0 {
			t.Errorf("%q matches case-insensitively: %s", w, describe(g, tags[0]))
		}
	}
	// Proper names do match case-insensitively.
	tags := g.Match([]string{"PYONGYANG"}, nil)
	if tags[0].Fold[U] == 0 {
		t.Errorf("PYONGYANG does not match case-insensitively")
	}
}

func FuzzRead(f *testing.F) {
	raw, _ := os.ReadFile("testdata/small.txt")
	f.Add(string(raw))
	f.Add("#list a\n=x y\n+ä Ö\n")
	f.Fuzz(func(t *testing.T, in string) {
		g, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		// Whatever was read, matching its own tokens must not panic.
		g.Match(strings.Fields(in), nil)
	})
}

// TestInAgreesWithMatch checks In, which reads the exact tags only,
// against the same test made on all of Match's tags, for every run of up
// to five tokens of three bundled articles.
func TestInAgreesWithMatch(t *testing.T) {
	g := Default()
	var text string
	for _, name := range []string{"crane.txt", "asylum.txt", "defector.txt"} {
		raw, err := examples.FS.ReadFile("wikinews/" + name)
		if err != nil {
			t.Skip("examples not found")
		}
		text += string(raw) + "\n\n"
	}
	var words []string
	for _, sp := range tokenize.Tokenize(text) {
		words = append(words, text[sp.Start:sp.End])
	}
	lists := [][]string{{"country", "region", "city", "location"}, {"region"}, {"country"}}
	want := func(ws []string, lists []string) bool {
		tags := g.Match(ws, nil)
		for _, name := range lists {
			bit := uint32(1) << uint(g.ListIndex(name))
			if len(ws) == 1 && tags[0].Exact[U]&bit != 0 || len(ws) > 1 && tags[0].Exact[B]&bit != 0 && tags[len(ws)-1].Exact[L]&bit != 0 {
				return true
			}
		}
		return false
	}
	found := 0
	for i := range words {
		for n := 1; n <= 5 && i+n <= len(words); n++ {
			for _, ls := range lists {
				got := g.In(words[i:i+n], ls...)
				if w := want(words[i:i+n], ls); got != w {
					t.Errorf("In(%q, %v) = %v, want %v", words[i:i+n], ls, got, w)
				}
				if got {
					found++
				}
			}
		}
	}
	if found == 0 {
		t.Error("no run of tokens is in the lists")
	}
}

func BenchmarkMatch(b *testing.B) {
	g := Default()
	var text string
	for _, name := range []string{"crane.txt", "asylum.txt", "defector.txt"} {
		raw, err := examples.FS.ReadFile("wikinews/" + name)
		if err != nil {
			b.Skip("examples not found")
		}
		text += string(raw) + "\n\n"
	}
	spans := tokenize.Tokenize(text)
	dst := make([]Tags, len(spans))
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cputime.Thread()
	for range b.N {
		dst = g.MatchSpans(text, spans, dst)
	}
	if cpu := cputime.Thread() - c0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(len(spans)*b.N), "cpu-ns/token")
	}
	b.ReportMetric(float64(len(spans))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkDefaultLoad(b *testing.B) {
	for range b.N {
		if _, err := decodeEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestEmbeddedIsCompiledText checks that the embedded binary is the
// compiled form of the committed text lists.
func TestEmbeddedIsCompiledText(t *testing.T) {
	fh, err := os.Open("data/lists.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		t.Fatal(err)
	}
	g, err := Read(zr)
	if err != nil {
		t.Fatal(err)
	}
	var full Gazetteer
	if err := full.decode(embedded, true); err != nil {
		t.Errorf("the embedded lists fail the full check: %v", err)
	}
	want, _ := g.MarshalBinary()
	if !bytes.Equal([]byte(embedded), want) {
		t.Errorf("data/lists.bin is not the compiled data/lists.txt.gz; rerun go run ./gazetteer/internal/gen")
	}
}

func TestBinaryRoundTrip(t *testing.T) {
	g := small(t)
	raw, err := g.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var h Gazetteer
	if err := h.UnmarshalBinary(raw); err != nil {
		t.Fatal(err)
	}
	var a, b []string
	g.Entries(func(toks []string, m uint32) { a = append(a, fmt.Sprint(toks, m)) })
	h.Entries(func(toks []string, m uint32) { b = append(b, fmt.Sprint(toks, m)) })
	if strings.Join(a, "|") != strings.Join(b, "|") || len(a) != 17 {
		t.Errorf("entries after a round trip:\n%v\nbefore:\n%v", b, a)
	}
	toks := strings.Fields("Kim Yong Chol in NEW YORK CITY")
	if x, y := g.Match(toks, nil), h.Match(toks, nil); !slices.Equal(x, y) {
		t.Errorf("matches differ after a round trip")
	}
	for i := range raw {
		if err := h.UnmarshalBinary(raw[:i]); err == nil {
			t.Fatalf("truncated to %d bytes: no error", i)
		}
	}
}

func FuzzUnmarshalBinary(f *testing.F) {
	raw, _ := small(f).MarshalBinary()
	f.Add(raw)
	f.Fuzz(func(t *testing.T, data []byte) {
		var g Gazetteer
		if err := g.UnmarshalBinary(data); err != nil {
			return
		}
		var toks []string
		g.Entries(func(e []string, _ uint32) { toks = append(toks, e...) })
		g.Match(toks, nil)
	})
}

func TestIn(t *testing.T) {
	g := Default()
	for _, tc := range []struct {
		words string
		lists []string
		want  bool
	}{
		{"New York", []string{"city"}, true},
		{"New York Times", []string{"city"}, false},
		{"York", []string{"country"}, false},
		{"Pyongyang", []string{"country", "city"}, true},
		{"pyongyang", []string{"city"}, false}, // case-sensitive
		{"Pyongyang", []string{"no such list"}, false},
		{"", []string{"city"}, false},
		{"A B C D E F", []string{"city"}, false}, // longer than any entry
	} {
		if got := g.In(strings.Fields(tc.words), tc.lists...); got != tc.want {
			t.Errorf("In(%q, %v) = %v, want %v", tc.words, tc.lists, got, tc.want)
		}
	}
	if i := g.ListIndex("city"); i < 0 || g.Lists()[i] != "city" {
		t.Errorf("ListIndex(city) = %d", i)
	}
	if i := g.ListIndex("no such list"); i != -1 {
		t.Errorf("ListIndex(no such list) = %d, want -1", i)
	}
}
