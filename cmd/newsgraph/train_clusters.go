package main

import "context"

// runTrainClusters is a placeholder until its issue lands.
func runTrainClusters(ctx context.Context, e *env, args []string) error {
	return errNotYet("newsgraph train clusters")
}
