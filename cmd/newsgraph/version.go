package main

import (
	"context"
	"fmt"
	"runtime"

	"github.com/newsgraph/newsgraph/analyze"
)

func runVersion(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "version", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	p := analyze.Provenance()
	fmt.Fprintf(e.stdout, "newsgraph %s (%s, %s/%s)\n", p.Newsgraph, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	for k, v := range p.Models {
		fmt.Fprintf(e.stdout, "model %s %s\n", k, v)
	}
	for k, v := range p.Rules {
		fmt.Fprintf(e.stdout, "rules %s %s\n", k, v)
	}
	return nil
}
