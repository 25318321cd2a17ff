package main

import "context"

// runTrain is a placeholder until its issue lands.
func runTrain(ctx context.Context, e *env, args []string) error {
	return errNotYet("newsgraph train")
}
