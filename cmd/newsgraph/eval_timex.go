package main

import "context"

// runEvalTimex is a placeholder until its issue lands.
func runEvalTimex(ctx context.Context, e *env, args []string) error {
	return errNotYet("newsgraph eval timex")
}
