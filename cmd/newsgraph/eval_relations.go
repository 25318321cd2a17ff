package main

import "context"

// runEvalRelations is a placeholder until its issue lands.
func runEvalRelations(ctx context.Context, e *env, args []string) error {
	return errNotYet("newsgraph eval relations")
}
