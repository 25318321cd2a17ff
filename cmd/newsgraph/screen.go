package main

import "context"

// runScreen is a placeholder until its issue lands.
func runScreen(ctx context.Context, e *env, args []string) error {
	return errNotYet("newsgraph screen")
}
