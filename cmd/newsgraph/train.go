package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
)

// trainKinds maps each "newsgraph train KIND" to its implementation; each
// lives in its own file (train_KIND.go).
var trainKinds = []struct {
	name, summary string
	run           func(ctx context.Context, e *env, args []string) error
}{
	{"ner", "train the entity tagger from ../shared/data", runTrainNER},
	{"clusters", "learn word clusters from unlabelled news text", runTrainClusters},
	{"relations", "train the relation pair model on CoNLL04 (train split)", runTrainRelations},
	{"interactions", "train the interaction model on the news gold set (sets A and B)", runTrainInteractions},
	{"syntax", "train the part-of-speech tagger and dependency parser (CoNLL-2003 train, GUM)", runTrainSyntax},
}

func runTrain(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintf(e.stdout, "Usage: newsgraph train KIND [flags]\n\nKinds:\n")
		for _, k := range trainKinds {
			fmt.Fprintf(e.stdout, "\t%-10s %s\n", k.name, k.summary)
		}
		if len(args) == 0 {
			return &usageError{msg: "train: what to train? (ner, clusters, relations, interactions, syntax)", hint: "newsgraph train -h"}
		}
		return nil
	}
	for _, k := range trainKinds {
		if k.name == args[0] {
			return k.run(ctx, e, args[1:])
		}
	}
	return &usageError{msg: fmt.Sprintf("train: unknown kind %q", args[0]), hint: "newsgraph train -h"}
}

// writeModel writes a trained model to name through a temporary file in
// the same directory renamed over it, so that a failed write never leaves
// a truncated model where the previous one was.
func writeModel(name string, data []byte) error {
	if st, err := os.Stat(name); err == nil && st.IsDir() {
		return fmt.Errorf("%s: is a directory", name)
	}
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return unwrapPathError(err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), name)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("%s: %w", name, unwrapPathError(err))
	}
	return nil
}
