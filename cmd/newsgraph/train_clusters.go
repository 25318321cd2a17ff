package main

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/wordcluster"
	"github.com/newsgraph/newsgraph/wordcluster/newstext"
)

// runTrainClusters learns Brown clusters from the unlabelled news text of
// ../shared/data and writes them in path<TAB>word<TAB>count form.
func runTrainClusters(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "train clusters", "[flags]")
	data := fs.String("data", "../shared/data", "the data directory")
	var names []string
	for _, s := range newstext.Sources {
		names = append(names, s.Name)
	}
	sources := fs.String("sources", strings.Join(names, ","), "comma-separated corpora to train on")
	clusters := fs.Int("c", 1000, "number of clusters")
	minCount := fs.Int("min-count", 2, "leave out words seen fewer times")
	out := fs.String("o", "wordcluster/data/brown.txt", "output file in text form, relative to the working directory (gzipped if it ends in .gz; - for stdout)")
	bin := fs.String("bin", "wordcluster/data/brown.bin", "output file in the binary form the package embeds (empty: none)")
	from := fs.String("from", "", "do not train: read clusters in text form from this file and write the binary form")
	dry := fs.Bool("n", false, "only count the corpus and vocabulary")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the clustering to this file")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &usageError{msg: "train clusters: unexpected argument " + fs.Arg(0), hint: "newsgraph train clusters -h"}
	}
	if *from != "" {
		cl, err := readClusters(*from)
		if err != nil {
			return fmt.Errorf("train clusters: %w", err)
		}
		return writeBinary(e, *bin, cl)
	}
	var srcs []newstext.Source
	for _, n := range strings.Split(*sources, ",") {
		s, ok := newstext.SourceByName(strings.TrimSpace(n))
		if !ok {
			return &usageError{msg: fmt.Sprintf("train clusters: unknown source %q (known: %s)", n, strings.Join(names, ", ")), hint: "newsgraph train clusters -h"}
		}
		srcs = append(srcs, s)
	}

	start := time.Now()
	var corpus wordcluster.Corpus
	stats, err := newstext.Load(ctx, *data, srcs, corpus.Add)
	if err != nil {
		return fmt.Errorf("train clusters: %w", err)
	}
	for i, st := range stats {
		fmt.Fprintf(e.stderr, "%-9s %5d files %8d sentences %9d tokens\n", srcs[i].Name, st.Files, st.Sentences, st.Tokens)
	}
	fmt.Fprintf(e.stderr, "corpus: %d sentences, %d tokens, %d types; %d words seen at least %d times (read in %s)\n",
		corpus.Sentences(), corpus.Tokens(), corpus.Types(), corpus.VocabSize(*minCount), *minCount, time.Since(start).Round(time.Millisecond))
	if *dry {
		for _, m := range []int{1, 2, 3, 5, 10, 20} {
			fmt.Fprintf(e.stdout, "min-count %2d: %d words\n", m, corpus.VocabSize(m))
		}
		return nil
	}

	if *cpuprofile != "" {
		pf, err := os.Create(*cpuprofile)
		if err != nil {
			return fmt.Errorf("train clusters: %w", unwrapPathError(err))
		}
		defer pf.Close()
		if err := pprof.StartCPUProfile(pf); err != nil {
			return fmt.Errorf("train clusters: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	trainStart := time.Now()
	last := time.Now()
	cl, err := wordcluster.Train(ctx, &corpus, wordcluster.Options{
		Clusters: *clusters,
		MinCount: *minCount,
		Progress: func(done, total int) {
			if time.Since(last) > 10*time.Second || done == total {
				last = time.Now()
				fmt.Fprintf(e.stderr, "merges %d/%d (%s)\n", done, total, time.Since(trainStart).Round(time.Second))
			}
		},
	})
	if err != nil {
		return fmt.Errorf("train clusters: %w", err)
	}
	fmt.Fprintf(e.stderr, "clustered %d words into %d clusters in %s\n", cl.Len(), cl.NumClusters(), time.Since(trainStart).Round(time.Second))
	if err := writeClusters(e, *out, cl); err != nil {
		return fmt.Errorf("train clusters: %w", err)
	}
	return writeBinary(e, *bin, cl)
}

func readClusters(name string) (*wordcluster.Clusters, error) {
	fh, err := os.Open(name)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	defer fh.Close()
	var r io.Reader = fh
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(fh)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		r = zr
	}
	cl, err := wordcluster.Read(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return cl, nil
}

func writeBinary(e *env, name string, cl *wordcluster.Clusters) error {
	if name == "" {
		return nil
	}
	b, _ := cl.MarshalBinary()
	if err := os.WriteFile(name, b, 0o644); err != nil {
		return fmt.Errorf("train clusters: %w", unwrapPathError(err))
	}
	fmt.Fprintf(e.stderr, "wrote %s\n", name)
	return nil
}

func writeClusters(e *env, name string, cl *wordcluster.Clusters) error {
	if name == "-" {
		_, err := cl.WriteTo(e.stdout)
		return err
	}
	fh, err := os.Create(name)
	if err != nil {
		return unwrapPathError(err)
	}
	var w io.Writer = fh
	var zw *gzip.Writer
	if strings.HasSuffix(name, ".gz") {
		zw, _ = gzip.NewWriterLevel(fh, gzip.BestCompression)
		w = zw
	}
	if _, err := cl.WriteTo(w); err != nil {
		fh.Close()
		return err
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			fh.Close()
			return err
		}
	}
	if err := fh.Close(); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %s\n", name)
	return nil
}
