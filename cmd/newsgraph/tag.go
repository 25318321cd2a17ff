package main

import "context"

// runTag is a placeholder until its issue lands.
func runTag(ctx context.Context, e *env, args []string) error {
	return errNotYet("newsgraph tag")
}
