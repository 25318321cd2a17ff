package main

import "context"

// runServe is a placeholder until its issue lands.
func runServe(ctx context.Context, e *env, args []string) error {
	return errNotYet("newsgraph serve")
}
