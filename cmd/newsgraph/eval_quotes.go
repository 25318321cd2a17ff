package main

import "context"

// runEvalQuotes is a placeholder until its issue lands.
func runEvalQuotes(ctx context.Context, e *env, args []string) error {
	return errNotYet("newsgraph eval quotes")
}
