package main

import "context"

// runEvalNER is a placeholder until its issue lands.
func runEvalNER(ctx context.Context, e *env, args []string) error {
	return errNotYet("newsgraph eval ner")
}
