package main

import "context"

// runLists is a placeholder until its issue lands.
func runLists(ctx context.Context, e *env, args []string) error {
	return errNotYet("newsgraph lists")
}
