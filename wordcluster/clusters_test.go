package wordcluster

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/cputime"
)

func TestReadWrite(t *testing.T) {
	in := "0\tthe\t10\n0\ta\t7\n10\tdog\t5\n11\tcat\t4\n11\tKim\t3\n"
	c, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 5 || c.NumClusters() != 3 {
		t.Errorf("Len, NumClusters = %d, %d; want 5, 3", c.Len(), c.NumClusters())
	}
	for _, tc := range []struct {
		word, path string
		ok         bool
	}{{"the", "0", true}, {"cat", "11", true}, {"Kim", "11", true}, {"kim", "", false}, {"", "", false}} {
		if p, ok := c.Path(tc.word); p != tc.path || ok != tc.ok {
			t.Errorf("Path(%q) = %q, %v; want %q, %v", tc.word, p, ok, tc.path, tc.ok)
		}
		if p, ok := c.PathBytes([]byte(tc.word)); p != tc.path || ok != tc.ok {
			t.Errorf("PathBytes(%q) = %q, %v", tc.word, p, ok)
		}
	}
	if p, ok := c.Prefix("dog", 1); p != "1" || !ok {
		t.Errorf("Prefix(dog, 1) = %q, %v", p, ok)
	}
	if p, ok := c.Prefix("dog", 20); p != "10" || !ok {
		t.Errorf("Prefix(dog, 20) = %q, %v", p, ok)
	}
	for _, tc := range []struct{ word, path string }{
		{"KIM", "11"}, {"Kim", "11"}, {"DOG", "10"}, {"Dog", "10"}, {"THE", "0"}, {"kIM", "11"}, {"WOLF", ""},
	} {
		if p, ok := c.PathAnyCase(tc.word); p != tc.path || ok != (tc.path != "") {
			t.Errorf("PathAnyCase(%q) = %q, %v; want %q", tc.word, p, ok, tc.path)
		}
	}
	if n := testing.AllocsPerRun(100, func() { c.PathAnyCase("KIM"); c.PathAnyCase("DOG") }); n != 0 {
		t.Errorf("PathAnyCase allocates %v times", n)
	}
	if c.Count("dog") != 5 || c.Count("wolf") != 0 {
		t.Errorf("Count: dog %d, wolf %d", c.Count("dog"), c.Count("wolf"))
	}
	if got := c.Members("11"); !slices.Equal(got, []string{"cat", "Kim"}) {
		t.Errorf("Members(11) = %v", got)
	}
	if got, depth := c.Nearest("dog", 5); !slices.Equal(got, []string{"cat", "Kim"}) || depth != 1 {
		t.Errorf("Nearest(dog) = %v, %d", got, depth)
	}
	var b bytes.Buffer
	if _, err := c.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if b.String() != in {
		t.Errorf("WriteTo:\n%s\nwant:\n%s", b.String(), in)
	}
	// The count is optional.
	if c, err := Read(strings.NewReader("01\tword\n")); err != nil || c.Count("word") != 0 {
		t.Errorf("Read without counts: %v", err)
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, err string }{
		{"NoTab", "0110 word 3\n", "line 1: want path<TAB>word<TAB>count"},
		{"BadPath", "01x\tword\t3\n", `line 1: path "01x" is not a bit string`},
		{"EmptyPath", "\tword\t3\n", `line 1: path "" is not a bit string`},
		{"EmptyWord", "01\t\t3\n", "line 1: empty word"},
		{"BadCount", "0\ta\t1\n01\tword\tx\n", `line 2: count "x"`},
		{"Negative", "01\tword\t-1\n", `line 1: count "-1"`},
		{"Duplicate", "0\ta\t1\n1\ta\t2\n", `line 2: word "a" appears twice`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tc.in))
			if !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("err = %v, want %q", err, tc.err)
			}
		})
	}
}

// TestEmbeddedIsCompiledText checks that the embedded binary form is the
// compiled data/brown.txt.
func TestEmbeddedIsCompiledText(t *testing.T) {
	fh, err := os.Open("data/brown.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	c, err := Read(fh)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := decode(embedded, true); err != nil {
		t.Errorf("the embedded clusters fail the full check: %v", err)
	}
	want, _ := c.MarshalBinary()
	if string(want) != embedded {
		t.Errorf("data/brown.bin is not the compiled data/brown.txt; run newsgraph train clusters -from wordcluster/data/brown.txt")
	}
}

func TestBinaryRoundTrip(t *testing.T) {
	c, err := Read(strings.NewReader("0\tthe\t10\n10\tdog\t5\n11\tcat\t4\n"))
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := c.MarshalBinary()
	var d Clusters
	if err := d.UnmarshalBinary(raw); err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	c.WriteTo(&a)
	d.WriteTo(&b)
	if a.String() != b.String() {
		t.Errorf("round trip: %q, want %q", b.String(), a.String())
	}
	for i := range raw {
		if err := d.UnmarshalBinary(raw[:i]); err == nil {
			t.Fatalf("truncated to %d bytes: no error", i)
		}
	}
}

func FuzzUnmarshalBinary(f *testing.F) {
	c, _ := Read(strings.NewReader("0\tthe\t10\n10\tdog\t5\n11\tcat\t4\n"))
	raw, _ := c.MarshalBinary()
	f.Add(raw)
	f.Fuzz(func(t *testing.T, data []byte) {
		var c Clusters
		if err := c.UnmarshalBinary(data); err != nil {
			return
		}
		var b bytes.Buffer
		c.WriteTo(&b)
		c.Path("the")
		c.Nearest("dog", 3)
	})
}

func FuzzRead(f *testing.F) {
	f.Add("0\tthe\t10\n10\tdog\t5\n")
	f.Add("01\tword\n\n1\tx\t0\n")
	f.Fuzz(func(t *testing.T, in string) {
		c, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		var b bytes.Buffer
		c.WriteTo(&b)
		d, err := Read(&b)
		if err != nil {
			t.Fatalf("re-reading what WriteTo wrote: %v", err)
		}
		if d.Len() != c.Len() {
			t.Fatalf("round trip changed the number of words")
		}
	})
}

// TestDefault is the intrinsic check of the shipped clusters: size, load
// time, and words that must share clusters (months, weekdays, countries,
// first names, reporting verbs) or subtrees.
func TestDefault(t *testing.T) {
	start := time.Now()
	c := Default()
	t.Logf("decoded %d words in %d clusters in %s", c.Len(), c.NumClusters(), time.Since(start))
	if c.NumClusters() != 1000 || c.Len() < 20000 {
		t.Fatalf("Default: %d words in %d clusters", c.Len(), c.NumClusters())
	}
	for _, probe := range []string{"January", "Monday", "France", "John", "said", "London", "Reuters", "Minister", "percent", "Clinton"} {
		near, depth := c.Nearest(probe, 8)
		p, _ := c.Path(probe)
		t.Logf("%-9s %-16s shares %2d bits with %v", probe, p, depth, near)
	}
	// Words of one kind share a long prefix: at least `bits` leading
	// bits in common with the first word, for most of the group.
	for _, tc := range []struct {
		bits  int
		words []string
	}{
		{8, []string{"January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"}},
		{8, []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}},
		{8, []string{"France", "Germany", "Italy", "Spain", "Japan", "Russia", "Britain", "China", "India", "Brazil"}},
		{6, []string{"John", "David", "Michael", "Peter", "James", "Robert", "Paul", "Mark", "Richard", "Thomas"}},
		{6, []string{"said", "says", "told", "added", "argued", "warned", "stressed", "insisted"}},
		{6, []string{"London", "Paris", "Moscow", "Beijing", "Tokyo", "Berlin", "Washington", "Madrid"}},
	} {
		p0, ok := c.Path(tc.words[0])
		if !ok {
			t.Errorf("%s is not in the clusters", tc.words[0])
			continue
		}
		close := 0
		for _, w := range tc.words[1:] {
			p, ok := c.Path(w)
			if ok && len(p) >= tc.bits && len(p0) >= tc.bits && p[:tc.bits] == p0[:tc.bits] {
				close++
			}
		}
		if 4*close < 3*(len(tc.words)-1) {
			t.Errorf("only %d of %v share %d bits with %s", close, tc.words[1:], tc.bits, tc.words[0])
		}
	}
	// Different kinds part early: months against countries.
	pm, _ := c.Path("January")
	pc, _ := c.Path("said")
	if len(pm) > 3 && strings.HasPrefix(pc, pm[:4]) {
		t.Errorf("January (%s) and said (%s) share 4 bits", pm, pc)
	}
	if n := testing.AllocsPerRun(100, func() { c.Path("Pyongyang"); c.PathBytes([]byte("January")) }); n != 0 {
		t.Errorf("lookups allocate %v times", n)
	}
}

func BenchmarkPath(b *testing.B) {
	c := Default()
	words := strings.Fields("The U.S. envoy met Kim Yong Chol in Pyongyang on Tuesday , officials said , after weeks of talks .")
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cputime.Thread()
	for i := range b.N {
		c.Path(words[i%len(words)])
	}
	if cpu := cputime.Thread() - c0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

func BenchmarkDefaultLoad(b *testing.B) {
	for range b.N {
		if _, err := decodeEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTrain clusters 200,000 tokens of synthetic text into 100
// clusters.
func BenchmarkTrain(b *testing.B) {
	c := randomCorpus(5, 25000, 5000)
	b.ResetTimer()
	for range b.N {
		if _, err := Train(b.Context(), c, Options{Clusters: 100, MinCount: 2}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCoNLLDevCoverage measures how many tokens of the CoNLL-2003
// development set (never trained on) have a cluster: all tokens, and the
// tokens inside entities.
func TestCoNLLDevCoverage(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "shared", "data", "ner", "conll2003", "eng.testa"))
	if err != nil {
		t.Skip("../shared/data/ner/conll2003/eng.testa not found; skipping the coverage check")
	}
	c := Default()
	var all, allIn, ent, entIn int
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Fields(line)
		if len(f) < 4 || f[0] == "-DOCSTART-" {
			continue
		}
		_, ok := c.Path(f[0])
		all++
		if ok {
			allIn++
		}
		if f[3] != "O" {
			ent++
			if ok {
				entIn++
			}
		}
	}
	t.Logf("CoNLL-2003 dev: %d/%d tokens (%.1f%%) and %d/%d entity tokens (%.1f%%) have a cluster",
		allIn, all, 100*float64(allIn)/float64(all), entIn, ent, 100*float64(entIn)/float64(ent))
	if float64(allIn) < 0.93*float64(all) || float64(entIn) < 0.82*float64(ent) {
		t.Errorf("coverage below the floor (93%% of tokens, 82%% of entity tokens)")
	}
}
